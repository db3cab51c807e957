"""The Events page: the battery's own log of its last ten cell events, newest first, each explained.

The BMS logs a cell that went too low or too high, too cold or too hot, and a broken cell-board link,
with the cell and the value (docs/protocol.md §3.4). The window reads the log after connecting and
again whenever the battery's `T` record says it logged something (`DeviceBridge.history_reader`). The
table shows when, what, which cell and the value; the panel beside it what the selected event means
(the manual's words) and what to check. A click on a cell number opens that cell in Battery details
(`openCell`). A new event while connected raises a notice (`noticeWanted`, shown in the window's
banner); the Plots page marks each event at its time. Words: `history_texts.py`.
"""

from __future__ import annotations

import time
import weakref
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device import history
from smartbms_gui.device.history import CellLog, CellLogEvent, HistoryRead
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.history_texts import (
    ago_text,
    error_text,
    event_time_text,
    event_words,
    local_time_text,
    marker_text,
    problem_text,
    value_text,
)
from smartbms_gui.views.widgets.empty_table import EmptyStateTable
from smartbms_gui.views.widgets.status_mark import wrapping_mark

COLUMNS = ("when", "event", "cell", "value")
CELL_COLUMN = COLUMNS.index("cell")


class EventsPage(QWidget):
    #: the person clicked a cell number: show that cell in Battery details
    openCell = Signal(int)
    #: a text for the window's notice banner (a new event while connected)
    noticeWanted = Signal(str)

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.cell_log: CellLog | None = None
        self.units = "metric"  # temperatures in °C or °F (the window's preference: `set_units`)
        self.reading = False
        self.message = ""  # why there is nothing to show (not available, nothing read)
        self._session: weakref.ref | None = None

        self.status = QLabel()
        self.status.setObjectName("eventsStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.read_button = QPushButton(self.tr("Read again"))
        self.read_button.setObjectName("readEvents")
        self.read_button.clicked.connect(self.read)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.read_button)

        self.table = EmptyStateTable(0, len(COLUMNS))
        self.table.setObjectName("cellEvents")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("event"), QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.cellClicked.connect(self._clicked)
        self.note = QLabel()
        self.note.setObjectName("eventsNote")
        self.note.setWordWrap(True)
        self.problems = wrapping_mark()  # the warning icon is an SVG (fonts lack ⚠)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.note)
        left.addWidget(self.problems)

        self.details = QLabel()
        self.details.setObjectName("eventDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(10, 8, 10, 8)
        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setWidget(self.details)
        side.setMinimumWidth(300)
        side.setMaximumWidth(460)
        self.side = side

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._ago_timer = QTimer(self)  # "n h ago" keeps counting while the page is open
        self._ago_timer.setInterval(60_000)
        self._ago_timer.timeout.connect(self._show_details)

        bridge.stateChanged.connect(self._on_state)
        bridge.historyStarted.connect(self._on_started)
        bridge.historyFinished.connect(self._on_finished)
        bridge.newCellEvents.connect(self._on_new_events)
        theme.theme_changed().connect(self._apply_theme)  # a bound method: gone with the page
        reader = getattr(bridge, "history_reader", None)
        if reader is not None:
            self.cell_log = reader.cell_log
        self._retranslate()
        self._show_all()

    # -- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        if self.reading or self.bridge.history_unavailable() is not None:
            self._update_controls()
            return
        self._on_started()
        self.bridge.read_history()

    def _on_started(self) -> None:
        self.reading = True
        self._session = weakref.ref(self.bridge.session) if self.bridge.session is not None else None
        self._update_controls()

    def _on_finished(self, result: HistoryRead) -> None:
        reader = self.bridge.history_reader
        self.reading = reader is not None and reader.more_queued
        self.message = ""
        if result.error is not None:
            self.message = error_text(result.error)
            if isinstance(result.error, history.HistoryNotAvailable) and not self.bridge.not_on_this_bms(
                    result.error):
                self.message = self.bridge.history_unavailable() or self.message
        elif result.cell_log is not None:
            self.cell_log = result.cell_log
        self._show_all()

    def _on_state(self, _state) -> None:
        session = self.bridge.session
        if self._session is not None and self._session() is not session and session is not None:
            self.cell_log = None  # another connection, perhaps another battery
            self.message = ""
            self._session = None
            self._show_all()
        if self.reading and (self.bridge.history_reader is None or not self.bridge.history_reader.busy):
            self.reading = False
        self._update_controls()

    def _on_new_events(self, events: list) -> None:
        """A notice in the window's banner for each event the battery logged while connected."""
        for event in events:
            text = self.tr("The battery logged an event: {0} ({1}). See the Events page.")
            self.noticeWanted.emit(text.format(marker_text(event), event_time_text(event)))

    # -- showing ----------------------------------------------------------------------------------

    def _update_controls(self) -> None:
        reason = self.bridge.history_unavailable()
        self.read_button.setEnabled(reason is None and not self.reading)
        self.read_button.setToolTip(reason or self.tr("Ask the battery for its cell log again"))
        if self.reading:
            self.status.setText(self.tr("Reading the battery's cell log…"))
        elif reason is not None and self.cell_log is None:
            self.status.setText(reason)
        elif self.message:
            self.status.setText(self.message)
        elif self.cell_log is not None:
            self.status.setText(self.tr("The battery's last ten cell events, newest first. Read at {0}; read "
                                        "again by itself when the battery logs an event.").format(
                local_time_text(self.cell_log.read_at)))
        else:
            self.status.setText(self.tr("The battery keeps its last ten cell events. They are read after "
                                        "connecting."))
        self.table.set_empty_text(self._empty_text())

    def _empty_text(self) -> str:
        """What the table says while it has no row: a log read and found empty. Before a read, while
        reading, and after an error the line above the table says why there is nothing (once)."""
        log = self.cell_log
        if log is None or self.message:
            return ""
        unread = sum(p.record.startswith("L") for p in log.problems)
        if unread:
            return self.tr("No events in the slots read; {0} of 10 could not be read.").format(unread)
        return self.tr("The log is empty: the battery has not logged a cell event.")

    def _show_all(self) -> None:
        selected = self.selected_event()
        self._fill_table()
        if selected is not None:
            for row, event in enumerate(self.events()):
                if event.identity == selected.identity:
                    self.table.selectRow(row)
                    break
        if self.table.rowCount() and not self.table.selectedItems():
            self.table.selectRow(0)
        log = self.cell_log
        if log is not None and log.events:
            self.note.setText(self.tr("{0} events; {1} of 10 slots empty.").format(
                len(log.events), len(log.empty_slots)))
        else:  # the table itself says why it is empty (_update_controls)
            self.note.setText("")
        self._show_problems(log.problems if log else ())
        self._show_details()
        self._update_controls()
        if log is not None and log.events:
            self._ago_timer.start()
        else:
            self._ago_timer.stop()

    def events(self) -> tuple[CellLogEvent, ...]:
        return self.cell_log.events if self.cell_log is not None else ()

    def selected_event(self) -> CellLogEvent | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        events = self.events()
        if not rows or not 0 <= rows[0].row() < len(events):
            return None
        return events[rows[0].row()]

    def set_units(self, units: str) -> None:
        """Temperatures in °C ("metric") or °F ("imperial"), as on the other pages."""
        if units != self.units:
            self.units = units
            self._fill_table()
            self._show_details()

    def _fill_table(self) -> None:
        events = self.events()
        self.table.setRowCount(len(events))
        link = theme.INFO_STYLE.qcolor()
        for row, event in enumerate(events):
            words = event_words(event.event, event.code)
            cell = "—" if event.cell is None else i18n.format_number(event.cell, 0)
            for column, text in enumerate((event_time_text(event), words.name, cell,
                                                value_text(event, self.units))):
                item = QTableWidgetItem(text)
                if column in (CELL_COLUMN, COLUMNS.index("value")):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COLUMNS.index("event"):
                    item.setToolTip(words.meaning)
                if column == CELL_COLUMN and event.cell is not None:
                    font = QFont(item.font())
                    font.setUnderline(True)
                    item.setFont(font)
                    item.setForeground(link)
                    item.setToolTip(self.tr("Show cell {0} in Battery details").format(cell))
                if column == 0 and event.at is None:
                    item.setToolTip(self.tr("The battery gave no time for this event (or one after its "
                                            "clock's now, as after a restart)."))
                elif column == 0 and event.approximate:
                    item.setToolTip(self.tr("About: the battery restarted since, and its clock with it; this "
                                            "time may be off."))
                self.table.setItem(row, column, item)

    def _clicked(self, row: int, column: int) -> None:
        events = self.events()
        if column == CELL_COLUMN and 0 <= row < len(events) and events[row].cell is not None:
            self.openCell.emit(int(events[row].cell))

    def _show_details(self) -> None:
        event = self.selected_event()
        if event is None:
            if self.cell_log is not None and not self.cell_log.events:
                text = self.tr("The battery logs an event when a cell goes below V min or above V max, "
                               "below T min or above T max, and when the cell boards stop answering. "
                               "Each one is listed in the table; select it to read here what it means "
                               "and what to check.")
            else:
                text = self.message or self.tr("Select an event to read what it means and what to check.")
            self.details.setText(f"<p>{escape(text)}</p>")
            return
        words = event_words(event.event, event.code)
        when = event_time_text(event)
        if event.at is not None:
            when = f"{when} ({ago_text(time.time() - event.at.timestamp())})"
        facts = [when]
        if event.cell is not None:
            facts.append(self.tr("cell {0}").format(i18n.format_number(event.cell, 0)))
        if event.value is not None:
            facts.append(value_text(event, self.units))
        parts = [f"<h3>{escape(words.name)}</h3>", f"<p>{escape(' · '.join(facts))}</p>",
                 f"<p><b>{escape(self.tr('What happened'))}</b><br>{escape(words.meaning)}</p>",
                 f"<p><b>{escape(self.tr('What to check'))}</b><br>{escape(words.check)}</p>"]
        if event.cell is not None:
            hint = self.tr("Click the cell number in the table to see this cell now.")
            parts.append(f"<p>{escape(hint)}</p>")
        self.details.setText("".join(parts))

    def _show_problems(self, problems) -> None:
        self.problems.setVisible(bool(problems))
        if not problems:
            return
        style = theme.WARNING_STYLE
        lines = [problem_text(p) for p in problems[:6]]
        if len(problems) > 6:
            lines.append(self.tr("… and {0} more").format(len(problems) - 6))
        self.problems.set_state(style, "\n".join(lines))
        self.problems.setToolTip("\n".join(f"{p.record}: {i18n.translate_message(p.message)}"
                                           for p in problems))

    # -- language ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Event"), self.tr("Cell"),
                                              self.tr("Value")])
        self.table.setAccessibleName(self.tr("Cell events"))
        self.read_button.setText(self.tr("Read again"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_all()
        super().changeEvent(event)

    def _apply_theme(self, _mode: str) -> None:
        self._show_all()

    def showEvent(self, event) -> None:  # noqa: N802
        self._update_controls()
        super().showEvent(event)
