"""The Switches page: set the normal option switches, decode a switch row, start the hidden-settings wizard.

Three tabs:
- "Set the switches": choose message rate, V bypass, blind spot, auto zero and mode; the drawing
  shows where switches 1-7 go (8 stays OFF), with what normal and critical mode do to the relays.
- "What do my switches mean?": click the drawing to match the board; see the meaning in normal
  use and, separately, what switch 8 would store as hidden settings.
- "Hidden settings": explains and opens the wizard in a window of its own, non-modal (never `exec()`),
  so the main window (the Simulator page's switches too) stays usable while it is open.

When a BMS is connected, the setter starts from what it reveals of its switches: V bypass (2, 6, 7)
and the message rate (1, from the stream's rhythm), until the user changes a control. The hidden
tab marks the table row of the cell count the BMS reports.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.protocol import switches as sw
from smartbms_gui.views import switch_texts as st
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.dip_switch import DipSwitchBlock
from smartbms_gui.views.switch_wizard import (
    HiddenSettingsWizard,
    MessageRateProbe,
    is_connected,
    live_value,
    selectable_label,
)

NORMAL_SWITCHES = (1, 2, 3, 4, 5, 6, 7)
VBYPASS_MATCH_V = 0.03  # a reported V bypass this close to a table value identifies switches 2, 6, 7
# The hidden tables' grid and the marked row, per theme.
TABLE_COLOURS = {"light": {"grid": "#B8B8B8", "mark": "#D6E6F7"},
                 "dark": {"grid": "#5A5A5A", "mark": "#2E4A6B"}}


def volts_text(volts: float) -> str:
    """V bypass as this page writes it everywhere: "3.50 V" (the user's decimal sign)."""
    return i18n.format_quantity(volts, "V", 2)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class NormalSwitchesSetter(QWidget):
    """Choose the normal-use settings; the drawing shows the target positions."""

    settingsChanged = Signal(object)  # sw.NormalSettings
    userChanged = Signal()  # the user changed a control (a fill-in from the BMS does not count)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate = QComboBox()
        self.rate.addItem(st.fill(self.tr("Every %1 s (saves energy)"),
                                  i18n.format_number(sw.MESSAGE_INTERVAL_SLOW_S, 1)), False)
        self.rate.addItem(st.fill(self.tr("Every %1 s (fastest information)"),
                                  i18n.format_number(sw.MESSAGE_INTERVAL_FAST_S, 1)), True)
        self.rate.setToolTip(self.tr("Switch 1: how often the cell boards send their messages."))
        self.vbypass = QComboBox()
        for volts in sw.VBYPASS_CHOICES:
            self.vbypass.addItem(volts_text(volts), volts)
        self.vbypass.setToolTip(self.tr("Switches 2, 6, 7: the balancing voltage. Above it a cell board burns 1 A "
                                        "so the other cells catch up; when all cells reach it the SoC is set to "
                                        "100 %. LiFePO4 packs use 3.4-3.7 V."))
        self.blind_spot = QCheckBox(self.tr("Blind spot around 0 A (recommended)"))
        self.blind_spot.setToolTip(self.tr("Switch 3: tiny false currents (temperature drift, sensor offset) read "
                                           "as 0 A, so they do not spoil the SoC."))
        self.auto_zero = QCheckBox(self.tr("Auto zero (only while calibrating)"))
        self.auto_zero.setToolTip(self.tr("Switch 4: zero calibration of the current sensors. Turn it ON only while "
                                          "absolutely no current flows, wait until the current reads 0 A, then "
                                          "OFF again."))
        self.normal_mode = QRadioButton(self.tr("Normal mode (recommended)"))
        self.normal_mode.setToolTip(self.tr("Switch 5 OFF: the relays follow the SoC and the limits."))
        self.critical_mode = QRadioButton(self.tr("Critical mode"))
        self.critical_mode.setToolTip(self.tr("Switch 5 ON: the relays open only in critical conditions."))
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.normal_mode)
        self._mode_group.addButton(self.critical_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.normal_mode)
        mode_row.addWidget(self.critical_mode)
        mode_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Message rate (1):"), self.rate)
        form.addRow(self.tr("V bypass (2, 6, 7):"), self.vbypass)
        form.addRow(self.tr("Blind spot (3):"), self.blind_spot)
        form.addRow(self.tr("Auto zero (4):"), self.auto_zero)
        form.addRow(self.tr("Mode (5):"), mode_row)

        self.dip = DipSwitchBlock(editable=False)
        self.dip.setAccessibleName(self.tr("Where to set the option switches"))
        self.dip.setHighlighted(NORMAL_SWITCHES)
        self.summary = selectable_label()
        self.summary.setStyleSheet("font-weight: bold;")
        self.auto_zero_note = selectable_label(self.tr(
            "Auto zero is ON in this drawing: only while no current flows, then set switch 4 back OFF."))
        theme.token_style(self.auto_zero_note, "color: $danger; font-weight: bold;")
        self.modes = selectable_label(st.mode_explanation_html(), rich=True)
        self.from_bms = selectable_label()

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.from_bms)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.dip)
        right.addWidget(self.summary)
        right.addWidget(self.auto_zero_note)
        # side by side where both fit beside each other, else the drawing below the choices (the
        # window's smallest size: side by side the drawing was cut off after switch 7)
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        self._top, self._left, self._right = top, left, right
        modes_box = QGroupBox(self.tr("Normal or critical mode: what the relays do"))
        QVBoxLayout(modes_box).addWidget(self.modes)
        self._modes_box = modes_box
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(modes_box)
        layout.addStretch(1)

        self.setSettings(sw.NormalSettings())
        for signal in (self.rate.currentIndexChanged, self.vbypass.currentIndexChanged):
            signal.connect(self._changed)
        for box in (self.blind_spot, self.auto_zero, self.normal_mode, self.critical_mode):
            box.toggled.connect(self._changed)
        # Only the user's own changes (not a fill-in from the BMS) stop the fill-in.
        self.user_changed = False
        for combo in (self.rate, self.vbypass):
            combo.activated.connect(self._user_changed)
        for box in (self.blind_spot, self.auto_zero, self.normal_mode, self.critical_mode):
            box.clicked.connect(self._user_changed)

    def _user_changed(self, *_args) -> None:
        if not self.user_changed:
            self.user_changed = True
            self.userChanged.emit()

    def fill_from_bms(self, vbypass_v: float | None, interval_s: float | None) -> list[int]:
        """Start from what the connected BMS reveals; returns the switches filled in.

        Nothing is changed once the user has changed a control: the page never undoes a choice.
        """
        if self.user_changed:
            return []
        current = self.settings()
        filled: list[int] = []
        vbypass = current.vbypass_v
        if vbypass_v is not None:
            nearest = min(sw.VBYPASS_CHOICES, key=lambda v: abs(v - float(vbypass_v)))
            if abs(nearest - float(vbypass_v)) < VBYPASS_MATCH_V:
                vbypass = nearest
                filled += list(sw.SWITCHES_VBYPASS)
        fast = current.fast_messages
        if interval_s is not None:
            fast = interval_s == sw.MESSAGE_INTERVAL_FAST_S
            filled.append(sw.SWITCH_FAST_MESSAGES)
        if filled:
            self.setSettings(sw.NormalSettings(fast_messages=fast, vbypass_v=vbypass,
                                               blind_spot=current.blind_spot, auto_zero=current.auto_zero,
                                               critical_mode=current.critical_mode))
        return sorted(filled)

    def settings(self) -> sw.NormalSettings:
        return sw.NormalSettings(
            fast_messages=bool(self.rate.currentData()),
            vbypass_v=float(self.vbypass.currentData()),
            blind_spot=self.blind_spot.isChecked(),
            auto_zero=self.auto_zero.isChecked(),
            critical_mode=self.critical_mode.isChecked(),
        )

    def _side_by_side_width(self) -> int:
        margins = self.layout().contentsMargins()
        return (self._left.minimumSize().width() + self._top.spacing() + self._right.minimumSize().width()
                + margins.left() + margins.right())

    def side_by_side(self) -> bool:
        return self._top.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the choices or the drawing (one above the other), so that the scroll area gives
        this page its own width and `resizeEvent` can put the drawing below."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        widest = max(self._left.minimumSize().width(), self._right.minimumSize().width(),
                     self._modes_box.minimumSizeHint().width())  # (a word too long to wrap, say)
        stacked = widest + margins.left() + margins.right()
        return QSize(min(hint.width(), stacked), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        wide = event.size().width() >= self._side_by_side_width()
        if wide != self.side_by_side():
            self._top.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                   else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def setSettings(self, settings: sw.NormalSettings) -> None:  # noqa: N802
        widgets = (self.rate, self.vbypass, self.blind_spot, self.auto_zero, self.normal_mode, self.critical_mode)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.rate.setCurrentIndex(1 if settings.fast_messages else 0)
            self.vbypass.setCurrentIndex(sw.VBYPASS_CHOICES.index(
                min(sw.VBYPASS_CHOICES, key=lambda v: abs(v - settings.vbypass_v))))
            self.blind_spot.setChecked(settings.blind_spot)
            self.auto_zero.setChecked(settings.auto_zero)
            self.critical_mode.setChecked(settings.critical_mode)
            self.normal_mode.setChecked(not settings.critical_mode)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._changed()

    def targetPositions(self) -> tuple[bool, ...]:  # noqa: N802
        return sw.encode_normal(self.settings())

    def _changed(self, *_args) -> None:
        settings = self.settings()
        positions = sw.encode_normal(settings)
        self.dip.setPositions(positions)
        self.summary.setText(st.fill(self.tr("Set: %1. Switch 8 stays OFF."),
                                     st.positions_text(positions, NORMAL_SWITCHES)))
        self.auto_zero_note.setVisible(settings.auto_zero)
        self.settingsChanged.emit(settings)


class SwitchDecoder(QWidget):
    """"What do my switches mean?": an editable drawing and both meanings of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = selectable_label(self.tr("Click the drawing until it looks like the option switches on your IN board."))
        self.dip = DipSwitchBlock(editable=True)
        self.dip.setAccessibleName(self.tr("Your option switches"))
        self.normal = selectable_label()
        self.normal.setToolTip(self.tr("What the BMS does with these positions while it runs."))
        self.hidden = selectable_label()
        self.hidden.setToolTip(self.tr("What switch 8 would store if toggled ON and OFF with these positions."))
        normal_box = QGroupBox(self.tr("In normal use"))
        QVBoxLayout(normal_box).addWidget(self.normal)
        hidden_box = QGroupBox(self.tr("If switch 8 were toggled ON and OFF now (hidden settings)"))
        hidden_layout = QVBoxLayout(hidden_box)
        hidden_layout.addWidget(self.hidden)
        hidden_layout.addWidget(selectable_label(self.tr("Only when you program the sensor or the cell count. Normally "
                                               "switch 8 is never touched.")))
        boxes = QHBoxLayout()
        boxes.addWidget(normal_box, 1)
        boxes.addWidget(hidden_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.dip)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self.dip.positionsChanged.connect(self._show)
        self._show(self.dip.positions())

    def _show(self, positions) -> None:
        self.normal.setText("• " + "\n• ".join(st.normal_meaning_lines(positions)))
        self.hidden.setText("• " + "\n• ".join(st.hidden_meaning_lines(positions)))


class SwitchesPage(QWidget):
    """The IN board's option switches: set, decode, and the hidden-settings wizard."""

    def __init__(self, bridge=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.wizard: HiddenSettingsWizard | None = None
        self.tabs = QTabWidget()
        self.tabs.setToolTip(self.tr("Set the switches for normal use, read what a switch row means, or program "
                                     "the hidden settings."))
        self.setter = NormalSwitchesSetter()
        self.decoder = SwitchDecoder()
        self.message_rate = MessageRateProbe(bridge, on_known=lambda: self._live_changed(frozenset({"rate"})),
                                             parent=self)
        self.setter.userChanged.connect(lambda: self._live_changed(frozenset({"rate"})))
        self.tabs.addTab(_scrolled(self.setter), self.tr("Set the switches"))
        self.tabs.addTab(_scrolled(self.decoder), self.tr("What do my switches mean?"))
        self.tabs.addTab(_scrolled(self._hidden_tab()), self.tr("Hidden settings (sensor, cells)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        signal = getattr(bridge, "liveChanged", None) if bridge is not None else None
        if signal is not None:
            signal.connect(self._live_changed)
        theme.theme_changed().connect(self._render_tables)
        self._live_changed(frozenset({"bypass_v", "cell_count"}))

    def _hidden_tab(self) -> QWidget:
        tab = QWidget()
        text = selectable_label(self.tr(
            "The current sensor type and the number of cells are stored in the IN board as hidden factory "
            "settings. To change them you set switches 1-7 to a special pattern, toggle switch 8 ON and OFF, "
            "and put the switches back. The wizard draws every step, remembers your switch positions, and "
            "checks the result when connected."))
        self.open_wizard = QPushButton(self.tr("Program sensor and cell count…"))
        self.open_wizard.setToolTip(self.tr("Open the step-by-step wizard for the hidden settings."))
        self.open_wizard.clicked.connect(self.openWizard)
        self.reported = selectable_label()
        row = QHBoxLayout()
        row.addWidget(self.open_wizard)
        row.addWidget(self.reported, 1)
        tables = QHBoxLayout()
        self.sensor_table = selectable_label(rich=True)
        self.sensor_table.setToolTip(self.tr("The manual's hidden settings table, switches 1-3."))
        self.cell_table = selectable_label(rich=True)
        self.cell_table.setToolTip(self.tr("The manual's hidden settings table, switches 4-7. The row of the "
                                           "cell count the connected BMS reports is marked."))
        top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        tables.addWidget(self.sensor_table, 0, top_left)
        tables.addSpacing(32)
        tables.addWidget(self.cell_table, 0, top_left)
        tables.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addLayout(tables)
        layout.addStretch(1)
        return tab

    # -- the hidden settings tables: single grid lines, the reported cell count marked -----------
    @staticmethod
    def _table(head: list[str], rows: list[tuple[list[str], bool]]) -> str:
        colours = TABLE_COLOURS[theme.effective_mode()]
        cell = f"border: 1px solid {colours['grid']}; padding: 2px 8px;"
        out = ["<table style='border-collapse: collapse;' cellspacing='0'><tr>"]
        out += [f"<th style='{cell}'>{html.escape(h)}</th>" for h in head]
        out.append("</tr>")
        for values, marked in rows:
            style = f"{cell} background-color: {colours['mark']}; font-weight: bold;" if marked else cell
            cells = "".join(f"<td style='{style}'>{html.escape(v)}</td>" for v in values)
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
        return "".join(out)

    def _sensor_table_html(self) -> str:
        head = ["1", "2", "3", self.tr("Sensor"), self.tr("Resolution"), self.tr("Blind spot"),
                self.tr("Note")]
        rows = []
        for s in sw.SENSORS:
            note = []
            if s.min_in_board_version:
                note.append(st.fill(self.tr("IN board v%1+"), s.min_in_board_version))
            if s.default:
                note.append(self.tr("default"))
            if s.amps in sw.INFERRED_SENSOR_SPECS:
                note.append(self.tr("estimated (not in the manual)"))
            values = [st.on_off(on) for on in s.switches] + [
                f"{s.amps} A", i18n.format_quantity(s.resolution_a, "A", _decimals(s.resolution_a)),
                "±" + i18n.format_quantity(s.blind_spot_a, "A", _decimals(s.blind_spot_a)), ", ".join(note)]
            rows.append((values, False))
        return f"<b>{html.escape(self.tr('Switches 1-3: current sensor'))}</b>" + self._table(head, rows)

    def _cell_table_html(self, reported: int | None = None) -> str:
        head = ["4", "5", "6", "7", self.tr("Cells")]
        marked = sw.table_cells_for(reported) if reported else None
        rows = []
        for cells in sw.CELL_COUNT_TABLE:
            row = sw.encode_hidden(sw.SENSOR_AMPS[0], cells)
            count = str(cells)
            if cells == marked:
                count = st.fill(self.tr("%1 (this BMS)"), cells) if reported == cells else \
                    st.fill(self.tr("%1 (this BMS: %2)"), cells, reported)
            values = [st.on_off(row[n - 1]) for n in sw.SWITCHES_CELLS] + [count]
            rows.append((values, cells == marked))
        return (f"<b>{html.escape(self.tr('Switches 4-7: number of cells'))}</b>" + self._table(head, rows)
                + f"<p>{html.escape(self.tr('Not listed? Use the next higher number.'))}</p>")

    def _render_tables(self, *_args) -> None:
        reported = live_value(self.bridge, "cell_count") if is_connected(self.bridge) else None
        self.sensor_table.setText(self._sensor_table_html())
        self.cell_table.setText(self._cell_table_html(int(reported) if reported else None))

    def openWizard(self) -> HiddenSettingsWizard:  # noqa: N802
        if self.wizard is None or not self.wizard.isVisible():
            self.wizard = HiddenSettingsWizard(self.bridge, self)
            self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.wizard.destroyed.connect(self._wizard_gone)
            # Non-modal: the installer works the board (or the Simulator page's switches) while the
            # wizard stays open beside the main window. show() returns at once: safe under asyncio.
            self.wizard.setWindowModality(Qt.WindowModality.NonModal)
            self.wizard.show()
        self.wizard.raise_()
        self.wizard.activateWindow()
        return self.wizard

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None

    def _live_changed(self, changed) -> None:
        if "cell_count" in changed or "link" in changed:
            count = live_value(self.bridge, "cell_count") if is_connected(self.bridge) else None
            self.reported.setText(st.fill(self.tr("The connected BMS reports %1 cells."), count)
                                  if count is not None else "")
            self._render_tables()
        if not changed & {"bypass_v", "settings", "link", "rate"}:
            return
        connected = is_connected(self.bridge)
        vbypass = live_value(self.bridge, "bypass_v") if connected else None
        interval = self.message_rate.interval_s() if connected else None
        filled = self.setter.fill_from_bms(vbypass, interval) if connected else []
        if vbypass is None:
            self.setter.from_bms.setText(self.tr("Connect to the BMS to start from its switches: it reveals "
                                                 "V bypass (switches 2, 6, 7) and the message rate (1)."))
            return
        lines = [st.fill(self.tr("The connected BMS balances at %1 now."), volts_text(float(vbypass)))]
        if filled:
            lines.append(st.fill(self.tr("Filled in from it: switches %1. Switches 3, 4 and 5 are not "
                                         "reported: set them as you want them."),
                                 ", ".join(str(n) for n in filled)))
        elif self.setter.user_changed:
            lines.append(self.tr("Your own choices are kept."))
        self.setter.from_bms.setText("\n".join(lines))


def _decimals(value: float) -> int:
    """As few decimals as the value needs (0.125 → 3, 2.5 → 1, 10 → 0)."""
    text = f"{value:g}"
    return len(text.split(".")[1]) if "." in text else 0
