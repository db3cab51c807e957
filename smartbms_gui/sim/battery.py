"""A physically plausible 123\\SmartBMS battery: the BMS's logic (relays, SoC, settings, records) on a
pack of cells (`pack.py`: the cells' charge, heat, OCV and balancing physics), its current sensors
and counters.

Everything the real BMS would know is here in SI units; the peers (`ascii_peer.py`, `frame_peer.py`)
turn it into wire bytes with the protocol's own encoders. Cells are plain lists of floats (pack.py),
and a 255-cell pack still simulates a day in seconds; nothing here imports numpy, which the app's start
would otherwise pay for.

What the model does, per step (sub-stepped to at most `max_substep_s`):
- the day profile offers solar power and asks load power; the charger only runs while the charge
  relay allows it (tapering as the pack nears its absorption voltage), the inverter only while the
  load relay allows it;
- each cell integrates its own current (the pack current minus 1 A while in bypass) against its
  own capacity; voltage = OCV(SoC) + I·R(T);
- each cell board's sensor reads the cell temperature plus the heat of its bypass resistor (the
  manual: "the temperature during bypass mode is much higher than the real cell temperature");
- the current sensors read with their resolution, zero error, blind spot and auto zero;
- the BMS counts coulombs into its SoC and resets it to 100 % by the manual's rule for the mode;
- the relays follow the manual's tables (`relays.py`); lights, event log, history and energy
  counters follow.
"""

from __future__ import annotations

import math
import operator
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from smartbms_gui.protocol import params
from smartbms_gui.protocol import switches as switch_tables
from smartbms_gui.protocol.ascii_records import CellLogEntry, LogEvent
from smartbms_gui.protocol.scaling import CELL_VOLT_PER_LSB, Generation, cell_voltage_raw, temperature_raw
from smartbms_gui.protocol.status import Status1, Status2
from smartbms_gui.sim import past_week as sim_past_week
from smartbms_gui.sim import relays
from smartbms_gui.sim.chemistry import Chemistry
from smartbms_gui.sim.chemistry import chemistry as chemistry_named
from smartbms_gui.sim.faults import FaultChange, Faults
from smartbms_gui.sim.pack import (  # noqa: F401 - the pack's constants, importable from here as before
    BYPASS_BOARD_RISE_C,
    BYPASS_BOARD_TAU_S,
    BYPASS_CURRENT_A,
    CELL_THERMAL_RESISTANCE_K_PER_W,
    CELL_THERMAL_TAU_S,
    CellPack,
)
from smartbms_gui.sim.profile import DAY_S, DayProfile
from smartbms_gui.sim.sensors import CurrentSensor

HISTORY_HOURS = 168
LOG_SLOTS = 10
DEFAULT_PIN = params.FACTORY_PIN
#: the device's seconds counter when the simulator starts (a BMS that has run for 30 days)
DEVICE_COUNTER_START_S = 30 * 86400

# Gen3 S3@ current-sensor codes and their ratings in amps, from the parameter table
GEN3_SENSOR_CODES = {c.code: c.meaning for c in params.parameter("current_sensor").choices}

# status bits (docs/protocol.md §3.3), from the protocol's own flags
S1_CHARGE_ALLOWED = int(Status1.CHARGE_ALLOWED)
S1_DISCHARGE_ALLOWED = int(Status1.DISCHARGE_ALLOWED)
S1_COMMUNICATION_ERROR = int(Status1.COMMUNICATION_ERROR)
S1_VMIN = int(Status1.VMIN_EXCEEDED)
S1_VMAX = int(Status1.VMAX_EXCEEDED)
S1_TMIN = int(Status1.TMIN_EXCEEDED)
S1_TMAX = int(Status1.TMAX_EXCEEDED)
S1_SOC_NOT_CALIBRATED = int(Status1.SOC_NOT_CALIBRATED)
S2_EARLY_WARNING = int(Status2.EARLY_WARNING)
S2_TMIN_CHARGE = int(Status2.TMIN_CHARGE)
S2_TMIN_DISCHARGE = int(Status2.TMIN_DISCHARGE)
S2_RELAY1_CLOSED = int(Status2.RELAY1_CLOSED)
S2_RELAY2_CLOSED = int(Status2.RELAY2_CLOSED)


def relay_setting_name(relay: int, field: str) -> str:
    """Settings key of a Gen3 relay field (`relay1_function` ...): relay 1 = `SRY0@`, relay 2 = `SRY1@`."""
    return f"relay{relay}_{field}"


def stored_parameters() -> list[params.Parameter]:
    """The parameter-table rows the device stores a value for (not actions, not V bypass)."""
    return [p for p in params.PARAMETERS if p.kind != "action" and not p.read_only]


def on_volt_grid(volts: Sequence[float]) -> list[float]:
    """The cell boards measure in 5 mV steps: each voltage rounded (half to even) to the wire's grid."""
    lsb = CELL_VOLT_PER_LSB
    try:
        return [round(x / lsb) * lsb for x in volts]
    except (ValueError, OverflowError):  # NaN or ±inf (an override) stays as it is
        return [round(x / lsb) * lsb if math.isfinite(x) else x for x in volts]


@dataclass(frozen=True)
class Extremes:
    lowest: float
    lowest_cell: int  # 1-based
    highest: float
    highest_cell: int


class SimulatedBattery(CellPack):
    """A 123\\SmartBMS with its pack. See the module docstring for the model.

    Public state (SI units, read freely; change through the methods):
    `cell_count`, `cell_voltages_v`, `cell_temperatures_c` (what the cell boards report),
    `cell_bypass`, `pack_voltage_v`, `solar_current_a` / `load_current_a` (None without that
    sensor), `battery_current_a`, `soc_pct`, `soc_calibrated`, `charge_allowed`, `load_allowed`,
    `status1`, `status2`, energy counters, `settings` (raw values by parameter name), `switches`.
    """

    # the relays: what the algorithm decides, and what the outputs show after delays and forcing
    _charge_algo: bool
    _load_algo: bool
    _charge_on: bool
    _load_on: bool

    def __init__(
        self,
        cells: int = 16,
        chemistry: str = "LFP",
        seed: int = 0,
        generation: Generation = Generation.GEN2,
        *,
        cell_capacity_ah: float = 100.0,
        capacity_spread: float = 0.03,
        initial_soc_pct: float = 60.0,
        soc_spread_pct: float = 1.5,
        sensor_a: int = 100,
        current_sensors: int = 2,
        start_clock_s: float = 8 * 3600.0,
        ambient_c: float = 22.0,
        firmware: tuple[int, int, int] = (3, 3, 11),
        max_substep_s: float = 5.0,
        past_week: bool = True,
    ) -> None:
        if not switch_tables.MIN_CELLS <= cells <= switch_tables.MAX_CELLS:
            low, high = switch_tables.MIN_CELLS, switch_tables.MAX_CELLS
            raise ValueError(f"the BMS supports {low} to {high} cells, got {cells}")
        if current_sensors not in (1, 2):
            raise ValueError("a pack has one current sensor (on J1) or two (J1 solar, J2 load)")
        self.seed = seed
        # Python's own generator, not numpy's: the draws are scalars, or a few per cell once, and numpy's
        # random module would cost every start of the app about 10 ms to import (bench_startup.py).
        self.rng = random.Random(seed)
        self.generation = Generation(generation)
        self.chemistry: Chemistry = chemistry_named(chemistry)
        self.cell_capacity_ah = float(cell_capacity_ah)
        self.capacity_spread = float(capacity_spread)
        self.current_sensors = current_sensors
        self.ambient_c = float(ambient_c)
        self.firmware = firmware
        self.max_substep_s = float(max_substep_s)
        self.pin = DEFAULT_PIN

        # time
        self.time_s = 0.0  # simulated seconds since the simulator started
        self.start_clock_s = float(start_clock_s)  # time of day at start
        self.device_counter_s = float(DEVICE_COUNTER_START_S)  # TS@; keeps counting across reboots

        # cells
        n = cells
        self.cell_capacity = []
        self.cell_soc = []
        self.cell_resistance = []
        self.cell_temp_true = []
        self.board_rise = []
        self.cell_self_discharge = []
        self.cell_bypass = []
        self._grow_cells(n, initial_soc_pct / 100.0, soc_spread_pct / 100.0)
        self.cell_current_a = [0.0] * n
        self.cell_voltage_true = self.chemistry.ocv(self.cell_soc)
        self.cell_voltages_v: list[float] = list(self.cell_voltage_true)
        self.cell_temperatures_c: list[float] = list(self.cell_temp_true)
        # test hooks: the overridden cells' values by 0-based index (see `override_cell`)
        self._v_override: dict[int, float] = {}
        self._t_override: dict[int, float] = {}
        self._frozen_v: list[float] | None = None
        self._frozen_t: list[float] | None = None
        self._readings: tuple[relays.Readings, relays.Readings] | None = None  # see `readings`

        # switches (index 0 = switch 1): the factory position suiting the chemistry
        normal = switch_tables.NormalSettings(
            fast_messages=True, vbypass_v=self.chemistry.vbypass_v, blind_spot=True,
            auto_zero=False, critical_mode=False)
        self.switches: list[bool] = list(switch_tables.encode_normal(normal))
        self.normal = switch_tables.decode_normal(self.switches)
        #: what switch 8 last stored: sensor type and cell-count setting (a table value: the factory
        #: programmed this pack's count, or the next higher entry). It never changes the real cells.
        self.hidden_sensor_a = int(sensor_a)
        self.hidden_cells = switch_tables.table_cells_for(cells)
        self.switch_listeners: list[Callable[[], None]] = []

        # settings: raw values keyed by parameter name, as the device stores them
        self.settings: dict[str, int] = {}
        self._init_settings(sensor_a)

        # sensors
        self.sensors = [CurrentSensor(sensor_a, self.rng) for _ in range(current_sensors)]
        if self.generation == Generation.GEN3:
            self._apply_gen3_sensor()

        # profile and overrides
        self.profile = DayProfile(self.setting("solar_peak_w"), self.setting("inverter_peak_w"), self.rng)
        #: fixed offered power instead of the day profile (None = profile), watts
        self.solar_override_w: float | None = None
        self.load_override_w: float | None = None

        # what the BMS measures and decides
        self.true_solar_a = 0.0
        self.true_load_a = 0.0
        self.solar_current_a: float | None = 0.0 if current_sensors == 2 else None
        self.load_current_a: float | None = 0.0 if current_sensors == 2 else None
        self.battery_current_a = 0.0
        capacity_wh = self.capacity_wh
        self.stored_wh = capacity_wh * initial_soc_pct / 100.0
        self.soc_calibrated = True
        self._relay_pending_since: dict[str, float | None] = {}
        self.charge_allowed = True
        self.load_allowed = True
        self.status1 = 0
        self.status2 = 0
        self.comm_ok = True

        # energy counters
        self.solar_today_wh = 0.0
        self.consumed_today_wh = 0.0
        self.charged_today_wh = 0.0
        self.discharged_today_wh = 0.0
        self.solar_total_kwh = 0.0
        self.consumed_total_kwh = 0.0
        self.charged_total_kwh = 0.0
        self.discharged_total_kwh = 0.0
        self._soh_start_pct = float(self.rng.uniform(96.0, 100.0))

        # event log (Ln@) and SoC history (Hk@)
        self.cell_log: list[CellLogEntry] = [
            CellLogEntry(slot, 0, LogEvent.EMPTY, 0, 0) for slot in range(LOG_SLOTS)]
        self._log_next = 0
        self._event_active: dict[LogEvent, bool] = {e: False for e in LogEvent if e != LogEvent.EMPTY}
        self.soc_history: list[int | None] = [None] * HISTORY_HOURS
        self.history_index = HISTORY_HOURS - 1  # the newest value's index (the next write goes to 0)
        if past_week:  # a battery in use has a week behind it (past_week.py); the ring starts mid-way
            past_rng = sim_past_week.week_rng(seed)  # its own stream: the cells' draws stay as before
            self.history_index = past_rng.randrange(HISTORY_HOURS)
            hour = int(self.clock_s % DAY_S) // 3600
            week = sim_past_week.past_week(past_rng, self.soc_pct, hour)
            for back, value in enumerate(reversed(week)):
                self.soc_history[(self.history_index - back) % HISTORY_HOURS] = value
            # and its counters have counted for a while (drawn after the week: the ring stays as it was)
            (self.charged_total_kwh, self.discharged_total_kwh, self.solar_total_kwh,
             self.consumed_total_kwh) = sim_past_week.lifetime_kwh(past_rng, self.capacity_wh)

        self.faults = Faults(self)
        self.reboots = 0
        # a pack in use: its first message has the currents of its hour, and the cell voltages with them
        self._step_cells(0.0, self._set_flows(self.clock_s), self.clock_s)
        self._refresh_measurements(0.0)
        self._update_relays_and_status()

    # ------------------------------------------------------------------ construction helpers

    def _init_settings(self, sensor_a: int) -> None:
        """Every stored setting at the parameter table's default, then what suits this pack."""
        chem = self.chemistry
        n = self.cell_count
        for p in stored_parameters():
            if p.default is not None:
                self.settings[p.name] = p.to_raw(p.default)
        capacity_wh = max(100.0, round(n * self.cell_capacity_ah * chem.nominal_v * 0.75 / 100.0) * 100.0)
        suited: dict[str, object] = {
            "capacity_wh": capacity_wh,
            # an installation sized to its bank: peak powers of about 40 % and 60 % of its capacity
            "solar_peak_w": max(100.0, round(capacity_wh * 0.4 / 100.0) * 100.0),
            "inverter_peak_w": max(100.0, round(capacity_wh * 0.6 / 100.0) * 100.0),
            "vmin_v": chem.vmin_v,
            "vmax_v": chem.vmax_v,
            "vlow_v": chem.vlow_v,
            "vnominal_v": round(chem.nominal_v + 0.1, 2),
            "current_sensor": next((c for c, a in GEN3_SENSOR_CODES.items() if a >= sensor_a), 11),
            "chemistry": params.parameter("chemistry").code_for(chem.name),
            "pin": DEFAULT_PIN,
        }
        for name, value in suited.items():
            self.settings[name] = params.parameter(name).to_raw(value)

    # ------------------------------------------------------------------ settings

    def setting(self, name: str):
        """A setting in the parameter table's units (V, °C, W, Wh, %, s, A; bool; code; PIN text)."""
        return params.parameter(name).to_value(self.settings[name])

    def set_setting(self, name: str, value) -> None:
        """Set a setting from its value (the simulator panel; the wire uses raw byte writes)."""
        self.set_setting_raw(name, params.parameter(name).to_raw(value))

    def set_setting_raw(self, name: str, raw: int) -> None:
        if name not in self.settings:
            raise KeyError(f"the simulated BMS has no setting {name!r}")
        self.settings[name] = int(raw)
        self._settings_changed(name)

    def _settings_changed(self, name: str) -> None:
        if name == "pin":
            self.pin = str(self.setting("pin"))
        elif name == "solar_peak_w":
            self.profile.solar_peak_w = self.setting(name)
        elif name == "inverter_peak_w":
            self.profile.inverter_peak_w = self.setting(name)
        elif name == "capacity_wh":
            self.stored_wh = min(self.stored_wh, self.capacity_wh)
        elif name == "current_sensor" and self.generation == Generation.GEN3:
            self._apply_gen3_sensor()
        self._update_relays_and_status()

    def tmin_discharge_c(self) -> float:
        """Gen2 has one T min for both relays (the manual); Gen3 has its own T min discharge."""
        if self.generation == Generation.GEN2:
            return self.setting("tmin_charge_c")
        return self.setting("tmin_discharge_c")

    def change_pin(self, pin: str) -> None:
        if not (len(pin) == 4 and pin.isdigit()):
            raise ValueError("the PIN has four digits")
        self.set_setting("pin", pin)

    def check_pin(self, pin: str) -> bool:
        return pin == self.pin

    def is_on(self, name: str) -> bool:
        """An on/off setting: only a stored 1 is on; 0 and any other byte are off (docs/protocol.md §3.1).

        The wire refuses other bytes (KO); `set_setting_raw` can still store one, as a test hook.
        """
        return self.settings.get(name) == 1

    def _apply_gen3_sensor(self) -> None:
        amps = GEN3_SENSOR_CODES.get(self.settings["current_sensor"], 125)
        for s in self.sensors:
            s.set_type(amps)

    @property
    def capacity_wh(self) -> float:
        return self.setting("capacity_wh")

    @property
    def vbypass_v(self) -> float:
        """V bypass: set by option switches 2, 6, 7 (display-only in the app)."""
        return self.normal.vbypass_v

    @property
    def critical_mode(self) -> bool:
        gen3_setting = self.generation == Generation.GEN3 and self.is_on("critical_mode")
        return self.normal.critical_mode or gen3_setting

    @property
    def sensor_a(self) -> int:
        return self.sensors[0].sensor_a

    # ------------------------------------------------------------------ option switches

    def set_switch(self, number: int, on: bool) -> None:
        """Flip option switch `number` (1..8) on the IN board, live.

        Switch 8 going ON then OFF stores switches 1-7 as the hidden sensor type and cell-count
        setting, exactly the manual's procedure. The pack keeps its real cells (see `_store_hidden`).
        """
        if not 1 <= number <= 8:
            raise ValueError(f"the IN board has option switches 1 to 8, not {number}")
        was = self.switches[number - 1]
        self.switches[number - 1] = bool(on)
        if number == switch_tables.SWITCH_STORE_HIDDEN and was and not on:
            hidden = switch_tables.decode_hidden(self.switches)
            self._store_hidden(hidden.sensor_a, hidden.cells)
        self.normal = switch_tables.decode_normal(self.switches)
        self._update_relays_and_status()
        for listener in list(self.switch_listeners):
            listener()

    def flip_switches(self, positions, numbers=range(1, 9)) -> None:
        """Move the switches `numbers` (1..8) that differ from `positions` (eight, switch 1 first) one at a
        time, in order, as a hand would: switch 8 going OFF still stores the hidden settings."""
        for number in numbers:
            on = bool(positions[number - 1])
            if self.switches[number - 1] != on:
                self.set_switch(number, on)

    def _store_hidden(self, sensor_a: int, cells: int) -> None:
        """Store the hidden settings. The cell count is a setting only: the cell boards stay as fitted.

        The manual: "If your number of cells is not in the list, select the next higher value in the
        list. This will not have any drawbacks." A 13-cell pack stored as 16 cells must work as 13
        cells, so the simulated BMS goes on reporting the cells it really has (the C records' count,
        the frame, the extremes). What a real BMS does with a table value *below* its real count is
        not published [?]; the simulator then also reports the real cells, and its panel shows both.
        `resize` is the installer fitting or removing cells.
        """
        self.hidden_sensor_a = sensor_a
        self.hidden_cells = cells
        if self.generation == Generation.GEN2:
            for s in self.sensors:
                s.set_type(sensor_a)
        self._update_relays_and_status()

    def resize(self, cells: int) -> None:
        """Fit or remove cells: the pack becomes `cells` long, new cells join at the mean state of charge.

        The hidden cell-count setting (`hidden_cells`) is not touched: that is switch 8's job.
        """
        if not switch_tables.MIN_CELLS <= cells <= switch_tables.MAX_CELLS:
            raise ValueError(f"the BMS supports 2 to 255 cells, got {cells}")
        old = self.cell_count
        if cells > old:
            mean_soc = sum(self.cell_soc) / old
            self._grow_cells(cells, mean_soc, 0.005)
            extra = cells - old
            self.cell_current_a = [*self.cell_current_a, *[0.0] * extra]
        else:
            for name in ("cell_capacity", "cell_soc", "cell_resistance", "cell_temp_true", "board_rise",
                         "cell_self_discharge", "cell_bypass", "cell_current_a"):
                setattr(self, name, getattr(self, name)[:cells])
            self._v_override = {i: x for i, x in self._v_override.items() if i < cells}
            self._t_override = {i: x for i, x in self._t_override.items() if i < cells}
        self._frozen_v = self._frozen_t = None
        if self.faults.is_active("cell_link_broken"):
            self._faults_changed()
        self.cell_voltage_true = self.chemistry.terminal_v(self.cell_soc, self.cell_current_a, self.cell_resistance)
        self._refresh_measurements(0.0)
        self._update_relays_and_status()

    # ------------------------------------------------------------------ test and fault hooks

    def override_cell(self, cell: int, *, voltage_v: float | None = None, temperature_c: float | None = None) -> None:
        """Make cell `cell` (1-based) report this voltage / temperature until `clear_overrides()`."""
        i = self._cell_index(cell)
        for value, overrides in ((voltage_v, self._v_override), (temperature_c, self._t_override)):
            if value is None:
                continue
            if math.isnan(value):  # NaN: no override
                overrides.pop(i, None)
            else:
                overrides[i] = float(value)
        self._refresh_reported()
        self._update_relays_and_status()

    def override_cells(self, *, voltages_v=None, temperatures_c=None) -> None:
        """Make every cell report these values (sequences of cell_count; None entries = no override)."""
        if voltages_v is not None:
            self._v_override = self._per_cell(voltages_v)
        if temperatures_c is not None:
            self._t_override = self._per_cell(temperatures_c)
        self.evaluate()

    def _per_cell(self, values) -> dict[int, float]:
        """Overrides from one value a cell (None or NaN: none), or from one value for every cell."""
        values = [math.nan if x is None else float(x) for x in values]
        if len(values) == 1:
            values *= self.cell_count
        if len(values) != self.cell_count:
            raise ValueError(f"{len(values)} values for a {self.cell_count}-cell pack")
        return {i: x for i, x in enumerate(values) if not math.isnan(x)}

    def evaluate(self) -> None:
        """Let the BMS re-read its cells and decide (relays, lights, log) without time passing."""
        self._refresh_reported()
        self._update_relays_and_status()

    def clear_overrides(self) -> None:
        self._v_override = {}
        self._t_override = {}
        self._refresh_reported()
        self._update_relays_and_status()

    def set_soc(self, soc_pct: float, *, cells_too: bool = False) -> None:
        """Set the BMS's counted SoC (and, with `cells_too`, every cell's real charge)."""
        self.stored_wh = self.capacity_wh * max(0.0, min(100.0, soc_pct)) / 100.0
        if cells_too:
            self.cell_soc = [soc_pct / 100.0] * self.cell_count
            self.cell_voltage_true = self.chemistry.ocv(self.cell_soc)
            self._refresh_reported()
        self._update_relays_and_status()

    def _cell_index(self, cell: int) -> int:
        if not 1 <= cell <= self.cell_count:
            raise ValueError(f"cell {cell} is not in this {self.cell_count}-cell pack")
        return cell - 1

    def on_fault_change(self, change: FaultChange) -> None:
        """The fault registry's first listener: a reboot restarts the BMS, any other change makes
        the cells report (or stop reporting) what the faults say."""
        if change.event == "reboot":
            self.reboot(counter_reset=bool(change.params.get("counter_reset")))
        else:
            self._faults_changed()

    def _faults_changed(self) -> None:
        if self.faults.is_active("cell_link_broken"):
            if self._frozen_v is None:
                self._frozen_v = list(self.cell_voltages_v)
                self._frozen_t = list(self.cell_temperatures_c)
        else:
            self._frozen_v = self._frozen_t = None
        self._refresh_reported()
        self._update_relays_and_status()

    def link_broken_after(self) -> int | None:
        """With a broken cell-board link: the last cell that still reports (1-based), else None."""
        if not self.faults.is_active("cell_link_broken"):
            return None
        after = self.faults.params("cell_link_broken").get("after_cell", self.cell_count // 2)
        return max(0, min(self.cell_count - 1, int(after)))

    def reboot(self, *, counter_reset: bool = False) -> None:
        """The BMS restarts: relays re-evaluate from closed, counters and settings survive.
        `counter_reset`: the `TS@` seconds counter starts again from 0 [?] (whether it survives a
        reboot is UNKNOWN, docs/protocol.md §3.4); the log keeps its entries with their old times."""
        self.reboots += 1
        if counter_reset:
            self.device_counter_s = 0.0
        self.charge_allowed = True
        self.load_allowed = True
        self._relay_pending_since.clear()
        self._update_relays_and_status()  # the zero calibration and settings are kept (EEPROM)

    # ------------------------------------------------------------------ time

    @property
    def clock_s(self) -> float:
        """Seconds since midnight of the first day (the device clock of `M` records)."""
        return self.start_clock_s + self.time_s

    @property
    def clock_hh_mm(self) -> tuple[int, int]:
        t = int(self.clock_s % DAY_S)
        return t // 3600, (t // 60) % 60

    def step(self, dt_s: float) -> None:
        """Advance the battery by dt_s simulated seconds."""
        if dt_s < 0:
            raise ValueError("time only runs forward")
        remaining = float(dt_s)
        while remaining > 1e-9:
            h = min(remaining, self.max_substep_s)
            nxt = self.faults.next_scheduled_s
            if nxt is not None and self.time_s < nxt < self.time_s + h:
                h = nxt - self.time_s
            self._substep(h)
            remaining -= h

    def _substep(self, h: float) -> None:
        clock_before = self.clock_s
        self.time_s += h
        self.device_counter_s += h
        self.faults.run_schedule(self.time_s)
        self.profile.advance(h)
        clock = self.clock_s

        battery_a = self._set_flows(clock)
        self._step_cells(h, battery_a, clock)

        self._refresh_measurements(h)
        self._count_energy(h)
        self._update_relays_and_status()
        self._record_history(clock_before, clock)

    def _set_flows(self, clock: float) -> float:
        """What the charger and the inverter do at `clock`, given the relays: sets the true solar and
        load currents and returns the battery's (A, + = charging)."""
        vpack = max(1.0, sum(self.cell_voltage_true))
        solar_w = self.profile.solar_w(clock) if self.solar_override_w is None else self.solar_override_w
        load_w = self.profile.load_w(clock) if self.load_override_w is None else self.load_override_w
        solar_a = solar_w / vpack if self.charge_allowed else 0.0
        if solar_a > 0.0:
            # the charger tapers at its absorption voltage (V bypass + 30 mV per cell)
            ocv_pack = sum(self.chemistry.ocv(self.cell_soc))
            r_pack = sum(self.cell_resistance)
            absorption_v = self.cell_count * (self.vbypass_v + 0.03)
            solar_a = max(0.0, min(solar_a, (absorption_v - ocv_pack) / r_pack))
        load_a = load_w / vpack if self.load_allowed else 0.0
        self.true_solar_a = solar_a
        self.true_load_a = load_a
        return solar_a - load_a

    # ------------------------------------------------------------------ measurement

    def _refresh_reported(self) -> None:
        v = list(self.cell_voltage_true)
        for i, x in self._v_override.items():
            v[i] = x
        t = list(map(operator.add, self.cell_temp_true, self.board_rise))  # the board reads its resistor's heat too
        for i, x in self._t_override.items():
            t[i] = x
        active = self.faults.active() if hasattr(self, "faults") else {}
        for name, target in (("cell_over_voltage", "v"), ("cell_under_voltage", "v"),
                             ("temperature_high", "t"), ("temperature_low", "t")):
            if name not in active:
                continue
            params = active[name]
            i = self._cell_index(int(params.get("cell", 1)))
            if target == "v":
                default = (self.setting("vmax_v") + 0.10 if name == "cell_over_voltage"
                           else self.setting("vmin_v") - 0.10)
                v[i] = float(params.get("voltage_v", default))
            else:
                default = (self.setting("tmax_c") + 5.0 if name == "temperature_high"
                           else min(self.setting("tmin_charge_c"), self.tmin_discharge_c()) - 5.0)
                t[i] = float(params.get("temperature_c", default))
        after = self.link_broken_after() if hasattr(self, "faults") else None
        if (after is not None and self._frozen_v is not None and self._frozen_t is not None
                and len(self._frozen_v) == len(v)):
            v[after:] = self._frozen_v[after:]
            t[after:] = self._frozen_t[after:]
        # the cell boards measure in 5 mV steps: keep the reported values on the wire's grid
        self.cell_voltages_v = on_volt_grid(v)
        self.cell_temperatures_c = t

    def _refresh_measurements(self, h: float) -> None:
        self._refresh_reported()
        self.pack_voltage_v = sum(self.cell_voltage_true)
        auto_zero = self.normal.auto_zero
        blind = self.normal.blind_spot
        if self.current_sensors == 2:
            raw1 = self.sensors[0].raw_reading(self.true_solar_a)
            raw2 = self.sensors[1].raw_reading(self.true_load_a)
            if auto_zero and h > 0:
                self.sensors[0].auto_zero(raw1, h)
                self.sensors[1].auto_zero(raw2, h)
            self.solar_current_a = self.sensors[0].measure(raw1, blind) * self._invert("charge_sensor_invert")
            self.load_current_a = self.sensors[1].measure(raw2, blind) * self._invert("discharge_sensor_invert")
            self.battery_current_a = self.solar_current_a - self.load_current_a
        else:
            raw = self.sensors[0].raw_reading(self.true_solar_a - self.true_load_a)
            if auto_zero and h > 0:
                self.sensors[0].auto_zero(raw, h)
            self.solar_current_a = None
            self.load_current_a = None
            self.battery_current_a = self.sensors[0].measure(raw, blind) * self._invert("charge_sensor_invert")

    def _invert(self, name: str) -> float:
        """Gen3 can flip a sensor's sign (for one fitted the wrong way round)."""
        return -1.0 if self.generation == Generation.GEN3 and self.is_on(name) else 1.0

    def _count_energy(self, h: float) -> None:
        v = self.pack_voltage_v
        hours = h / 3600.0
        batt_wh = self.battery_current_a * v * hours
        if self.current_sensors == 2:
            solar_wh = max(0.0, self.solar_current_a or 0.0) * v * hours  # (never None with two sensors)
            consumed_wh = max(0.0, self.load_current_a or 0.0) * v * hours
        else:  # one sensor: what goes in counts as harvest, what comes out as consumption
            solar_wh = max(0.0, batt_wh)
            consumed_wh = max(0.0, -batt_wh)
        self.solar_today_wh += solar_wh
        self.consumed_today_wh += consumed_wh
        self.solar_total_kwh += solar_wh / 1000.0
        self.consumed_total_kwh += consumed_wh / 1000.0
        charged = max(0.0, batt_wh)
        discharged = max(0.0, -batt_wh)
        self.charged_today_wh += charged
        self.discharged_today_wh += discharged
        self.charged_total_kwh += charged / 1000.0
        self.discharged_total_kwh += discharged / 1000.0
        # Coulomb counting (in Wh, as the BMS shows stored energy) and the manual's reset rule
        self.stored_wh = min(self.capacity_wh, max(0.0, self.stored_wh + batt_wh))

    def _full_by_mode_rule(self) -> bool:
        """The manual: normal mode, all cells ≥ V bypass; critical mode, pack ≥ V bypass × cells."""
        vb = self.vbypass_v - 1e-9
        if self.critical_mode:
            return sum(self.cell_voltages_v) >= vb * self.cell_count
        return self.readings()[0].all_at_or_above(vb)

    # ------------------------------------------------------------------ BMS decisions

    @property
    def soc_pct(self) -> float:
        return 100.0 * self.stored_wh / self.capacity_wh if self.capacity_wh > 0 else 0.0

    def relay_limits(self) -> relays.RelayLimits:
        gen3 = self.generation == Generation.GEN3
        return relays.RelayLimits(
            vmin_v=self.setting("vmin_v"),
            vmax_v=self.setting("vmax_v"),
            vbypass_v=self.vbypass_v,
            tmin_charge_c=self.setting("tmin_charge_c"),
            tmin_discharge_c=self.tmin_discharge_c(),
            tmax_c=self.setting("tmax_c"),
            charge_restart_pct=self.setting("charge_restart_pct"),
            discharge_restart_pct=self.setting("discharge_restart_pct"),
            critical_mode=self.critical_mode,
            vmin_hysteresis_v=self.setting("vmin_hysteresis_v") if gen3 else 0.0,
            vmax_hysteresis_v=self.setting("vmax_hysteresis_v") if gen3 else 0.0,
        )

    def _update_relays_and_status(self) -> None:
        if self._full_by_mode_rule():  # the manual's SoC recalibration, checked continuously
            self.stored_wh = self.capacity_wh
            self.soc_calibrated = True
        lim = self.relay_limits()
        v, t = self.readings()
        self.comm_ok = self.link_broken_after() is None
        soc = self.soc_pct
        self._charge_algo = relays.charge_relay(v, t, soc, self.comm_ok, lim, self._charge_algo)
        self._load_algo = relays.load_relay(v, t, soc, self.comm_ok, lim, self._load_algo)
        if self.generation == Generation.GEN3:
            charge = self._after_delay("charge", self._charge_algo, self._charge_on,
                                       "charge_restart_delay_s", "charge_pause_delay_s")
            load = self._after_delay("load", self._load_algo, self._load_on,
                                     "discharge_restart_delay_s", "discharge_pause_delay_s")
            # S3@ can force a relay off whatever the algorithm says
            self._charge_on = charge and not self.is_on("charge_forced_off")
            self._load_on = load and not self.is_on("discharge_forced_off")
        else:
            self._charge_on, self._load_on = self._charge_algo, self._load_algo

        s1 = 0
        if self.charge_allowed:
            s1 |= S1_CHARGE_ALLOWED
        if self.load_allowed:
            s1 |= S1_DISCHARGE_ALLOWED
        if not self.comm_ok:
            s1 |= S1_COMMUNICATION_ERROR
        low_v = v.any_at_or_below(lim.vmin_v)
        high_v = v.any_at_or_above(lim.vmax_v)
        low_t_charge = t.any_below(lim.tmin_charge_c)
        low_t_discharge = t.any_below(lim.tmin_discharge_c)
        high_t = t.any_above(lim.tmax_c)
        if low_v:
            s1 |= S1_VMIN
        if high_v:
            s1 |= S1_VMAX
        if low_t_charge or low_t_discharge:
            s1 |= S1_TMIN
        if high_t:
            s1 |= S1_TMAX
        if not self.soc_calibrated:
            s1 |= S1_SOC_NOT_CALIBRATED
        s2 = 0
        early = self.generation == Generation.GEN3 and v.any_at_or_below(self.setting("vlow_v"))
        if early:
            s2 |= S2_EARLY_WARNING
        if low_t_charge:
            s2 |= S2_TMIN_CHARGE
        if low_t_discharge:
            s2 |= S2_TMIN_DISCHARGE
        if self.relay_closed(1):
            s2 |= S2_RELAY1_CLOSED
        if self.relay_closed(2):
            s2 |= S2_RELAY2_CLOSED
        self.status1 = s1
        self.status2 = s2

        events = {
            LogEvent.VOLTAGE_LOW: (low_v, lambda: self._cell_log_value_v(v.index_of_lowest())),
            LogEvent.VOLTAGE_HIGH: (high_v, lambda: self._cell_log_value_v(v.index_of_highest())),
            LogEvent.TEMPERATURE_LOW_CHARGE: (low_t_charge, lambda: self._cell_log_value_t(t.index_of_lowest())),
            LogEvent.TEMPERATURE_HIGH: (high_t, lambda: self._cell_log_value_t(t.index_of_highest())),
            LogEvent.COMMUNICATION: (not self.comm_ok, lambda: (0, (self.link_broken_after() or 0) + 1)),
        }
        if self.generation == Generation.GEN3:  # Gen2 has one T min, logged as "T low charge"
            events[LogEvent.TEMPERATURE_LOW_DISCHARGE] = (low_t_discharge,
                                                          lambda: self._cell_log_value_t(t.index_of_lowest()))
        for event, (now_on, value) in events.items():
            if now_on and not self._event_active[event]:
                raw, cell = value()
                self._log(event, raw, cell)
            self._event_active[event] = now_on

    @property
    def charge_allowed(self) -> bool:
        """The CHARGE relay ("allowed to charge")."""
        return self._charge_on

    @charge_allowed.setter
    def charge_allowed(self, on: bool) -> None:  # tests and reboot: the state the algorithm holds
        self._charge_on = self._charge_algo = bool(on)

    @property
    def load_allowed(self) -> bool:
        """The LOAD relay ("allowed to discharge")."""
        return self._load_on

    @load_allowed.setter
    def load_allowed(self, on: bool) -> None:
        self._load_on = self._load_algo = bool(on)

    def _after_delay(self, relay: str, target: bool, actual: bool, restart_delay: str, pause_delay: str) -> bool:
        """Gen3 restart / pause delays: a change must be wanted for that long before it happens."""
        if target == actual:
            self._relay_pending_since[relay] = None
            return actual
        delay = float(self.setting(restart_delay if target else pause_delay))
        if delay <= 0:
            return target
        since = self._relay_pending_since.get(relay)
        if since is None:
            self._relay_pending_since[relay] = self.time_s
            return actual
        if self.time_s - since >= delay:
            self._relay_pending_since[relay] = None
            return target
        return actual

    def relay_closed(self, relay: int) -> bool:
        """Relay 1 / 2 on the OUT board (Gen3: by its SRY function, invert and force)."""
        if self.generation == Generation.GEN2:
            return self.charge_allowed if relay == 1 else self.load_allowed
        function = params.parameter(relay_setting_name(relay, "function")).meaning_of(
            self.settings.get(relay_setting_name(relay, "function"), relay))
        state = {
            "charge": self.charge_allowed,
            "discharge": self.load_allowed,
            "main": self.charge_allowed and self.load_allowed,
            "pre_alarm": not bool(self.status2 & S2_EARLY_WARNING),
        }.get(function, False)
        if self.is_on(relay_setting_name(relay, "invert")):
            state = not state
        force = params.parameter(relay_setting_name(relay, "force")).meaning_of(
            self.settings.get(relay_setting_name(relay, "force"), 0))
        if force == "off":
            return False
        if force == "on":
            return True
        return state

    def _cell_log_value_v(self, i: int) -> tuple[int, int]:
        return cell_voltage_raw(self.cell_voltages_v[i]), i + 1

    def _cell_log_value_t(self, i: int) -> tuple[int, int]:
        return temperature_raw(self.cell_temperatures_c[i]), i + 1

    def _log(self, event: LogEvent, value_raw: int, cell: int) -> None:
        slot = self._log_next
        self.cell_log[slot] = CellLogEntry(slot, int(self.device_counter_s), event, max(0, value_raw), cell)
        self._log_next = (slot + 1) % LOG_SLOTS

    @property
    def newest_log_slot(self) -> int | None:
        """The slot (0..9) of the newest cell-log entry, None while the log is empty."""
        slot = (self._log_next - 1) % LOG_SLOTS
        return None if self.cell_log[slot].event == LogEvent.EMPTY else slot

    def _record_history(self, clock_before: float, clock_after: float) -> None:
        if int(clock_after // 3600) != int(clock_before // 3600):
            self.history_index = (self.history_index + 1) % HISTORY_HOURS
            self.soc_history[self.history_index] = round(self.soc_pct)
        if int(clock_after // DAY_S) != int(clock_before // DAY_S):
            self.solar_today_wh = self.consumed_today_wh = 0.0
            self.charged_today_wh = self.discharged_today_wh = 0.0

    def clear_energy_counters(self) -> None:
        """The app's "Clear energy counters" (write address UNKNOWN on hardware)."""
        self.solar_total_kwh = self.consumed_total_kwh = 0.0
        self.charged_total_kwh = self.discharged_total_kwh = 0.0

    # ------------------------------------------------------------------ derived values for the peers

    def readings(self) -> tuple[relays.Readings, relays.Readings]:
        """The reported cell voltages and temperatures as `relays.Readings` (lowest and highest found
        once), made again when the reported values change."""
        v, t = self.cell_voltages_v, self.cell_temperatures_c
        made = self._readings
        if made is None or made[0].values is not v or made[1].values is not t:
            made = self._readings = (relays.Readings(v), relays.Readings(t))
        return made

    def voltage_extremes(self) -> Extremes:
        return self._extremes(self.readings()[0])

    def temperature_extremes(self) -> Extremes:
        return self._extremes(self.readings()[1])

    @staticmethod
    def _extremes(r: relays.Readings) -> Extremes:
        lo, hi = r.index_of_lowest(), r.index_of_highest()
        return Extremes(float(r.values[lo]), lo + 1, float(r.values[hi]), hi + 1)

    @property
    def discharge_cycles(self) -> float:
        return 1000.0 * self.discharged_total_kwh / self.capacity_wh if self.capacity_wh else 0.0

    @property
    def charge_cycles(self) -> float:
        return 1000.0 * self.charged_total_kwh / self.capacity_wh if self.capacity_wh else 0.0

    @property
    def soh_pct(self) -> float:
        # about 20 % capacity loss over 3000 cycles, from a seeded starting point
        return max(0.0, self._soh_start_pct - self.discharge_cycles * 20.0 / 3000.0)

    @property
    def efficiency_pct(self) -> float:
        if self.charged_total_kwh < 0.5 * self.capacity_wh / 1000.0:
            return 96.0  # too little history to measure: the BMS shows its default
        return max(0.0, min(100.0, 100.0 * self.discharged_total_kwh / self.charged_total_kwh))

    @property
    def measured_capacity_wh(self) -> float:
        return self.capacity_wh * self.soh_pct / 100.0

    @property
    def measured_charge_capacity_wh(self) -> float:
        return self.measured_capacity_wh * 100.0 / max(1.0, self.efficiency_pct)

    @property
    def device_counter(self) -> int:
        """The TS@ seconds counter."""
        return int(self.device_counter_s)
