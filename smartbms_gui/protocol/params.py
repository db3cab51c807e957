"""THE parameter table: one declarative row per setting of the 123\\SmartBMS.

Every screen, the command line, the simulator, the JSON backup and the diff view read this one
description, down to the wire and the text: each row says where its field sits in which settings
record and how many hex digits it has (ascii_records builds its field tables from the rows), its write
address, its `Kind` (one codec per kind: to raw, from raw, check, parse text, format), its choices
and what each code means, and whether it is `secret`. Adding a setting is adding one row.

Value conventions (what `decode_settings` returns and `validate`/`encode_write` accept):
- kind "number": a float in the row's unit (V, °C, W, Wh, %, s, A); raw = (value - offset) / scale.
- kind "bool":   True / False (raw 1 / 0). Any other raw byte reads as `UnknownCode(raw)`, never as on
                 (docs/protocol.md §3.1).
- kind "choice": the device's integer code; `Parameter.choices` gives the labels. A code the table
                 does not list reads as `UnknownCode(raw)`.
- kind "pin":    the four-digit PIN as a string; raw = its four ASCII bytes (S1 field 3).
- kind "action": no stored value; writing it (value True) performs the action once.
- `None`:        not reported: the device sent `X`, or a record too short to hold the field (older
                 Gen3 firmware sends fewer S3 fields). Never written, saved or counted as a change.
An `UnknownCode` is shown, compared by its raw value (so writing 1 over a stored 2 is a change),
and never written: `problem()` refuses it.

Write addresses are docs/protocol.md §3.2 [R]. `address=None` means UNKNOWN on hardware: such a row is
never written to a real device (`encode_write(..., hardware=True)` raises `NotWritable`); the
simulator implements it at `sim_address`, addresses from the otherwise unused 0xF00 block.
Pure: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from enum import Enum
from typing import Any

from smartbms_gui.protocol import scaling
from smartbms_gui.protocol.messages import PARAMETER_CONTEXT, Joined, Label, Message, Quantity, prefixed
from smartbms_gui.protocol.scaling import Generation

GEN2_AND_GEN3 = frozenset({Generation.GEN2, Generation.GEN3})
GEN3_ONLY = frozenset({Generation.GEN3})

#: the factory PIN of every 123\\SmartBMS (and the simulator's): the one copy outside tests.
FACTORY_PIN = "1234"

# Simulator-only addresses for the settings whose hardware write address is not published.
# 0xF00-0xFFF is not used by any published address (those end at 0x362).
SIM_ADDRESS_PIN = 0xF00  # four bytes 0xF00..0xF03, the PIN's ASCII digits, first digit first
SIM_ADDRESS_CLEAR_COUNTERS = 0xF10  # write 01 to clear the energy counters
SIM_ADDRESS_CHARGE_RESTART_PCT = 0xF20
SIM_ADDRESS_DISCHARGE_RESTART_PCT = 0xF21

# Assumption [?], shared with ascii_records.py: the settings records and the write addresses use
# the same raw units as the live values (cell voltage raw × 5 mV, temperature raw × 0.857 − 232.1).
VOLT_SCALE = scaling.CELL_VOLT_PER_LSB
TEMP_SCALE = scaling.TEMP_SLOPE
TEMP_OFFSET = scaling.TEMP_OFFSET

# LiFePO4-friendly limits from the manual's specifications: cells 2.0-5.0 V, -40..85 °C.
CELL_V_MIN, CELL_V_MAX = 2.0, 5.0
TEMP_MIN_C, TEMP_MAX_C = -40.0, 85.0


class ParameterError(ValueError):
    """A value that a setting cannot take; the message says which setting and why."""


class InvalidValue(ParameterError):
    pass


class NotWritable(ParameterError):
    """The setting cannot be written over this link; `reason` says why in the user's words (a Message)."""

    def __init__(self, parameter: Parameter, reason: str):
        super().__init__(reason)
        self.parameter = parameter
        self.reason = reason


@dataclass(frozen=True)
class Choice:
    code: int
    label: str  # what the person reads (translated in the "Parameter" context)
    #: what the code means to a program (the simulator acts on it): a sensor's amps, a chemistry's short
    #: name, a relay function ("charge", "discharge", "main", "pre_alarm"), a force ("auto", "off", "on").
    meaning: Any = None


@dataclass(frozen=True)
class UnknownCode:
    """A raw byte the table gives no meaning: an on/off byte other than 0 and 1, a choice code not listed.

    It is what the device holds, so it is shown ("unknown (2)") and compared by `raw`, but it is
    never written. It is falsy on purpose: code that only asks "is it on?" must get no, never yes.
    """

    raw: int

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return f"unknown ({self.raw})"


class Kind(str, Enum):
    """What sort of value a setting holds; each kind has one codec (`Kind.codec`) that turns a value
    into the device's raw integer and back, checks it, reads it from text and shows it."""

    NUMBER = "number"
    CHOICE = "choice"
    BOOL = "bool"
    PIN = "pin"
    ACTION = "action"

    def __str__(self) -> str:  # (as its plain value: "pin", also in an f-string)
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def codec(self) -> _Codec:
        return _CODECS[self]


@dataclass(frozen=True)
class Parameter:
    name: str
    label: str
    unit: str
    group: str
    record: str | None  # settings record that reports it ("S1", "S2", ...); None = not reported
    field: str | None  # its field name in that record (ascii_records.RECORD_FIELDS is built from these rows)
    address: int | None  # first write address on hardware; None = UNKNOWN (or read-only)
    sim_address: int | None  # where the simulator takes the write when `address` is UNKNOWN
    width: int  # bytes written: 1, 2 (high byte first) or 4 (PIN digits)
    scale: float
    minimum: float
    maximum: float
    step: float
    generations: frozenset[Generation]
    kind: Kind
    read_only: bool
    help: str
    # Extensions of the contract (docs/contracts.md lists the fields above):
    default: Any = None  # a sensible value for a new LiFePO4 pack; inside [minimum, maximum]
    offset: float = 0.0  # value = raw * scale + offset
    choices: tuple[Choice, ...] = ()
    exact_step: bool = True  # False: any value is accepted and snapped to the raw grid (temperatures)
    not_writable_reason: str = ""  # shown when the row cannot be written at all (read-only)
    decimals: int = dataclass_field(default=-1)  # digits after the point that round-trip exactly
    # A protection limit: "upper" = the BMS acts when a cell rises above it (V max, T max), "lower" =
    # when it falls below (V min, T min); says whether a value nobody chose makes protection looser.
    limit: str = ""
    index: int | None = None  # position of `field` in the `record` (0 = first field)
    digits: int = 0  # hex digits of the field in the record; 0 = two per written byte (2 × width)
    secret: bool = False  # never logged, saved, shown in a repr or read unless asked for (the PIN)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))
        if self.decimals < 0:
            digits = max(_decimals_of(self.scale), _decimals_of(self.offset), _decimals_of(self.step))
            object.__setattr__(self, "decimals", digits)
        if not self.digits:
            object.__setattr__(self, "digits", 2 * self.width)

    # --- the user's value <-> the device's raw integer
    @property
    def max_raw(self) -> int:
        return (1 << (8 * self.width)) - 1

    @property
    def hardware_writable(self) -> bool:
        return not self.read_only and self.address is not None

    @property
    def simulator_address(self) -> int | None:
        """Where the simulator accepts the write: the real address if known, else sim_address."""
        if self.read_only:
            return None
        return self.address if self.address is not None else self.sim_address

    @property
    def readable(self) -> bool:
        return self.record is not None and self.field is not None

    @property
    def codec(self) -> _Codec:
        return self.kind.codec

    def choice_label(self, code: int | UnknownCode) -> str:
        for c in self.choices:
            if c.code == code:
                return c.label
        return str(code if isinstance(code, UnknownCode) else UnknownCode(int(code)))

    def meaning_of(self, code: Any, default: Any = None) -> Any:
        """What a choice code means to a program (`Choice.meaning`); `default` for a code not listed."""
        return next((c.meaning for c in self.choices if c.code == code), default)

    def code_for(self, meaning: Any) -> int:
        """The choice code with this meaning; KeyError if none has it."""
        for c in self.choices:
            if c.meaning == meaning:
                return c.code
        raise KeyError(f"{self.name} has no choice meaning {meaning!r}")

    def to_value(self, raw: int) -> Any:
        return self.codec.from_raw(self, raw)

    def to_raw(self, value: Any) -> int:
        """The raw integer the device stores for `value`; raises InvalidValue if it cannot."""
        self.check(value)
        return self.codec.to_raw(self, value)

    def quantise(self, value: Any) -> Any:
        """The value the device will really hold after storing `value` (e.g. 55 °C → 54.995 °C)."""
        if self.kind != Kind.NUMBER:
            return value
        return self.to_value(self.to_raw(value))

    def check(self, value: Any) -> None:
        """Type, range and step of one value on its own (no cross-field rules)."""
        message = self.problem(value)
        if message:
            raise InvalidValue(message)

    def raw_of(self, value: Any) -> int:
        """The raw integer behind a value, `UnknownCode` included (for comparing, never for writing)."""
        return value.raw if isinstance(value, UnknownCode) else self.to_raw(value)

    def problem(self, value: Any) -> Message | None:
        """What is wrong with `value` on its own, as "V max: …" (None when nothing is)."""
        problem = self.value_problem(value)
        return None if problem is None else prefixed(self.label, problem)

    def value_problem(self, value: Any) -> Message | None:
        """`problem()` without the leading "V max: " (for a sentence that names the setting itself)."""
        if isinstance(value, UnknownCode):
            if self.kind == Kind.BOOL:
                return Message("the BMS holds an unknown value ({raw}), which the app never writes; "
                               "choose on or off", raw=value.raw)
            return Message("the BMS holds an unknown value ({raw}), which the app never writes; choose one "
                           "of the listed choices", raw=value.raw)
        return self.codec.problem(self, value)

    def parse(self, text: str) -> Any:
        """The value typed as `text` (a number with a decimal comma or point, "on", a choice's code or
        label, four PIN digits); None when the text is not one. Range and step are not checked here."""
        return self.codec.parse(self, text)

    def format(self, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        """A value as text, untranslated: "3.650 V", "on", "LiFePO4 (LFP)", "****"."""
        return self.codec.format(self, value, decimal_sign=decimal_sign, group_sign=group_sign)


def parse_number(text: str) -> float | None:
    """A number as a person types it, in any of the app's languages: a decimal comma or point ("3,6" and
    "3.6"), a typographic minus, spaces ignored, no group separators; None if it is not a number.
    The one rule of the window and the command line."""
    cleaned = str(text).strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") + cleaned.count(".") > 1 or "_" in cleaned:  # (float() takes "1_000")
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return None


_ON_WORDS = ("on", "yes", "true", "1")
_OFF_WORDS = ("off", "no", "false", "0")


class _Codec:
    """How one kind of value goes to the wire and to text. Subclasses fill in every method."""

    def from_raw(self, param: Parameter, raw: int) -> Any:
        raise NotImplementedError

    def to_raw(self, param: Parameter, value: Any) -> int:  # (value already checked)
        raise NotImplementedError

    def problem(self, param: Parameter, value: Any) -> Message | None:
        raise NotImplementedError

    def parse(self, param: Parameter, text: str) -> Any:
        raise NotImplementedError

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        return str(value)


class _NumberCodec(_Codec):
    def from_raw(self, param: Parameter, raw: int) -> Any:
        return round(raw * param.scale + param.offset, param.decimals)

    def to_raw(self, param: Parameter, value: Any) -> int:
        return int(round((float(value) - param.offset) / param.scale))

    def problem(self, param: Parameter, value: Any) -> Message | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return Message("{value} is not a number", value=repr(value))
        if not param.minimum - 1e-9 <= value <= param.maximum + 1e-9:
            return Message("{value} is outside {minimum}–{maximum}", value=_exact_quantity(value, param),
                           minimum=_quantity(param.minimum, param, unit=""),
                           maximum=_quantity(param.maximum, param))
        if param.exact_step and param.step:
            steps = (value - param.minimum) / param.step
            if abs(steps - round(steps)) > 1e-6:
                return Message("{value} is not a multiple of {step}", value=_exact_quantity(value, param),
                               step=Quantity(param.step, param.unit))
        raw = round((value - param.offset) / param.scale)
        if not 0 <= raw <= param.max_raw:
            return Message("{value} does not fit the device's {width}-byte field",
                           value=_quantity(value, param), width=param.width)
        return None

    def parse(self, param: Parameter, text: str) -> Any:
        number = parse_number(text)
        return None if number is None or not math.isfinite(number) else number

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        return value_text(param, value, decimal_sign=decimal_sign, group_sign=group_sign)


class _ChoiceCodec(_Codec):
    def from_raw(self, param: Parameter, raw: int) -> Any:
        return int(raw) if any(c.code == raw for c in param.choices) else UnknownCode(int(raw))

    def to_raw(self, param: Parameter, value: Any) -> int:
        return int(value)

    def problem(self, param: Parameter, value: Any) -> Message | None:
        codes = [c.code for c in param.choices]
        if isinstance(value, bool) or not isinstance(value, int) or value not in codes:
            allowed = Joined(Message("{code} ({label})", code=c.code, label=Label(c.label))
                             for c in param.choices)
            return Message("{value} is not one of {allowed}", value=repr(value), allowed=allowed)
        return None

    def parse(self, param: Parameter, text: str) -> Any:
        """A code or a label, or a unique part of a label ("LTO", "keep on")."""
        word = str(text).strip().lower()
        for c in param.choices:
            if word == str(c.code) or word == c.label.lower():
                return c.code
        partial = [c.code for c in param.choices if word and word in c.label.lower()]
        return partial[0] if len(partial) == 1 else None

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        return param.choice_label(value)


class _BoolCodec(_Codec):
    def from_raw(self, param: Parameter, raw: int) -> Any:
        # 1 = on, 0 = off as the official app reads them; anything else is unknown, not on.
        return {0: False, 1: True}.get(raw, UnknownCode(raw))

    def to_raw(self, param: Parameter, value: Any) -> int:
        return int(bool(value))

    def problem(self, param: Parameter, value: Any) -> Message | None:
        return None if isinstance(value, bool) or value in (0, 1) else Message("must be on or off")

    def parse(self, param: Parameter, text: str) -> Any:
        word = str(text).strip().lower()
        return True if word in _ON_WORDS else False if word in _OFF_WORDS else None

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        if isinstance(value, UnknownCode):
            return str(value)
        return "on" if value else "off"


class _PinCodec(_Codec):
    def from_raw(self, param: Parameter, raw: int) -> Any:
        return _pin_from_raw(raw)

    def to_raw(self, param: Parameter, value: Any) -> int:
        return int.from_bytes(str(value).encode("ascii"), "big")

    def problem(self, param: Parameter, value: Any) -> Message | None:
        text = value if isinstance(value, str) else ""
        if len(text) != 4 or not text.isdigit() or not text.isascii():
            return Message("the PIN must be exactly four digits 0-9")
        return None

    def parse(self, param: Parameter, text: str) -> Any:
        pin = str(text).strip()
        return pin if len(pin) == 4 and pin.isdigit() and pin.isascii() else None

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        return "****"  # (never shown)


class _ActionCodec(_Codec):
    def from_raw(self, param: Parameter, raw: int) -> Any:
        return None

    def to_raw(self, param: Parameter, value: Any) -> int:
        return 1

    def problem(self, param: Parameter, value: Any) -> Message | None:
        return None if value in (True, 1) else Message("an action takes no value, only 'do it'")

    def parse(self, param: Parameter, text: str) -> Any:
        word = str(text).strip().lower()
        return True if word in _ON_WORDS or word == "do" else None

    def format(self, param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
        return ""


_CODECS: dict[Kind, _Codec] = {Kind.NUMBER: _NumberCodec(), Kind.CHOICE: _ChoiceCodec(), Kind.BOOL: _BoolCodec(),
                               Kind.PIN: _PinCodec(), Kind.ACTION: _ActionCodec()}


def _decimals_of(number: float) -> int:
    exponent = Decimal(repr(float(number))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def _quantity(value: float, param: Parameter, unit: str | None = None) -> Quantity:
    """A value of `param` with its unit, for a message, at the precision it is shown with ("3.500 V",
    "55.0 °C": `shown_decimals`)."""
    return Quantity(value, param.unit if unit is None else unit, shown_decimals(param))


def _exact_quantity(value: float, param: Parameter) -> Quantity:
    """A value as given, with every decimal it has (at least the shown ones): a value off the step or
    just outside the range shows where it is off ("3.6001 V is not a multiple of 0.005 V", not
    "3.600 V"; "85.04 °C is outside -40.0–85.0 °C")."""
    text = repr(float(value))
    given = 0 if float(value).is_integer() else 12 if "e" in text else len(text.partition(".")[2])
    return Quantity(value, param.unit, min(12, max(shown_decimals(param), given)))


def _pin_from_raw(raw: int) -> str:
    try:
        return raw.to_bytes(4, "big").decode("ascii")
    except (OverflowError, UnicodeDecodeError):
        return "????"


# ------------------------------------------------------------------------------ the table


def _number(name, label, unit, group, record, field, index, address, width, scale, minimum, maximum, step,
            default, help, *, generations=GEN2_AND_GEN3, sim_address=None, offset=0.0, exact_step=True,
            limit=""):
    return Parameter(name, label, unit, group, record, field, address, sim_address, width, scale,
                     minimum, maximum, step, generations, Kind.NUMBER, False, help, default=default,
                     offset=offset, exact_step=exact_step, limit=limit, index=index)


def _voltage(name, label, group, field, index, address, default, help, *, generations=GEN3_ONLY, limit=""):
    return _number(name, label, "V", group, "S2", field, index, address, 2, VOLT_SCALE, CELL_V_MIN, CELL_V_MAX,
                   VOLT_SCALE, default, help, generations=generations, limit=limit)


def _temperature(name, label, field, index, address, default, help, *, generations=GEN2_AND_GEN3, limit=""):
    # The device's temperature grid is 0.857 °C: accept whole degrees and snap to the grid.
    return _number(name, label, "°C", "Temperatures", "S2", field, index, address, 2, TEMP_SCALE, TEMP_MIN_C,
                   TEMP_MAX_C, 1.0, default, help, generations=generations, offset=TEMP_OFFSET,
                   exact_step=False, limit=limit)


def _flag(name, label, group, record, field, index, address, default, help, *, generations=GEN3_ONLY):
    return Parameter(name, label, "", group, record, field, address, None, 1, 1.0, 0, 1, 1, generations,
                     Kind.BOOL, False, help, default=default, index=index)


def _choice(name, label, group, record, field, index, address, choices, default, help, *,
            generations=GEN3_ONLY):
    codes = [c.code for c in choices]
    return Parameter(name, label, "", group, record, field, address, None, 1, 1.0, min(codes), max(codes), 1,
                     generations, Kind.CHOICE, False, help, default=default, choices=tuple(choices),
                     index=index)


#: current sensor codes (S3 field 0); the meaning is the sensor's rating in amps (big / small range)
SENSOR_CHOICES = (Choice(0, "125 A / 5 A", 125), Choice(1, "250 A / 10 A", 250), Choice(2, "500 A / 20 A", 500),
                  Choice(11, "1000 A / 40 A", 1000))
#: cell chemistry codes (S3 field 10); the meaning is the short name the simulator's chemistries use
CHEMISTRY_CHOICES = (Choice(0, "Other"), Choice(1, "LiFePO4 (LFP)", "LFP"),
                     Choice(2, "Lithium titanate (LTO)", "LTO"), Choice(3, "Li-ion NMC", "NMC"),
                     Choice(4, "Li-ion NCA", "NCA"))
#: the usual nominal cell voltage of each chemistry code above, for the capacity advice (cells × Ah × V);
#: "Other" (0) has none: the person types it. LiFePO4 is what a Gen2 BMS (no chemistry setting) assumes.
CHEMISTRY_NOMINAL_V = {1: 3.2, 2: 2.4, 3: 3.7, 4: 3.6}
LIFEPO4 = 1
#: what a Gen3 relay follows (SRYn field 1)
RELAY_FUNCTION_CHOICES = (Choice(1, "Allowed to charge", "charge"), Choice(2, "Allowed to discharge", "discharge"),
                          Choice(3, "Main relay", "main"), Choice(4, "Pre-alarm", "pre_alarm"))
#: whether a Gen3 relay is forced (SRYn field 0)
RELAY_FORCE_CHOICES = (Choice(0, "Not forced (BMS decides)", "auto"), Choice(1, "Keep off", "off"),
                       Choice(2, "Keep on", "on"))

_UNKNOWN = "The write address is not published"


def _relay_rows(n: int, base: int) -> list[Parameter]:
    record = f"SRY{n - 1}"
    group = f"Relay {n}"
    return [
        _choice(f"relay{n}_function", f"Relay {n} function", group, record, "function", 1, base,
                RELAY_FUNCTION_CHOICES, n,
                f"What relay {n} on the OUT board follows: the allowed-to-charge signal, the allowed-to-"
                "discharge signal, both together as a main relay, or an early pre-alarm."),
        _flag(f"relay{n}_invert", f"Relay {n} inverted", group, record, "invert", 2, base + 1, False,
              f"Swap the contacts of relay {n}: closed becomes open. Use it when the device you switch "
              "wants the opposite signal."),
        _choice(f"relay{n}_force", f"Relay {n} forced", group, record, "force", 0, base + 2,
                RELAY_FORCE_CHOICES, 0,
                f"Keep relay {n} off or on whatever the BMS decides, for testing an installation. Leave it "
                "'not forced' in service, or the BMS cannot protect the cells through this relay."),
    ]


PARAMETERS: tuple[Parameter, ...] = (
    # --- S1: system
    _number("solar_peak_w", "Solar peak power", "W", "System", "S1", "solar_peak_w", 0, 0x010, 2, 10, 0, 655350,
            10, 2500,
            "The largest power your charging sources can deliver, for example ten 250 W panels = 2500 W. "
            "The Overview's solar ring is full at this power."),
    _number("inverter_peak_w", "Inverter peak power", "W", "System", "S1", "inverter_peak_w", 1, 0x020, 2, 10, 0,
            655350, 10, 5000,
            "The largest power your consumers draw, for example a 5 kW inverter = 5000 W. The Overview's "
            "load ring is full at this power."),
    _number("capacity_wh", "Battery capacity", "Wh", "System", "S1", "capacity_wh", 2, 0x030, 2, 100, 100,
            6553500, 100, 1900,
            "The usable energy the SoC counts down from. The manual advises 75 % of the rated capacity to "
            "allow for ageing and temperature: four 200 Ah cells × 3.2 V = 2560 Wh, so set about 1900 Wh."),
    Parameter("pin", "PIN", "", "Security", "S1", "pin", None, SIM_ADDRESS_PIN, 4, 1.0, 0, 9999, 1,
              GEN2_AND_GEN3, Kind.PIN, False,
              "The four-digit password that stops strangers within Bluetooth range from changing your "
              "BMS. Change it from the factory 1234. If it is forgotten, hold the OUT board's Bluetooth "
              "button for 5 seconds to reset it to 1234.",
              default=FACTORY_PIN, index=3, secret=True),
    Parameter("clear_energy_counters", "Clear energy counters", "", "System", None, None, None,
              SIM_ADDRESS_CLEAR_COUNTERS, 1, 1.0, 1, 1, 1, GEN2_AND_GEN3, Kind.ACTION, False,
              "Set the stored totals of energy in and out of the pack back to zero, for example after "
              "commissioning. This cannot be undone.",
              default=None),
    # --- S2 (and V): cell voltages
    _voltage("vmin_v", "V min", "Cell voltages", "vmin_v", 0, 0x040, 2.8,
             "If any cell falls to this voltage the Vl light turns on and the allowed-to-discharge (load) "
             "relay opens, so the consumers stop before a cell is damaged.",
             generations=GEN2_AND_GEN3, limit="lower"),
    _voltage("vmax_v", "V max", "Cell voltages", "vmax_v", 1, 0x050, 3.65,
             "If any cell rises to this voltage the Vh light turns on and the allowed-to-charge relay opens, "
             "so the chargers stop before a cell is damaged. Must be above V bypass.",
             generations=GEN2_AND_GEN3, limit="upper"),
    Parameter("vbypass_v", "V bypass", "V", "Cell voltages", "V", "bypass_v", None, None, 2, VOLT_SCALE,
              3.4, 4.3, 0.1, GEN2_AND_GEN3, Kind.NUMBER, True,
              "The balancing voltage every cell should end at: above it a cell board burns 1 A to let the "
              "others catch up, and when all cells reach it the SoC is set to 100 %. It is set with option "
              "switches 2, 6 and 7 on the IN board and can only be shown here.",
              default=3.5, index=4,
              # Printed by the CLI; the window shows the help above and a button to its Switches page.
              not_writable_reason="V bypass is set with option switches 2, 6 and 7 on the IN board "
                                  "(`smartbms switches normal --vbypass V` shows where they go)."),
    _voltage("vlow_v", "V low", "Cell voltages", "vlow_v", 7, 0x044, 3.0,
             "Gen3: an early-warning cell voltage between V min and V nominal; below it the pre-alarm "
             "warns before the load relay opens at V min.", limit="lower"),
    _voltage("vnominal_v", "V nominal", "Cell voltages", "vnominal_v", 8, 0x046, 3.3,
             "Gen3: the cell's nominal voltage (3.2-3.3 V for LiFePO4), used to turn the capacity into "
             "energy figures."),
    _number("vmin_hysteresis_v", "V min hysteresis", "V", "Cell voltages", "S2", "vmin_hysteresis_v", 9, 0x042,
            1, 0.01, 0.0, 1.0, 0.01, 0.1,
            "Gen3: how far above V min the cells must recover before the load relay may close again, "
            "so the relay does not chatter at the limit.", generations=GEN3_ONLY),
    _number("vmax_hysteresis_v", "V max hysteresis", "V", "Cell voltages", "S2", "vmax_hysteresis_v", 10, 0x052,
            1, 0.01, 0.0, 1.0, 0.01, 0.1,
            "Gen3: how far below V max the cells must fall before the charge relay may close again.",
            generations=GEN3_ONLY),
    # --- S2: temperatures
    _temperature("tmin_charge_c", "T min (charge)", "tmin_charge_c", 2, 0x060, 2.0,
                 "If any cell is colder than this the Tl light turns on and the relays open. LiFePO4 must "
                 "not be charged below 0 °C. On Gen3 this limit stops charging only; T min (discharge) "
                 "covers the load.", limit="lower"),
    _temperature("tmax_c", "T max", "tmax_c", 3, 0x070, 55.0,
                 "If any cell is hotter than this the Th light turns on and both relays open. Cells read "
                 "hot while they are balancing, so leave some room.", limit="upper"),
    _temperature("tmin_discharge_c", "T min (discharge)", "tmin_discharge_c", 6, 0x062, -20.0,
                 "Gen3: below this cell temperature the load relay opens. LiFePO4 may be discharged well "
                 "below freezing.", generations=GEN3_ONLY, limit="lower"),
    # --- S2: restart percentages (hardware write address UNKNOWN)
    _number("charge_restart_pct", "Charge restart", "%", "Charge and load relays", "S2", "charge_restart_pct", 4,
            None, 1, 1, 0, 100, 1, 90,
            "After the pack was full, the charge relay closes again only when the SoC has fallen below "
            "this percentage (normal mode), so the relay does not toggle at the top.",
            sim_address=SIM_ADDRESS_CHARGE_RESTART_PCT),
    _number("discharge_restart_pct", "Discharge restart", "%", "Charge and load relays", "S2",
            "discharge_restart_pct", 5, None, 1, 1, 0, 100, 1, 20,
            "After the pack was empty, the load relay closes again only when the SoC has risen to this "
            "percentage (normal mode), so the consumers do not drain a barely recharged pack.",
            sim_address=SIM_ADDRESS_DISCHARGE_RESTART_PCT),
    # --- S3 (Gen3)
    _choice("current_sensor", "Current sensor", "Current and SoC", "S3", "sensor", 0, 0x016, SENSOR_CHOICES, 1,
            "Gen3: the type of current sensor fitted. A wrong type scales every current and the SoC wrongly. "
            "(Gen2 sets the sensor with the IN board's hidden switch settings instead.)"),
    _flag("critical_mode", "Critical mode", "Charge and load relays", "S3", "critical_mode", 1, 0x017, False,
          "Gen3: off = normal mode (recommended): the relays follow the SoC and the limits. On = the relays "
          "open only in critical conditions (cell voltage or temperature out of range, lost communication), "
          "for a combined charger/inverter with one or no enable signal. Gen2 uses option switch 5."),
    _flag("charge_forced_off", "Charge relay forced off", "Charge and load relays", "S3", "charge_forced_off", 2,
          0x019, False, "Gen3: keep the allowed-to-charge signal off whatever the cells do, e.g. for maintenance."),
    _flag("discharge_forced_off", "Discharge relay forced off", "Charge and load relays", "S3",
          "discharge_forced_off", 3, 0x01A, False,
          "Gen3: keep the allowed-to-discharge signal off whatever the cells do, e.g. for maintenance."),
    _flag("use_measured_capacity", "Use measured capacity", "Current and SoC", "S3", "use_measured_capacity", 4,
          0x08B, False,
          "Gen3: count the SoC from the capacity the BMS measured over full cycles instead of the capacity "
          "entered above."),
    _number("charge_restart_delay_s", "Charge restart delay", "s", "Charge and load relays", "S3",
            "charge_restart_delay_s", 5, 0x082, 2, 5, 0, 86400, 5, 0,
            "Gen3: how long the conditions to close the charge relay must hold before it closes again.",
            generations=GEN3_ONLY),
    _number("discharge_restart_delay_s", "Discharge restart delay", "s", "Charge and load relays", "S3",
            "discharge_restart_delay_s", 6, 0x084, 2, 5, 0, 86400, 5, 0,
            "Gen3: how long the conditions to close the load relay must hold before it closes again.",
            generations=GEN3_ONLY),
    _number("charge_pause_delay_s", "Charge pause delay", "s", "Charge and load relays", "S3",
            "charge_pause_delay_s", 7, 0x086, 1, 2, 0, 510, 2, 0,
            "Gen3: how long a reason to open the charge relay must last before it opens; short spikes "
            "are ignored.", generations=GEN3_ONLY),
    _number("discharge_pause_delay_s", "Discharge pause delay", "s", "Charge and load relays", "S3",
            "discharge_pause_delay_s", 8, 0x087, 1, 2, 0, 510, 2, 0,
            "Gen3: how long a reason to open the load relay must last before it opens; a short voltage dip "
            "under a heavy load is ignored.", generations=GEN3_ONLY),
    _flag("soc_voltage_correction", "SoC voltage correction", "Current and SoC", "S3",
          "soc_voltage_correction", 9, 0x08D, True,
          "Gen3: let the cell voltages correct the counted SoC when they clearly show the pack is fuller or "
          "emptier than counted."),
    _choice("chemistry", "Cell chemistry", "Current and SoC", "S3", "chemistry", 10, 0x015, CHEMISTRY_CHOICES, 1,
            "Gen3: the type of cells in the pack; it selects the voltage curve the SoC correction uses."),
    _number("tail_current_a", "Tail current", "A", "Current and SoC", "S3", "tail_current_a", 11, 0x092, 1, 0.2,
            0.0, 51.0, 0.2, 2.0,
            "Gen3: when the charge current has fallen below this while the cells are full, the pack counts "
            "as full and the SoC is synchronised to 100 %.", generations=GEN3_ONLY),
    # Sensor invert: written at 08E/08F [R], but no settings record reports it (S3 has no field),
    # so these rows are write-only: the app cannot show the current value or verify a write.
    _flag("charge_sensor_invert", "Charge sensor inverted", "Current and SoC", None, None, None, 0x08E, False,
          "Gen3: flip the sign of the charge-side current sensor (I-1) if it was fitted the wrong way "
          "round. The BMS does not report this setting, so the app cannot show or check it."),
    _flag("discharge_sensor_invert", "Discharge sensor inverted", "Current and SoC", None, None, None, 0x08F, False,
          "Gen3: flip the sign of the load-side current sensor (I-2) if it was fitted the wrong way round. "
          "The BMS does not report this setting, so the app cannot show or check it."),
    *_relay_rows(1, 0x340),
    *_relay_rows(2, 0x360),
)

_BY_NAME: dict[str, Parameter] = {p.name: p for p in PARAMETERS}
#: the settings never logged, saved or put in a report (the PIN)
SECRET_NAMES = frozenset(p.name for p in PARAMETERS if p.secret)


def parameter(name: str) -> Parameter:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"there is no setting called {name!r}") from None


def parameters_for(generation: Generation) -> tuple[Parameter, ...]:
    return tuple(p for p in PARAMETERS if generation in p.generations)


# ------------------------------------------------------------------------------ validation


@dataclass(frozen=True)
class ValidationIssue:
    names: tuple[str, ...]  # the settings involved, first = the one to point at
    message: Message  # English, translated by the views
    severity: str = "error"  # "error" blocks a write or a load; "warning" is shown only

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def _rule_less(values, lower, upper, why: Message, severity="error") -> list[ValidationIssue]:
    a, b = values.get(lower), values.get(upper)
    if a is None or b is None or not _is_number(a) or not _is_number(b) or a < b:
        return []
    pa, pb = _BY_NAME[lower], _BY_NAME[upper]
    text = Message("{lower} ({lower_value}) must be below {upper} ({upper_value}): {why}",
                   lower=Label(pa.label), lower_value=_quantity(a, pa),
                   upper=Label(pb.label), upper_value=_quantity(b, pb), why=why)
    return [ValidationIssue((lower, upper), text, severity)]


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _cross_field_issues(values: Mapping[str, Any]) -> list[ValidationIssue]:
    """Rules between settings. Each one says why it must hold.

    Deliberately NOT a rule: "discharge restart < charge restart". The two act on different
    relays after different events (charge restart after the pack was full, discharge restart
    after it was empty) and each relay stays closed until its own open condition, so any pair
    of percentages works; only 100 % / 0 % defeat their purpose (see the warnings below).
    """
    issues: list[ValidationIssue] = []
    rule = _rule_less
    issues += rule(values, "vmin_v", "vbypass_v", Message(
        "the cells must be able to reach the balancing voltage without tripping V min."))
    issues += rule(values, "vbypass_v", "vmax_v", Message(
        "otherwise the charge relay opens before the cells balance and the SoC never resets to 100 %. "
        "Raise V max or lower V bypass with switches 2, 6, 7."))
    if "vbypass_v" not in values or values.get("vbypass_v") is None:
        issues += rule(values, "vmin_v", "vmax_v", Message("the safe band between them must not be empty."))
    issues += rule(values, "tmin_charge_c", "tmax_c", Message("otherwise charging is never allowed."))
    issues += rule(values, "tmin_discharge_c", "tmax_c", Message("otherwise discharging is never allowed."))
    issues += rule(values, "vmin_v", "vlow_v", Message("V low is an early warning above V min."))
    issues += rule(values, "vlow_v", "vnominal_v", Message("V low is a warning below the nominal voltage."))
    issues += rule(values, "vnominal_v", "vmax_v", Message("the nominal voltage lies inside the safe band."))
    # Inferred [?]: each hysteresis moves its limit inwards; if the two recovery points cross, a
    # relay could never close again. A warning, because the exact firmware meaning is not published.
    vmin: Any = values.get("vmin_v")
    vmax: Any = values.get("vmax_v")
    hmin: Any = values.get("vmin_hysteresis_v")
    hmax: Any = values.get("vmax_hysteresis_v")
    if all(_is_number(v) for v in (vmin, vmax, hmin, hmax)) and vmin + hmin >= vmax - hmax:
        issues.append(ValidationIssue(
            ("vmin_hysteresis_v", "vmax_hysteresis_v", "vmin_v", "vmax_v"),
            Message("V min + its hysteresis ({low}) reaches V max − its hysteresis ({high}): a relay that "
                    "opened may never close again. Use smaller hysteresis values.",
                    low=Quantity(vmin + hmin, "V", 2), high=Quantity(vmax - hmax, "V", 2)),
            "warning"))
    if values.get("charge_restart_pct") == 100:
        issues.append(ValidationIssue(
            ("charge_restart_pct",),
            Message("Charge restart at 100 % lets the charge relay close again as soon as the SoC drops from "
                    "full, so it toggles; the manual's restart exists to prevent that. 90-95 % is usual."),
            "warning"))
    if values.get("discharge_restart_pct") == 0:
        issues.append(ValidationIssue(
            ("discharge_restart_pct",),
            Message("Discharge restart at 0 % lets the load relay close again on an empty pack as soon as "
                    "the cells recover above V min, so it toggles. 10-30 % is usual."), "warning"))
    return issues


def validate(values: Mapping[str, Any], *, generation: Generation | None = None) -> list[ValidationIssue]:
    """Every problem with a set of settings: unknown names, types, ranges, steps, cross-field rules.

    Pass the complete set (the device's values with the user's edits laid over them) so the
    cross-field rules see both sides. `None` values (not reported by the device) are skipped.
    """
    issues: list[ValidationIssue] = []
    sound: dict[str, Any] = {}  # values that pass on their own; only these take part in cross-field rules
    for name, value in values.items():
        param = _BY_NAME.get(name)
        if param is None:
            issues.append(ValidationIssue((name,), Message(
                "Unknown setting {name}: this version of the app does not know it.", name=repr(name))))
            continue
        if value is None:
            continue
        message = param.problem(value)
        if message:
            issues.append(ValidationIssue((name,), message))
            continue
        sound[name] = value
        if generation is not None and generation not in param.generations:
            issues.append(ValidationIssue((name,), Message(
                "{label} does not exist on a Gen{generation} BMS; it will be skipped.",
                label=Label(param.label), generation=int(generation)), "warning"))
    issues += _cross_field_issues(sound)
    return issues


# ------------------------------------------------------------------------------ encoding


def not_reported(param: Parameter, current: Mapping[str, Any]) -> bool:
    """True when the device's settings (`decode_settings`) hold `param` as None: the BMS does not report it.

    Write-only rows (no record) are never "not reported": they are absent from `current` instead.
    """
    return param.readable and param.name in current and current[param.name] is None


def not_reported_reason(param: Parameter) -> Message:
    return Message("Your BMS does not report {label} (its firmware sends a shorter {record} record), so the "
                   "app does not write it: the write could not be checked, and this firmware may not have "
                   "the setting at all.", label=Label(param.label), record=param.record)


def write_target(param: Parameter, *, hardware: bool, current: Mapping[str, Any] | None = None) -> int:
    """The first address to write `param` at, or NotWritable with the reason.

    Pass the device's settings as `current` to refuse a setting the BMS does not report (None).
    """
    if param.read_only:
        reason = param.not_writable_reason
        raise NotWritable(param, Label(reason, PARAMETER_CONTEXT) if reason
                          else Message("{label} is read-only.", label=Label(param.label)))
    if current is not None and not_reported(param, current):
        raise NotWritable(param, not_reported_reason(param))
    if hardware:
        if param.address is None:
            raise NotWritable(param, Message("The write address of {label} is not published, so the app does "
                                             "not send it to a real BMS; it works on the simulator.",
                                             label=Label(param.label)))
        return param.address
    address = param.simulator_address
    if address is None:
        raise NotWritable(param, Message("{label} has no write address.", label=Label(param.label)))
    return address


def encode_write(param: Parameter, value: Any, *, hardware: bool,
                 current: Mapping[str, Any] | None = None) -> list[bytes]:
    """The commands that store `value`: byte writes, 16-bit values high byte first.

    `current` (the device's settings) makes a setting the BMS does not report NotWritable.
    """
    from smartbms_gui.protocol import commands

    address = write_target(param, hardware=hardware, current=current)
    raw = param.to_raw(value)
    if param.kind == Kind.PIN:
        return [commands.write_byte(address + i, b) for i, b in enumerate(raw.to_bytes(4, "big"))]
    if param.width == 1:
        return [commands.write_byte(address, raw)]
    if param.width == 2:
        return list(commands.write_word(address, raw))
    raise AssertionError(f"unsupported width {param.width} for {param.name}")


def parameter_at_address(address: int, *, hardware: bool) -> tuple[Parameter, int] | None:
    """The setting a byte write at `address` belongs to and which of its bytes (0 = high) it is.

    hardware=False also finds the simulator-only addresses. None when nothing lives there.
    """
    for param in PARAMETERS:
        start = param.address if hardware else param.simulator_address
        if param.read_only or start is None:
            continue
        if start <= address < start + param.width:
            return param, address - start
    return None


def merge_byte(param: Parameter, raw: int, byte_index: int, byte: int) -> int:
    """`raw` with byte `byte_index` (0 = most significant) replaced: for a simulator taking writes."""
    shift = 8 * (param.width - 1 - byte_index)
    return (raw & ~(0xFF << shift) & param.max_raw) | ((byte & 0xFF) << shift)


# ------------------------------------------------------------------------------ decoding


_GEN3_ONLY_RECORDS = ("S3", "SRY0", "SRY1")


def decode_settings(records: Mapping[str, Any], *, include_pin: bool = False,
                    generation: Generation | None = None) -> dict[str, Any]:
    """{name: value} from settings records (kind → SettingsRecord).

    A field the device sent as `X`, or left out of a shorter record, is None ("not reported") for
    every row of the device's generation. Rows of another generation are left out. Without
    `generation` the device counts as Gen3 when a Gen3-only record (S3, SRYn) was read; otherwise
    a missing Gen3-only field is left out, since Gen2 sends a shorter S2 [?].
    The PIN is left out unless asked for, so it cannot end up in a log or a file by accident.
    """
    if generation is None and any(kind in records for kind in _GEN3_ONLY_RECORDS):
        generation = Generation.GEN3
    values: dict[str, Any] = {}
    for param in PARAMETERS:
        if not param.readable or param.record not in records:
            continue
        if param.secret and not include_pin:
            continue
        assert param.record is not None and param.field is not None  # (readable says so)
        raw = records[param.record].raw_value(param.field)
        if generation is not None and generation not in param.generations:
            continue
        if raw is None:
            if generation is not None or param.generations == GEN2_AND_GEN3:
                values[param.name] = None
            continue
        values[param.name] = param.to_value(raw)
    return values


# ------------------------------------------------------------------------------ diff


@dataclass(frozen=True)
class Change:
    name: str
    old: Any
    new: Any

    @property
    def parameter(self) -> Parameter:
        return parameter(self.name)

    def __repr__(self) -> str:
        if self.name in SECRET_NAMES:
            return f"Change(name={self.name!r}, old='****', new='****')"
        return f"Change(name={self.name!r}, old={self.old!r}, new={self.new!r})"


def _same(param: Parameter | None, a: Any, b: Any) -> bool:
    """Equal on the device = no change: raw values compared, so 1 over a stored unknown 2 is a change."""
    if param is None or param.kind in (Kind.PIN, Kind.ACTION) or a is None or b is None:
        return a == b
    try:
        return param.raw_of(a) == param.raw_of(b)
    except (InvalidValue, TypeError, ValueError):
        return a == b


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """What writing `new` over `old` would change, in table order. Names missing from `new` are kept.

    A setting the device does not report (None in `old`) or a None in `new` is never a change.
    """
    order = {p.name: i for i, p in enumerate(PARAMETERS)}
    changes = []
    for name in sorted(new, key=lambda n: (order.get(n, len(order)), n)):
        param = _BY_NAME.get(name)
        if param is not None and param.kind == Kind.ACTION:
            if new[name]:
                changes.append(Change(name, None, True))
            continue
        if new[name] is None or (name in old and old[name] is None):
            continue  # not reported: nothing to compare with, nothing to write
        before = old.get(name)
        if name in old and _same(param, before, new[name]):
            continue
        changes.append(Change(name, before, new[name]))
    return changes


def groups(params: Iterable[Parameter] = PARAMETERS) -> dict[str, list[Parameter]]:
    """Rows by group, in table order, for editors."""
    out: dict[str, list[Parameter]] = {}
    for p in params:
        out.setdefault(p.group, []).append(p)
    return out


# ------------------------------------------------------------------- a value's text (window and CLI)


def shown_decimals(param: Parameter) -> int:
    """Digits a value is shown with: what the device's grid really holds. A temperature sits on a
    0.857 °C grid (docs/protocol.md §3.1), so one decimal is honest; 54.995 °C is shown as 55.0 °C."""
    return min(param.decimals, 1) if not param.exact_step else param.decimals


def number_text(param: Parameter, value: float, *, decimal_sign: str = ".", group_sign: str = "") -> str:
    """A number of `param` at its device precision, without its unit. The caller passes its locale's
    decimal sign (and group separator, "" for none), so the window and the command line show the
    same digits: "55.0", "3,650" (German), "655,350" (English, grouped)."""
    text = f"{float(value):,.{shown_decimals(param)}f}"
    if text in ("-0", "-0.0") or (text.startswith("-") and not text.strip("-0.,")):
        text = text[1:]  # (a value that rounds to zero is not negative)
    return text.replace(",", "\0").replace(".", decimal_sign).replace("\0", group_sign)


def value_text(param: Parameter, value: Any, *, decimal_sign: str = ".", group_sign: str = "") -> str:
    """A number of `param` with its unit ("55.0 °C", "3.650 V"); see `number_text`."""
    number = number_text(param, value, decimal_sign=decimal_sign, group_sign=group_sign)
    return f"{number} {param.unit}" if param.unit else number


def snapped(param: Parameter, value: Any) -> Any:
    """What the device will hold instead of `value` when that shows differently at the device's
    precision (T max 50 °C is stored as 49.853 °C, shown 49.9 °C); None when it does not snap, or
    when `value` is not a valid number for `param`."""
    if param.kind != Kind.NUMBER or param.problem(value) is not None:
        return None
    stored = param.quantise(value)
    return stored if number_text(param, value) != number_text(param, stored) else None
