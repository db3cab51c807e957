"""The battery's state of charge as a ring gauge (painted, scales with the widget)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartbms_gui.views import translator as i18n

from . import colors
from .ring import paint_ring


class SocGauge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._soc: float | None = None
        self._stale = False
        self.setMinimumSize(QSize(96, 96))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("State of charge of the battery pack, as the BMS counts it"))
        self.setAccessibleName(self.tr("State of charge"))

    def sizeHint(self) -> QSize:
        return QSize(150, 150)

    def set_value(self, soc_pct: float | None, stale: bool = False) -> None:
        if soc_pct == self._soc and stale == self._stale:
            return
        self._soc = soc_pct
        self._stale = stale
        self.setAccessibleDescription(self._text())
        self.update()

    def value(self) -> float | None:
        return self._soc

    def _text(self) -> str:
        return "–" if self._soc is None else i18n.format_quantity(self._soc, "%", 0)

    def _color(self):
        if self._soc is None or self._stale:
            return colors.unknown()
        if self._soc < 20:
            return colors.out_of_range()
        if self._soc < 40:
            return colors.balancing()
        return colors.ok()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        fraction = None if self._soc is None else max(0.0, min(100.0, self._soc)) / 100.0
        rect, side = paint_ring(p, self, 0.09, 6.0, fraction, self._color())
        font = QFont(self.font())
        font.setPixelSize(max(10, int(side * 0.22)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(colors.stale_text(self) if self._stale else self.palette().windowText().color())
        text = self._text()
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        small = QFont(self.font())
        small.setPixelSize(max(8, int(side * 0.09)))
        p.setFont(small)
        label_rect = QRectF(rect.left(), rect.center().y() + side * 0.16, rect.width(), side * 0.14)
        p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self.tr("SoC"))
        p.end()
