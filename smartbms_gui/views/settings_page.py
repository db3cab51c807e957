"""Settings, generated from the parameter table (protocol/params.py): one editor per row, grouped as there.

The page binds to one Qt-free edit model (`device/settings_edit.py`, shared with `smartbms settings
set/load`): it holds the battery's values, the pending edits, one check of them (range, step,
cross-field rules through `params.validate`, the diff, what this link holds back), the write batch
and its results. Edits are pending until Apply: every keystroke updates the model's check once,
pending edits are marked in the form and listed as a diff, Apply writes the model's batch through
the bridge (no further check on the page; the session keeps its own before sending), the device
reads them back and each setting shows its own result, delivered by the model's one listener. A value the
BMS stores on its own grid (temperatures: 0.857 °C) is said so while typing and after the write
("stored as 49.9 °C, the nearest step the BMS can hold").

What cannot be written over this link is disabled with the reason and never blocks the rest:
settings whose hardware write address is unknown (on a real BMS; they work on the simulator),
settings the BMS does not report (older firmware: "not reported", never saved, loaded or
written), and the read-only V bypass (option switches; a button opens the Switches page). A file
loaded on such a link, or edits made before connecting, leave those rows out and say which and why
("not written on this link: …, because …"), as `smartbms settings load` does.

A raw value the table gives no meaning (`params.UnknownCode`) shows "unknown (n)"; the user may
replace it, never write it back. Over the serial cable the page shows what the data frame carries
(`settings_frame_view.py`), read-only. "Save to file…" writes all or nothing (`files.write_text`)
and is disabled until settings were read from a battery.

Parts: `settings_editor.py` (one row's editor), `settings_texts.py` (words and numbers),
`settings_files.py` (save and load), `capacity_calculator.py` (the manual's 75 % advice),
`settings_frame_view.py` (the serial cable), `widgets/fitted_list.py` (the side lists).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.frame_settings import FRAME_SETTINGS, frame_settings
from smartbms_gui.device.settings_edit import ApplyOutcome, LinkFacts, SettingsEdit
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.i18n import translate_message
from smartbms_gui.protocol import params
from smartbms_gui.protocol.params import Parameter, UnknownCode
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.views import theme
from smartbms_gui.views.capacity_calculator import CAPACITY_ADVICE, CapacityCalculator
from smartbms_gui.views.settings_cut_actions import CutActions
from smartbms_gui.views.settings_editor import ParameterEditor
from smartbms_gui.views.settings_files import KNOWN, SettingsFiles
from smartbms_gui.views.settings_frame_view import FrameSettingsView
from smartbms_gui.views.settings_texts import (
    NOT_REPORTED,
    READ_ONLY,
    SERIAL,
    UNPUBLISHED,
    because_text,
    error_message,
    failure_text,
    format_value,
    is_snapped,
    param_help,
    param_label,
    range_text,
    shown_decimals,
    stored_value,
    success_text,
    unknown_text,
)
from smartbms_gui.views.status_items import status_item
from smartbms_gui.views.widgets.fitted_list import FittedList
from smartbms_gui.views.widgets.setting_status import SettingStatus

log = logging.getLogger(__name__)

_FRAME_NAMES = frozenset(s.model_name for s in FRAME_SETTINGS)
# The side column's share of the page's width (within its narrow and full widths: `_fit_side`).
SIDE_SHARE = 0.3

__all__ = ["CAPACITY_ADVICE", "CapacityCalculator", "KNOWN", "ParameterEditor", "SettingsPage",
           "error_message", "format_value", "param_help", "param_label", "shown_decimals", "unknown_text"]


class SettingsPage(SettingsFiles, QWidget):
    open_switches = Signal()
    #: whether there is anything to save (settings were read); the File menu may follow it
    saveAvailable = Signal(bool)

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.connection = ConnectionState(Phase.DISCONNECTED)
        self.editors: dict[str, ParameterEditor] = {}
        self.row_status: dict[str, SettingStatus] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.row_cut: dict[str, CutActions] = {}  # what a write cut half-way left, with its two actions
        #: the battery's values, the pending edits, their one check, the write batch and its results
        self.edit = SettingsEdit(dict(bridge.live.settings))
        self.edit.add_listener(self._on_outcome)
        self.issues: list[params.ValidationIssue] = []
        self.calculator: CapacityCalculator | None = None
        self._tasks: set[asyncio.Future] = set()
        self._generation: Generation | None = None
        self._file_dialog: QFileDialog | None = None
        self._can_save: bool | None = None
        self._session: weakref.ref | None = None  # the connection the results belong to
        #: the settings last read from a battery (the form shows them until another read), and where
        #: they came from: a connection that has read none yet (being set up, or failed: a wrong PIN)
        #: has emptied the live model, but the form still shows these
        self._last_read: dict[str, Any] = dict(bridge.live.settings)
        self._last_meta: Any = None
        self._link = ""  # the name of the last link seen
        self._results_for: tuple[str, str] | None = None  # the battery the last Apply's results are from

        self.banner = QLabel()
        self.banner.setObjectName("settingsBanner")
        self.banner.setWordWrap(True)
        self.banner.setToolTip(self.tr("What can be changed over this link"))

        self.form_host = QWidget()
        self.form_layout = QVBoxLayout(self.form_host)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form_host)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: it scrolls to the field that has the focus (`_set_tab_order`)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frame_view = FrameSettingsView()
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.scroll)
        self.body_stack.addWidget(self.frame_view)

        # right side: help, then pending changes, problems and results as tall as their items, buttons
        # (the headings have a parent from the start: a list shows its heading, and a widget shown
        # before it has a parent flashes as a window of its own)
        self.pending_heading = QLabel(self)
        self.diff_list = FittedList(self.pending_heading, keep_heading=True)
        self.diff_list.setObjectName("pendingChanges")
        self.diff_list.setToolTip(self.tr("The changes Apply will write: old value → new value"))
        self.problems_heading = QLabel(self.tr("<b>Problems</b>"), self)
        self.issue_list = FittedList(self.problems_heading)
        self.issue_list.setObjectName("problems")
        self.issue_list.setToolTip(self.tr("Problems with the typed values; errors block Apply"))
        self.results_heading = QLabel(self.tr("<b>Last apply</b>"), self)
        self.result_list = FittedList(self.results_heading, max_lines=16)
        self.result_list.setObjectName("writeResults")
        self.result_list.setToolTip(self.tr("What the last Apply did, setting by setting (written and read "
                                            "back)"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(self.tr("Write the pending changes to the BMS, read them back and show "
                                             "the result per setting"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Drop the pending changes and show the BMS's values again"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save to file…"))
        self.save_button.clicked.connect(self.save_to_file)
        self.load_button = QPushButton(self.tr("Load from file…"))
        self.load_button.clicked.connect(self.load_from_file)

        self.help_box = QLabel(self.tr("Click a setting to read what it does here."))
        self.help_box.setObjectName("settingHelp")
        self.help_box.setWordWrap(True)
        self.help_box.setTextFormat(Qt.TextFormat.RichText)
        self.help_box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_box.setMinimumHeight(self.fontMetrics().height() * 6)
        self.help_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.help_box.setToolTip(self.tr("What the setting you are editing does"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.help_box, 1)
        for heading, box in ((self.pending_heading, self.diff_list), (self.problems_heading, self.issue_list),
                             (self.results_heading, self.result_list)):
            side_layout.addWidget(heading)
            side_layout.addWidget(box)
        buttons = QGridLayout()
        buttons.addWidget(self.apply_button, 0, 0)
        buttons.addWidget(self.revert_button, 0, 1)
        buttons.addWidget(self.save_button, 1, 0)
        buttons.addWidget(self.load_button, 1, 1)
        side_layout.addLayout(buttons)
        self._side_buttons = buttons
        self.side = side
        self._fit_side(self.width())

        body = QHBoxLayout()
        body.addWidget(self.body_stack, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

        bridge.settingsChanged.connect(self._on_device_settings)
        if hasattr(bridge, "liveChanged"):
            bridge.liveChanged.connect(self._on_live_changed)
        theme.theme_changed().connect(self._restyle)
        self._build(self.generation())
        self._on_device_settings(dict(bridge.live.settings))

    # -- link facts -----------------------------------------------------------------------------
    def generation(self) -> Generation:
        return Generation(getattr(self.bridge.live, "generation", Generation.GEN2))

    @property
    def results(self) -> dict[str, Any]:
        """name → WriteResult of the last Apply (the model keeps them)."""
        return self.edit.results

    @property
    def _writing(self) -> bool:
        """A batch is being written (from the click until its results are shown)."""
        return self.edit.writing or bool(self._tasks)

    def facts(self) -> LinkFacts:
        """The connection's facts (writable, real hardware, serial, firmware, generation), brought into
        the model; without a link, those of the last link seen."""
        facts = LinkFacts.of(self.bridge.session, self.bridge.live, connected=self.connection.connected,
                             serial=getattr(self.bridge, "serial", None), previous=self.edit.facts)
        self.edit.set_facts(facts)
        return self.edit.facts

    def _battery_identity(self) -> tuple[str, str]:
        """Which battery the bridge is connected to (or trying): its serial number when known, else the
        link's name."""
        serial = getattr(self.bridge, "serial", None)
        return ("serial", str(serial)) if serial not in (None, "") else ("link", self._link)

    def link_writable(self) -> bool:
        return self.facts().writable

    def link_is_hardware(self) -> bool:
        """True on a real BMS (BLE or serial); settings with an UNKNOWN address are then disabled."""
        return self.facts().hardware

    def frame_mode(self) -> bool:
        """The (last) link is the serial cable's data frame: settings are shown from it, read-only."""
        return not self.link_writable()

    def device_values(self) -> dict[str, Any]:
        """The battery's values: as read on this connection, or the last ones read (and shown) while
        this connection has read none (it is being set up, or it failed)."""
        values = dict(self._last_read) if self.showing_last_read() else dict(self.bridge.live.settings)
        self.edit.set_device(values)
        return values

    def showing_last_read(self) -> bool:
        """The form shows settings read on an earlier connection: the present one (being set up, or
        failed) has read none yet. (Not over the serial cable: its page shows the data frame.)"""
        return not self.bridge.live.settings and bool(self._last_read) and not self.frame_mode()

    def has_settings(self) -> bool:
        """Whether settings were read from a battery (or its serial frame carried some): something to save."""
        if self.frame_mode():
            return bool(frame_settings(self.bridge.live))
        return any(v is not None for k, v in self.device_values().items() if k in KNOWN)

    # -- building -------------------------------------------------------------------------------
    def _build(self, generation: Generation) -> None:
        self._generation = generation
        while self.form_layout.count():
            item = self.form_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: the deferred delete may come after the next paint
                item.widget().deleteLater()
        self.editors.clear()
        self.row_status.clear()
        self.row_labels.clear()
        self.row_cut.clear()
        self._clear_results()  # (results of rows that are gone)
        self.calculator = None
        shown = params.parameters_for(generation)
        # One label width for every group, so the editors line up down the whole page (bold: a pending edit).
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        label_width = max(metrics.horizontalAdvance(param_label(p) + ":") for p in shown) + 8
        for group, rows in params.groups(shown).items():
            box = QGroupBox(self.tr(group))
            box.setToolTip(self.tr("Settings: {0}").format(self.tr(group)))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            # a row too wide beside its label (the capacity advice in German at 1280 px, or at the
            # window's smallest size) puts its field below the label instead of scrolling sideways
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for param in rows:
                editor = ParameterEditor(param)
                editor.edited.connect(self._on_edited)
                editor.field.installEventFilter(self)
                label = QLabel(param_label(param) + ":")
                label.setToolTip(param_help(param))
                label.setBuddy(editor.field)
                label.setMinimumWidth(label_width)
                status = SettingStatus()
                status.setToolTip(self.tr("Check and write result for {0}").format(param_label(param)))
                status.setVisible(False)  # shown when there is something to say
                row = QWidget()
                row_layout = QVBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.setSpacing(1)
                row_layout.addWidget(editor)
                if param.name == "capacity_wh":
                    self.calculator = CapacityCalculator()
                    self.calculator.use.connect(self._use_capacity)
                    self._feed_calculator()
                    row_layout.addWidget(self.calculator)
                if param.name == "vbypass_v":
                    link = QPushButton(self.tr("How to change V bypass (option switches)…"))
                    link.setToolTip(self.tr("Open the Switches page: it shows where option switches 2, 6 "
                                            "and 7 go for each V bypass"))
                    link.clicked.connect(self.open_switches)
                    editor.layout().insertWidget(editor.layout().count() - 1, link)
                row_layout.addWidget(status)
                cut = CutActions(param)
                cut.write_value.connect(self.write_one)
                row_layout.addWidget(cut)
                self.row_cut[param.name] = cut
                form.addRow(label, row)
                self.editors[param.name] = editor
                self.row_status[param.name] = status
                self.row_labels[param.name] = label
            self.form_layout.addWidget(box)
        self.form_layout.addStretch(1)
        self._set_tab_order()
        self._update_enabled()

    def _set_tab_order(self) -> None:
        """Tab walks the form top to bottom (every control of every row), then Apply, Revert, Save to
        file, Load from file, then the side lists (pending changes, problems, results). The form is
        built after the side column, so by creation order it came last, after the rest of the window."""
        window = self.form_host.window()
        form = [w for w in self.form_host.findChildren(QWidget)  # (depth first: the rows' order)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                and w.window() is window]
        chain = [*form, self.apply_button, self.revert_button, self.save_button, self.load_button,
                 self.diff_list, self.issue_list, self.result_list]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_side(self, width: int) -> None:
        """The side column (help, pending changes, buttons) takes 30 % of the page, between a narrow
        and its full width: the form keeps room beside it at the window's smallest size."""
        x = self.fontMetrics().horizontalAdvance("x")
        full = max(300, x * 46)
        narrow = min(full, max(x * 34, self._side_buttons.minimumSize().width()))  # whole button texts
        self.side.setFixedWidth(max(narrow, min(full, int(width * SIDE_SHARE))))

    def resizeEvent(self, event) -> None:
        self._fit_side(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """Show the focused setting's explanation beside the form (tooltips need a mouse)."""
        if event.type() == QEvent.Type.FocusIn:
            for editor in self.editors.values():
                if editor.field is watched:
                    self.show_help(editor.param)
                    break
        return super().eventFilter(watched, event)

    def show_help(self, param: Parameter) -> None:
        extra = []
        if param.kind == "number" and not param.read_only:
            extra.append(self.tr("Range: {0}").format(range_text(param)))
        reason = self._not_writable_reason(param)
        if reason:
            extra.append(f"<i>{reason}</i>")
        tail = "".join(f"<br>{line}" for line in extra)
        self.help_box.setText(f"<b>{param_label(param)}</b><br>{param_help(param)}{tail}")

    def _use_capacity(self, wh: float) -> None:
        editor = self.editors.get("capacity_wh")
        if editor is not None:
            editor.set_value(wh)
            self._on_edited("capacity_wh")

    # -- device values ----------------------------------------------------------------------------
    def _on_device_settings(self, values: dict, *, keep_edits: bool = True) -> None:
        """The battery's settings as read (a connection's read, a write's read-back): the form shows
        them; pending edits stay in their fields, checked against the new values (`keep_edits`: an
        Apply's results decide instead which stay)."""
        self._last_read = dict(values)
        if values and not self.frame_mode():
            self._last_meta = self._meta()  # (before another connection's attempt replaces the facts)
        if self.generation() != self._generation:
            self._build(self.generation())
        for name, editor in self.editors.items():
            if name in values or editor.param.kind in ("pin", "action"):
                self._show_device_value(editor, values, keep_edit=keep_edits)
        self._update_enabled()  # a setting may have become (or stopped being) not reported

    def _feed_calculator(self) -> None:
        """The 75 % advice from the battery: its cells, its chemistry, its energy and capacity now."""
        live, calc = self.bridge.live, self.calculator
        if calc is None:
            return
        calc.set_pack_cells(live.cell_count)
        calc.set_chemistry(live.settings.get("chemistry"), generation=int(self.generation()))
        calc.set_energy(live.get("stored_wh"), live.settings.get("capacity_wh"))

    def _on_live_changed(self, names) -> None:
        if self.calculator is not None and not {"cell_count", "stored_wh", "settings"}.isdisjoint(names):
            self._feed_calculator()
        if self.frame_mode() and not _FRAME_NAMES.isdisjoint(names):
            self.frame_view.refresh(self.bridge.live)
            self._update_save()

    @staticmethod
    def _show_device_value(editor: ParameterEditor, values: dict, *, keep_edit: bool = False) -> None:
        if params.not_reported(editor.param, values):
            editor.set_not_reported()
        else:
            editor.set_device_value(values.get(editor.param.name), keep_edit=keep_edit)

    def set_connection(self, state: ConnectionState) -> None:
        self.connection = state
        self._link = state.link or self._link  # (a plain "disconnected" names no link)
        session = self.bridge.session
        if session is not None and (self._session is None or self._session() is not session):
            # Another connection. To the same battery (a reconnect, after a drop or a Disconnect) the
            # last Apply's results stay in view (a write cut by the drop must stay readable) until a
            # new Apply or Revert; another battery's no longer hold. Pending edits stay either way
            # (checked against the values the new connection reads).
            self._session = weakref.ref(session)
            self.edit.file_held = {}  # (a file loaded for another battery)
            if self._battery_identity() != self._results_for:
                self._clear_results()
        if self.generation() != self._generation:
            self._build(self.generation())
        if self.calculator is not None:
            self.calculator.set_pack_cells(self.bridge.live.cell_count)
        self._update_enabled()

    # -- what this link can write ---------------------------------------------------------------
    def _why_not(self, param: Parameter) -> tuple[str, str]:
        """(kind, the reason in full) when `param` cannot be written over this link; ("", "") if it can.
        The model decides (`SettingsEdit.why_not`); the page words each kind."""
        self.device_values()
        self.facts()
        kind, _reason = self.edit.why_not(param)
        if kind == READ_ONLY:
            return READ_ONLY, self.tr("Shown only: the app cannot write it over any link.")
        if kind == NOT_REPORTED:
            return NOT_REPORTED, self.tr("Your BMS does not report this setting (older firmware), so the app "
                                         "does not change it.")
        if kind == SERIAL:
            return SERIAL, self.tr("The serial link is read-only.")
        if kind:
            return UNPUBLISHED, self.tr("The write address of this setting on a real BMS is not published, "
                                        "so the app does not send a guessed write. Use the maker's phone app "
                                        "for it. (It works on the simulator.)")
        return "", ""

    def _not_writable_reason(self, param: Parameter) -> str:
        return self._why_not(param)[1]

    def _not_written_lines(self, names_by_kind: dict[str, list[str]]) -> list[str]:
        lines = []
        for kind, names in names_by_kind.items():
            labels = ", ".join(param_label(params.parameter(n)) for n in names)
            lines.append(self.tr("Not written on this link: {0}, because {1}.")
                         .format(labels, because_text(kind)))
        return lines

    def _update_enabled(self) -> None:
        connected = self.connection.connected
        frame = self.frame_mode()
        self.body_stack.setCurrentWidget(self.frame_view if frame else self.scroll)
        if frame:
            self.frame_view.refresh(self.bridge.live)
        if not connected:
            text = (self.tr("Not connected: the values shown are the last ones read. Connect to change "
                            "settings; you can still load a file to review it.") if self.has_settings() else
                    self.tr("Not connected: no settings have been read yet. Connect to a battery to read and "
                            "change them; you can still load a file to review it."))
            self.banner.setText(text)
        elif frame:
            self.banner.setText(self.tr("Serial cable: a read-only link (live values and the settings its "
                                        "data frame carries). Connect over Bluetooth to change settings."))
        elif self.link_is_hardware():
            self.banner.setText(self.tr("Connected to a real BMS ({0}). Changes are written only when you "
                                        "press Apply.").format(self.connection.link or "Bluetooth"))
        else:
            self.banner.setText(self.tr("Connected to the simulator. Every setting can be tried here, "
                                        "including those whose hardware address is not published."))
        if frame:
            self.help_box.setText(self.tr("Hover a setting to read what it does."))
        self.diff_list.keep_heading = not frame  # ("Pending changes: none" means nothing on a read-only link)
        self.diff_list.refit()
        values = self.device_values()
        for name, editor in self.editors.items():
            reason = self._not_writable_reason(editor.param)
            editor.field.setEnabled(not reason or editor.param.read_only)
            if editor.param.kind == "pin":
                editor.repeat.setEnabled(not reason)
            if reason and not editor.param.read_only:
                editor.setToolTip(reason)
                editor.field.setToolTip(f"{param_help(editor.param)}\n\n{reason}")
                if self.row_status[name].property("kind") not in ("ok", "failed"):
                    self._set_status(name, reason, "note")
            elif not editor.param.read_only:
                editor.setToolTip("")
                editor.field.setToolTip(param_help(editor.param))
                if isinstance(values.get(name), UnknownCode):
                    self._set_status(name, self._unknown_note(editor.param, values[name]), "unknown")
                elif self.row_status[name].property("kind") in ("note", "unknown"):
                    self._set_status(name, "", "")
        self.load_button.setEnabled(not (connected and frame))
        self.load_button.setToolTip(
            self.tr("The serial cable cannot write settings: connect over Bluetooth to load a file")
            if connected and frame else
            self.tr("Load settings from a file as pending changes: review the diff, then Apply"))
        self._update_save()
        self._recheck()

    def _update_save(self) -> None:
        can = self.has_settings()
        self.save_button.setEnabled(can)
        self.save_button.setToolTip(
            self.tr("Save the BMS's settings to a JSON file (the PIN is never saved)") if can else
            self.tr("Nothing to save yet: connect to a battery first, so its settings are read"))
        if can != self._can_save:
            self._can_save = can
            self.saveAvailable.emit(can)

    def _unknown_note(self, param: Parameter, value: UnknownCode) -> str:
        if param.kind == "bool":
            return self.tr("The BMS holds {0}, which is neither on (1) nor off (0). Choose on or off and "
                           "Apply to replace it.").format(value.raw)
        return self.tr("The BMS holds code {0}, which this app does not know. Choose a listed value and "
                       "Apply to replace it.").format(value.raw)

    # -- editing / checking ---------------------------------------------------------------------
    def pending(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(name → value for every pending edit, name → problem with the typed text)."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, editor in self.editors.items():
            changed, value, problem = editor.pending()
            if problem:
                problems[name] = problem
            elif changed:
                values[name] = value
        return values, problems

    def check(self):
        """The model's one check of the form as it is now (worked out again only when something changed)."""
        values, problems = self.pending()
        self.device_values()
        self.facts()
        self.edit.set_edits(values, problems)
        return self.edit.check()

    def changes(self) -> list[params.Change]:
        return self.check().changes

    def _on_edited(self, name: str) -> None:
        self._recheck()

    def _recheck(self) -> None:
        check = self.check()
        values, problems = check.edits, check.problems
        self.issues = check.issues  # (the whole set checked; what concerns a pending edit is shown)
        self.issue_list.clear()
        flagged: dict[str, tuple[str, str]] = {}
        for name, text in problems.items():
            flagged[name] = (text, "error")
        listed = [(text, kind) for text, kind in flagged.values()]
        for issue in self.issues:
            kind = "error" if issue.is_error else "warning"
            message = translate_message(issue.message)
            listed.append((message, kind))
            for name in issue.names:  # point at the edited side(s) of a cross-field rule
                if name in values and name in self.editors:
                    flagged.setdefault(name, (message, kind))
        for name, value in values.items():  # a value the BMS will store on its own grid: say so now
            param = params.parameter(name)
            if name not in flagged and is_snapped(param, value, stored_value(param, value)):
                flagged[name] = (self.tr("will be stored as {0}, the nearest step the BMS can hold")
                                 .format(format_value(param, stored_value(param, value))), "snap")
        for text, kind in listed:
            self.issue_list.addItem(status_item(text, "error" if kind == "error" else "warning"))
        for name in self.editors:
            kind = self.row_status[name].property("kind")
            if name in flagged:
                self._set_status(name, *flagged[name])
            elif name in values and kind in ("", "edited", "error", "warning", "snap"):
                # edited, not written yet (a result or a "not writable" note of the row stays)
                self._set_status(name, self.tr("Changed: not written until you press Apply."), "edited")
            elif kind in ("error", "warning", "snap", "edited"):
                self._set_status(name, "", "")
            self._mark_pending(name, name in values or name in problems)
            self.editors[name].set_invalid(flagged.get(name, ("", ""))[1] == "error")

        self.diff_list.clear()
        changes = check.changes
        held_names = {r.change.name for r in check.refused}
        for change in changes:
            param = change.parameter
            new = stored_value(param, change.new) if param.kind == "number" else change.new
            text = self.tr("{0}: {1} → {2}").format(param_label(param), format_value(param, change.old),
                                                   format_value(param, new))
            if change.name in held_names:
                text += " " + self.tr("(not written on this link)")
            item = QListWidgetItem(text)
            held_back = change.name in held_names
            item.setToolTip(self._not_writable_reason(param) if held_back else param_help(param))
            self.diff_list.addItem(item)
        self.pending_heading.setText(self.tr("<b>Pending changes</b>") if changes else
                                     self.tr("<b>Pending changes:</b> none"))
        self._update_buttons()

    def _mark_pending(self, name: str, pending: bool) -> None:
        """A pending edit shows in the form: label and value in bold, and the label says so on hover."""
        editor, label = self.editors[name], self.row_labels[name]
        editor.set_marked(pending)
        if bool(label.property("pending")) != pending:
            label.setProperty("pending", pending)
            font = label.font()
            font.setBold(pending)
            label.setFont(font)
            help_text = param_help(editor.param)
            label.setToolTip(self.tr("Changed: not written until you press Apply.") + "\n\n" + help_text
                             if pending else help_text)

    def has_errors(self) -> bool:
        return self.check().has_errors

    def _update_buttons(self) -> None:
        check = self.check()
        can_write = self.connection.connected and self.link_writable() and not self._writing
        self.apply_button.setEnabled(check.can_apply and can_write)
        self.revert_button.setEnabled(bool(check.edits or check.problems) and not self._writing)
        for cut in self.row_cut.values():
            cut.set_enabled(can_write)

    def _set_status(self, name: str, text: str, kind: str) -> None:
        """A row's state (docs/design.md): an icon and the message in the state's colour."""
        self.row_status[name].set_state(kind, text)
        self.row_status[name].setProperty("message", text)
        cut = self.row_cut.get(name)
        # A write cut half-way says it in its own red line with its actions (the full words in its tooltip
        # and in the Last apply list), not twice.
        self.row_status[name].setVisible(bool(text) and (cut is None or cut.result is None))

    def _restyle(self, _mode: str = "") -> None:
        """Theme changed: the status colours follow it."""
        for name, label in self.row_status.items():
            self._set_status(name, label.property("message") or "", label.property("kind") or "")
        for cut in self.row_cut.values():
            cut.restyle()

    # -- apply / revert ---------------------------------------------------------------------------
    def revert(self) -> None:
        self.edit.revert()
        self._clear_results()
        values = self.device_values()
        for editor in self.editors.values():
            self._show_device_value(editor, values)
        self._update_enabled()  # (re-checks, and brings back the notes a result had covered)

    def _clear_results(self) -> None:
        """An earlier Apply's results no longer hold (a new Apply, Revert, a loaded file): in the rows
        and in the Last apply list (what a file action said goes with them)."""
        self.results.clear()
        self._begin_messages(self.tr("<b>Last apply</b>"))
        for name, label in self.row_status.items():
            if label.property("kind") in ("ok", "failed"):
                self._set_status(name, "", "")
        for cut in self.row_cut.values():
            cut.clear()

    def _can_write(self) -> bool:
        return not self._writing and self.connection.connected and self.link_writable()

    def apply(self) -> None:
        """Write the model's one batch (checked as the form was edited: no further check here)."""
        check = self.check()
        if not check.can_apply or not self._can_write():
            return
        self._write(len(check.writable), self.edit.apply(self.bridge.apply_settings))

    def write_one(self, name: str, value: Any) -> None:
        """Write one value now, asked for by a cut write's **Write again** or **Restore old value**
        (never on its own): the row's editor shows that value, and the rest of the form waits."""
        editor = self.editors.get(name)
        if editor is None or not self._can_write():
            return
        self.check()  # (the model has the other pending edits: they stay pending)
        editor.set_value(value)  # (a restored value: no pending edit once it is read back)
        self._write(1, self.edit.apply_one(self.bridge.apply_settings, name, value))

    def _write(self, count: int, batch) -> None:
        task = asyncio.ensure_future(batch)
        self._tasks.add(task)
        self._clear_results()
        self._update_enabled()  # (brings back the notes a result had covered)
        self._begin_messages(self.tr("<b>Last apply</b>"))
        self.result_list.addItem(self.tr("Writing {0} setting(s)…").format(count))
        self._update_buttons()

        def done(t: asyncio.Future) -> None:
            self._tasks.discard(t)
            if t.cancelled():
                self.result_list.clear()
            self._update_buttons()

        task.add_done_callback(done)

    def _on_outcome(self, outcome: ApplyOutcome) -> None:
        """The model's one channel: one result per setting written, and what this link held back."""
        if outcome.error is not None:
            self.result_list.clear()  # (the heading says Last apply already)
            self.result_list.addItem(status_item(error_message(outcome.error), "failed"))
            self._update_buttons()
            return
        # Show the BMS's values (read back); failed edits stay pending so nothing typed is lost (the
        # model kept them, and the edits a single write left waiting). Rows held back (not writable on
        # this link) go back to the BMS's values: the list below names them.
        still = dict(self.edit.edits)
        self._results_for = self._battery_identity()
        self._on_device_settings(self.device_values(), keep_edits=False)
        for name, value in still.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        self._recheck()
        self._begin_messages(self.tr("<b>Last apply</b>"))
        # One line per message: a batch stopped for one reason says it once, naming every setting.
        lines: dict[tuple[bool, str], list[str]] = {}
        for result in outcome.results:
            param = params.parameter(result.name)
            text = success_text(param, result) if result.ok else failure_text(param, result)
            if result.name in self.row_cut:  # (before the status, which it replaces when it shows)
                self.row_cut[result.name].show_result(result, text)
            self._set_status(result.name, text, "ok" if result.ok else "failed")
            lines.setdefault((result.ok, text), []).append(param_label(param))
        for (ok, text), labels in lines.items():
            self.result_list.addItem(status_item(f"{', '.join(labels)}: {text}", "ok" if ok else "failed"))
        for line in self._not_written_lines(outcome.held):
            self.result_list.addItem(status_item(line, "warning"))

    def _begin_messages(self, heading: str) -> None:
        """Start the messages box afresh: what the last Apply did, or what a file action did."""
        self.results_heading.setText(heading)
        self.result_list.clear()
