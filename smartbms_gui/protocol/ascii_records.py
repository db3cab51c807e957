"""Settings records: the replies to `V@ S1@ S2@ S3@ SRYn@ TS@ Ln@ Hk@` (docs/protocol.md §3.1, 3.4).

A record is `_`-separated hex fields followed by a checksum field. Each record kind is described by a
field table (name, index, unit, conversion); parsing and encoding are generic over that table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial
from typing import Any

from . import params, scaling
from .errors import ChecksumError, FieldError
from .hex_fields import format_hex_field, parse_hex_field

# --- checksum -----------------------------------------------------------------------------------


def record_checksum(text_before_last_underscore: str) -> int:
    """Sum of the character codes before the last `_`, not counting the `_` themselves, & 0xFF."""
    return sum(ord(c) for c in text_before_last_underscore if c != "_") & 0xFF


def _split_checked(kind: str, line: str) -> list[str]:
    text = line.strip()
    if "_" not in text:
        raise FieldError("no checksum field", record=kind, field="checksum")
    body, _, check_text = text.rpartition("_")
    try:
        check = int(check_text, 16)
    except ValueError:
        raise FieldError(f"checksum is not hex: {check_text!r}", record=kind, field="checksum") from None
    expected = record_checksum(body)
    if check != expected:
        raise ChecksumError(f"checksum {check:02X} does not match content ({expected:02X})",
                            record=kind, field="checksum")
    return body.split("_") if body else []


def _with_checksum(body: str) -> str:
    return f"{body}_{record_checksum(body):02X}"


# --- field tables ---------------------------------------------------------------------------------
# Built from the parameter table (protocol/params.py): every setting row says its record, its field
# position and its hex width. The few fields that are in a record but are no setting are listed here.


def _identity(raw: int) -> float:
    return float(raw)


def _raw_identity(value: float) -> int:
    return int(round(value))


@dataclass(frozen=True)
class RecordField:
    name: str
    index: int
    unit: str
    to_value: Callable[[int], Any] = _identity
    to_raw: Callable[[Any], int] = _raw_identity
    width: int = 4  # hex digits when encoding
    secret: bool = False  # never shown in repr or logs


#: fields of the settings records that are not settings: (record, position, name); kept raw.
#: [R] V@: [0] firmware, [3] status, [4] the balance voltage (a setting: V bypass); [1], [2] unknown.
RECORD_ONLY_FIELDS: tuple[tuple[str, int, str], ...] = (
    ("V", 0, "firmware"),
    ("V", 1, "unknown1"),
    ("V", 2, "unknown2"),
    ("V", 3, "status"),
)


def _setting_field(param: params.Parameter) -> RecordField:
    """A setting's field, converted as the table says. Numbers are not rounded to the row's decimals
    here (`SettingsRecord.value` gives the plain SI value); on/off and choice fields stay raw codes."""
    assert param.field is not None and param.index is not None, param.name
    to_value: Callable[[int], Any] = _identity
    to_raw: Callable[[Any], int] = _raw_identity
    if param.kind == params.Kind.NUMBER:
        scale, offset = param.scale, param.offset

        def to_value(raw: int) -> Any:
            return raw * scale + offset

        def to_raw(value: Any) -> int:
            return int(round((float(value) - offset) / scale))
    elif param.kind == params.Kind.PIN:
        to_value, to_raw = param.to_value, partial(param.codec.to_raw, param)
    return RecordField(param.field, param.index, param.unit, to_value, to_raw, param.digits, param.secret)


def _record_fields() -> dict[str, tuple[RecordField, ...]]:
    fields: dict[str, list[RecordField]] = {}
    for record, index, name in RECORD_ONLY_FIELDS:
        fields.setdefault(record, []).append(RecordField(name, index, ""))
    for param in params.PARAMETERS:
        if param.readable:
            assert param.record is not None
            fields.setdefault(param.record, []).append(_setting_field(param))
    order = ("V", "S1", "S2", "S3", "SRY0", "SRY1")
    return {kind: tuple(sorted(fields[kind], key=lambda f: f.index))
            for kind in sorted(fields, key=lambda k: (order.index(k) if k in order else len(order), k))}


RECORD_FIELDS: dict[str, tuple[RecordField, ...]] = _record_fields()

# Fields a device must send; later ones are optional and read as "not reported" (`raw_value` → None).
# Gen2 sends a shorter S2 [?]; older Gen3 firmware sends fewer S3 fields: 2 or more are accepted
# (docs/protocol.md §3.1).
REQUIRED_FIELDS = {"V": 5, "S1": 4, "S2": 6, "S3": 2, "SRY0": 3, "SRY1": 3}
SETTINGS_KINDS = tuple(RECORD_FIELDS)


def _field_spec(kind: str, name: str) -> RecordField:
    for spec in RECORD_FIELDS[kind]:
        if spec.name == name:
            return spec
    raise KeyError(f"record {kind} has no field {name!r}")


@dataclass(frozen=True)
class SettingsRecord:
    """One parsed settings record: the raw integers in field order (`None` = not available)."""

    kind: str
    raw: tuple[int | None, ...]

    def raw_value(self, name: str) -> int | None:
        """The raw field; `None` when the device sent `X` or a shorter record without it."""
        spec = _field_spec(self.kind, name)
        return self.raw[spec.index] if spec.index < len(self.raw) else None

    def value(self, name: str):
        """The field in SI units (V, °C, W, Wh, %, s, A); `None` when not available."""
        spec = _field_spec(self.kind, name)
        raw = self.raw_value(name)
        return None if raw is None else spec.to_value(raw)

    def values(self) -> dict[str, object]:
        return {spec.name: self.value(spec.name) for spec in RECORD_FIELDS[self.kind]
                if spec.index < len(self.raw)}

    def with_raw(self, name: str, raw: int | None) -> SettingsRecord:
        spec = _field_spec(self.kind, name)
        values = list(self.raw)
        values[spec.index] = raw
        return SettingsRecord(self.kind, tuple(values))

    def __repr__(self) -> str:
        shown = []
        for i, raw in enumerate(self.raw):
            specs = [s for s in RECORD_FIELDS[self.kind] if s.index == i]
            name = specs[0].name if specs else f"field{i}"
            shown.append(f"{name}=***" if specs and specs[0].secret else f"{name}={raw}")
        return f"SettingsRecord({self.kind}: {', '.join(shown)})"


def parse_settings_record(kind: str, line: str) -> SettingsRecord:
    if kind not in RECORD_FIELDS:
        raise FieldError(f"unknown settings record {kind!r}", record=kind)
    fields = _split_checked(kind, line)
    if len(fields) < REQUIRED_FIELDS[kind]:
        raise FieldError(f"{len(fields)} fields, expected at least {REQUIRED_FIELDS[kind]}", record=kind)
    names = {s.index: s.name for s in RECORD_FIELDS[kind]}
    raw = tuple(parse_hex_field(text, record=kind, field=names.get(i, f"field{i}"))
                for i, text in enumerate(fields))
    return SettingsRecord(kind, raw)


def encode_settings_record(kind: str, raw: Sequence[int | None]) -> str:
    widths = {s.index: s.width for s in RECORD_FIELDS[kind]}
    body = "_".join(format_hex_field(v, widths.get(i, 4)) for i, v in enumerate(raw))
    return _with_checksum(body)


def raw_from_values(kind: str, values: dict[str, object]) -> tuple[int | None, ...]:
    """Build the raw field list of a record from SI values (missing names → `None`)."""
    specs = RECORD_FIELDS[kind]
    raw: list[int | None] = [None] * (max(s.index for s in specs) + 1)
    for spec in specs:
        if values.get(spec.name) is not None:
            raw[spec.index] = spec.to_raw(values[spec.name])
    return tuple(raw)


# --- TS@: the device clock --------------------------------------------------------------------------


def parse_timestamp(line: str) -> int:
    fields = _split_checked("TS", line)
    if len(fields) != 1:
        raise FieldError(f"{len(fields)} fields, expected 1", record="TS")
    value = parse_hex_field(fields[0], record="TS", field="now")
    if value is None:
        raise FieldError("clock not available", record="TS", field="now")
    return value


def encode_timestamp(now: int) -> str:
    return _with_checksum(format_hex_field(now, 8))


# --- Ln@: the cell event log ----------------------------------------------------------------------


class LogEvent(IntEnum):
    EMPTY = 0
    VOLTAGE_LOW = 1
    VOLTAGE_HIGH = 2
    TEMPERATURE_LOW_CHARGE = 3
    TEMPERATURE_HIGH = 4
    COMMUNICATION = 5
    TEMPERATURE_LOW_DISCHARGE = 6


_VOLTAGE_EVENTS = {LogEvent.VOLTAGE_LOW, LogEvent.VOLTAGE_HIGH}
_TEMPERATURE_EVENTS = {LogEvent.TEMPERATURE_LOW_CHARGE, LogEvent.TEMPERATURE_HIGH,
                       LogEvent.TEMPERATURE_LOW_DISCHARGE}


@dataclass(frozen=True)
class CellLogEntry:
    slot: int
    time: int | None  # device seconds counter when it happened; age = TS now - time (None: sent as X)
    event: LogEvent
    value_raw: int | None  # None: sent as X
    cell: int | None  # None: sent as X

    @property
    def value(self) -> float | None:
        """Volts for voltage events, °C for temperature events, else `None` (also when sent as X)."""
        if self.value_raw is None:
            return None
        if self.event in _VOLTAGE_EVENTS:
            return scaling.cell_voltage_v(self.value_raw)
        if self.event in _TEMPERATURE_EVENTS:
            return scaling.temperature_c(self.value_raw)
        return None

    @property
    def unit(self) -> str:
        if self.event in _VOLTAGE_EVENTS:
            return "V"
        if self.event in _TEMPERATURE_EVENTS:
            return "°C"
        return ""


def parse_cell_log(slot: int, line: str) -> CellLogEntry:
    kind = f"L{slot}"
    fields = _split_checked(kind, line)
    if len(fields) != 4:
        raise FieldError(f"{len(fields)} fields, expected 4", record=kind)
    names = ("time", "type", "value", "cell")
    # `X` (not available) stays None: a time or a value of 0 would be a wrong fact, not a missing one
    time_, type_, value, cell = (parse_hex_field(t, record=kind, field=n) for t, n in zip(fields, names))
    try:
        event = LogEvent(type_) if type_ is not None else None
    except ValueError:
        event = None
    if event is None:
        raise FieldError(f"unknown event type {fields[1]}", record=kind, field="type")
    return CellLogEntry(slot, time_, event, value, cell)


def encode_cell_log(entry: CellLogEntry) -> str:
    body = "_".join((format_hex_field(entry.time, 8), format_hex_field(int(entry.event), 2),
                     format_hex_field(entry.value_raw, 4), format_hex_field(entry.cell, 2)))
    return _with_checksum(body)


# --- Hk@: the 168-hour SoC history -----------------------------------------------------------------

HISTORY_BLOCKS = 14
HISTORY_VALUES_PER_BLOCK = 12
HISTORY_HOURS = HISTORY_BLOCKS * HISTORY_VALUES_PER_BLOCK


@dataclass(frozen=True)
class SocHistoryBlock:
    block: int  # 0..13 (the k of `Hk@`)
    index: int  # the device's ring index at the time of reading
    values: tuple[int | None, ...] = field(default=())  # 12 SoC % values, None = no value


def parse_soc_history(block: int, line: str) -> SocHistoryBlock:
    kind = f"H{block:X}"
    fields = _split_checked(kind, line)
    if len(fields) != 2:
        raise FieldError(f"{len(fields)} fields, expected 2", record=kind)
    index = parse_hex_field(fields[0], record=kind, field="index")
    digits = fields[1]
    if len(digits) != 2 * HISTORY_VALUES_PER_BLOCK:
        raise FieldError(f"{len(digits)} digits, expected 24", record=kind, field="values")
    values: list[int | None] = []
    for i in range(HISTORY_VALUES_PER_BLOCK):
        pair = digits[2 * i: 2 * i + 2]
        if "X" in pair:
            values.append(None)
            continue
        v = parse_hex_field(pair, record=kind, field=f"value{i}")
        values.append(None if v is None or v == 255 else v)
    return SocHistoryBlock(block, index or 0, tuple(values))


def encode_soc_history(block: SocHistoryBlock) -> str:
    digits = "".join("FF" if v is None else format(v, "02X") for v in block.values)
    return _with_checksum(f"{format_hex_field(block.index, 2)}_{digits}")


def assemble_soc_history(blocks: Sequence[SocHistoryBlock]) -> list[int | None]:
    """The 168 hourly SoC values, oldest first.

    [R] The ring's newest value sits at the index the device reports; the oldest is the one after
    it (wrapping 168 to 0).
    """
    ring: list[int | None] = [None] * HISTORY_HOURS
    newest = 0
    for b in blocks:
        for i, v in enumerate(b.values):
            ring[b.block * HISTORY_VALUES_PER_BLOCK + i] = v
        newest = b.index
    start = (newest + 1) % HISTORY_HOURS
    return ring[start:] + ring[:start]
