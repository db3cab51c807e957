"""A drawn 8-way DIP switch block, as found on the IN board: numbers 1-8, ON is up.

Large and unmistakable on purpose: an installer copies it with a screwdriver in hand. Each switch
shows its state three ways (knob up/down, the word ON/OFF under its number, filled/hollow
marker), so it reads without colour. Editable blocks are flipped with the mouse or keyboard
(Left/Right pick a switch, Space/Enter flip it, Up = ON, Down = OFF, keys 1-8 flip that switch);
read-only blocks are "set them like this" drawings. Switches that matter for a step can be
highlighted; the others are drawn faint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartbms_gui.views import qt_fixes

qt_fixes.install()  # PySide6 6.12 on Python 3.11 loses a reference to True per emit(); see qt_fixes

SWITCH_COUNT = 8

# The board's colours stay the same in light and dark themes, like the real part; only the
# labels around it follow the palette.
BODY = QColor("#2456A6")
BODY_EDGE = QColor("#163A73")
SLOT = QColor("#0D1626")
KNOB = QColor("#F4F4F4")
KNOB_EDGE = QColor("#9AA4B2")
FOCUS_HALO = QColor("#FFFFFF")  # under the focus ring's dashes: it shows on the blue board and on both pages
# Highlight: amber reads on the blue body and, as a badge with dark text, on light and dark pages.
MARK = QColor("#FFC21A")
MARK_TEXT = QColor("#1A1A1A")


def _row(positions: Iterable[bool]) -> tuple[bool, ...]:
    row = tuple(bool(p) for p in positions)
    if len(row) != SWITCH_COUNT:
        raise ValueError(f"a DIP block has {SWITCH_COUNT} switches, got {len(row)}")
    return row


class DipSwitchBlock(QWidget):
    """Eight option switches. `positions()` / `setPositions()`; `positionsChanged(tuple)` on a flip."""

    positionsChanged = Signal(object)  # tuple of 8 bools, index 0 = switch 1, True = ON

    def __init__(self, positions: Sequence[bool] | None = None, *, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._positions = _row(positions) if positions is not None else (False,) * SWITCH_COUNT
        self._editable = False
        self._highlight: frozenset[int] = frozenset()
        self._current = 0  # keyboard focus, 0-based
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Option switches 1 to 8"))
        self.setEditable(editable)
        self._describe()

    # ------------------------------------------------------------------ state
    def positions(self) -> tuple[bool, ...]:
        return self._positions

    def setPositions(self, positions: Sequence[bool]) -> None:  # noqa: N802
        row = _row(positions)
        if row != self._positions:
            self._positions = row
            self._describe()
            self.update()

    def isOn(self, switch: int) -> bool:  # noqa: N802
        return self._positions[switch - 1]

    def setSwitch(self, switch: int, on: bool) -> None:  # noqa: N802
        """Set switch `switch` (1-8) as the user would: emits positionsChanged if it moved."""
        if self._positions[switch - 1] == bool(on):
            return
        row = list(self._positions)
        row[switch - 1] = bool(on)
        self._positions = tuple(row)
        self._describe()
        self.update()
        self.positionsChanged.emit(self._positions)

    def toggle(self, switch: int) -> None:
        self.setSwitch(switch, not self._positions[switch - 1])

    def isEditable(self) -> bool:  # noqa: N802
        return self._editable

    def setEditable(self, editable: bool) -> None:  # noqa: N802
        self._editable = bool(editable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if editable else Qt.CursorShape.ArrowCursor)
        if editable:
            self.setToolTip(self.tr("The option switches on the IN board. Click a switch to flip it, or use "
                                    "Left/Right to choose one and Space to flip it (Up = ON, Down = OFF)."))
        else:
            self.setToolTip(self.tr("Set the option switches on the IN board like this drawing. ON is up."))
        self.update()

    def highlighted(self) -> frozenset[int]:
        return self._highlight

    def setHighlighted(self, switches: Iterable[int]) -> None:  # noqa: N802
        """Switch numbers (1-8) that matter now; the others are drawn faint. Empty = all plain."""
        self._highlight = frozenset(int(s) for s in switches)
        self._describe()
        self.update()

    def currentSwitch(self) -> int:  # noqa: N802
        return self._current + 1

    def _describe(self) -> None:
        words = [self.tr("switch %1 %2").replace("%1", str(i)).replace("%2", self.tr("ON") if on else self.tr("OFF"))
                 for i, on in enumerate(self._positions, start=1)]
        self.setAccessibleDescription(", ".join(words))

    # ------------------------------------------------------------------ size and geometry
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 270)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(340, 170)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(170, min(330, int(width * 0.45)))

    def _unit(self) -> tuple[float, float, float]:
        """(s, x0, y0): the size of one switch pitch and the drawing's top-left corner."""
        columns = SWITCH_COUNT + 2.2  # eight switches + the ON/OFF legend column + margins
        rows = 4.1  # body 2.5 + number 0.9 + state word 0.6 + margins
        s = min(self.width() / columns, self.height() / rows)
        x0 = (self.width() - columns * s) / 2
        y0 = (self.height() - rows * s) / 2
        return s, x0, y0

    def _body_rect(self) -> QRectF:
        s, x0, y0 = self._unit()
        return QRectF(x0 + 1.8 * s, y0 + 0.1 * s, (SWITCH_COUNT + 0.3) * s, 2.5 * s)

    def _slot_rect(self, index: int) -> QRectF:
        s, _, _ = self._unit()
        body = self._body_rect()
        return QRectF(body.left() + (0.15 + index + 0.17) * s, body.top() + 0.3 * s, 0.66 * s, 1.9 * s)

    def switchAt(self, point: QPointF) -> int | None:  # noqa: N802
        """The switch number (1-8) under `point`, or None; the whole column counts, labels too."""
        s, _, _ = self._unit()
        body = self._body_rect()
        for i in range(SWITCH_COUNT):
            column = QRectF(body.left() + (0.15 + i) * s, body.top(), s, 4.0 * s)
            if column.contains(point):
                return i + 1
        return None

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if not self._editable or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        switch = self.switchAt(event.position())
        if switch is not None:
            self._current = switch - 1
            self.toggle(switch)
            event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self._editable:
            return super().keyPressEvent(event)
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._current = max(0, self._current - 1)
        elif key == Qt.Key.Key_Right:
            self._current = min(SWITCH_COUNT - 1, self._current + 1)
        elif key == Qt.Key.Key_Home:
            self._current = 0
        elif key == Qt.Key.Key_End:
            self._current = SWITCH_COUNT - 1
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(self._current + 1)
        elif key == Qt.Key.Key_Up:
            self.setSwitch(self._current + 1, True)
        elif key == Qt.Key.Key_Down:
            self.setSwitch(self._current + 1, False)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_8:
            self._current = key - Qt.Key.Key_1
            self.toggle(self._current + 1)
        else:
            return super().keyPressEvent(event)
        self.update()
        event.accept()

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s, x0, _ = self._unit()
        body = self._body_rect()
        text = self.palette().windowText().color()
        accent = self.palette().highlight().color()
        faint = bool(self._highlight)

        # Legend: which way is ON.
        legend = QRectF(x0 + 0.15 * s, body.top(), 1.5 * s, body.height())
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(max(10, int(0.42 * s)))
        on_word, off_word = self.tr("ON"), self.tr("OFF")
        arrow_x = legend.left() + 1.25 * s
        head = 0.16 * s
        # the words keep a clear gap to the arrow in every language ("AAN" nearly touched it)
        room = arrow_x - head - 0.25 * s - legend.left()
        widest = max(QFontMetricsF(big).horizontalAdvance(word) for word in (on_word, off_word))
        if widest > room:
            big.setPixelSize(max(8, int(big.pixelSize() * room / widest)))
        p.setFont(big)
        p.setPen(text)
        up = QRectF(legend.left(), body.top() + 0.2 * s, legend.width(), 0.6 * s)
        down = QRectF(legend.left(), body.bottom() - 0.8 * s, legend.width(), 0.6 * s)
        p.drawText(up, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, on_word)
        p.drawText(down, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, off_word)
        p.setPen(QPen(text, max(1.5, 0.06 * s)))
        p.drawLine(QPointF(arrow_x, up.bottom() + 0.05 * s), QPointF(arrow_x, down.top() - 0.05 * s))
        p.setBrush(text)
        p.drawPolygon(QPolygonF([QPointF(arrow_x, up.top() + 0.1 * s), QPointF(arrow_x - head, up.top() + 0.45 * s),
                                 QPointF(arrow_x + head, up.top() + 0.45 * s)]))

        # The body with "ON" printed on it, like the real part.
        p.setPen(QPen(BODY_EDGE, max(1.0, 0.05 * s)))
        p.setBrush(BODY)
        p.drawRoundedRect(body, 0.12 * s, 0.12 * s)

        number_font = QFont(self.font())
        number_font.setBold(True)
        number_font.setPixelSize(max(11, int(0.55 * s)))
        word_font = QFont(self.font())
        word_font.setBold(True)
        word_font.setPixelSize(max(9, int(0.34 * s)))

        for i, on in enumerate(self._positions):
            number = i + 1
            lit = number in self._highlight
            p.setOpacity(0.32 if faint and not lit else 1.0)
            slot = self._slot_rect(i)
            if lit:
                p.setPen(QPen(MARK, max(2.0, 0.09 * s)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(slot.adjusted(-0.12 * s, -0.12 * s, 0.12 * s, 0.12 * s), 0.1 * s, 0.1 * s)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(SLOT)
            p.drawRoundedRect(slot, 0.06 * s, 0.06 * s)
            knob_h = 0.88 * s
            knob = QRectF(slot.left() + 0.07 * s, slot.top() + 0.07 * s if on else slot.bottom() - 0.07 * s - knob_h,
                          slot.width() - 0.14 * s, knob_h)
            p.setPen(QPen(KNOB_EDGE, max(1.0, 0.03 * s)))
            p.setBrush(KNOB)
            p.drawRoundedRect(knob, 0.05 * s, 0.05 * s)
            # Grip lines make the knob read as a lever at any size.
            p.setPen(QPen(KNOB_EDGE, max(1.0, 0.03 * s)))
            for k in range(3):
                y = knob.top() + knob.height() * (0.3 + 0.2 * k)
                p.drawLine(QPointF(knob.left() + 0.1 * s, y), QPointF(knob.right() - 0.1 * s, y))

            column = QRectF(body.left() + (0.15 + i) * s, body.bottom(), s, 0.9 * s)
            p.setFont(number_font)
            if lit:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(MARK)
                p.drawRoundedRect(QRectF(column.left() + 0.14 * s, column.top() + 0.1 * s, 0.72 * s, 0.72 * s),
                                  0.15 * s, 0.15 * s)
            p.setPen(MARK_TEXT if lit else text)
            p.drawText(column, Qt.AlignmentFlag.AlignCenter, str(number))
            word_rect = QRectF(column.left(), column.bottom() - 0.1 * s, s, 0.6 * s)
            p.setFont(word_font)
            p.setPen(text)
            p.drawText(word_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self.tr("ON") if on else self.tr("OFF"))

            if self._editable and self.hasFocus() and i == self._current:
                p.setOpacity(1.0)
                p.setBrush(Qt.BrushStyle.NoBrush)
                ring = QRectF(column.left() + 0.04 * s, body.top() + 0.05 * s, 0.92 * s,
                              body.height() + 1.4 * s)
                width = max(1.5, 0.05 * s)
                # a white halo under the dashes, in both themes: the focus colour alone vanished where
                # the ring crosses the blue board (and a dark halo hardly showed on it either)
                p.setPen(QPen(FOCUS_HALO, width + 2.0))
                p.drawRoundedRect(ring, 0.1 * s, 0.1 * s)
                p.setPen(QPen(accent, width, Qt.PenStyle.DashLine))
                p.drawRoundedRect(ring, 0.1 * s, 0.1 * s)
        p.setOpacity(1.0)



def render_image(positions: Sequence[bool], *, highlight: Iterable[int] = (), width: int = 600,
                 height: int = 270, palette=None) -> QImage:
    """The drawing as an image (for the wizard's PDF/PNG summary), on a white page."""
    block = DipSwitchBlock(positions, editable=False)
    if palette is not None:
        block.setPalette(palette)
    block.setHighlighted(highlight)
    block.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(block.palette().window().color())
    painter = QPainter(image)
    try:
        block.paint(painter)
    finally:
        painter.end()
    return image
