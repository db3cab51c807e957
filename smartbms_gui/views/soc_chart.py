"""The 168 hours of SoC the battery keeps, as a chart: a bar per hour (its value at the hour's end),
dotted lines at local midnight, each day's lowest and highest value (dashed lines and "23–95 %" above
the day), gaps for hours without a value, hatched bars for hours not read, hover for the hour."""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import time

from smartbms_gui import qt_env

qt_env.prepare()

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QToolTip, QWidget

from smartbms_gui.device.history import SocHistory
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.history_texts import HOUR_S, tr, tr_events
from smartbms_gui.views.plot_rows import series_colour

BAR_WIDTH_H = 0.8  # of an hour: a thin gap between neighbouring bars
LABEL_Y = 111.0  # the days' min/max labels, above the 100 % line
TOP_Y = 118.0


def day_ranges(soc: SocHistory) -> list[tuple[float, float, int, int]]:
    """(first hour, last hour, lowest %, highest %) per local day with values; hours since 1970, by the
    hour's end as the bars are placed."""
    days: dict = {}
    for hour in soc.hours:
        if hour.soc_pct is None or not hour.read:
            continue
        x = hour.at.timestamp() / HOUR_S
        day = QDateTime.fromSecsSinceEpoch(int(hour.at.timestamp() - 1)).date()  # 00:00 ends the day before
        first, last, low, high = days.get(day, (x, x, hour.soc_pct, hour.soc_pct))
        days[day] = (min(first, x), max(last, x), min(low, hour.soc_pct), max(high, hour.soc_pct))
    return [days[d] for d in sorted(days, key=lambda d: d.toJulianDay())]


def midnights(first_h: float, last_h: float) -> list[float]:
    """Local midnights between two times (hours since 1970): where one day ends and the next begins."""
    out = []
    t = QDateTime(QDateTime.fromSecsSinceEpoch(int(first_h * HOUR_S)).date(), QTime(0, 0))
    while t.toSecsSinceEpoch() / HOUR_S <= last_h:
        x = t.toSecsSinceEpoch() / HOUR_S
        if x >= first_h:
            out.append(x)
        t = t.addDays(1)
    return out


class DayAxis(pg.AxisItem):
    """The x axis in hours since 1970 (local time): each day's name under its middle, a tick every
    6 hours (the chart draws the midnights as dotted lines)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph's names)
        days, quarters = [], []
        for midnight in midnights(minVal - 24, maxVal):
            for q in range(4):
                x = midnight + 6 * q
                if minVal <= x <= maxVal:
                    quarters.append(x)
            if minVal <= midnight + 12 <= maxVal:
                days.append(midnight + 12)
        return [(24.0, days), (6.0, quarters)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        if spacing < 24.0:
            return ["" for _ in values]
        locale = QLocale()
        out = []
        for x in values:
            stamp = QDateTime.fromSecsSinceEpoch(int(round(x * HOUR_S)))
            out.append(f"{locale.dayName(stamp.date().dayOfWeek(), QLocale.FormatType.ShortFormat)} "
                       f"{locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)}")
        return out


class PercentAxis(pg.AxisItem):
    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803
        return [(25.0, [v for v in (0.0, 25.0, 50.0, 75.0, 100.0) if minVal - 1 <= v <= maxVal + 1])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [i18n.format_quantity(v, "%", 0) for v in values]


class SocChart(pg.PlotWidget):
    """168 hourly bars; gaps for "no value", hatched bars for hours not read; day separators."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": DayAxis("bottom"), "left": PercentAxis("left")})
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setYRange(-4, TOP_Y, padding=0)  # room for the 0 % and 100 % labels and the days' min/max
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        self.history: SocHistory | None = None
        self.day_ranges: list[tuple[float, float, int, int]] = []
        self._items: list = []
        self.setMinimumHeight(160)
        self.scene().sigMouseMoved.connect(self._hover)
        self.apply_theme(theme.effective_mode())

    def apply_theme(self, mode: str) -> None:
        colours = theme.PLOT_COLOURS.get(mode, theme.PLOT_COLOURS["light"])
        self.setBackground(colours["background"])
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(colours["foreground"])
            axis.setTextPen(colours["foreground"])
        self.show_history(self.history)

    def show_history(self, soc: SocHistory | None) -> None:
        self.history = soc
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items.clear()
        mode = theme.effective_mode()
        self.day_ranges = []
        if soc is None or soc.newest_at is None:
            now_h = time.time() / HOUR_S
            self.setXRange(now_h - 168, now_h, padding=0)
            hint = pg.TextItem(tr("Not read yet"), color=theme.PLOT_COLOURS[mode]["foreground"],
                               anchor=(0.5, 0.5))
            hint.setPos(now_h - 84, 50)
            self._add(hint)
            return
        xs = [h.at.timestamp() / HOUR_S for h in soc.hours]
        with_value = [(x, h.soc_pct) for x, h in zip(xs, soc.hours) if h.soc_pct is not None]
        if with_value:
            colour = series_colour("soc", mode)
            bars = pg.BarGraphItem(x=[x for x, _ in with_value], height=[v for _, v in with_value],
                                   width=BAR_WIDTH_H, brush=colour, pen=pg.mkPen(None))
            self._add(bars)
        unread = [x for x, h in zip(xs, soc.hours) if not h.read]
        if unread:
            grey = QColor(series_colour("no_data", mode))
            brush = QBrush(grey, Qt.BrushStyle.BDiagPattern)
            self._add(pg.BarGraphItem(x=unread, height=[100] * len(unread), width=1.0, brush=brush,
                                      pen=pg.mkPen(None)))
        foreground = theme.PLOT_COLOURS[mode]["foreground"]
        separator = pg.mkPen(foreground, width=1, style=Qt.PenStyle.DotLine)
        for x in midnights(xs[0], xs[-1]):
            # a bar stands at its hour's end: the 00:00 bar closes the day before, the 01:00 bar opens the day
            self._add(pg.InfiniteLine(pos=x + 0.5, angle=90, pen=separator))
        self._show_day_ranges(soc, xs, foreground)
        self.setXRange(xs[0] - 0.5, xs[-1] + 0.5, padding=0.005)

    def _show_day_ranges(self, soc: SocHistory, xs: list[float], foreground: str) -> None:
        """Each day's lowest and highest SoC: dashed lines over the day and "23–95 %" above it."""
        self.day_ranges = day_ranges(soc)
        pen = pg.mkPen(foreground, width=1, style=Qt.PenStyle.DashLine)
        for first, last, low, high in self.day_ranges:
            for level in {low, high}:
                self._add(pg.PlotCurveItem([first - 0.4, last + 0.4], [level, level], pen=pen))
            if last - first >= 9:  # a day with room for its label
                label = pg.TextItem(tr_events("{0}–{1}").format(
                    i18n.format_number(low, 0), i18n.format_quantity(high, "%", 0)),
                    color=foreground, anchor=(0.5, 0.5))
                label.setPos((first + last) / 2, LABEL_Y)
                self._add(label)

    def sizeHint(self) -> QSize:  # noqa: N802
        # modest: the log above gets its rows first, the chart takes whatever height is left
        return QSize(super().sizeHint().width(), 200)

    def _add(self, item) -> None:
        self.getPlotItem().addItem(item)
        self._items.append(item)

    def hour_at(self, x: float):
        """The hour under x (hours since 1970), or None."""
        soc = self.history
        if soc is None or soc.newest_at is None:
            return None
        first = soc.hours[0].at.timestamp() / HOUR_S
        index = int(round(x - first))
        return soc.hours[index] if 0 <= index < len(soc.hours) else None

    def _hover(self, pos) -> None:
        if not self.sceneBoundingRect().contains(pos):
            return
        point = self.getPlotItem().vb.mapSceneToView(pos)
        hour = self.hour_at(point.x())
        if hour is None:
            self.setToolTip("")
            return
        start = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(hour.at.timestamp() - HOUR_S)),
                                   QLocale.FormatType.ShortFormat)
        end = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(hour.at.timestamp())).time(),
                                 QLocale.FormatType.ShortFormat)
        when = tr_events("{0}–{1}").format(start, end)
        if not hour.read:
            text = tr("{0}: not read").format(when)
        elif hour.soc_pct is None:
            text = tr("{0}: no value").format(when)
        else:
            text = tr("{0}: {1}").format(when, i18n.format_quantity(hour.soc_pct, "%", 0))
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(pos)), text, self)
