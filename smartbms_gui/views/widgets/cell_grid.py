"""Every cell of the pack, painted in one widget (no widget per cell: 255 cells update cheaply).

Two modes: "tiles" (number, voltage, temperature and a state word per cell) and "heatmap" (a
square per cell, shaded by its voltage from the lowest to the highest of the pack, with the scale
drawn above the squares). State is shown by colour AND by text/shape: OK, BAL (striped), OUT
(thick border, "!"), – (not received), greyed on a plain background "old" (overtaken by the BMS's
lowest/highest) or "no data" (no recent value).

The grid picks its column count from 1, 2, 4 or a multiple of 8 (cell boards are counted in eights,
so a 16-cell pack never wraps 14 + 2) and, told the height it may fill (`set_fit_height`, which
`CellScrollArea` does), scales the tiles up so that a small pack fills the space; a pack too big to
fit keeps the normal size and scrolls.
"""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from smartbms_gui.value_range import outwards, spanning
from smartbms_gui.views import translator as i18n

from .. import design_tokens as tokens
from .. import theme
from ..cell_tile import STATE_BALANCING, STATE_OK, STATE_OUT, STATE_UNKNOWN, CellTile
from . import colors

__all__ = ["STATE_BALANCING", "STATE_OK", "STATE_OUT", "STATE_UNKNOWN", "CellGrid", "CellScrollArea",
           "CellTile", "column_choices"]

_STATE_COLOR = {
    STATE_OK: colors.ok,
    STATE_BALANCING: colors.balancing,
    STATE_OUT: colors.out_of_range,
    STATE_UNKNOWN: colors.unknown,
}

# How far the grid may scale its cells up to fill the space (a 16-cell pack: at 2.5 its heat map filled
# a quarter of a 1366x768 window's page; at 4 it is 4 rows of 4, about 110 px squares), and how far they may
# shrink to fit without scrolling: a heat map so that a 255-cell pack fits a 1366x768 screen, tiles a
# little (text 10 % smaller), so that 48 to 88 cells fit a 1366x768 window in rows of 8: at scale 1
# eight tiles missed the width by 3 % and 48 cells scrolled through 12 rows of 4.
MAX_SCALE = {"tiles": 6.0, "heatmap": 4.0}
MIN_SCALE = {"tiles": 0.9, "heatmap": 0.75}
# A layout with more columns wins when its cells are at least this fraction of the biggest possible.
PREFER_WIDE = 0.9
# Tiles that fit with room to spare below grow taller, up to this factor of their scaled height,
# so that a 16-cell pack fills the page (its width limits the scale: 4 columns of 4 rows left a
# third of the page empty); the three lines stay together in the tile's middle.
MAX_TILE_STRETCH = 1.6
# Narrow tiles (rows of 8 of a 48-cell pack) may grow further, up to this factor, while they stay no
# taller than wide: at 1.6 a 48-cell pack left a quarter of a 1366x768 page empty below it.
MAX_TILE_STRETCH_TO_SQUARE = 2.0
# The heat map's shade spans at least this many volts, so a 5 mV spread reads as a small one.
MIN_SHADE_SPAN_V = 0.020
SHADE_STEP_V = 0.005


def column_choices(count: int) -> list[int]:
    """1, 2, 4 and the multiples of 8, up to the first that holds every cell."""
    choices = []
    for cols in [1, 2, 4] + list(range(8, max(8, count) + 8, 8)):
        choices.append(cols)
        if cols >= count:
            break
    return choices


#: pixels around a tile that a repaint of only that tile covers (the focus ring and the dashed mark)
TILE_REPAINT_MARGIN = 4


#: what a tile's picture depends on: every field but the age (shown only in its tooltip)
_LOOK_FIELDS = tuple(f.name for f in dataclasses.fields(CellTile) if f.name != "age_s")


def _looks(tile: CellTile) -> tuple:
    return tuple(getattr(tile, name) for name in _LOOK_FIELDS)


class CellGrid(QWidget):
    """Put it in a `CellScrollArea` (or a QScrollArea with widgetResizable=True and call
    `set_fit_height` with the viewport's height); it sets its own minimum height."""

    cellActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[CellTile] = []
        self.lowest: int | None = None
        self.highest: int | None = None
        self.mode = "tiles"
        self.fit_height: int | None = None
        self.shade_range: tuple[float, float] | None = None
        self.empty_text = ""  # shown in the middle while there is no cell to show
        self.focus_cell: int | None = None  # outlined: the cell another page asked to show
        self.temperature_text = lambda c: "–" if c is None else f"{c:+.0f} °C"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)
        self.setToolTip(self.tr("Cell voltages and temperatures; hover a cell for details"))
        self.paint_count = 0  # for tests/benchmarks: how often the grid painted
        self._layout_cache: dict[tuple, tuple[int, float]] = {}
        self._base_sizes: dict[tuple, QSize] = {}
        self._backgrounds: dict[tuple, QPixmap] = {}  # cell shapes by look (see _background)
        self._theme_key: tuple | None = None
        # Keyboard: Tab reaches the grid, the arrows move a current cell, Enter opens it; a screen
        # reader hears the grid's name and the current cell's description.
        self.current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("ownFocusRing", True)  # the current cell gets the ring, not the whole grid
        self.setAccessibleName(self.tr("Cells"))

    # -- data -----------------------------------------------------------------------------------
    def set_cells(self, cells: list[CellTile], lowest: int | None, highest: int | None) -> None:
        count_changed = len(cells) != len(self.cells)
        old_cells, old_marks = self.cells, (self.lowest, self.highest, self.shade_range)
        self.cells = cells
        self.lowest = lowest
        self.highest = highest
        self.shade_range = self._shade_range(cells)
        if count_changed:
            self._relayout()
            if self.current is not None and self.current >= len(cells):
                self.current = len(cells) - 1 if cells else None
        if self.current is not None and self.hasFocus():
            self._describe_current(announce=False)
        if count_changed or old_marks != (lowest, highest, self.shade_range):
            self.update()  # the marks or the shading of every cell may move
            return
        # A message brings a few cells: repaint only the tiles that look different (255 tiles
        # repainted twice a second were most of this page's idle CPU). The age is only in tooltips.
        changed = [i for i, (old, new) in enumerate(zip(old_cells, cells)) if _looks(old) != _looks(new)]
        if len(changed) > len(cells) // 2:
            self.update()
            return
        margin = TILE_REPAINT_MARGIN
        for i in changed:
            self.update(self.tile_rect(i).toAlignedRect().adjusted(-margin, -margin, margin, margin))

    def set_focus_cell(self, number: int | None) -> None:
        if number != self.focus_cell:
            self.focus_cell = number
            self.update()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._relayout()
            self.update()

    def set_fit_height(self, height: int | None) -> None:
        """The height the cells may fill before the grid scrolls (the scroll area's viewport)."""
        if height != self.fit_height:
            self.fit_height = height
            self._relayout()
            self.update()

    @staticmethod
    def _shade_range(cells: list[CellTile]) -> tuple[float, float] | None:
        shaded = (c.voltage_v for c in cells if not c.stale and c.state != STATE_OUT)
        span = spanning(shaded, MIN_SHADE_SPAN_V)
        # whole 5 mV steps (the cells' resolution), so the scale reads 3.295 … 3.320 V
        return None if span is None else outwards(*span, SHADE_STEP_V)

    # -- geometry -------------------------------------------------------------------------------
    def base_size(self) -> QSize:
        """A cell at scale 1."""
        key = (self.mode, self.font().key())
        size = self._base_sizes.get(key)
        if size is None:
            fm = self.fontMetrics()
            if self.mode == "heatmap":
                side = int(fm.height() * 2.0)
                size = QSize(side, side)
            else:
                size = QSize(fm.horizontalAdvance("#000 ▲ max") + 28, int(fm.height() * 3.6))  # ▲: an arrow's width
            self._base_sizes[key] = size
        return size

    def _gap(self) -> int:
        return 4 if self.mode == "heatmap" else 6

    def _top(self) -> int:
        """Room above the cells: the heat map's voltage scale."""
        return self.fontMetrics().height() + 8 if self.mode == "heatmap" else 0

    def layout_for(self, width: int, height: int | None) -> tuple[int, float]:
        """(columns, scale) for this size: the biggest cells that fit, else at most scale 1, scrolling."""
        key = (width, height, len(self.cells), self.mode, self.font().key())
        cached = self._layout_cache.get(key)
        if cached is not None:
            return cached
        base, gap, count = self.base_size(), self._gap(), max(1, len(self.cells))
        choices = column_choices(count)

        def width_scale(cols: int) -> float:
            return (width - (cols - 1) * gap) / cols / base.width()

        fitting = []
        if height is not None:
            room = height - self._top()
            for cols in choices:
                rows = math.ceil(count / cols)
                scale = min(width_scale(cols), (room - (rows - 1) * gap) / rows / base.height(),
                            MAX_SCALE[self.mode])
                if scale >= MIN_SCALE[self.mode]:
                    fitting.append((cols, scale))
        if fitting:
            best = max(scale for _cols, scale in fitting)
            result = max((c for c in fitting if c[1] >= best * PREFER_WIDE), key=lambda c: c[0])
        else:
            # they scroll: the most columns whose cells keep at least MIN_SCALE, at most scale 1
            # (255 tiles in a 1366x768 window: 32 rows of 8 at 97 %, not 64 rows of 4)
            wide = [cols for cols in choices if width_scale(cols) >= MIN_SCALE[self.mode]]
            most = max(wide, default=None)
            result = (most, min(1.0, width_scale(most))) if most is not None else (1, 1.0)
        if len(self._layout_cache) > 64:
            self._layout_cache.clear()
        self._layout_cache[key] = result
        return result

    def columns(self) -> int:
        return self.layout_for(self.width(), self.fit_height)[0]

    def scale(self) -> float:
        return self.layout_for(self.width(), self.fit_height)[1]

    def _cell_size(self, width: int) -> tuple[int, float, float]:
        """(columns, cell width, cell height) at this width."""
        cols, scale = self.layout_for(width, self.fit_height)
        base, gap = self.base_size(), self._gap()
        h = base.height() * scale
        if self.mode == "heatmap":
            return cols, base.width() * scale, h
        # tiles stretch to fill the row exactly (no ragged gap on the right)
        w = max(base.width() * scale, (width - (cols - 1) * gap) / cols)
        if self.fit_height is not None and self.cells:
            # and the column's height, when they fit with room to spare (never past MAX_TILE_STRETCH,
            # or past MAX_TILE_STRETCH_TO_SQUARE while no taller than wide)
            rows = math.ceil(len(self.cells) / cols)
            filling = (self.fit_height - self._top() - (rows - 1) * gap) / rows
            cap = max(h * MAX_TILE_STRETCH, min(h * MAX_TILE_STRETCH_TO_SQUARE, w))
            h = max(h, min(filling, cap))
        return cols, w, h

    def _needed_height(self, width: int) -> int:
        cols, _w, h = self._cell_size(width)
        rows = math.ceil(len(self.cells) / cols) if self.cells else 1
        # no gap after the last row: cells that fill the height exactly need no scroll bar
        return self._top() + int(math.ceil(rows * h + (rows - 1) * self._gap() - 1e-6))

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
        base = self.base_size()
        width = 8 * (base.width() + self._gap())
        return QSize(width, self._needed_height(width))

    def tile_rect(self, index: int) -> QRectF:
        cols, w, h = self._cell_size(self.width())
        row, col = divmod(index, cols)
        gap = self._gap()
        return QRectF(col * (w + gap), self._top() + row * (h + gap), w, h)

    def index_at(self, x: float, y: float) -> int | None:
        cols, w, h = self._cell_size(self.width())
        gap = self._gap()
        if x < 0 or y < self._top():
            return None
        col = int(x // (w + gap))
        row = int((y - self._top()) // (h + gap))
        if col >= cols:
            return None
        index = row * cols + col
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

    def stale_word(self, cell: CellTile) -> str:
        """The state word of a tile whose value is not current (keep it short: it shares a line):
        "old" for a recent value the BMS's lowest/highest have overtaken (its next record is on its
        way: after a step in the current, many tiles of a large pack for a few seconds), "no data"
        for a value that is not recent at all."""
        if cell.superseded:
            return self.tr("old")
        return self.tr("no data")

    def tile_word(self, cell: CellTile) -> str:
        if cell.stale and cell.state != STATE_UNKNOWN:
            return self.stale_word(cell)
        return self.state_word(cell.state)

    @staticmethod
    def volts_text(volts: float | None) -> str:
        return "–" if volts is None else i18n.format_quantity(volts, "V", 3)

    def describe(self, cell: CellTile) -> str:
        state = {
            STATE_OK: self.tr("in the safe range"),
            STATE_BALANCING: self.tr("balancing (bypass on; its temperature reads warm)"),
            STATE_OUT: self.tr("out of range (above V max or below V min)"),
            STATE_UNKNOWN: self.tr("not received yet"),
        }[cell.state]
        if cell.state == STATE_OUT and cell.temp_out and not cell.volt_out:
            state = self.tr("out of range (temperature above T max or below T min)")
        elif cell.state == STATE_OUT and cell.temp_out:
            state = self.tr("out of range (voltage and temperature)")
        lines = [self.tr("Cell #{0:03d}: {1}, {2}").format(cell.number, self.volts_text(cell.voltage_v),
                                                          self.temperature_text(cell.temperature_c)),
                 state]
        if cell.from_bms:
            lines.append(self.tr("Voltage from the BMS's own lowest/highest report, newer than this "
                                 "cell's last message"))
        if cell.number == self.lowest:
            lines.append(self.tr("Lowest cell voltage of the pack"))
        if cell.number == self.highest:
            lines.append(self.tr("Highest cell voltage of the pack"))
        if cell.silent:
            lines.append(self.tr("No new value: the cell-board link is broken before this cell (light E)"))
        elif cell.superseded:
            lines.append(self.tr("Out of date: the BMS now reports every cell between its lowest and "
                                 "highest, and this value is outside them"))
        if cell.stale and cell.age_s is not None:
            lines.append(self.tr("Last received {0} s ago").format(i18n.format_number(cell.age_s, 0)))
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

    # -- keyboard ---------------------------------------------------------------------------------
    def set_current(self, index: int | None) -> None:
        """Make a cell the current one (keyboard focus inside the grid), scrolled into view."""
        if index is not None:
            index = max(0, min(index, len(self.cells) - 1)) if self.cells else None
        if index == self.current:
            return
        self.current = index
        if index is not None:
            scroll = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
            if isinstance(scroll, QScrollArea):
                rect = self.tile_rect(index).toAlignedRect()
                scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width() // 2 + 8,
                                     rect.height() // 2 + 8)
        self._describe_current(announce=True)
        self.update()

    def _describe_current(self, announce: bool) -> None:
        if self.current is None or self.current >= len(self.cells):
            self.setAccessibleDescription("")
            return
        text = self.describe(self.cells[self.current])
        if text == self.accessibleDescription():
            return
        self.setAccessibleDescription(text)
        if announce and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.current is None and self.cells:
            self.set_current(0)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self.cells:
            super().keyPressEvent(event)
            return
        cols = max(1, self.columns())
        current = self.current if self.current is not None else 0
        rows_per_page = max(1, self.visibleRegion().boundingRect().height()
                            // max(1, int(self.tile_rect(0).height() + self._gap())))
        moves = {
            Qt.Key.Key_Left: current - 1, Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Up: current - cols, Qt.Key.Key_Down: current + cols,
            Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.cells) - 1,
            Qt.Key.Key_PageUp: current - cols * rows_per_page,
            Qt.Key.Key_PageDown: current + cols * rows_per_page,
        }
        key = Qt.Key(event.key())
        if key in moves:
            target = moves[key]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not 0 <= target < len(self.cells):
                target = current  # no wrap into the next column
            self.set_current(max(0, min(target, len(self.cells) - 1)))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellActivated.emit(self.cells[current].number)
            event.accept()
            return
        if key == Qt.Key.Key_F1 or (key == Qt.Key.Key_Question):
            rect = self.tile_rect(current).toAlignedRect()
            QToolTip.showText(self.mapToGlobal(rect.bottomLeft()), self.describe(self.cells[current]), self)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self.paint_count += 1
        self.last_paint_rect = event.rect()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QRectF(event.rect())
        self._prepare_paint()
        if not self.cells and self.empty_text:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            p.setFont(font)
            p.setPen(colors.stale_text_on(self.palette().window().color()))
            p.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        if self.mode == "heatmap" and self.cells:
            self._paint_scale(p)
        cols, w, h = self._cell_size(self.width())
        gap, top = self._gap(), self._top()
        paint = self._paint_square if self.mode == "heatmap" else self._paint_tile
        first_row = max(0, int((clip.top() - top) // (h + gap)))
        last_row = int((clip.bottom() - top) // (h + gap)) + 1
        for i in range(first_row * cols, min(len(self.cells), (last_row + 1) * cols)):
            row, col = divmod(i, cols)
            rect = QRectF(col * (w + gap), top + row * (h + gap), w, h)
            if rect.intersects(clip):
                paint(p, rect, self.cells[i])
        if self.hasFocus() and self.current is not None and self.current < len(self.cells):
            width = tokens.FOCUS_RING["width"]
            ring = self.tile_rect(self.current).adjusted(-width, -width, width, width)
            p.setPen(QPen(QColor(theme.token("focus")), width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            radius = tokens.RADIUS["m"]
            p.drawRoundedRect(ring, radius, radius)
        if self.focus_cell is not None and 0 < self.focus_cell <= len(self.cells):
            rect = self.tile_rect(self.focus_cell - 1).adjusted(-2, -2, 2, 2)
            p.setPen(QPen(self.palette().highlight().color(), 3.0, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 6, 6)
        p.end()

    def _prepare_paint(self) -> None:
        """Fonts and colours made once per paint, not per cell (255 cells at up to 10 paints a second)."""
        scale = self.scale()
        self._scale = scale
        self._normal_font = QFont(self.font())
        self._normal_font.setPointSizeF(self.font().pointSizeF() * scale)
        self._bold_font = QFont(self._normal_font)
        self._bold_font.setBold(True)
        self._normal_fm = QFontMetricsF(self._normal_font)
        self._bold_fm = QFontMetricsF(self._bold_font)
        self._line_h = self._normal_fm.height()
        self._small_font = QFont(self._normal_font)  # "no data": smaller, so the old temperature keeps room
        self._small_font.setPointSizeF(self._normal_font.pointSizeF() * 0.85)
        self._small_fm = QFontMetricsF(self._small_font)
        side = self.base_size().height() * scale
        self._scaled_h = side  # a tile's (or square's) height at this scale, before any stretch
        self._square_font = QFont(self.font())
        self._square_font.setBold(True)
        self._square_font.setPixelSize(max(7, int(side * 0.36)))
        # a number that fits its square: shrink until "255" fits with a margin
        while (QFontMetricsF(self._square_font).horizontalAdvance("255") > side - 6
               and self._square_font.pixelSize() > 7):
            self._square_font.setPixelSize(self._square_font.pixelSize() - 1)
        self._mark_font = QFont(self.font())
        self._mark_font.setBold(True)
        self._mark_font.setPixelSize(max(7, int(side * 0.28)))
        self._mark_fm = QFontMetricsF(self._mark_font)
        self._dark = colors.is_dark(self)
        self._base = self.palette().base().color()
        self._fg = self.palette().text().color()
        self._window_fg = self.palette().windowText().color()
        self._stale_fg = colors.stale_text_on(self._base)
        self._alarm = colors.out_text(self._dark)
        self._mid = self.palette().mid().color() if not self._dark else QColor("#6A6A6A")
        self._colors = {state: fn() for state, fn in _STATE_COLOR.items()}
        self._out_fill = self._colors[STATE_OUT]
        self._balancing = self._colors[STATE_BALANCING]
        theme_key = (self._dark, self._base.rgba(), self._fg.rgba())
        if theme_key != self._theme_key or len(self._backgrounds) > 512:
            self._theme_key = theme_key
            self._backgrounds = {}

    def _background(self, p: QPainter, rect: QRectF, key: tuple, draw) -> None:
        """Draw a cell's shapes from a cached pixmap: antialiased rounded shapes are the costly part of a
        paint, and a pack has only a few different looks (state, old or not, marked, shade)."""
        key = (key, round(rect.width(), 1), round(rect.height(), 1))
        pixmap = self._backgrounds.get(key)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            # one logical pixel of margin all round, for the antialiased edges
            pixmap = QPixmap(math.ceil((rect.width() + 2) * ratio), math.ceil((rect.height() + 2) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, QRectF(1, 1, rect.width(), rect.height()))
            painter.end()
            self._backgrounds[key] = pixmap
        p.drawPixmap(QPointF(rect.left() - 1, rect.top() - 1), pixmap)

    def _marker(self, cell: CellTile) -> tuple[list[str], str]:
        """The arrows ("down" lowest, "up" highest) and the word beside them ("" for both at once)."""
        if cell.number == self.lowest and cell.number == self.highest:
            return ["down", "up"], ""
        if cell.number == self.lowest:
            return ["down"], self.tr("min")
        if cell.number == self.highest:
            return ["up"], self.tr("max")
        return [], ""

    #: the space between two arrows (and between the arrows and what follows), in arrow widths
    ARROW_GAP = 0.25

    @staticmethod
    def arrow_size(fm: QFontMetricsF) -> float:
        """An arrow as wide as the font's capitals are tall, and a little more."""
        return fm.capHeight() * 1.1

    @classmethod
    def arrows_width(cls, count: int, size: float) -> float:
        return count * size + max(0, count - 1) * size * cls.ARROW_GAP

    @classmethod
    def draw_arrows(cls, p: QPainter, arrows: list[str], right: float, middle: float, size: float,
                    color: QColor) -> float:
        """Filled triangles (drawn, not a font's ▼/▲ glyph: the same in every font), ending at `right`,
        centred on `middle`, `size` wide; returns their left edge."""
        if not arrows:
            return right
        gap = size * cls.ARROW_GAP
        x = right - cls.arrows_width(len(arrows), size)
        left = x
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        half = size / 2
        for arrow in arrows:
            top, bottom = middle - half * 0.87, middle + half * 0.87
            if arrow == "down":
                points = [QPointF(x, top), QPointF(x + size, top), QPointF(x + half, bottom)]
            else:
                points = [QPointF(x, bottom), QPointF(x + size, bottom), QPointF(x + half, top)]
            p.drawPolygon(QPolygonF(points))
            x += size + gap
        p.restore()
        return left

    def _tile_shapes(self, p: QPainter, rect: QRectF, state: str, stale: bool, marked: bool) -> None:
        color = self._colors[state]
        scale = self._scale
        radius = 5 * scale
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._base)
        p.drawRoundedRect(rect, radius, radius)
        if not stale:
            # a light tint of the state colour so the text stays readable in both themes
            tint = QColor(color)
            tint.setAlpha(70 if self._dark else 45)
            p.setBrush(tint)
            p.drawRoundedRect(rect, radius, radius)
            if state == STATE_BALANCING:
                stripes = QColor(color)
                stripes.setAlpha(60)
                p.setBrush(QBrush(stripes, Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(rect, radius, radius)
        # colour bar on the left edge (faded when the value is old)
        bar_color = QColor(color)
        if stale:
            bar_color.setAlpha(110)
        p.setBrush(bar_color)
        p.drawRoundedRect(QRectF(rect.left(), rect.top(), 6 * scale, rect.height()), 3 * scale, 3 * scale)
        out = state == STATE_OUT and not stale
        border_w = 3.0 if out else 1.0
        if marked:
            border_w = max(border_w, 2.0)
        pen = QPen(color if out else (self._fg if marked and not stale else self._mid), border_w)
        if stale:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        half = border_w / 2
        p.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)

    def _paint_tile(self, p: QPainter, rect: QRectF, cell: CellTile) -> None:
        marked = cell.number in (self.lowest, self.highest)
        self._background(p, rect, ("tile", cell.state, cell.stale, marked),
                         lambda q, r: self._tile_shapes(q, r, cell.state, cell.stale, marked))
        scale = self._scale
        line_h = self._line_h
        # the lines in the middle of a tile stretched taller than its scaled size (MAX_TILE_STRETCH…)
        below = (rect.height() - self._scaled_h) / 2
        inner = rect.adjusted(11 * scale, 3 * scale + below, -5 * scale, -3 * scale)
        fg = self._stale_fg if cell.stale or cell.state == STATE_UNKNOWN else self._fg
        alarm = fg if cell.stale else self._alarm
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        row1 = QRectF(inner.left(), inner.top(), inner.width(), line_h)
        row2 = row1.translated(0, line_h * 1.1)
        row3 = row1.translated(0, line_h * 2.2)
        p.setPen(fg)
        p.setFont(self._normal_font)
        number = f"#{cell.number:03d}"
        p.drawText(row1, left, number)
        arrows, word = self._marker(cell)
        if arrows:
            # beside the number, never over it: a long translation gives way to its arrow
            arrow = self.arrow_size(self._bold_fm)
            gap = 3 * scale
            arrows_w = self.arrows_width(len(arrows), arrow)
            room = inner.width() - self._normal_fm.horizontalAdvance(number) - 4 * scale
            if word and self._bold_fm.horizontalAdvance(word) + gap + arrows_w > room:
                word = ""
            end = row1.right()
            if word:
                p.setFont(self._bold_font)
                p.drawText(row1, right, word)
                end -= self._bold_fm.horizontalAdvance(word) + gap
            self.draw_arrows(p, arrows, end, row1.center().y(), arrow, fg)
        p.setFont(self._bold_font)
        p.setPen(alarm if cell.volt_out else fg)
        p.drawText(row2, left, self.volts_text(cell.voltage_v) + (" !" if cell.volt_out else ""))
        # the temperature shares its line with the state word: an out-of-range one is bold in the alarm
        # colour (no "!": the state word has it, and the line is short)
        word = self.tile_word(cell)
        word_font, word_fm = (self._small_font, self._small_fm) if cell.stale else (self._bold_font,
                                                                                  self._bold_fm)
        temp = self.temperature_text(cell.temperature_c)
        temp_font, temp_fm = (self._bold_font, self._bold_fm) if cell.temp_out else (self._normal_font,
                                                                                   self._normal_fm)
        temp_w, word_w = temp_fm.horizontalAdvance(temp), word_fm.horizontalAdvance(word)
        gap = 4 * scale
        room = inner.width()
        if not cell.stale or temp_w + word_w + gap <= room:
            # a live value always shows its temperature; an old one gives way to "no data"
            p.setFont(temp_font)
            p.setPen(alarm if cell.temp_out else fg)
            p.drawText(row3, left, temp)
            room = max(0.0, room - temp_w - gap)
        p.setFont(word_font)
        p.setPen(fg)
        if word_w > room:
            word = word_fm.elidedText(word, Qt.TextElideMode.ElideRight, room)
        p.drawText(row3, right, word)

    def shade(self, volts: float) -> QColor:
        """The heat map's colour for a cell voltage (lightest = lowest of the pack)."""
        low, high = self.shade_range or (volts, volts)
        fraction = 0.5 if high <= low else (volts - low) / (high - low)
        return colors.voltage_shade(fraction)

    def _square_shapes(self, p: QPainter, rect: QRectF, color: QColor, state: str, stale: bool,
                       marked: bool) -> None:
        radius = 3 * self._scale
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(rect, radius, radius)
        if stale:
            p.setPen(QPen(self._mid, 1.0, Qt.PenStyle.DashLine))
            p.setBrush(QBrush(self._mid, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        elif state == STATE_BALANCING:
            p.setBrush(QBrush(self._balancing, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, radius, radius)
            p.setPen(QPen(self._balancing, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        if state == STATE_OUT and not stale:
            p.setPen(QPen(self._window_fg, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1.25, 1.25, -1.25, -1.25), radius, radius)

    def _paint_square(self, p: QPainter, rect: QRectF, cell: CellTile) -> None:
        stale = cell.stale or cell.voltage_v is None
        if stale:
            color = QColor(self._base)
        elif cell.state == STATE_OUT:
            color = self._out_fill
        else:
            color = self.shade(cell.voltage_v)
        self._background(p, rect, ("square", color.rgba(), cell.state, stale, False),
                         lambda q, r: self._square_shapes(q, r, color, cell.state, stale, False))
        if cell.number in (self.lowest, self.highest):
            p.setPen(QPen(self._window_fg, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(-1, -1, 1, 1))
        text = self._stale_fg if stale else colors.text_on(color)
        p.setPen(text)
        # marks (lowest/highest arrows, "!") in a band at the top, so the number keeps the width of its square
        arrows = [name for name, number in (("down", self.lowest), ("up", self.highest)) if cell.number == number]
        alarm = "!" if cell.state == STATE_OUT and not stale else ""
        number_rect = rect
        if arrows or alarm:
            band = rect.height() * 0.36
            band_rect = QRectF(rect.left(), rect.top() + 2, rect.width(), band)
            p.setFont(self._mark_font)
            size = self.arrow_size(self._mark_fm)
            alarm_w = self._mark_fm.horizontalAdvance(alarm) if alarm else 0.0
            arrows_w = self.arrows_width(len(arrows), size)
            gap = size * self.ARROW_GAP if arrows and alarm else 0.0
            x = band_rect.center().x() - (arrows_w + gap + alarm_w) / 2
            self.draw_arrows(p, arrows, x + arrows_w, band_rect.center().y(), size, text)
            if alarm:
                p.drawText(QRectF(x + arrows_w + gap, band_rect.top(), alarm_w + 1, band), Qt.AlignmentFlag.AlignLeft
                           | Qt.AlignmentFlag.AlignVCenter, alarm)
            number_rect = rect.adjusted(0, band * 0.75, 0, 0)
        p.setFont(self._square_font)
        p.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(cell.number))

    def _paint_scale(self, p: QPainter) -> None:
        """The heat map's key: lowest voltage, the shades, highest voltage."""
        fm = self.fontMetrics()
        y, h = 2.0, float(fm.height())
        p.setFont(self.font())
        p.setPen(self.palette().windowText().color())
        if self.shade_range is None:
            return
        low, high = self.shade_range
        caption = self.tr("Cell voltage:")
        x = 0.0
        for text, is_bar in ((caption, False), (self.volts_text(low), False), ("", True),
                             (self.volts_text(high), False)):
            if is_bar:
                bar = QRectF(x, y + 2, 8 * fm.height(), h - 4)
                gradient = QLinearGradient(QPointF(bar.left(), 0), QPointF(bar.right(), 0))
                for stop in (0.0, 0.25, 0.5, 0.75, 1.0):
                    gradient.setColorAt(stop, colors.voltage_shade(stop))
                p.setPen(QPen(self._mid, 1))
                p.setBrush(QBrush(gradient))
                p.drawRect(bar)
                x = bar.right() + 6
                continue
            width = fm.horizontalAdvance(text)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(x, y, width + 2, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       text)
            x += width + 6


class CellScrollArea(QScrollArea):
    """A scroll area for one `CellGrid` that tells the grid the height it may fill."""

    def __init__(self, grid: CellGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setWidgetResizable(True)
        self.setWidget(grid)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setToolTip(grid.toolTip())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the grid (arrows move in it)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.grid.set_fit_height(self.viewport().height())
