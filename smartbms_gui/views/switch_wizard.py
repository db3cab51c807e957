"""The hidden factory settings wizard: program the current sensor and the cell count with the switches.

The manual's procedure, one page per step: choose, write down today's switches, set 1-7, toggle 8
ON and OFF, put the switches back, recalibrate the current sensor (switch 4), verify, summary.
The wizard never flips anything itself: the installer does, with the drawings as the guide.

`bridge` is optional (offline mode). When given, it is used only through the contract:
`bridge.live` (LiveState: `link_up`, `cell_count`, `battery_current_a`, `settings`, values such as
`bypass_v`) and its `liveChanged` signal.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smartbms_gui.protocol import switches as sw
from smartbms_gui.views import switch_texts as st
from smartbms_gui.views import theme, wizard_paper
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.dip_switch import DipSwitchBlock
from smartbms_gui.views.widgets.status_mark import StatusMark

PAGE_CHOOSE, PAGE_RECORD, PAGE_SET, PAGE_TOGGLE, PAGE_RESTORE, PAGE_CALIBRATE, PAGE_VERIFY, PAGE_SUMMARY = range(8)
SWITCHES_1_TO_7 = tuple(range(1, 8))
IMAGE_W, IMAGE_H = 480, 216
#: below this the battery current counts as zero for the auto zero (the BMS shows 0.0 A then)
ZERO_CURRENT_A = 0.05  # the switch drawings in the summary, drawn at the size they are shown


def live_of(bridge):
    """The bridge's LiveState, or None offline."""
    return getattr(bridge, "live", None) if bridge is not None else None


def is_connected(bridge) -> bool:
    live = live_of(bridge)
    return live is not None and bool(getattr(live, "link_up", False))


def live_value(bridge, name: str):
    live = live_of(bridge)
    if live is None:
        return None
    if name in getattr(live, "settings", {}):
        return live.settings.get(name)
    try:
        return getattr(live, name)
    except AttributeError:
        return None


class MessageRateProbe(QObject):
    """Switch 1 from the link's rhythm: the BMS sends its pack record every 0.5 s or 1.0 s.

    [?] Exact for the serial frame (docs/protocol.md §4: one frame per message cycle); assumed for the
    ASCII stream too. On every live notification the arrival time of the pack values is sampled;
    a notification can be missed when nothing changed, which only makes a gap a multiple of the
    interval, so the smallest of several gaps is used. Only a clear result counts (within 20 %
    of 0.5 s or 1.0 s); otherwise switch 1 is left to the user.

    A QObject with a parent (the wizard, the page), so its connection to `liveChanged` ends with
    the window it serves.
    """

    SAMPLES = 6

    def __init__(self, bridge, on_known=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._times: list[float] = []
        self._on_known = on_known
        self._was_known = False
        signal = getattr(bridge, "liveChanged", None) if bridge is not None else None
        if signal is not None:
            signal.connect(self._changed)

    def _changed(self, _changed=None) -> None:
        live = live_of(self._bridge)
        when = live.updated_at("pack_voltage_v") if hasattr(live, "updated_at") else None
        if when is not None and (not self._times or when > self._times[-1]):
            self._times = (self._times + [float(when)])[-self.SAMPLES:]
        if not self._was_known and self.interval_s() is not None:
            self._was_known = True
            if self._on_known is not None:
                self._on_known()

    def interval_s(self) -> float | None:
        if len(self._times) < self.SAMPLES:
            return None
        shortest = min(b - a for a, b in zip(self._times, self._times[1:]))
        for interval in (sw.MESSAGE_INTERVAL_FAST_S, sw.MESSAGE_INTERVAL_SLOW_S):
            if abs(shortest - interval) <= 0.2 * interval:
                return interval
        return None


@dataclass
class WizardState:
    """What the installer chose and did; the summary is made from it."""

    sensor_a: int = 100
    cells: int = 16
    recorded: tuple[bool, ...] = (False,) * 8
    prefilled: tuple[int, ...] = ()
    calibrated: bool = False
    verification: str = ""  # one line for the summary
    verified_ok: bool | None = None  # None = not checked (offline, or nothing to check against)
    steps_done: list[str] = field(default_factory=list)
    #: V bypass values the BMS reported while steps 3-4 were open: switches 2, 6 and 7 as drawn
    #: there show up as the target's V bypass, the one sign a BMS gives that it read switches 1-7
    seen_bypass_during_store: set[float] = field(default_factory=set)
    #: the simulated BMS's hidden (sensor A, cells) when the wizard opened (None: not the simulator)
    hidden_before: tuple[int, int] | None = None

    @property
    def table_cells(self) -> int:
        return sw.table_cells_for(self.cells)

    @property
    def target(self) -> tuple[bool, ...]:
        return sw.encode_hidden(self.sensor_a, self.cells)

    @property
    def restore(self) -> tuple[bool, ...]:
        # Exactly what was recorded; switch 8 always ends OFF.
        return tuple(self.recorded[:7]) + (False,)


def selectable_label(text: str = "", *, wrap: bool = True, rich: bool = False) -> QLabel:
    """A label whose text can be selected and copied (plain text unless `rich`)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _warning_box(text: str) -> QLabel:
    box = selectable_label(text)
    box.setObjectName("wizardWarning")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    theme.token_style(box, "QLabel#wizardWarning { border: 2px solid $danger; border-radius: 6px; "
                           "padding: 8px; font-weight: bold; }")
    box.setToolTip(box.text())
    return box


def _checkbox(text: str, tooltip: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setToolTip(tooltip)
    return box


class _Page(QWizardPage):
    gate: QCheckBox | None = None  # a page with a gate goes on only once it is ticked

    def validatePage(self) -> bool:  # noqa: N802
        # Besides the greyed-out Next button (mandatory field), also refuse a programmatic next().
        return self.gate is None or self.gate.isChecked()

    def state(self) -> WizardState:
        return self.wizard().state  # type: ignore[union-attr]

    def bridge(self):
        return self.wizard().bridge  # type: ignore[union-attr]


class ChoosePage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("1. Choose the current sensor and the number of cells"))
        self.setSubTitle(self.tr("Switches 1-3 store the sensor type, switches 4-7 the number of cells."))
        self.sensor = QComboBox()
        self.sensor.setToolTip(self.tr("The current sensor fitted to the IN board (J1, and J2 if used). Its rating "
                                       "is printed on the sensor."))
        for s in sw.SENSORS:
            self.sensor.addItem(st.sensor_label(s), s.amps)
        self.cells = QSpinBox()
        self.cells.setRange(sw.MIN_CELLS, sw.MAX_CELLS)
        self.cells.setToolTip(self.tr("The number of cells in series in your pack (one cell board each), 2 to 255. "
                                      "Cells in parallel count as one."))
        self.sensor.setMaximumWidth(520)
        self.cells.setMaximumWidth(120)
        self.sensor_note = selectable_label()
        self.mapping = selectable_label()
        self.mapping.setStyleSheet("font-weight: bold;")
        self.preview = DipSwitchBlock(editable=False)
        self.preview.setHighlighted(SWITCHES_1_TO_7)
        self.preview.setAccessibleName(self.tr("Preview: the positions step 3 will ask for"))
        self.preview.setToolTip(self.tr("A preview of the positions step 3 asks for. Do not set them yet."))
        self.preview.setMaximumHeight(200)
        self.table = selectable_label(self.tr("Cell counts in the table: %1.").replace(
            "%1", ", ".join(str(c) for c in sw.CELL_COUNT_TABLE)))
        form = QFormLayout()
        form.addRow(self.tr("Current sensor:"), self.sensor)
        form.addRow(self.tr("Cells in series:"), self.cells)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sensor_note)
        layout.addWidget(self.mapping)
        layout.addWidget(self.table)
        layout.addWidget(selectable_label(self.tr(
            "Why the next higher entry is harmless: the table has only 16 places, and the manual states that "
            "choosing the entry above your count has no drawbacks. The check at the end of this wizard compares "
            "what the BMS reports with your choice.")))
        preview_title = selectable_label(
            self.tr("Preview of the switch positions for this choice (you set them in step 3):"))
        layout.addWidget(preview_title)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self.sensor.currentIndexChanged.connect(self._changed)
        self.cells.valueChanged.connect(self._changed)
        self._defaults_set = False

    def initializePage(self) -> None:  # noqa: N802
        if not self._defaults_set:
            self._defaults_set = True
            state = self.state()
            sensor_a, cells = state.sensor_a, state.cells  # read before the widgets write back
            reported = live_value(self.bridge(), "cell_count") if is_connected(self.bridge()) else None
            self.sensor.setCurrentIndex(sw.SENSOR_AMPS.index(sensor_a))
            self.cells.setValue(int(reported) if reported else cells)
        self._changed()

    def _changed(self) -> None:
        state = self.state() if self.wizard() else None
        amps = self.sensor.currentData()
        sensor = sw.sensor(amps)
        self.sensor_note.setText(st.sensor_note(sensor))
        self.sensor_note.setVisible(bool(self.sensor_note.text()))
        self.mapping.setText(st.cell_mapping_text(self.cells.value()))
        self.preview.setPositions(sw.encode_hidden(amps, self.cells.value()))
        if state is not None:
            state.sensor_a = amps
            state.cells = self.cells.value()


class RecordPage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Your switches now"))
        self.setSubTitle(self.tr("Click the drawing until it matches the option switches on your IN board. The "
                                 "wizard shows these positions again at the end, so you can put them back."))
        self.dip = DipSwitchBlock(editable=True)
        self.dip.setAccessibleName(self.tr("Your option switches now"))
        self.prefill = selectable_label()
        self.meaning = selectable_label()
        self.eight_warning = _warning_box(self.tr(
            "Switch 8 is ON. It must never be left ON. Do not turn it OFF now: that would store switches "
            "1-7 as hidden settings. Carry on; step 4 turns it OFF after switches 1-7 are set."))
        self.confirm = _checkbox(self.tr("The drawing matches my IN board"),
                                 self.tr("Tick when every switch in the drawing is where it is on the board."))
        self.registerField("recorded*", self.confirm)
        self.gate = self.confirm
        self.refill = QPushButton(self.tr("Fill in from the BMS"))
        self.refill.setToolTip(self.tr("Set the switches the connected BMS reveals (V bypass: 2, 6, 7; message "
                                       "rate: 1) in the drawing."))
        self.refill.clicked.connect(self._refill)
        top = QHBoxLayout()
        top.addWidget(self.prefill, 1)
        top.addWidget(self.refill)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dip)
        layout.addLayout(top)
        layout.addWidget(self.meaning)
        layout.addWidget(self.eight_warning)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.dip.positionsChanged.connect(self._changed)
        self.dip.positionsChanged.connect(self._touched)
        self._prefilled_once = False
        self._user_touched: set[int] = set()
        self._last_positions = self.dip.positions()

    def initializePage(self) -> None:  # noqa: N802
        if not self._prefilled_once:
            self._prefilled_once = True
            self._prefill()
        self.refill.setEnabled(is_connected(self.bridge()))
        self._changed(self.dip.positions())

    def _prefill(self) -> None:
        """Fill in what the BMS shows of the switches: V bypass (2, 6, 7) and the message rate (1).

        Switch 5 (mode) cannot be derived: a Gen2 BMS does not report it, and a Gen3 BMS's
        critical-mode setting works alongside the switch, so it says nothing about switch 5.
        """
        bridge = self.bridge()
        state = self.state()
        if not is_connected(bridge):
            self.prefill.setText(self.tr("Not connected: set every switch by looking at the board."))
            return
        row = list(self.dip.positions())
        known: list[int] = []
        vbypass = live_value(bridge, "bypass_v") or live_value(bridge, "vbypass_v")
        if vbypass is not None:
            nearest = min(sw.VBYPASS_CHOICES, key=lambda v: abs(v - float(vbypass)))
            if abs(nearest - float(vbypass)) < 0.03:
                probe = sw.encode_normal(sw.NormalSettings(vbypass_v=nearest))
                for n in sw.SWITCHES_VBYPASS:
                    if n not in self._user_touched:  # never undo what the user clicked
                        row[n - 1] = probe[n - 1]
                known += list(sw.SWITCHES_VBYPASS)
        interval = self.wizard().message_rate.interval_s()
        if interval is not None:
            if sw.SWITCH_FAST_MESSAGES not in self._user_touched:
                row[sw.SWITCH_FAST_MESSAGES - 1] = interval == sw.MESSAGE_INTERVAL_FAST_S
            known.append(sw.SWITCH_FAST_MESSAGES)
        self.dip.setPositions(row)
        self._last_positions = self.dip.positions()
        self._changed(self._last_positions)
        state.prefilled = tuple(sorted(known))
        if known:
            self.prefill.setText(st.fill(self.tr(
                "Filled in from the connected BMS: switches %1. Check them, and set the others by looking at the "
                "board: the BMS does not report them."), ", ".join(str(n) for n in sorted(known))))
        else:
            self.prefill.setText(self.tr("The connected BMS has not reported anything that shows the switches yet: "
                                         "set every switch by looking at the board."))

    def _refill(self) -> None:
        """The button: the user asks for the BMS's view, so it wins over earlier clicks."""
        self._user_touched.clear()
        self._prefill()

    def _touched(self, positions) -> None:
        self._user_touched |= {n for n in range(1, 9) if positions[n - 1] != self._last_positions[n - 1]}
        self._last_positions = tuple(positions)

    def rate_known(self) -> None:
        """The message rate became known after the page opened: fill in switch 1 unless the user set it."""
        if self.wizard() is None or self.wizard().currentPage() is not self or 1 in self._user_touched:
            return
        if sw.SWITCH_FAST_MESSAGES not in self.state().prefilled:
            self._prefill()

    def _changed(self, positions) -> None:
        self.state().recorded = tuple(positions)
        self.meaning.setText(self.tr("In normal use these positions mean:") + "\n• " +
                             "\n• ".join(st.normal_meaning_lines(positions)[:5]))
        self.eight_warning.setVisible(bool(positions[7]))


class SetPage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("3. Set switches 1-7 like this"))
        self.setSubTitle(self.tr("Leave switch 8 OFF. The highlighted switches are the ones that store the settings."))
        self.dip = DipSwitchBlock(editable=False)
        self.dip.setAccessibleName(self.tr("Target positions of switches 1 to 7"))
        self.dip.setHighlighted(SWITCHES_1_TO_7)
        self.rows = selectable_label(rich=True)
        self.moves = selectable_label()
        self.caution = selectable_label(self.tr(
            "While the switches are set like this the BMS also reads them as normal settings (for example "
            "V bypass, mode or auto zero). That is expected and lasts only until step 5 puts them back."))
        self.confirm = _checkbox(self.tr("Switches 1-7 are set like the drawing, switch 8 is OFF"),
                                 self.tr("Tick when the board matches the drawing."))
        self.registerField("set*", self.confirm)
        self.gate = self.confirm
        layout = QVBoxLayout(self)
        layout.addWidget(self.dip)
        layout.addWidget(self.rows)
        layout.addWidget(self.moves)
        layout.addWidget(self.caution)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        state = self.state()
        target = state.target
        self.dip.setPositions(target)
        sensor = sw.sensor(state.sensor_a)
        self.rows.setText(
            st.fill(self.tr("<b>Switches 1-3: %1</b> → %2 A sensor (hidden settings table, sensor row)<br>"
                            "<b>Switches 4-7: %3</b> → %4 cells (hidden settings table, cells row)"),
                    html.escape(st.positions_text(target, (1, 2, 3))), sensor.amps,
                    html.escape(st.positions_text(target, (4, 5, 6, 7))), state.table_cells))
        moved = [n for n in SWITCHES_1_TO_7 if target[n - 1] != state.recorded[n - 1]]
        if moved:
            self.moves.setText(st.fill(self.tr("Compared with your switches now, flip: %1."),
                                       ", ".join(str(n) for n in moved)))
        else:
            self.moves.setText(self.tr("Your switches 1-7 are already in these positions."))


class TogglePage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("4. Toggle switch 8 ON, then OFF"))
        self.setSubTitle(self.tr("This stores switches 1-7 as the hidden settings."))
        self.warning = _warning_box(self.tr(
            "Switch 8 overwrites the hidden factory settings (current sensor and number of cells) with whatever "
            "switches 1-7 show at that moment. Check step 3 once more, then turn switch 8 ON and straight back "
            "OFF. Never leave switch 8 ON."))
        self.dip_on = DipSwitchBlock(editable=False)
        self.dip_on.setHighlighted({8})
        self.dip_on.setAccessibleName(self.tr("First: switch 8 ON"))
        self.dip_off = DipSwitchBlock(editable=False)
        self.dip_off.setHighlighted({8})
        self.dip_off.setAccessibleName(self.tr("Then: switch 8 OFF"))
        pair = QHBoxLayout()
        for title, dip in ((self.tr("First: switch 8 ON"), self.dip_on), (self.tr("Then: switch 8 OFF"), self.dip_off)):
            column = QVBoxLayout()
            heading = selectable_label(title)
            heading.setStyleSheet("font-weight: bold;")
            column.addWidget(heading)
            column.addWidget(dip)
            pair.addLayout(column)
        self.confirm = _checkbox(self.tr("I turned switch 8 ON and back OFF; it is OFF now"),
                                 self.tr("Tick when switch 8 is back OFF."))
        self.registerField("toggled*", self.confirm)
        self.gate = self.confirm
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(pair)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        target = self.state().target
        self.dip_on.setPositions(target[:7] + (True,))
        self.dip_off.setPositions(target[:7] + (False,))


class RestorePage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("5. Put the switches back"))
        self.setSubTitle(self.tr("Set all switches exactly as you recorded them in step 2. Switch 8 stays OFF."))
        self.dip = DipSwitchBlock(editable=False)
        self.dip.setAccessibleName(self.tr("Your recorded switch positions"))
        self.moves = selectable_label()
        self.meaning = selectable_label()
        self.confirm = _checkbox(self.tr("The switches are back as recorded"),
                                 self.tr("Tick when the board matches the drawing."))
        self.registerField("restored*", self.confirm)
        self.gate = self.confirm
        layout = QVBoxLayout(self)
        layout.addWidget(self.dip)
        layout.addWidget(self.moves)
        layout.addWidget(self.meaning)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        state = self.state()
        restore = state.restore
        self.dip.setPositions(restore)
        moved = [n for n in SWITCHES_1_TO_7 if restore[n - 1] != state.target[n - 1]]
        self.dip.setHighlighted(moved)
        self.moves.setText(st.fill(self.tr("Flip back: %1 (highlighted)."), ", ".join(str(n) for n in moved))
                           if moved else self.tr("Nothing to flip back: 1-7 were already in these positions."))
        self.meaning.setText(self.tr("These are your normal settings again:") + "\n• " +
                             "\n• ".join(st.normal_meaning_lines(restore)[:5]))


class CalibratePage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("6. Recalibrate the current sensor"))
        self.setSubTitle(self.tr("A new sensor type needs a new zero point (switch 4, auto zero)."))
        self.steps = selectable_label()
        self.dip = DipSwitchBlock(editable=False)
        self.dip.setHighlighted({sw.SWITCH_AUTO_ZERO})
        self.dip.setAccessibleName(self.tr("Switch 4 ON for the auto zero"))
        self.current = StatusMark(bold=True, coloured_text=False)
        font = QFont(self.current.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.current.label.setFont(font)
        self.current.set_wrapping()
        self.current.setToolTip(self.tr("The battery current the BMS reports now."))
        self.confirm = _checkbox(self.tr("I did the auto zero and switch 4 is back in its position"),
                                 self.tr("The manual says it may be needed after changing the sensor; "
                                         "you can also skip this step."))
        self.skip = _checkbox(self.tr("Skip: the current sensor type did not change"),
                              self.tr("Without a new sensor type the old zero point still holds."))
        self.confirm.toggled.connect(self._ticked)
        self.skip.toggled.connect(self._ticked)
        self.blocked = selectable_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.dip)
        layout.addWidget(self.current)
        layout.addWidget(self.confirm)
        layout.addWidget(self.blocked)
        layout.addWidget(self.skip)
        layout.addStretch(1)
        self._listening = None
        self._amps: float | None = None

    def initializePage(self) -> None:  # noqa: N802
        state = self.state()
        restore = state.restore
        self.dip.setPositions(restore[:3] + (True,) + restore[4:])
        back = st.on_off(restore[sw.SWITCH_AUTO_ZERO - 1])
        self.steps.setText(st.fill(self.tr(
            "1. Make sure absolutely no current flows through the sensors: switch off chargers, solar and loads.\n"
            "2. Set switch 4 ON (drawing below); the auto zero starts.\n"
            "3. Wait until the current reads 0 A (a few seconds).\n"
            "4. Set switch 4 back %1, as recorded."), back))
        bridge = self.bridge()
        signal = getattr(bridge, "liveChanged", None) if bridge is not None else None
        if signal is not None and self._listening is None:
            signal.connect(self._live_changed)
            self._listening = signal
        self._live_changed(frozenset({"battery_current_a"}))

    def _live_changed(self, changed) -> None:
        if "battery_current_a" not in changed and "link" not in changed:
            return
        bridge = self.bridge() if self.wizard() else None
        amps = live_value(bridge, "battery_current_a") if is_connected(bridge) else None
        self._amps = None if amps is None else float(amps)
        if amps is None:
            self.current.set_state(theme.INFO_STYLE, self.tr("Not connected: watch the current on the Overview "
                                                             "page or in the maker's app."))
        else:
            shown = i18n.format_quantity(float(amps), "A", 2)
            if self.current_is_zero():  # the BMS shows 0.00 A once the auto zero is done
                self.current.set_state(theme.relay_style(True),
                                       st.fill(self.tr("Battery current: %1 — zero"), shown))
            else:
                self.current.set_state(theme.BUSY_STYLE,
                                       st.fill(self.tr("Battery current: %1 — not zero yet"), shown))
        self._gate()

    def current_is_zero(self) -> bool | None:
        """True/False while the BMS reports its current; None offline (the installer watches it)."""
        return None if self._amps is None else abs(self._amps) < ZERO_CURRENT_A

    def _ticked(self, checked: bool) -> None:
        if checked:  # the auto zero and the skip exclude each other
            (self.skip if self.sender() is self.confirm else self.confirm).setChecked(False)
        self._gate()

    def _gate(self) -> None:
        """The auto-zero tick holds only while the current reads ~0 A; otherwise it is refused."""
        zero = self.current_is_zero()
        self.confirm.setEnabled(zero is not False or self.confirm.isChecked())
        if zero is False and self.confirm.isChecked():
            self.blocked.setText(self.tr("The BMS reads a current: the auto zero was done with current "
                                         "flowing, or it is flowing again. Switch off chargers, solar and "
                                         "loads and wait for 0 A, or skip this step."))
        elif zero is False:
            self.blocked.setText(self.tr("Can be ticked once the BMS reads 0 A."))
        else:
            self.blocked.setText("")
        self.blocked.setVisible(bool(self.blocked.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if self.skip.isChecked():
            return True
        return self.confirm.isChecked() and self.current_is_zero() is not False

    def validatePage(self) -> bool:  # noqa: N802
        if not self.isComplete():
            return False
        self.state().calibrated = self.confirm.isChecked()
        return True


class VerifyPage(_Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("7. Check what the BMS reports"))
        self.setSubTitle(self.tr("The cell count the BMS reports should match your choice, and what it reports "
                                 "should show that switch 8 stored it."))
        self.result = StatusMark(bold=True)
        self.result.set_wrapping()
        self.details = selectable_label()
        self.again = QPushButton(self.tr("Check again"))
        self.again.setToolTip(self.tr("Read the reported cell count again (it may take a few seconds to update)."))
        self.again.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addStretch(1)
        self._listening = None

    def initializePage(self) -> None:  # noqa: N802
        bridge = self.bridge()
        signal = getattr(bridge, "liveChanged", None) if bridge is not None else None
        if signal is not None and self._listening is None:
            signal.connect(self._live_changed)
            self._listening = signal
        self.check()

    def _live_changed(self, changed) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is self and (
                "cell_count" in changed or "cells" in changed or "settings" in changed):
            self.check()

    def check(self) -> None:
        state = self.state()
        bridge = self.bridge()
        chosen, entry = state.cells, state.table_cells
        if not is_connected(bridge):
            state.verified_ok = None
            state.verification = self.tr("Not checked: not connected.")
            self.result.set_state(theme.INFO_STYLE, state.verification)
            self.details.setText(st.fill(self.tr(
                "Connect to the BMS and look at the number of cells on the Battery page: it should be %1 "
                "(or %2, the table entry)."), chosen, entry))
            self.again.setEnabled(False)
            return
        self.again.setEnabled(True)
        reported = live_value(bridge, "cell_count")
        if reported is None:
            state.verified_ok = None
            state.verification = self.tr("Waiting for the BMS to report its cells…")
            self.result.set_state(theme.BUSY_STYLE, state.verification)
            self.details.setText("")
            return
        reported = int(reported)
        lines = []
        count_ok = reported in (chosen, entry)
        stored = self._stored_evidence()  # (True/False/None, why)
        ok: bool | None = count_ok and stored[0] is not False
        if count_ok and stored[0] is None:
            ok = None  # the count matches, but nothing shows that switch 8 stored anything
        if not count_ok:
            state.verification = st.fill(self.tr("The BMS reports %1 cells, but you chose %2 (table entry %3)."),
                                         reported, chosen, entry)
        elif ok:
            state.verification = st.fill(self.tr("The BMS reports %1 cells: matches your choice, and %2"),
                                         reported, stored[1])
        elif ok is None:
            state.verification = st.fill(self.tr("The BMS reports %1 cells, as chosen, but %2"), reported,
                                         stored[1])
        else:
            state.verification = st.fill(self.tr("The BMS reports %1 cells, as chosen, but %2"), reported,
                                         stored[1])
        if ok is not True:
            lines += [
                self.tr("Possible reasons:"),
                self.tr("• Switches 1-7 were not exactly as drawn when switch 8 was toggled: go back to step 3 and "
                        "toggle switch 8 again."),
                self.tr("• Switch 8 was not turned fully ON and OFF again."),
            ]
            if not count_ok:
                lines += [
                    self.tr("• Fewer cell boards answer than expected: check that every cell board's LED flashes "
                            "(a broken link stops the chain)."),
                    self.tr("• The BMS needs a few seconds to report the new count: press Check again."),
                ]
            if sw.sensor(state.sensor_a).min_in_board_version:
                lines.append(st.fill(self.tr("• The IN board firmware is too old for the %1 A sensor "
                                             "(needs v%2 or later), so the setting was not taken."),
                                     state.sensor_a, sw.sensor(state.sensor_a).min_in_board_version))
        lines.append(self.tr("The sensor type set with the hidden switches is not reported by a Gen2 BMS; check "
                             "that the current reads plausibly under a known load."))
        state.verified_ok = ok
        # a match with a tick, a failure with a cross in the error colour, "cannot tell" as a note
        style = theme.INFO_STYLE if ok is None else theme.relay_style(ok)
        self.result.set_state(style, state.verification)
        self.details.setText("\n".join(lines))

    def _stored_evidence(self) -> tuple[bool | None, str]:
        """Did switch 8 store something? (True / False / None = cannot tell, and the words why)."""
        state = self.state()
        battery = getattr(self.bridge(), "battery", None)
        hidden = _hidden_of(battery)
        if hidden is not None:  # the simulated BMS shows what it stored
            want = (state.sensor_a, state.table_cells)
            if hidden == want and (state.hidden_before != want or self.wizard().toggles_seen > 0):
                return True, self.tr("the simulated BMS stored the sensor and the cell count.")
            return False, st.fill(self.tr("the simulated BMS still holds %1 A and %2 cells: switch 8 stored "
                                          "nothing new."), hidden[0], hidden[1])
        target_v = sw.decode_normal(state.target).vbypass_v
        recorded_v = sw.decode_normal(state.restore).vbypass_v
        seen = state.seen_bypass_during_store
        if target_v == recorded_v or not seen:
            return None, self.tr("the BMS does not report the stored settings, so the app cannot confirm that "
                                 "switch 8 stored them.")
        if any(abs(v - target_v) < 0.015 for v in seen):
            return True, st.fill(self.tr("the BMS read switches 1-7 as drawn (it balanced at %1) while switch 8 "
                                         "was toggled."), i18n.format_quantity(target_v, "V", 2))
        return False, st.fill(self.tr("during steps 3-4 the BMS never balanced at %1, which switches 1-7 as "
                                      "drawn mean: they were not set as drawn, so switch 8 stored something "
                                      "else."), i18n.format_quantity(target_v, "V", 2))


def _hidden_of(battery) -> tuple[int, int] | None:
    """(sensor A, cells) the simulated BMS holds, or None for anything else."""
    sensor, cells = getattr(battery, "hidden_sensor_a", None), getattr(battery, "hidden_cells", None)
    return None if sensor is None or cells is None else (int(sensor), int(cells))


class SummaryPage(_Page):
    exported = Signal(str)  # the path written

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("8. Summary"))
        self.setSubTitle(self.tr("Keep this for the installation records."))
        self.view = QTextBrowser()
        self.view.setToolTip(self.tr("What was set, for your records."))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pdf = QPushButton(self.tr("Save as PDF…"))
        self.pdf.setToolTip(self.tr("Save this summary as a PDF file."))
        self.png = QPushButton(self.tr("Save as PNG…"))
        self.png.setToolTip(self.tr("Save this summary as a PNG image."))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this summary on paper for the installation records."))
        self.print_button.clicked.connect(self._ask_printer)
        self.status = selectable_label()
        self.pdf.clicked.connect(lambda: self._ask_path("pdf"))
        self.png.clicked.connect(lambda: self._ask_path("png"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf)
        row.addWidget(self.png)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._dialog: QFileDialog | None = None
        self.created = QDateTime.currentDateTime()

    def initializePage(self) -> None:  # noqa: N802
        self.created = QDateTime.currentDateTime()
        self.view.setDocument(self.document())

    # --- content
    def summary_html(self) -> str:
        state = self.state()
        sensor = sw.sensor(state.sensor_a)
        e = html.escape
        rows = [
            (self.tr("Date"), self.created.toString(Qt.DateFormat.ISODate).replace("T", " ")),
            (self.tr("Current sensor"), st.sensor_label(sensor)),
            (self.tr("Cells"), st.fill(self.tr("%1 in series → table entry %2"), state.cells, state.table_cells)),
            (self.tr("Switches 1-7 set to"), st.positions_text(state.target, SWITCHES_1_TO_7)),
            (self.tr("Switch 8"), self.tr("toggled ON and OFF; left OFF")),
            (self.tr("Switches restored to"), st.positions_text(state.restore)),
            (self.tr("Current sensor zero (switch 4)"), self.tr("done") if state.calibrated else self.tr("not done")),
            (self.tr("Check"), state.verification or self.tr("not done")),
        ]
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
        return (f"<h2>{e(self.tr('SmartBMS hidden settings — record'))}</h2>"
                f"<table cellspacing='0' cellpadding='4'>{table}</table>"
                f"<p><b>{e(self.tr('Switches 1-7 as set for storing (switch 8 OFF):'))}</b><br>"
                f"<img src='dip://target'></p>"
                f"<p><b>{e(self.tr('Switches as restored for normal use:'))}</b><br>"
                f"<img src='dip://restore'></p>")

    def _drawings(self) -> dict[str, dict]:
        """The summary's two switch drawings (`dip://target`, `dip://restore` in its HTML)."""
        state = self.state()
        return {
            "target": {"positions": state.target, "highlight": SWITCHES_1_TO_7, "width": IMAGE_W, "height": IMAGE_H},
            "restore": {"positions": state.restore, "width": IMAGE_W, "height": IMAGE_H},
        }

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        # the drawings on the summary's own background (the text view's base), not the window's:
        # on the window colour they sat on a block of their own
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        wizard_paper.add_drawings(doc, self._drawings(), palette)
        doc.setHtml(self.summary_html())
        return doc

    # --- export
    def _ask_path(self, kind: str) -> None:
        dialog = QFileDialog(self, self.tr("Save the summary"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("PNG images (*.png)"))
        dialog.selectFile(f"smartbms-hidden-settings-{self.created.toString('yyyyMMdd-HHmm')}.{kind}")
        dialog.fileSelected.connect(lambda path: self._save(kind, path))
        self._dialog = dialog
        dialog.open()  # not exec(): the app runs an asyncio loop

    def _ask_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the summary"))
        dialog.accepted.connect(lambda: self._print(printer))
        self._dialog = dialog
        self._printer = printer  # the dialog refers to it: keep it alive while the dialog is open
        # What QDialog.open() does (PySide6 binds only QPrintDialog's two-argument open()); never
        # exec(): the app runs an asyncio loop.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print(self, printer) -> None:
        try:
            self.print_to(printer)
        except OSError as exc:
            self.status.setText(st.fill(self.tr("Could not print: %1"), exc))
            return
        self.status.setText(self.tr("Sent to the printer."))

    def print_to(self, printer) -> None:
        """The same paper version as the PDF, on a QPrinter."""
        wizard_paper.print_document(self._paper_document(), printer)

    def _save(self, kind: str, path: str) -> None:
        try:
            (self.export_pdf if kind == "pdf" else self.export_png)(path)
        except OSError as exc:
            self.status.setText(st.fill(self.tr("Could not save %1: %2"), path, exc))
            return
        self.status.setText(st.fill(self.tr("Saved %1"), path))
        self.exported.emit(path)

    def _paper_document(self) -> QTextDocument:
        return wizard_paper.paper_document(self.summary_html(), self._drawings())

    def export_png(self, path: str) -> None:
        if not wizard_paper.save_png(self._paper_document(), path):
            raise OSError(self.tr("the PNG could not be written"))

    def export_pdf(self, path: str) -> None:
        if not wizard_paper.save_pdf(self._paper_document(), path, self.tr("SmartBMS hidden settings — record")):
            raise OSError(self.tr("the PDF could not be written"))


class HiddenSettingsWizard(QWizard):
    """Program the IN board's hidden settings (sensor, cell count) with the option switches."""

    def __init__(self, bridge=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.state = WizardState()
        self.message_rate = MessageRateProbe(bridge, on_known=lambda: self.record.rate_known(), parent=self)
        self.setWindowTitle(self.tr("Hidden settings: current sensor and number of cells"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, False)
        self.setMinimumSize(760, 600)
        self.choose = ChoosePage()
        self.record = RecordPage()
        self.set_page = SetPage()
        self.toggle = TogglePage()
        self.restore = RestorePage()
        self.calibrate = CalibratePage()
        self.verify = VerifyPage()
        self.summary = SummaryPage()
        for page_id, page in enumerate((self.choose, self.record, self.set_page, self.toggle, self.restore,
                                        self.calibrate, self.verify, self.summary)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_CHOOSE)
        self.state.hidden_before = _hidden_of(getattr(bridge, "battery", None))
        #: switch 8 going OFF on the simulated board while the wizard was open
        self.toggles_seen = 0
        self._switch8 = None
        battery = getattr(bridge, "battery", None)
        listeners = getattr(battery, "switch_listeners", None)
        if listeners is not None:
            self._switch8 = bool(battery.switches[7])
            listeners.append(self._sim_switches_changed)
            self.destroyed.connect(lambda *_: listeners.remove(self._sim_switches_changed)
                                   if self._sim_switches_changed in listeners else None)
        signal = getattr(bridge, "liveChanged", None) if bridge is not None else None
        if signal is not None:
            signal.connect(self._watch_bypass)

    def _sim_switches_changed(self) -> None:
        now = bool(self.bridge.battery.switches[7])
        if self._switch8 and not now:
            self.toggles_seen += 1
        self._switch8 = now

    def _watch_bypass(self, changed=None) -> None:
        """While steps 3-4 are open, note the V bypass the BMS reports (it reads switches 2, 6, 7 live)."""
        if self.currentId() not in (PAGE_SET, PAGE_TOGGLE) or not is_connected(self.bridge):
            return
        vbypass = live_value(self.bridge, "bypass_v")
        if vbypass is not None:
            self.state.seen_bypass_during_store.add(round(float(vbypass), 3))
        for which, tip in ((QWizard.WizardButton.NextButton, self.tr("Go to the next step")),
                           (QWizard.WizardButton.BackButton, self.tr("Go back one step")),
                           (QWizard.WizardButton.CancelButton,
                            self.tr("Stop the wizard. If you changed switches, put them back as recorded.")),
                           (QWizard.WizardButton.FinishButton, self.tr("Close the wizard"))):
            self.button(which).setToolTip(tip)
