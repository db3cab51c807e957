"""Overview (the manual's "Dashboard"): solar → battery → load as a flow picture, plus the two relays.

The arrows point (and move) by the sign of the current: solar into the battery, the battery into the
load; the battery card says charging / discharging by the sign of the battery current. Old values are
greyed and show their age.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.views import theme
from smartbms_gui.views.live_page import LivePage
from smartbms_gui.views.widgets.flow_arrow import FlowArrow
from smartbms_gui.views.widgets.flow_icons import FlowIcon
from smartbms_gui.views.widgets.soc_gauge import SocGauge
from smartbms_gui.views.widgets.value_tile import ValueTile

# A current smaller than this counts as no current (the sensors' blind spot is ±0.25 A at best).
IDLE_A = 0.2


def format_current(amps: float | None) -> str:
    return "–" if amps is None else f"{amps:+.1f} A"


def format_power(watts: float | None) -> str:
    if watts is None:
        return "–"
    if abs(watts) >= 1000:
        return f"{watts / 1000:+.2f} kW"
    return f"{watts:+.0f} W"


def format_energy_wh(wh: float | None) -> str:
    if wh is None:
        return "–"
    if abs(wh) >= 1000:
        return f"{wh / 1000:.2f} kWh"
    return f"{wh:.0f} Wh"


def format_kwh(kwh: float | None) -> str:
    return "–" if kwh is None else f"{kwh:.1f} kWh"


def sign(value: float | None) -> int:
    if value is None or abs(value) < IDLE_A:
        return 0
    return 1 if value > 0 else -1


class OverviewPage(LivePage):
    open_details = Signal()

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.tiles: dict[str, ValueTile] = {}

        # --- solar
        solar = self._card(self.tr("Solar"), self.tr("Incoming energy: solar panels, MPPT, charger"))
        self.solar_icon = FlowIcon("sun", self.tr("Incoming energy (charge current sensor I-1)"))
        solar.layout().addWidget(self.solar_icon, 1, Qt.AlignmentFlag.AlignCenter)
        self._tile(solar, "solar_current", self.tr("Current"), self.tr("Incoming charge current"))
        self._tile(solar, "solar_power", self.tr("Power"), self.tr("Incoming power (current × pack voltage)"))
        self._tile(solar, "solar_today", self.tr("Today"), self.tr("Energy harvested today"))
        self._tile(solar, "solar_total", self.tr("Total"), self.tr("Energy harvested since the counters were cleared"))

        # --- battery
        battery = self._card(self.tr("Battery"), self.tr("The battery pack"))
        self.gauge = SocGauge()
        battery.layout().addWidget(self.gauge, 1)
        self.direction = QLabel("–")
        self.direction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.direction.setToolTip(self.tr("Charging when the battery current is positive, discharging when "
                                          "negative"))
        battery.layout().addWidget(self.direction)
        self._tile(battery, "battery_current", self.tr("Current"),
                   self.tr("Battery current: positive = charging, negative = discharging"))
        self._tile(battery, "stored", self.tr("Stored"), self.tr("Energy stored in the pack now"))
        self._tile(battery, "battery_power", self.tr("Power"), self.tr("Power into (+) or out of (−) the pack"))
        self._tile(battery, "pack_voltage", self.tr("Pack voltage"), self.tr("Total voltage of the pack"))
        details = QPushButton(self.tr("Battery &details ›"))
        details.setToolTip(self.tr("Every cell's voltage and temperature, and the warning lights"))
        details.clicked.connect(self.open_details)
        battery.layout().addWidget(details)

        # --- load
        load = self._card(self.tr("Load"), self.tr("Outgoing energy: inverter and other consumers"))
        self.load_icon = FlowIcon("bulb", self.tr("Outgoing energy (load current sensor I-2)"))
        load.layout().addWidget(self.load_icon, 1, Qt.AlignmentFlag.AlignCenter)
        self._tile(load, "load_current", self.tr("Current"), self.tr("Consumed current"))
        self._tile(load, "load_power", self.tr("Power"), self.tr("Consumed power (current × pack voltage)"))
        self._tile(load, "load_today", self.tr("Today"), self.tr("Energy consumed today"))
        self._tile(load, "load_total", self.tr("Total"), self.tr("Energy consumed since the counters were cleared"))

        self.solar_arrow = FlowArrow(self.tr("Solar current: the arrow points the way the current flows"))
        self.load_arrow = FlowArrow(self.tr("Load current: the arrow points the way the current flows"))

        flow = QHBoxLayout()
        flow.addWidget(solar, 3)
        flow.addWidget(self.solar_arrow, 1)
        flow.addWidget(battery, 3)
        flow.addWidget(self.load_arrow, 1)
        flow.addWidget(load, 3)

        # --- relays
        relays = QGroupBox(self.tr("Relays on the OUT board"))
        relays.setToolTip(self.tr("What the BMS allows now; the CHARGE and LOAD relays follow these"))
        grid = QGridLayout(relays)
        self.charge_relay = QLabel("–")
        self.load_relay = QLabel("–")
        for label in (self.charge_relay, self.load_relay):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.charge_relay.setToolTip(self.tr("Allowed to charge: the CHARGE relay enables the chargers / MPPT"))
        self.load_relay.setToolTip(self.tr("Allowed to discharge: the LOAD relay enables the inverter / "
                                           "consumers"))
        grid.addWidget(QLabel(self.tr("Charge allowed:")), 0, 0)
        grid.addWidget(self.charge_relay, 0, 1)
        grid.addWidget(QLabel(self.tr("Load allowed:")), 0, 2)
        grid.addWidget(self.load_relay, 0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.lights_note = QLabel("")
        self.lights_note.setObjectName("lightsNote")
        self.lights_note.setToolTip(self.tr("Warning lights that are on; Battery details explains each one"))
        grid.addWidget(self.lights_note, 1, 0, 1, 4)
        self.stale_note = QLabel("")
        self.stale_note.setWordWrap(True)
        self.stale_note.setToolTip(self.tr("Shown when the values on this page are old"))

        layout = QVBoxLayout(self)
        layout.addLayout(flow, 1)
        layout.addWidget(relays)
        layout.addWidget(self.stale_note)
        self.refresh_now()

    # -- building -------------------------------------------------------------------------------
    def _card(self, title: str, tooltip: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setToolTip(tooltip)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        QVBoxLayout(box)
        return box

    def _tile(self, card: QGroupBox, key: str, caption: str, tooltip: str) -> None:
        tile = ValueTile(caption, tooltip)
        card.layout().addWidget(tile)
        self.tiles[key] = tile

    # -- showing --------------------------------------------------------------------------------
    def _show(self, key: str, text: str, *names: str) -> None:
        """Set a tile; it is stale (greyed, with age) when the oldest value it is made from is stale."""
        live, now = self.live, self.now()
        stale = any(live.is_stale(n, now) for n in names)
        ages = [a for a in (live.age(n, now) for n in names) if a is not None]
        self.tiles[key].set_value(text, max(ages) if ages else None, stale)

    def refresh(self, changed: frozenset) -> None:
        live, now = self.live, self.now()
        solar_a = live.get("solar_current_a")
        load_a = live.get("load_current_a")
        battery_a = live.get("battery_current_a")
        self._show("solar_current", format_current(solar_a), "solar_current_a")
        self._show("solar_power", format_power(live.power_w("solar_current_a")), "solar_current_a", "pack_voltage_v")
        self._show("solar_today", format_energy_wh(live.get("solar_today_wh")), "solar_today_wh")
        self._show("solar_total", format_kwh(live.get("solar_total_kwh")), "solar_total_kwh")
        self._show("battery_current", format_current(battery_a), "battery_current_a")
        self._show("stored", format_energy_wh(live.get("stored_wh")), "stored_wh")
        self._show("battery_power", format_power(live.power_w("battery_current_a")),
                   "battery_current_a", "pack_voltage_v")
        volts = live.get("pack_voltage_v")
        self._show("pack_voltage", "–" if volts is None else f"{volts:.2f} V", "pack_voltage_v")
        self._show("load_current", format_current(load_a), "load_current_a")
        self._show("load_power", format_power(live.power_w("load_current_a")), "load_current_a", "pack_voltage_v")
        self._show("load_today", format_energy_wh(live.get("consumed_today_wh")), "consumed_today_wh")
        self._show("load_total", format_kwh(live.get("consumed_total_kwh")), "consumed_total_kwh")

        soc_stale = live.is_stale("soc_pct", now)
        self.gauge.set_value(live.get("soc_pct"), soc_stale)
        solar_stale = live.is_stale("solar_current_a", now)
        load_stale = live.is_stale("load_current_a", now)
        self.solar_arrow.set_flow(sign(solar_a), solar_stale)
        self.load_arrow.set_flow(sign(load_a), load_stale)
        self.solar_icon.set_active(sign(solar_a) > 0, solar_stale)
        self.load_icon.set_active(sign(load_a) > 0, load_stale)
        direction = sign(battery_a)
        self.direction.setText({1: self.tr("▲ Charging"), -1: self.tr("▼ Discharging"),
                                0: self.tr("● Idle")}[direction] if battery_a is not None else "–")

        relay_stale = live.is_stale("status1", now)
        for label, allowed in ((self.charge_relay, live.charge_allowed), (self.load_relay, live.load_allowed)):
            if allowed is None:
                label.setText("–")
                label.setStyleSheet("")
                continue
            style = theme.relay_style(allowed)
            label.setText(style.badge())
            color = style.colour if not relay_stale else theme.warning_light_style(False).colour
            label.setStyleSheet(f"color: {color};")

        lit = [light.label for light, on in live.lights.items() if on]
        if lit:
            style = theme.warning_light_style(True)
            self.lights_note.setText(self.tr("{0} Warning light on: {1} — see Battery details")
                                     .format(style.symbol, ", ".join(lit)))
            self.lights_note.setStyleSheet(f"color: {style.colour}; font-weight: bold;")
        else:
            self.lights_note.setText(self.tr("No warning lights on"))
            self.lights_note.setStyleSheet("")

        if live.is_stale(None, now) and live.values():
            age = live.age("pack_voltage_v", now)
            self.stale_note.setText(self.tr("No new data for {0:.0f} s: the values shown are old (greyed).")
                                    .format(age or 0))
        else:
            self.stale_note.setText("")

    # -- for tests ------------------------------------------------------------------------------
    def tile_text(self, key: str) -> str:
        return self.tiles[key].text()
