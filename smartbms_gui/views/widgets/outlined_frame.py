"""A frame with a rounded outline (and optionally the base colour behind it), painted directly.

Used where many boxes share a screen (the Site page's cards, totals and warnings): a style sheet
on them would route every child's painting through Qt's style-sheet style and make a redraw of
eight cards several times slower.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from smartbms_gui.views import theme


class OutlinedFrame(QFrame):
    def __init__(self, parent: QWidget | None = None, *, filled: bool = True, radius: float = 6.0) -> None:
        super().__init__(parent)
        self._border: QColor | None = None  # None: the theme's quiet outline colour
        self._width = 1.0
        self._filled = filled
        self._radius = radius

    def set_border(self, colour: str | None, width: float = 1.0) -> None:
        """Outline colour and width; None = the ordinary outline. Repaints only on a change."""
        new = QColor(colour) if colour else None
        if (new, width) != (self._border, self._width):
            self._border, self._width = new, width
            self.update()

    def border(self) -> str:
        """The outline colour now ("" for the ordinary one; tests)."""
        return self._border.name() if self._border is not None else ""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self._border if self._border is not None else QColor(theme.colours()["gauge_track"])
        painter.setPen(QPen(colour, self._width))
        if self._filled:
            painter.setBrush(QColor(theme.colours()["base"]))  # as the opaque labels on it
        half = self._width / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, self._radius, self._radius)
        painter.end()
