"""The five warning lights of the manual: E, Vh, Vl, Th, Tl (lit = red filled with a bar; off = hollow)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from . import colors

# (key, shown letter) in the manual's order; keys match protocol.status.WarningLight names.
LIGHTS = (("E", "E"), ("VH", "Vh"), ("VL", "Vl"), ("TH", "Th"), ("TL", "Tl"))


class WarningLamp(QWidget):
    clicked = Signal(str)

    def __init__(self, key: str, letter: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.letter = letter
        self.lit = False
        self.setToolTip(tooltip)
        self.setAccessibleName(letter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 3.4), int(h * 2.4))

    def set_lit(self, lit: bool) -> None:
        if lit != self.lit:
            self.lit = lit
            self.setAccessibleDescription(self.tr("on") if lit else self.tr("off"))
            self.update()

    def mousePressEvent(self, event) -> None:
        self.clicked.emit(self.key)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit(self.key)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = r.height() / 2
        fg = self.palette().windowText().color()
        if self.lit:
            # Lit: filled red pill with a thick border and "!" so it differs by shape, not colour only.
            p.setPen(QPen(fg, 2.5))
            p.setBrush(colors.lit())
            p.drawRoundedRect(r, radius, radius)
            p.setPen(colors.text_on(colors.lit()))
            text = self.letter + " !"
        else:
            p.setPen(QPen(colors.stale_text(self), 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, radius, radius)
            p.setPen(colors.stale_text(self))
            text = self.letter
        font = QFont(self.font())
        font.setBold(self.lit)
        p.setFont(font)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        p.end()


class WarningLights(QWidget):
    """Row of the five lamps. `set_lights({"E": False, "VH": True, ...})`."""

    lampClicked = Signal(str)

    def __init__(self, tooltips: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lamps: dict[str, WarningLamp] = {}
        for key, letter in LIGHTS:
            lamp = WarningLamp(key, letter, tooltips.get(key, letter), self)
            lamp.clicked.connect(self.lampClicked)
            layout.addWidget(lamp)
            self.lamps[key] = lamp
        layout.addStretch(1)

    def set_lights(self, lit: dict[str, bool]) -> None:
        for key, lamp in self.lamps.items():
            lamp.set_lit(bool(lit.get(key, False)))

    def lit(self) -> set[str]:
        return {k for k, lamp in self.lamps.items() if lamp.lit}
