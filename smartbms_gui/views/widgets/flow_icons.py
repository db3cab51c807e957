"""Painted pictures for the flow picture: the sun (solar) and a light bulb (load).

`paint_sun` / `paint_bulb` draw into any painter (the power gauges draw them inside their ring);
`FlowIcon` is the same picture as a widget of its own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartbms_gui.views import theme

from . import colors

# The sun: a clear orange-yellow (Okabe-Ito orange) rather than the balancing state's ochre, with a
# darker rim so it holds its shape on the light window.
SUN_FILL = {"light": "#E69F00", "dark": "#F0C040"}
SUN_RIM = {"light": "#9A6700", "dark": "#F0C040"}
# A lit bulb glows warm yellow; its outline is the text colour, so the shape reads in both themes.
BULB_GLOW = {"light": "#FFD54A", "dark": "#F5D76E"}


def sun_colour() -> QColor:
    return QColor(SUN_FILL[theme.effective_mode()])


def paint_sun(p: QPainter, centre: QPointF, side: float, active: bool, grey: QColor | None) -> None:
    """A sun `side` pixels across; grey (no fill) when `grey` is given (no sun, or old values)."""
    mode = theme.effective_mode()
    fill = grey if grey is not None else QColor(SUN_FILL[mode])
    rim = grey if grey is not None else QColor(SUN_RIM[mode])
    r = side * 0.22
    p.setPen(QPen(rim, max(1.0, side * 0.015)))
    p.setBrush(fill if (active or grey is None) else Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, r, r)
    p.setPen(QPen(fill, max(2.0, side * 0.05), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i in range(8):
        a = i * math.pi / 4
        p.drawLine(QPointF(centre.x() + math.cos(a) * r * 1.45, centre.y() + math.sin(a) * r * 1.45),
                   QPointF(centre.x() + math.cos(a) * r * 2.0, centre.y() + math.sin(a) * r * 2.0))


def paint_bulb(p: QPainter, centre: QPointF, side: float, active: bool, outline: QColor,
               grey: QColor | None) -> None:
    """A light bulb: round glass narrowing to a neck, a threaded base; glowing with rays when `active`."""
    line = grey if grey is not None else outline
    pen_w = max(1.5, side * 0.035)
    r = side * 0.24
    glass_c = QPointF(centre.x(), centre.y() - side * 0.10)
    neck_y = glass_c.y() + r * 1.25
    neck_half = r * 0.42
    # glass: most of a circle, then straight sides down to the neck
    path = QPainterPath()
    start = 300.0  # degrees, Qt's angles run anticlockwise from 3 o'clock
    path.arcMoveTo(QRectF(glass_c.x() - r, glass_c.y() - r, 2 * r, 2 * r), start)
    path.arcTo(QRectF(glass_c.x() - r, glass_c.y() - r, 2 * r, 2 * r), start, 300.0)
    path.lineTo(glass_c.x() - neck_half, neck_y)
    path.lineTo(glass_c.x() + neck_half, neck_y)
    path.closeSubpath()
    glow = active and grey is None
    p.setPen(QPen(line, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor(BULB_GLOW[theme.effective_mode()]) if glow else Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    # filament
    p.setBrush(Qt.BrushStyle.NoBrush)
    fil = QPainterPath()
    fil.moveTo(glass_c.x() - neck_half * 0.7, neck_y - r * 0.05)
    fil.lineTo(glass_c.x() - r * 0.28, glass_c.y() + r * 0.05)
    fil.lineTo(glass_c.x() - r * 0.1, glass_c.y() + r * 0.28)
    fil.lineTo(glass_c.x() + r * 0.1, glass_c.y() + r * 0.05)
    fil.lineTo(glass_c.x() + r * 0.28, glass_c.y() + r * 0.28)
    fil.lineTo(glass_c.x() + neck_half * 0.7, neck_y - r * 0.05)
    # on the lit glass the filament is dark in both themes (a light one vanishes on the yellow)
    p.setPen(QPen(QColor("#5A4500") if glow else line, pen_w * 0.6))
    p.drawPath(fil)
    # threaded base: three bands and a tip
    p.setPen(QPen(line, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    band = r * 0.2
    for i in range(3):
        y = neck_y + band * (i + 0.6)
        p.drawLine(QPointF(glass_c.x() - neck_half, y), QPointF(glass_c.x() + neck_half, y))
    tip_y = neck_y + band * 3.3
    p.drawLine(QPointF(glass_c.x() - neck_half * 0.45, tip_y), QPointF(glass_c.x() + neck_half * 0.45, tip_y))
    if glow:
        p.setPen(QPen(QColor(BULB_GLOW[theme.effective_mode()]).darker(125), pen_w, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap))
        for angle in (-150, -115, -90, -65, -30):
            a = math.radians(angle)
            p.drawLine(QPointF(glass_c.x() + math.cos(a) * r * 1.3, glass_c.y() + math.sin(a) * r * 1.3),
                       QPointF(glass_c.x() + math.cos(a) * r * 1.65, glass_c.y() + math.sin(a) * r * 1.65))


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
        grey = colors.stale_text(self) if self.stale or not self.active else None
        if self.kind == "sun":
            paint_sun(p, c, side, self.active, grey)
        else:
            paint_bulb(p, c, side, self.active, self.palette().windowText().color(), grey)
        p.end()
