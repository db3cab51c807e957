"""The commissioning report's content: sections, tables, charts and the checklist, from an `Observation`.

No Qt. Every text is a `Message` (the report's own words, translated in the "Messages" context), a
`Label` (a parameter's label, group or choice, translated where the Settings page translates it) or a
`Quantity` (a number with its unit, written with the report language's decimal sign); `render_pdf.py`
turns them into the chosen language. Values come from the parameter table (protocol/params.py) and the
option-switch tables (protocol/switches.py); nothing is listed twice.

The checklist follows the manual's commissioning steps and marks each from what was measured: pass,
fail, or not checked (nothing measured says either way). The PIN never appears: not its digits, not
its length; only whether the factory PIN is still set.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from smartbms_gui.messages import Joined, Label, Message, Quantity
from smartbms_gui.protocol import params
from smartbms_gui.protocol import switches as sw
from smartbms_gui.protocol.params import Parameter, UnknownCode
from smartbms_gui.protocol.status import CellState, WarningLight, relays, warning_lights
from smartbms_gui.report.observe import CellSnapshot, Mark, Moment, Observation, Series

PASS, FAIL, NOT_CHECKED = "pass", "fail", "not_checked"
#: the largest cell spread (highest − lowest) that passes; the manual's balancing aims at every cell
#: at V bypass, and 50 mV is a common acceptance figure for a commissioned LiFePO4 pack [?]
SPREAD_LIMIT_V = 0.050
#: plausible cell temperatures for a pack in service, and the largest difference between cells [?]
PLAUSIBLE_TEMP_C = (-20.0, 60.0)
TEMP_SPREAD_LIMIT_C = 15.0
#: the manual: "take only 75% of the rated capacity"
CAPACITY_ADVICE = 0.75
#: typical cell data-sheet limits per chemistry (code of the `chemistry` setting): not from the manual,
#: so a warning says "typical" and points to the cells' own data sheet [?]
CHEMISTRY_LIMITS_V = {1: (2.5, 3.65), 2: (1.5, 2.85), 3: (2.8, 4.2), 4: (2.8, 4.2)}


#: a V bypass at or below this is taken as a LiFePO4 pack when the BMS does not report its chemistry
LFP_VBYPASS_MAX_V = 3.7
MAX_MARKS_LISTED = 60
CELLS_PER_TABLE_ROW = 3

PAPER_SIZES = ("a4", "letter")


@dataclass
class ReportInfo:
    """What the installer types: remembered per battery in the window, options on the command line."""

    site: str = ""
    customer: str = ""
    installer: str = ""
    date: str = field(default_factory=lambda: date.today().isoformat())
    note: str = ""
    language: str = "en"
    paper: str = "a4"
    rated_capacity_ah: float | None = None  # the cells' rated capacity: for the 75 % advice


# ------------------------------------------------------------------------------------ blocks


@dataclass
class Paragraph:
    text: Any
    style: str = "normal"  # "normal", "small", "warning", "note"


@dataclass
class Facts:
    rows: list[tuple[Any, Any]]


@dataclass
class Table:
    headers: list[Any]
    rows: list[list[Any]]
    align: str = ""  # one letter per column: l, r, c
    marked: set[int] = field(default_factory=set)  # rows drawn as warnings
    small: bool = False
    widths: list[float] | None = None  # relative column widths (None: as the text needs)
    marked_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column) drawn as warnings


@dataclass
class SwitchDrawing:
    positions: list[bool | None]  # switch 1..8; None: not revealed by the BMS
    lines: list[Any]


@dataclass
class CellChart:
    cells: list[CellSnapshot]
    vmin_v: float | None
    vmax_v: float | None
    vbypass_v: float | None


@dataclass
class SessionChart:
    series: Series
    marks: list[Mark]


@dataclass
class SocChart:
    hours: list[tuple[float, int | None]]  # (unix time, SoC %)


@dataclass
class CheckItem:
    key: str
    text: Any
    status: str
    detail: Any = ""


@dataclass
class Checklist:
    items: list[CheckItem]


@dataclass
class Signatures:
    roles: list[Any]


@dataclass
class Section:
    title: Any
    blocks: list[Any]


@dataclass
class Report:
    info: ReportInfo
    serial: Any  # shown on every page
    title: Any
    sections: list[Section]
    checklist: Checklist
    warnings: list[Any]
    generated_at: float

    def check(self, key: str) -> CheckItem:
        return next(item for item in self.checklist.items if item.key == key)


# ------------------------------------------------------------------------------------ helpers


def _v(value: float | None, decimals: int = 3) -> Any:
    return "–" if value is None else Quantity(float(value), "V", decimals)


def _mv(volts: float) -> Any:
    """A cell spread in millivolts, as the app shows it (the 5 mV steps of the wire: no decimals)."""
    return Quantity(round(float(volts) * 1000.0), "mV", 0)


def _c(value: float | None) -> Any:
    return "–" if value is None else Quantity(float(value), "°C", 1)


@dataclass(frozen=True)
class SettingValue:
    """A number of a parameter: the report's language writes it with `params.value_text`, the one
    formatter of the window and the command line (the parameter's shown decimals, its unit)."""

    param: Parameter
    value: float


def value_text(param: Parameter, value: Any) -> Any:
    """A setting's value as the Settings page words it (never the PIN)."""
    if param.secret:
        return "–"
    if value is None:
        return Message("not reported")
    if isinstance(value, UnknownCode):
        return str(value)
    if param.kind == "bool":
        return Label("on") if value else Label("off")
    if param.kind == "choice":
        return Label(param.choice_label(int(value)))
    return SettingValue(param, float(value))


def _serial_text(obs: Observation) -> Any:
    if obs.serial:
        return obs.serial
    link = str(obs.link)  # (a Message in English)
    if link.startswith("Simulator") or "simulator" in link.lower():
        return Message("simulator")
    return Message("not known")


# ------------------------------------------------------------------------------------ sections


def _battery_section(obs: Observation, info: ReportInfo) -> Section:
    settings = obs.settings
    sensor = settings.get("current_sensor")
    chemistry = settings.get("chemistry")
    sensor_param, chemistry_param = params.parameter("current_sensor"), params.parameter("chemistry")
    rows: list[tuple[Any, Any]] = [
        (Message("Type"), obs.device_type or Message("123\\SmartBMS")),
        (Message("Generation"), f"Gen{obs.generation}"),
        (Message("Serial number"), _serial_text(obs)),
        (Message("Firmware"), obs.firmware or Message("not reported")),
        (Message("Cells in series"), str(obs.cell_count) if obs.cell_count else Message("not reported")),
        (
            Message("Cell chemistry"),
            value_text(chemistry_param, chemistry)
            if chemistry is not None
            else Message("not reported by this BMS"),
        ),
        (
            Message("Current sensor"),
            value_text(sensor_param, sensor)
            if sensor is not None
            else Message("set with the hidden switch settings (not reported)"),
        ),
        (Message("Connected by"), obs.link),
    ]
    blocks: list[Any] = [
        Facts(rows),
        Paragraph(Message("Option switches on the IN board"), "subheading"),
        _switch_drawing(obs),
    ]
    return Section(Message("The battery"), blocks)


def _switch_drawing(obs: Observation) -> SwitchDrawing:
    """Switches 1–8 as far as the BMS reveals them: 1 from the message rhythm, 2/6/7 from V bypass,
    5 from the Gen3 critical-mode setting; 3, 4 and 8 cannot be seen from here."""
    positions: list[bool | None] = [None] * sw.SWITCH_COUNT
    lines: list[Any] = []
    interval = obs.message_interval_s
    if interval is not None:
        fast = interval < 0.75
        positions[sw.SWITCH_FAST_MESSAGES - 1] = fast
        lines.append(
            Message(
                "Switch 1 — message rate: one message every {seconds}",
                seconds=Quantity(0.5 if fast else 1.0, "s", 1),
            )
        )
    else:
        lines.append(Message("Switch 1 — message rate: not measured"))
    vbypass = obs.values.get("bypass_v", obs.settings.get("vbypass_v"))
    match = None
    if isinstance(vbypass, (int, float)):
        match = min(sw.VBYPASS_CHOICES, key=lambda v: abs(v - vbypass))
        if abs(match - vbypass) > 0.03:
            match = None
    if match is not None:
        row = sw.encode_normal(sw.NormalSettings(vbypass_v=match))
        for n in sw.SWITCHES_VBYPASS:
            positions[n - 1] = row[n - 1]
        lines.append(
            Message("Switches 2, 6, 7 — V bypass (balancing voltage): {volts}", volts=Quantity(match, "V", 1))
        )
    else:
        lines.append(Message("Switches 2, 6, 7 — V bypass: not reported"))
    lines.append(
        Message(
            "Switch 3 — blind spot and switch 4 — auto zero: not reported by the BMS; "
            "check them on the board (3 ON and 4 OFF are the manual's advice)"
        )
    )
    critical = obs.settings.get("critical_mode")
    if isinstance(critical, bool):
        positions[sw.SWITCH_MODE - 1] = critical
        lines.append(
            Message("Switch 5 — mode: critical mode")
            if critical
            else Message("Switch 5 — mode: normal mode (recommended)")
        )
    else:
        lines.append(Message("Switch 5 — mode: not reported by this BMS"))
    lines.append(Message("Switch 8 — must be OFF in normal use (not reported by the BMS)"))
    if obs.cell_count:
        entry = sw.table_cells_for(obs.cell_count) if sw.MIN_CELLS <= obs.cell_count <= sw.MAX_CELLS else None
        if entry is not None:
            lines.append(
                Message(
                    "Hidden settings (switches 4–7): {cells} cells (table entry {entry})",
                    cells=obs.cell_count,
                    entry=entry,
                )
            )
    return SwitchDrawing(positions, lines)


def _settings_section(obs: Observation) -> tuple[Section, list[Any]]:
    rows: list[list[Any]] = []
    marked: set[int] = set()
    settings = obs.settings
    values_for_rules = dict(settings)
    if obs.values.get("bypass_v") is not None:
        values_for_rules["vbypass_v"] = obs.values["bypass_v"]
    for param in params.parameters_for(params.Generation(obs.generation)):
        if param.kind == "action":
            continue
        if param.kind == "pin":
            value: Any = (
                Message("factory PIN — change it")
                if obs.factory_pin
                else Message("changed from the factory PIN")
                if obs.factory_pin is False
                else Message("not known")
            )
            factory: Any = Message("factory PIN")
            differs = "" if obs.factory_pin is None else ("" if obs.factory_pin else "•")
            if obs.factory_pin:
                marked.add(len(rows))
            rows.append([Label(param.group), Label(param.label), value, factory, differs])
            continue
        if not param.readable:
            current: Any = Message("not reported by the BMS")
            stored = None
        elif param.name in values_for_rules:
            stored = values_for_rules[param.name]
            current = value_text(param, stored)
        else:
            stored = None
            current = Message("not read")
        factory = value_text(param, param.default) if param.default is not None else "–"
        differs = ""
        if stored is not None and param.default is not None and not isinstance(stored, UnknownCode):
            try:
                differs = "" if param.raw_of(stored) == param.raw_of(param.default) else "•"
            except (ValueError, TypeError):
                differs = "•"
        rows.append([Label(param.group), Label(param.label), current, factory, differs])
    headers = [
        Message("Group"),
        Message("Setting"),
        Message("Value"),
        Message("Factory value"),
        Message("Differs"),
    ]
    blocks: list[Any] = []
    if not settings:
        blocks.append(
            Paragraph(
                Message(
                    "The settings were not read: the USB serial cable and a recording carry only the live "
                    "data. Make the report while connected over Bluetooth to include them."
                ),
                "note",
            )
        )
    blocks.append(Table(headers, rows, "llrrc", marked, small=True))
    blocks.append(
        Paragraph(
            Message(
                "• marks a value that differs from the factory value. Factory values "
                "are the parameter table's values for a new LiFePO4 pack."
            ),
            "small",
        )
    )
    return Section(Message("Settings"), blocks), _advice_warnings(obs, values_for_rules)


def _advice_warnings(obs: Observation, values: dict[str, Any]) -> list[Any]:
    """Where the settings contradict the manual's advice (and the parameter table's rules)."""
    warnings: list[Any] = []
    if values:
        for issue in params.validate(
            {k: v for k, v in values.items() if k not in params.SECRET_NAMES},
            generation=params.Generation(obs.generation),
        ):
            if "does not exist on a Gen" not in str(issue.message):
                warnings.append(issue.message)
    rated_ah = getattr(obs, "rated_capacity_ah", None)
    capacity = values.get("capacity_wh")
    chemistry = values.get("chemistry")
    nominal = values.get("vnominal_v") or params.CHEMISTRY_NOMINAL_V.get(
        chemistry if isinstance(chemistry, int) else params.LIFEPO4
    )
    if rated_ah and obs.cell_count and isinstance(capacity, (int, float)):
        rated_wh = rated_ah * float(nominal) * obs.cell_count
        if capacity > CAPACITY_ADVICE * rated_wh + 1e-6:
            warnings.append(
                Message(
                    "Battery capacity {capacity} is above 75 % of the rated {rated} "
                    "({cells} cells × {ah} × {nominal}): the manual advises 75 % to allow for ageing and "
                    "temperature, about {advice}.",
                    capacity=Quantity(capacity, "Wh", 0),
                    rated=Quantity(round(rated_wh), "Wh", 0),
                    cells=obs.cell_count,
                    ah=Quantity(rated_ah, "Ah"),
                    nominal=Quantity(float(nominal), "V", 2),
                    advice=Quantity(round(CAPACITY_ADVICE * rated_wh, -2), "Wh", 0),
                )
            )
    limits = None
    assumed = False
    if isinstance(chemistry, int) and not isinstance(chemistry, bool) and chemistry in CHEMISTRY_LIMITS_V:
        limits = CHEMISTRY_LIMITS_V[chemistry]
    else:
        vbypass = values.get("vbypass_v")
        if isinstance(vbypass, (int, float)) and vbypass <= LFP_VBYPASS_MAX_V:
            limits, assumed = CHEMISTRY_LIMITS_V[1], True
    if limits is not None:
        low, high = limits
        vmin, vmax = values.get("vmin_v"), values.get("vmax_v")
        which = (
            Message("LiFePO4, assumed from V bypass")
            if assumed
            else Label(params.parameter("chemistry").choice_label(chemistry))
        )
        if isinstance(vmin, (int, float)) and vmin < low - 1e-6:
            warnings.append(
                Message(
                    "V min {value} is below the typical cell limit {limit} for {chemistry}: "
                    "check the cells' data sheet.",
                    value=Quantity(vmin, "V", 2),
                    limit=Quantity(low, "V", 2),
                    chemistry=which,
                )
            )
        if isinstance(vmax, (int, float)) and vmax > high + 1e-6:
            warnings.append(
                Message(
                    "V max {value} is above the typical cell limit {limit} for {chemistry}: "
                    "check the cells' data sheet.",
                    value=Quantity(vmax, "V", 2),
                    limit=Quantity(high, "V", 2),
                    chemistry=which,
                )
            )
        tmin = values.get("tmin_charge_c")
        if isinstance(tmin, (int, float)) and tmin < 0 and (assumed or chemistry == 1):
            warnings.append(
                Message(
                    "T min (charge) {value} is below 0 °C: LiFePO4 must not be charged below freezing.",
                    value=Quantity(tmin, "°C", 1),
                )
            )
    if obs.factory_pin:
        warnings.append(
            Message(
                "The factory PIN is still set: anyone nearby with the app can change the "
                "settings. Choose your own PIN before handing over."
            )
        )
    return warnings


def relay_reasons(obs: Observation) -> tuple[Any, Any]:
    """Why each relay is as it is, from the warning lights and the settings (the manual's algorithm)."""
    lights = obs.lights or {}
    on = [light for light, lit in lights.items() if lit]

    def reasons(allowed: bool | None, relay: str) -> Any:
        if allowed is None:
            return Message("not known")
        forced = obs.settings.get("charge_forced_off" if relay == "charge" else "discharge_forced_off")
        if allowed:
            return Message("allowed: no reason to open it")
        why: list[Any] = []
        if forced is True:
            why.append(Message("forced off in the settings"))
        if WarningLight.E in on:
            why.append(Message("cell communication lost (E)"))
        if relay == "charge" and WarningLight.VH in on:
            why.append(Message("a cell at or above V max (Vh)"))
        if relay == "load" and WarningLight.VL in on:
            why.append(Message("a cell at or below V min (Vl)"))
        if WarningLight.TH in on:
            why.append(Message("a cell above T max (Th)"))
        if WarningLight.TL in on:
            why.append(Message("a cell below T min (Tl)"))
        if not why:
            why.append(
                Message(
                    "no warning light: waiting for the SoC to pass the charge restart level "
                    "(the pack was full)"
                )
                if relay == "charge"
                else Message(
                    "no warning light: waiting for the SoC to reach the discharge restart "
                    "level (the pack was empty)"
                )
            )
        return Message("switched off: {reasons}", reasons=Joined(why, "; "))

    return reasons(obs.charge_allowed, "charge"), reasons(obs.load_allowed, "load")


def _pack_section(obs: Observation) -> Section:
    reported = [c for c in obs.cells if c.voltage_v is not None]
    volts = [(c.voltage_v, c.index) for c in reported]
    temps = [(c.temperature_c, c.index) for c in reported if c.temperature_c is not None]
    low = min(volts) if volts else None
    high = max(volts) if volts else None
    balancing = [c.index for c in reported if c.state is CellState.BALANCING]
    lights = obs.lights
    lit = [light.label for light, on in (lights or {}).items() if on]
    charge, load = relay_reasons(obs)
    v = obs.values
    rows: list[tuple[Any, Any]] = [
        (Message("Pack voltage"), _v(v.get("pack_voltage_v"), 2)),
        (
            Message("Battery current"),
            "–" if v.get("battery_current_a") is None else Quantity(v["battery_current_a"], "A", 1),
        ),
        (Message("State of charge"), "–" if v.get("soc_pct") is None else Quantity(v["soc_pct"], "%", 0)),
        (
            Message("Lowest cell"),
            Message("{volts} (cell {cell})", volts=_v(low[0]), cell=low[1]) if low else "–",
        ),
        (
            Message("Highest cell"),
            Message("{volts} (cell {cell})", volts=_v(high[0]), cell=high[1]) if high else "–",
        ),
        (Message("Spread"), _mv(high[0] - low[0]) if low and high else "–"),
        (
            Message("Coldest / warmest cell"),
            Message("{low} / {high}", low=_c(min(temps)[0]), high=_c(max(temps)[0])) if temps else "–",
        ),
        (
            Message("Cells reporting"),
            Message("{got} of {count}", got=len(reported), count=obs.cell_count or 0),
        ),
        (
            Message("Balancing cells"),
            Joined([str(i) for i in balancing], ", ") if balancing else Message("none"),
        ),
        (
            Message("Warning lights"),
            Message("not known") if lights is None else (Joined(lit, ", ") if lit else Message("none on")),
        ),
        (Message("Charge relay"), charge),
        (Message("Load relay"), load),
    ]
    vmin = obs.settings.get("vmin_v", v.get("vmin_v"))
    vmax = obs.settings.get("vmax_v", v.get("vmax_v"))
    vbypass = v.get("bypass_v", obs.settings.get("vbypass_v"))
    blocks: list[Any] = [Facts(rows)]
    if obs.cells:
        blocks.append(CellChart(obs.cells, vmin, vmax, vbypass))
        blocks.append(_cells_table(obs.cells))
    else:
        blocks.append(Paragraph(Message("No cell reported."), "note"))
    return Section(Message("The pack at the time of the report"), blocks)


def _state_text(state: CellState | None) -> Any:
    if state is None:
        return Message("no data")
    return {
        CellState.OK: Message("ok"),
        CellState.BALANCING: Message("balancing"),
        CellState.OUT_OF_RANGE: Message("out of range"),
    }[state]


def _cells_table(cells: list[CellSnapshot]) -> Table:
    per_row = CELLS_PER_TABLE_ROW
    headers: list[Any] = []
    for _ in range(per_row):
        headers += [Message("Cell"), "V", "°C", Message("State")]
    rows: list[list[Any]] = []
    marked: set[tuple[int, int]] = set()
    depth = math.ceil(len(cells) / per_row)
    for r in range(depth):
        row: list[Any] = []
        for k in range(per_row):
            i = r + k * depth
            if i < len(cells):
                c = cells[i]
                volts = "–" if c.voltage_v is None else Quantity(c.voltage_v, "", 3)
                celsius = "–" if c.temperature_c is None else Quantity(c.temperature_c, "", 1)
                row += [str(c.index), volts, celsius, _state_text(c.state)]
                if c.state in (CellState.OUT_OF_RANGE, None):
                    marked.update((r, k * 4 + j) for j in range(4))
            else:
                row += ["", "", "", ""]
        rows.append(row)
    widths = [0.6, 0.75, 0.6, 2.05] * per_row
    return Table(headers, rows, "rrrl" * per_row, small=True, widths=widths, marked_cells=marked)


def _session_section(obs: Observation, language_marks: int = MAX_MARKS_LISTED) -> Section:
    blocks: list[Any] = []
    s = obs.series
    if obs.started_at is not None and obs.ended_at is not None:
        minutes = max(0.0, (obs.ended_at - obs.started_at) / 60.0)
        blocks.append(
            Facts(
                [
                    (
                        Message("Observed"),
                        Message(
                            "{start} to {end} ({minutes})",
                            start=Moment(obs.started_at),
                            end=Moment(obs.ended_at),
                            minutes=Quantity(round(minutes, 1), "min"),
                        ),
                    ),
                    (
                        Message("Source"),
                        Message("live connection")
                        if obs.source == "live"
                        else Message("recording {name}", name=obs.link),
                    ),
                ]
            )
        )
    if len(s) >= 2:
        marks = list(obs.marks)
        if obs.cell_log is not None:  # the BMS's own cell events that fall inside the session
            marks += [Mark(e.at.timestamp(), "cell_event", e.name) for e in obs.cell_log.events
                      if e.at is not None and s.t[0] <= e.at.timestamp() <= s.t[-1]]
        blocks.append(SessionChart(s, marks))
        if s.sampled:
            blocks.append(
                Paragraph(
                    Message("Long session: the chart shows {points} moments spread over it.", points=len(s)),
                    "small",
                )
            )
    else:
        blocks.append(Paragraph(Message("Too short to chart: fewer than two pack records."), "note"))
    listed = [m for m in obs.marks if m.kind != "connected"][-language_marks:]
    changes = [m for m in obs.marks if m.kind in ("relay", "warning_light")]
    start = _start_state(obs, changed=bool(changes))
    if listed:
        if start:
            blocks.append(Paragraph(Message("At the start: {states}.", states=Joined(start, ", ")), "small"))
        rows = [[Moment(m.t, seconds=True), _mark_text(m)] for m in listed]
        blocks.append(Table([Message("Time"), Message("Event")], rows, "ll", small=True))
    elif start:
        # a relay open or a light on from the first reading is no change, but the chart shows it:
        # say so, or the text would seem to contradict the chart
        blocks.append(
            Paragraph(
                Message(
                    "At the start: {states}; no relay, warning-light or setting change during the session.",
                    states=Joined(start, ", "),
                ),
                "small",
            )
        )
    else:
        blocks.append(
            Paragraph(Message("No relay, warning-light or setting change during the session."), "small")
        )
    return Section(Message("The session"), blocks)


def _start_state(obs: Observation, *, changed: bool) -> list[Any]:
    """What was not as in normal use at the session's start: a relay switched off, a warning light on.
    From the first status reading; without one, the state now when nothing changed since."""
    if obs.first_status1 is not None:
        charge, load = relays(obs.first_status1)
        lights: dict[WarningLight, bool] | None = warning_lights(obs.first_status1)
    elif not changed and obs.lights is not None:
        charge, load, lights = obs.charge_allowed, obs.load_allowed, obs.lights
    else:
        return []
    states: list[Any] = []
    if charge is False:
        states.append(Message("charge relay switched off"))
    if load is False:
        states.append(Message("load relay switched off"))
    for light, on in (lights or {}).items():
        if on:
            states.append(Message("warning light {light} on", light=light.label))
    return states


def _mark_text(mark: Mark) -> Any:
    text = mark.text
    if mark.kind == "relay":
        relay = Message("Charge relay") if text.startswith("Charge") else Message("Load relay")
        return (
            Message("{relay}: allowed", relay=relay)
            if mark.on
            else Message("{relay}: switched off", relay=relay)
        )
    if mark.kind == "warning_light":
        light = text.removeprefix("Warning ").rsplit(" ", 1)[0]
        return (
            Message("Warning light {light} on", light=light)
            if mark.on
            else Message("Warning light {light} off", light=light)
        )
    if mark.kind == "settings_written":
        return Message("Settings written: {what}", what=text)
    if mark.kind == "reconnect":
        return Message("Connected again")
    if mark.kind == "disconnected":
        return Message("Link lost")
    return text


def _memory_section(obs: Observation) -> Section | None:
    if obs.cell_log is None and obs.soc_history is None:
        return None
    blocks: list[Any] = []
    log = obs.cell_log
    if log is not None:
        blocks.append(Paragraph(Message("Cell event log (the BMS's last ten events)"), "subheading"))
        if log.events:
            rows = []
            for e in log.events:
                when: Any = Moment(e.at.timestamp()) if e.at else Message("time unknown")
                value = "–" if e.value is None else Quantity(e.value, e.unit, 3 if e.unit == "V" else 1)
                rows.append([when, e.name, value, "–" if e.cell is None else str(e.cell)])
            blocks.append(
                Table(
                    [Message("When"), Message("Event"), Message("Value"), Message("Cell")],
                    rows,
                    "lllr",
                    small=True,
                )
            )
        else:
            blocks.append(Paragraph(Message("The log is empty: no cell events recorded."), "small"))
        for p in log.problems:
            blocks.append(
                Paragraph(Message("{record} not read: {why}", record=p.record, why=p.message), "note")
            )
    history = obs.soc_history
    if history is not None and history.newest_at is not None:
        blocks.append(Paragraph(Message("State of charge, hour by hour, over the last week"), "subheading"))
        hours = [(h.at.timestamp(), h.soc_pct if h.read else None) for h in history.hours]
        if any(soc is not None for _, soc in hours):
            blocks.append(SocChart(hours))
        else:
            blocks.append(Paragraph(Message("The BMS sent no value for these hours."), "small"))
        for p in history.problems:
            blocks.append(Paragraph(Message("{record}: {why}", record=p.record, why=p.message), "note"))
    return Section(Message("What the BMS remembers"), blocks)


# ------------------------------------------------------------------------------------ checklist


def checklist(obs: Observation, warnings: list[Any]) -> Checklist:
    items: list[CheckItem] = []
    count = obs.cell_count
    reported = [c for c in obs.cells if c.voltage_v is not None]
    if not count:
        items.append(
            CheckItem(
                "cells_report", Message("Every cell reports"), NOT_CHECKED, Message("no cell count received")
            )
        )
    else:
        missing = [c.index for c in obs.cells if c.voltage_v is None]
        light_e = bool(obs.lights and obs.lights.get(WarningLight.E))
        ok = len(reported) == count and not light_e
        detail = Message("{got} of {count} cells", got=len(reported), count=count)
        if missing:
            shown = Joined([str(i) for i in missing[:12]] + (["…"] if len(missing) > 12 else []), ", ")
            detail = Message(
                "{got} of {count} cells; silent: {cells}", got=len(reported), count=count, cells=shown
            )
        elif light_e:
            detail = Message(
                "{got} of {count} cells, but light E (cell communication) is on",
                got=len(reported),
                count=count,
            )
        items.append(CheckItem("cells_report", Message("Every cell reports"), PASS if ok else FAIL, detail))
    volts = [c.voltage_v for c in reported]
    if len(volts) >= 2:
        spread = max(volts) - min(volts)
        items.append(
            CheckItem(
                "spread",
                Message("Cell spread under {limit}", limit=_mv(SPREAD_LIMIT_V)),
                PASS if spread < SPREAD_LIMIT_V else FAIL,
                Message("measured {spread}", spread=_mv(spread)),
            )
        )
    else:
        items.append(
            CheckItem(
                "spread",
                Message("Cell spread under {limit}", limit=_mv(SPREAD_LIMIT_V)),
                NOT_CHECKED,
                Message("fewer than two cells measured"),
            )
        )
    for key, relay, name in (
        ("charge_relay", "charge", Message("Charge relay seen switching")),
        ("load_relay", "load", Message("Load relay seen switching")),
    ):
        seen = obs.relays_seen.get(relay, set())
        if seen == {True, False}:
            items.append(CheckItem(key, name, PASS, Message("seen both allowed and switched off")))
        elif seen:
            state = Message("allowed") if True in seen else Message("switched off")
            items.append(CheckItem(key, name, NOT_CHECKED, Message("only seen {state}", state=state)))
        else:
            items.append(CheckItem(key, name, NOT_CHECKED, Message("no relay state received")))
    temps = [c.temperature_c for c in reported if c.temperature_c is not None]
    if temps:
        low, high = min(temps), max(temps)
        plausible = (
            PLAUSIBLE_TEMP_C[0] <= low and high <= PLAUSIBLE_TEMP_C[1] and high - low <= TEMP_SPREAD_LIMIT_C
        )
        items.append(
            CheckItem(
                "temperatures",
                Message("Cell temperatures plausible"),
                PASS if plausible else FAIL,
                Message("{low} to {high}", low=Quantity(low, "°C", 1), high=Quantity(high, "°C", 1)),
            )
        )
    else:
        items.append(
            CheckItem(
                "temperatures",
                Message("Cell temperatures plausible"),
                NOT_CHECKED,
                Message("no temperature received"),
            )
        )
    changed = obs.last_settings_change_at
    if not obs.settings or obs.settings_read_at is None:
        items.append(
            CheckItem(
                "settings_read",
                Message("Settings read back after the last change"),
                NOT_CHECKED,
                Message("settings not read"),
            )
        )
    elif changed is not None and changed > obs.settings_read_at:
        items.append(
            CheckItem(
                "settings_read",
                Message("Settings read back after the last change"),
                FAIL,
                Message("changed after the last read"),
            )
        )
    else:
        items.append(
            CheckItem(
                "settings_read",
                Message("Settings read back after the last change"),
                PASS,
                Message("read at {time}", time=Moment(obs.settings_read_at, seconds=True)),
            )
        )
    if obs.lights is None:
        items.append(
            CheckItem("no_lights", Message("No warning light on"), NOT_CHECKED, Message("no status received"))
        )
    else:
        lit = [light.label for light, on in obs.lights.items() if on]
        items.append(
            CheckItem(
                "no_lights",
                Message("No warning light on"),
                FAIL if lit else PASS,
                Joined(lit, ", ") if lit else Message("none on"),
            )
        )
    rule_problems = [w for w in warnings if "factory PIN" not in str(w)]
    if obs.settings:
        items.append(
            CheckItem(
                "settings_advice",
                Message("Settings follow the manual's advice"),
                FAIL if rule_problems else PASS,
                Message("{count} warning(s) above", count=len(rule_problems))
                if rule_problems
                else Message("no contradiction found"),
            )
        )
    else:
        items.append(
            CheckItem(
                "settings_advice",
                Message("Settings follow the manual's advice"),
                NOT_CHECKED,
                Message("settings not read"),
            )
        )
    items.append(
        CheckItem(
            "pin_changed",
            Message("Factory PIN changed"),
            NOT_CHECKED if obs.factory_pin is None else (FAIL if obs.factory_pin else PASS),
            ("" if obs.factory_pin is not None
             else Message("not known from a recording (it masks the PIN)") if obs.source == "recording"
             else Message("not known over this link")),
        )
    )
    return Checklist(items)


# ------------------------------------------------------------------------------------ the report


def build_report(obs: Observation, info: ReportInfo, *, generated_at: float | None = None) -> Report:
    import time

    obs.rated_capacity_ah = info.rated_capacity_ah  # type: ignore[attr-defined]
    settings_section, warnings = _settings_section(obs)
    checks = checklist(obs, warnings)
    site_rows: list[tuple[Any, Any]] = [
        (Message("Site"), info.site or "–"),
        (Message("Customer"), info.customer or "–"),
        (Message("Installer"), info.installer or "–"),
        (Message("Date"), info.date or "–"),
    ]
    first: list[Any] = [Facts(site_rows)]
    if info.note.strip():
        first.append(Paragraph(info.note.strip()))
    sections = [Section(Message("Installation"), first), _battery_section(obs, info)]
    summary: list[Any] = [checks]
    if warnings:
        summary.append(Paragraph(Message("Warnings"), "subheading"))
        summary += [Paragraph(w, "warning") for w in warnings]
    sections.append(Section(Message("Commissioning checklist"), summary))
    sections += [_pack_section(obs), settings_section, _session_section(obs)]
    memory = _memory_section(obs)
    if memory is not None:
        sections.append(memory)
    for text in obs.notes:
        sections[-1].blocks.append(Paragraph(text, "note"))
    sections.append(Section(Message("Signatures"), [Signatures([Message("Installer"), Message("Customer")])]))
    return Report(
        info,
        _serial_text(obs),
        Message("Commissioning report"),
        sections,
        checks,
        warnings,
        time.time() if generated_at is None else generated_at,
    )


__all__ = [
    "FAIL",
    "NOT_CHECKED",
    "PAPER_SIZES",
    "PASS",
    "Report",
    "ReportInfo",
    "SettingValue",
    "build_report",
    "checklist",
    "relay_reasons",
    "value_text",
]
