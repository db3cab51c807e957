"""Simple painted pictures for the flow picture: the sun (solar) and a light bulb (load)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import colors


class FlowIcon(QWidget):
    def __init__(self, kind: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "sun" | "bulb"
        self.active = False
        self.stale = False
        self.setToolTip(tooltip)
        self.setMinimumSize(QSize(64, 64))
        self.setMaximumSize(QSize(200, 200))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(150, 150)

    def set_active(self, active: bool, stale: bool = False) -> None:
        if (active, stale) != (self.active, self.stale):
            self.active, self.stale = active, stale
            self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.9
        c = QPointF(self.width() / 2, self.height() / 2)
        if self.stale or not self.active:
            color = colors.stale_text(self)
        else:
            color = colors.balancing() if self.kind == "sun" else colors.ok()
        if self.kind == "sun":
            r = side * 0.22
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawEllipse(c, r, r)
            p.setPen(QPen(color, max(2.0, side * 0.05), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for i in range(8):
                a = i * math.pi / 4
                p.drawLine(QPointF(c.x() + math.cos(a) * r * 1.45, c.y() + math.sin(a) * r * 1.45),
                           QPointF(c.x() + math.cos(a) * r * 2.0, c.y() + math.sin(a) * r * 2.0))
        else:
            r = side * 0.26
            bulb = QPointF(c.x(), c.y() - side * 0.08)
            p.setPen(QPen(color, max(2.0, side * 0.04)))
            p.setBrush(color if self.active and not self.stale else Qt.BrushStyle.NoBrush)
            p.drawEllipse(bulb, r, r)
            base = QRectF(c.x() - r * 0.45, bulb.y() + r * 0.9, r * 0.9, r * 0.75)
            p.setBrush(color)
            p.drawRoundedRect(base, 2, 2)
        p.end()
