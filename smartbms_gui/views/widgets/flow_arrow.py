"""An arrow between two parts of the flow picture; it points (and its chevrons move) with the current."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import colors


class FlowArrow(QWidget):
    """direction +1 = to the right, −1 = to the left, 0 = no current (a flat line)."""

    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = 0
        self.stale = False
        self._phase = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self._tick)
        self.setToolTip(tooltip)
        self.setAccessibleName(tooltip.split(":")[0])  # "Solar current" (screen readers)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(64, 60)

    def set_flow(self, direction: int, stale: bool = False) -> None:
        direction = (direction > 0) - (direction < 0)
        if (direction, stale) == (self.direction, self.stale):
            return
        self.direction = direction
        self.stale = stale
        if direction and not stale:
            self._timer.start()
        else:
            self._timer.stop()
        self.update()

    def _tick(self) -> None:
        if self.isVisible():
            self._phase = (self._phase + 0.08) % 1.0
            self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = self.height() / 2
        x0, x1 = 6.0, self.width() - 6.0
        color = colors.stale_text(self) if self.stale or not self.direction else colors.ok()
        pen = QPen(color, 3, Qt.PenStyle.SolidLine if self.direction else Qt.PenStyle.DotLine,
                   Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(x0, y), QPointF(x1, y))
        if self.direction:
            # moving chevrons along the line, then the arrow head at the far end
            step = 18.0
            span = x1 - x0 - 14
            n = max(1, int(span // step))
            for i in range(n):
                t = ((i + self._phase) / n) * span
                x = x0 + 7 + (t if self.direction > 0 else span - t)
                self._chevron(p, x, y, 5, self.direction)
            head = x1 if self.direction > 0 else x0
            path = QPainterPath()
            d = self.direction
            path.moveTo(head, y)
            path.lineTo(head - d * 12, y - 8)
            path.lineTo(head - d * 12, y + 8)
            path.closeSubpath()
            p.setBrush(color)
            p.drawPath(path)
        p.end()

    @staticmethod
    def _chevron(p: QPainter, x: float, y: float, s: float, d: int) -> None:
        p.drawLine(QPointF(x - d * s, y - s), QPointF(x, y))
        p.drawLine(QPointF(x, y), QPointF(x - d * s, y + s))
