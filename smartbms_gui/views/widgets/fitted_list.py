"""A list box as tall as its items, hidden with its heading while it is empty.

Three fixed-height boxes ("Pending changes", "Problems", "Last apply") used to take a whole side
column even when empty. This one takes the height its wrapped items need, up to `max_lines` text
lines (then it scrolls), and vanishes with its heading when there is nothing to list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QStyle, QWidget


class FittedList(QListWidget):
    def __init__(self, heading: QLabel | None = None, *, max_lines: int = 12,
                 keep_heading: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.max_lines = max_lines
        self.keep_heading = keep_heading  # e.g. "Pending changes: none" stays as a line of its own
        self.setWordWrap(True)  # long messages wrap instead of hiding behind a horizontal scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        model = self.model()
        model.rowsInserted.connect(self.refit)
        model.rowsRemoved.connect(self.refit)
        model.modelReset.connect(self.refit)
        model.dataChanged.connect(self.refit)
        self.refit()

    def refit(self, *_args) -> None:
        empty = self.count() == 0
        self.setVisible(not empty)
        if self.heading is not None:
            self.heading.setVisible(self.keep_heading or not empty)
        if empty:
            return
        width = max(self.viewport().width(), 50)
        icon_w = self.iconSize().width()
        if icon_w <= 0:
            icon_w = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        height = 0
        for row in range(self.count()):
            item = self.item(row)
            text_w = width - 8 - (icon_w + 6 if not item.icon().isNull() else 0)  # a status icon takes room
            text_height = self.fontMetrics().boundingRect(0, 0, text_w, 10_000,
                                                          Qt.TextFlag.TextWordWrap, item.text()).height()
            height += max(text_height + 2, self.sizeHintForRow(row))
        cap = self.fontMetrics().lineSpacing() * self.max_lines
        self.setFixedHeight(min(height, cap) + 2 * self.frameWidth() + 2)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            handled = super().event(event)
            self.refit()
            return handled
        return super().event(event)
