"""Base for pages that show `bridge.live`: coalesced repaints and a 1 s tick for the ages of old values."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from smartbms_gui.device.state import ConnectionState, Phase

REFRESH_MS = 100  # at most 10 screen updates a second, whatever the stream rate


def behind_another_page(page: QWidget) -> bool:
    """In a shown window, but another page is in front: nobody sees a redraw (it would cost the CPU of
    drawing 255 cells twice a second for nothing). A page that is its own window never is."""
    window = page.window()
    return window is not page and window.isVisible() and not page.isVisible()


class LivePage(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.units = "metric"
        self.connection = ConnectionState(Phase.DISCONNECTED)
        self._changed: set[str] = set()
        self._drew_values = False  # the first values of a connection are drawn at once, later ones coalesce
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._flush)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(lambda: self._schedule({"age"}))
        self._age_timer.start()
        bridge.liveChanged.connect(self._schedule)

    @property
    def live(self):
        return self.bridge.live

    def now(self) -> float:
        return self.live.clock()

    def _schedule(self, changed) -> None:
        self._changed.update(changed)
        if not self._has_values():
            self._drew_values = False  # a new connection (or none): its first values come at once too
        elif not self._drew_values and self.isVisible():
            # The first values: in the next turn of the loop (the rest of their burst arrives in this
            # one), not up to REFRESH_MS later: a user who connects sees the battery at once.
            self._refresh_timer.start(0)
            return
        if not self._refresh_timer.isActive():
            self._refresh_timer.start(REFRESH_MS)

    def _flush(self) -> None:
        if self.behind_another_page():
            return  # the changes are kept: shown again, the page catches up at once (showEvent)
        changed, self._changed = frozenset(self._changed), set()
        if self.isVisible() or not changed <= {"age"}:
            self.refresh(changed)
            self._drew_values = self._drew_values or self._has_values()

    def behind_another_page(self) -> bool:
        return behind_another_page(self)

    def drew_values(self) -> bool:
        """Whether the page has drawn this connection's values (the start-up probe asks)."""
        return self._drew_values

    def _has_values(self) -> bool:
        live = self.live
        return live is not None and live.has_values()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Whatever changed while the page was behind another is drawn before the first paint (never a
        # stale picture for a moment); "shown" then lets a page redo what depends on its new geometry.
        if self._changed:
            self._refresh_timer.stop()
            self._flush()
        self._schedule({"shown"})

    def refresh_now(self) -> None:
        """Update at once (tests, screenshots)."""
        self._refresh_timer.stop()
        self._changed.clear()
        self.refresh(frozenset({"all"}))

    def refresh(self, changed: frozenset) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_connection(self, state: ConnectionState) -> None:
        self.connection = state
        self._schedule({"link"})

    def set_units(self, units: str) -> None:
        self.units = units
        self._schedule({"units"})

    @staticmethod
    def clock() -> float:
        return time.monotonic()
