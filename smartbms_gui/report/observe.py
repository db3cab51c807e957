"""What the report is made from: one `Observation` of a battery, gathered from a live session or a recording.

No Qt. A live session feeds `SessionCollector` (the session's `on_item` and `on_notice`) and the
report takes `collector.observation(live)` at the moment it is made. A recording is read by
`observe_recording`, which does not decode every byte of a long file: it decodes short windows at
up to `SERIES_POINTS` moments for the session chart (each window from the first complete record
after that moment), the events from their own rows, and the last minutes in full for the pack as it
was at the end. So a 24-hour 255-cell recording takes about a second, and the chart has one point
every couple of minutes instead of one a second (said in the report).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartbms_gui.device.history import CellLog, SocHistory
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.recording import EventKind, RecordingReader, StatusChanges
from smartbms_gui.device.replay import RecordingDecoder
from smartbms_gui.messages import Message
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.status import CellState, WarningLight

#: at most this many points in the session chart of a recording (one sampled window each)
SERIES_POINTS = 720
#: a recording with fewer rows than this is decoded in full (every pack record is a point)
FULL_DECODE_ROWS = 2 * SERIES_POINTS
#: the end of a recording decoded in full for the pack snapshot: long enough for the slowest round
#: of a 255-cell pack (about two minutes over the serial cable)
SNAPSHOT_WINDOW_S = 180.0
#: rows read per sampled window (a window needs one U and one V record: a message or two)
_WINDOW_ROWS = 48
_KEEP_KINDS = {
    EventKind.RELAY.value,
    EventKind.WARNING_LIGHT.value,
    EventKind.SETTINGS_WRITTEN.value,
    EventKind.CONNECTED.value,
    EventKind.RECONNECT.value,
    EventKind.DISCONNECTED.value,
}


@dataclass
class Series:
    """The session over time (wall-clock seconds): pack voltage, the three currents, the cell spread."""

    t: list[float] = field(default_factory=list)
    pack_v: list[float | None] = field(default_factory=list)
    battery_a: list[float | None] = field(default_factory=list)
    solar_a: list[float | None] = field(default_factory=list)
    load_a: list[float | None] = field(default_factory=list)
    spread_v: list[float | None] = field(default_factory=list)
    sampled: bool = False  # True: one point per sampled window of a long recording

    def add(self, t: float, live: LiveState) -> None:
        self.t.append(t)
        self.pack_v.append(live.get("pack_voltage_v"))
        self.battery_a.append(live.get("battery_current_a"))
        self.solar_a.append(live.get("solar_current_a"))
        self.load_a.append(live.get("load_current_a"))
        low, high = live.get("lowest_cell_v"), live.get("highest_cell_v")
        self.spread_v.append(high - low if low is not None and high is not None else None)

    def add_values(self, t: float, pack_v, battery_a, solar_a, load_a, spread_v) -> None:
        self.t.append(t)
        self.pack_v.append(pack_v)
        self.battery_a.append(battery_a)
        self.solar_a.append(solar_a)
        self.load_a.append(load_a)
        self.spread_v.append(spread_v)

    def __len__(self) -> int:
        return len(self.t)


@dataclass(frozen=True)
class Mark:
    """Something that happened, for the chart and the event list: `kind` is an `EventKind` value."""

    t: float
    kind: str
    text: str
    on: bool | None = None  # a relay allowed / a light on


@dataclass(frozen=True)
class Moment:
    """A wall-clock moment in a text; the report's language writes it."""

    t: float
    seconds: bool = False


@dataclass(frozen=True)
class CellSnapshot:
    index: int
    voltage_v: float | None
    temperature_c: float | None
    state: CellState | None  # None: the cell never reported


@dataclass
class Observation:
    """Everything the report says about one battery, as measured."""

    source: str  # "live" or "recording"
    #: what the battery was reached by ("Simulator", "BLE 123\\SmartBMS 03330", a file name), or a Message
    #: the report words in its own language (the command line's "serial port …")
    link: Any
    generation: int
    serial: str | None = None
    device_type: str | None = None
    firmware: str | None = None
    cell_count: int | None = None
    cells: list[CellSnapshot] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    lights: dict[WarningLight, bool] | None = None  # None: no status seen
    charge_allowed: bool | None = None
    load_allowed: bool | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # decoded, never the PIN
    settings_read_at: float | None = None  # wall clock
    factory_pin: bool | None = None  # None: not known (the serial cable needs no PIN)
    series: Series = field(default_factory=Series)
    marks: list[Mark] = field(default_factory=list)
    relays_seen: dict[str, set[bool]] = field(default_factory=lambda: {"charge": set(), "load": set()})
    #: the first status1 byte of the session (relays and warning lights at its start); None: none seen.
    #: A change is a mark; this is where the marks start from
    first_status1: int | None = None
    message_interval_s: float | None = None
    started_at: float | None = None
    ended_at: float | None = None
    cell_log: CellLog | None = None
    soc_history: SocHistory | None = None
    #: texts the report should show about what could not be read (English Messages or plain text)
    notes: list[str] = field(default_factory=list)

    @property
    def last_settings_change_at(self) -> float | None:
        times = [m.t for m in self.marks if m.kind == EventKind.SETTINGS_WRITTEN.value]
        return max(times) if times else None


def _snapshot_cells(live: LiveState) -> list[CellSnapshot]:
    return [
        CellSnapshot(c.index, c.voltage_v, c.temperature_c, c.state if c.updated_at is not None else None)
        for c in live.cells
    ]


def _fill_from_live(obs: Observation, live: LiveState) -> None:
    obs.generation = int(live.generation)
    obs.cell_count = live.cell_count
    obs.cells = _snapshot_cells(live)
    obs.values = live.values()
    obs.firmware = obs.firmware or live.get("firmware")
    if live.get("status1") is not None:
        obs.lights = dict(live.lights)
        obs.charge_allowed, obs.load_allowed = live.charge_allowed, live.load_allowed
        for name, allowed in (("charge", live.charge_allowed), ("load", live.load_allowed)):
            if allowed is not None:
                obs.relays_seen[name].add(bool(allowed))
    settings = {k: v for k, v in live.settings.items() if not _is_secret(k)}
    if settings:
        obs.settings = settings


class _Rhythm:
    """The message interval from the pack records' arrival (switch 1: 0.5 s or 1 s)."""

    def __init__(self) -> None:
        self.last: float | None = None
        self.gaps: list[float] = []

    def feed(self, t: float) -> None:
        if self.last is not None and 0.05 < t - self.last < 5.0 and len(self.gaps) < 400:
            self.gaps.append(t - self.last)
        self.last = t

    def interval(self) -> float | None:
        if len(self.gaps) < 4:
            return None
        gaps = sorted(self.gaps)
        return gaps[len(gaps) // 2]


def _is_pack(item: Any) -> bool:
    return type(item) is stream.PackRecord or type(item) is Frame


class SessionCollector:
    """Listens to a live session and keeps what the report needs beyond the live model.

    Wire it with `attach(session)` (chains to the callbacks already set) or call `feed(item, t)`,
    `settings_read()` and `settings_written(text)` yourself; set `factory_pin` from
    `DeviceSession.factory_pin` once connected. Times `t` are the
    session's monotonic stamps; they are kept as wall-clock seconds.
    """

    #: at most this many points are kept; older halves are thinned (a long session stays small)
    MAX_POINTS = 4000

    def __init__(
        self, live: LiveState, *, link: Any = "", serial: str | None = None, source: str = "live"
    ) -> None:
        self.live = live
        self.link = link
        self.serial = serial
        self.source = source
        self.series = Series()
        self.marks: list[Mark] = []
        self.relays_seen: dict[str, set[bool]] = {"charge": set(), "load": set()}
        self.first_status1: int | None = None
        self.factory_pin: bool | None = None
        self.settings_read_at: float | None = None
        self.started_at = time.time()
        self._changes = StatusChanges()
        self._rhythm = _Rhythm()
        self._offset = time.time() - time.monotonic()
        self._stride = 1
        self._skipped = 0

    def wall(self, t: float) -> float:
        return t + self._offset

    def attach(self, session) -> None:
        session.listen("item", self.feed)
        session.listen("settings", lambda _values: self.settings_read())

    def settings_read(self, t: float | None = None) -> None:
        self.settings_read_at = time.time() if t is None else t

    def settings_written(self, text: str, t: float | None = None) -> None:
        self.marks.append(Mark(time.time() if t is None else t, EventKind.SETTINGS_WRITTEN.value, text))

    def feed(self, item: Any, t: float) -> None:
        """One decoded item (the live model has applied it already)."""
        wall = self.wall(t)
        status1 = getattr(item, "status1", None)
        if isinstance(status1, int):
            if self.first_status1 is None:
                self.first_status1 = status1
            for kind, text, on in self._changes.update(status1):
                self.marks.append(Mark(wall, kind.value, text, on))
            charge, load = bool(status1 & 1), bool(status1 & 2)
            self.relays_seen["charge"].add(charge)
            self.relays_seen["load"].add(load)
        if _is_pack(item):
            self._rhythm.feed(t)
            self._skipped += 1
            if self._skipped >= self._stride:
                self._skipped = 0
                self.series.add(wall, self.live)
                if len(self.series) >= self.MAX_POINTS:
                    self._thin()

    def _thin(self) -> None:
        s = self.series
        for name in ("t", "pack_v", "battery_a", "solar_a", "load_a", "spread_v"):
            setattr(s, name, getattr(s, name)[::2])
        self._stride *= 2
        s.sampled = True

    def observation(
        self, *, cell_log: CellLog | None = None, soc_history: SocHistory | None = None
    ) -> Observation:
        obs = Observation(self.source, self.link, int(self.live.generation), serial=self.serial)
        _fill_from_live(obs, self.live)
        obs.series = self.series
        obs.marks = list(self.marks)
        for name, seen in self.relays_seen.items():
            obs.relays_seen[name] |= seen
        obs.first_status1 = self.first_status1
        obs.factory_pin = self.factory_pin
        obs.settings_read_at = self.settings_read_at if obs.settings else None
        obs.message_interval_s = self._rhythm.interval()
        obs.started_at, obs.ended_at = self.started_at, time.time()
        obs.cell_log, obs.soc_history = cell_log, soc_history
        return obs


def observe_connection(live: LiveState, *, recording: str | Path | None = None, link: str = "",
                       serial: str | None = None, factory_pin: bool | None = None,
                       cell_log: CellLog | None = None, soc_history: SocHistory | None = None) -> Observation:
    """The window's connection now: the session so far from its recording (the window records every
    connection: the chart, the events, the settings answers with their times) and the pack, the relays
    and the settings from the live model as they are now."""
    obs = None
    if recording is not None and Path(recording).is_file():
        try:
            obs = observe_recording(recording)
        except Exception as exc:  # noqa: BLE001 - the report is still made from the live model, and says so
            obs = Observation("live", link, int(live.generation))
            obs.notes.append(Message("The recording of this connection could not be read: {why}",
                                     why=str(exc)))
    if obs is None:
        obs = Observation("live", link, int(live.generation))
    obs.source, obs.link = "live", link or obs.link
    obs.serial = serial or obs.serial
    obs.marks = [m for m in obs.marks if m.t <= time.time()]
    recorded_settings, read_at = obs.settings, obs.settings_read_at
    _fill_from_live(obs, live)
    if obs.settings and obs.settings is not recorded_settings:
        obs.settings_read_at = read_at if read_at is not None else time.time()
    obs.factory_pin = factory_pin
    obs.ended_at = time.time()
    obs.started_at = obs.started_at or obs.ended_at
    obs.cell_log, obs.soc_history = cell_log, soc_history
    return obs


# ------------------------------------------------------------------------------------ recordings


def _row_at(reader: RecordingReader, t: float, low: int, high: int) -> int:
    """The first row id in [low, high) at or after `t` (rows are in time order); `high` when none.

    Rows come at a roughly even pace, so a guess from the times at the ends lands close: from there
    the answer is bracketed by steps that double, then bisected. Each probe is one primary-key lookup
    (about ten per call instead of twenty for plain bisection of a day's recording)."""
    if low >= high:
        return low
    t_low = reader.time_of(low)
    if t_low >= t:
        return low
    t_high = reader.time_of(high - 1)
    if t_high < t:
        return high
    # the answer lies in (low, high - 1]
    guess = low + int((t - t_low) / max(t_high - t_low, 1e-9) * (high - 1 - low))
    guess = min(max(guess, low + 1), high - 1)
    lo, hi = low + 1, high - 1  # invariant: time_of(lo - 1) < t <= time_of(hi)
    step = 16
    if reader.time_of(guess) < t:
        lo = guess + 1
        while lo + step < hi and reader.time_of(lo + step) < t:
            lo, step = lo + step + 1, step * 2
        hi = min(hi, lo + step)
    else:
        hi = guess
        while hi - step > lo and reader.time_of(hi - step) >= t:
            hi, step = hi - step, step * 2
        lo = max(lo, hi - step)
    while lo < hi:
        mid = (lo + hi) // 2
        if reader.time_of(mid) < t:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _id_bounds(reader: RecordingReader) -> tuple[int, int] | None:
    try:
        low, high = reader._db.execute("SELECT min(id), max(id) FROM log").fetchone()
    except Exception:
        return None
    return None if low is None else (int(low), int(high))


class _SeriesFeed:
    """Chart points straight from the records (no live model: a long recording decodes fast). A point
    is a pack record (`U`: voltage and currents) with the cell spread of the `V` record (the BMS's own
    lowest/highest) of the same message, whichever comes first; or one serial frame, which has both."""

    def __init__(self, obs: Observation, rhythm: _Rhythm) -> None:
        self.obs = obs
        self.rhythm = rhythm
        self.pack: tuple[float, stream.PackRecord] | None = None
        self.spread: float | None = None

    def clear(self) -> None:
        self.pack = self.spread = None

    def feed(self, item: Any, t: float) -> bool:
        """True when the item completed a point."""
        kind = type(item)
        if kind is stream.CellExtremesRecord:
            self.spread = item.highest_v - item.lowest_v
        elif kind is stream.PackRecord:
            self.rhythm.feed(t)
            if self.pack is not None:  # a message without a V record: its point has no spread
                self._point(None)
            self.pack = (t, item)
        elif kind is stream.CellRecord:
            self._status(item.status1)
            return False
        elif kind is Frame:
            self._status(item.status1)
            self.rhythm.feed(t)
            self.obs.series.add_values(t, item.pack_voltage_v, item.battery_current_a, item.charge_current_a,
                                       item.discharge_current_a, item.highest_cell_v - item.lowest_cell_v)
            return True
        else:
            return False
        if self.pack is not None and self.spread is not None:
            self._point(self.spread)
            return True
        return False

    def _point(self, spread: float | None) -> None:
        t, pack = self.pack  # type: ignore[misc]
        self.obs.series.add_values(t, pack.pack_voltage_v, pack.battery_current_a, pack.solar_current_a,
                                   pack.load_current_a, spread)
        self.pack = self.spread = None

    def _status(self, status1: int) -> None:
        if self.obs.first_status1 is None:  # the first window starts at the recording's start
            self.obs.first_status1 = status1
        self.obs.relays_seen["charge"].add(bool(status1 & 1))
        self.obs.relays_seen["load"].add(bool(status1 & 2))


def observe_recording(path: str | Path, *, points: int = SERIES_POINTS) -> Observation:
    """An `Observation` of a recording (see the module docstring). Raises `RecordingWarning` when the
    file is not a recording."""
    path = Path(path)
    with RecordingReader(path) as reader:
        info = reader.info
        obs = Observation("recording", path.name, int(info.generation))
        obs.serial = info.meta.get("serial") or None
        start, end = reader.time_range()
        obs.started_at, obs.ended_at = start, end
        generations: list[tuple[float, int]] = []
        for entry in reader.events():
            if entry.kind == EventKind.GENERATION.value and entry.text.strip() in ("2", "3"):
                generations.append((entry.t, int(entry.text.strip())))
            if entry.kind in _KEEP_KINDS:
                text = entry.text
                on = None
                if entry.kind == EventKind.RELAY.value:
                    on = text.endswith("allowed")
                    obs.relays_seen["charge" if text.startswith("Charge") else "load"].add(on)
                elif entry.kind == EventKind.WARNING_LIGHT.value:
                    on = text.endswith(" on")
                obs.marks.append(Mark(entry.t, entry.kind, text, on))
        bounds = _id_bounds(reader)
        if bounds is None:
            obs.notes.append(Message("The recording holds no data."))
            return obs
        low, high = bounds
        rhythm = _Rhythm()
        feed = _SeriesFeed(obs, rhythm)
        if high - low < FULL_DECODE_ROWS:
            decoder = RecordingDecoder(info.wire, info.generation)
            for entry in reader.entries():
                for item in decoder.feed(entry):
                    feed.feed(item, entry.t)
            first = low
        else:
            obs.series.sampled = True
            _sample_series(reader, feed, start, end, low, high, points, generations)
            first = _row_at(reader, end - SNAPSHOT_WINDOW_S / 4, low, high + 1)
        # sampled windows are far apart: the message rhythm is measured at the end
        live = _snapshot(reader, first, rhythm if obs.series.sampled else None)
        if first > low and live.cell_count and live.cells_received < live.cell_count:
            first = _row_at(reader, end - SNAPSHOT_WINDOW_S, low, high + 1)  # a slower round: look further
            live = _snapshot(reader, first)
        obs.message_interval_s = rhythm.interval()
        _fill_from_live(obs, live)
        _settings_from_recording(reader, obs, low, high)
        for warning in reader.warnings:
            obs.notes.append(str(warning))
    return obs


def _snapshot(reader: RecordingReader, first_row: int, rhythm: _Rhythm | None = None) -> LiveState:
    """The pack at the end of a recording: its last rows through the live model. The BMS's lowest/highest
    record is applied once, at the end (each one restates every cell)."""
    generation = reader.generation_at(reader.time_of(first_row))
    live = LiveState(generation=generation)
    live.link_up = True
    decoder = RecordingDecoder(reader.info.wire, generation)
    last_extremes = None
    for entry in reader.entries(first_id=first_row):
        for item in decoder.feed(entry):
            if type(item) is stream.CellExtremesRecord:
                last_extremes = (item, entry.t)
            else:
                live.apply(item, entry.t)
                if rhythm is not None and _is_pack(item):
                    rhythm.feed(entry.t)
    if last_extremes is not None:
        live.apply(*last_extremes)
    return live


def _sample_series(reader: RecordingReader, feed: _SeriesFeed, start: float, end: float, low: int, high: int,
                   points: int, generations: list[tuple[float, int]]) -> None:
    """One point per short window at `points` moments across the recording. `generations`: the
    recording's generation events (time, generation), so each window decodes with the current scale."""
    import bisect

    times = [t for t, _ in generations]
    frames = reader.info.wire == "frame"
    decoders: dict[int, Any] = {}

    def decoder_at(t: float):
        """A decoder with the scale in force at `t`, emptied: a window starts anywhere, and nothing of
        the last one may run into it."""
        index = bisect.bisect_right(times, t)
        generation = generations[index - 1][1] if index else reader.info.generation
        decoder = decoders.get(generation)
        if decoder is None:
            decoder = decoders[generation] = (RecordingDecoder("frame", generation) if frames
                                              else stream.StreamDecoder(Generation(generation)))
        decoder.reset()
        return decoder

    old_batch = reader.BATCH
    reader.BATCH = _WINDOW_ROWS
    try:
        step = (end - start) / max(1, points - 1)
        row = low
        for k in range(points):
            at = start + k * step
            row = _row_at(reader, at, row, high + 1)
            if row > high:
                break
            decoder = decoder_at(at)
            feed.clear()
            done = False
            for read, entry in enumerate(reader.entries(first_id=row), start=1):
                if entry.is_bytes:
                    items = decoder.feed(entry) if frames else decoder.feed(entry.data)
                    for item in items:
                        if feed.feed(item, entry.t):
                            done = True
                            break
                if done or read >= _WINDOW_ROWS:
                    break
    finally:
        reader.BATCH = old_batch


# ------------------------------------------------------------------------------------ settings in a recording

_SETTINGS_KINDS = ("V", "S1", "S2", "S3", "SRY0", "SRY1")
_STATUS_WORDS = frozenset({"OK", "KO", "NA", "WRONG"})
#: after a connection starts, its settings are read within this long
_SETTINGS_AFTER_CONNECT_S = 30.0
#: a write's read-back comes before the event that records the write, within this long
_SETTINGS_BEFORE_WRITE_S = 30.0


def _is_secret(name: str) -> bool:
    """A setting never kept in an observation (the PIN), by the parameter table's `secret` flag."""
    from smartbms_gui.protocol import params

    return name in params.SECRET_NAMES


def _parse_answer(kind: str, text: str):
    """A recorded settings answer. S1 carries the PIN, which the recording masks (`****`): its checksum
    cannot be checked then, so its fields are read without it [?] (the session had checked it live,
    and a failed answer was asked again, so the last answer of a connection is the one it kept)."""
    from smartbms_gui.protocol import ascii_records
    from smartbms_gui.protocol.hex_fields import parse_hex_field

    if "*" not in text:
        return ascii_records.parse_settings_record(kind, text)
    body = text.strip().rpartition("_")[0]
    fields = body.split("_")
    if len(fields) < ascii_records.REQUIRED_FIELDS[kind]:
        raise ValueError("too short")
    names = {spec.index: spec.name for spec in ascii_records.RECORD_FIELDS[kind]}
    raw = tuple(None if "*" in field else parse_hex_field(field, record=kind, field=names.get(i, f"field{i}"))
                for i, field in enumerate(fields))
    return ascii_records.SettingsRecord(kind, raw)


def _settings_from_recording(reader: RecordingReader, obs: Observation, low: int, high: int) -> None:
    """The settings the session read (its answers are in the recorded bytes): after each connection
    and before each recorded write. Never the PIN (masked in the recording, left out here)."""
    if reader.info.wire == "frame":
        return
    from smartbms_gui.protocol import params
    from smartbms_gui.protocol.scaling import Generation
    from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder

    # (start, end, the write it reads back or None)
    windows: list[tuple[float, float, float | None]] = []
    for mark in obs.marks:
        if mark.kind in (EventKind.CONNECTED.value, EventKind.RECONNECT.value):
            windows.append((mark.t, mark.t + _SETTINGS_AFTER_CONNECT_S, None))
        elif mark.kind == EventKind.SETTINGS_WRITTEN.value:
            windows.append((mark.t - _SETTINGS_BEFORE_WRITE_S, mark.t + 0.5, mark.t))
    if not windows and obs.started_at is not None:
        windows.append((obs.started_at, obs.started_at + _SETTINGS_AFTER_CONNECT_S, None))
    answers: list[tuple[float, str, Any]] = []
    read_at = None
    for start, end, write_at in sorted(windows):
        answered = False
        row = _row_at(reader, start, low, high + 1)
        if row > high:
            continue
        generation = Generation(reader.generation_at(start))
        decoder = StreamDecoder(generation)
        expect = None
        for entry in reader.entries(first_id=row):
            if entry.t > end:
                break
            if not entry.is_bytes:
                continue
            for item in decoder.feed(entry.data):
                if type(item) is not ReplyLine:
                    continue
                text = item.text.strip()
                if text.endswith("@") and text[:-1] in _SETTINGS_KINDS:
                    expect = text[:-1]
                elif expect is not None and text not in _STATUS_WORDS:
                    try:
                        answers.append((entry.t, expect, _parse_answer(expect, text)))
                        read_at = max(read_at or entry.t, entry.t)  # windows may overlap
                        answered = True
                    except (ValueError, KeyError):
                        pass  # a damaged answer: the session asked again, the next one counts
                    expect = None
        if write_at is not None and answered:
            # the window records a write only once it was read back (verified writes only): the
            # answers before the event are that read-back
            read_at = max(read_at or write_at, write_at)
    records = {kind: record for _, kind, record in sorted(answers, key=lambda a: a[0])}  # the newest wins
    if not records:
        return
    firmware = records["V"].raw_value("firmware") if "V" in records else None
    if firmware is not None and not obs.firmware:
        obs.firmware = f"0x{firmware:04X}"  # as the live model shows it ([?] its encoding is not published)
    settings = params.decode_settings(records, generation=Generation(obs.generation))
    obs.settings = {k: v for k, v in settings.items() if not _is_secret(k)}
    obs.settings_read_at = read_at
