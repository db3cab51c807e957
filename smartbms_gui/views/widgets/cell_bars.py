"""Every cell of a pack as one thin bar, drawn on a voltage range the caller gives (the Site page gives
all its packs the same range, `device.site.cell_range`, so their cells compare at a glance). A bar
is coloured by the cell's state (in range, balancing, out of range), greyed when the values are old,
and missing for a cell not received yet. Hover a bar for its cell number and voltage.

It grows with the room it is given (the Site page's cards fill the page's height with it), asks
for no height of its own, writes the range's top and bottom left of the bars when it is at least
three lines tall (at two the labels touched: eight cards at the window's smallest size), and repaints
only when what it shows changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smartbms_gui.protocol.status import CellState
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.widgets import colors


class CellBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._voltages: tuple[float | None, ...] = ()
        self._states: tuple[CellState, ...] = ()
        self._range: tuple[float, float] | None = None
        self._stale = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Cell voltages"))
        self.setToolTip(self.tr("Every cell's voltage, cell 1 on the left; hover a cell for its value"))
        theme.theme_changed().connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        # no height wished for either: a card's preferred height (what a scroll area holding cards with
        # wrapping text asks for) stays that of its values; the bars take the room the page has over
        return QSize(self.fontMetrics().horizontalAdvance("0") * 24, 0)

    def set_cells(self, voltages: Sequence[float | None], states: Sequence[CellState],
                  volt_range: tuple[float, float] | None, *, stale: bool = False) -> None:
        shown = (tuple(voltages), tuple(states), volt_range, stale)
        if shown == (self._voltages, self._states, self._range, self._stale):
            return
        self._voltages, self._states, self._range, self._stale = shown
        self.setAccessibleDescription(self.summary())
        self.update()

    # ------------------------------------------------------------------ reading (tests, screen readers)

    def bar_fraction(self, index: int) -> float | None:
        """How high cell `index` (0-based) is drawn: 0 at the range's bottom, 1 at its top; None for no
        bar (no voltage, or no range)."""
        volts = self._voltages[index] if 0 <= index < len(self._voltages) else None
        if volts is None or self._range is None:
            return None
        low, high = self._range
        return max(0.0, min(1.0, (volts - low) / (high - low))) if high > low else 1.0

    def summary(self) -> str:
        known = [v for v in self._voltages if v is not None]
        if not known:
            return self.tr("No cell voltages yet")
        return self.tr("{0} of {1} cells, {2} to {3}").format(
            len(known), len(self._voltages), i18n.format_quantity(min(known), "V", 3),
            i18n.format_quantity(max(known), "V", 3))

    def _axis_texts(self) -> tuple[str, str]:
        """The range's top and bottom, written left of the bars when there is room for both."""
        if self._range is None or self.height() < self.fontMetrics().height() * 3:
            return "", ""
        return (i18n.format_quantity(self._range[1], "V", 3), i18n.format_quantity(self._range[0], "V", 3))

    def _plot_rect(self) -> QRectF:
        """Where the bars go: right of the axis's two labels (the top and the bottom of the range)."""
        metrics = self.fontMetrics()
        gutter = max((metrics.horizontalAdvance(t) for t in self._axis_texts()), default=0)
        gutter = gutter + metrics.horizontalAdvance(" ") if gutter else 0
        return QRectF(gutter, 0, max(1.0, self.width() - gutter), self.height())

    def index_at(self, x: float) -> int | None:
        count = len(self._voltages)
        area = self._plot_rect()
        if not count or not area.left() <= x < area.right():
            return None
        return min(count - 1, int((x - area.left()) * count / area.width()))

    def describe(self, index: int) -> str:
        volts = self._voltages[index]
        if volts is None:
            return self.tr("Cell {0}: not received yet").format(index + 1)
        state = self._states[index] if index < len(self._states) else CellState.OK
        words = {CellState.OK: self.tr("in range"), CellState.BALANCING: self.tr("balancing"),
                 CellState.OUT_OF_RANGE: self.tr("out of range")}
        text = self.tr("Cell {0}: {1}, {2}").format(index + 1, i18n.format_quantity(volts, "V", 3),
                                                     words[state])
        return text + (self.tr(" (old value)") if self._stale else "")

    # ------------------------------------------------------------------ drawing

    def _colour(self, state: CellState) -> QColor:
        if self._stale:
            return colors.unknown()
        if state is CellState.BALANCING:
            return colors.balancing()
        if state is CellState.OUT_OF_RANGE:
            return colors.out_of_range()
        return colors.ok()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self._plot_rect()
        colours = theme.colours()
        painter.fillRect(rect, QColor(colours["alternate_base"]))
        count = len(self._voltages)
        if count and self._range is not None:
            pitch = rect.width() / count
            gap = 1.0 if pitch >= 4 else 0.0  # bars apart while there is room, touching for big packs
            for index in range(count):
                fraction = self.bar_fraction(index)
                if fraction is None:
                    continue
                height = max(1.0, fraction * rect.height())
                state = self._states[index] if index < len(self._states) else CellState.OK
                painter.fillRect(QRectF(rect.left() + index * pitch + gap / 2, rect.bottom() - height,
                                        max(1.0, pitch - gap), height), self._colour(state))
            # the axis: the range's top and bottom, right-aligned left of the bars, in the captions' colour
            top, bottom = self._axis_texts()
            painter.setPen(QColor(colours["placeholder"]))
            gutter = QRectF(0, 0, rect.left() - self.fontMetrics().horizontalAdvance(" ") / 2, self.height())
            right = Qt.AlignmentFlag.AlignRight
            painter.drawText(gutter, int(right | Qt.AlignmentFlag.AlignTop), top)
            painter.drawText(gutter, int(right | Qt.AlignmentFlag.AlignBottom), bottom)
        painter.setPen(QColor(colours["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.index_at(event.pos().x())
            text = self.describe(index) if index is not None else self.toolTip()
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # no height of its own: where a page has no room to spare (eight cards at 1366×768) the other
        # values keep theirs and the bars get what is left
        return QSize(self.fontMetrics().horizontalAdvance("0") * 8, 0)

