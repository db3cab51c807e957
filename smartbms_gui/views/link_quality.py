"""The status bar's "Link quality 99.7 % · 3 held back": what the plausibility filter
(device/plausibility.py) kept out of the window on this connection. Hidden until records arrive."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from smartbms_gui.i18n import format_number

REFRESH_MS = 1000


class LinkQualityLabel(QLabel):
    """Reads the current connection's counts once a second (the session changes on every connect)."""

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("linkQuality")
        self.setToolTip(self.tr(
            "A record from the battery that looks garbled on the way (a value far from the last one, "
            "or values that contradict each other) is held back until the next record confirms it, so "
            "no spike, light or relay reason comes from it. Link quality: the share of the records "
            "received on this connection that became values (neither unreadable nor held back)."))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def counts(self):
        session = getattr(self.bridge, "session", None)
        plausibility = getattr(session, "plausibility", None)
        return getattr(plausibility, "counts", None)

    def refresh(self) -> None:
        counts = self.counts()
        if counts is None or not counts.checked:
            self.setVisible(False)
            return
        quality = format_number(counts.quality_pct, 1)
        if counts.held_back:
            text = self.tr("Link quality {0} % · {1} held back").format(quality, counts.held_back)
        else:
            text = self.tr("Link quality {0} %").format(quality)
        if text != self.text():
            self.setText(text)
        self.setVisible(True)
