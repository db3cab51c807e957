"""One pack of the site as a card: name, link state and age, SoC, voltage, current, power, lowest and
highest cell, the five warning lights, the two relays, and its own Connect/Disconnect (with a PIN
field for a Bluetooth pack whose PIN is not remembered) and a menu to rename, move or remove it.

The card only shows what it is given (`show(snapshot, state, …)`) and emits what the user wants; it
changes a label only when its text changes, so eight cards follow their streams cheaply.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.site import LinkStatus, PackEntry, PackSnapshot
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol.status import WarningLight
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.overview import format_current, format_energy_wh, format_power
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.widgets.cell_bars import CellBars
from smartbms_gui.views.widgets.outlined_frame import OutlinedFrame
from smartbms_gui.views.widgets.status_mark import StatusMark
from smartbms_gui.views.widgets.value_tile import format_age
from smartbms_gui.views.widgets.warning_lights import WarningLights

_LIGHT_ORDER = tuple(WarningLight)
BUSY_PHASES = (Phase.CONNECTING, Phase.AUTHENTICATING, Phase.READING_SETTINGS, Phase.RECONNECTING)


def cell_text(volts: float | None, cell: int | None) -> str:
    if volts is None:
        return "–"
    text = i18n.format_quantity(volts, "V", 3)
    return f"{text} (#{cell})" if cell else text


class SocBar(QWidget):
    """A thin bar of the SoC. Painted on the next loop turn like any widget (QProgressBar repaints
    at once on every value, which costs eight cards several milliseconds a redraw)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self.setFixedHeight(max(6, self.fontMetrics().height() // 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 - the QProgressBar name it replaces
        value = max(0, min(100, int(value)))
        if value != self._value:
            self._value = value
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor(theme.colours()["gauge_track"]))
        painter.drawRoundedRect(rect, radius, radius)
        if self._value:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            filled = QRectF(rect.x(), rect.y(), rect.width() * self._value / 100, rect.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class SitePackCard(OutlinedFrame):
    """Signals carry the pack's key."""

    connectRequested = Signal(str, str, bool)  # key, PIN ("" = none/remembered), remember the PIN
    disconnectRequested = Signal(str)
    renameRequested = Signal(str)
    removeRequested = Signal(str)
    moveRequested = Signal(str, int)  # key, -1 (earlier) or +1 (later)
    showRequested = Signal(str)  # show this pack on the other pages

    def __init__(self, entry: PackEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePackCard")
        self.entry = entry
        self._texts: dict[str, str] = {}
        self._mark_key: tuple | None = None
        self._busy_or_connected = False
        self._was_live = False
        self._lost: ConnectionState | None = None  # the outage under way of a pack that was live
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.name_label = QLabel(entry.name, self)
        self.name_label.setObjectName("packName")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("…")
        self.menu_button.setToolTip(self.tr("Rename, move or remove this pack"))
        self.menu_button.setAccessibleName(self.tr("Pack menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.show_action = self._menu_action(menu, self.tr("Show on the other pages"),
                                             lambda: self.showRequested.emit(self.entry.key))
        self._menu_action(menu, self.tr("Rename…"), lambda: self.renameRequested.emit(self.entry.key))
        self.earlier_action = self._menu_action(menu, self.tr("Move earlier"),
                                                lambda: self.moveRequested.emit(self.entry.key, -1))
        self.later_action = self._menu_action(menu, self.tr("Move later"),
                                              lambda: self.moveRequested.emit(self.entry.key, 1))
        menu.addSeparator()
        self._menu_action(menu, self.tr("Remove from the site"),
                          lambda: self.removeRequested.emit(self.entry.key))
        self.menu_button.setMenu(menu)

        self.link_label = QLabel(self)
        self.link_label.setObjectName("packLink")
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_mark = StatusMark("", self)
        self.state_mark.set_wrapping()

        self.soc_label = QLabel("–", self)
        self.soc_label.setObjectName("packSoc")
        font = self.soc_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.9)
        self.soc_label.setFont(font)
        self.soc_label.setToolTip(self.tr("State of charge as this pack's BMS counts it"))
        self.soc_bar = SocBar(self)
        self.soc_bar.setAccessibleName(self.tr("State of charge"))

        # Three columns of a caption over its value, so four cards fit side by side at 1366 px.
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        self.values: dict[str, QLabel] = {}
        rows = (("voltage", self.tr("Voltage"), self.tr("Pack voltage")),
                ("current", self.tr("Current"), self.tr("Battery current: + charging, − discharging")),
                ("power", self.tr("Power"), self.tr("Into the pack when positive")),
                ("stored", self.tr("Stored"), self.tr("Energy stored in the pack")),
                ("lowest", self.tr("Lowest cell"), self.tr("The lowest cell voltage and its cell number")),
                ("highest", self.tr("Highest cell"), self.tr("The highest cell voltage and its cell number")))
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for n, (key, caption, tip) in enumerate(rows):
            caption_label = QLabel(caption, self)
            caption_label.setObjectName("caption")
            caption_label.setFont(small)
            caption_label.setToolTip(tip)
            value = QLabel("–", self)
            value.setObjectName(f"pack_{key}")
            value.setToolTip(tip)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            row, col = divmod(n, 3)
            grid.addWidget(caption_label, row * 2, col)
            grid.addWidget(value, row * 2 + 1, col)
            self.values[key] = value
        for col in range(3):
            grid.setColumnStretch(col, 1)
        grid.setRowMinimumHeight(2, 4)

        # Every cell as a bar: the card grows with the page, and this is what takes the room.
        self.cell_bars = CellBars(self)
        self.cell_bars.setFont(small)

        self.lights = WarningLights({}, self)
        h = self.fontMetrics().height()
        for lamp in self.lights.lamps.values():  # smaller than on Battery details: eight cards share a screen
            lamp.setFixedSize(int(h * 2.7), int(h * 1.8))
        self.charge_mark = StatusMark("", self)
        self.load_mark = StatusMark("", self)
        relays = QHBoxLayout()
        relays.setSpacing(6)
        relays.addWidget(QLabel(self.tr("Charge:"), self))
        relays.addWidget(self.charge_mark, 1)
        relays.addWidget(QLabel(self.tr("Load:"), self))
        relays.addWidget(self.load_mark, 1)

        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(4)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.pin))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setToolTip(self.tr("This pack's four-digit PIN; it is not stored unless you tick Remember"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setFixedWidth(self.fontMetrics().horizontalAdvance("00000000") + 16)
        self.pin.returnPressed.connect(self._connect_clicked)
        self.remember = QToolButton(self)
        self.remember.setText(self.tr("Remember"))
        self.remember.setCheckable(True)
        self.remember.setToolTip(self.tr("Keep this PIN in the system's keyring, so the site reconnects "
                                         "this pack at the next start"))
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setToolTip(self.tr("Connect to this pack, or disconnect from it; the other packs "
                                               "are not touched"))
        self.connect_button.clicked.connect(self._connect_clicked)
        # the PIN row shows only while a PIN is asked for; Connect/Disconnect sits in the header, so a
        # card is no taller than it needs (eight of them fit on a 1366×768 screen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin)
        buttons.addWidget(self.remember)
        buttons.addStretch(1)

        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.connect_button)
        header.addWidget(self.menu_button)
        soc_row = QHBoxLayout()
        soc_row.addWidget(self.soc_label)
        soc_row.addWidget(self.soc_bar, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.link_label)
        layout.addWidget(self.state_mark)
        layout.addLayout(soc_row)
        layout.addLayout(grid)
        layout.addWidget(self.cell_bars, 1)
        layout.addWidget(self.lights)
        layout.addLayout(relays)
        layout.addLayout(buttons)
        # Tab in reading order: the header's Connect and menu, then the PIN row below (created earlier)
        QWidget.setTabOrder(self.connect_button, self.menu_button)
        QWidget.setTabOrder(self.menu_button, self.pin)
        QWidget.setTabOrder(self.pin, self.remember)
        self.set_entry(entry)
        self.set_needs_pin(False)
        self.show_pack(None, ConnectionState(Phase.DISCONNECTED))
        theme.theme_changed().connect(self._restyle)
        self._restyle()

    def _menu_action(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ------------------------------------------------------------------ reading (tests)

    def text_of(self, key: str) -> str:
        return self.values[key].text()

    def state_text(self) -> str:
        return self.state_mark.text()

    # ------------------------------------------------------------------ showing

    def set_entry(self, entry: PackEntry) -> None:
        self.entry = entry
        self.name_label.setText(entry.name)
        self.link_label.setText(self.link_text(entry))
        self.setAccessibleName(entry.name)

    def link_text(self, entry: PackEntry) -> str:
        """"Simulator (16 cells)", "Bluetooth AA:BB:…", "USB serial /dev/ttyUSB0"."""
        link = entry.link
        if link.kind == "simulator":
            return self.tr("Simulator ({0} cells)").format(link.cells)
        if link.kind == "ble":
            return self.tr("Bluetooth {0}").format(link.target)
        return self.tr("USB serial {0}").format(link.target)

    def set_position(self, index: int, count: int) -> None:
        self.earlier_action.setEnabled(index > 0)
        self.later_action.setEnabled(index < count - 1)

    def set_needs_pin(self, needs: bool) -> None:
        self._needs_pin = needs
        self._update_buttons()

    def _set(self, label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _set_mark(self, mark: StatusMark, style, text: str, stale: bool = False) -> None:
        """Restyle a mark only when its state changes (that sets a style sheet); a new text alone
        ("Live, 2 s ago") is only a new text."""
        look = (id(style), stale)
        if getattr(mark, "_look", None) != look:
            mark._look = look  # type: ignore[attr-defined]
            mark.set_state(style, text, stale)
        elif mark.label.text() != text:
            mark.label.setText(text)
            mark.setAccessibleName(text)

    def show_pack(self, snap: PackSnapshot | None, state: ConnectionState, *, error: str = "",
                  warned: bool = False, cell_range: tuple[float, float] | None = None) -> None:
        """Show one moment of the pack. `warned`: a divergence warning names this pack (red border);
        `cell_range`: the voltages the cell bars span (`device.site.cell_range` of the site)."""
        self._state = state
        self._follow_outage(state)
        online = snap is not None and snap.link is LinkStatus.ONLINE
        stale = not online
        self._set_mark(self.state_mark, *self._state_style(snap, state, error))
        if snap is None:
            snap = PackSnapshot(self.entry.key, self.entry.name)
        soc = snap.soc_pct
        self._set(self.soc_label, "–" if soc is None else i18n.format_quantity(soc, "%", 0))
        value = 0 if soc is None else int(round(max(0.0, min(100.0, soc))))
        if self.soc_bar.value() != value:
            self.soc_bar.setValue(value)
        volts = snap.pack_voltage_v
        self._set(self.values["voltage"], "–" if volts is None else i18n.format_quantity(volts, "V", 2))
        self._set(self.values["current"], format_current(snap.battery_current_a))
        self._set(self.values["power"], format_power(snap.power_w))
        self._set(self.values["stored"], format_energy_wh(snap.stored_wh))
        self._set(self.values["lowest"], cell_text(snap.lowest_cell_v, snap.lowest_cell))
        self._set(self.values["highest"], cell_text(snap.highest_cell_v, snap.highest_cell))
        self.cell_bars.set_cells(snap.cell_voltages, snap.cell_states, cell_range, stale=stale)
        known = snap.charge_allowed is not None
        lit = {light.name: light in snap.lights for light in _LIGHT_ORDER}
        lights_key = (tuple(sorted(lit.items())), stale, known)
        if getattr(self, "_lights_shown", None) != lights_key:
            self._lights_shown = lights_key
            self.lights.set_lights(lit, stale=stale, known=known)
        for mark, allowed in ((self.charge_mark, snap.charge_allowed), (self.load_mark, snap.load_allowed)):
            if allowed is None:
                self._set_mark(mark, None, "–", stale)
            else:
                style = theme.relay_style(allowed)
                self._set_mark(mark, style, style.label(), stale)
        self._set_stale_look(stale)
        self._warned = bool(warned or snap.lights)
        self.set_border(theme.WARNING_STYLE.colour if self._warned else None, 2.0 if self._warned else 1.0)
        self._update_buttons()

    def _follow_outage(self, state: ConnectionState) -> None:
        """An outage of a pack that was live is one state on its card: "Reconnecting" through every
        attempt (as the window's connection bar), never "Connecting…" in between."""
        phase = state.phase
        if phase is Phase.STREAMING:
            self._was_live, self._lost = True, None
        elif phase is Phase.RECONNECTING and self._was_live:
            self._lost = state
        elif phase in (Phase.DISCONNECTED, Phase.FAILED):
            self._was_live, self._lost = False, None

    def _state_style(self, snap: PackSnapshot | None, state: ConnectionState, error: str):
        phase = state.phase
        lost = self._lost
        if lost is not None and phase in BUSY_PHASES and phase is not Phase.RECONNECTING:
            text = (self.tr("Reconnecting now (try {0})").format(lost.attempt) if lost.attempt > 0
                    else self.tr("Reconnecting now"))
            if lost.reason:
                text = f"{text}: {translate_message(lost.reason)}"
            return theme.BUSY_STYLE, text, False
        if phase is Phase.STREAMING and snap is not None and snap.link is LinkStatus.STALE:
            age = format_age(snap.age_s) if snap.age_s is not None else "?"
            return theme.WARNING_STYLE, self.tr("No data for {0}").format(age), False
        if phase is Phase.STREAMING:
            age = snap.age_s if snap is not None else None
            text = self.tr("Live") if age is None else self.tr("Live, {0} ago").format(format_age(age))
            return theme.relay_style(True), text, False
        if phase is Phase.FAILED or (phase is Phase.DISCONNECTED and error):
            reason = translate_message(state.reason) if state.reason else error
            text = self.tr("Failed: {0}").format(reason) if reason else self.tr("Failed")
            return theme.relay_style(False), text, False
        if phase is Phase.RECONNECTING:
            text = self.tr("Reconnecting")
            if state.retry_in_s is not None:
                text = self.tr("Reconnecting in {0:.0f} s").format(state.retry_in_s)
            if state.reason:
                text = f"{text}: {translate_message(state.reason)}"
            return theme.BUSY_STYLE, text, False
        if phase in BUSY_PHASES:
            return theme.BUSY_STYLE, translate_message(state.text) + "…", False
        if self._needs_pin:
            return theme.INFO_STYLE, self.tr("Type the PIN to connect"), False
        return theme.warning_light_style(False), self.tr("Not connected"), False

    def _set_stale_look(self, stale: bool) -> None:
        """Old values greyed (through the palette: a style sheet per label would slow eight cards)."""
        if getattr(self, "_stale_shown", None) == stale:
            return
        self._stale_shown = stale
        colours = theme.colours()  # the theme's own colours: right at once when the theme changes
        for label in (self.soc_label, *self.values.values()):
            palette = label.palette()
            # Opaque in the card's colour: a changed value repaints itself only, not the card under it.
            palette.setColor(QPalette.ColorRole.Window, QColor(colours["base"]))
            palette.setColor(QPalette.ColorRole.WindowText,
                             QColor(colours["placeholder"] if stale else colours["text"]))
            label.setPalette(palette)
            label.setAutoFillBackground(True)

    def _restyle(self, *_args) -> None:
        """After a theme change: the warning colour, and the greyed values in the new palette."""
        warned = getattr(self, "_warned", False)
        self._border = None
        self.set_border(theme.WARNING_STYLE.colour if warned else None, 2.0 if warned else 1.0)
        if getattr(self, "_stale_shown", None) is not None:
            stale, self._stale_shown = self._stale_shown, None
            self._set_stale_look(stale)
        self.update()

    def _update_buttons(self) -> None:
        state = getattr(self, "_state", ConnectionState(Phase.DISCONNECTED))
        active = state.connected or state.phase in BUSY_PHASES
        self._busy_or_connected = active
        self.connect_button.setText(self.tr("Disconnect") if active else self.tr("Connect"))
        asks_pin = self._needs_pin and not active
        self.pin.setVisible(asks_pin)
        self.remember.setVisible(asks_pin)

    def _connect_clicked(self) -> None:
        if self._busy_or_connected:
            self.disconnectRequested.emit(self.entry.key)
            return
        pin = self.pin.text() if self._needs_pin else ""
        if self._needs_pin and len(pin) != 4:
            self.pin.setFocus()
            self._set_mark(self.state_mark, theme.WARNING_STYLE, self.tr("The PIN has four digits."))
            return
        remember = self.remember.isChecked()
        self.pin.clear()
        self.connectRequested.emit(self.entry.key, pin, remember)
