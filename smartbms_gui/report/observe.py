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
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.status import CellState, WarningLight

#: at most this many points in the session chart of a recording (one sampled window each)
SERIES_POINTS = 720
#: a recording with fewer rows than this is decoded in full (every record is a point)
FULL_DECODE_ROWS = 60_000
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
    link: str  # what the battery was reached by ("Simulator", "BLE 123\\SmartBMS 03330", a file name)
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
    settings = {k: v for k, v in live.settings.items() if k != "pin"}
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
    `notice(text)`, `settings_read()` and `settings_written(text)` yourself. Times `t` are the
    session's monotonic stamps; they are kept as wall-clock seconds.
    """

    #: at most this many points are kept; older halves are thinned (a long session stays small)
    MAX_POINTS = 4000

    def __init__(
        self, live: LiveState, *, link: str = "", serial: str | None = None, source: str = "live"
    ) -> None:
        self.live = live
        self.link = link
        self.serial = serial
        self.source = source
        self.series = Series()
        self.marks: list[Mark] = []
        self.relays_seen: dict[str, set[bool]] = {"charge": set(), "load": set()}
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
        previous_item, previous_notice = session.on_item, session.on_notice
        previous_settings = session.on_settings

        def on_item(item, t: float) -> None:
            if previous_item is not None:
                previous_item(item, t)
            self.feed(item, t)

        def on_notice(text) -> None:
            self.notice(text)
            if previous_notice is not None:
                previous_notice(text)

        def on_settings(values) -> None:
            self.settings_read()
            if previous_settings is not None:
                previous_settings(values)

        session.on_item, session.on_notice, session.on_settings = on_item, on_notice, on_settings

    def notice(self, text) -> None:
        from smartbms_gui.device.client import DEFAULT_PIN_WARNING

        if getattr(text, "template", None) == DEFAULT_PIN_WARNING.template:
            self.factory_pin = True

    def settings_read(self, t: float | None = None) -> None:
        self.settings_read_at = time.time() if t is None else t

    def settings_written(self, text: str, t: float | None = None) -> None:
        self.marks.append(Mark(time.time() if t is None else t, EventKind.SETTINGS_WRITTEN.value, text))

    def feed(self, item: Any, t: float) -> None:
        """One decoded item (the live model has applied it already)."""
        wall = self.wall(t)
        status1 = getattr(item, "status1", None)
        if isinstance(status1, int):
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
        obs.factory_pin = self.factory_pin
        obs.settings_read_at = self.settings_read_at if obs.settings else None
        obs.message_interval_s = self._rhythm.interval()
        obs.started_at, obs.ended_at = self.started_at, time.time()
        obs.cell_log, obs.soc_history = cell_log, soc_history
        return obs


# ------------------------------------------------------------------------------------ recordings


def _row_at(reader: RecordingReader, t: float, low: int, high: int) -> int:
    """The first row id at or after `t` (rows are in time order), by bisection on the primary key."""
    while low < high:
        mid = (low + high) // 2
        try:
            mid_t = reader.time_of(mid)
        except Exception:  # a missing or damaged row: look right of it
            mid_t = None
        if mid_t is None or mid_t < t:
            low = mid + 1
        else:
            high = mid
    return low


def _id_bounds(reader: RecordingReader) -> tuple[int, int] | None:
    try:
        low, high = reader._db.execute("SELECT min(id), max(id) FROM log").fetchone()
    except Exception:
        return None
    return None if low is None else (int(low), int(high))


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
        for entry in reader.events():
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
            obs.notes.append("The recording holds no data.")
            return obs
        low, high = bounds
        rhythm = _Rhythm()
        if high - low < FULL_DECODE_ROWS:
            live = LiveState(generation=info.generation)
            decoder = RecordingDecoder(info.wire, info.generation)
            for entry in reader.entries():
                for item in decoder.feed(entry):
                    live.apply(item, entry.t)
                    if _is_pack(item):
                        rhythm.feed(entry.t)
                        obs.series.add(entry.t, live)
            _fill_status_seen(obs, live)
        else:
            obs.series.sampled = True
            _sample_series(reader, obs, rhythm, start, end, low, high, points)
            live = LiveState(generation=reader.generation_at(max(start, end - SNAPSHOT_WINDOW_S)))
            decoder = RecordingDecoder(info.wire, live.generation)
            first = _row_at(reader, end - SNAPSHOT_WINDOW_S, low, high + 1)
            for entry in reader.entries(first_id=first):
                for item in decoder.feed(entry):
                    live.apply(item, entry.t)
            _fill_status_seen(obs, live)
        obs.message_interval_s = rhythm.interval()
        live.link_up = True
        _fill_from_live(obs, live)
        for warning in reader.warnings:
            obs.notes.append(str(warning))
    return obs


def _fill_status_seen(obs: Observation, live: LiveState) -> None:
    if live.get("status1") is not None:
        obs.relays_seen["charge"].add(bool(live.charge_allowed))
        obs.relays_seen["load"].add(bool(live.load_allowed))


def _sample_series(
    reader: RecordingReader,
    obs: Observation,
    rhythm: _Rhythm,
    start: float,
    end: float,
    low: int,
    high: int,
    points: int,
) -> None:
    """One point per window at `points` moments across the recording."""
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
            live = LiveState(generation=reader.generation_at(at))
            decoder = RecordingDecoder(reader.info.wire, live.generation)
            seen_pack = seen_extremes = False
            pack_t = None
            read = 0
            for entry in reader.entries(first_id=row):
                read += 1
                for item in decoder.feed(entry):
                    live.apply(item, entry.t)
                    kind = type(item)
                    if _is_pack(item):
                        seen_pack, pack_t = True, entry.t
                        rhythm.feed(entry.t)
                    if kind is stream.CellExtremesRecord or kind is Frame:
                        seen_extremes = True
                if (seen_pack and seen_extremes) or read >= _WINDOW_ROWS * 4:
                    break
            if seen_pack:
                obs.series.add(pack_t, live)
            if live.get("status1") is not None:
                obs.relays_seen["charge"].add(bool(live.charge_allowed))
                obs.relays_seen["load"].add(bool(live.load_allowed))
    finally:
        reader.BATCH = old_batch
