"""The IN board's eight option switches, as the manual's two tables describe them.

Normal use ("IN-Board option switch functions"): switch 1 message rate, 3 blind spot,
4 auto zero, 5 normal/critical mode, 2+6+7 the V-bypass voltage. Switch 8 is never used
in normal operation: toggling it ON and OFF stores switches 1-7 as the *hidden factory
settings* ("Hidden factory settings"): 1-3 the current sensor, 4-7 the number of cells.

Positions are a tuple of eight booleans, index 0 = switch 1, True = ON. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SwitchRow = tuple[bool, ...]
SWITCH_COUNT = 8

# Switch numbers (1-based, as printed on the IN board) by role.
SWITCH_FAST_MESSAGES = 1
SWITCH_BLIND_SPOT = 3
SWITCH_AUTO_ZERO = 4
SWITCH_MODE = 5
SWITCHES_VBYPASS = (2, 6, 7)
SWITCH_STORE_HIDDEN = 8
SWITCHES_SENSOR = (1, 2, 3)
SWITCHES_CELLS = (4, 5, 6, 7)


class SwitchError(ValueError):
    """A switch position or a setting that the option-switch tables cannot express."""


def _check_row(positions: Sequence[bool]) -> SwitchRow:
    row = tuple(bool(p) for p in positions)
    if len(row) != SWITCH_COUNT:
        raise SwitchError(f"an option-switch row has {SWITCH_COUNT} switches, got {len(row)}")
    return row


def _is_on(row: SwitchRow, switch: int) -> bool:
    return row[switch - 1]


# --------------------------------------------------------------------------- normal use

# (switch 2, switch 6, switch 7) -> V bypass in volts, exactly the manual's table.
VBYPASS_TABLE: dict[tuple[bool, bool, bool], float] = {
    (False, False, False): 3.4,
    (False, False, True): 3.5,
    (False, True, False): 3.6,
    (False, True, True): 3.7,
    (True, False, False): 4.0,
    (True, False, True): 4.1,
    (True, True, False): 4.2,
    (True, True, True): 4.3,
}
VBYPASS_CHOICES: tuple[float, ...] = tuple(sorted(VBYPASS_TABLE.values()))

MESSAGE_INTERVAL_FAST_S = 0.5
MESSAGE_INTERVAL_SLOW_S = 1.0

# Normal-use switches that need a newer IN board, as the manual heads them: "Option switch nr 5
# (v1.5+)". Switches not listed work on every board; the hidden sensors' limits are in SENSORS.
SWITCH_MIN_IN_BOARD_VERSION: dict[int, str] = {SWITCH_MODE: "1.5"}


def switch_min_in_board_version(switch: int) -> str | None:
    """The IN board version a normal-use switch needs (`"1.5"` for switch 5), None = every board."""
    return SWITCH_MIN_IN_BOARD_VERSION.get(switch)


@dataclass(frozen=True)
class NormalSettings:
    """What switches 1-7 mean while the BMS runs."""

    fast_messages: bool = False  # switch 1: ON = a message every 0.5 s, OFF = every 1.0 s
    vbypass_v: float = 3.5  # switches 2, 6, 7
    blind_spot: bool = True  # switch 3: small currents read as 0 A (manual: recommended)
    auto_zero: bool = False  # switch 4: current sensor zero calibration running
    critical_mode: bool = False  # switch 5: OFF = normal mode (recommended)

    @property
    def message_interval_s(self) -> float:
        return MESSAGE_INTERVAL_FAST_S if self.fast_messages else MESSAGE_INTERVAL_SLOW_S

    @property
    def min_in_board_version(self) -> str | None:
        """The IN board these settings need: critical mode (switch 5 ON) needs v1.5+; None = any."""
        return switch_min_in_board_version(SWITCH_MODE) if self.critical_mode else None


def _vbypass_switches(vbypass_v: float) -> tuple[bool, bool, bool]:
    for switches, volts in VBYPASS_TABLE.items():
        if abs(volts - vbypass_v) < 1e-6:
            return switches
    choices = ", ".join(f"{v:.1f}" for v in VBYPASS_CHOICES)
    raise SwitchError(f"V bypass {vbypass_v} V cannot be set with the switches; choose one of {choices} V")


def decode_normal(positions: Sequence[bool]) -> NormalSettings:
    """The meaning of a switch row in normal use (switch 8 plays no part)."""
    row = _check_row(positions)
    key = tuple(_is_on(row, s) for s in SWITCHES_VBYPASS)
    return NormalSettings(
        fast_messages=_is_on(row, SWITCH_FAST_MESSAGES),
        vbypass_v=VBYPASS_TABLE[key],  # type: ignore[index]  # (key: the three V bypass switches)
        blind_spot=_is_on(row, SWITCH_BLIND_SPOT),
        auto_zero=_is_on(row, SWITCH_AUTO_ZERO),
        critical_mode=_is_on(row, SWITCH_MODE),
    )


def encode_normal(settings: NormalSettings) -> SwitchRow:
    """The switch row for these settings; switch 8 is always OFF."""
    row = [False] * SWITCH_COUNT
    row[SWITCH_FAST_MESSAGES - 1] = settings.fast_messages
    row[SWITCH_BLIND_SPOT - 1] = settings.blind_spot
    row[SWITCH_AUTO_ZERO - 1] = settings.auto_zero
    row[SWITCH_MODE - 1] = settings.critical_mode
    for switch, on in zip(SWITCHES_VBYPASS, _vbypass_switches(settings.vbypass_v)):
        row[switch - 1] = on
    return tuple(row)


# ------------------------------------------------------------------ hidden factory settings


@dataclass(frozen=True)
class CurrentSensor:
    """One current-sensor type the IN board can be programmed for."""

    amps: int
    resolution_a: float
    blind_spot_a: float  # half-width: readings within ±blind_spot_a show 0 A when switch 3 is ON
    min_in_board_version: str | None  # None = every IN board
    switches: tuple[bool, bool, bool]  # switches 1, 2, 3
    default: bool = False


# The hidden table's eight sensors in switch order. Resolution and blind spot come from the
# manual's "Current measurement specifications". 400 A is in the hidden table but missing from
# that spec table: every listed sensor resolves 0.5 % of its rating with a blind spot of ±1 %,
# so 400 A is given 2.0 A / ±4.0 A by the same pattern (an inference, not a published figure).
SENSORS: tuple[CurrentSensor, ...] = (
    CurrentSensor(25, 0.125, 0.25, None, (False, False, False)),
    CurrentSensor(50, 0.25, 0.5, None, (False, False, True)),
    CurrentSensor(100, 0.5, 1.0, None, (False, True, False), default=True),
    CurrentSensor(250, 1.25, 2.5, None, (False, True, True)),
    CurrentSensor(400, 2.0, 4.0, None, (True, False, False)),
    CurrentSensor(500, 2.5, 5.0, None, (True, False, True)),
    CurrentSensor(1000, 5.0, 10.0, "1.4", (True, True, False)),
    CurrentSensor(2000, 10.0, 20.0, "1.4", (True, True, True)),
)
SENSOR_AMPS: tuple[int, ...] = tuple(s.amps for s in SENSORS)
# The 400 A figures are inferred (see above); views may mark them so.
INFERRED_SENSOR_SPECS: frozenset[int] = frozenset({400})

# Switches 4, 5, 6, 7 read as a 4-bit number (switch 4 = most significant) index this table.
CELL_COUNT_TABLE: tuple[int, ...] = (4, 8, 12, 16, 20, 24, 28, 32, 48, 64, 80, 96, 128, 156, 204, 255)
MIN_CELLS = 2  # manual "Specifications": 2 to 255 cells
MAX_CELLS = 255


def sensor(amps: int) -> CurrentSensor:
    for s in SENSORS:
        if s.amps == amps:
            return s
    listed = ", ".join(str(a) for a in SENSOR_AMPS)
    raise SwitchError(f"there is no {amps} A current sensor in the switch table; choose one of {listed} A")


@dataclass(frozen=True)
class HiddenSettings:
    """What switches 1-7 store when switch 8 is toggled ON and OFF."""

    sensor_a: int
    cells: int  # always a CELL_COUNT_TABLE value

    @property
    def sensor(self) -> CurrentSensor:
        return sensor(self.sensor_a)


def table_cells_for(cells: int) -> int:
    """The table value for a pack of `cells` cells: itself if listed, else the next higher one.

    The manual says choosing the next higher entry has no drawbacks.
    """
    if isinstance(cells, bool) or not isinstance(cells, int):
        raise SwitchError(f"the number of cells must be a whole number, got {cells!r}")
    if not MIN_CELLS <= cells <= MAX_CELLS:
        raise SwitchError(f"the BMS supports {MIN_CELLS} to {MAX_CELLS} cells, got {cells}")
    for entry in CELL_COUNT_TABLE:
        if entry >= cells:
            return entry
    raise AssertionError("unreachable: the table ends at 255")


def _cells_switches(table_cells: int) -> tuple[bool, bool, bool, bool]:
    index = CELL_COUNT_TABLE.index(table_cells)
    # a generator's tuple has no length for the checker: it is four, one per bit
    return tuple(bool(index >> (3 - bit) & 1) for bit in range(4))  # type: ignore[return-value]


def decode_hidden(positions: Sequence[bool]) -> HiddenSettings:
    """What these positions would store as hidden settings if switch 8 were toggled."""
    row = _check_row(positions)
    sensor_bits = tuple(_is_on(row, s) for s in SWITCHES_SENSOR)
    amps = next(s.amps for s in SENSORS if s.switches == sensor_bits)
    index = 0
    for s in SWITCHES_CELLS:
        index = index << 1 | int(_is_on(row, s))
    return HiddenSettings(sensor_a=amps, cells=CELL_COUNT_TABLE[index])


def encode_hidden(sensor_a: int, cells: int) -> SwitchRow:
    """The positions of switches 1-7 that store this sensor and cell count (switch 8 OFF).

    `cells` may be any count 2-255; it is rounded up to the next table value.
    """
    row = [False] * SWITCH_COUNT
    for switch, on in zip(SWITCHES_SENSOR, sensor(sensor_a).switches):
        row[switch - 1] = on
    for switch, on in zip(SWITCHES_CELLS, _cells_switches(table_cells_for(cells))):
        row[switch - 1] = on
    return tuple(row)


# ------------------------------------------------------------------------ text helpers
# Plain English for the command line and logs; the views build their own translated text
# from the structured values above.


def format_positions(positions: Sequence[bool]) -> str:
    """`1:ON 2:OFF ...`, the way an installer reads the block."""
    row = _check_row(positions)
    return " ".join(f"{i}:{'ON' if on else 'OFF'}" for i, on in enumerate(row, start=1))


def parse_positions(text: str) -> SwitchRow:
    """Read `10100000` (switch 1 first, 1 = ON) or `ON OFF ...`; raises SwitchError."""
    tokens = text.replace(",", " ").split()
    if len(tokens) == 1 and set(tokens[0]) <= {"0", "1"}:
        tokens = list(tokens[0])
    values: list[bool] = []
    for token in tokens:
        word = token.split(":")[-1].upper()
        if word in ("1", "ON"):
            values.append(True)
        elif word in ("0", "OFF"):
            values.append(False)
        else:
            raise SwitchError(f"cannot read switch position {token!r}: use ON/OFF or 1/0")
    return _check_row(values)


def describe_normal(positions: Sequence[bool]) -> list[str]:
    n = decode_normal(positions)
    lines = [
        f"Switch 1: a message every {n.message_interval_s:.1f} s",
        f"Switches 2, 6, 7: V bypass {n.vbypass_v:.1f} V",
        "Switch 3: blind spot around 0 A " + ("enabled (recommended)" if n.blind_spot else "disabled"),
        "Switch 4: auto zero " + ("ACTIVE - only with no current flowing" if n.auto_zero else "inactive"),
        "Switch 5: " + (f"critical mode (needs IN board v{n.min_in_board_version} or later)"
                        if n.critical_mode else "normal mode (recommended)"),
    ]
    if _check_row(positions)[SWITCH_STORE_HIDDEN - 1]:
        lines.append("Switch 8: ON - must never be left ON; turning it OFF stores the hidden settings")
    else:
        lines.append("Switch 8: OFF (correct for normal use)")
    return lines


def describe_hidden(positions: Sequence[bool]) -> list[str]:
    h = decode_hidden(positions)
    s = h.sensor
    line = (f"Switches 1-3: {s.amps} A current sensor (resolution {s.resolution_a:g} A, "
            f"blind spot ±{s.blind_spot_a:g} A)")
    if s.min_in_board_version:
        line += f", needs IN board v{s.min_in_board_version} or later"
    return [line, f"Switches 4-7: {h.cells} cells"]


def describe_positions(positions: Sequence[bool]) -> tuple[list[str], list[str]]:
    """Both meanings of one row: (normal use, hidden settings if switch 8 were toggled)."""
    return describe_normal(positions), describe_hidden(positions)


def all_positions() -> Iterable[SwitchRow]:
    """Every one of the 256 rows, switch 1 as the most significant bit."""
    for value in range(2**SWITCH_COUNT):
        yield tuple(bool(value >> (SWITCH_COUNT - 1 - i) & 1) for i in range(SWITCH_COUNT))
