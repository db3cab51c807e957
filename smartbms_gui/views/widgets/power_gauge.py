"""Solar or load power as a ring gauge around the sun / bulb picture, scaled by the installation's peak.

The maker's app scales its solar and load gauges with the "Solar peak power" and "Inverter peak
power" settings (the manual, Settings); this is that gauge. The page hands in what to show: the
fraction of the peak (None: no scale known), the power text and a line under it ("of 2.50 kW peak").
Above the peak the ring is full and drawn in the out-of-range colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartbms_gui.views import theme

from . import colors
from .flow_icons import paint_bulb, paint_sun, sun_colour
from .ring import paint_ring


class PowerGauge(QWidget):
    def __init__(self, kind: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "sun" | "bulb"
        self._fraction: float | None = None
        self._text = "–"
        self._sub = ""
        self._active = False
        self._stale = False
        self.setToolTip(tooltip)
        self.setMinimumSize(QSize(110, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(170, 170)

    # -- reading (tests, accessibility) ---------------------------------------------------------
    def fraction(self) -> float | None:
        return self._fraction

    def text(self) -> str:
        return self._text

    def sub_text(self) -> str:
        return self._sub

    @property
    def active(self) -> bool:
        return self._active

    @property
    def stale(self) -> bool:
        return self._stale

    # -- showing --------------------------------------------------------------------------------
    def set_value(self, fraction: float | None, text: str, sub_text: str, active: bool, stale: bool) -> None:
        state = (fraction, text, sub_text, active, stale)
        if state == (self._fraction, self._text, self._sub, self._active, self._stale):
            return
        self._fraction, self._text, self._sub, self._active, self._stale = state
        self.setAccessibleDescription(f"{text} {sub_text}".strip())
        self.update()

    def _arc_colour(self) -> QColor:
        if self._stale:
            return colors.stale_text(self)
        if self._fraction is not None and self._fraction > 1.0:
            return colors.out_of_range()
        return sun_colour() if self.kind == "sun" else theme.INFO_STYLE.qcolor()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        rect, side = paint_ring(p, self, 0.06, 5.0, self._fraction, self._arc_colour())
        # the picture in the upper part of the ring, the power under it
        grey = colors.stale_text(self) if self._stale or not self._active else None
        icon_side = side * 0.46
        centre = QPointF(rect.center().x(), rect.center().y() - side * 0.12)
        if self.kind == "sun":
            paint_sun(p, centre, icon_side, self._active, grey)
        else:
            paint_bulb(p, centre, icon_side, self._active, self.palette().windowText().color(), grey)
        text_colour = colors.stale_text(self) if self._stale else self.palette().windowText().color()
        font = QFont(self.font())
        font.setPixelSize(max(10, int(side * 0.12)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(text_colour)
        value_rect = QRectF(rect.left(), rect.center().y() + side * 0.10, rect.width(), side * 0.15)
        p.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._sub:
            small = QFont(self.font())
            width = side * 0.58  # between the ring's two ends
            pixels = max(8, int(side * 0.065))
            small.setPixelSize(pixels)
            wide = QFontMetricsF(small).horizontalAdvance(self._sub)
            if wide > width:  # a long translation: a smaller font rather than a cut-off text
                small.setPixelSize(max(7, int(pixels * width / wide)))
            p.setFont(small)
            p.setPen(colors.stale_text(self) if self._stale else self.palette().placeholderText().color())
            sub_rect = QRectF(rect.center().x() - width / 2, value_rect.bottom(), width, side * 0.10)
            p.drawText(sub_rect, Qt.AlignmentFlag.AlignCenter, self._sub)
        p.end()
