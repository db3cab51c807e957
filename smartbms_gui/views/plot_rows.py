"""The rows of the plots page: what each one shows (one table), and how a row draws itself.

`ROWS` is the one table of the line rows and the two cell rows: the name in the Plots menu, the
axis title (several lengths: the longest that fits the row's height is used), the unit, the
series and their colours, and the smallest vertical span autoscale may show (so quantised data —
whole-percent SoC, 1 mV cells, 0.857 °C temperatures — is not blown up into fake precision).

Numbers on the axes go through `i18n.format_number` (a decimal comma in German and Dutch).
Legends sit beside the plot (the layout's second column), never on top of the data.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from smartbms_gui import qt_env

qt_env.prepare()

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n

from .plot_buffers import History, Window, grid_step, heat_grid, peak_line, peak_lines
from .plots_data import MAX_CHOSEN_CELLS

_CTX = "PlotsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# Series colours (light theme, dark theme) and the chosen cells' colours: design_tokens.PLOT_SERIES
# and PLOT_CHOSEN (Okabe-Ito hues, colour-blind safe; docs/design.md).
SERIES_COLOURS = tokens.PLOT_SERIES
CHOSEN_COLOURS = tokens.PLOT_CHOSEN
LINE_WIDTH = 2.0  # every summary line; the all-cells lines stay 1 px (255 of them)


def series_colour(key: str, mode: str | None = None) -> str:
    light, dark = SERIES_COLOURS[key]
    return dark if (mode or theme.effective_mode()) == "dark" else light


def chosen_colour(i: int, mode: str | None = None) -> str:
    return CHOSEN_COLOURS["dark" if (mode or theme.effective_mode()) == "dark" else "light"][i]


@dataclass(frozen=True)
class Series:
    column: int
    colour: str  # a SERIES_COLOURS key
    name: str  # legend text (English source; shown through tr())


@dataclass(frozen=True)
class RowSpec:
    key: str
    menu: str  # the Plots menu entry: says exactly what the row shows
    titles: tuple[str, ...]  # axis title words, longest first; the unit is added in brackets
    unit: str
    history: str  # the PlotData attribute it draws from
    series: tuple[Series, ...]
    # the smallest vertical span autoscale shows: several steps of the data's resolution (cell
    # voltages come in 5 mV steps, docs/protocol.md "Scalings"; temperatures in 0.857 °C; SoC in 1 %)
    min_span: float
    floor: float | None = None  # autoscale never shows below this (a spread, a percentage)
    ceiling: float | None = None
    stretch: int = 2


ROWS: tuple[RowSpec, ...] = (
    RowSpec("pack", QT_TRANSLATE_NOOP(_CTX, "Pack voltage"),
            (QT_TRANSLATE_NOOP(_CTX, "Pack voltage"), QT_TRANSLATE_NOOP(_CTX, "Pack")), "V", "pack",
            (Series(0, "pack", QT_TRANSLATE_NOOP(_CTX, "Pack voltage")),), min_span=0.5),
    RowSpec("current", QT_TRANSLATE_NOOP(_CTX, "Currents: battery, solar, load"),
            (QT_TRANSLATE_NOOP(_CTX, "Current"),), "A", "pack",
            (Series(1, "battery", QT_TRANSLATE_NOOP(_CTX, "Battery")),
             Series(2, "solar", QT_TRANSLATE_NOOP(_CTX, "Solar")),
             Series(3, "load", QT_TRANSLATE_NOOP(_CTX, "Load"))), min_span=2.0),
    RowSpec("soc", QT_TRANSLATE_NOOP(_CTX, "State of charge"),
            (QT_TRANSLATE_NOOP(_CTX, "State of charge"), QT_TRANSLATE_NOOP(_CTX, "SoC")), "%", "soc",
            (Series(0, "soc", QT_TRANSLATE_NOOP(_CTX, "State of charge")),), min_span=5.0, floor=0.0,
            ceiling=100.0),
    RowSpec("extremes", QT_TRANSLATE_NOOP(_CTX, "Lowest and highest cell voltage"),
            (QT_TRANSLATE_NOOP(_CTX, "Lowest/highest cell"), QT_TRANSLATE_NOOP(_CTX, "Cells")), "V",
            "extremes",
            (Series(0, "lowest", QT_TRANSLATE_NOOP(_CTX, "Lowest")),
             Series(1, "highest", QT_TRANSLATE_NOOP(_CTX, "Highest"))), min_span=0.02),
    RowSpec("spread", QT_TRANSLATE_NOOP(_CTX, "Cell spread (highest − lowest)"),
            (QT_TRANSLATE_NOOP(_CTX, "Spread"),), "mV", "extremes",
            (Series(2, "spread", QT_TRANSLATE_NOOP(_CTX, "Highest − lowest cell")),), min_span=20.0,
            floor=0.0, stretch=1),
    RowSpec("cell_volts", QT_TRANSLATE_NOOP(_CTX, "Every cell’s voltage"),
            (QT_TRANSLATE_NOOP(_CTX, "Cell voltage"), QT_TRANSLATE_NOOP(_CTX, "Cells")), "V", "cell_volts",
            (), min_span=0.02, stretch=3),
    RowSpec("cell_temps", QT_TRANSLATE_NOOP(_CTX, "Every cell’s temperature"),
            (QT_TRANSLATE_NOOP(_CTX, "Cell temp."), QT_TRANSLATE_NOOP(_CTX, "Cells")), "°C", "cell_temps", (),
            min_span=5.0, stretch=3),
)
EVENTS_MENU = QT_TRANSLATE_NOOP(_CTX, "Events: relays, warnings, settings, link")
#: The event lane's rows, top to bottom (y = 3 … 0).
EVENT_LANES = (QT_TRANSLATE_NOOP(_CTX, "Relays"), QT_TRANSLATE_NOOP(_CTX, "Warnings"),
               QT_TRANSLATE_NOOP(_CTX, "Settings"), QT_TRANSLATE_NOOP(_CTX, "Link"))
#: Free space at each end of a rotated axis title, so neighbouring titles never touch.
TITLE_MARGIN = 10
#: The finest heat-map column (seconds): rows of latest values are placed this finely.
HEAT_FINEST_S = 1.0
#: A heat-map column carries its last value this long over a silence; NaN (blank) after that.
HEAT_MAX_AGE_S = 10.0


# ---------------------------------------------------------------------- pure helpers
def y_limits(lo: float, hi: float, min_span: float, floor: float | None = None,
             ceiling: float | None = None, pad: float = 0.08) -> tuple[float, float]:
    """The vertical range for data between lo and hi: at least `min_span` wide, kept inside
    [floor, ceiling] where the quantity can't go (a spread is never negative), then padded."""
    span = max(hi - lo, min_span)
    a = (hi + lo) / 2 - span / 2
    if floor is not None and a < floor:
        a = floor
    if ceiling is not None and a + span > ceiling:
        a = ceiling - span if floor is None else max(ceiling - span, floor)
    b = max(a + span, hi)
    margin = (b - a) * pad
    return a - margin, b + margin


def visible_extent(window: Window, columns, x0: float, x1: float) -> tuple[float, float] | None:
    """Lowest and highest value of `columns` among the rows inside [x0, x1] (all rows of the
    window when none is inside); None when there is no number."""
    if len(window) == 0:
        return None
    inside = (window.times >= x0) & (window.times <= x1)
    if not inside.any():
        inside = slice(None)
    columns = list(columns)
    lo = window.lo[inside][:, columns]
    hi = lo if window.hi is window.lo else window.hi[inside][:, columns]
    if lo.size == 0 or np.isnan(lo).all():
        return None
    return float(np.nanmin(lo)), float(np.nanmax(hi))


def title_text(word: str, unit: str) -> str:
    return f"{tr(word)} ({unit})" if unit else tr(word)


def two_lines(text: str) -> tuple[str, str] | None:
    """A title cut in two: before its "(unit)", or at the space nearest the middle."""
    if " (" in text:
        head, _sep, unit = text.rpartition(" (")
        return head, "(" + unit
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return None
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut], text[cut + 1:]


def title_candidates(titles: list[str]) -> list[tuple[str, ...]]:
    """Every way to write a row's title, preferred first: the longest title on one line, then
    on two lines, then the next shorter title."""
    out: list[tuple[str, ...]] = []
    for title in titles:
        out.append((title,))
        pair = two_lines(title)
        if pair is not None:
            out.append(pair)
    return out


# ---------------------------------------------------------------------- axes
class LocaleAxis(pg.AxisItem):
    """A value axis whose numbers are written the user's way (3,5 in German), never SI-scaled."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.enableAutoSIPrefix(False)
        # numbers on the major ticks only, so they all have the same decimals (3.30 / 3.31 / 3.32,
        # not 3.31 / 3.315 / 3.32); the minor ticks stay as marks
        self.setStyle(maxTextLevel=0)

    def tickStrings(self, values, scale, spacing):
        return locale_ticks(values, scale, spacing)


def locale_ticks(values, scale, spacing, unit: str = "") -> list[str]:
    places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing * scale > 0 else 0
    out = []
    for v in values:
        text = i18n.format_number(v * scale + 0.0, places)  # + 0.0: no "-0"
        out.append(f"{text} {unit}" if unit else text)
    return out


def axis_font() -> QFont:
    """The tick labels' font: the application font (the axes are measured with it too)."""
    return QFont()


def title_font() -> QFont:
    """Axis titles: a point smaller than the ticks, so they fit beside low rows."""
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF() - 1, 6))
    return font


# ---------------------------------------------------------------------- rows
class PlotRow:
    """One plot row: a PlotItem, its curves and legend, and the signature of what it last drew."""

    def __init__(self, key: str, plot: pg.PlotItem, stretch: int, spec: RowSpec | None = None) -> None:
        self.key = key
        self.spec = spec
        self.plot = plot
        self.stretch = stretch
        self.visible = True
        self.drawn: tuple | None = None
        self.curves: list[tuple[pg.PlotCurveItem, int, str]] = []  # (curve, column, colour key)
        self.legend: pg.LabelItem | None = None
        self.titles: list[tuple[str, ...]] = []  # ways to write the axis title, preferred first
        self.title: tuple[str, ...] = ()  # the one shown (its lines)
        self.empty = None  # True while the row has nothing to show
        self.min_height = 0  # the least height the row needs besides its title
        #: the unit shown and how a stored value becomes it (shown = stored × scale + offset): a cell
        #: temperature row in °F (Preferences → Units) holds °C like the data (`CellRow.set_unit`)
        self.unit = spec.unit if spec is not None else ""
        self.scale = 1.0
        self.offset = 0.0
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.crosshair.setVisible(False)
        plot.addItem(self.crosshair, ignoreBounds=True)
        self.no_data = pg.TextItem(tr("No data yet"), anchor=(0.5, 0.5))
        self.no_data.setVisible(False)
        plot.addItem(self.no_data, ignoreBounds=True)
        plot.vb.sigResized.connect(lambda _vb: self.fit_title())

    # --- the menu entry and the axis title
    @property
    def menu_text(self) -> str:
        return tr(self.spec.menu) if self.spec is not None else tr(EVENTS_MENU)

    def set_titles(self, titles: list[str]) -> None:
        """Titles (translated), longest first. The row is never lower than its shortest way
        of writing the title, so a rotated title does not run into the next row (any language)."""
        self.titles = title_candidates(titles)
        metrics = QFontMetricsF(title_font())
        shortest = min(max(metrics.horizontalAdvance(line) for line in lines) for lines in self.titles)
        self.plot.setMinimumHeight(max(int(math.ceil(shortest)) + 2 * TITLE_MARGIN + 6, self.min_height))
        self.fit_title()

    def fit_title(self) -> None:
        """The preferred title that fits the row's height, measured in the title font (one line,
        then two lines); cut with "…" only if even that is too long."""
        if not self.titles:
            return
        axis = self.plot.getAxis("left")
        room = max(self.plot.vb.height(), axis.height()) - 2 * TITLE_MARGIN
        metrics = QFontMetricsF(title_font())

        def width(lines):
            return max(metrics.horizontalAdvance(line) for line in lines)

        chosen = next((lines for lines in self.titles if width(lines) <= room), None)
        if chosen is None:
            chosen = tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(room, 10))
                           for line in self.titles[-1])
        if chosen != self.title:
            self.title = chosen
            text = "<br>".join(html.escape(line) for line in chosen)
            axis.setLabel(f"<div align='center'>{text}</div>" if len(chosen) > 1 else text)
            axis.resizeEvent()  # pyqtgraph centres the label only on a resize

    # --- nothing to show
    def show_empty(self, empty: bool, x0: float, x1: float) -> None:
        """"No data yet" instead of a made-up 0…1 axis."""
        if empty:
            self.plot.vb.setYRange(0.0, 1.0, padding=0)
            self.no_data.setPos((x0 + x1) / 2, 0.5)
        if empty != self.empty:
            self.empty = empty
            self.no_data.setVisible(empty)
            axis = self.plot.getAxis("left")
            axis.setStyle(showValues=not empty)
            axis.setTicks([[], []] if empty else None)  # no tick marks on a made-up scale

    def set_y(self, extent: tuple[float, float] | None, locked: bool) -> None:
        if locked or extent is None or self.spec is None:
            return
        a, b = y_limits(extent[0], extent[1], self.spec.min_span * self.scale, self.spec.floor,
                        self.spec.ceiling)
        current = self.plot.vb.viewRange()[1]
        if abs(current[0] - a) > 1e-9 or abs(current[1] - b) > 1e-9:
            self.plot.vb.setYRange(a, b, padding=0)

    # --- theme
    def apply_theme(self, mode: str) -> None:
        for curve, _column, colour in self.curves:
            curve.setPen(pg.mkPen(series_colour(colour, mode), width=LINE_WIDTH))
        self.no_data.setColor(series_colour("no_data", mode))
        self.update_legend(mode)

    def update_legend(self, mode: str | None = None) -> None:
        if self.legend is None or self.spec is None:
            return
        entries = [(tr(s.name), series_colour(s.colour, mode)) for s in self.spec.series]
        self.legend.setText(legend_html(entries, mode))

    # --- drawing a line row
    def draw_lines(self, history: History | None, x0: float, x1: float, width: int, locked: bool) -> None:
        if history is None or len(history) == 0:
            for curve, _c, _k in self.curves:
                curve.setData([], [])
            self.show_empty(True, x0, x1)
            return
        self.show_empty(False, x0, x1)
        window = history.window(x0, x1, width)
        for curve, column, _k in self.curves:
            curve.setData(*peak_line(window, column))
        self.set_y(visible_extent(window, [c for _curve, c, _k in self.curves], x0, x1), locked)


def legend_html(entries: list[tuple[str, str]], mode: str | None = None, per_line: int = 1) -> str:
    """A legend as rich text: a coloured bar and a name per entry, `per_line` entries a line."""
    colours = theme.PLOT_COLOURS.get(mode or theme.effective_mode(), theme.PLOT_COLOURS["light"])
    text_colour = colours["foreground"]
    parts = [f"<span style='color:{colour}'>━━</span>&nbsp;{html.escape(name)}" for name, colour in entries]
    lines = ["&nbsp;&nbsp;".join(parts[i:i + per_line]) for i in range(0, len(parts), per_line)]
    return f"<span style='color:{text_colour}'>" + "<br>".join(lines) + "</span>"


def new_plot(on_user_moved, on_x_changed) -> pg.PlotItem:
    """A row's PlotItem: clock-time x axis, locale value axis, no menus; y is set by the page."""
    plot = pg.PlotItem(axisItems={"bottom": pg.DateAxisItem(orientation="bottom"),
                                  "left": LocaleAxis(orientation="left")})
    # Time grid only: pyqtgraph's horizontal grid lines cost ~20 ms a repaint over ten rows.
    plot.showGrid(x=True, y=False, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setClipToView(True)
    plot.setDownsampling(auto=True, mode="peak")
    plot.enableAutoRange(x=False, y=False)  # the page sets both ranges (x follows, y has minimum spans)
    font = axis_font()
    for name in ("left", "bottom"):
        plot.getAxis(name).setStyle(tickFont=font)
    plot.getAxis("left").label.setFont(title_font())
    plot.vb.sigRangeChangedManually.connect(on_user_moved)
    plot.vb.sigXRangeChanged.connect(on_x_changed)
    plot.vb.setMouseEnabled(x=True, y=False)
    return plot


def line_row(spec: RowSpec, on_user_moved, on_x_changed) -> PlotRow:
    plot = new_plot(on_user_moved, on_x_changed)
    row = PlotRow(spec.key, plot, spec.stretch, spec)
    for series in spec.series:
        pen = pg.mkPen(series_colour(series.colour), width=LINE_WIDTH)
        curve = pg.PlotCurveItem(pen=pen, connect="finite", name=tr(series.name))
        plot.addItem(curve)
        row.curves.append((curve, series.column, series.colour))
    if len(spec.series) > 1:
        row.legend = pg.LabelItem(justify="left", size="8pt")
        row.update_legend()
    row.set_titles([title_text(word, spec.unit) for word in spec.titles])
    return row


class CellRow(PlotRow):
    """Every cell’s voltage or temperature: a heat map (time × cell, colour = value), one line
    per cell, or a few chosen cells in colour."""

    def __init__(self, spec: RowSpec, on_user_moved, on_x_changed) -> None:
        plot = new_plot(on_user_moved, on_x_changed)
        super().__init__(spec.key, plot, spec.stretch, spec)
        self.min_height = int(QFontMetricsF(axis_font()).height() * 3.5)  # cell numbers stay readable
        self.image = pg.ImageItem(axisOrder="col-major")
        plot.addItem(self.image)
        # in the layout's second column (not inside the plot), so every plot keeps the same
        # width and the time axes line up; its ticks carry the unit
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=12)
        self.colorbar.setImageItem(self.image)
        self.colorbar.axis.tickStrings = lambda values, scale, step: locale_ticks(values, scale, step,
                                                                                  self.unit)
        self.colorbar.axis.setStyle(tickFont=axis_font(), maxTextLevel=0)
        self._size_colorbar()
        self.all_lines = pg.PlotCurveItem(pen=pg.mkPen(series_colour("cells"), width=1), connect="finite")
        plot.addItem(self.all_lines)
        self.chosen: list[pg.PlotCurveItem] = []
        for i in range(MAX_CHOSEN_CELLS):
            curve = pg.PlotCurveItem(pen=pg.mkPen(chosen_colour(i), width=LINE_WIDTH), connect="finite")
            plot.addItem(curve)
            self.chosen.append(curve)
        self.chosen_legend = pg.LabelItem(justify="left", size="8pt")
        self.extra: list[tuple[pg.PlotCurveItem, str]] = []  # (curve, colour key)
        if spec.key == "cell_temps":
            # the T record's extremes: known even before every cell has reported
            for colour in ("lowest", "highest"):
                pen = pg.mkPen(series_colour(colour), width=1, style=Qt.PenStyle.DashLine)
                curve = pg.PlotCurveItem(pen=pen, connect="finite")
                plot.addItem(curve)
                self.extra.append((curve, colour))
        self.mode = ""
        self.chosen_cells: list[int] = []

    def _size_colorbar(self) -> None:
        metrics = QFontMetricsF(axis_font())
        widest = metrics.horizontalAdvance(f"-8{i18n.format_number(8.888, 3)} {self.unit}")
        self.colorbar.axis.setWidth(int(widest) + 8)

    def set_unit(self, unit: str, scale: float = 1.0, offset: float = 0.0) -> None:
        """Show the values in `unit`: shown = stored × `scale` + `offset` (°F of the stored °C: 1.8,
        32). The titles, the colour scale's ticks, the lines and the heat map follow; a locked range
        (Lock Y) is kept, converted."""
        if (unit, scale, offset) == (self.unit, self.scale, self.offset):
            return

        def convert(value: float) -> float:
            return (value - self.offset) / self.scale * scale + offset

        levels = self.colorbar.levels()
        y0, y1 = self.plot.vb.viewRange()[1]
        self.unit, self.scale, self.offset = unit, scale, offset
        if levels is not None:
            self.colorbar.setLevels((convert(levels[0]), convert(levels[1])))
        if self.mode != "heat" and not self.empty:
            self.plot.vb.setYRange(convert(y0), convert(y1), padding=0)
        self._size_colorbar()
        self.set_mode(self.mode, self.chosen_cells)  # the titles
        self.drawn = None

    def _shown(self, values):
        """Stored values (an array, or the (x, y) of a line) in the shown unit."""
        if self.scale == 1.0 and self.offset == 0.0:
            return values
        if isinstance(values, tuple):
            x, y = values
            return x, np.asarray(y) * self.scale + self.offset
        return np.asarray(values) * self.scale + self.offset

    def _shown_extent(self, extent: tuple[float, float] | None) -> tuple[float, float] | None:
        if extent is None:
            return None
        return extent[0] * self.scale + self.offset, extent[1] * self.scale + self.offset

    def side_item(self):
        """What goes beside the plot: the colour scale (heat map) or the chosen cells' colours."""
        if self.mode == "heat":
            return self.colorbar
        if self.mode == "chosen":
            return self.chosen_legend
        return None

    def set_mode(self, mode: str, chosen_cells: list[int]) -> None:
        self.mode = mode
        self.chosen_cells = list(chosen_cells)
        self.image.setVisible(mode == "heat")
        self.colorbar.setVisible(mode == "heat")
        self.all_lines.setVisible(mode == "lines")
        for curve in self.chosen:
            curve.setVisible(mode == "chosen")
            curve.setData([], [])
        spec = self.spec
        if mode == "heat":  # rows are cells, the colour is the value
            self.set_titles([tr("{unit} by cell").format(unit=self.unit), self.unit])
        else:
            self.set_titles([title_text(word, self.unit) for word in spec.titles])  # type: ignore[union-attr]
        self.update_legend()

    def update_legend(self, mode: str | None = None) -> None:
        cells = self.chosen_cells[:MAX_CHOSEN_CELLS]
        entries = [(f"#{cell}", chosen_colour(i, mode)) for i, cell in enumerate(cells)]
        self.chosen_legend.setText(legend_html(entries, mode, per_line=3) if entries else "")

    def apply_theme(self, mode: str) -> None:
        self.no_data.setColor(series_colour("no_data", mode))
        self.all_lines.setPen(pg.mkPen(series_colour("cells", mode), width=1))
        for i, curve in enumerate(self.chosen):
            curve.setPen(pg.mkPen(chosen_colour(i, mode), width=LINE_WIDTH))
        for curve, colour in self.extra:
            curve.setPen(pg.mkPen(series_colour(colour, mode), width=1, style=Qt.PenStyle.DashLine))
        self.update_legend(mode)

    def draw(self, history: History | None, temps: History | None, x0: float, x1: float, width: int,
             locked: bool) -> None:
        extent: list[tuple[float, float]] = []
        for (curve, _colour), column in zip(self.extra, (0, 1)):
            if self.mode == "heat" or temps is None or len(temps) == 0:
                curve.setData([], [])
            else:
                window = temps.window(x0, x1, width)
                curve.setData(*self._shown(peak_line(window, column)))
                found = self._shown_extent(visible_extent(window, [column], x0, x1))
                if found:
                    extent.append(found)
        if history is None or len(history) == 0:
            self.image.clear()
            self.all_lines.setData([], [])
            for curve in self.chosen:
                curve.setData([], [])
            self.colorbar.setVisible(False)
            self.show_empty(not extent, x0, x1)
            if extent:
                self.set_y((min(e[0] for e in extent), max(e[1] for e in extent)), locked)
            return
        self.show_empty(False, x0, x1)
        if self.mode == "heat":
            self._draw_heat(history, x0, x1, width, locked)
            return
        if self.mode == "lines":
            window = history.window(x0, x1, max(width // 2, 100))
            columns = range(history.columns)
            self.all_lines.setData(*self._shown(peak_lines(window, columns)))
        else:
            window = history.window(x0, x1, width)
            columns = [c - 1 for c in self.chosen_cells if c <= history.columns]
            for i, curve in enumerate(self.chosen):
                if i < len(self.chosen_cells) and self.chosen_cells[i] <= history.columns:
                    curve.setData(*self._shown(peak_line(window, self.chosen_cells[i] - 1)))
                else:
                    curve.setData([], [])
        found = self._shown_extent(visible_extent(window, columns, x0, x1)) if len(columns) else None
        if found:
            extent.append(found)
        if extent:
            self.set_y((min(e[0] for e in extent), max(e[1] for e in extent)), locked)

    def _draw_heat(self, history: History, x0: float, x1: float, width: int, locked: bool) -> None:
        """Every cell at its true time: the rows are resampled onto a regular time grid.

        Rows of the finest level hold each cell's latest value: they are drawn from their own time
        on, in columns as fine as HEAT_FINEST_S (never ahead of the data, never past the newest).
        Coarser rows hold a bucket's extremes: they fill their bucket's column."""
        window = history.window(x0, x1, width)
        res = min(window.res, HEAT_FINEST_S) if window.hi is window.lo else window.res
        step = grid_step(res, x1 - x0, width)
        t0, image = heat_grid(window, x0, x1, step, max(HEAT_MAX_AGE_S, 2 * step))
        image = self._shown(image)
        finite = image[np.isfinite(image)]
        if self.plot.vb.viewRange()[1] != [0.5, history.columns + 0.5]:
            self.plot.vb.setYRange(0.5, history.columns + 0.5, padding=0)
        if len(finite) == 0:
            self.image.clear()
            self.colorbar.setVisible(False)
            return
        self.colorbar.setVisible(True)
        if not locked or self.colorbar.levels() is None:
            lo, hi = y_limits(float(finite.min()), float(finite.max()), self.spec.min_span * self.scale,  # type: ignore[union-attr]
                              pad=0.0)
            self.colorbar.setLevels((lo, hi))
        self.image.setImage(image, autoLevels=False, levels=self.colorbar.levels())
        self.image.setRect(QRectF(t0, 0.5, image.shape[0] * step, history.columns))
