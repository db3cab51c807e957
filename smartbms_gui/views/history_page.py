"""The History page: the state of charge of every hour of the last week, as the battery keeps it.

The BMS keeps one SoC value per hour for 168 hours (docs/protocol.md §3.4). The window reads it by
itself after connecting (`DeviceBridge.history_reader`, between the keep-alives: the live values go
on) and again on "Read from battery". The chart (`soc_chart.py`) has a bar per hour, dotted lines at
midnight, each day's lowest and highest value, and the hour under the mouse. "Export CSV…" writes the
history and the cell log to one file, all or nothing (`device/history.py` makes the text). The cell
log itself is on the Events page.

Over the USB serial cable, or without a connection, the button is disabled and the page says why.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import files, i18n
from smartbms_gui.device import history
from smartbms_gui.device.history import CellLog, HistoryRead, SocHistory
from smartbms_gui.views import theme
from smartbms_gui.views.history_texts import error_text, local_time_text, problem_text
from smartbms_gui.views.soc_chart import BAR_WIDTH_H, SocChart, midnights  # noqa: F401 (re-exported)
from smartbms_gui.views.widgets.status_mark import StatusMark, wrapping_mark


class HistoryPage(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.cell_log: CellLog | None = None
        self.soc_history: SocHistory | None = None
        self.reading = False
        self.not_available: str | None = None  # "not available on this BMS", once the battery said so
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
        self.export_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        self.chart = SocChart()
        self.chart.setObjectName("socHistory")
        self.soc_note = QLabel()
        self.soc_note.setWordWrap(True)
        self.soc_problems = wrapping_mark()  # the warning icon is an SVG (fonts lack ⚠)
        self.soc_box = QGroupBox()
        soc_layout = QVBoxLayout(self.soc_box)
        soc_layout.addWidget(self.chart, 1)
        soc_layout.addWidget(self.soc_note)
        soc_layout.addWidget(self.soc_problems)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.soc_box, 1)

        bridge.stateChanged.connect(self._on_state)
        bridge.historyStarted.connect(self._on_started)
        bridge.historyProgress.connect(self._on_progress)
        bridge.historyFinished.connect(self._on_finished)
        theme.theme_changed().connect(self._apply_theme)
        reader = getattr(bridge, "history_reader", None)
        if reader is not None:  # a page made while connected starts from what was read
            self.cell_log, self.soc_history = reader.cell_log, reader.soc_history
        self._retranslate()
        self._show_all()

    # -- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        """Ask the battery for its log and history again; the page follows the progress and the result."""
        if self.reading or self.bridge.history_unavailable() is not None:
            self._update_controls()
            return
        self._on_started()
        self.bridge.read_history()

    def _on_started(self) -> None:
        self.reading = True
        self.progress.setRange(0, len(history.LOG_RECORDS) + len(history.HISTORY_RECORDS))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reading the log and the history…"))
        self._session = weakref.ref(self.bridge.session) if self.bridge.session is not None else None
        self._update_controls()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, result: HistoryRead) -> None:
        reader = self.bridge.history_reader
        self.reading = reader is not None and reader.more_queued
        self.progress.setVisible(self.reading)
        self.not_available = None
        if result.error is not None:
            text = error_text(result.error)
            if self.bridge.not_on_this_bms(result.error):
                self.not_available = text
            elif isinstance(result.error, history.HistoryNotAvailable):
                text = self.bridge.history_unavailable() or text
            self.status.setText(text)
            self.status.setToolTip(i18n.translate_message(result.error))
        else:
            if result.cell_log is not None:
                self.cell_log = result.cell_log
            if result.soc_history is not None:
                self.soc_history = result.soc_history
            self.status.setToolTip("")
        self._show_all()
        self._update_controls(keep_status=result.error is not None)

    def _on_state(self, _state) -> None:
        session = self.bridge.session
        if self._session is not None and self._session() is not session and session is not None:
            # another connection (perhaps another battery): what was read belongs to the old one
            self.cell_log = self.soc_history = None
            self.not_available = None
            self._session = None
            self._show_all()
        if self.reading and (session is None or self.bridge.history_reader is None
                             or not self.bridge.history_reader.busy):
            self.reading = False
            self.progress.hide()
        self._update_controls()

    def _update_controls(self, keep_status: bool = False) -> None:
        reason = self.bridge.history_unavailable()
        self.read_button.setEnabled(reason is None and not self.reading)
        self.read_button.setToolTip(reason or self.tr("Ask the battery for its cell log and its SoC of the "
                                                      "last 7 days again (a few seconds)"))
        has_data = self.cell_log is not None or self.soc_history is not None
        self.export_button.setEnabled(has_data and not self.reading)
        if not has_data and not self.reading:
            self.export_button.setToolTip(self.tr("Nothing to export yet: read from the battery first."))
        else:
            self.export_button.setToolTip(self.tr("Save the cell log and the SoC history to one CSV file"))
        if keep_status or self.reading:
            return
        if reason is not None:
            self.status.setText(reason)
        elif self.not_available:
            self.status.setText(self.not_available)
        else:
            self.status.setText(self._read_text())

    def _read_text(self) -> str:
        source = self.soc_history or self.cell_log
        if source is None:
            return self.tr("The battery keeps its SoC of every hour of the last 7 days. It is read after "
                           "connecting.")
        return self.tr("Read from the battery at {0}.").format(local_time_text(source.read_at))

    # -- showing ----------------------------------------------------------------------------------

    def _show_all(self) -> None:
        self.chart.show_history(self.soc_history)
        soc = self.soc_history
        if soc is None:
            self.soc_note.setText(self.tr("Not read yet."))
        else:
            clock = (self.tr("the battery's clock") if soc.clock == "battery"
                     else self.tr("this computer's clock"))
            gaps = sum(1 for h in soc.hours if h.read and h.soc_pct is None)
            text = self.tr("One bar per hour, at the hour's end, newest on the right (hours by {0}); dashed "
                           "lines: each day's lowest and highest value.").format(clock)
            if gaps:
                text += " " + self.tr("Hours without a value show as gaps: {0}.").format(i18n.format_number(gaps, 0))
            else:
                text += " " + self.tr("Every hour has a value.")
            if not all(h.read for h in soc.hours):
                text += " " + self.tr("Hatched: not read.")
            self.soc_note.setText(text)
        self._show_problems(self.soc_problems, soc.problems if soc else ())

    def _show_problems(self, label: StatusMark, problems) -> None:
        label.setVisible(bool(problems))
        if not problems:
            return
        style = theme.WARNING_STYLE
        lines = [problem_text(p) for p in problems[:6]]
        if len(problems) > 6:
            lines.append(self.tr("… and {0} more").format(len(problems) - 6))
        label.set_state(style, "\n".join(lines))
        label.setToolTip("\n".join(f"{p.record}: {i18n.translate_message(p.message)}" for p in problems))

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
        self.soc_box.setTitle(self.tr("State of charge, last 7 days"))
        self.chart.setAccessibleName(self.soc_box.title())  # screen readers: what the chart is

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
