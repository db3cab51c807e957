"""The five warning lights of the manual: E, Vh, Vl, Th, Tl.

Lit = red, filled, thick border and "!"; off = hollow with a dashed outline. Two more looks say
how much the lights can be trusted: *stale* (the last known state: a lit light is drawn faded with
a dashed border) and *unknown* (nothing received yet: dotted outline and "?").
"""

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
        self.stale = False
        self.known = True
        self.setToolTip(tooltip)
        self.setAccessibleName(letter)
        self.setAccessibleDescription(self.tr("off"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 3.4), int(h * 2.4))

    def set_lit(self, lit: bool, stale: bool = False, known: bool = True) -> None:
        lit = bool(lit) and known
        if (lit, stale, known) != (self.lit, self.stale, self.known):
            self.lit, self.stale, self.known = lit, stale, known
            if not known:
                description = self.tr("unknown")
            elif stale:
                description = self.tr("on (last known)") if lit else self.tr("off (last known)")
            else:
                description = self.tr("on") if lit else self.tr("off")
            self.setAccessibleDescription(description)
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
        grey = colors.stale_text_on(self.palette().window().color())
        if self.lit and not self.stale:
            # Lit: filled red pill with a thick border and "!" so it differs by shape, not colour only.
            p.setPen(QPen(fg, 2.5))
            p.setBrush(colors.lit())
            p.drawRoundedRect(r, radius, radius)
            p.setPen(colors.text_on(colors.lit()))
            text = self.letter + " !"
        elif self.lit:
            # Lit when last heard: the red faded, the border dashed.
            faded = colors.lit()
            faded.setAlpha(90)
            p.setPen(QPen(grey, 2.0, Qt.PenStyle.DashLine))
            p.setBrush(faded)
            p.drawRoundedRect(r, radius, radius)
            p.setPen(fg)
            text = self.letter + " !"
        else:
            style = Qt.PenStyle.DashLine if self.known else Qt.PenStyle.DotLine
            p.setPen(QPen(grey, 1.2, style))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, radius, radius)
            p.setPen(grey)
            text = self.letter if self.known else self.letter + " ?"
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
        self.setAccessibleName(self.tr("Warning lights"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lamps: dict[str, WarningLamp] = {}
        for key, letter in LIGHTS:
            lamp = WarningLamp(key, letter, tooltips.get(key, letter), self)
            lamp.clicked.connect(self.lampClicked)
            layout.addWidget(lamp)
            self.lamps[key] = lamp
        layout.addStretch(1)

    def set_lights(self, lit: dict[str, bool], stale: bool = False, known: bool = True) -> None:
        """`stale`: the last known state (greyed); `known=False`: nothing received yet."""
        for key, lamp in self.lamps.items():
            lamp.set_lit(bool(lit.get(key, False)), stale, known)

    def lit(self) -> set[str]:
        return {k for k, lamp in self.lamps.items() if lamp.lit}
