"""The battery's own memory: its cell event log and its 168-hour SoC history (docs/protocol.md §3.4).

`TS@` gives the BMS's seconds counter now; `L0@` … `L9@` the ten log slots (when, what, the value,
which cell); `H0@` … `HD@` fourteen blocks of twelve hourly SoC values, a ring whose newest value sits
at the index every block carries. `AsciiClient` reads the raw answers (one request at a time,
retried, a failure kept per block); this module turns them into typed results with absolute times
for the window and the command line. No Qt, no I/O.

Where the reference is silent the safe side is chosen, and said:
- [?] a log time after the counter's "now" (the counter restarted since?) has no age: "time unknown";
- [?] a cell number of 0 or 255 and a value of FFFF mean "not given" (255 is "not available" in
  other records; FFFF would read 327 V or 56 000 °C);
- [?] the ring advances once an hour; which hour boundary is not published: the newest value is
  placed at the last full hour of the battery's clock (the `M` record's minutes) when that is known,
  else of the computer's clock;
- a SoC above 100 % is not a percentage: shown as no value and reported.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from smartbms_gui.device.errors import (
    DeviceError,
    LinkDown,
    Malformed,
    NotAuthorised,
    Refused,
    RequestTimeout,
)
from smartbms_gui.messages import Joined, Message, all_of
from smartbms_gui.protocol import ascii_records
from smartbms_gui.protocol.ascii_records import (
    HISTORY_BLOCKS,
    HISTORY_HOURS,
    HISTORY_VALUES_PER_BLOCK,
    LogEvent,
)
from smartbms_gui.protocol.errors import ChecksumError, FieldError
from smartbms_gui.protocol.hex_fields import parse_hex_field

LOG_SLOTS = 10
#: the records read for the cell log, in order: the clock first, then the slots (docs/protocol.md §3)
LOG_RECORDS = ("TS",) + tuple(f"L{n}" for n in range(LOG_SLOTS))
HISTORY_RECORDS = tuple(f"H{k:X}" for k in range(HISTORY_BLOCKS))
NO_CELL = (0, 255)  # [?] see the module docstring
NO_VALUE_RAW = 0xFFFF  # [?]

#: English names of the events (the CLI, CSV and JSON; the window has its own translated words)
EVENT_NAMES = {
    LogEvent.VOLTAGE_LOW: "V low",
    LogEvent.VOLTAGE_HIGH: "V high",
    LogEvent.TEMPERATURE_LOW_CHARGE: "T low (charge)",
    LogEvent.TEMPERATURE_HIGH: "T high",
    LogEvent.COMMUNICATION: "communication",
    LogEvent.TEMPERATURE_LOW_DISCHARGE: "T low (discharge)",
}
#: stable keys for JSON and CSV
EVENT_KEYS = {
    LogEvent.VOLTAGE_LOW: "voltage_low",
    LogEvent.VOLTAGE_HIGH: "voltage_high",
    LogEvent.TEMPERATURE_LOW_CHARGE: "temperature_low_charge",
    LogEvent.TEMPERATURE_HIGH: "temperature_high",
    LogEvent.COMMUNICATION: "communication",
    LogEvent.TEMPERATURE_LOW_DISCHARGE: "temperature_low_discharge",
}

SERIAL_MESSAGE = Message(
    "The cell log and the SoC history are not available over the USB serial cable: the cable only "
    "carries the live data frame. Connect over Bluetooth to read them.")

Progress = Callable[[int, int], None]  # (blocks done, blocks in all)


#: the reasons that mean "this battery does not know these records" when every record failed with one
_NOT_KNOWN_CODES = frozenset({"unanswered", "not_asked", "not_understood"})


class HistoryNotAvailable(DeviceError):
    """This link cannot ask the battery for its log or history (the serial cable)."""


class NotOnThisBms(HistoryNotAvailable):
    """The battery answered none of the log and history records (no answer, or `WRONG`): firmware
    without them (Gen2 may lack them). Shown as "not available on this BMS", not as an error."""


# ------------------------------------------------------------------------------------- raw answers


@dataclass(frozen=True)
class LogLine:
    """One `Ln@` answer as sent: the type code kept even when this app does not know it."""

    slot: int
    code: int
    time: int | None
    value_raw: int | None
    cell: int | None


def parse_log_line(slot: int, line: str) -> LogLine:
    """An `Ln@` answer; a checksum or field problem raises (the client retries it). A type this app
    does not know is kept (its code), not dropped: the person sees "unknown event (7)"."""
    try:
        entry = ascii_records.parse_cell_log(slot, line)
        return LogLine(slot, int(entry.event), entry.time, entry.value_raw, entry.cell)
    except ChecksumError:
        raise
    except FieldError as exc:
        if exc.field != "type":
            raise
        # the checksum held and there are four fields: only the type is new to us
        fields = line.strip().rpartition("_")[0].split("_")
        kind = f"L{slot}"
        code = parse_hex_field(fields[1], record=kind, field="type")
        if code is None:
            raise
        time_, _, value, cell = (parse_hex_field(t, record=kind, field=n)
                                 for t, n in zip(fields, ("time", "type", "value", "cell")))
        return LogLine(slot, code, time_, value, cell)


def parse_history_block(block: int, line: str) -> ascii_records.SocHistoryBlock:
    """An `Hk@` answer; a ring index outside 0…167 cannot place the values: raises like a damaged block."""
    parsed = ascii_records.parse_soc_history(block, line)
    if not 0 <= parsed.index < HISTORY_HOURS:
        raise FieldError(f"ring index {parsed.index} is outside 0…{HISTORY_HOURS - 1}",
                         record=f"H{block:X}", field="index")
    return parsed


@dataclass(frozen=True)
class BlockProblem:
    """One record that could not be read (after its retries): which one and why.

    `code` says why in a word the window translates: "unanswered", "damaged", "refused",
    "not_allowed", "not_understood", "link", "not_asked" (the batch ended before it), and for the
    history as a whole "new_hour" (`count` hours changed while being read) and "not_percent"."""

    record: str  # "TS", "L3", "HA"; "H" for the history as a whole
    error: DeviceError
    code: str = ""
    count: int = 0

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", _reason_code(self.error))

    @property
    def message(self) -> str:
        """The error's text: a Message (English; views translate it)."""
        return str(self.error)


def _reason_code(error: DeviceError) -> str:
    if isinstance(error, LinkDown):
        return "link"
    if isinstance(error, RequestTimeout):
        return "unanswered"
    if isinstance(error, Refused):
        return "refused"
    if isinstance(error, NotAuthorised):
        return "not_allowed"
    if isinstance(error, Malformed) and "damaged" in str(error):
        return "damaged"
    return "not_understood"


@dataclass
class RawCellLog:
    """What `AsciiClient.read_cell_log` got: the counter (and when it was read), the slots, the failures."""

    now: int | None = None
    now_read_at: float | None = None  # Unix time when TS@ was answered
    lines: dict[int, LogLine] = field(default_factory=dict)
    problems: list[BlockProblem] = field(default_factory=list)


@dataclass
class RawSocHistory:
    """What `AsciiClient.read_soc_history` got: the blocks in the order read, the failures."""

    blocks: list[ascii_records.SocHistoryBlock] = field(default_factory=list)
    problems: list[BlockProblem] = field(default_factory=list)
    finished_at: float | None = None  # Unix time


# ------------------------------------------------------------------------------------- typed results


@dataclass(frozen=True)
class CellLogEvent:
    slot: int
    code: int  # the type as sent
    event: LogEvent | None  # None: a type this app does not know
    value: float | None  # V or °C; None when the event carries none or the BMS sent none
    unit: str  # "V", "°C" or ""
    cell: int | None
    device_time: int | None  # the BMS's seconds counter when it happened
    age_s: int | None  # seconds before the counter was read; None when not known
    at: datetime | None  # when it happened (UTC); None when not known
    #: the time may be off: the counter went back since an earlier read (a reboot) and this event's
    #: time could belong to the counter before it [?] (docs/protocol.md §3.4: UNKNOWN whether it survives)
    approximate: bool = False

    @property
    def identity(self) -> tuple[int, int, int | None, int | None, int | None]:
        """What makes this event the same one in a later read: slot, type, counter time, value, cell."""
        return (self.slot, self.code, self.device_time, self.value_raw_key, self.cell)

    @property
    def value_raw_key(self) -> int | None:
        return None if self.value is None else round(self.value * 1000)

    @property
    def name(self) -> str:
        return EVENT_NAMES[self.event] if self.event is not None else f"unknown event ({self.code})"

    @property
    def key(self) -> str:
        return EVENT_KEYS[self.event] if self.event else "unknown"


@dataclass(frozen=True)
class CellLog:
    read_at: datetime  # when the BMS's counter was read (or the read ended, without it)
    device_now: int | None  # the counter (TS@); None when it could not be read
    events: tuple[CellLogEvent, ...]  # newest first; events without a time last
    empty_slots: tuple[int, ...]
    problems: tuple[BlockProblem, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SocHour:
    at: datetime  # the hour this value belongs to (UTC)
    soc_pct: int | None  # None: no value for this hour
    read: bool = True  # False: not known (its block could not be read, or it changed while reading)


@dataclass(frozen=True)
class SocHistory:
    read_at: datetime
    newest_at: datetime | None  # the newest hour; None when no block could be read
    clock: str  # "battery" or "computer": whose hour boundary `newest_at` follows [?]
    hours: tuple[SocHour, ...]  # 168, oldest first
    problems: tuple[BlockProblem, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.problems

    @property
    def values(self) -> list[int | None]:
        return [h.soc_pct for h in self.hours]


@dataclass(frozen=True)
class HistoryRead:
    """One "Read from battery" in the window: both results, or the error that stopped it."""

    cell_log: CellLog | None = None
    soc_history: SocHistory | None = None
    error: DeviceError | None = None


def _utc(unix_s: float) -> datetime:
    return datetime.fromtimestamp(unix_s, tz=timezone.utc)


# ------------------------------------------------------------------------------------- building


def _event_value(line: LogLine, event: LogEvent | None) -> tuple[float | None, str]:
    entry = ascii_records.CellLogEntry(line.slot, line.time, event or LogEvent.EMPTY,
                                       None if line.value_raw == NO_VALUE_RAW else line.value_raw, line.cell)
    return entry.value, entry.unit


def _later_in_the_same_second(events: Sequence[CellLogEvent]) -> dict[int, int]:
    """For events that share a time (the counter counts seconds), how far back in the ring each was
    written: 0 for the newest. The BMS writes its slots in turn [?], so in a run of neighbouring
    slots with one time the last one (after 9 comes 0) is the newest. Slots not listed: 0."""
    by_age: dict[int, list[int]] = {}
    for event in events:
        if event.age_s is not None:
            by_age.setdefault(event.age_s, []).append(event.slot)
    back: dict[int, int] = {}
    for slots in by_age.values():
        if len(slots) < 2:
            continue
        group = set(slots)
        ends = [s for s in slots if (s + 1) % LOG_SLOTS not in group]  # the end of a run
        newest = max(ends or slots)  # (all ten in one second: no end to tell, the highest slot)
        back.update({s: (newest - s) % LOG_SLOTS for s in slots})
    return back


def build_cell_log(raw: RawCellLog, read_at: float, previous: CellLog | None = None) -> CellLog:
    """Typed events, newest first, each with its age (`now − time` of TS@) and its absolute time.

    `previous` (an earlier read of the same battery) settles what a reboot made uncertain: when the
    counter went back since then (a reboot that reset it [?]), an event already seen keeps the time
    the earlier read gave it, and an event not seen before whose time the new counter can place is
    marked `approximate` (it may be counted from before the reboot)."""
    stamp = raw.now_read_at if raw.now_read_at is not None else read_at
    went_back = (previous is not None and previous.device_now is not None and raw.now is not None
                 and raw.now < previous.device_now)
    seen = {e.identity: e for e in previous.events} if went_back and previous is not None else {}
    events: list[CellLogEvent] = []
    empty: list[int] = []
    for slot in sorted(raw.lines):
        line = raw.lines[slot]
        if line.code == LogEvent.EMPTY:
            empty.append(slot)
            continue
        try:
            event: LogEvent | None = LogEvent(line.code)
        except ValueError:
            event = None
        value, unit = _event_value(line, event)
        age = None
        if raw.now is not None and line.time is not None and line.time <= raw.now:
            age = raw.now - line.time
        at = _utc(stamp - age) if age is not None else None
        cell = None if line.cell is None or line.cell in NO_CELL else line.cell
        made = CellLogEvent(slot, line.code, event, value, unit if value is not None else "", cell,
                            line.time, age, at)
        if went_back:
            before = seen.get(made.identity)
            if before is not None and before.at is not None:
                age = max(0, round((_utc(stamp) - before.at).total_seconds()))
                made = CellLogEvent(slot, line.code, event, value, made.unit, cell, line.time, age, before.at,
                                    before.approximate)
            elif at is not None:
                made = CellLogEvent(slot, line.code, event, value, made.unit, cell, line.time, age, at, True)
        events.append(made)
    later = _later_in_the_same_second(events)
    events.sort(key=lambda e: (e.age_s is None, e.age_s if e.age_s is not None else 0,
                               later.get(e.slot, 0), e.slot))
    return CellLog(_utc(stamp), raw.now, tuple(events), tuple(empty), tuple(raw.problems))


def newest_hour(read_at: float, device_clock: str | None = None) -> tuple[datetime, str]:
    """The hour the newest ring value belongs to, and whose clock says so ("battery"/"computer")."""
    at = _utc(read_at)
    if device_clock:
        try:
            minutes = int(device_clock.split(":")[1])
        except (IndexError, ValueError):
            minutes = None
        if minutes is not None and 0 <= minutes <= 59:
            at = (at - timedelta(minutes=minutes)).replace(second=0, microsecond=0)
            return at, "battery"
    local = at.astimezone()
    return local.replace(minute=0, second=0, microsecond=0).astimezone(timezone.utc), "computer"


def build_soc_history(raw: RawSocHistory, read_at: float, *, device_clock: str | None = None) -> SocHistory:
    """The 168 hours, oldest first, with their times; hours of blocks not read are `read=False`.

    The newest value sits at the ring index of the last block read (docs/protocol.md §3.4). A block
    read before the ring moved on (an hour boundary during the read) has an older index: its slots
    the ring has written since are not known (shown so, never as a value 168 hours old).
    """
    problems = list(raw.problems)
    stamp = raw.finished_at if raw.finished_at is not None else read_at
    ring: list[int | None] = [None] * HISTORY_HOURS
    known = [False] * HISTORY_HOURS
    implausible: list[str] = []
    for b in raw.blocks:
        for i, value in enumerate(b.values):
            slot = b.block * HISTORY_VALUES_PER_BLOCK + i
            if value is not None and value > 100:
                implausible.append(f"H{b.block:X}: {value}")
                value = None
            ring[slot] = value
            known[slot] = True
    if not raw.blocks:
        hours = tuple(SocHour(_utc(stamp), None, read=False) for _ in range(HISTORY_HOURS))
        return SocHistory(_utc(stamp), None, "computer", hours, tuple(problems))
    newest = raw.blocks[-1].index
    moved = []
    for b in raw.blocks:
        if b.index == newest:
            continue
        written_since = {(b.index + step) % HISTORY_HOURS
                         for step in range(1, (newest - b.index) % HISTORY_HOURS + 1)}
        for i in range(HISTORY_VALUES_PER_BLOCK):
            slot = b.block * HISTORY_VALUES_PER_BLOCK + i
            if slot in written_since:
                known[slot] = False
                ring[slot] = None
                moved.append(slot)
    if moved:
        if len(moved) == 1:
            text = Message("The battery started a new hour while its history was being read: 1 hour not "
                           "known. Read again to get it.")
        else:
            text = Message("The battery started a new hour while its history was being read: {count} hours "
                           "not known. Read again to get them.", count=len(moved))
        problems.append(BlockProblem("H", DeviceError(text), "new_hour", len(moved)))
    if implausible:
        listed = Joined(implausible[:6])
        if len(implausible) > 6:
            listed = Joined([listed, "…"], " ")
        problems.append(BlockProblem("H", DeviceError(Message(
            "Values that are not a percentage, shown as no value: {values}.", values=listed)),
            "not_percent", len(implausible)))
    newest_at, clock = newest_hour(stamp, device_clock)
    start = (newest + 1) % HISTORY_HOURS
    order = list(range(start, HISTORY_HOURS)) + list(range(0, start))
    hours = tuple(SocHour(newest_at - timedelta(hours=HISTORY_HOURS - 1 - n), ring[slot], known[slot])
                  for n, slot in enumerate(order))
    return SocHistory(_utc(stamp), newest_at, clock, hours, tuple(problems))


def nothing_answered(problems: Sequence[BlockProblem], expected: int) -> bool:
    """Not one of `expected` records was answered (no answer, or `WRONG`): a battery without them, or
    one that does not answer them now."""
    return bool(problems) and len(problems) >= expected and all(p.code in _NOT_KNOWN_CODES for p in problems)


def all_failed(problems: Sequence[BlockProblem], expected: int) -> DeviceError | None:
    """The error to raise when not one of `expected` records could be read (else None): `NotOnThisBms`
    when the battery answered none of them at all (no answer, or `WRONG`), else the first error."""
    if len(problems) >= expected and problems:
        if nothing_answered(problems, expected):
            asked = [p.record for p in problems if p.code != "not_asked"]
            return NotOnThisBms(Message(
                "The cell log and the SoC history are not available on this BMS: it did not answer "
                "{records}. Older (Gen2) firmware may not keep them. The live values are not affected.",
                records=ascii_join(asked)))
        first = problems[0].error
        return first
    return None


def ascii_join(records: Sequence[str]) -> Message:
    """`TS@, L0@ and L1@`: the records asked for, as the battery would see them."""
    return all_of([f"{r}@" for r in records])


# ------------------------------------------------------------------------------------- text and CSV


def hours_ago(age_s: float | None) -> float | None:
    return None if age_s is None else age_s / 3600.0


def local_iso(at: datetime | None) -> str:
    return "" if at is None else at.astimezone().isoformat(timespec="seconds")


CSV_HEADERS = ("Record", "Time (local, ISO 8601)", "Hours ago", "Event", "Value", "Unit", "Cell",
               "State of charge (%)", "Note")


def csv_text(cell_log: CellLog | None, soc_history: SocHistory | None) -> str:
    """Both as one CSV (a `Record` column says which): numbers with a decimal point, times local ISO."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADERS)
    if cell_log is not None:
        for e in cell_log.events:
            ago = hours_ago(e.age_s)
            writer.writerow(["cell log", local_iso(e.at), "" if ago is None else f"{ago:.2f}", e.name,
                             "" if e.value is None else _number(e.value, e.unit), e.unit,
                             "" if e.cell is None else e.cell, "", "" if e.at else "time unknown"])
        for p in cell_log.problems:
            writer.writerow(["cell log", "", "", "", "", "", "", "", f"{p.record} not read: {p.message}"])
    if soc_history is not None:
        placed = soc_history.newest_at is not None
        for h in soc_history.hours:
            ago = (soc_history.read_at - h.at).total_seconds() / 3600.0 if placed else None
            note = "" if h.read else "not read"
            writer.writerow(["soc history", local_iso(h.at) if placed else "",
                             "" if ago is None else f"{ago:.0f}", "", "", "", "",
                             "" if h.soc_pct is None else h.soc_pct, note])
        for p in soc_history.problems:
            writer.writerow(["soc history", "", "", "", "", "", "", "", f"{p.record}: {p.message}"])
    return out.getvalue()


def _number(value: float, unit: str) -> str:
    if not math.isfinite(value):
        return ""
    return f"{value:.3f}" if unit == "V" else f"{value:.1f}"
