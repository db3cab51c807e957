"""Python's garbage collector, run on the GUI thread only.

The cyclic collector runs on whichever thread happens to allocate past its threshold. This app has
busy worker threads (the recorder's writer, the serial reader, the plots' loaders), and Qt objects do
end up in reference cycles (a page and its model listener, a closure over a widget). A collection
on a worker thread would destroy such an object there, and Qt cannot stop timers or free widgets
from another thread: it prints "Timers cannot be stopped from another thread" and later crashes in
the event loop (seen in the test suite, where a closed qasync loop was collected on a recorder
thread). So automatic collection is switched off and a GUI-thread timer collects instead, each
generation when its count passed the threshold it had, as the automatic collector would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadGarbageCollector(QObject):
    """Create it once on the GUI thread (after the QApplication); `stop()` gives collection back."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold (that includes the younger)."""
        counts = gc.get_count()
        due = [generation for generation in (0, 1, 2) if counts[generation] > self.thresholds[generation]]
        if due:
            gc.collect(max(due))
            self.collections += 1

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
