"""The History page: what the battery itself remembers — its cell event log and its 7-day SoC history.

The BMS keeps the last ten cell events (a cell too low or too high, too cold or too hot, a broken
cell-board link) and one SoC value per hour for a week (docs/protocol.md §3.4). Nothing of it is in
the live stream: "Read from battery" asks for it (about 25 requests, a few seconds, the live values
pause meanwhile) through `DeviceBridge.read_history`, which never blocks the window. The log shows as
a table (when, how long ago, what, the value, which cell), the history as hourly bars with day marks;
hours the battery has no value for are gaps, hours that could not be read are hatched. "Export
CSV…" writes both to one file, all or nothing (`device/history.py` makes the text).

Over the USB serial cable, or without a connection, the button is disabled and the page says why.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import time
import weakref
from datetime import datetime

from smartbms_gui import qt_env

qt_env.prepare()

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import files, i18n
from smartbms_gui.device import history
from smartbms_gui.device.history import CellLog, CellLogEvent, HistoryRead, SocHistory
from smartbms_gui.protocol.ascii_records import LogEvent
from smartbms_gui.views import theme
from smartbms_gui.views.plot_rows import series_colour

CONTEXT = "HistoryPage"
HOUR_S = 3600.0
BAR_WIDTH_H = 0.8  # of an hour: a thin gap between neighbouring bars
COLUMNS = ("when", "ago", "event", "value", "cell")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def event_words(event: LogEvent | None, code: int) -> tuple[str, str]:
    """(the event in words, what it means) — the one table of the log's event types."""
    if event is LogEvent.VOLTAGE_LOW:
        return tr("V low"), tr("A cell fell below V min: the load relay opens (Vl light).")
    if event is LogEvent.VOLTAGE_HIGH:
        return tr("V high"), tr("A cell rose above V max: the charge relay opens (Vh light).")
    if event is LogEvent.TEMPERATURE_LOW_CHARGE:
        return tr("T low (charge)"), tr("A cell was colder than T min for charging (Tl light).")
    if event is LogEvent.TEMPERATURE_HIGH:
        return tr("T high"), tr("A cell was hotter than T max: both relays open (Th light).")
    if event is LogEvent.COMMUNICATION:
        return tr("Communication"), tr("The cell-board chain was broken from this cell on (E light).")
    if event is LogEvent.TEMPERATURE_LOW_DISCHARGE:
        return tr("T low (discharge)"), tr("A cell was colder than T min for discharging (Tl light).")
    return tr("Unknown event ({0})").format(code), tr("An event type this app does not know.")


def problem_text(problem: history.BlockProblem) -> str:
    """One line per record that could not be read, in the user's language (the detail as tooltip)."""
    reasons = {
        "unanswered": tr("no answer"),
        "damaged": tr("arrived damaged (checksum)"),
        "refused": tr("refused (KO)"),
        "not_allowed": tr("not allowed (NA)"),
        "not_understood": tr("not understood (WRONG)"),
        "link": tr("the link dropped"),
        "not_asked": tr("not asked for: the battery stopped answering"),
    }
    if problem.code == "new_hour":
        return tr("The battery began a new hour during the read: {0} h not known. Read again.").format(
            problem.count)
    if problem.code == "not_percent":
        return tr("{0} values were not a percentage: shown as gaps.").format(problem.count)
    return tr("{0} not read: {1}").format(problem.record, reasons.get(problem.code, problem.code))


def ago_text(seconds: float) -> str:
    """"12 min ago", "5 h ago", "4 days ago" (numbers in the user's format)."""
    if seconds < HOUR_S:
        return tr("{0} min ago").format(i18n.format_number(max(0, seconds // 60), 0))
    if seconds < 72 * HOUR_S:
        return tr("{0} h ago").format(i18n.format_number(seconds // HOUR_S, 0))
    return tr("{0} days ago").format(i18n.format_number(seconds // (24 * HOUR_S), 0))


def local_time_text(at: datetime | None, fmt=QLocale.FormatType.ShortFormat) -> str:
    if at is None:
        return tr("time unknown")
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at.timestamp())), fmt)


def value_text(event: CellLogEvent) -> str:
    if event.value is None:
        return "—"
    return i18n.format_quantity(event.value, event.unit, 3 if event.unit == "V" else 1)


# ------------------------------------------------------------------------------------- the chart


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
        self.setYRange(-4, 104, padding=0)  # room for the 0 % and 100 % labels
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        self.history: SocHistory | None = None
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
        separator = pg.mkPen(theme.PLOT_COLOURS[mode]["foreground"], width=1, style=Qt.PenStyle.DotLine)
        for x in midnights(xs[0], xs[-1]):
            self._add(pg.InfiniteLine(pos=x - 0.5, angle=90, pen=separator))  # between 23:00 and 00:00
        self.setXRange(xs[0] - 0.5, xs[-1] + 0.5, padding=0.005)

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
        when = local_time_text(hour.at)
        if not hour.read:
            text = tr("{0}: not read").format(when)
        elif hour.soc_pct is None:
            text = tr("{0}: no value").format(when)
        else:
            text = tr("{0}: {1}").format(when, i18n.format_quantity(hour.soc_pct, "%", 0))
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(pos)), text, self)


# ------------------------------------------------------------------------------------- the page


class LogTable(QTableWidget):
    """Wants the height of all its rows (at most the ten slots); on a short screen it gives way down to
    four rows and scrolls, so the chart keeps its room."""

    MIN_ROWS = 4

    def rows_height(self, rows: int) -> int:
        rows_px = rows * self.verticalHeader().defaultSectionSize()
        return self.horizontalHeader().sizeHint().height() + rows_px + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.rows_height(max(2, min(history.LOG_SLOTS, self.rowCount()))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.rows_height(max(2, min(self.MIN_ROWS, self.rowCount()))))


class HistoryPage(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.cell_log: CellLog | None = None
        self.soc_history: SocHistory | None = None
        self.reading = False
        self._session: weakref.ref | None = None  # the connection the results came from
        self._file_dialog: QFileDialog | None = None

        self.read_button = QPushButton(self.tr("Read from battery"))
        self.read_button.setObjectName("readHistory")
        self.read_button.clicked.connect(self.read)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")  # records read of all
        self.progress.setMinimumWidth(160)
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportHistory")
        self.export_button.setToolTip(self.tr("Save the cell log and the SoC history to one CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        self.table = LogTable(0, len(COLUMNS))
        self.table.setObjectName("cellLog")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("event"), QHeaderView.ResizeMode.Stretch)
        self.log_note = QLabel()
        self.log_note.setWordWrap(True)
        self.log_problems = QLabel()
        self.log_problems.setWordWrap(True)
        self.log_box = QGroupBox()
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(self.table, 1)
        log_layout.addWidget(self.log_note)
        log_layout.addWidget(self.log_problems)

        self.chart = SocChart()
        self.chart.setObjectName("socHistory")
        self.soc_note = QLabel()
        self.soc_note.setWordWrap(True)
        self.soc_problems = QLabel()
        self.soc_problems.setWordWrap(True)
        self.soc_box = QGroupBox()
        soc_layout = QVBoxLayout(self.soc_box)
        soc_layout.addWidget(self.chart, 1)
        soc_layout.addWidget(self.soc_note)
        soc_layout.addWidget(self.soc_problems)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.log_box)
        layout.addWidget(self.soc_box, 1)

        self._ago_timer = QTimer(self)  # "n h ago" keeps counting while the page is open
        self._ago_timer.setInterval(60_000)
        self._ago_timer.timeout.connect(self._fill_table)

        bridge.stateChanged.connect(self._on_state)
        bridge.historyProgress.connect(self._on_progress)
        bridge.historyFinished.connect(self._on_finished)
        theme.theme_changed().connect(self._apply_theme)
        self._retranslate()
        self._show_all()

    # -- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        """Ask the battery for its log and history; the page follows the progress and the result."""
        if self.reading or self.bridge.history_unavailable() is not None:
            self._update_controls()
            return
        self.reading = True
        self.progress.setRange(0, len(history.LOG_RECORDS) + len(history.HISTORY_RECORDS))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reading the log and the history… The live values pause meanwhile."))
        self._session = weakref.ref(self.bridge.session) if self.bridge.session is not None else None
        self._update_controls()
        self.bridge.read_history()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, result: HistoryRead) -> None:
        self.reading = False
        self.progress.hide()
        if result.error is not None:
            self.status.setText(self._error_text(result.error))
            self.status.setToolTip(i18n.translate_message(result.error))
        else:
            self.cell_log, self.soc_history = result.cell_log, result.soc_history
            self.status.setToolTip("")
        self._show_all()
        self._update_controls()

    def _error_text(self, error) -> str:
        if isinstance(error, history.HistoryNotAvailable):
            return self.bridge.history_unavailable() or i18n.translate_message(error)
        problem = history.BlockProblem("", error)
        reasons = {"unanswered": self.tr("Nothing read: the battery did not answer. Check that it is in "
                                         "range and try again."),
                   "link": self.tr("Nothing read: the link dropped. Connect again and try again."),
                   "refused": self.tr("Nothing read: the battery refused (KO)."),
                   "not_allowed": self.tr("Nothing read: not allowed (NA). Reconnect with the right PIN."),
                   "damaged": self.tr("Nothing read: every answer arrived damaged. Try again."),
                   "not_understood": self.tr("Nothing read: the battery did not understand the request "
                                             "(WRONG). Its firmware may not keep a log.")}
        return reasons.get(problem.code, i18n.translate_message(error))

    def _on_state(self, _state) -> None:
        session = self.bridge.session
        if self._session is not None and self._session() is not session and session is not None:
            # another connection (perhaps another battery): what was read belongs to the old one
            self.cell_log = self.soc_history = None
            self._session = None
            self._show_all()
        self._update_controls()

    def _update_controls(self) -> None:
        reason = self.bridge.history_unavailable()
        self.read_button.setEnabled(reason is None and not self.reading)
        self.read_button.setToolTip(reason or self.tr("Ask the battery for its cell log and its SoC of the "
                                                      "last 7 days (a few seconds)"))
        has_data = self.cell_log is not None or self.soc_history is not None
        self.export_button.setEnabled(has_data and not self.reading)
        if not has_data and not self.reading:
            self.export_button.setToolTip(self.tr("Nothing to export yet: read from the battery first."))
        else:
            self.export_button.setToolTip(self.tr("Save the cell log and the SoC history to one CSV file"))
        if not self.reading and reason is not None:
            self.status.setText(reason)
        elif not self.reading:
            self.status.setText(self._read_text())

    def _read_text(self) -> str:
        source = self.cell_log or self.soc_history
        if source is None:
            return self.tr("The battery keeps its last ten cell events and its SoC of the last 7 days. "
                           "Press \"Read from battery\" to see them.")
        return self.tr("Read from the battery at {0}.").format(local_time_text(source.read_at))

    # -- showing ----------------------------------------------------------------------------------

    def _show_all(self) -> None:
        self._fill_table()
        log = self.cell_log
        if log is None:
            self.log_note.setText(self.tr("Not read yet."))
        elif not log.events and any(p.record.startswith("L") for p in log.problems):
            unread = sum(p.record.startswith("L") for p in log.problems)
            self.log_note.setText(self.tr("No events in the slots read; {0} of 10 could not be read.").format(
                unread))
        elif not log.events:
            self.log_note.setText(self.tr("The log is empty: no cell events recorded."))
        else:
            self.log_note.setText(self.tr("{0} events, newest first; {1} of 10 slots empty.").format(
                len(log.events), len(log.empty_slots)))
        self._show_problems(self.log_problems, log.problems if log else ())
        self.chart.show_history(self.soc_history)
        soc = self.soc_history
        if soc is None:
            self.soc_note.setText(self.tr("Not read yet."))
        else:
            clock = (self.tr("the battery's clock") if soc.clock == "battery"
                     else self.tr("this computer's clock"))
            gaps = sum(1 for h in soc.hours if h.read and h.soc_pct is None)
            text = self.tr("One bar per hour, newest on the right (hours by {0}). {1} hours without a value "
                           "are gaps.").format(clock, i18n.format_number(gaps, 0))
            if not all(h.read for h in soc.hours):
                text += " " + self.tr("Hatched: not read.")
            self.soc_note.setText(text)
        self._show_problems(self.soc_problems, soc.problems if soc else ())
        if log is not None and log.events:
            self._ago_timer.start()
        else:
            self._ago_timer.stop()

    def _show_problems(self, label: QLabel, problems) -> None:
        label.setVisible(bool(problems))
        if not problems:
            return
        style = theme.WARNING_STYLE
        colour = style.colour
        lines = [problem_text(p) for p in problems[:6]]
        if len(problems) > 6:
            lines.append(self.tr("… and {0} more").format(len(problems) - 6))
        label.setText("\n".join(f"{style.symbol} {line}" for line in lines))
        label.setStyleSheet(f"color: {colour};")
        label.setToolTip("\n".join(f"{p.record}: {i18n.translate_message(p.message)}" for p in problems))

    def _fill_table(self) -> None:
        log = self.cell_log
        events = log.events if log is not None else ()
        self.table.setRowCount(len(events))
        self.table.updateGeometry()  # its size hint follows the rows
        now = time.time()
        for row, event in enumerate(events):
            words, meaning = event_words(event.event, event.code)
            ago = ago_text(now - event.at.timestamp()) if event.at is not None else "—"
            cells = (local_time_text(event.at), ago, words, value_text(event),
                     "—" if event.cell is None else i18n.format_number(event.cell, 0))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setToolTip(meaning)
                if column == 0 and event.at is None:
                    item.setToolTip(self.tr("The battery gave no time for this event (or one after its "
                                            "clock's now, as after a restart)."))
                self.table.setItem(row, column, item)

    # -- export -----------------------------------------------------------------------------------

    def export_csv(self) -> None:
        if self.cell_log is None and self.soc_history is None:
            self.status.setText(self.tr("Nothing to export yet: read from the battery first."))
            return
        dialog = QFileDialog(self, self.tr("Export the log and the history"), "smartbms-history.csv",
                             self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_to_path)
        dialog.open()
        self._file_dialog = dialog

    def export_to_path(self, path: str) -> bool:
        """Write both to `path`, all or nothing; the status line says what happened."""
        try:
            files.write_text(path, history.csv_text(self.cell_log, self.soc_history))
        except OSError as exc:
            self.status.setText(self.tr("Not exported: {0}").format(
                i18n.translate_message(files.describe_write_error(exc, path))))
            return False
        self.status.setText(self.tr("Exported to {0}").format(path))
        return True

    # -- language and theme -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.log_box.setTitle(self.tr("Cell log (the battery's last ten events)"))
        self.soc_box.setTitle(self.tr("State of charge, last 7 days"))
        self.table.setAccessibleName(self.log_box.title())  # screen readers: what the table and chart are
        self.chart.setAccessibleName(self.soc_box.title())
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Ago"), self.tr("Event"),
                                              self.tr("Value"), self.tr("Cell")])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.read_button.setText(self.tr("Read from battery"))
            self.export_button.setText(self.tr("Export CSV…"))
            self._retranslate()
            self._show_all()
            self._update_controls()
        super().changeEvent(event)

    def _apply_theme(self, mode: str) -> None:
        self.chart.apply_theme(mode)
        self._show_all()

    def showEvent(self, event) -> None:  # noqa: N802
        self._update_controls()
        super().showEvent(event)
