"""`LiveState`: the one model of the live battery that every screen, the plots and the CLI read.

It is fed decoded items (stream records of the ASCII link, frames of the serial link) with the
time they arrived, keeps every value with that time so a screen can show its age, and tells its
listeners which names changed. It knows nothing of links: the session tells it when the link is
down, and then every value is stale.

The pack size (cell count) changes only when a new count is confirmed: stream records have no
checksum (docs/protocol.md §3.3), so one C record with a garbled count must not wipe the other cells.
A serial frame's count is checksummed and confirms at once; a C record's count needs the next C
record to agree. Until then that record is held, not applied; if the next one disagrees it is
dropped and counted in `cell_count_glitches`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..protocol import stream
from ..protocol.ascii_records import SettingsRecord
from ..protocol.frame import Frame, KeyValueAccumulator
from ..protocol.scaling import Generation
from ..protocol.status import CellState, WarningLight, cell_state, relays, warning_lights

Listener = Callable[[frozenset], None]

# Names a listener may receive besides the scalar value names below.
CELLS = "cells"
LIGHTS = "lights"
RELAYS = "relays"
SETTINGS = "settings"
LINK = "link"

#: Scalar values the model keeps, with their unit (for the CLI's JSON and the plots).
VALUE_UNITS: dict[str, str] = {
    "pack_voltage_v": "V", "solar_current_a": "A", "battery_current_a": "A", "load_current_a": "A",
    "soc_pct": "%", "solar_today_wh": "Wh", "stored_wh": "Wh", "consumed_today_wh": "Wh",
    "solar_total_kwh": "kWh", "consumed_total_kwh": "kWh", "clock": "",
    "lowest_cell_v": "V", "lowest_cell": "", "highest_cell_v": "V", "highest_cell": "",
    "bypass_v": "V", "lowest_temp_c": "°C", "lowest_temp_cell": "", "highest_temp_c": "°C",
    "highest_temp_cell": "", "soh_pct": "%", "measured_capacity_wh": "Wh",
    "measured_charge_capacity_wh": "Wh", "efficiency_pct": "%", "charge_cycles": "",
    "discharge_cycles": "", "charged_total_kwh": "kWh", "discharged_total_kwh": "kWh",
    "charged_today_kwh": "kWh", "discharged_today_kwh": "kWh", "status1": "", "status2": "",
    "capacity_kwh": "kWh", "vmin_v": "V", "vmax_v": "V", "vlow_v": "V", "vnominal_v": "V",
    "vfull_v": "V", "firmware": "", "cell_count": "",
}

_U_MAP = (("pack_voltage_v", "pack_voltage_v"), ("solar_current_a", "solar_current_a"),
          ("battery_current_a", "battery_current_a"), ("load_current_a", "load_current_a"))
_RECORD_MAPS: dict[type, tuple[tuple[str, str], ...]] = {
    stream.PackRecord: _U_MAP,
    stream.CellExtremesRecord: (("lowest_v", "lowest_cell_v"), ("lowest_cell", "lowest_cell"),
                                ("highest_v", "highest_cell_v"), ("highest_cell", "highest_cell"),
                                ("bypass_v", "bypass_v")),
    stream.TemperatureRecord: (("lowest_c", "lowest_temp_c"), ("lowest_cell", "lowest_temp_cell"),
                               ("highest_c", "highest_temp_c"), ("highest_cell", "highest_temp_cell")),
    stream.EnergyRecord: (("solar_today_wh", "solar_today_wh"), ("stored_wh", "stored_wh"),
                          ("consumed_today_wh", "consumed_today_wh"), ("soc_pct", "soc_pct")),
    stream.TotalsRecord: (("solar_total_kwh", "solar_total_kwh"), ("consumed_total_kwh", "consumed_total_kwh"),
                          ("clock", "clock")),
    stream.HealthRecord: (("soh_pct", "soh_pct"), ("measured_capacity_wh", "measured_capacity_wh"),
                          ("measured_charge_capacity_wh", "measured_charge_capacity_wh"),
                          ("efficiency_pct", "efficiency_pct"), ("charge_cycles", "charge_cycles"),
                          ("discharge_cycles", "discharge_cycles")),
    stream.BalanceRecord: (("charged_total_kwh", "charged_total_kwh"),
                           ("discharged_total_kwh", "discharged_total_kwh"),
                           ("charged_today_kwh", "charged_today_kwh"),
                           ("discharged_today_kwh", "discharged_today_kwh")),
}
_FRAME_MAP = (("pack_voltage_v", "pack_voltage_v"), ("battery_current_a", "battery_current_a"),
              ("lowest_cell_v", "lowest_cell_v"), ("lowest_cell", "lowest_cell"),
              ("highest_cell_v", "highest_cell_v"), ("highest_cell", "highest_cell"),
              ("lowest_temp_c", "lowest_temp_c"), ("lowest_temp_cell", "lowest_temp_cell"),
              ("highest_temp_c", "highest_temp_c"), ("highest_temp_cell", "highest_temp_cell"),
              ("solar_today_wh", "solar_today_wh"), ("stored_wh", "stored_wh"),
              ("consumed_today_wh", "consumed_today_wh"), ("soc_pct", "soc_pct"),
              ("solar_total_kwh", "solar_total_kwh"), ("consumed_total_kwh", "consumed_total_kwh"),
              ("capacity_kwh", "capacity_kwh"), ("vmin_v", "vmin_v"), ("vmax_v", "vmax_v"),
              ("vbypass_v", "bypass_v"), ("status1", "status1"))


@dataclass
class CellReading:
    index: int  # 1-based, as the device numbers cells
    voltage_v: float | None = None
    temperature_c: float | None = None
    state: CellState = CellState.OK
    updated_at: float | None = None  # monotonic time of the last reading

    def age(self, now: float) -> float | None:
        return None if self.updated_at is None else now - self.updated_at


class LiveState:
    """Live values with their time; listeners hear which names changed."""

    def __init__(self, *, generation: Generation = Generation.GEN2, stale_after_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.generation = Generation(generation)
        self.stale_after_s = stale_after_s
        self.clock = clock
        self._values: dict[str, Any] = {}
        self._times: dict[str, float] = {}
        self.cells: list[CellReading] = []
        self.lights: dict[WarningLight, bool] = {light: False for light in WarningLight}
        self.charge_allowed: bool | None = None
        self.load_allowed: bool | None = None
        self.settings: dict[str, object] = {}
        self.link_up = False
        self.link_changed_at: float | None = None
        self.key_values = KeyValueAccumulator()
        self._listeners: list[Listener] = []
        self._held_cell: tuple[stream.CellRecord, float] | None = None  # a C record with a new count
        self.cell_count_glitches = 0  # C records whose count the next C record did not confirm

    # ---- listeners ---------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changed: Iterable[str]) -> None:
        names = frozenset(changed)
        if names:
            for listener in list(self._listeners):
                listener(names)

    # ---- reading -----------------------------------------------------------------------------
    def get(self, name: str, default=None):
        return self._values.get(name, default)

    def values(self) -> dict[str, object]:
        return dict(self._values)

    def has_values(self) -> bool:
        """Whether any live value has come (without copying them)."""
        return bool(self._values)

    def updated_at(self, name: str) -> float | None:
        return self._times.get(name)

    def age(self, name: str, now: float | None = None) -> float | None:
        t = self._times.get(name)
        if t is None:
            return None
        return (self.clock() if now is None else now) - t

    def is_stale(self, name: str | None = None, now: float | None = None) -> bool:
        """Stale while the link is down, or when the value (or everything) is older than the limit."""
        if not self.link_up:
            return True
        now = self.clock() if now is None else now
        if name is None:
            latest = max(self._times.values(), default=None)
            return latest is None or now - latest > self.stale_after_s
        t = self._times.get(name)
        return t is None or now - t > self.stale_after_s

    @property
    def stale(self) -> bool:
        return self.is_stale()

    def __getattr__(self, name: str):
        # Convenience: `live.pack_voltage_v` reads a value (None when not received yet).
        if name in VALUE_UNITS:
            return self._values.get(name)
        raise AttributeError(name)

    @property
    def cell_count(self) -> int | None:
        value = self._values.get("cell_count")
        return int(value) if value is not None else None

    @property
    def cells_received(self) -> int:
        return sum(1 for c in self.cells if c.updated_at is not None)

    def power_w(self, current_name: str) -> float | None:
        """Power of the solar, battery or load current at the pack voltage."""
        volts, amps = self._values.get("pack_voltage_v"), self._values.get(current_name)
        if volts is None or amps is None:
            return None
        return float(volts) * float(amps)

    def thresholds(self) -> tuple[float | None, float | None, float | None]:
        """(V min, V max, V bypass) as known from the settings, the frame or the V record."""
        vmin = self.settings.get("vmin_v", self._values.get("vmin_v"))
        vmax = self.settings.get("vmax_v", self._values.get("vmax_v"))
        vbypass = self._values.get("bypass_v", self.settings.get("vbypass_v"))
        return vmin, vmax, vbypass  # type: ignore[return-value]  # (these names hold numbers or None)

    def spread_v(self) -> float | None:
        voltages = [c.voltage_v for c in self.cells if c.voltage_v is not None]
        if not voltages:
            return None
        return max(voltages) - min(voltages)

    # ---- writing -----------------------------------------------------------------------------
    def set_link(self, up: bool, now: float | None = None) -> None:
        if up != self.link_up:
            self.link_up = up
            self.link_changed_at = self.clock() if now is None else now
            self._notify({LINK})

    def update_settings(self, values: dict[str, object]) -> None:
        changed = {k for k, v in values.items() if self.settings.get(k) != v}
        self.settings.update(values)
        if changed:
            self._restate_cells()
            self._notify({SETTINGS, CELLS} | changed)

    def replace_settings(self, values: dict[str, object]) -> None:
        """The device's settings are now exactly `values`: what the session read and wrote on this
        connection. Settings it no longer holds go (an earlier connection's Gen3 extras when this
        read of them failed, a setting whose cut write could not be read back)."""
        gone = set(self.settings) - set(values)
        changed = gone | {k for k, v in values.items() if self.settings.get(k) != v or k not in self.settings}
        self.settings = dict(values)
        if changed:
            self._restate_cells()
            self._notify({SETTINGS, CELLS} | changed)

    def reset(self) -> None:
        """Forget everything (a different device was chosen)."""
        self._values.clear()
        self._times.clear()
        self.cells.clear()
        self.settings.clear()
        self.lights = {light: False for light in WarningLight}
        self.charge_allowed = self.load_allowed = None
        self.key_values = KeyValueAccumulator()
        self._held_cell = None
        self._notify({CELLS, LIGHTS, RELAYS, SETTINGS})

    def apply(self, item, now: float | None = None) -> frozenset:
        """Take one decoded record or frame; return (and announce) the names that changed."""
        now = self.clock() if now is None else now
        changed: set[str] = set()
        kind = type(item)
        if kind is stream.CellRecord:
            self._apply_cell_record(item, now, changed)
        elif kind is Frame:
            self._apply_frame(item, now, changed)
        elif kind is SettingsRecord and item.kind == "V":
            # [?] V@ field 0 is the firmware, but how it encodes the version is not published
            # (docs/protocol.md §3.1): shown as sent, in hex, rather than guessed into "3.3.11".
            raw = item.raw_value("firmware")
            if raw is not None:
                self._set("firmware", f"0x{raw:04X}", now, changed)
        else:
            mapping = _RECORD_MAPS.get(kind)
            if mapping is None:
                return frozenset()
            before = self.thresholds() if kind is stream.CellExtremesRecord else None
            for attr, name in mapping:
                self._set(name, getattr(item, attr), now, changed)
            if before is not None and self.thresholds() != before:
                # the V record's V bypass (or limits) changed: every cell's state may have (a V record
                # a second with 255 cells restated each time cost a third of the model's time)
                self._restate_cells()
                changed.add(CELLS)
        self._notify(changed)
        return frozenset(changed)

    def _set(self, name: str, value, now: float, changed: set[str]) -> None:
        self._times[name] = now
        if self._values.get(name, _MISSING) != value:
            self._values[name] = value
            changed.add(name)

    def _apply_status(self, status1: int, now: float, changed: set[str]) -> None:
        self._set("status1", status1, now, changed)
        lights = warning_lights(status1)
        if lights != self.lights:
            self.lights = lights
            changed.add(LIGHTS)
        charge, load = relays(status1)
        if (charge, load) != (self.charge_allowed, self.load_allowed):
            self.charge_allowed, self.load_allowed = charge, load
            changed.add(RELAYS)

    def _apply_cell_record(self, item: stream.CellRecord, now: float, changed: set[str]) -> None:
        confirmed = self._values.get("cell_count")
        held, self._held_cell = self._held_cell, None
        if confirmed is not None and item.cell_count != confirmed:
            if held is None or held[0].cell_count != item.cell_count:
                if held is not None:
                    self.cell_count_glitches += 1  # two different new counts: neither is confirmed
                self._held_cell = (item, now)  # wait for the next C record to agree
                return
            self._apply_cell_values(*held, changed)  # confirmed: the held record counts too
        elif held is not None:
            self.cell_count_glitches += 1  # the count went back: the held record was garbled
        self._apply_cell_values(item, now, changed)

    def _apply_cell_values(self, item: stream.CellRecord, now: float, changed: set[str]) -> None:
        self._apply_cell(item.cell, item.cell_count, item.voltage_v, item.temperature_c, now, changed)
        self._apply_status(item.status1, now, changed)
        if item.status2 is not None:
            self._set("status2", item.status2, now, changed)

    def _resize(self, count: int, now: float, changed: set[str]) -> None:
        if count != len(self.cells):
            if count < len(self.cells):
                del self.cells[count:]
            else:
                self.cells.extend(CellReading(i + 1) for i in range(len(self.cells), count))
            changed.add(CELLS)
        self._set("cell_count", count, now, changed)

    def _apply_cell(self, index: int, count: int, volts: float, celsius: float, now: float,
                    changed: set[str]) -> None:
        self._resize(count, now, changed)
        if not 1 <= index <= count:
            return
        cell = self.cells[index - 1]
        cell.voltage_v, cell.temperature_c, cell.updated_at = volts, celsius, now
        cell.state = self._state_of(volts, celsius)
        changed.add(CELLS)

    def _state_of(self, volts: float, celsius: float | None) -> CellState:
        vmin, vmax, vbypass = self.thresholds()
        tmin = self.settings.get("tmin_charge_c")
        tmax = self.settings.get("tmax_c")
        # (the settings hold numbers or None for these names; cell_state takes None as "not known")
        return cell_state(volts, vmin, vmax, vbypass, celsius, tmin, tmax)  # type: ignore[arg-type]

    def _restate_cells(self) -> None:
        for cell in self.cells:
            if cell.voltage_v is not None:
                cell.state = self._state_of(cell.voltage_v, cell.temperature_c)

    def _apply_frame(self, frame: Frame, now: float, changed: set[str]) -> None:
        self._held_cell = None  # a frame's count is checksummed: it confirms the pack size itself
        for attr, name in _FRAME_MAP:
            if name == "status1":
                continue
            self._set(name, getattr(frame, attr), now, changed)
        # [U] I1 is the charge (solar) sensor, I2 the discharge (load) sensor.
        self._set("solar_current_a", frame.charge_current_a, now, changed)
        self._set("load_current_a", frame.discharge_current_a, now, changed)
        self._apply_status(frame.status1, now, changed)
        if frame.cell >= 1:
            self._apply_cell(frame.cell, frame.cell_count, frame.cell_voltage_v, frame.cell_temperature_c,
                             now, changed)
        else:
            self._resize(frame.cell_count, now, changed)
        self.key_values.update_from_frame(frame, now)
        for name, value in self.key_values.values(now).items():
            self._set(name, value, self.key_values_time(name, now), changed)

    def key_values_time(self, name: str, now: float) -> float:
        age = self.key_values.age(name, now)
        return now if age is None else now - age


_MISSING = object()
