"""The simulator panel: the simulated IN board's option switches, faults, and the simulation speed.

Only shown when the app runs against the built-in simulator. Flipping a switch here is flipping it
on the simulated board (`battery.set_switch`), so the hidden-settings wizard can be walked end to
end: switch 8 ON then OFF really stores the sensor and cell count in the simulated BMS.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.protocol import params
from smartbms_gui.sim.faults import FAULT_KINDS, FAULTS, FaultChange, Faults
from smartbms_gui.views import switch_texts as st
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.dip_switch import DipSwitchBlock

SPEEDS = (0.0, 1.0, 10.0, 60.0, 600.0, 3600.0)
ONE_SHOT_FAULTS = ("device_reboot",)
REFRESH_MS = 500
PROFILE = -1  # the power spin boxes' "follow the day profile" value
MAX_POWER_W = 100_000
FAULT_COLUMNS = 3
DIP_MAX_HEIGHT = 230  # the drawing stays legible and leaves room for the faults at 1366x768


def fault_title(name: str) -> str:
    """The fault's name in the user's language; the simulator's own name stays the key.

    A fault the simulator gains later (not listed here) shows its name with spaces, untranslated.
    """
    translate = QCoreApplication.translate  # (the name the string extractor looks for)
    titles = {
        "cell_over_voltage": translate("SimulatorPanel", "Cell over voltage"),
        "cell_under_voltage": translate("SimulatorPanel", "Cell under voltage"),
        "temperature_high": translate("SimulatorPanel", "Temperature high"),
        "temperature_low": translate("SimulatorPanel", "Temperature low"),
        "cell_link_broken": translate("SimulatorPanel", "Cell link broken"),
        "link_drop": translate("SimulatorPanel", "Link drop"),
        "garbled_bytes": translate("SimulatorPanel", "Garbled bytes"),
        "truncated_bytes": translate("SimulatorPanel", "Truncated messages"),
        "slow_replies": translate("SimulatorPanel", "Slow replies"),
        "missing_replies": translate("SimulatorPanel", "Missing replies"),
        "reply_ko": translate("SimulatorPanel", "Replies refused (KO)"),
        "reply_na": translate("SimulatorPanel", "Replies not authorised (NA)"),
        "reply_wrong": translate("SimulatorPanel", "Replies malformed (WRONG)"),
        "write_unanswered": translate("SimulatorPanel", "Write not answered"),
        "write_low_byte_ko": translate("SimulatorPanel", "Last byte of a write refused"),
        "slow_write_replies": translate("SimulatorPanel", "Slow write answers"),
        "start_stop_unanswered": translate("SimulatorPanel", "Stream start/stop not answered"),
        "device_reboot": translate("SimulatorPanel", "Device reboot"),
    }
    return titles.get(name, name.replace("_", " "))


def fault_help(name: str, fallback: str) -> str:
    """What the fault does, for the tooltip, in the user's language (`fallback`: the sim's own words)."""
    translate = QCoreApplication.translate
    texts = {
        "cell_over_voltage": translate("SimulatorPanel",
                                       "One cell reads above V max: the Vh light comes on and the charge "
                                       "relay opens."),
        "cell_under_voltage": translate("SimulatorPanel",
                                        "One cell reads below V min: the Vl light comes on and the load "
                                        "relay opens."),
        "temperature_high": translate("SimulatorPanel",
                                      "One cell reads above T max: the Th light comes on and both relays "
                                      "open."),
        "temperature_low": translate("SimulatorPanel",
                                     "One cell reads below T min: the Tl light comes on and both relays "
                                     "open."),
        "cell_link_broken": translate("SimulatorPanel",
                                      "The data chain between the cell boards breaks: the E light comes on,"
                                      " both relays open and the cells after the break stop reporting."),
        "link_drop": translate("SimulatorPanel", "The link to the app goes silent in both directions."),
        "garbled_bytes": translate("SimulatorPanel", "Some bytes the BMS sends arrive damaged."),
        "truncated_bytes": translate("SimulatorPanel", "Some messages the BMS sends are cut short."),
        "slow_replies": translate("SimulatorPanel", "Answers to commands arrive late."),
        "missing_replies": translate("SimulatorPanel", "Commands are echoed but never answered."),
        "reply_ko": translate("SimulatorPanel", "Every command is refused with KO."),
        "reply_na": translate("SimulatorPanel", "Every command is refused with NA (not authorised)."),
        "reply_wrong": translate("SimulatorPanel", "Every command is answered with WRONG (malformed)."),
        "write_unanswered": translate("SimulatorPanel",
                                      "The next byte written is echoed but never answered (and by default "
                                      "not stored): a settings write stops half way."),
        "write_low_byte_ko": translate("SimulatorPanel",
                                       "The last byte of every two-byte setting is refused; the first byte "
                                       "was stored already, so the battery holds a mixed value."),
        "slow_write_replies": translate("SimulatorPanel",
                                        "Answers to settings writes come late; the value is stored at once."),
        "start_stop_unanswered": translate("SimulatorPanel",
                                           "The commands that pause and restart the live data are obeyed "
                                           "but never answered."),
        "device_reboot": translate("SimulatorPanel",
                                   "The BMS restarts: the data stops, the login is lost and it is silent "
                                   "for a moment."),
    }
    return texts.get(name, fallback)


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SimulatorPanel(QWidget):
    """Controls for a `SimulatedBattery` (and, when given, its `SimulatorRunner`'s speed). Faults go
    through the fault registry (`faults`, by default the battery's: sim/faults.py), whose listener
    keeps the fault boxes true to faults injected elsewhere (a schedule, a script)."""

    speedChanged = Signal(float)

    def __init__(self, battery, parent: QWidget | None = None, *, runner=None, faults: Faults | None = None
                 ) -> None:
        super().__init__(parent)
        self.battery = battery
        self.runner = runner
        self.faults: Faults = faults if faults is not None else battery.faults

        # --- switches
        self.dip = DipSwitchBlock(tuple(battery.switches), editable=True)
        self.dip.setAccessibleName(self.tr("Option switches of the simulated IN board"))
        self.dip.setToolTip(self.tr("The simulated IN board's option switches: flip them as the wizard or the "
                                    "Switches page says. Switch 8 ON then OFF stores switches 1-7 as the hidden "
                                    "settings."))
        self.switch_state = _label()
        switches_box = QGroupBox(self.tr("IN board option switches (simulated)"))
        self.dip.setMaximumHeight(DIP_MAX_HEIGHT)
        s_layout = QVBoxLayout(switches_box)
        s_layout.addWidget(self.dip)
        s_layout.addWidget(self.switch_state)

        # --- faults
        faults_box = QGroupBox(self.tr("Faults"))
        grid = QGridLayout(faults_box)
        self.fault_grid = grid
        self.fault_widgets: list[QWidget] = []  # in reading order; laid out by `_grid_faults`
        self.fault_columns = 0
        self.fault_boxes: dict[str, QCheckBox] = {}
        self.fault_buttons: dict[str, QPushButton] = {}
        for name, description in FAULTS.items():
            kind = FAULT_KINDS.get(name)
            title = fault_title(name)
            if name in ONE_SHOT_FAULTS:
                button = QPushButton(self.tr("Trigger: %1").replace("%1", title))
                button.setToolTip(fault_help(name, description))
                button.clicked.connect(lambda _=False, n=name: self._inject(n))
                self.fault_buttons[name] = button
                widget = button
            else:
                box = QCheckBox(title)
                box.setToolTip(fault_help(name, description))
                box.toggled.connect(lambda on, n=name: self._inject(n) if on else self._clear(n))
                self.fault_boxes[name] = box
                widget = box
            self.fault_widgets.append(widget)
            if kind is not None and kind.wire:
                widget.setAccessibleDescription(self.tr("affects the link, not the cells"))
        self.clear_all = QPushButton(self.tr("Clear all faults"))
        self.clear_all.setToolTip(self.tr("Remove every active fault."))
        self.clear_all.clicked.connect(lambda: self._clear(None))
        self.fault_error = _label()
        theme.token_style(self.fault_error, "color: $danger;")
        self._grid_faults(FAULT_COLUMNS)

        # --- speed
        self.speed = QComboBox()
        for factor in SPEEDS:
            text = self.tr("Paused") if factor == 0 else self.tr("×%1").replace("%1", f"{factor:g}")
            self.speed.addItem(text, factor)
        current = getattr(runner, "speed", 1.0) if runner is not None else 1.0
        self.speed.setCurrentIndex(min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - current)))
        if runner is None:
            self.speed.setToolTip(self.tr("Simulated seconds per real second (applies when the simulator runs "
                                          "inside the app)."))
        else:
            self.speed.setToolTip(self.tr("Simulated seconds per real second: ×60 passes a day in 24 minutes."))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        speed_box = QGroupBox(self.tr("Simulation"))
        form = QFormLayout(speed_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # only the Pack text
        form.addRow(self.tr("Speed:"), self.speed)
        self.sun = self._power_box(getattr(battery, "solar_override_w", None),
                                   self.tr("Solar power offered to the pack: the simulated day's sun, or a fixed "
                                           "value (0 = night)."))
        self.sun.valueChanged.connect(lambda v: self._set_power("solar_override_w", v))
        self.load = self._power_box(getattr(battery, "load_override_w", None),
                                    self.tr("Power the consumers draw: the simulated day's pattern, or a fixed value "
                                            "(0 = no load; with sun 0 too, no current flows, as the auto zero "
                                            "needs)."))
        self.load.valueChanged.connect(lambda v: self._set_power("load_override_w", v))
        form.addRow(self.tr("Sun:"), self.sun)
        form.addRow(self.tr("Load:"), self.load)
        self.pack_state = _label()
        self.pack_state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(self.tr("Pack:"), self.pack_state)
        # the manual's way back in when the PIN is forgotten: hold the OUT board's Bluetooth button
        self.pin_reset = QPushButton(self.tr("PIN back to 1234"))
        self.pin_reset.setToolTip(self.tr("Does what holding the OUT board's Bluetooth button for 5 s does on a "
                                          "real BMS: the PIN goes back to 1234 (the simulated battery keeps a "
                                          "changed PIN while the app runs)."))
        self.pin_reset.clicked.connect(self._reset_pin)
        self.pin_reset.setEnabled(hasattr(battery, "change_pin"))
        form.addRow(self.tr("Bluetooth button:"), self.pin_reset)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addWidget(switches_box, 3)
        top.addWidget(speed_box, 2)
        layout.addLayout(top)
        layout.addWidget(faults_box)
        layout.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

        self.dip.positionsChanged.connect(self._flip)
        listeners = getattr(battery, "switch_listeners", None)
        if listeners is not None:
            listeners.append(self._battery_switches_changed)
        self.faults.add_listener(self._faults_changed)
        self.destroyed.connect(lambda *_: self._detach())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _grid_faults(self, columns: int) -> None:
        """The faults in `columns` columns, row by row, then Clear all and the last error below them."""
        if columns == self.fault_columns:
            return
        grid = self.fault_grid
        for widget in (*self.fault_widgets, self.clear_all, self.fault_error):
            grid.removeWidget(widget)
        for index, widget in enumerate(self.fault_widgets):
            grid.addWidget(widget, index // columns, index % columns)
        last_row = (len(self.fault_widgets) + columns - 1) // columns
        grid.addWidget(self.clear_all, last_row, 0)
        grid.addWidget(self.fault_error, last_row + 1, 0, 1, columns)
        for column in range(max(columns, self.fault_columns)):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        self.fault_columns = columns

    def _fault_columns_for(self, width: int) -> int:
        """As many columns (at most FAULT_COLUMNS) as fit `width` with every fault's name whole (German
        at the window's smallest size cut the third column off)."""
        grid = self.fault_grid
        widest = max(w.sizeHint().width() for w in (*self.fault_widgets, self.clear_all))
        margins = grid.contentsMargins()
        room = width - margins.left() - margins.right() - 40  # the group's frame, the page's margins
        spacing = max(grid.horizontalSpacing(), 0)
        return max(1, min(FAULT_COLUMNS, (room + spacing) // (widest + spacing)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._grid_faults(self._fault_columns_for(event.size().width()))
        super().resizeEvent(event)

    def _power_box(self, value, tooltip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(PROFILE, MAX_POWER_W)
        box.setSingleStep(100)
        box.setSuffix(" W")
        box.setSpecialValueText(self.tr("Day profile"))
        box.setValue(PROFILE if value is None else int(value))
        box.setToolTip(tooltip)
        return box

    def _reset_pin(self) -> None:
        self.battery.change_pin(params.FACTORY_PIN)  # (the factory's, as after the button on a real BMS)
        self.pin_reset.setText(self.tr("PIN is 1234 again"))
        button = self.pin_reset  # (the timer's context: not called once the button is gone)
        QTimer.singleShot(3000, button, lambda: button.setText(self.tr("PIN back to 1234")))

    def _set_power(self, attribute: str, value: int) -> None:
        setattr(self.battery, attribute, None if value == PROFILE else float(value))
        self.refresh()

    # --- switches
    def _flip(self, positions) -> None:
        """Apply the drawing to the simulated board one switch at a time, as a hand would."""
        self.battery.flip_switches(positions)
        self.refresh()

    def _battery_switches_changed(self) -> None:
        try:
            self.dip.blockSignals(True)
            try:
                self.dip.setPositions(tuple(self.battery.switches))
            finally:
                self.dip.blockSignals(False)
            self.refresh()
        except RuntimeError:  # the panel's widgets are gone (page closed): stop listening
            self._detach()

    def _detach(self) -> None:
        listeners = getattr(self.battery, "switch_listeners", None)
        if listeners is not None and self._battery_switches_changed in listeners:
            listeners.remove(self._battery_switches_changed)
        self.faults.remove_listener(self._faults_changed)

    def _faults_changed(self, change: FaultChange) -> None:
        try:
            self.refresh()
        except RuntimeError:  # the panel's widgets are gone (page closed): stop listening
            self._detach()

    # --- faults
    def _inject(self, name: str) -> None:
        try:
            self.faults.inject(name)
            self.fault_error.setText("")
        except ValueError as exc:
            self.fault_error.setText(str(exc))
        self.refresh()

    def _clear(self, name: str | None) -> None:
        try:
            self.faults.clear(name)
            self.fault_error.setText("")
        except ValueError as exc:
            self.fault_error.setText(str(exc))
        self.refresh()

    # --- speed
    def _speed_changed(self) -> None:
        factor = float(self.speed.currentData())
        if self.runner is not None:
            self.runner.speed = factor
        self.speedChanged.emit(factor)

    # --- state
    def refresh(self) -> None:
        b = self.battery
        self.switch_state.setText(st.fill(self.tr(
            "Stored hidden settings: %1 A sensor, %2 cells. The pack reports %3 cells.\nIn normal use: %4"),
            getattr(b, "hidden_sensor_a", "?"), getattr(b, "hidden_cells", "?"), b.cell_count,
            "; ".join(line.split(" — ", 1)[-1] for line in st.normal_meaning_lines(tuple(b.switches))[:5])))
        active = self.faults.active()
        for name, box in self.fault_boxes.items():
            if box.isChecked() != (name in active):
                box.blockSignals(True)
                box.setChecked(name in active)
                box.blockSignals(False)
        current = getattr(b, "battery_current_a", None)
        soc = getattr(b, "soc_pct", None)
        parts = []
        if soc is not None:
            parts.append(st.fill(self.tr("SoC %1 %"), i18n.format_number(float(soc), 0)))
        if current is not None:
            amps = float(current)
            parts.append(st.fill(self.tr("current %1 A"),
                                 ("+" if amps >= 0 else "-") + i18n.format_number(abs(amps), 2)))
        self.pack_state.setText(", ".join(parts))
