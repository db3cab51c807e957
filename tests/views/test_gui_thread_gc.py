"""With the GUI-thread collector installed, cyclic garbage made on a worker thread is collected on
the GUI thread, never on the worker (where it would destroy Qt objects off their thread)."""

from __future__ import annotations

import gc
import threading

from smartbms_gui.views.gui_thread_gc import GuiThreadGarbageCollector


class _Cycle:
    def __init__(self):
        self.me = self


def test_collection_happens_on_the_gui_thread_only(qtbot):
    threads: list[str] = []

    def note(phase, info):
        if phase == "start":
            threads.append(threading.current_thread().name)

    collector = GuiThreadGarbageCollector(interval_ms=20)
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()

        def worker():
            for _ in range(50_000):  # far past every threshold
                _Cycle()

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert "worker" not in threads
        qtbot.waitUntil(lambda: collector.collections > 0, timeout=5000)
        assert threads and set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert gc.isenabled()
