"""Named, scriptable faults for the simulated battery.

Battery faults (cell voltage, temperature, the cell-board link) change what the cells report, so
the BMS's own rules raise the warning lights and open the relays. Wire faults (link drop, garbled
or truncated bytes, slow, missing or refused replies) are applied by the peers that speak the wire.
Write faults cut a settings write in the middle (a byte unanswered, the low byte refused, late
answers) and `start_stop_unanswered` leaves `E!`/`D!` unanswered, so the app's handling of half a
write and of an unanswered stream command can be tested. A device reboot is a one-shot event: the
peers drop their session state and go quiet briefly.

    battery.faults.inject("cell_over_voltage", cell=3)
    battery.faults.schedule(600, "temperature_high", duration_s=300)   # in simulated seconds
    battery.faults.clear("cell_over_voltage")
    battery.faults.add_listener(lambda change: print(change.event, change.name))

The registry tells its listeners of every change (`FaultChange`): the battery is the first (its
cells and relays follow), the simulator panel another (its boxes follow a fault injected by a
schedule or a script), so nobody reaches into the battery to learn what changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smartbms_gui.sim.battery import SimulatedBattery


@dataclass(frozen=True)
class FaultKind:
    name: str
    description: str
    #: parameter name -> description (all optional; defaults are chosen from the battery's settings)
    params: dict[str, str] = field(default_factory=dict)
    wire: bool = False  # applied by the peers rather than the battery


_KINDS = [
    FaultKind("cell_over_voltage", "One cell reads above V max: Vh light, charge relay off.",
              {"cell": "cell number (1-based, default 1)", "voltage_v": "reported voltage (default V max + 0.10 V)"}),
    FaultKind("cell_under_voltage", "One cell reads below V min: Vl light, load relay off.",
              {"cell": "cell number (1-based, default 1)", "voltage_v": "reported voltage (default V min - 0.10 V)"}),
    FaultKind("temperature_high", "One cell reads above T max: Th light, both relays off.",
              {"cell": "cell number (1-based, default 1)", "temperature_c": "reported °C (default T max + 5)"}),
    FaultKind("temperature_low", "One cell reads below T min: Tl light, both relays off.",
              {"cell": "cell number (1-based, default 1)", "temperature_c": "reported °C (default T min - 5)"}),
    FaultKind("cell_link_broken", "The cell-board data chain is broken: E light, both relays off, "
              "the cells after the break stop reporting new values.",
              {"after_cell": "last cell that still reports (default half the pack)"}),
    FaultKind("link_drop", "The link to the app goes silent: nothing is sent, nothing is heard.", {}, wire=True),
    FaultKind("garbled_bytes", "Some bytes the device sends are corrupted.",
              {"probability": "chance per byte (default 0.02)"}, wire=True),
    FaultKind("truncated_bytes", "Some messages the device sends are cut short.",
              {"probability": "chance per message (default 0.2)"}, wire=True),
    FaultKind("slow_replies", "Replies to commands come late.", {"delay_s": "delay in seconds (default 2.0)"},
              wire=True),
    FaultKind("missing_replies", "Commands are echoed but never answered.",
              {"probability": "chance per command (default 1.0)"}, wire=True),
    FaultKind("reply_ko", "Every command is refused with KO.", {}, wire=True),
    FaultKind("reply_na", "Every command is refused with NA (not authorised).", {}, wire=True),
    FaultKind("reply_wrong", "Every command is answered WRONG (malformed).", {}, wire=True),
    FaultKind("write_unanswered", "One byte write gets its echo but no answer: the N-th byte written from "
              "now on, or with low_byte=1 every last byte of a 16-bit value. By default the byte is lost.",
              {"nth": "which byte write, counted from when the fault was injected (default 1 = the next)",
               "low_byte": "1: every last byte of a multi-byte value instead of the N-th byte",
               "applied": "1: the byte is stored all the same, only its answer is lost (default 0)"},
              wire=True),
    FaultKind("write_low_byte_ko", "The last byte of every multi-byte value is refused with KO; the bytes "
              "before it were stored already.", {}, wire=True),
    FaultKind("slow_write_replies", "Answers to byte writes come late; the byte is stored at once.",
              {"delay_s": "delay in seconds (default 2.5)"}, wire=True),
    FaultKind("start_stop_unanswered", "E! and D! are obeyed but only echoed, never answered.", {},
              wire=True),
    FaultKind("device_reboot", "The device restarts: the stream stops, the login is lost, and it is "
              "silent for a moment.",
              {"downtime_s": "seconds of silence (default 2.0)",
               "counter_reset": "1: its seconds counter (TS@) starts again from 0 (default 0: it keeps "
                                "counting; which one the real BMS does is not known)"}, wire=True),
]

FAULT_KINDS: dict[str, FaultKind] = {k.name: k for k in _KINDS}
#: fault name -> one-line description (for the simulator panel and `smartbms-sim --fault`)
FAULTS: dict[str, str] = {k.name: k.description for k in _KINDS}


#: fault parameters that name a cell of the pack (a whole number of 1 or more; whether it is in the
#: pack is for whoever knows the pack's cell count)
CELL_PARAMETERS = ("cell",)


def parse_fault_spec(text: str) -> tuple[str, dict[str, float]]:
    """`name` or `name:param=value,param=value` (the `--fault` option of `smartbms-sim` and `smartbms`);
    each value a finite number written without group separators (float() alone takes "1_0", "nan" and
    "inf"), a cell a cell number. Raises ValueError with a message for a person."""
    name, _, rest = text.partition(":")
    if name not in FAULT_KINDS:
        raise ValueError(f"unknown fault {name!r}; see smartbms-sim --list-faults")
    values: dict[str, float] = {}
    for item in filter(None, rest.split(",")):
        key, sep, value = item.partition("=")
        if not sep or key not in FAULT_KINDS[name].params:
            allowed = ", ".join(FAULT_KINDS[name].params) or "none"
            raise ValueError(f"fault {name}: bad parameter {item!r} (allowed: {allowed})")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"fault {name}: {key} must be a number, got {value!r}") from None
        if "_" in value or not math.isfinite(number):
            raise ValueError(f"fault {name}: {key} must be a finite number, got {value!r}")
        if key in CELL_PARAMETERS and not (number.is_integer() and number >= 1):
            raise ValueError(f"fault {name}: {key} must be a cell number (1 or more), got {value!r}")
        values[key] = number
    return name, values


class UnknownFault(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown fault {name!r}: choose one of {', '.join(FAULTS)}")
        self.name = name


@dataclass(frozen=True)
class FaultChange:
    """One change of the registry: `event` "inject", "clear" (name None: all cleared) or "reboot"."""

    event: str
    name: str | None
    params: dict[str, Any] = field(default_factory=dict)


FaultListener = Callable[[FaultChange], None]


class Faults:
    """The faults active on one battery, a registry with listeners. `inject`, `clear`, `active`,
    `schedule`, `add_listener`."""

    def __init__(self, battery: SimulatedBattery | None = None) -> None:
        self._listeners: list[FaultListener] = []
        if battery is not None:
            self.add_listener(battery.on_fault_change)
        self._active: dict[str, dict[str, Any]] = {}
        self._schedule: list[tuple[float, str, str, dict[str, Any]]] = []  # (at_s, "inject"|"clear", name, params)
        self._counts: dict[str, int] = {}  # events a fault has seen since it was injected (see `count`)
        #: increments on every `device_reboot`; peers compare it to notice a reboot
        self.reboots = 0
        self.last_reboot: dict[str, Any] = {}

    def inject(self, name: str, **params: Any) -> None:
        kind = FAULT_KINDS.get(name)
        if kind is None:
            raise UnknownFault(name)
        unknown = set(params) - set(kind.params)
        if unknown:
            allowed = ", ".join(kind.params) or "none"
            raise ValueError(f"fault {name!r} has no parameter {', '.join(sorted(unknown))} (allowed: {allowed})")
        if name == "device_reboot":
            self.reboots += 1
            self.last_reboot = dict(params)
            self._tell(FaultChange("reboot", name, dict(params)))
            return
        self._active[name] = dict(params)
        self._counts.pop(name, None)
        self._tell(FaultChange("inject", name, dict(params)))

    def clear(self, name: str | None = None) -> None:
        """Clear one fault, or all of them with no name."""
        if name is None:
            self._active.clear()
        else:
            if name not in FAULT_KINDS:
                raise UnknownFault(name)
            self._active.pop(name, None)
        self._tell(FaultChange("clear", name))

    def add_listener(self, listener: FaultListener) -> None:
        """`listener(FaultChange)` after every inject, clear and reboot (in the order added)."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, listener: FaultListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, change: FaultChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    def active(self) -> dict[str, dict[str, Any]]:
        """Active fault name -> its parameters (a copy)."""
        return {k: dict(v) for k, v in self._active.items()}

    def is_active(self, name: str) -> bool:
        return name in self._active

    def params(self, name: str) -> dict[str, Any]:
        return self._active.get(name, {})

    def count(self, name: str) -> int:
        """Count one more event for the active fault `name` and return the count (1 for the first
        since the fault was injected): `write_unanswered` uses it to find the N-th byte write."""
        self._counts[name] = self._counts.get(name, 0) + 1
        return self._counts[name]

    def schedule(self, at_s: float, name: str, duration_s: float | None = None, **params: Any) -> None:
        """Inject `name` at simulated time `at_s` (battery.time_s), and clear it `duration_s` later."""
        if name not in FAULT_KINDS:
            raise UnknownFault(name)
        self._schedule.append((at_s, "inject", name, params))
        if duration_s is not None:
            self._schedule.append((at_s + duration_s, "clear", name, {}))
        self._schedule.sort(key=lambda item: item[0])

    def run_schedule(self, now_s: float) -> None:
        while self._schedule and self._schedule[0][0] <= now_s:
            _, action, name, params = self._schedule.pop(0)
            if action == "inject":
                self.inject(name, **params)
            else:
                self.clear(name)

    @property
    def next_scheduled_s(self) -> float | None:
        return self._schedule[0][0] if self._schedule else None
