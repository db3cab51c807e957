"""The live ASCII stream (docs/protocol.md §3.3): records U V T C E M H B.

Records are a letter and `_`-separated hex fields, ended by a space or CR; BLE hands them over in
fragments of at most 20 bytes, several records may share a fragment and one record may span several.
`StreamDecoder` is incremental: feed it bytes in any fragmentation and it yields the same records.
Stream records carry no checksum: the field count and the plausibility of each value are checked,
and what fails is dropped and counted, never raised.

The same bytes carry the answers to commands (echoes, `OK`/`KO`/`NA`/`WRONG`, settings records).
Those come out as `ReplyLine`; a settings record (a `_`-separated field list whose checksum holds,
docs/protocol.md §3.1) is only ever a `ReplyLine`, never a stream record, even when one of its
fields happens to look like a record letter (see `StreamDecoder`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import fields as dc_fields
from typing import Any, ClassVar, NamedTuple

from . import commands, scaling
from .ascii_records import record_checksum
from .errors import FieldError, ProtocolError
from .hex_fields import format_hex_clock, is_field, parse_hex_clock
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


StreamRecord = (PackRecord | CellExtremesRecord | TemperatureRecord | CellRecord | EnergyRecord
                | TotalsRecord | HealthRecord | BalanceRecord)
RECORD_TYPES: tuple[type[StreamRecord], ...] = (PackRecord, CellExtremesRecord, TemperatureRecord, CellRecord,
                                  EnergyRecord, TotalsRecord, HealthRecord, BalanceRecord)
RECORD_BY_LETTER = {cls.letter: cls for cls in RECORD_TYPES}

# ---- field tables -------------------------------------------------------------------------------
# kinds: "volt" cell-scale voltage (x 5 mV), "temp", "amp" (generation scale, signed), "int" plain,
# "scaled:<factor>", "soh" (255 = not available), "clock" (hh:mm in hex).
#
# width: the simulator's encoder writes the field with this many hex digits. Width 2 marks a byte
# written as exactly two digits (a value above FF is refused): the C record's cell number and count
# are read at fixed positions by other clients [R] (docs/protocol.md §3.3). Width 4 is a minimum
# (bigger counters take more digits). The reference example `U_2A30_X_+0010_-0004` fixes U's widths;
# the other widths are [?] (not published): bytes as 2 digits, 16-bit and larger values as 4. The
# decoder does not depend on widths: it splits on `_`.


class Field(NamedTuple):
    name: str
    kind: str
    bounds: tuple[float, float] | None  # plausible range in SI units
    optional: bool  # may be `X` (or left off at the end, see FIELD_COUNTS)
    width: int


_VOLT_RANGE = (0.0, 6.5)
_TEMP_RANGE = (-60.0, 150.0)
_CELL_RANGE = (0, 255)
_AMP_RANGE = (-5000.0, 5000.0)
_COUNTER = (0, 1e9)

FIELD_TABLE: dict[str, tuple[Field, ...]] = {
    # [?] U's pack voltage is read x 5 mV like a cell voltage: docs/protocol.md §3.3 states no scale.
    # Evidence: the reference's own example U_2A30 = 10800 x 5 mV = 54.0 V (a 16-cell LFP pack);
    # the serial frame's pack voltage is x 5 mV [U] (§4); and an independent public client reads U
    # x 5 mV, its recorded pack voltage equal to the sum of its recorded cell voltages.
    "U": (Field("pack_voltage_v", "volt", (0.0, 255 * 6.5), False, 4),
          Field("solar_current_a", "amp", _AMP_RANGE, True, 4),
          Field("battery_current_a", "amp", _AMP_RANGE, True, 4),
          Field("load_current_a", "amp", _AMP_RANGE, True, 4)),
    "V": (Field("lowest_v", "volt", _VOLT_RANGE, False, 4),
          Field("lowest_cell", "int", _CELL_RANGE, False, 2),
          Field("highest_v", "volt", _VOLT_RANGE, False, 4),
          Field("highest_cell", "int", _CELL_RANGE, False, 2),
          Field("bypass_v", "volt", _VOLT_RANGE, False, 4)),
    "T": (Field("lowest_c", "temp", _TEMP_RANGE, False, 4),
          Field("lowest_cell", "int", _CELL_RANGE, False, 2),
          Field("highest_c", "temp", _TEMP_RANGE, False, 4),
          Field("highest_cell", "int", _CELL_RANGE, False, 2),
          Field("log_index", "int", (0, 255), True, 2)),
    "C": (Field("cell", "int", _CELL_RANGE, False, 2),
          Field("cell_count", "int", (1, 255), False, 2),
          Field("voltage_v", "volt", _VOLT_RANGE, False, 4),
          Field("temperature_c", "temp", _TEMP_RANGE, False, 4),
          Field("status1", "int", (0, 255), False, 2),
          Field("status2", "int", (0, 255), True, 2)),
    "E": (Field("solar_today_wh", "int", _COUNTER, False, 4), Field("stored_wh", "int", _COUNTER, False, 4),
          Field("consumed_today_wh", "int", _COUNTER, False, 4), Field("soc_pct", "int", (0, 100), False, 2)),
    "M": (Field("solar_total_kwh", "int", _COUNTER, False, 4),
          Field("consumed_total_kwh", "int", _COUNTER, False, 4),
          Field("clock", "clock", None, False, 5)),
    # [?] The unit of H's measured capacities is not published: read as Wh, the unit the reference
    # gives for the energies of E (§3.3), which the device counts in.
    "H": (Field("soh_pct", "soh", (0, 100), True, 2), Field("measured_capacity_wh", "int", _COUNTER, True, 4),
          Field("measured_charge_capacity_wh", "int", _COUNTER, True, 4),
          Field("efficiency_pct", "int", (0, 255), True, 2),
          Field("charge_cycles", "scaled:0.01", (0, 1e7), True, 4),
          Field("discharge_cycles", "scaled:0.01", (0, 1e7), True, 4)),
    # [?] B's units are not published. Totals read as kWh: the same counters travel in the serial
    # frame's keys 10-15 as kWh [U] (§4), and the maker's own serial driver shows them as kWh; the
    # day values are "/ 1000" in the reference, i.e. sent in Wh.
    "B": (Field("charged_total_kwh", "int", _COUNTER, True, 4),
          Field("discharged_total_kwh", "int", _COUNTER, True, 4),
          Field("charged_today_kwh", "scaled:0.001", (0, 1e6), True, 4),
          Field("discharged_today_kwh", "scaled:0.001", (0, 1e6), True, 4)),
}
# Trailing optional fields: (minimum, maximum) field count per letter.
FIELD_COUNTS = {"U": (4, 4), "V": (5, 5), "T": (4, 5), "C": (5, 6), "E": (4, 4), "M": (3, 3),
                "H": (6, 6), "B": (4, 4)}
RECORD_LETTERS = frozenset(FIELD_TABLE)
_LETTER_BYTES = frozenset(ord(c) for c in RECORD_LETTERS)
_MAX_FIELDS = max(hi for _lo, hi in FIELD_COUNTS.values())
_SIGNED_KINDS = {"amp"}
_WHITESPACE = frozenset(b" \t\n\r\x0b\x0c")  # what bytes.split() splits on
_FIRST_WHITESPACE = re.compile(rb"[ \t\n\r\x0b\x0c]")
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")
_NOT_FIELD_CHAR = re.compile(rb"[^0-9A-Fa-fX+\-_]")  # a byte that no field list holds
# The longest settings record (S3: 12 fields and a checksum, Hk: 24 digits) is under 64 bytes;
# anything much longer is not one, whatever its last field says.
MAX_SETTINGS_REPLY = 128
_RESULT_WORDS = frozenset((b"OK", b"KO", b"NA", b"WRONG"))
_READ_ECHOES = frozenset(kind.encode("ascii") + b"@" for kind in commands.READABLE_RECORDS)


def _converter(kind: str, generation: Generation) -> tuple[Callable[[int], Any], Callable[[Any], int]]:
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
    """`M`'s clock, hex on the wire (`0C:1E`), as the time of day it means ("12:30")."""
    try:
        s = text.decode("ascii")
    except UnicodeDecodeError:
        raise FieldError(f"not a clock hh:mm: {text[:12]!r}", record="M", field="clock") from None
    hours, minutes = parse_hex_clock(s)
    return f"{hours:02d}:{minutes:02d}"


def is_settings_reply(token: bytes) -> bool:
    """True when `token` is a settings record as §3.1 describes it: `_`-separated fields (hex, `X…`,
    signed hex) whose last field is a checksum (1-2 hex digits) that holds, at most
    `MAX_SETTINGS_REPLY` bytes long."""
    if len(token) > MAX_SETTINGS_REPLY or _NOT_FIELD_CHAR.search(token):
        return False
    body, sep, check = token.rpartition(b"_")
    if not sep or not body or not 1 <= len(check) <= 2 or not all(c in _HEX_DIGITS for c in check):
        return False
    if not all(is_field(f) for f in body.split(b"_")):
        return False
    return int(check, 16) == record_checksum(body.decode("ascii"))


class _RecordParser:
    """Field conversion for one letter and generation, precomputed for speed."""

    __slots__ = ("letter", "cls", "specs", "min_fields", "max_fields")

    def __init__(self, letter: str, generation: Generation) -> None:
        self.letter = letter
        self.cls = RECORD_BY_LETTER[letter]
        self.min_fields, self.max_fields = FIELD_COUNTS[letter]
        self.specs = tuple((f.name, f.kind, _converter(f.kind, generation)[0], f.bounds, f.optional)
                           for f in FIELD_TABLE[letter])

    def parse(self, parts: list[bytes]) -> StreamRecord:
        n = len(parts)
        if n < self.min_fields or n > self.max_fields:
            raise FieldError(f"{n} fields, expected {self.min_fields}..{self.max_fields}", record=self.letter)
        values: list[Any] = []
        for (name, kind, convert, bounds, optional), text in zip(self.specs, parts):
            if kind == "clock":
                values.append(_parse_clock(text))
                continue
            if text[:1] == b"X":
                if not optional:
                    raise FieldError("value not available", record=self.letter, field=name)
                values.append(None)
                continue
            if kind not in _SIGNED_KINDS and text[:1] == b"-":
                # Only currents are signed; a minus elsewhere is a corrupt field (a plus is harmless).
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
        if isinstance(record, CellRecord) and record.cell > record.cell_count:
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
    spec: dict[str, dict[str, Any]] = {letter: {f.name: (f.bounds, f.optional) for f in table}
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
    """Incremental decoder of the live stream; never raises on bad input.

    How a token (the bytes between two terminators) is read:

    - longer than `MAX_TOKEN`: dropped whole and counted, before any decoding (bounded work);
    - a stream record (letter, `_`, the letter's fields, plausible): that record;
    - a settings record (a field list whose §3.1 checksum holds): a `ReplyLine` and nothing else.
      While a read's answer is awaited (the echo of a read such as `S2@` was seen, or
      `expect_reply()` was called) the checksum is tried first, so a settings record is never
      taken for a stream record even when its first field looks like one (S3 with sensor code 11
      sent unpadded reads `B_…`). Without that context a token that is both a plausible stream
      record and checksum-correct is a record: a real C record passes the settings checksum by
      chance about once in 256, and the stream is what the device is sending then;
    - starting with a record letter and `_` but broken: dropped and counted (or, when its checksum
      holds, a `ReplyLine`: see above);
    - anything else (echo, result word, damaged settings record): a `ReplyLine`.

    A record whose terminator was eaten may be glued behind other bytes; it is recovered from the
    end of the token (`_record_inside`), but only behind bytes that cannot be a settings record's
    fields: inside a `_`-separated hex field list (a settings reply such as S2 with V low `026B`),
    a `B_…` is a field ending in B, not a record. The price: a record glued behind garbage made
    only of field characters (hex digits, `X`, `+`, `-`, `_`) is lost: the whole token is one
    `ReplyLine`.
    """

    MAX_TOKEN = 4096  # a token longer than this is garbage (the longest record is ~35 bytes)
    MAX_PENDING = MAX_TOKEN  # the unterminated tail is held up to the same limit
    REPLY_WINDOW = 256  # tokens after a read's echo within which its answer is expected

    def __init__(self, generation: Generation = Generation.GEN2) -> None:
        self.generation = Generation(generation)
        self._parsers = {ord(letter): _RecordParser(letter, self.generation) for letter in RECORD_LETTERS}
        self._fast = _fast_parsers(self.generation)
        self._pending = b""
        self._discarding = False  # inside an over-long token: skip to its terminator
        self._reply_window = 0  # > 0 while a settings record is expected
        self.records = 0
        self.dropped = 0
        self.ignored_cells = 0
        self.overlong = 0  # of `dropped`: tokens longer than MAX_TOKEN
        self.last_error: ProtocolError | None = None

    def reset(self) -> None:
        self._pending = b""
        self._discarding = False
        self._reply_window = 0

    def expect_reply(self) -> None:
        """A read command was sent: the next settings record is its answer (see the class doc).
        The command's echo does the same; this covers a device that does not echo."""
        self._reply_window = self.REPLY_WINDOW

    def feed(self, data: bytes) -> list[StreamRecord | ReplyLine]:
        if self._discarding:
            end = _FIRST_WHITESPACE.search(data)
            if end is None:
                return []
            self._discarding = False
            data = data[end.start():]
        pending = self._pending
        buf = pending + data if pending else data
        tokens = buf.split()
        if tokens and buf[-1] not in _WHITESPACE:
            pending = tokens.pop()
            if len(pending) > self.MAX_PENDING:
                self._count_overlong()
                pending = b""
                self._discarding = True
            self._pending = pending
        else:
            self._pending = b""
        out: list[StreamRecord | ReplyLine] = []
        append = out.append
        fast = self._fast
        limit = self.MAX_TOKEN
        accepted = 0
        for token in tokens:
            if len(token) > limit:
                self._count_overlong()
                continue
            if not self._reply_window:
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
        self._discarding = False
        if self._pending:
            token, self._pending = self._pending, b""
            self._decode_token(token, out)
        return out

    def _decode_token(self, token: bytes, out: list) -> None:
        awaiting = self._reply_window > 0
        if awaiting:
            self._reply_window -= 1
        parser = self._parsers.get(token[0]) if len(token) > 1 and token[1] == 0x5F else None
        if parser is not None:
            if awaiting and is_settings_reply(token):
                self._reply(token, out)
                return
            try:
                self._accept(parser.parse(token[2:].split(b"_")), out)
                return
            except ProtocolError as exc:
                error = exc
            except (ValueError, UnicodeDecodeError) as exc:
                error = FieldError(str(exc), record=chr(token[0]))
            if is_settings_reply(token):
                self._reply(token, out)  # a settings record whose first field reads like a letter
                return
            self._count_error(error)
            recovered = self._record_inside(token, 1)
        else:
            # Not a stream record: an echo, a result word or a settings record body.
            self._reply(token, out)
            recovered = self._record_inside(token, self._field_list_end(token))
        if recovered is not None:
            self._accept(recovered, out)

    def _reply(self, token: bytes, out: list) -> None:
        out.append(ReplyLine(token.decode("latin-1")))
        if token in _READ_ECHOES:
            self._reply_window = self.REPLY_WINDOW  # the echo of a read: its answer follows
        elif b"_" in token or token in _RESULT_WORDS:
            self._reply_window = 0  # the answer (or a refusal) came

    @staticmethod
    def _field_list_end(token: bytes) -> int:
        """Where the leading run of field characters (hex, X, +, -, _) ends. A record letter inside
        that run belongs to a field list (a settings reply), never starts a record."""
        other = _NOT_FIELD_CHAR.search(token)
        return len(token) if other is None else other.start()

    def _record_inside(self, token: bytes, start: int) -> StreamRecord | None:
        """A record glued behind other bytes (noise ate its terminator): the first record start at or
        after `start` that parses completely up to the end of the token.

        Bounded: a record has at most `_MAX_FIELDS` fields, so only the token's last
        `_MAX_FIELDS + 1` `_`-separated pieces can hold its start; at most that many candidates
        are parsed, each on a slice of at most MAX_TOKEN bytes."""
        cut = len(token)
        for _ in range(_MAX_FIELDS + 1):
            cut = token.rfind(b"_", 0, cut)
            if cut <= 0:
                cut = 0
                break
        first = max(start, cut - 1, 1)
        parsers = self._parsers
        for i in range(first, len(token) - 1):
            if token[i + 1] == 0x5F and token[i] in parsers:
                try:
                    return parsers[token[i]].parse(token[i + 2:].split(b"_"))
                except (ProtocolError, ValueError, UnicodeDecodeError):
                    continue
        return None

    def _accept(self, record: StreamRecord, out: list) -> None:
        if type(record) is CellRecord and record.cell == 0:
            self.ignored_cells += 1  # [R] cell 0 is ignored
            return
        self.records += 1
        out.append(record)

    def _count_overlong(self) -> None:
        self.overlong += 1
        self._count_error(FieldError(f"token longer than {self.MAX_TOKEN} bytes dropped", record="stream"))

    def _count_error(self, exc: ProtocolError) -> None:
        self.dropped += 1
        self.last_error = exc


# ---- encoding (the simulator and tests) -----------------------------------------------------------


def encode_stream_record(record: StreamRecord, generation: Generation = Generation.GEN2) -> str:
    """The record as the device sends it, without the terminating space/CR. Field widths: see
    FIELD_TABLE. Raises ValueError for a value that does not fit its two-digit field."""
    letter = record.letter
    table = FIELD_TABLE[letter]
    parts = [letter]
    lo, hi = FIELD_COUNTS[letter]
    for spec, f in zip(table, dc_fields(record)):
        value = getattr(record, f.name)
        if spec.kind == "clock":
            hours, _, minutes = str(value).partition(":")
            parts.append(format_hex_clock(int(hours), int(minutes)))
            continue
        if value is None:
            if len(parts) - 1 >= lo and spec is table[-1] and hi > lo:
                break  # optional trailing field left out
            parts.append("X" if spec.kind != "soh" else "FF")
            continue
        raw = _converter(spec.kind, Generation(generation))[1](value)
        if spec.kind in _SIGNED_KINDS:
            parts.append(("-" if raw < 0 else "+") + format(abs(raw), f"0{spec.width}X"))
            continue
        text = format(raw, f"0{spec.width}X")
        if spec.width == 2 and len(text) > 2:
            raise ValueError(f"{letter} {spec.name} = {value} does not fit two hex digits")
        parts.append(text)
    return "_".join(parts)
