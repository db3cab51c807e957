"""Python's garbage collector, run on the GUI thread only.

The cyclic collector runs on whichever thread happens to allocate past its threshold. This app has
busy worker threads (the recorder's writer, the serial reader, the plots' loaders), and Qt objects do
end up in reference cycles (a page and its model listener, a closure over a widget). A collection
on a worker thread would destroy such an object there, and Qt cannot stop timers or free widgets
from another thread: it prints "Timers cannot be stopped from another thread" and later crashes in
the event loop (seen in the test suite, where a closed qasync loop was collected on a recorder
thread). So automatic collection is switched off and a GUI-thread timer collects instead, each
generation when its count passed the threshold it had, as the automatic collector would.

The objects made at start-up (modules, classes, Qt's enums, the window and its first pages: several
hundred thousand) live as long as the app. With `settle_ms`, that long after the collector is made it
does one full collection and then `gc.freeze()`: what survived is moved out of the collector's sight,
so every later collection walks only what came after (a full collection of the start-up heap took
about 35 ms here; it no longer happens before the first value is painted, nor again and again while
the app runs). Garbage made after the freeze is collected as before; `stop()` unfreezes. The price:
a frozen object that later becomes cyclic garbage is not collected before the app ends (a page built
in the first seconds and later removed, such as the Simulator page after a disconnect: once, a few
kilobytes), which is why the freeze waits until the start has settled.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_due_generations(thresholds: tuple[int, ...]) -> bool:
    """Collect, on the calling thread, the oldest generation whose count passed its threshold (that
    includes the younger ones), as the automatic collector would; whether anything was collected."""
    counts = gc.get_count()
    due = [generation for generation in (0, 1, 2) if counts[generation] > thresholds[generation]]
    if due:
        gc.collect(max(due))
    return bool(due)


class GuiThreadGarbageCollector(QObject):
    """Create it once on the GUI thread (after the QApplication); `stop()` gives collection back."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000,
                 settle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self.frozen = 0  # objects moved out of the collector's sight by the settle step
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)
        self._settle_timer: QTimer | None = None
        if settle_ms is not None:
            self._settle_timer = QTimer(self)
            self._settle_timer.setSingleShot(True)
            self._settle_timer.timeout.connect(self.settle)
            self._settle_timer.start(settle_ms)

    def settle(self) -> None:
        """One full collection, then freeze what is left (the start-up's objects) for the rest of the run."""
        gc.collect()
        self.collections += 1
        gc.freeze()
        self.frozen = gc.get_freeze_count()

    def collect_due(self) -> None:
        if collect_due_generations(self.thresholds):
            self.collections += 1

    def stop(self) -> None:
        self._timer.stop()
        if self._settle_timer is not None:
            self._settle_timer.stop()
        if self.frozen:
            gc.unfreeze()  # back in the oldest generation, for the automatic collector
            self.frozen = 0
        gc.enable()
