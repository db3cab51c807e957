"""Every cell of the pack, painted in one widget (no widget per cell: 255 cells update cheaply).

Two modes: "tiles" (number, voltage, temperature and a state word per cell, reflowing with the width)
and "heatmap" (a compact square per cell, coloured by state, lowest/highest outlined).
State is shown by colour AND by text/shape: OK, BAL (striped), OUT (thick border, "!"), – (not received).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import colors

STATE_OK = "ok"
STATE_BALANCING = "balancing"
STATE_OUT = "out"
STATE_UNKNOWN = "unknown"

_STATE_COLOR = {
    STATE_OK: colors.ok,
    STATE_BALANCING: colors.balancing,
    STATE_OUT: colors.out_of_range,
    STATE_UNKNOWN: colors.unknown,
}


@dataclass
class CellTile:
    number: int  # 1-based, as the manual shows (#001)
    voltage_v: float | None = None
    temperature_c: float | None = None
    state: str = STATE_UNKNOWN
    stale: bool = False
    age_s: float | None = None


class CellGrid(QWidget):
    """Put it in a QScrollArea with widgetResizable=True; it sets its own minimum height."""

    cellActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[CellTile] = []
        self.lowest: int | None = None
        self.highest: int | None = None
        self.mode = "tiles"
        self.temperature_text = lambda c: "–" if c is None else f"{c:+.0f} °C"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)
        self.setToolTip(self.tr("Cell voltages and temperatures; hover a cell for details"))
        self.paint_count = 0  # for tests/benchmarks: how often the grid painted

    # -- data -----------------------------------------------------------------------------------
    def set_cells(self, cells: list[CellTile], lowest: int | None, highest: int | None) -> None:
        count_changed = len(cells) != len(self.cells)
        self.cells = cells
        self.lowest = lowest
        self.highest = highest
        if count_changed:
            self._relayout()
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._relayout()
            self.update()

    # -- geometry -------------------------------------------------------------------------------
    def _tile_size(self) -> QSize:
        fm = self.fontMetrics()
        if self.mode == "heatmap":
            side = int(fm.height() * 2.0)
            return QSize(side, side)
        return QSize(fm.horizontalAdvance("#000 ▲ max") + 28, int(fm.height() * 3.6))

    def _gap(self) -> int:
        return 4 if self.mode == "heatmap" else 6

    def columns(self) -> int:
        tile = self._tile_size()
        return max(1, (max(self.width(), tile.width()) + self._gap()) // (tile.width() + self._gap()))

    def _needed_height(self, width: int) -> int:
        tile = self._tile_size()
        cols = max(1, (max(width, tile.width()) + self._gap()) // (tile.width() + self._gap()))
        rows = math.ceil(len(self.cells) / cols) if self.cells else 1
        return rows * (tile.height() + self._gap())

    def _relayout(self) -> None:
        self.setMinimumHeight(self._needed_height(self.width()))
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        self.setMinimumHeight(self._needed_height(event.size().width()))
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._needed_height(width)

    def sizeHint(self) -> QSize:
        tile = self._tile_size()
        return QSize(8 * (tile.width() + self._gap()), self._needed_height(8 * (tile.width() + self._gap())))

    def _column_width(self) -> float:
        """Tiles stretch to fill the row exactly (no ragged gap on the right); squares keep their size."""
        tile = self._tile_size()
        if self.mode == "heatmap":
            return float(tile.width())
        cols = self.columns()
        return max(float(tile.width()), (self.width() - (cols - 1) * self._gap()) / cols)

    def tile_rect(self, index: int) -> QRectF:
        tile = self._tile_size()
        cols = self.columns()
        row, col = divmod(index, cols)
        gap = self._gap()
        w = self._column_width()
        return QRectF(col * (w + gap), row * (tile.height() + gap), w, tile.height())

    def index_at(self, x: float, y: float) -> int | None:
        tile = self._tile_size()
        gap = self._gap()
        col = int(x // (self._column_width() + gap))
        row = int(y // (tile.height() + gap))
        if col >= self.columns() or x < 0 or y < 0:
            return None
        index = row * self.columns() + col
        if 0 <= index < len(self.cells) and self.tile_rect(index).contains(x, y):
            return index
        return None

    # -- text -----------------------------------------------------------------------------------
    def state_word(self, state: str) -> str:
        return {
            STATE_OK: self.tr("OK"),
            STATE_BALANCING: self.tr("BAL"),
            STATE_OUT: self.tr("OUT !"),
            STATE_UNKNOWN: "–",
        }[state]

    def describe(self, cell: CellTile) -> str:
        volts = "–" if cell.voltage_v is None else f"{cell.voltage_v:.3f} V"
        state = {
            STATE_OK: self.tr("in the safe range"),
            STATE_BALANCING: self.tr("balancing (bypass on; its temperature reads warm)"),
            STATE_OUT: self.tr("out of range (above V max or below V min)"),
            STATE_UNKNOWN: self.tr("not received yet"),
        }[cell.state]
        lines = [self.tr("Cell #{0:03d}: {1}, {2}").format(cell.number, volts, self.temperature_text(cell.temperature_c)),
                 state]
        if cell.number == self.lowest:
            lines.append(self.tr("Lowest cell voltage of the pack"))
        if cell.number == self.highest:
            lines.append(self.tr("Highest cell voltage of the pack"))
        if cell.stale and cell.age_s is not None:
            lines.append(self.tr("Last received {0:.0f} s ago").format(cell.age_s))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.index_at(event.pos().x(), event.pos().y())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.describe(self.cells[index]), self)
            else:
                QToolTip.showText(event.globalPos(), self.toolTip(), self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.index_at(event.position().x(), event.position().y())
        if index is not None:
            self.cellActivated.emit(self.cells[index].number)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self.paint_count += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QRectF(event.rect())
        # Fonts and colours made once per paint, not per cell (255 cells at up to 10 paints a second).
        self._normal_font = QFont(self.font())
        self._bold_font = QFont(self.font())
        self._bold_font.setBold(True)
        self._square_font = QFont(self.font())
        self._square_font.setPixelSize(max(7, int(self._tile_size().height() * 0.36)))
        self._dark = colors.is_dark(self)
        self._grey = colors.stale_text(self)
        for i, cell in enumerate(self.cells):
            rect = self.tile_rect(i)
            if not rect.intersects(clip):
                continue
            if self.mode == "heatmap":
                self._paint_square(p, rect, cell)
            else:
                self._paint_tile(p, rect, cell)
        p.end()

    def _marker(self, cell: CellTile) -> str:
        if cell.number == self.lowest and cell.number == self.highest:
            return "▼▲"
        if cell.number == self.lowest:
            return self.tr("▼ min")
        if cell.number == self.highest:
            return self.tr("▲ max")
        return ""

    def _paint_tile(self, p: QPainter, rect: QRectF, cell: CellTile) -> None:
        color = _STATE_COLOR[cell.state]()
        base = self.palette().base().color()
        fg = self.palette().text().color()
        grey = self._grey
        # background: a light tint of the state colour so the text stays readable in both themes
        tint = color.lighter(100)
        tint.setAlpha(70 if self._dark else 45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(base)
        p.drawRoundedRect(rect, 5, 5)
        p.setBrush(tint)
        if cell.state == STATE_BALANCING:
            p.setBrush(QBrush(tint))
            p.drawRoundedRect(rect, 5, 5)
            stripes = QColorAlpha(color, 60)
            p.setBrush(QBrush(stripes, Qt.BrushStyle.BDiagPattern))
        p.drawRoundedRect(rect, 5, 5)
        # colour bar on the left edge
        bar = QRectF(rect.left(), rect.top(), 6, rect.height())
        p.setBrush(color)
        p.drawRoundedRect(bar, 3, 3)
        border_w = 3.0 if cell.state == STATE_OUT else 1.0
        if cell.number in (self.lowest, self.highest):
            border_w = max(border_w, 2.0)
        p.setPen(QPen(color if cell.state == STATE_OUT else self.palette().mid().color(), border_w))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect.adjusted(border_w / 2, border_w / 2, -border_w / 2, -border_w / 2), 5, 5)

        fm = self.fontMetrics()
        line_h = fm.height()
        inner = rect.adjusted(11, 3, -5, -3)
        text_color = grey if cell.stale or cell.state == STATE_UNKNOWN else fg
        p.setPen(text_color)
        p.setFont(self._normal_font)
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"#{cell.number:03d}")
        marker = self._marker(cell)
        if marker:
            p.setFont(self._bold_font)
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marker)
        p.setFont(self._bold_font)
        volts = "–" if cell.voltage_v is None else f"{cell.voltage_v:.3f} V"
        p.drawText(QRectF(inner.left(), inner.top() + line_h * 1.1, inner.width(), line_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, volts)
        p.setFont(self._normal_font)
        p.drawText(QRectF(inner.left(), inner.top() + line_h * 2.2, inner.width(), line_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.temperature_text(cell.temperature_c))
        p.setFont(self._bold_font)
        p.drawText(QRectF(inner.left(), inner.top() + line_h * 2.2, inner.width(), line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.state_word(cell.state))

    def _paint_square(self, p: QPainter, rect: QRectF, cell: CellTile) -> None:
        color = _STATE_COLOR[cell.state]()
        if cell.stale:
            color = QColorAlpha(color, 110)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(rect, 3, 3)
        if cell.state == STATE_BALANCING:
            p.setBrush(QBrush(colors.text_on(color), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 3, 3)
        if cell.state == STATE_OUT:
            p.setPen(QPen(self.palette().windowText().color(), 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1.25, 1.25, -1.25, -1.25), 3, 3)
        if cell.number in (self.lowest, self.highest):
            p.setPen(QPen(self.palette().windowText().color(), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(-1, -1, 1, 1))
        p.setPen(colors.text_on(color))
        p.setFont(self._square_font)
        label = str(cell.number)
        if cell.state == STATE_OUT:
            label += "!"
        if cell.number == self.lowest:
            label = "▼" + label
        elif cell.number == self.highest:
            label = "▲" + label
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def QColorAlpha(color, alpha: int):
    from PySide6.QtGui import QColor

    c = QColor(color)
    c.setAlpha(alpha)
    return c
