"""A table that says why it is empty: while it has no rows, a muted line in the middle of its view
("No recordings yet …") instead of a blank white panel. Screen readers get the same words as the
table's accessible description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QTableWidget, QWidget

from . import colors

#: room kept between the words and the view's edges (px)
MARGIN = 24


class EmptyStateTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self._empty_text = ""
        model = self.model()
        model.rowsInserted.connect(self._rows_changed)
        model.rowsRemoved.connect(self._rows_changed)
        model.modelReset.connect(self._rows_changed)

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """What the view says while the table has no rows ("" says nothing)."""
        if text == self._empty_text:
            return
        self._empty_text = text
        self._rows_changed()

    def showing_empty_text(self) -> bool:
        return self.rowCount() == 0 and bool(self._empty_text)

    def _rows_changed(self, *_args) -> None:
        self.setAccessibleDescription(self._empty_text if self.showing_empty_text() else "")
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.showing_empty_text():
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())  # as the cell grid says it has no cells: larger, greyed
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.setPen(colors.stale_text_on(self.palette().color(QPalette.ColorRole.Base)))
        room = self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.drawText(room, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
        painter.end()
