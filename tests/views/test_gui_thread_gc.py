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


def test_settle_freezes_the_start_up_heap_and_later_garbage_is_still_collected(qtbot):
    kept = [_Cycle() for _ in range(1000)]  # "start-up" objects that live on
    collector = GuiThreadGarbageCollector(interval_ms=20, settle_ms=50)
    try:
        qtbot.waitUntil(lambda: collector.frozen > 0, timeout=5000)
        assert collector.frozen >= len(kept) and gc.get_freeze_count() >= len(kept)
        gone = []
        for _ in range(50_000):  # cycles made after the freeze, far past every threshold
            cycle = _Cycle()
            cycle.finalizer = _Finalized(gone)
        del cycle
        qtbot.waitUntil(lambda: len(gone) >= 49_000, timeout=5000)
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


class _Finalized:
    def __init__(self, gone: list):
        self.gone = gone

    def __del__(self):
        self.gone.append(1)
