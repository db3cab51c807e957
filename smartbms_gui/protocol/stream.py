"""The live ASCII stream (docs/protocol.md §3.3): records U V T C E M H B.

Records are a letter and `_`-separated hex fields, ended by a space or CR; BLE hands them over in
fragments of at most 20 bytes, several records may share a fragment and one record may span several.
`StreamDecoder` is incremental: feed it bytes in any fragmentation and it yields the same records.
Stream records carry no checksum: the field count and the plausibility of each value are checked,
and what fails is dropped and counted, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import fields as dc_fields
from typing import ClassVar, Union

from . import scaling
from .errors import FieldError, ProtocolError
from .scaling import Generation

# ---- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackRecord:
    letter: ClassVar[str] = "U"
    pack_voltage_v: float
    solar_current_a: float | None  # None: no solar sensor (X)
    battery_current_a: float | None
    load_current_a: float | None


@dataclass(frozen=True, slots=True)
class CellExtremesRecord:
    letter: ClassVar[str] = "V"
    lowest_v: float
    lowest_cell: int
    highest_v: float
    highest_cell: int
    bypass_v: float


@dataclass(frozen=True, slots=True)
class TemperatureRecord:
    letter: ClassVar[str] = "T"
    lowest_c: float
    lowest_cell: int
    highest_c: float
    highest_cell: int
    log_index: int | None = None


@dataclass(frozen=True, slots=True)
class CellRecord:
    letter: ClassVar[str] = "C"
    cell: int  # 1-based; cell 0 is ignored by the decoder
    cell_count: int
    voltage_v: float
    temperature_c: float
    status1: int
    status2: int | None = None


@dataclass(frozen=True, slots=True)
class EnergyRecord:
    letter: ClassVar[str] = "E"
    solar_today_wh: float
    stored_wh: float
    consumed_today_wh: float
    soc_pct: float


@dataclass(frozen=True, slots=True)
class TotalsRecord:
    letter: ClassVar[str] = "M"
    solar_total_kwh: float
    consumed_total_kwh: float
    clock: str  # "hh:mm", the device's clock


@dataclass(frozen=True, slots=True)
class HealthRecord:
    letter: ClassVar[str] = "H"
    soh_pct: float | None  # None: 255 = not available
    measured_capacity_wh: float | None
    measured_charge_capacity_wh: float | None
    efficiency_pct: float | None
    charge_cycles: float | None  # [R] sent as cycles x 100
    discharge_cycles: float | None


@dataclass(frozen=True, slots=True)
class BalanceRecord:
    letter: ClassVar[str] = "B"
    charged_total_kwh: float | None
    discharged_total_kwh: float | None
    charged_today_kwh: float | None  # [R] sent as Wh, i.e. kWh x 1000
    discharged_today_kwh: float | None


@dataclass(frozen=True, slots=True)
class ReplyLine:
    """Anything on the line that is not a stream record: a command echo, `OK`/`KO`/`NA`/`WRONG`,
    or the body of a settings record. The device client decides what it means."""

    text: str


StreamRecord = Union[PackRecord, CellExtremesRecord, TemperatureRecord, CellRecord, EnergyRecord,
                     TotalsRecord, HealthRecord, BalanceRecord]
RECORD_TYPES: tuple[type, ...] = (PackRecord, CellExtremesRecord, TemperatureRecord, CellRecord,
                                  EnergyRecord, TotalsRecord, HealthRecord, BalanceRecord)
RECORD_BY_LETTER = {cls.letter: cls for cls in RECORD_TYPES}

# ---- field tables -------------------------------------------------------------------------------
# Each field: (name, kind, (low, high)). kinds: "volt" cell-scale voltage, "temp", "amp" (generation
# scale, signed), "int" plain, "scaled:<factor>". Ranges are plausibility bounds in SI units.

_VOLT_RANGE = (0.0, 6.5)
_TEMP_RANGE = (-60.0, 150.0)
_CELL_RANGE = (0, 255)

FIELD_TABLE: dict[str, tuple[tuple[str, str, tuple[float, float] | None, bool], ...]] = {
    # name, kind, plausible range, may be X
    "U": (("pack_voltage_v", "volt", (0.0, 255 * 6.5), False),
          ("solar_current_a", "amp", (-5000.0, 5000.0), True),
          ("battery_current_a", "amp", (-5000.0, 5000.0), True),
          ("load_current_a", "amp", (-5000.0, 5000.0), True)),
    "V": (("lowest_v", "volt", _VOLT_RANGE, False), ("lowest_cell", "int", _CELL_RANGE, False),
          ("highest_v", "volt", _VOLT_RANGE, False), ("highest_cell", "int", _CELL_RANGE, False),
          ("bypass_v", "volt", _VOLT_RANGE, False)),
    "T": (("lowest_c", "temp", _TEMP_RANGE, False), ("lowest_cell", "int", _CELL_RANGE, False),
          ("highest_c", "temp", _TEMP_RANGE, False), ("highest_cell", "int", _CELL_RANGE, False),
          ("log_index", "int", (0, 255), True)),
    "C": (("cell", "int", _CELL_RANGE, False), ("cell_count", "int", (1, 255), False),
          ("voltage_v", "volt", _VOLT_RANGE, False), ("temperature_c", "temp", _TEMP_RANGE, False),
          ("status1", "int", (0, 255), False), ("status2", "int", (0, 255), True)),
    "E": (("solar_today_wh", "int", (0, 1e9), False), ("stored_wh", "int", (0, 1e9), False),
          ("consumed_today_wh", "int", (0, 1e9), False), ("soc_pct", "int", (0, 100), False)),
    "M": (("solar_total_kwh", "int", (0, 1e9), False), ("consumed_total_kwh", "int", (0, 1e9), False),
          ("clock", "clock", None, False)),
    "H": (("soh_pct", "soh", (0, 100), True), ("measured_capacity_wh", "int", (0, 1e9), True),
          ("measured_charge_capacity_wh", "int", (0, 1e9), True), ("efficiency_pct", "int", (0, 255), True),
          ("charge_cycles", "scaled:0.01", (0, 1e7), True), ("discharge_cycles", "scaled:0.01", (0, 1e7), True)),
    "B": (("charged_total_kwh", "int", (0, 1e9), True), ("discharged_total_kwh", "int", (0, 1e9), True),
          ("charged_today_kwh", "scaled:0.001", (0, 1e6), True),
          ("discharged_today_kwh", "scaled:0.001", (0, 1e6), True)),
}
# Trailing optional fields: (minimum, maximum) field count per letter.
FIELD_COUNTS = {"U": (4, 4), "V": (5, 5), "T": (4, 5), "C": (5, 6), "E": (4, 4), "M": (3, 3),
                "H": (6, 6), "B": (4, 4)}
RECORD_LETTERS = frozenset(FIELD_TABLE)
_LETTER_BYTES = frozenset(ord(c) for c in RECORD_LETTERS)
_SIGNED_KINDS = {"amp"}
_WHITESPACE = frozenset(b" \t\n\r\x0b\x0c")  # what bytes.split() splits on


def _converter(kind: str, generation: Generation) -> tuple[Callable[[int], object], Callable[[object], int]]:
    if kind == "volt":
        return scaling.cell_voltage_v, scaling.cell_voltage_raw
    if kind == "temp":
        return scaling.temperature_c, scaling.temperature_raw
    if kind == "amp":
        step = scaling.CURRENT_AMP_PER_LSB[generation]
        return (lambda raw: raw * step), (lambda amps: int(round(amps / step)))
    if kind.startswith("scaled:"):
        factor = float(kind.split(":", 1)[1])
        return (lambda raw: raw * factor), (lambda value: int(round(value / factor)))
    if kind == "soh":
        return float, lambda v: int(round(v))
    return (lambda raw: raw), (lambda value: int(round(value)))


def _parse_clock(text: bytes) -> str:
    s = text.decode("ascii")
    hh, sep, mm = s.partition(":")
    if not sep or not (hh.isdigit() and mm.isdigit()) or int(hh) > 23 or int(mm) > 59:
        raise FieldError(f"not a clock hh:mm: {s!r}", record="M", field="clock")
    return f"{int(hh):02d}:{int(mm):02d}"


class _RecordParser:
    """Field conversion for one letter and generation, precomputed for speed."""

    __slots__ = ("letter", "cls", "specs", "min_fields", "max_fields")

    def __init__(self, letter: str, generation: Generation) -> None:
        self.letter = letter
        self.cls = RECORD_BY_LETTER[letter]
        self.min_fields, self.max_fields = FIELD_COUNTS[letter]
        self.specs = tuple((name, kind, _converter(kind, generation)[0], bounds, optional)
                           for name, kind, bounds, optional in FIELD_TABLE[letter])

    def parse(self, parts: list[bytes]) -> StreamRecord:
        n = len(parts)
        if n < self.min_fields or n > self.max_fields:
            raise FieldError(f"{n} fields, expected {self.min_fields}..{self.max_fields}", record=self.letter)
        values = []
        for (name, kind, convert, bounds, optional), text in zip(self.specs, parts):
            if kind == "clock":
                values.append(_parse_clock(text))
                continue
            if text[:1] == b"X":
                if not optional:
                    raise FieldError("value not available", record=self.letter, field=name)
                values.append(None)
                continue
            if kind not in _SIGNED_KINDS and text[:1] in (b"+", b"-"):
                # Only currents are signed; a sign elsewhere is a corrupt field.
                if text[:1] == b"-":
                    raise FieldError("negative value", record=self.letter, field=name)
            try:
                raw = int(text, 16)
            except ValueError:
                raise FieldError(f"not a hex number: {text[:12]!r}", record=self.letter, field=name) from None
            if kind == "soh" and raw == 255:
                values.append(None)
                continue
            value = convert(raw)
            if bounds is not None and not (bounds[0] <= value <= bounds[1]):
                raise FieldError(f"implausible value {value}", record=self.letter, field=name)
            values.append(value)
        record = self.cls(*values)
        if self.letter == "C" and record.cell > record.cell_count:
            raise FieldError(f"cell {record.cell} of {record.cell_count}", record="C", field="cell")
        return record


def _fast_parsers(generation: Generation) -> dict[bytes, Callable[[bytes], StreamRecord | None]]:
    """Specialised parsers for the frequent letters, keyed by the token's first two bytes.

    Each returns the record only when every field is a plain hex number within its plausibility
    range (and, for C, the cell is 1..cell count); otherwise None, and the token takes the generic
    `_RecordParser` path, which accepts or rejects it with the precise error. The arithmetic is the
    same as in `scaling`, so both paths give identical values (a test compares them).
    """
    volt_step = scaling.CELL_VOLT_PER_LSB
    t_slope, t_offset = scaling.TEMP_SLOPE, scaling.TEMP_OFFSET
    amp_step = scaling.CURRENT_AMP_PER_LSB[generation]
    spec = {letter: {name: (bounds, optional) for name, _k, bounds, optional in table}
            for letter, table in FIELD_TABLE.items()}
    v_lo, v_hi = _VOLT_RANGE
    t_lo, t_hi = _TEMP_RANGE
    pack_lo, pack_hi = spec["U"]["pack_voltage_v"][0]
    amp_lo, amp_hi = spec["U"]["battery_current_a"][0]
    cell_hi = _CELL_RANGE[1]
    wh_hi = spec["E"]["stored_wh"][0][1]
    soc_hi = spec["E"]["soc_pct"][0][1]
    status_hi = spec["C"]["status1"][0][1]
    log_hi = spec["T"]["log_index"][0][1]
    make_u, make_v, make_t, make_c, make_e = (PackRecord, CellExtremesRecord, TemperatureRecord,
                                              CellRecord, EnergyRecord)

    def cell(token: bytes) -> StreamRecord | None:
        if b"X" in token or b"-" in token:
            return None
        parts = token.split(b"_")
        try:
            if len(parts) == 6:
                _, a, b, c, d, e = parts
                status2 = None
            elif len(parts) == 7:
                _, a, b, c, d, e, f = parts
                status2 = int(f, 16)
                if status2 > status_hi:
                    return None
            else:
                return None
            number, count, status1 = int(a, 16), int(b, 16), int(e, 16)
            volts = int(c, 16) * volt_step
            temp = int(d, 16) * t_slope + t_offset
        except ValueError:
            return None
        if (0 < number <= count <= cell_hi and status1 <= status_hi and v_lo <= volts <= v_hi
                and t_lo <= temp <= t_hi):
            return make_c(number, count, volts, temp, status1, status2)
        return None

    def pack(token: bytes) -> StreamRecord | None:
        if b"X" in token:
            return None
        parts = token.split(b"_")
        if len(parts) != 5 or parts[1][:1] == b"-":
            return None
        try:
            volts = int(parts[1], 16) * volt_step
            solar = int(parts[2], 16) * amp_step
            battery = int(parts[3], 16) * amp_step
            load = int(parts[4], 16) * amp_step
        except ValueError:
            return None
        if (pack_lo <= volts <= pack_hi and amp_lo <= solar <= amp_hi and amp_lo <= battery <= amp_hi
                and amp_lo <= load <= amp_hi):
            return make_u(volts, solar, battery, load)
        return None

    def extremes(token: bytes) -> StreamRecord | None:
        if b"X" in token or b"-" in token:
            return None
        parts = token.split(b"_")
        if len(parts) != 6:
            return None
        try:
            low = int(parts[1], 16) * volt_step
            low_cell = int(parts[2], 16)
            high = int(parts[3], 16) * volt_step
            high_cell = int(parts[4], 16)
            bypass = int(parts[5], 16) * volt_step
        except ValueError:
            return None
        if (v_lo <= low <= v_hi and v_lo <= high <= v_hi and v_lo <= bypass <= v_hi
                and low_cell <= cell_hi and high_cell <= cell_hi):
            return make_v(low, low_cell, high, high_cell, bypass)
        return None

    def temperatures(token: bytes) -> StreamRecord | None:
        if b"X" in token or b"-" in token:
            return None
        parts = token.split(b"_")
        n = len(parts)
        if n != 5 and n != 6:
            return None
        try:
            low = int(parts[1], 16) * t_slope + t_offset
            low_cell = int(parts[2], 16)
            high = int(parts[3], 16) * t_slope + t_offset
            high_cell = int(parts[4], 16)
            log_index = int(parts[5], 16) if n == 6 else None
        except ValueError:
            return None
        if (t_lo <= low <= t_hi and t_lo <= high <= t_hi and low_cell <= cell_hi and high_cell <= cell_hi
                and (log_index is None or log_index <= log_hi)):
            return make_t(low, low_cell, high, high_cell, log_index)
        return None

    def energy(token: bytes) -> StreamRecord | None:
        if b"X" in token or b"-" in token:
            return None
        parts = token.split(b"_")
        if len(parts) != 5:
            return None
        try:
            solar, stored, consumed, soc = (int(parts[1], 16), int(parts[2], 16), int(parts[3], 16),
                                            int(parts[4], 16))
        except ValueError:
            return None
        if solar <= wh_hi and stored <= wh_hi and consumed <= wh_hi and soc <= soc_hi:
            return make_e(solar, stored, consumed, soc)
        return None

    return {b"C_": cell, b"U_": pack, b"V_": extremes, b"T_": temperatures, b"E_": energy}


class StreamDecoder:
    """Incremental decoder of the live stream; never raises on bad input."""

    MAX_PENDING = 4096  # a token longer than this without a terminator is garbage

    def __init__(self, generation: Generation = Generation.GEN2) -> None:
        self.generation = Generation(generation)
        self._parsers = {ord(letter): _RecordParser(letter, self.generation) for letter in RECORD_LETTERS}
        self._fast = _fast_parsers(self.generation)
        self._pending = b""
        self.records = 0
        self.dropped = 0
        self.ignored_cells = 0
        self.last_error: ProtocolError | None = None

    def reset(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[StreamRecord | ReplyLine]:
        pending = self._pending
        buf = pending + data if pending else data
        tokens = buf.split()
        if tokens and buf[-1] not in _WHITESPACE:
            pending = tokens.pop()
            if len(pending) > self.MAX_PENDING:
                self._count_error(FieldError("over-long token without terminator dropped", record="stream"))
                pending = b""
            self._pending = pending
        else:
            self._pending = b""
        out: list[StreamRecord | ReplyLine] = []
        append = out.append
        fast = self._fast
        accepted = 0
        for token in tokens:
            # Hot path: a well-formed, plausible record of a frequent letter. Anything else (or a
            # record the fast parser is unsure of) goes the full way, which gives the same result.
            parse = fast.get(token[:2])
            if parse is not None:
                record = parse(token)
                if record is not None:
                    append(record)
                    accepted += 1
                    continue
            self._decode_token(token, out)
        self.records += accepted
        return out

    def flush(self) -> list[StreamRecord | ReplyLine]:
        """Treat what is pending as complete (end of a recording)."""
        out: list[StreamRecord | ReplyLine] = []
        if self._pending:
            token, self._pending = self._pending, b""
            self._decode_token(token, out)
        return out

    def _decode_token(self, token: bytes, out: list) -> None:
        parser = self._parsers.get(token[0]) if len(token) > 1 and token[1] == 0x5F else None
        if parser is not None:
            try:
                self._accept(parser.parse(token[2:].split(b"_")), out)
                return
            except ProtocolError as exc:
                self._count_error(exc)
            except (ValueError, UnicodeDecodeError) as exc:
                self._count_error(FieldError(str(exc), record=chr(token[0])))
        else:
            # Not a stream record: an echo, a result word or a settings record body.
            out.append(ReplyLine(token.decode("latin-1")))
        recovered = self._record_inside(token)
        if recovered is not None:
            self._accept(recovered, out)

    def _record_inside(self, token: bytes) -> StreamRecord | None:
        """A record glued behind garbage (noise ate its terminator): the first record start inside
        the token that parses completely."""
        for i in range(1, len(token) - 1):
            if token[i + 1] == 0x5F and token[i] in self._parsers:
                try:
                    return self._parsers[token[i]].parse(token[i + 2:].split(b"_"))
                except (ProtocolError, ValueError, UnicodeDecodeError):
                    continue
        return None

    def _accept(self, record: StreamRecord, out: list) -> None:
        if type(record) is CellRecord and record.cell == 0:
            self.ignored_cells += 1  # [R] cell 0 is ignored
            return
        self.records += 1
        out.append(record)

    def _count_error(self, exc: ProtocolError) -> None:
        self.dropped += 1
        self.last_error = exc


# ---- encoding (the simulator and tests) -----------------------------------------------------------

_FIELD_WIDTH = {"volt": 4, "temp": 4, "amp": 4, "int": 4, "soh": 2}


def encode_stream_record(record: StreamRecord, generation: Generation = Generation.GEN2) -> str:
    """The record as the device sends it, without the terminating space/CR."""
    letter = record.letter
    parts = [letter]
    values = [getattr(record, f.name) for f in dc_fields(record)]
    lo, hi = FIELD_COUNTS[letter]
    for (name, kind, _bounds, _optional), value in zip(FIELD_TABLE[letter], values):
        if kind == "clock":
            parts.append(str(value))
            continue
        if value is None:
            if len(parts) - 1 >= lo and name == FIELD_TABLE[letter][-1][0] and hi > lo:
                break  # optional trailing field left out
            parts.append("X" if kind != "soh" else "FF")
            continue
        raw = _converter(kind, Generation(generation))[1](value)
        if kind in _SIGNED_KINDS:
            parts.append(("-" if raw < 0 else "+") + format(abs(raw), "04X"))
        else:
            parts.append(format(raw, f"0{_FIELD_WIDTH.get(kind, 4)}X"))
    return "_".join(parts)
