"""Values that look real but are not: a single implausible record is held back until confirmed.

The ASCII stream (BLE) carries no checksum, and the serial frame's 8-bit sum passes two swapped
bytes, so a garbled record can decode into believable numbers. `PlausibilityFilter` sits where
decoded records enter the live model (`DeviceSession._on_item`), in front of the model, the plots,
the warning lights, the recording's events and everything published. The recording keeps the
raw bytes; `filter_items` turns a replay of them into what the live link delivered.
As the maker's own Venus OS driver treats a single alarm reading, one odd record is only suspect,
and only on evidence: nothing is held at the start of a connection (`new_connection()`: the first
record of each kind has nothing to be compared with and passes at once) nor on a clean link.

- **confirmation**: a record far from the last accepted one of its kind (a jump beyond the field's
  tolerance, `JUMPS`) or one inconsistent with the others is held; the next record of that kind
  confirms it (it agrees with the held one, or, for measured values, the held one lies on the way
  from the last accepted value to the new one in a like step: a ramp) and both pass in order.
  Otherwise the held record is dropped and counted. After `MAX_STREAK` suspect records in a row
  the newest is taken as it is (a value that really keeps jumping must not freeze the screen);
- **tails**: the decoder recovers a record glued behind garbage, so a broken `H` or `C` record can
  leave a believable `B`/`E` record made of its last fields, again in the next message; a suspect
  record whose fields are the end of a record accepted recently is dropped;
- **consistency**: the `V`/`T` record's lowest/highest against the named cell's own `C` record
  (which cell is lowest is not compared with the last record: it changes whenever two cells swap),
  the pack voltage against the sum of the cells, a `C` record's voltage and temperature inside the
  last accepted `V`/`T` extremes (a cell outside waits for the next accepted `V`/`T`: a real jump
  moves them too), a frame's own cell inside its own extremes;
- **impossible values** (lowest above highest, a cell number beyond the pack) are dropped at once;
- **serial frames** are never held: each carries one of the rotating key/value pairs, which must
  not wait. A frame that contradicts itself is dropped; one whose values jump passes at once with
  those values kept at the last accepted ones, until the next frame confirms them.

Status bytes (lights and relays) are pack-wide: every `C` record carries them, so a change is
confirmed by the very next `C` record, a fraction of a second later. No Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import FRAME_LENGTH, Frame

Item = tuple[Any, float]

#: field → (absolute, relative) tolerance of a change between two records of the same kind
JUMPS: dict[type, dict[str, tuple[float, float]]] = {
    stream.PackRecord: {"pack_voltage_v": (0.2, 0.0), "solar_current_a": (2.0, 0.02),
                        "battery_current_a": (2.0, 0.02), "load_current_a": (2.0, 0.02)},
    stream.CellExtremesRecord: {"lowest_v": (0.03, 0.0), "highest_v": (0.03, 0.0), "bypass_v": (0.0, 0.0),
                                "lowest_cell": (0.0, 0.0), "highest_cell": (0.0, 0.0)},
    stream.TemperatureRecord: {"lowest_c": (2.0, 0.0), "highest_c": (2.0, 0.0), "log_index": (0.0, 0.0),
                               "lowest_cell": (0.0, 0.0), "highest_cell": (0.0, 0.0)},
    stream.EnergyRecord: {"solar_today_wh": (20.0, 0.0), "stored_wh": (20.0, 0.0),
                          "consumed_today_wh": (20.0, 0.0), "soc_pct": (2.0, 0.0)},
    stream.TotalsRecord: {"solar_total_kwh": (1.0, 0.0), "consumed_total_kwh": (1.0, 0.0)},
    stream.HealthRecord: {"soh_pct": (1.0, 0.0), "measured_capacity_wh": (0.0, 0.01),
                          "measured_charge_capacity_wh": (0.0, 0.01), "efficiency_pct": (1.0, 0.0),
                          "charge_cycles": (0.1, 0.0), "discharge_cycles": (0.1, 0.0)},
    stream.BalanceRecord: {"charged_total_kwh": (1.0, 0.0), "discharged_total_kwh": (1.0, 0.0),
                           "charged_today_kwh": (0.1, 0.0), "discharged_today_kwh": (0.1, 0.0)},
    # pack-wide fields of a C record: the status bytes and the pack size
    stream.CellRecord: {"status1": (0.0, 0.0), "status2": (0.0, 0.0), "cell_count": (0.0, 0.0)},
    Frame: {"pack_voltage_v": (0.2, 0.0), "charge_current_a": (2.0, 0.02),
            "discharge_current_a": (2.0, 0.02), "battery_current_a": (2.0, 0.02),
            "lowest_cell_v": (0.03, 0.0), "highest_cell_v": (0.03, 0.0),
            "lowest_temp_c": (2.0, 0.0), "highest_temp_c": (2.0, 0.0),
            "lowest_cell": (0.0, 0.0), "highest_cell": (0.0, 0.0),
            "lowest_temp_cell": (0.0, 0.0), "highest_temp_cell": (0.0, 0.0),
            "solar_today_wh": (20.0, 0.0), "stored_wh": (20.0, 0.0), "consumed_today_wh": (20.0, 0.0),
            "soc_pct": (2.0, 0.0), "solar_total_kwh": (1.0, 0.0), "consumed_total_kwh": (1.0, 0.0),
            "capacity_kwh": (0.0, 0.0), "vmin_v": (0.0, 0.0), "vmax_v": (0.0, 0.0),
            "vbypass_v": (0.0, 0.0), "status1": (0.0, 0.0)},
}
CELL_TOLERANCE_V = 0.03  # a cell against the V record's extremes (and the V record against a cell)
TEMP_TOLERANCE_C = 2.0  # a cell against the T record's extremes
INDEX_TOLERANCE_V = 0.015  # the V record's extreme against the named cell's own last C record
INDEX_TOLERANCE_C = 1.0  # the T record's extreme against the named cell's own last C record
PACK_TOLERANCE = (0.5, 0.03)  # the pack voltage against the sum of the cells: V, fraction
CLOCK_STEP_MIN = 2  # the M record's clock may move on by this many minutes between two records
MAX_STREAK = 4  # suspect records of one kind in a row after which the newest is taken as it is
FORGET_AFTER_S = 10.0  # an accepted value older than this no longer vouches for the next one


@dataclass
class Counts:
    checked: int = 0  # records that went through the filter
    delayed: int = 0  # held, then confirmed and passed on
    held_back: int = 0  # held and never confirmed, or impossible: kept out for good
    broken: int = 0  # records the decoder could not read at all (its `dropped`; frames by their bytes)

    @property
    def quality_pct(self) -> float:
        """Share of the records received that became values (not broken, not held back), in %."""
        total = self.checked + self.broken
        return 100.0 if not total else 100.0 * (self.checked - self.held_back) / total

    def count_broken(self, decoder: Any, memo: dict[int, int]) -> None:
        """Add what `decoder` dropped since it was last looked at (a new connection: a new decoder)."""
        if decoder is None:
            return
        dropped = getattr(decoder, "dropped", None)
        if dropped is None:  # the frame decoder counts bytes
            dropped = getattr(decoder, "dropped_bytes", 0) // FRAME_LENGTH
        key = id(decoder)
        if key not in memo:
            memo.clear()
            memo[key] = 0
        self.broken += max(0, dropped - memo[key])
        memo[key] = dropped


def within(a: Any, b: Any, tolerance: tuple[float, float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    absolute, relative = tolerance
    return abs(a - b) <= absolute + relative * max(abs(a), abs(b)) + 1e-9


def _between(held: Any, before: Any, after: Any, tolerance: tuple[float, float]) -> bool:
    if held is None or before is None or after is None:
        return held is None and after is None
    lo, hi = min(before, after), max(before, after)
    return within(held, min(max(held, lo), hi), tolerance)


def clock_minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


class PlausibilityFilter:
    """`feed(item, t)` → the records to pass on now, in order: none (held or dropped), this one,
    or a held one confirmed with it. Items that are not live records pass untouched."""

    def __init__(self, *, forget_after_s: float = FORGET_AFTER_S) -> None:
        self.forget_after_s = forget_after_s
        self.counts = Counts()
        self._decoder_memo: dict[int, int] = {}
        self.new_connection()

    def new_connection(self) -> None:
        """A new link: nothing is known yet, so its first records pass at once (the counts stay)."""
        self._last: dict[type, Item] = {}  # the last accepted record of each kind
        self._held: dict[type, Item] = {}  # a suspect record waiting for the next of its kind
        self._streak: dict[type, int] = {}
        self._cells: dict[int, float] = {}  # cell number → voltage of the last accepted C record
        self._temps: dict[int, float] = {}  # cell number → temperature of the last accepted C record
        self._cell_total = 0.0  # their sum
        self._waiting: dict[int, tuple[stream.CellRecord, float, int]] = {}  # outside V/T: (C, t, seq)
        self._seq = 0
        self._cell_records: dict[int, stream.CellRecord] = {}  # the last accepted C record of each cell
        self._raw_cache: dict[Any, tuple[int | str, ...] | None] = {}
        self._extremes_seq = {stream.CellExtremesRecord: 0, stream.TemperatureRecord: 0}

    # ---- public ----------------------------------------------------------------------------------
    def feed(self, item: Any, t: float, decoder: Any = None) -> list[Item]:
        """`decoder`, when given, is asked how many records it dropped (for the link quality)."""
        if decoder is not None:
            self.counts.count_broken(decoder, self._decoder_memo)
        kind = type(item)
        if kind is Frame:
            return self._frame(item, t)
        if kind is stream.CellRecord:
            quick = self._usual_cell(item, t)
            if quick is not None:
                return quick
        elif kind not in JUMPS:
            return [(item, t)]
        self._seq += 1
        self.counts.checked += 1
        if self._impossible(item):
            self.counts.held_back += 1
            return []
        out: list[Item] = []
        for record, when in self._confirm(item, t):
            if type(record) is stream.CellRecord:
                out.extend(self._envelope(record, when))
            else:
                out.append((record, when))
                self._accepted(record, when, out)
        return out

    def _usual_cell(self, item: stream.CellRecord, t: float) -> list[Item] | None:
        """The common case, kept quick: a C record like the last one (status, pack size), inside the
        accepted extremes, with nothing waiting. None: take the long way."""
        last = self._last.get(stream.CellRecord)
        if last is None or stream.CellRecord in self._held or item.cell in self._waiting:
            return None
        previous, when = last
        v, c = self._last.get(stream.CellExtremesRecord), self._last.get(stream.TemperatureRecord)
        if (v is None or c is None or t - when > self.forget_after_s or not _same_status(item, previous)
                or not v[0].lowest_v - CELL_TOLERANCE_V <= item.voltage_v <= v[0].highest_v + CELL_TOLERANCE_V
                or not c[0].lowest_c - TEMP_TOLERANCE_C <= item.temperature_c <= c[0].highest_c + TEMP_TOLERANCE_C):
            return None
        self._seq += 1
        self.counts.checked += 1
        self._last[stream.CellRecord] = (item, t)
        self._streak[stream.CellRecord] = 0
        self._take_cell(item)
        return [(item, t)]

    @property
    def held_now(self) -> int:
        """Records waiting for confirmation at this moment."""
        return len(self._held) + len(self._waiting)

    # ---- confirmation ----------------------------------------------------------------------------
    def _confirm(self, item: Any, t: float) -> list[Item]:
        kind = type(item)
        last = self._last.get(kind)
        if last is not None and t - last[1] > self.forget_after_s:
            last = None
        # nothing to compare with (the first of its kind on this connection): no evidence, it passes
        suspect = (last is not None and not self._agrees(item, last[0])) or self._inconsistent(item)
        if suspect and self._phantom(item):
            self.counts.held_back += 1
            return []
        held = self._held.pop(kind, None)
        out: list[Item] = []
        if held is not None:
            if self._agrees(item, held[0], confirming=True):
                self.counts.delayed += 1
                self._streak[kind] = 0
                self._last[kind] = (item, t)
                return [held, (item, t)]
            if last is not None and self._on_the_way(held[0], last[0], item):
                # a ramp: the held record is confirmed; the new one is judged against it
                self.counts.delayed += 1
                self._streak[kind] = 0
                self._last[kind] = held
                out.append(held)
                suspect = not self._agrees(item, held[0]) or self._inconsistent(item)
            else:
                self.counts.held_back += 1
        if suspect and self._streak.get(kind, 0) + 1 < MAX_STREAK:
            self._streak[kind] = self._streak.get(kind, 0) + 1
            self._held[kind] = (item, t)
            return out
        self._streak[kind] = 0
        self._last[kind] = (item, t)
        out.append((item, t))
        return out

    def _agrees(self, a: Any, b: Any, *, confirming: bool = False) -> bool:
        """`confirming`: `a` vouches for the held `b` only if it names the same cells too."""
        if type(a) is stream.CellRecord:  # the common case, kept quick
            return _same_status(a, b)
        for name, tolerance in (JUMPS[type(a)].items() if confirming else _COMPARED[type(a)]):
            if not within(getattr(a, name), getattr(b, name), tolerance):
                return False
        if type(a) is stream.TotalsRecord:
            step = (clock_minutes(a.clock) - clock_minutes(b.clock)) % 1440
            return min(step, 1440 - step) <= CLOCK_STEP_MIN
        return True

    def _on_the_way(self, held: Any, before: Any, after: Any) -> bool:
        """A ramp: every field of the held record lies between the accepted record and the new one."""
        if type(held) is stream.TotalsRecord and held.clock not in (before.clock, after.clock):
            return False
        for name, tolerance in JUMPS[type(held)].items():
            value, first, last = getattr(held, name), getattr(before, name), getattr(after, name)
            if tolerance == (0.0, 0.0):  # a setting, a count or status bits: one of the two, exactly
                if value not in (first, last):
                    return False
            elif not name.endswith(_MEASURED):  # counters do not ramp: the new record must agree
                if not within(value, last, tolerance):
                    return False
            elif not _between(value, first, last, tolerance):
                return False
            elif None not in (value, first, last) and abs(last - value) > 2 * abs(value - first) + tolerance[0]:
                return False  # a ramp goes on in steps alike; a second garbled value jumps on
        return True

    def _phantom(self, item: Any) -> bool:
        """A record the decoder recovered from the tail of a broken one: `H_61_0E5B_0EF5_60_0001_0001`
        with its start garbled still ends in `B_0EF5_60_0001_0001`, a believable `B` record, and the
        same garbling a message later would confirm it. Only B, C and E can be such a tail (their
        letters are hex digits, found inside fields); it is spotted by its text being the end of a
        record accepted recently."""
        if type(item) not in _HEX_LETTER_KINDS:
            return False
        fields = self._raw(item)
        if fields is None:
            return False
        sources = [record for record, _ in self._last.values()]
        if type(item) is not stream.CellRecord:  # (a C record's tail is too short to read as a C record)
            sources += self._cell_records.values()
        n = len(fields)
        for source in sources:
            if type(source) in _NO_TAIL_KINDS:
                continue
            whole = self._raw(source)
            if whole is not None and len(whole) > n and whole[-n:] == fields:
                return True
        return False

    def _raw(self, record: Any) -> tuple[int | str, ...] | None:
        """`_raw_fields`, remembered by value (cells rarely change between two suspect records)."""
        try:
            return self._raw_cache[record]
        except KeyError:
            pass
        if len(self._raw_cache) > 4096:
            self._raw_cache.clear()
        fields = self._raw_cache[record] = _raw_fields(record)
        return fields

    # ---- serial frames ---------------------------------------------------------------------------
    def _frame(self, frame: Frame, t: float) -> list[Item]:
        """A frame is never held: it carries one rotating key/value pair, which passes at once. A
        frame that contradicts itself is dropped. Its values that jump from the last accepted frame
        (or a pack voltage far from the sum of the cells) pass as the last accepted values until the
        next frame confirms them (one frame, 0.5-1 s, later); all its other fields pass unchanged."""
        self._seq += 1
        self.counts.checked += 1
        if self._impossible(frame):
            self.counts.held_back += 1
            return []
        last = self._last.get(Frame)
        if last is not None and t - last[1] > self.forget_after_s:
            last = None
        held = self._held.pop(Frame, None)
        if held is not None:
            suspect_before = self._jumps(held[0], last[0]) if last is not None else set()
            if all(within(getattr(frame, name), getattr(held[0], name), JUMPS[Frame][name])
                   for name in suspect_before):
                self.counts.delayed += 1  # the next frame agrees: the held values were real
                last = held
                self._last[Frame] = held
            else:
                self.counts.held_back += 1
        jumps = self._jumps(frame, last[0]) if last is not None else set()
        if self._inconsistent(frame):
            jumps.add("pack_voltage_v")
        if last is None or not jumps or self._streak.get(Frame, 0) + 1 >= MAX_STREAK:
            self._streak[Frame] = 0
            self._last[Frame] = (frame, t)
            if frame.cell >= 1:
                self._set_cell(frame.cell, frame.cell_voltage_v)
            return [(frame, t)]
        self._streak[Frame] = self._streak.get(Frame, 0) + 1
        self._held[Frame] = (frame, t)
        if frame.cell >= 1:  # inside its own extremes (else impossible): the cell's value is sound
            self._set_cell(frame.cell, frame.cell_voltage_v)
        kept = {raw: getattr(last[0], raw) for name in jumps for raw in _FRAME_RAW.get(name, (name,))}
        return [(dataclasses.replace(frame, **kept), t)]

    def _jumps(self, frame: Frame, before: Frame) -> set[str]:
        return {name for name, tolerance in _COMPARED[Frame]
                if not within(getattr(frame, name), getattr(before, name), tolerance)}

    # ---- consistency -----------------------------------------------------------------------------
    def _count(self) -> int | None:
        for kind in (stream.CellRecord, Frame):
            last = self._last.get(kind)
            if last is not None:
                return int(last[0].cell_count)
        return None

    def _impossible(self, item: Any) -> bool:
        count = self._count()
        if isinstance(item, (stream.CellExtremesRecord, stream.TemperatureRecord)):
            low, high = ((item.lowest_v, item.highest_v) if isinstance(item, stream.CellExtremesRecord)
                         else (item.lowest_c, item.highest_c))
            cells = (item.lowest_cell, item.highest_cell)
            return low > high or (count is not None and max(cells) > count)
        if isinstance(item, Frame):
            v_tol, t_tol = CELL_TOLERANCE_V, TEMP_TOLERANCE_C
            return (item.lowest_cell_v > item.highest_cell_v or item.lowest_temp_c > item.highest_temp_c
                    or item.cell > item.cell_count
                    or max(item.lowest_cell, item.highest_cell) > item.cell_count
                    or (item.cell >= 1 and not (item.lowest_cell_v - v_tol <= item.cell_voltage_v
                                                <= item.highest_cell_v + v_tol))
                    or (item.cell >= 1 and not (item.lowest_temp_c - t_tol <= item.cell_temperature_c
                                                <= item.highest_temp_c + t_tol)))
        if isinstance(item, stream.PackRecord) and count is not None:
            return item.pack_voltage_v > count * stream.FIELD_TABLE["V"][0].bounds[1]  # type: ignore[index]
        return False

    def _cell_sum(self) -> float | None:
        count = self._count()
        if not count or len(self._cells) < count:
            return None
        if len(self._cells) > count:  # the pack shrank: forget the cells beyond it
            for number in [n for n in self._cells if n > count]:
                self._set_cell(number, None)
            if len(self._cells) < count:
                return None
        return self._cell_total

    def _set_cell(self, number: int, volts: float | None) -> None:
        """The cells' voltages and their running sum (the pack voltage is checked against it)."""
        old = self._cells.pop(number, None)
        if old is not None:
            self._cell_total -= old
        if volts is not None:
            self._cells[number] = volts
            self._cell_total += volts
        if not self._cells:
            self._cell_total = 0.0

    def _inconsistent(self, item: Any) -> bool:
        if isinstance(item, (stream.PackRecord, Frame)):
            total = self._cell_sum()
            if total is not None:
                absolute, relative = PACK_TOLERANCE
                if abs(item.pack_voltage_v - total) > absolute + relative * total:
                    return True
        if isinstance(item, stream.CellExtremesRecord):
            for number, volts in ((item.lowest_cell, item.lowest_v), (item.highest_cell, item.highest_v)):
                known = self._cells.get(number)
                if known is not None and abs(known - volts) > INDEX_TOLERANCE_V:
                    return True
        if isinstance(item, stream.TemperatureRecord):
            for number, degrees in ((item.lowest_cell, item.lowest_c), (item.highest_cell, item.highest_c)):
                known = self._temps.get(number)
                if known is not None and abs(known - degrees) > INDEX_TOLERANCE_C:
                    return True
        return False

    def _take_cell(self, cell: stream.CellRecord) -> None:
        self._set_cell(cell.cell, cell.voltage_v)
        self._temps[cell.cell] = cell.temperature_c
        self._cell_records[cell.cell] = cell

    # ---- cells against the extremes --------------------------------------------------------------
    def _outside(self, cell: stream.CellRecord) -> bool:
        """Outside the accepted extremes, or extremes are sent but none accepted yet (at the start)."""
        extremes = self._last.get(stream.CellExtremesRecord)
        if extremes is not None:
            v = extremes[0]
            if not v.lowest_v - CELL_TOLERANCE_V <= cell.voltage_v <= v.highest_v + CELL_TOLERANCE_V:
                return True
        temperatures = self._last.get(stream.TemperatureRecord)
        if temperatures is not None:
            c = temperatures[0]
            if not c.lowest_c - TEMP_TOLERANCE_C <= cell.temperature_c <= c.highest_c + TEMP_TOLERANCE_C:
                return True
        return False

    def _envelope(self, cell: stream.CellRecord, t: float) -> list[Item]:
        earlier = self._waiting.pop(cell.cell, None)
        if earlier is not None:
            self.counts.held_back += 1  # the cell reported again before its odd value was vouched for
        if self._outside(cell):
            self._waiting[cell.cell] = (cell, t, self._seq)
            return []
        self._take_cell(cell)
        return [(cell, t)]

    def _accepted(self, record: Any, t: float, out: list[Item]) -> None:
        """After an accepted record: frames vouch for their cell; new extremes decide waiting cells."""
        if type(record) in self._extremes_seq:
            self._extremes_seq[type(record)] = self._seq
            status = self._last.get(stream.CellRecord)
            for number, (cell, when, seq) in list(self._waiting.items()):
                if not self._outside(cell) and (status is None or _same_status(cell, status[0])):
                    del self._waiting[number]
                    self.counts.delayed += 1
                    self._take_cell(cell)
                    out.append((cell, when))
                elif all(s > seq for s in self._extremes_seq.values()):
                    del self._waiting[number]
                    self.counts.held_back += 1


#: which cell holds an extreme is no value of its own: it changes whenever two cells swap places, so
#: it is not compared with the last record (the extreme's voltage is checked against that cell's own)
INDEX_FIELDS = frozenset({"lowest_cell", "highest_cell", "lowest_temp_cell", "highest_temp_cell"})
_COMPARED = {kind: tuple((name, tolerance) for name, tolerance in table.items() if name not in INDEX_FIELDS)
             for kind, table in JUMPS.items()}
_MEASURED = ("_a", "_v", "_c")  # currents, voltages, temperatures: these ramp
#: a frame's value → the raw fields that hold it (with the cell an extreme belongs to)
_FRAME_RAW = {
    "pack_voltage_v": ("pack_voltage_raw",), "charge_current_a": ("charge_sign", "charge_raw"),
    "discharge_current_a": ("discharge_sign", "discharge_raw"), "battery_current_a": ("battery_sign", "battery_raw"),
    "lowest_cell_v": ("lowest_cell_raw", "lowest_cell"), "highest_cell_v": ("highest_cell_raw", "highest_cell"),
    "lowest_temp_c": ("lowest_temp_raw", "lowest_temp_cell"),
    "highest_temp_c": ("highest_temp_raw", "highest_temp_cell"),
    "capacity_kwh": ("capacity_raw",), "vmin_v": ("vmin_raw",), "vmax_v": ("vmax_raw",), "vbypass_v": ("vbypass_raw",),
}
_HEX_LETTER_KINDS = (stream.BalanceRecord, stream.CellRecord, stream.EnergyRecord)
_NO_TAIL_KINDS = (stream.PackRecord, Frame)  # signed currents (and a frame is no text)


def _raw_fields(record: Any) -> tuple[int | str, ...] | None:
    """The record's fields as the numbers on the wire (hex widths vary, so text is not compared)."""
    try:
        parts = stream.encode_stream_record(record).split("_")[1:]
    except (ValueError, OverflowError, stream.ProtocolError):
        return None
    out: list[int | str] = []
    for part in parts:
        try:
            out.append(int(part, 16))
        except ValueError:
            out.append(part)
    return tuple(out)


def _same_status(a: stream.CellRecord, b: stream.CellRecord) -> bool:
    return (a.status1, a.status2, a.cell_count) == (b.status1, b.status2, b.cell_count)


#: a recording's events that start a connection (device/recording.py EventKind values)
_CONNECTION_EVENTS = frozenset({"connected", "reconnect"})


def filter_items(items: Iterable[Item], plausibility: PlausibilityFilter | None = None) -> list[Item]:
    """Every item of `items` through one filter (a recording, a test). A recording's event entries
    among them (`replay.decode_items(..., include_events=True)`) are not items: a connection's start
    resets what the filter knows, as the live session does on each connection, and the events go."""
    flt = plausibility or PlausibilityFilter()
    out: list[Item] = []
    for item, t in items:
        if getattr(item, "is_bytes", None) is False:  # a recording's event entry
            if getattr(item, "kind", None) in _CONNECTION_EVENTS:
                flt.new_connection()
            continue
        out.extend(flt.feed(item, t))
    return out
