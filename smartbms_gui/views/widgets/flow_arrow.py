"""An arrow between two parts of the flow picture; it points (and its chevrons move) with the current."""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import colors

#: the chevrons' frame interval and how far they move per frame (one chevron spacing a second)
FRAME_MS = 100
PHASE_PER_FRAME = FRAME_MS / 1000.0


class _AnimationClock(QObject):
    """One timer for every moving arrow, running only while one is shown and has a current: the
    arrows move in the same frame (one repaint of the window, not one per arrow), and a hidden
    overview costs no wake-ups."""

    def __init__(self) -> None:
        super().__init__()
        self.arrows: list[FlowArrow] = []
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)

    def want(self, arrow: FlowArrow, moving: bool) -> None:
        if moving and arrow not in self.arrows:
            self.arrows.append(arrow)
        elif not moving and arrow in self.arrows:
            self.arrows.remove(arrow)
        if self.arrows and not self.timer.isActive():
            self.timer.start()
        elif not self.arrows:
            self.timer.stop()

    def _tick(self) -> None:
        for arrow in list(self.arrows):
            if shiboken6.isValid(arrow):
                arrow.advance()
            else:  # deleted with its window without being hidden first
                self.want(arrow, False)


@functools.cache
def animation_clock() -> _AnimationClock:
    return _AnimationClock()


class FlowArrow(QWidget):
    """direction +1 = to the right, −1 = to the left, 0 = no current (a flat line)."""

    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = 0
        self.stale = False
        self._phase = 0.0
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
        self._want_frames()
        self.update()

    @property
    def moving(self) -> bool:
        """Its chevrons are moving: a current flows, the value is fresh, and it is shown."""
        return self in animation_clock().arrows

    def _want_frames(self) -> None:
        animation_clock().want(self, bool(self.direction) and not self.stale and self.isVisible())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._want_frames()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._want_frames()

    def advance(self) -> None:
        """One frame of the animation clock: the chevrons move on."""
        self._phase = (self._phase + PHASE_PER_FRAME) % 1.0
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
