"""Overview (the manual's "Dashboard"): solar → battery → load as a flow picture, the relays and warning
lights, and the battery's health values and counters.

The arrows point (and move) by the sign of the current: solar into the battery, the battery into the
load; the battery card says charging / discharging by the sign of the battery current. The solar and
load cards show their power as a ring scaled by the installation's peak power (Settings: "Solar peak
power", "Inverter peak power"), as the maker's app does. Old values are greyed and show their age;
nothing received means "unknown", never "all fine".

Numbers go through `i18n.format_number`, so German and Dutch get their decimal comma.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont
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

from smartbms_gui.device import relay_reasons
from smartbms_gui.protocol.status import Status1, Status2
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.live_page import LivePage
from smartbms_gui.views.widgets.flow_arrow import FlowArrow
from smartbms_gui.views.widgets.power_gauge import PowerGauge
from smartbms_gui.views.widgets.soc_gauge import SocGauge
from smartbms_gui.views.widgets.status_mark import StatusMark
from smartbms_gui.views.widgets.value_tile import ValueTile

# A current smaller than this counts as no current (the sensors' blind spot is ±0.25 A at best).
IDLE_A = 0.2
CONTEXT = "OverviewPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- formatting (the user's decimal sign) --------------------------------------------------------

def _signed(value: float, decimals: int) -> str:
    """"+8.0" / "-3.0": the sign always shown, the number in the user's language."""
    return ("+" if value >= 0 else "-") + i18n.format_number(abs(value), decimals)


def format_current(amps: float | None) -> str:
    return "–" if amps is None else f"{_signed(amps, 1)} A"


def format_power(watts: float | None) -> str:
    if watts is None:
        return "–"
    if abs(watts) >= 1000:
        return f"{_signed(watts / 1000, 2)} kW"
    return f"{_signed(watts, 0)} W"


def format_power_unsigned(watts: float) -> str:
    """A power without its sign ("451 W", "2,50 kW"): the gauges' scale and reading."""
    if abs(watts) >= 1000:
        return i18n.format_quantity(watts / 1000, "kW", 2)
    return i18n.format_quantity(watts, "W", 0)


def format_energy_wh(wh: float | None) -> str:
    if wh is None:
        return "–"
    if abs(wh) >= 1000:
        return i18n.format_quantity(wh / 1000, "kWh", 2)
    return i18n.format_quantity(wh, "Wh", 0)


def format_kwh(kwh: float | None) -> str:
    """A total the BMS counts in whole kWh (the M record): no decimals it does not have.

    0 means less than one kWh since the counters were cleared, so "Today 272 Wh" next to a total
    of "< 1 kWh" does not look like a contradiction.
    """
    if kwh is None:
        return "–"
    if 0 <= kwh < 1:
        return "< " + i18n.format_quantity(1, "kWh", 0)
    return i18n.format_quantity(kwh, "kWh", 0)


def sign(value: float | None) -> int:
    if value is None or abs(value) < IDLE_A:
        return 0
    return 1 if value > 0 else -1


# --- the health & counters box: one row per value ------------------------------------------------

@dataclass(frozen=True)
class HealthRow:
    key: str
    caption: str  # English source, translated in the page's context
    tooltip: str
    names: tuple[str, ...]  # LiveState names the value is made from (any of them, first found wins)
    show: Callable[[object], str]  # value → text (only called with a reported value)


def _pct(value) -> str:
    return i18n.format_quantity(float(value), "%", 0)


def _cycles(value) -> str:
    return i18n.format_number(float(value), 1)


def _total_kwh(value) -> str:
    return i18n.format_quantity(float(value), "kWh", 0)


def _today_kwh(value) -> str:
    return i18n.format_quantity(float(value), "kWh", 2)


HEALTH_ROWS: tuple[HealthRow, ...] = (
    HealthRow("soh", QT_TRANSLATE_NOOP("OverviewPage", "State of health"),
              QT_TRANSLATE_NOOP("OverviewPage", "How much of its new capacity the pack still has, as the BMS "
                                                "estimates it (SoH)"), ("soh_pct",), _pct),
    HealthRow("charge_cycles", QT_TRANSLATE_NOOP("OverviewPage", "Charge cycles"),
              QT_TRANSLATE_NOOP("OverviewPage", "Full charge cycles the BMS has counted"),
              ("charge_cycles",), _cycles),
    HealthRow("discharge_cycles", QT_TRANSLATE_NOOP("OverviewPage", "Discharge cycles"),
              QT_TRANSLATE_NOOP("OverviewPage", "Full discharge cycles the BMS has counted"),
              ("discharge_cycles",), _cycles),
    HealthRow("efficiency", QT_TRANSLATE_NOOP("OverviewPage", "Efficiency"),
              QT_TRANSLATE_NOOP("OverviewPage", "Energy out of the pack divided by energy into it, as the "
                                                "BMS measures it"), ("efficiency_pct",), _pct),
    HealthRow("measured_capacity", QT_TRANSLATE_NOOP("OverviewPage", "Measured capacity"),
              QT_TRANSLATE_NOOP("OverviewPage", "The capacity the BMS measured between a full and an empty "
                                                "pack"), ("measured_capacity_wh",), format_energy_wh),
    HealthRow("clock", QT_TRANSLATE_NOOP("OverviewPage", "BMS clock"),
              QT_TRANSLATE_NOOP("OverviewPage", "The time of day on the BMS's own clock (its day starts the "
                                                "'today' counters)"), ("clock",), str),
    HealthRow("charged_total", QT_TRANSLATE_NOOP("OverviewPage", "Charged in total"),
              QT_TRANSLATE_NOOP("OverviewPage", "Energy charged into the pack since the counters were "
                                                "cleared"),
              ("charged_total_kwh", "charged_kwh"), _total_kwh),
    HealthRow("discharged_total", QT_TRANSLATE_NOOP("OverviewPage", "Discharged in total"),
              QT_TRANSLATE_NOOP("OverviewPage", "Energy taken from the pack since the counters were cleared"),
              ("discharged_total_kwh", "discharged_kwh"), _total_kwh),
    HealthRow("firmware", QT_TRANSLATE_NOOP("OverviewPage", "Firmware"),
              QT_TRANSLATE_NOOP("OverviewPage", "The BMS firmware version, when the link reports it"),
              ("firmware",), str),
    HealthRow("charged_today", QT_TRANSLATE_NOOP("OverviewPage", "Charged today"),
              QT_TRANSLATE_NOOP("OverviewPage", "Energy charged into the pack today (BMS clock)"),
              ("charged_today_kwh",), _today_kwh),
    HealthRow("discharged_today", QT_TRANSLATE_NOOP("OverviewPage", "Discharged today"),
              QT_TRANSLATE_NOOP("OverviewPage", "Energy taken from the pack today (BMS clock)"),
              ("discharged_today_kwh",), _today_kwh),
)


@dataclass(frozen=True)
class StatusRow:
    """One status bit (status1 bit 7, the Gen3 status2 byte; docs/protocol.md §3.3)."""

    key: str
    caption: str
    tooltip: str
    source: str  # "status1" or "status2"
    bit: int
    when_set: str
    when_clear: str
    set_warns: bool  # the set state is shown with the warning mark


STATUS_ROWS: tuple[StatusRow, ...] = (
    StatusRow("soc_calibration", QT_TRANSLATE_NOOP("OverviewPage", "SoC calibration"),
              QT_TRANSLATE_NOOP("OverviewPage", "Whether the state of charge is calibrated: the BMS sets it "
                                                "to 100 % the first time every cell reaches V bypass (a "
                                                "full charge)"),
              "status1", Status1.SOC_NOT_CALIBRATED,
              QT_TRANSLATE_NOOP("OverviewPage", "Not calibrated yet: charge fully once"),
              QT_TRANSLATE_NOOP("OverviewPage", "Calibrated"), True),
    StatusRow("early_warning", QT_TRANSLATE_NOOP("OverviewPage", "Early warning"),
              QT_TRANSLATE_NOOP("OverviewPage", "The BMS's early warning (Gen3): a limit is close"),
              "status2", Status2.EARLY_WARNING,
              QT_TRANSLATE_NOOP("OverviewPage", "On"), QT_TRANSLATE_NOOP("OverviewPage", "Off"), True),
    StatusRow("relay1", QT_TRANSLATE_NOOP("OverviewPage", "Relay 1"),
              QT_TRANSLATE_NOOP("OverviewPage", "The OUT board's programmable relay 1 (Gen3)"),
              "status2", Status2.RELAY1_CLOSED,
              QT_TRANSLATE_NOOP("OverviewPage", "Closed"), QT_TRANSLATE_NOOP("OverviewPage", "Open"), False),
    StatusRow("relay2", QT_TRANSLATE_NOOP("OverviewPage", "Relay 2"),
              QT_TRANSLATE_NOOP("OverviewPage", "The OUT board's programmable relay 2 (Gen3)"),
              "status2", Status2.RELAY2_CLOSED,
              QT_TRANSLATE_NOOP("OverviewPage", "Closed"), QT_TRANSLATE_NOOP("OverviewPage", "Open"), False),
)
HEALTH_COLUMNS = 3

# A relay's look by why it is where it is (device/relay_reasons.py): on is green; off for a full or
# emptied pack is a note (blue) or a wait (amber), never the red of a fault.
_RELAY_REASON_STYLE = {
    relay_reasons.Severity.ON: theme.relay_style(True),
    relay_reasons.Severity.NORMAL: theme.StatusStyle(theme.INFO_STYLE.light, theme.INFO_STYLE.dark, "○",
                                                     QT_TRANSLATE_NOOP("Relay", "Off"), "Relay", "ring"),
    relay_reasons.Severity.WAITING: theme.StatusStyle(theme.BUSY_STYLE.light, theme.BUSY_STYLE.dark, "◔",
                                                      QT_TRANSLATE_NOOP("Relay", "Waiting"), "Relay", "busy"),
    relay_reasons.Severity.FAULT: theme.relay_style(False),
    relay_reasons.Severity.UNKNOWN: None,
}


class OverviewPage(LivePage):
    open_details = Signal()

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.tiles: dict[str, ValueTile] = {}

        # --- solar
        solar = self._card(self.tr("Solar"), self.tr("Incoming energy: solar panels, MPPT, charger"))
        self.solar_gauge = PowerGauge("sun", self.tr(
            "Incoming power (charge current sensor I-1). The ring is full at the solar peak power set on "
            "the Settings page."))
        self.solar_gauge.setAccessibleName(solar.title())
        solar.layout().addWidget(self.solar_gauge, 1)
        self._tile(solar, "solar_current", self.tr("Current"), self.tr("Incoming charge current"))
        self._tile(solar, "solar_power", self.tr("Power"), self.tr("Incoming power (current × pack voltage)"))
        self._tile(solar, "solar_today", self.tr("Today"), self.tr("Energy harvested today"))
        self._tile(solar, "solar_total", self.tr("Total"), self.tr(
            "Energy harvested since the counters were cleared (the BMS counts whole kWh)"))

        # --- battery
        battery = self._card(self.tr("Battery"), self.tr("The battery pack"))
        self.gauge = SocGauge()
        battery.layout().addWidget(self.gauge, 1)
        self.direction = StatusMark()
        self.direction.setToolTip(self.tr("Charging when the battery current is positive, discharging when "
                                          "negative"))
        direction_row = QHBoxLayout()
        direction_row.addStretch(1)
        direction_row.addWidget(self.direction)
        direction_row.addStretch(1)
        battery.layout().addLayout(direction_row)
        self._tile(battery, "battery_current", self.tr("Current"),
                   self.tr("Battery current: positive = charging, negative = discharging"))
        self._tile(battery, "stored", self.tr("Stored"), self.tr("Energy stored in the pack now"))
        self._tile(battery, "battery_power", self.tr("Power"),
                   self.tr("Power into (+) or out of (−) the pack"))
        self._tile(battery, "pack_voltage", self.tr("Pack voltage"), self.tr("Total voltage of the pack"))
        details = QPushButton(self.tr("Battery &details ›"))
        details.setToolTip(self.tr("Every cell's voltage and temperature, and the warning lights"))
        details.clicked.connect(self.open_details)
        battery.layout().addWidget(details)

        # --- load
        load = self._card(self.tr("Load"), self.tr("Outgoing energy: inverter and other consumers"))
        self.load_gauge = PowerGauge("bulb", self.tr(
            "Outgoing power (load current sensor I-2). The ring is full at the inverter peak power set on "
            "the Settings page."))
        self.load_gauge.setAccessibleName(load.title())
        load.layout().addWidget(self.load_gauge, 1)
        self._tile(load, "load_current", self.tr("Current"), self.tr("Consumed current"))
        self._tile(load, "load_power", self.tr("Power"), self.tr("Consumed power (current × pack voltage)"))
        self._tile(load, "load_today", self.tr("Today"), self.tr("Energy consumed today"))
        self._tile(load, "load_total", self.tr("Total"), self.tr(
            "Energy consumed since the counters were cleared (the BMS counts whole kWh)"))

        self.solar_arrow = FlowArrow(self.tr("Solar current: the arrow points the way the current flows"))
        self.load_arrow = FlowArrow(self.tr("Load current: the arrow points the way the current flows"))

        flow = QHBoxLayout()
        flow.addWidget(solar, 3)
        flow.addWidget(self.solar_arrow, 1)
        flow.addWidget(battery, 3)
        flow.addWidget(self.load_arrow, 1)
        flow.addWidget(load, 3)

        bottom = QHBoxLayout()
        self.relays_box = self._build_relays()
        self.health_box = self._build_health()
        bottom.addWidget(self.relays_box, 2)
        bottom.addWidget(self.health_box, 5)

        self.stale_note = QLabel("")
        self.stale_note.setWordWrap(True)
        self.stale_note.setToolTip(self.tr("Shown when the values on this page are old"))

        layout = QVBoxLayout(self)
        layout.addLayout(flow, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.stale_note)
        # The cards' text grows with the page (the rings grow by themselves): at 1920x1080 the values
        # are read from across the room, at 1366x768 they keep the body size and nothing is clipped.
        self.cards = [solar, battery, load, *(bottom.itemAt(i).widget() for i in range(bottom.count()))]
        self._text_scale = 1.0
        self.refresh_now()

    def text_scale_for(self, height: int) -> float:
        """How much the cards' text grows for a page this tall: 1.0 up to 700 px, at most 1.5."""
        return max(1.0, min(1.5, height / 700))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        scale = round(self.text_scale_for(self.height()) * 20) / 20  # in 5 % steps: no relayout per pixel
        if scale != self._text_scale:
            self._text_scale = scale
            widgets = [w for card in self.cards
                       for w in (card, *card.findChildren(QLabel), *card.findChildren(QPushButton))]
            for widget in widgets:  # each one's own size before any scaling (values are bigger than captions)
                if widget.property("basePointSize") is None:
                    widget.setProperty("basePointSize", widget.font().pointSizeF())
            for widget in widgets:
                font = QFont(widget.font())
                font.setPointSizeF(widget.property("basePointSize") * scale)
                widget.setFont(font)
        self._fit_health()

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

    def _build_relays(self) -> QGroupBox:
        relays = QGroupBox(self.tr("Relays on the OUT board"))
        relays.setToolTip(self.tr("What the BMS allows now; the CHARGE and LOAD relays follow these"))
        grid = QGridLayout(relays)
        self.charge_relay = StatusMark(bold=True)
        self.load_relay = StatusMark(bold=True)
        for mark in (self.charge_relay, self.load_relay):
            mark.set_wrapping()  # a reason is a sentence: wrap it, never cut it
        self.charge_relay.setToolTip(self.tr("Allowed to charge: the CHARGE relay enables the chargers / "
                                             "MPPT"))
        self.load_relay.setToolTip(self.tr("Allowed to discharge: the LOAD relay enables the inverter / "
                                           "consumers"))
        grid.addWidget(QLabel(self.tr("Charge relay:")), 0, 0)
        grid.addWidget(self.charge_relay, 0, 1)
        grid.addWidget(QLabel(self.tr("Load relay:")), 1, 0)
        grid.addWidget(self.load_relay, 1, 1)
        grid.setColumnStretch(1, 1)
        self.lights_note = StatusMark()
        self.lights_note.setObjectName("lightsNote")
        self.lights_note.set_wrapping()
        self.lights_note.setToolTip(self.tr("Warning lights that are on; Battery details explains each one"))
        grid.addWidget(self.lights_note, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        return relays

    def _build_health(self) -> QGroupBox:
        box = QGroupBox(self.tr("Battery health and counters"))
        box.setToolTip(self.tr("What the BMS reports about the pack's health and its energy counters; "
                               "\"not reported\" when this BMS or link does not send it"))
        self.health_grid = QGridLayout(box)
        self.health_grid.setHorizontalSpacing(10)
        self.health_grid.setVerticalSpacing(3)
        self.health: dict[str, StatusMark] = {}
        self._health_pairs: list[tuple[QLabel, StatusMark]] = []
        entries = [(row.key, row.caption, row.tooltip) for row in HEALTH_ROWS]
        entries += [(row.key, row.caption, row.tooltip) for row in STATUS_ROWS]
        for key, caption, tooltip in entries:
            label = QLabel(_tr(caption) + ":")
            label.setToolTip(_tr(tooltip))
            mark = StatusMark(bold=True, coloured_text=False)
            mark.setToolTip(_tr(tooltip))
            self._health_pairs.append((label, mark))
            self.health[key] = mark
        self.health_columns = 0
        self._lay_out_health(HEALTH_COLUMNS)
        return box

    def _lay_out_health(self, columns: int) -> None:
        """Place the health pairs in `columns` label/value column pairs (3 on a wide page, 2 when
        long captions, a long language or a narrow window would clip them)."""
        if columns == self.health_columns:
            return
        grid = self.health_grid
        for label, mark in self._health_pairs:
            grid.removeWidget(label)
            grid.removeWidget(mark)
        for column in range(2 * max(columns, self.health_columns)):
            grid.setColumnStretch(column, 0)
        for i, (label, mark) in enumerate(self._health_pairs):
            row, column = divmod(i, columns)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(mark, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        self.health_columns = columns

    def _health_width(self, columns: int) -> int:
        """The width the health box needs with `columns` column pairs (labels and values as they
        are now), whatever its current arrangement."""
        grid = self.health_grid
        width = 0
        for column in range(columns):
            pairs = self._health_pairs[column::columns]
            width += max(label.sizeHint().width() for label, _ in pairs)
            width += max(mark.sizeHint().width() for _, mark in pairs)
        margins = grid.contentsMargins()
        frame = self.health_box.width() - self.health_box.contentsRect().width()
        return width + grid.horizontalSpacing() * (2 * columns - 1) + margins.left() + margins.right() + frame

    def _fit_health(self) -> None:
        """Three column pairs when they fit beside the relays box, else two."""
        bottom = self.layout().itemAt(1).layout()
        margins = self.layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right() - bottom.spacing()
                - self.relays_box.minimumSizeHint().width())
        self._lay_out_health(HEALTH_COLUMNS if self._health_width(HEALTH_COLUMNS) <= room else 2)

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
        self._show("solar_power", format_power(live.power_w("solar_current_a")),
                   "solar_current_a", "pack_voltage_v")
        self._show("solar_today", format_energy_wh(live.get("solar_today_wh")), "solar_today_wh")
        self._show("solar_total", format_kwh(live.get("solar_total_kwh")), "solar_total_kwh")
        self._show("battery_current", format_current(battery_a), "battery_current_a")
        self._show("stored", format_energy_wh(live.get("stored_wh")), "stored_wh")
        self._show("battery_power", format_power(live.power_w("battery_current_a")),
                   "battery_current_a", "pack_voltage_v")
        volts = live.get("pack_voltage_v")
        self._show("pack_voltage", "–" if volts is None else i18n.format_quantity(volts, "V", 2),
                   "pack_voltage_v")
        self._show("load_current", format_current(load_a), "load_current_a")
        self._show("load_power", format_power(live.power_w("load_current_a")),
                   "load_current_a", "pack_voltage_v")
        self._show("load_today", format_energy_wh(live.get("consumed_today_wh")), "consumed_today_wh")
        self._show("load_total", format_kwh(live.get("consumed_total_kwh")), "consumed_total_kwh")

        soc_stale = live.is_stale("soc_pct", now)
        self.gauge.set_value(live.get("soc_pct"), soc_stale)
        solar_stale = live.is_stale("solar_current_a", now)
        load_stale = live.is_stale("load_current_a", now)
        self.solar_arrow.set_flow(sign(solar_a), solar_stale)
        self.load_arrow.set_flow(sign(load_a), load_stale)
        self._show_gauge(self.solar_gauge, "solar_current_a", "solar_peak_w", sign(solar_a) > 0, solar_stale)
        self._show_gauge(self.load_gauge, "load_current_a", "inverter_peak_w", sign(load_a) > 0, load_stale)
        self._show_direction(battery_a, live.is_stale("battery_current_a", now))
        self._show_relays_and_lights(now)
        self._show_health(now)

        if live.is_stale(None, now) and live.values():
            age = live.age("pack_voltage_v", now)
            self.stale_note.setText(self.tr("No new data for {0}: the values shown are old (greyed).")
                                    .format(i18n.format_quantity(age or 0, "s", 0)))
        else:
            self.stale_note.setText("")

    def _show_gauge(self, gauge: PowerGauge, current: str, peak_setting: str, active: bool,
                    stale: bool) -> None:
        watts = self.live.power_w(current)
        peak = self.live.settings.get(peak_setting)
        peak = float(peak) if isinstance(peak, (int, float)) and peak > 0 else None
        if watts is None:
            fraction, text = None, "–"
        else:
            fraction = max(0.0, watts) / peak if peak else None
            text = format_power_unsigned(watts) if watts >= 0 else format_power(watts)
        if watts is None:
            sub = ""  # nothing to scale
        elif peak is None:
            sub = self.tr("peak power not known")
        elif fraction is not None and fraction > 1.0:
            sub = self.tr("above the {0} peak").format(format_power_unsigned(peak))
        else:
            sub = self.tr("of {0} peak").format(format_power_unsigned(peak))
        gauge.set_value(fraction, text, sub, active, stale)

    def _show_direction(self, battery_a: float | None, stale: bool) -> None:
        if battery_a is None:
            self.direction.set_state(None, "–")
            return
        direction = sign(battery_a)
        style = {1: theme.CELL_STATE_STYLE["ok"], -1: theme.INFO_STYLE,
                 0: theme.warning_light_style(False)}[direction]
        icon = {1: "arrow-up", -1: "arrow-down", 0: "dot"}[direction]
        text = {1: self.tr("Charging"), -1: self.tr("Discharging"), 0: self.tr("Idle")}[direction]
        self.direction.set_state(theme.StatusStyle(style.light, style.dark, "", text, icon=icon), text, stale)

    def _show_relays_and_lights(self, now: float) -> None:
        live = self.live
        known = live.get("status1") is not None
        stale = live.is_stale("status1", now)
        facts = relay_reasons.RelayFacts.from_live(live)
        for mark, reason in ((self.charge_relay, relay_reasons.charge_reason(facts)),
                             (self.load_relay, relay_reasons.load_reason(facts))):
            if not known or reason.allowed is None:
                mark.set_state(None, self.tr("unknown"), stale=True)
            else:
                # each state with its reason; red only for a fault (a full pack is not one); old: said so
                text = i18n.translate_message(reason.text)
                if stale:
                    text = self.tr("{0} (last known)").format(text)
                mark.set_state(_RELAY_REASON_STYLE[reason.severity], text, stale)
        if not known:
            if live.link_up:
                text = self.tr("Warning lights: waiting for the first cell data…")
            else:
                text = self.tr("Warning lights: unknown (not connected)")
            self.lights_note.set_state(theme.warning_light_style(False), text, stale=True)
            return
        lit = [light.label for light, on in live.lights.items() if on]
        if lit:
            text = self.tr("Warning light on: {0} — see Battery details").format(", ".join(lit))
            style = theme.WARNING_STYLE
        else:
            text = self.tr("No warning lights on")
            style = theme.relay_style(True)
        if stale:
            text = self.tr("{0} (last known)").format(text)
        self.lights_note.set_state(style, text, stale)
        font = self.lights_note.label.font()
        font.setBold(bool(lit))
        self.lights_note.label.setFont(font)

    def _show_health(self, now: float) -> None:
        live = self.live
        anything = bool(live.values())
        changed = False
        for row in HEALTH_ROWS:
            name = next((n for n in row.names if live.get(n) is not None), None)
            mark = self.health[row.key]
            if name is None:
                changed |= mark.set_state(None, self.tr("not reported") if anything else "–", stale=True)
            else:
                changed |= mark.set_state(None, row.show(live.get(name)), live.is_stale(name, now))
        for status in STATUS_ROWS:
            value = live.get(status.source)
            mark = self.health[status.key]
            if value is None:
                changed |= mark.set_state(None, self.tr("not reported") if anything else "–", stale=True)
                continue
            on = bool(int(value) & status.bit)
            style = theme.WARNING_STYLE if (on and status.set_warns) else None
            changed |= mark.set_state(style, _tr(status.when_set if on else status.when_clear),
                                      live.is_stale(status.source, now))
        if changed and self.width() > 0:
            self._fit_health()  # a longer value ("not reported") may need the third column's room

    # -- for tests ------------------------------------------------------------------------------
    def tile_text(self, key: str) -> str:
        return self.tiles[key].text()

    def health_text(self, key: str) -> str:
        return self.health[key].text()
