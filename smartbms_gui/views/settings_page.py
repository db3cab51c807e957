"""Settings, generated from the parameter table (protocol/params.py): one editor per row, grouped as the table.

Edits are pending until Apply: every keystroke is checked (range, step, cross-field rules through
`params.validate`), the pending changes are listed as a diff, Apply writes them through the bridge,
the device reads them back and each setting shows its own result. Settings whose hardware write
address is unknown are disabled on a real BMS with the reason, and work on the simulator.

A setting the BMS does not report (None: older firmware sends a shorter record) shows "not
reported" and is disabled with the reason; it is never saved, loaded or written. A raw value the
table gives no meaning (`params.UnknownCode`, e.g. an on/off byte of 2) shows "unknown (n)": a
check box in its third state, a choice box with no choice; the user may replace it with a proper
value, never write it back.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device import errors as device_errors
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.i18n import format_number
from smartbms_gui.protocol import params
from smartbms_gui.protocol.params import Parameter, UnknownCode
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.settings_file import DeviceMeta, SettingsFileError, dump_settings, load_settings
from smartbms_gui.views import theme

log = logging.getLogger(__name__)

KNOWN = frozenset(p.name for p in params.PARAMETERS)
CAPACITY_ADVICE = 0.75  # the manual: take 75 % of the rated capacity for ageing and temperature


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def param_help(param: Parameter) -> str:
    """The parameter's help text in the user's language (protocol/ is pure: no tr() there).

    translations/extract_strings.py lists every help text of protocol/params.py under "Parameter"."""
    return QCoreApplication.translate("Parameter", param.help) if param.help else ""


def param_reason(param: Parameter) -> str:
    """Why the row can never be written (``not_writable_reason``), translated like the help."""
    reason = param.not_writable_reason
    return QCoreApplication.translate("Parameter", reason) if reason else ""


def param_label(param: Parameter) -> str:
    """The parameter's label in the user's language (recorded under "SettingsPage" at run time)."""
    return _t(param.label)


def error_message(error: Exception | None) -> str:
    """A specific message per device answer (KO / NA / WRONG / timeout / read-back / not writable)."""
    if error is None:
        return ""
    detail = str(error)
    if isinstance(error, device_errors.Refused):
        return _t("Refused by the BMS (KO): it did not accept this value. {0}").format(detail)
    if isinstance(error, (device_errors.NotAuthorised, device_errors.WrongPin)):
        return _t("Not authorised (NA): the PIN was not accepted; reconnect with the right PIN. {0}").format(detail)
    if isinstance(error, device_errors.Malformed):
        return _t("The BMS did not understand the command (WRONG). {0}").format(detail)
    if isinstance(error, device_errors.RequestTimeout):
        return _t("No answer from the BMS in time (timeout); check the link and try again. {0}").format(detail)
    if isinstance(error, device_errors.ReadBackMismatch):
        return _t("Written, but the BMS reports a different value afterwards. {0}").format(detail)
    if isinstance(error, device_errors.NotWritableOnHardware):
        return _t("Not written: {0}").format(detail)
    if isinstance(error, device_errors.LinkDown):
        return _t("The link dropped during the write; reconnect and apply again. {0}").format(detail)
    return detail


def shown_decimals(param: Parameter) -> int:
    """Digits shown in an editor: temperatures sit on a 0.857 °C grid, so one decimal is honest enough."""
    return min(param.decimals, 1) if not param.exact_step else param.decimals


def unknown_text(value: UnknownCode) -> str:
    """A raw value the table gives no meaning: never shown as on, off or a choice."""
    return _t("unknown ({0})").format(value.raw)


def format_value(param: Parameter, value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, UnknownCode):
        return unknown_text(value)
    if param.kind == "pin":
        return "****"
    if param.kind == "action":
        return _t("do it") if value else "–"
    if param.kind == "bool":
        return _t("on") if value else _t("off")
    if param.kind == "choice":
        return param.choice_label(int(value))
    text = f"{float(value):.{shown_decimals(param)}f}"
    return f"{text} {param.unit}".strip()


class ParameterEditor(QWidget):
    """One row's editor; emits `edited` on every change. `value()` → (value, problem text or "")."""

    edited = Signal(str)

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self._device_value: Any = None
        self._touched = False  # a write-only setting (not reported) is pending only once the user set it
        self.not_reported = False  # the BMS's record has no field for it (older firmware)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tip = param_help(param)
        self.field: QWidget
        if param.kind == "number" and param.read_only:
            self.field = QLabel("–")
            self.field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        elif param.kind == "number":
            self.field = QLineEdit()
            # No QValidator on purpose: any text may be typed and the problem is explained as you type.
            self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000.000") + 16)
            self.field.textEdited.connect(lambda _t: self.edited.emit(param.name))
            self.field.setPlaceholderText(self._range_text())
        elif param.kind == "choice":
            self.field = QComboBox()
            for choice in param.choices:
                self.field.addItem(choice.label, choice.code)
            self.field.setCurrentIndex(-1)
            self.field.activated.connect(lambda _i: self.edited.emit(param.name))
        elif param.kind == "bool":
            self.field = QCheckBox(_t("on"))
            self.field.clicked.connect(lambda _c: self._touch())
            self.field.setProperty("value", "")
        elif param.kind == "pin":
            self.field = QLineEdit()
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setMaxLength(4)
            self.field.setPlaceholderText(_t("new PIN"))
            self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000000") + 16)
            self.repeat = QLineEdit()
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeat.setMaxLength(4)
            self.repeat.setPlaceholderText(_t("repeat"))
            self.repeat.setMaximumWidth(self.field.maximumWidth())
            self.repeat.setToolTip(_t("Type the new PIN again, so a typing error cannot lock you out"))
            self.field.textEdited.connect(lambda _t: self.edited.emit(param.name))
            self.repeat.textEdited.connect(lambda _t: self.edited.emit(param.name))
        else:  # action
            self.field = QCheckBox(_t("at Apply"))
            self.field.clicked.connect(lambda _c: self.edited.emit(param.name))
        self.field.setToolTip(tip)
        self.field.setAccessibleName(param_label(param))
        layout.addWidget(self.field)
        if param.kind == "pin":
            layout.addWidget(self.repeat)
        if param.unit and param.kind == "number":  # (read-only numbers too: their label holds only the number)
            unit = QLabel(param.unit)
            unit.setToolTip(tip)
            layout.addWidget(unit)
        layout.addStretch(1)

    def _range_text(self) -> str:
        return f"{self.param.minimum:g}–{self.param.maximum:g}"

    def _touch(self) -> None:
        self._touched = True
        if self.param.kind == "bool" and self.field.isTristate():
            # The user replaced an unknown value with on or off: back to a plain two-state box.
            self._show_bool(self.field.isChecked())
        self.edited.emit(self.param.name)

    def _show_bool(self, on: bool) -> None:
        self.field.setTristate(False)
        self.field.setChecked(on)
        self.field.setText(_t("on"))
        self.field.setProperty("value", "")

    # -- values ---------------------------------------------------------------------------------
    def set_not_reported(self) -> None:
        """The BMS's record has no field for this setting: show so; nothing can be pending."""
        self.set_device_value(None)
        self.not_reported = True
        text = _t("not reported")
        p = self.param
        if p.kind == "number":
            self.field.setText(text if p.read_only else "")
            if not p.read_only:
                self.field.setPlaceholderText(text)
        elif p.kind == "choice":
            self.field.setPlaceholderText(text)
        elif p.kind == "bool":
            self.field.setText(text)
            self.field.setProperty("value", "not reported")

    def set_device_value(self, value: Any) -> None:
        """Show what the BMS holds (drops the user's pending edit)."""
        self._device_value = value
        self._touched = False
        self.not_reported = False
        p = self.param
        if p.kind == "number":
            text = "–" if value is None else f"{float(value):.{shown_decimals(p)}f}"
            self.field.setText(text if (value is not None or p.read_only) else "")
            if not p.read_only:
                self.field.setPlaceholderText(self._range_text())
        elif p.kind == "choice":
            # An unknown code selects nothing and says what the BMS holds instead.
            unknown = isinstance(value, UnknownCode)
            self.field.setPlaceholderText(unknown_text(value) if unknown else "")
            self.field.setCurrentIndex(-1 if value is None or unknown else self.field.findData(int(value)))
        elif p.kind == "bool":
            if isinstance(value, UnknownCode):
                # Neither on nor off: the third state, labelled with the raw value.
                self.field.setTristate(True)
                self.field.setCheckState(Qt.CheckState.PartiallyChecked)
                self.field.setText(unknown_text(value))
                self.field.setProperty("value", "unknown")
            else:
                self._show_bool(value is True)
        elif p.kind == "pin":
            self.field.clear()
            self.repeat.clear()
        else:
            self.field.setChecked(False)

    def set_value(self, value: Any) -> None:
        """Put a value in as a pending edit (from a file, or a failed write's request)."""
        p = self.param
        if self.not_reported or isinstance(value, UnknownCode):
            return  # never pending: nothing the app may write
        if p.kind == "number" and not p.read_only:
            self.field.setText(f"{float(value):.{shown_decimals(p)}f}")
        elif p.kind == "choice":
            self.field.setCurrentIndex(self.field.findData(int(value)))
        elif p.kind == "bool":
            self._show_bool(bool(value))
            self._touched = True
        elif p.kind == "action":
            self.field.setChecked(bool(value))

    def pending(self) -> tuple[bool, Any, str]:
        """(has a pending edit, the value, a problem with the typed text or "")."""
        p = self.param
        if p.read_only or self.not_reported:
            return False, None, ""
        if p.kind == "number":
            text = self.field.text().strip().replace(",", ".")
            current = "" if self._device_value is None else f"{float(self._device_value):.{shown_decimals(p)}f}"
            if text == current:
                return False, None, ""
            if not text:
                return False, None, _t("{0}: type a value").format(param_label(p))
            try:
                value = float(text)
            except ValueError:
                return False, None, _t("{0}: '{1}' is not a number").format(param_label(p), text)
            if p.decimals == 0 and value.is_integer():
                value = int(value)
            return True, value, p.problem(value) or ""
        if p.kind == "choice":
            code = self.field.currentData()
            return (code is not None and code != self._device_value), code, ""
        if p.kind == "bool":
            if self.field.checkState() == Qt.CheckState.PartiallyChecked:
                return False, None, ""  # still the unknown value the BMS holds
            checked = self.field.isChecked()
            if self._device_value is None:
                return self._touched, checked, ""
            if isinstance(self._device_value, UnknownCode):
                return True, checked, ""  # on or off over an unknown value is a change
            return checked != (self._device_value is True), checked, ""
        if p.kind == "pin":
            new, again = self.field.text(), self.repeat.text()
            if not new and not again:
                return False, None, ""
            problem = p.problem(new) or ""
            if not problem and new != again:
                problem = _t("PIN: the two entries differ")
            return True, new, problem
        return self.field.isChecked(), True if self.field.isChecked() else None, ""


class CapacityCalculator(QFrame):
    """The manual's advice as a calculator: cells × Ah × nominal V × 0.75 → Wh."""

    use = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.cells = QSpinBox()
        self.cells.setRange(2, 255)
        self.cells.setValue(4)
        self.cells.setToolTip(_t("Number of cells in series"))
        self.ah = QDoubleSpinBox()
        self.ah.setRange(1, 10000)
        self.ah.setDecimals(0)
        self.ah.setValue(200)
        self.ah.setSuffix(" Ah")
        self.ah.setToolTip(_t("Rated capacity of one cell (or one parallel group), in Ah"))
        self.volts = QDoubleSpinBox()
        self.volts.setRange(1.0, 5.0)
        self.volts.setDecimals(2)
        self.volts.setSingleStep(0.05)
        self.volts.setValue(3.2)
        self.volts.setSuffix(" V")
        self.volts.setToolTip(_t("Nominal cell voltage (3.2 V for LiFePO4)"))
        self.result = QLabel()
        self.result.setToolTip(_t("75 % of the rated energy, rounded to the BMS's 100 Wh steps"))
        button = QPushButton(_t("&Use"))
        button.setToolTip(_t("Put this value into Battery capacity (still pending until Apply)"))
        button.clicked.connect(lambda: self.use.emit(self.advised_wh()))
        # Two lines (the sum, then its result and Use): in one line the German texts overflow at 1366 px.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        sum_line = QHBoxLayout()
        sum_line.addWidget(QLabel(_t("75 % advice:")))
        sum_line.addWidget(self.cells)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.ah)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.volts)
        sum_line.addWidget(QLabel("× " + format_number(CAPACITY_ADVICE, 2) + " ="))
        sum_line.addStretch(1)
        result_line = QHBoxLayout()
        result_line.addWidget(self.result)
        result_line.addWidget(button)
        result_line.addStretch(1)
        layout.addLayout(sum_line)
        layout.addLayout(result_line)
        for box in (self.cells, self.ah, self.volts):
            box.valueChanged.connect(self._update)
        self._update()

    def rated_wh(self) -> float:
        return self.cells.value() * self.ah.value() * self.volts.value()

    def advised_wh(self) -> float:
        # Round down to the capacity's 100 Wh step (2560 × 0.75 = 1920 → 1900 Wh, as the manual's example).
        return float(int(self.rated_wh() * CAPACITY_ADVICE // 100) * 100)

    def _update(self) -> None:
        self.result.setText(f"<b>{self.advised_wh():.0f} Wh</b> ({self.rated_wh():.0f} Wh {_t('rated')})")


class SettingsPage(QWidget):
    open_switches = Signal()

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.connection = ConnectionState(Phase.DISCONNECTED)
        self.editors: dict[str, ParameterEditor] = {}
        self.row_status: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.results: dict[str, Any] = {}  # name → WriteResult of the last Apply
        self.issues: list[params.ValidationIssue] = []
        self._tasks: set[asyncio.Future] = set()
        self._writing = False
        self._generation: Generation | None = None
        self._file_dialog: QFileDialog | None = None
        self._link_facts = (True, False)  # (writable, hardware) of the last link seen

        self.banner = QLabel()
        self.banner.setObjectName("settingsBanner")
        self.banner.setWordWrap(True)
        self.banner.setToolTip(self.tr("What can be changed over this link"))

        self.form_host = QWidget()
        self.form_layout = QVBoxLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        # right side: pending changes, problems, results, buttons
        self.diff_list = QListWidget()
        self.diff_list.setObjectName("pendingChanges")
        self.diff_list.setToolTip(self.tr("The changes Apply will write: old value → new value"))
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("problems")
        self.issue_list.setToolTip(self.tr("Problems with the typed values; errors block Apply"))
        self.result_list = QListWidget()
        self.result_list.setObjectName("writeResults")
        self.result_list.setToolTip(self.tr("What the last Apply did, setting by setting (written and read back)"))
        for box in (self.diff_list, self.issue_list, self.result_list):
            # long messages wrap instead of hiding behind a horizontal scroll bar
            box.setWordWrap(True)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            box.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(self.tr("Write the pending changes to the BMS, read them back and show "
                                             "the result per setting"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Drop the pending changes and show the BMS's values again"))
        self.revert_button.clicked.connect(self.revert)
        save = QPushButton(self.tr("Save to file…"))
        save.setToolTip(self.tr("Save the BMS's settings to a JSON file (the PIN is never saved)"))
        save.clicked.connect(self.save_to_file)
        load = QPushButton(self.tr("Load from file…"))
        load.setToolTip(self.tr("Load settings from a file as pending changes: review the diff, then Apply"))
        load.clicked.connect(self.load_from_file)

        self.help_box = QLabel(self.tr("Click a setting to read what it does here."))
        self.help_box.setObjectName("settingHelp")
        self.help_box.setWordWrap(True)
        self.help_box.setTextFormat(Qt.TextFormat.RichText)
        self.help_box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_box.setMinimumHeight(self.fontMetrics().height() * 6)
        self.help_box.setToolTip(self.tr("What the setting you are editing does"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.help_box)
        side_layout.addWidget(QLabel(self.tr("<b>Pending changes</b>")))
        side_layout.addWidget(self.diff_list, 2)
        side_layout.addWidget(QLabel(self.tr("<b>Problems</b>")))
        side_layout.addWidget(self.issue_list, 1)
        side_layout.addWidget(QLabel(self.tr("<b>Last apply</b>")))
        side_layout.addWidget(self.result_list, 2)
        buttons = QGridLayout()
        buttons.addWidget(self.apply_button, 0, 0)
        buttons.addWidget(self.revert_button, 0, 1)
        buttons.addWidget(save, 1, 0)
        buttons.addWidget(load, 1, 1)
        side_layout.addLayout(buttons)
        side.setFixedWidth(max(300, self.fontMetrics().horizontalAdvance("x") * 46))

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

        bridge.settingsChanged.connect(self._on_device_settings)
        if hasattr(bridge, "writeFinished"):
            bridge.writeFinished.connect(self._on_results)
        self._build(self.generation())
        self._on_device_settings(dict(bridge.live.settings))

    # -- link facts -----------------------------------------------------------------------------
    def generation(self) -> Generation:
        return Generation(getattr(self.bridge.live, "generation", Generation.GEN2))

    def _transport(self):
        session = self.bridge.session
        transport = getattr(session, "transport", None) if session is not None else None
        if transport is not None:
            self._link_facts = (bool(transport.writable), bool(transport.is_hardware))
        return transport

    def link_writable(self) -> bool:
        self._transport()
        return self._link_facts[0]

    def link_is_hardware(self) -> bool:
        """True on a real BMS (BLE or serial); settings with an UNKNOWN address are then disabled."""
        self._transport()
        return self._link_facts[1]

    def device_values(self) -> dict[str, Any]:
        return dict(self.bridge.live.settings)

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
        shown = params.parameters_for(generation)
        # One label width for every group, so the editors line up down the whole page.
        label_width = max(self.fontMetrics().horizontalAdvance(self.tr(p.label) + ":") for p in shown) + 8
        for group, rows in params.groups(shown).items():
            box = QGroupBox(self.tr(group))
            box.setToolTip(self.tr("Settings: {0}").format(self.tr(group)))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for param in rows:
                editor = ParameterEditor(param)
                editor.edited.connect(self._on_edited)
                editor.field.installEventFilter(self)
                label = QLabel(self.tr(param.label) + ":")
                label.setToolTip(param_help(param))
                label.setBuddy(editor.field)
                label.setMinimumWidth(label_width)
                status = QLabel("")
                status.setWordWrap(True)
                status.setToolTip(self.tr("Check and write result for {0}").format(param_label(param)))
                status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                status.setVisible(False)  # shown when there is something to say
                row = QWidget()
                row_layout = QVBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.setSpacing(1)
                row_layout.addWidget(editor)
                if param.name == "capacity_wh":
                    self.calculator = CapacityCalculator()
                    self.calculator.use.connect(self._use_capacity)
                    row_layout.addWidget(self.calculator)
                if param.name == "vbypass_v":
                    link = QPushButton(self.tr("How to change V bypass (option switches)…"))
                    link.setToolTip(param_reason(param) or param_help(param))
                    link.clicked.connect(self.open_switches)
                    editor.layout().insertWidget(editor.layout().count() - 1, link)
                row_layout.addWidget(status)
                form.addRow(label, row)
                self.editors[param.name] = editor
                self.row_status[param.name] = status
                self.row_labels[param.name] = label
            self.form_layout.addWidget(box)
        self.form_layout.addStretch(1)
        self._update_enabled()

    def eventFilter(self, watched, event) -> bool:
        """Show the focused setting's explanation beside the form (tooltips need a mouse)."""
        if event.type() == QEvent.Type.FocusIn:
            for editor in self.editors.values():
                if editor.field is watched:
                    self.show_help(editor.param)
                    break
        return super().eventFilter(watched, event)

    def show_help(self, param: Parameter) -> None:
        reason = self._not_writable_reason(param)
        extra = f"<br><i>{reason}</i>" if reason else ""
        self.help_box.setText(f"<b>{self.tr(param.label)}</b><br>{param_help(param)}{extra}")

    def _use_capacity(self, wh: float) -> None:
        editor = self.editors.get("capacity_wh")
        if editor is not None:
            editor.set_value(wh)
            self._on_edited("capacity_wh")

    # -- device values ----------------------------------------------------------------------------
    def _on_device_settings(self, values: dict) -> None:
        if self.generation() != self._generation:
            self._build(self.generation())
        for name, editor in self.editors.items():
            if name in values or editor.param.kind in ("pin", "action"):
                self._show_device_value(editor, values)
        self._update_enabled()  # a setting may have become (or stopped being) not reported

    @staticmethod
    def _show_device_value(editor: ParameterEditor, values: dict) -> None:
        if params.not_reported(editor.param, values):
            editor.set_not_reported()
        else:
            editor.set_device_value(values.get(editor.param.name))

    def set_connection(self, state: ConnectionState) -> None:
        self.connection = state
        if self.generation() != self._generation:
            self._build(self.generation())
        self._update_enabled()

    def _not_writable_reason(self, param: Parameter) -> str:
        if param.read_only:
            return param_reason(param) or self.tr("Display only.")
        if params.not_reported(param, self.device_values()):
            return self.tr("Your BMS does not report this setting (older firmware), so the app does not "
                           "change it.")
        if not self.link_writable():
            return self.tr("The serial link is read-only.")
        if self.link_is_hardware() and param.address is None:
            return self.tr("The write address of this setting on a real BMS is not published, so the app does "
                           "not send a guessed write. Use the maker's phone app for it. (It works on the "
                           "simulator.)")
        return ""

    def _update_enabled(self) -> None:
        connected = self.connection.connected
        writable = self.link_writable()
        if not connected:
            self.banner.setText(self.tr("Not connected: the values shown are the last ones read. Connect to "
                                        "change settings; you can still load a file to review it."))
        elif not writable:
            self.banner.setText(self.tr("The serial cable is a read-only link: it shows live values but cannot "
                                        "read or change settings. Use Bluetooth to change settings."))
        elif self.link_is_hardware():
            self.banner.setText(self.tr("Connected to a real BMS ({0}). Changes are written only when you "
                                        "press Apply.").format(self.connection.link or "Bluetooth"))
        else:
            self.banner.setText(self.tr("Connected to the simulator. Every setting can be tried here, including "
                                        "those whose hardware address is not published."))
        values = self.device_values()
        for name, editor in self.editors.items():
            reason = self._not_writable_reason(editor.param)
            editor.field.setEnabled(not reason or editor.param.read_only)
            if editor.param.kind == "pin":
                editor.repeat.setEnabled(not reason)
            if reason and not editor.param.read_only:
                editor.setToolTip(reason)
                editor.field.setToolTip(f"{param_help(editor.param)}\n\n{reason}")
                self._set_status(name, reason, "note")
            elif not editor.param.read_only:
                editor.setToolTip("")
                editor.field.setToolTip(param_help(editor.param))
                if isinstance(values.get(name), UnknownCode):
                    self._set_status(name, self._unknown_note(editor.param, values[name]), "unknown")
                elif self.row_status[name].property("kind") in ("note", "unknown"):
                    self._set_status(name, "", "")
        self._recheck()

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

    def changes(self) -> list[params.Change]:
        values, _problems = self.pending()
        return params.diff(self.device_values(), values)

    def _on_edited(self, name: str) -> None:
        self._recheck()

    def _recheck(self) -> None:
        values, problems = self.pending()
        merged = {k: v for k, v in self.device_values().items() if k in KNOWN}
        merged.update({k: v for k, v in values.items() if params.parameter(k).kind not in ("pin", "action")})
        # Check the whole set (cross-field rules need both sides) but show what concerns a pending edit.
        self.issues = [i for i in params.validate(merged, generation=self.generation())
                       if any(n in values for n in i.names)]
        self.issue_list.clear()
        flagged: dict[str, tuple[str, str]] = {}
        for name, text in problems.items():
            flagged[name] = (text, "error")
        listed = [(text, kind) for text, kind in flagged.values()]
        for issue in self.issues:
            kind = "error" if issue.is_error else "warning"
            listed.append((issue.message, kind))
            for name in issue.names:  # point at the edited side(s) of a cross-field rule
                if name in values and name in self.editors:
                    flagged.setdefault(name, (issue.message, kind))
        for text, kind in listed:
            item = QListWidgetItem(("✖ " if kind == "error" else "⚠ ") + text)
            item.setToolTip(text)
            self.issue_list.addItem(item)
        for name in self.editors:
            if name in flagged:
                self._set_status(name, *flagged[name])
            elif self.row_status[name].property("kind") in ("error", "warning"):
                self._set_status(name, "", "")

        self.diff_list.clear()
        for change in params.diff(self.device_values(), values):
            param = params.parameter(change.name)
            text = self.tr("{0}: {1} → {2}").format(param_label(param), format_value(param, change.old),
                                                   format_value(param, change.new))
            item = QListWidgetItem(text)
            item.setToolTip(param_help(param))
            self.diff_list.addItem(item)
        if not values:
            self.diff_list.addItem(self.tr("(none)"))
        self._update_buttons()

    def has_errors(self) -> bool:
        _values, problems = self.pending()
        return bool(problems) or any(i.is_error for i in self.issues)

    def _update_buttons(self) -> None:
        values, problems = self.pending()
        can_write = self.connection.connected and self.link_writable() and not self._writing
        blocked = [n for n in values if self._not_writable_reason(params.parameter(n))]
        self.apply_button.setEnabled(bool(values) and can_write and not self.has_errors() and not blocked)
        self.revert_button.setEnabled(bool(values or problems) and not self._writing)

    def _set_status(self, name: str, text: str, kind: str) -> None:
        label = self.row_status[name]
        label.setProperty("kind", kind)
        colour = {
            "error": theme.cell_state_style("out_of_range").colour,
            "failed": theme.cell_state_style("out_of_range").colour,
            "warning": theme.cell_state_style("balancing").colour,
            "unknown": theme.cell_state_style("balancing").colour,
            "ok": theme.cell_state_style("ok").colour,
        }.get(kind)
        prefix = {"error": "✖ ", "failed": "✖ ", "warning": "⚠ ", "unknown": "⚠ ", "ok": "✔ ",
                  "note": "ⓘ "}.get(kind, "")
        label.setText(prefix + text if text else "")
        label.setStyleSheet(f"color: {colour};" if colour else "")
        label.setVisible(bool(text))

    # -- apply / revert ---------------------------------------------------------------------------
    def revert(self) -> None:
        values = self.device_values()
        for editor in self.editors.values():
            self._show_device_value(editor, values)
        self._recheck()

    def apply(self) -> None:
        changes = self.changes()
        if not changes or self.has_errors() or self._writing:
            return
        self._writing = True
        self.result_list.clear()
        self.result_list.addItem(self.tr("Writing {0} setting(s)…").format(len(changes)))
        self._update_buttons()
        result = self.bridge.apply_settings({c.name: c.new for c in changes})
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)

            def done(t: asyncio.Future) -> None:
                self._tasks.discard(t)
                if t.cancelled():
                    self._on_results([])
                elif t.exception() is not None:
                    self._writing = False
                    self.result_list.clear()
                    self.result_list.addItem("✖ " + error_message(t.exception()))
                    self._update_buttons()
                else:
                    self._on_results(t.result())

            task.add_done_callback(done)

    def _on_results(self, results) -> None:
        if not self._writing:
            return  # already shown (the bridge both returned and signalled the results)
        self._writing = False
        results = list(results or [])
        # Show the BMS's values (read back); failed edits stay pending so nothing typed is lost.
        self._on_device_settings(self.device_values())
        for result in results:
            editor = self.editors.get(result.name)
            if not result.ok and editor is not None and editor.param.kind not in ("pin", "action"):
                editor.set_value(result.requested)
        self._recheck()
        self.result_list.clear()
        for result in results:
            self.results[result.name] = result
            param = params.parameter(result.name)
            if result.ok:
                shown = format_value(param, result.value if result.value is not None else result.requested)
                text = (self.tr("written and read back: {0}").format(shown) if result.verified
                        else self.tr("written (the BMS does not report it, so it could not be read back)"))
                if param.kind == "action":
                    text = self.tr("done")
                self._set_status(result.name, text, "ok")
                item = QListWidgetItem(f"✔ {param_label(param)}: {text}")
            else:
                text = error_message(result.error)
                self._set_status(result.name, text, "failed")
                item = QListWidgetItem(f"✖ {param_label(param)}: {text}")
            item.setToolTip(item.text())
            self.result_list.addItem(item)

    # -- files ------------------------------------------------------------------------------------
    def _meta(self) -> DeviceMeta:
        live = self.bridge.live
        firmware = live.get("firmware")
        return DeviceMeta(generation=self.generation(), serial=getattr(self.bridge, "serial", None),
                          firmware=None if firmware is None else str(firmware))

    def save_to_path(self, path: str | Path) -> None:
        values = {k: v for k, v in self.device_values().items() if k in KNOWN}
        text = dump_settings(values, self._meta())
        Path(path).write_text(text, encoding="utf-8")
        left_out = [n for n, v in values.items() if v is None or isinstance(v, UnknownCode)]
        self.result_list.clear()
        saved = len(values) - len(left_out)
        self.result_list.addItem(self.tr("Saved {0} settings to {1}").format(saved, path))
        if left_out:
            names = ", ".join(
                f"{param_label(params.parameter(n))} ({self._left_out_reason(values[n])})" for n in left_out)
            self.result_list.addItem(self.tr("⚠ Not saved: {0}").format(names))

    def _left_out_reason(self, value: Any) -> str:
        return self.tr("not reported") if value is None else unknown_text(value)

    def load_from_path(self, path: str | Path) -> list[params.Change]:
        """Put a file's values in as pending edits (nothing is written) and return the diff shown."""
        try:
            loaded = load_settings(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self._file_problem(self.tr("Could not read {0}: {1}").format(path, exc))
            return []
        except SettingsFileError as exc:
            self._file_problem(str(exc))
            return []
        self.revert()
        skipped = []
        not_reported = []
        for name, value in loaded.values.items():
            editor = self.editors.get(name)
            if editor is None:
                skipped.append(name)
                continue
            if editor.not_reported:
                not_reported.append(name)
                continue
            editor.set_value(value)
        self._recheck()
        self.result_list.clear()
        changes = self.changes()
        self.result_list.addItem(self.tr("Loaded {0}: {1} change(s) pending. Review them, then press Apply; "
                                         "nothing has been written.").format(Path(path).name, len(changes)))
        for warning in loaded.warnings:
            self.result_list.addItem("⚠ " + warning.message)
        if skipped:
            self.result_list.addItem(self.tr("⚠ Not for this BMS generation, skipped: {0}")
                                     .format(", ".join(param_label(params.parameter(n)) for n in skipped)))
        if not_reported:
            labels = ", ".join(param_label(params.parameter(n)) for n in not_reported)
            self.result_list.addItem(self.tr("⚠ Your BMS does not report these settings, skipped: {0}")
                                     .format(labels))
        return changes

    def _file_problem(self, text: str) -> None:
        self.result_list.clear()
        item = QListWidgetItem("✖ " + text)
        item.setToolTip(text)
        self.result_list.addItem(item)

    def save_to_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save settings"), "smartbms-settings.json",
                             self.tr("Settings files (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self._save_selected)
        dialog.open()
        self._file_dialog = dialog

    def _save_selected(self, path: str) -> None:
        try:
            self.save_to_path(path)
        except (OSError, SettingsFileError) as exc:
            self._file_problem(self.tr("Could not save {0}: {1}").format(path, exc))

    def load_from_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Load settings"), "", self.tr("Settings files (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_from_path)
        dialog.open()
        self._file_dialog = dialog
