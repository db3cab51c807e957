"""The connection bar: device picker (scan results, Simulator, Serial port…), PIN, state, Connect/Disconnect.

It holds no link logic: it emits what the user wants (`connectRequested(target, pin)`,
`disconnectRequested()`, `scanRequested()`, `serialPortRequested()`) and shows the states it is given.
The PIN stays in the masked field only as long as needed; it is never logged or stored.

Bluetooth results are listed strongest signal first, with the signal in words (dBm in the tooltip).
The state mark is an SVG icon (`theme.status_pixmap`), so it shows without a symbol font.

An outage is one state change: once a live link is lost the bar says "Reconnecting…" (with the
reason) through every attempt, also while an attempt is connecting, until the link is live again;
it never shows "Connecting…" or "Live" in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.views import theme
from smartbms_gui.views.translator import translate_message

# Signal strength in words, strongest first: (lowest dBm for the word, the word). [?] Rule-of-thumb
# limits for BLE links, not from the maker; below the last one the link tends to drop.
SIGNAL_WORDS = ((-60, "strong"), (-72, "good"), (-84, "fair"), (-999, "weak"))


@dataclass(frozen=True)
class DeviceTarget:
    """One entry of the picker."""

    kind: str  # "simulator" | "ble" | "serial" | "serial-pick"
    address: str = ""  # BLE address or serial port
    name: str = ""
    generation: int | None = 2  # None: the BLE module's services decide after connecting
    rssi: int | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def needs_pin(self) -> bool:
        # The serial frame is read-only and has no login; the simulator still asks for its PIN (1234)
        # so that the wrong-PIN path can be tried without hardware.
        return self.kind in ("ble", "simulator")


class ConnectionBar(QFrame):
    connectRequested = Signal(object, str)  # DeviceTarget, pin
    disconnectRequested = Signal()
    scanRequested = Signal()
    serialPortRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBar")
        self._connected = False
        self._busy = False
        self._last_failure: ConnectionState | None = None
        #: set while a link that was live is being reconnected: the last RECONNECTING state (its reason)
        self._lost: ConnectionState | None = None
        self._was_live = False
        self._scan_problem = ""  # why the last scan failed, shown whole until the next scan or connect

        self.picker = QComboBox(self)
        self.picker.setObjectName("devicePicker")
        self.picker.setToolTip(self.tr(
            "Which battery to talk to: a 123\\SmartBMS found over Bluetooth (type, serial number, "
            "signal strength), the built-in simulator, or the USB serial cable (read-only)"))
        self.picker.setAccessibleName(self.tr("Device"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.setMinimumContentsLength(22)
        self.picker.activated.connect(self._picked)
        self.picker.currentIndexChanged.connect(lambda _i: self._update_enabled())

        self.scan_button = QPushButton(self.tr("&Scan"), self)
        self.scan_button.setToolTip(self.tr("Search for 123\\SmartBMS batteries over Bluetooth (about 5 s)"))
        self.scan_button.clicked.connect(self.scanRequested)

        self.pin_label = QLabel(self.tr("&PIN:"), self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(4)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.pin))
        self.pin.setPlaceholderText(self.tr("4 digits"))
        self.pin.setFixedWidth(self.fontMetrics().horizontalAdvance("00000000") + 16)
        self.pin.setToolTip(self.tr(
            "The battery's four-digit PIN (factory setting 1234; the simulator uses 1234). "
            "It is not stored. Forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234."))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self._connect_clicked)
        self.pin_label.setBuddy(self.pin)

        self.state_mark = QLabel(self)
        self.state_mark.setObjectName("connectionMark")
        self.state_mark.setToolTip(self.tr("Connection state"))
        self._mark_style: theme.StatusStyle = theme.warning_light_style(False)
        self._replaying = False
        theme.theme_changed().connect(self._paint_mark)
        self.state_label = QLabel(self.tr("Not connected"), self)
        self.state_label.setObjectName("connectionState")
        self.state_label.setToolTip(self.tr("Connection state: connecting, live, reconnecting, or stale data"))
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A failure's reason and its fix are a sentence or two: wrap them, never cut them off.
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 24)

        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setToolTip(self.tr("Connect to the chosen battery, or disconnect from it"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Device:"), self))
        layout.addWidget(self.picker)
        layout.addWidget(self.scan_button)
        layout.addSpacing(8)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.connect_button)
        layout.addSpacing(8)
        layout.addWidget(self.state_mark)
        layout.addWidget(self.state_label, 1)

        self._reset_items()
        self._set_mark(self._mark_style)

    # -- picker contents ------------------------------------------------------------------------
    def _reset_items(self) -> None:
        self.picker.clear()
        self.picker.addItem(self.tr("Simulator"), DeviceTarget("simulator", name="Simulator"))
        self.picker.setItemData(0, self.tr("A simulated battery inside this app"), Qt.ItemDataRole.ToolTipRole)
        self.picker.addItem(self.tr("Serial port…"), DeviceTarget("serial-pick"))
        self.picker.setItemData(1, self.tr("Read the battery over the USB serial cable (read-only)"),
                                Qt.ItemDataRole.ToolTipRole)

    def targets(self) -> list[DeviceTarget]:
        return [self.picker.itemData(i) for i in range(self.picker.count())]

    def add_target(self, target: DeviceTarget, select: bool = False) -> None:
        """Add (or refresh) a scan result / serial port.

        BLE results go above "Simulator", strongest signal first (a refreshed sighting moves to its
        new place); serial ports go above "Serial port…".
        """
        current = self.current_target()
        for i in range(self.picker.count()):
            existing = self.picker.itemData(i)
            if existing.kind == target.kind and existing.address == target.address:
                was_current = current is not None and current.kind == target.kind and \
                    current.address == target.address
                self.picker.removeItem(i)
                select = select or was_current
                break
        if target.kind == "ble":
            index = self._ble_index(target.rssi)
        else:
            index = self.picker.count() - 1
        self.picker.insertItem(index, self.label_for(target), target)
        self.picker.setItemData(index, self.tooltip_for(target), Qt.ItemDataRole.ToolTipRole)
        if select:
            self.picker.setCurrentIndex(index)

    def _ble_index(self, rssi: int | None) -> int:
        """Where a BLE result goes: after the BLE results with a stronger signal (unknown = weakest)."""
        strength = rssi if rssi is not None else -1000
        index = 0
        for i in range(self.picker.count()):
            existing = self.picker.itemData(i)
            if existing.kind != "ble":
                break
            if (existing.rssi if existing.rssi is not None else -1000) >= strength:
                index = i + 1
        return index

    def signal_word(self, rssi: int | None) -> str:
        """"strong", "good", "fair" or "weak" (translated); "" when the strength is not known."""
        if rssi is None:
            return ""
        words = {"strong": self.tr("strong signal"), "good": self.tr("good signal"),
                 "fair": self.tr("fair signal"), "weak": self.tr("weak signal")}
        return next(words[word] for limit, word in SIGNAL_WORDS if rssi >= limit)

    def label_for(self, target: DeviceTarget) -> str:
        if target.kind == "ble":
            name = target.name if target.name and target.name != target.address else \
                self.tr("Unnamed device {0}").format(target.address)
            signal = self.signal_word(target.rssi)
            return f"{name} — {signal}" if signal else name
        if target.kind == "serial":
            return self.tr("Serial {0}").format(target.address)
        if target.kind == "simulator":
            return self.tr("Simulator")
        return self.tr("Serial port…")

    def tooltip_for(self, target: DeviceTarget) -> str:
        if target.kind == "ble":
            parts = [self.label_for(target), self.tr("Bluetooth address {0}").format(target.address)]
            if target.rssi is not None:
                parts.append(self.tr("Signal {0} dBm").format(target.rssi))
            return "\n".join(parts)
        return self.label_for(target)

    def current_target(self) -> DeviceTarget:
        return self.picker.currentData()

    def select(self, target: DeviceTarget) -> None:
        self.add_target(target, select=True) if target.kind in ("ble", "serial") else self._select_kind(target.kind)

    def _select_kind(self, kind: str) -> None:
        for i in range(self.picker.count()):
            if self.picker.itemData(i).kind == kind:
                self.picker.setCurrentIndex(i)
                return

    def _picked(self, index: int) -> None:
        target = self.picker.itemData(index)
        if target is not None and target.kind == "serial-pick":
            self.serialPortRequested.emit()
        self._update_enabled()

    # -- actions --------------------------------------------------------------------------------
    def _connect_clicked(self) -> None:
        if self._connected or self._busy:
            self.disconnectRequested.emit()
            return
        target = self.current_target()
        if target.kind == "serial-pick":
            self.serialPortRequested.emit()
            return
        pin = self.pin.text() if target.needs_pin else ""
        self.connectRequested.emit(target, pin)

    def clear_pin(self) -> None:
        self.pin.clear()

    # -- state ----------------------------------------------------------------------------------
    def show_scan_problem(self, text: str) -> None:
        """A failed scan's reason and fix (translated), under the state, whole; gone at the next try."""
        self._scan_problem = text
        if not (self._connected or self._busy):
            self.set_state(self._last_failure or ConnectionState(Phase.DISCONNECTED))

    def set_scanning(self, scanning: bool) -> None:
        if scanning and self._scan_problem:
            self._scan_problem = ""
            if not (self._connected or self._busy):
                self.set_state(self._last_failure or ConnectionState(Phase.DISCONNECTED))
        self.scan_button.setEnabled(not scanning and not self._busy)
        self.scan_button.setText(self.tr("Scanning…") if scanning else self.tr("&Scan"))

    def set_state(self, state: ConnectionState) -> None:
        # A failed attempt ends in DISCONNECTED; keep saying why (wrong PIN…) until the next attempt.
        if state.phase is Phase.FAILED:
            self._last_failure = state
        elif state.phase is Phase.CONNECTING:
            self._last_failure = None
            self._scan_problem = ""
        elif state.phase is Phase.DISCONNECTED and self._last_failure is not None:
            state = self._last_failure
            self._connected = self._busy = False
        phase = state.phase
        if phase is Phase.STREAMING:
            self._was_live, self._lost = True, None
        elif phase is Phase.RECONNECTING and self._was_live:
            self._lost = state
        elif phase in (Phase.DISCONNECTED, Phase.FAILED):
            self._was_live, self._lost = False, None
        self._connected = state.connected
        self._busy = phase in (Phase.CONNECTING, Phase.AUTHENTICATING, Phase.READING_SETTINGS, Phase.RECONNECTING)
        if phase is Phase.STREAMING:
            style = theme.relay_style(True)
        elif phase in (Phase.FAILED,):
            style = theme.relay_style(False)
        elif self._busy:
            style = theme.BUSY_STYLE
        else:
            style = theme.warning_light_style(False)
        if self._replaying and phase in (Phase.DISCONNECTED, Phase.FAILED):
            self.state_label.setText(self.tr("Showing a recording (not connected)"))
            style = theme.INFO_STYLE
        elif self._lost is not None and phase is not Phase.RECONNECTING:
            self.state_label.setText(self.retry_text(state, self._lost))
        else:
            self.state_label.setText(self.state_text(state))
        self._set_mark(style)
        self.connect_button.setText(
            self.tr("&Disconnect") if (self._connected or self._busy) else self.tr("&Connect"))
        self._update_enabled()

    def set_stale(self, stale: bool, age_s: float | None) -> None:
        """Shown on top of the Live state when no data has come for a while."""
        if stale and self._connected:
            age = "" if age_s is None else self.tr(" (last data {0:.0f} s ago)").format(age_s)
            self.state_label.setText(self.tr("Live, but no new data") + age)
            self._set_mark(theme.BUSY_STYLE)

    def set_replaying(self, active: bool) -> None:
        """A recording drives the pages: say so while no link is up."""
        self._replaying = active
        if not (self._connected or self._busy):
            self.set_state(ConnectionState(Phase.DISCONNECTED))

    def mark_icon(self) -> str:
        """The state mark's icon name ("check", "cross", "busy", "ring", "replay"); for tests."""
        return "replay" if self._mark_style is theme.INFO_STYLE else self._mark_style.icon

    def _set_mark(self, style: theme.StatusStyle) -> None:
        self._mark_style = style
        self.state_mark.setAccessibleName(style.label())
        self._paint_mark()

    def _paint_mark(self, *_args) -> None:
        style = self._mark_style
        icon = "replay" if style is theme.INFO_STYLE else style.icon
        size = self.state_label.fontMetrics().height()
        self.state_mark.setPixmap(theme.status_pixmap(icon, style.colour, size, self.devicePixelRatioF()))

    def state_text(self, state: ConnectionState) -> str:
        phase = state.phase
        texts = {
            Phase.DISCONNECTED: self.tr("Not connected"),
            Phase.CONNECTING: self.tr("Connecting…"),
            Phase.AUTHENTICATING: self.tr("Checking the PIN…"),
            Phase.READING_SETTINGS: self.tr("Reading settings…"),
            Phase.STREAMING: self.tr("Live"),
            Phase.RECONNECTING: self.tr("Reconnecting…"),
            Phase.FAILED: self.tr("Failed"),
        }
        text = texts[phase]
        if phase is Phase.RECONNECTING and state.retry_in_s is not None:
            if state.attempt > 0:
                text = self.tr("Reconnecting in {0:.0f} s (try {1})").format(state.retry_in_s, state.attempt)
            else:
                text = self.tr("Reconnecting in {0:.0f} s").format(state.retry_in_s)
        if state.link and phase is not Phase.DISCONNECTED:
            text = f"{text} — {state.link}"
        if state.reason:
            text = f"{text}: {translate_message(state.reason)}"
        if state.problem and phase in (Phase.RECONNECTING, Phase.FAILED):
            # what went wrong and what to do, whole: the label wraps rather than cut it off
            text = f"{text}\n{translate_message(state.problem)}"
        if self._scan_problem and phase in (Phase.DISCONNECTED, Phase.FAILED):
            text = f"{text}\n{self._scan_problem}"
        return text

    def retry_text(self, state: ConnectionState, lost: ConnectionState) -> str:
        """An attempt of a reconnect under way (connecting, checking the PIN, reading settings): still
        "Reconnecting", with the try's number and why the link was lost."""
        text = (self.tr("Reconnecting now (try {0})").format(lost.attempt) if lost.attempt > 0
                else self.tr("Reconnecting now"))
        link = state.link or lost.link
        if link:
            text = f"{text} — {link}"
        if lost.reason:
            text = f"{text}: {translate_message(lost.reason)}"
        return text

    def _update_enabled(self) -> None:
        if not hasattr(self, "scan_button"):
            return  # still being built
        locked = self._connected or self._busy
        self.picker.setEnabled(not locked)
        target = self.current_target()
        self.pin.setEnabled(not locked and target is not None and target.needs_pin)
        self.scan_button.setEnabled(not locked)
