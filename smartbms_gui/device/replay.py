"""Replay of a recording through the same decoders the live link uses (no Qt).

`RecordingDecoder` turns recorded bytes back into the items a live session produced (stream
records on the ASCII wire, frames on the serial wire). `decode_items()` is the fast path: every
item of a recording at once, for export and benchmarks. `Replay` plays a recording in recorded
time: play, pause, speed ×1…×1000, seek. It is driven either by `await replay.run()` (asyncio) or by
calling `advance(real_seconds)` from any timer (the plots page uses a QTimer).

Items reach `on_item(item, t)` with `t` the recorded wall-clock time, exactly like the live
session's callback, so whatever listens can't tell a replay from a connection.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..protocol.frame import FrameDecoder
from ..protocol.scaling import Generation
from ..protocol.stream import ReplyLine, StreamDecoder
from .recording import Entry, EventKind, RecordingReader

MIN_SPEED = 1.0
MAX_SPEED = 1000.0
SPEEDS = (1, 2, 5, 10, 30, 60, 100, 300, 1000)


_NEW_LINK = frozenset({EventKind.CONNECTED.value, EventKind.RECONNECT.value})


class RecordingDecoder:
    """Recorded entries in, decoded items out (the same decoders as the live link)."""

    def __init__(self, wire: str, generation: int = 2) -> None:
        self.wire = "frame" if str(wire).lower() == "frame" else "ascii"
        self.generation = Generation(int(generation)) if int(generation) in (2, 3) else Generation.GEN2
        self._make()

    def _make(self) -> None:
        if self.wire == "frame":
            self._frames: FrameDecoder | None = FrameDecoder()
            self._stream = None
        else:
            self._stream = StreamDecoder(self.generation)
            self._frames = None

    def reset(self) -> None:
        self._make()

    @property
    def dropped(self) -> int:
        if self._stream is not None:
            return self._stream.dropped
        assert self._frames is not None  # (one of the two decoders is always set)
        return self._frames.dropped_bytes

    def feed(self, entry: Entry) -> list:
        """Items decoded from one entry; a GENERATION event switches the current scale."""
        if entry.is_bytes:
            if self._stream is not None:
                return [item for item in self._stream.feed(entry.data) if type(item) is not ReplyLine]
            assert self._frames is not None  # (one of the two decoders is always set)
            return self._frames.feed(entry.data, entry.t)
        if entry.kind in _NEW_LINK:
            # The live session starts a fresh decoder for every connection: so does the replay.
            self._make()
            return []
        if entry.kind == EventKind.GENERATION.value and self._stream is not None:
            try:
                generation = Generation(int(entry.text.strip()))
            except ValueError:
                return []
            if generation != self.generation:
                self.generation = generation
                pending = self._stream._pending  # a record cut by the event keeps its bytes
                self._stream = StreamDecoder(generation)
                self._stream._pending = pending
        return []


def _reader(source: RecordingReader | str | os.PathLike[str]) -> tuple[RecordingReader, bool]:
    if isinstance(source, RecordingReader):
        return source, False
    return RecordingReader(source), True


def split_points(reader: RecordingReader, parts: int, *, until: float | None = None,
                 bucket_s: float | None = None) -> list[tuple[int, int]]:
    """Row ranges [first, end) that decode independently to exactly what one pass gives: every
    range starts right after a received row that ends with a record terminator (or a connection
    event). Serial-frame recordings are not split (their decoder needs the silences before).
    With `bucket_s`, a range also starts in a later time bucket (floor(t / bucket_s)) than the row
    before it, so that whoever files the parts by time bucket (the plots' 1 s rows) never sees one
    bucket cut in two; where no such row is near a wanted split, there is one part fewer."""
    db = reader._db
    try:
        low, high = db.execute("SELECT min(id), max(id) FROM log").fetchone()
        if until is not None:
            high = db.execute("SELECT max(id) FROM log WHERE t <= ?", (until,)).fetchone()[0]
    except Exception:
        return []
    if low is None or high is None:
        return []
    end = high + 1
    if reader.info.wire == "frame" or parts < 2:
        return [(low, end)]
    starts = [low]
    for k in range(1, parts):
        candidate = low + (end - low) * k // parts
        rows = db.execute(
            "SELECT id, t, (kind = 'rx' AND (substr(data, -1) = X'0D' OR substr(data, -1) = X'20')) "
            "OR kind IN ('connected', 'reconnect') FROM log WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (candidate, end, _SPLIT_LOOKAHEAD)).fetchall()
        for (row_id, t, ends_record), (_next_id, next_t, _) in zip(rows, rows[1:]):
            if not ends_record:
                continue
            if bucket_s is None or math.floor(next_t / bucket_s) > math.floor(t / bucket_s):
                if starts[-1] < row_id + 1 < end:
                    starts.append(row_id + 1)
                break
    return [(a, b) for a, b in zip(starts, starts[1:] + [end])]


#: Rows looked at after a wanted split point for a row where a part may start.
_SPLIT_LOOKAHEAD = 5_000


def decode_items(source, *, include_events: bool = False, since: float | None = None) -> Iterator[tuple[float, Any]]:
    """Every decoded item of a recording (from `since` on), in order, as (t, item); with
    `include_events` the event entries come along as (t, Entry)."""
    reader, owned = _reader(source)
    try:
        generation = reader.info.generation if since is None else reader.generation_at(since)
        decoder = RecordingDecoder(reader.info.wire, generation)
        for entry in reader.entries(since=since):
            for item in decoder.feed(entry):
                yield entry.t, item
            if include_events and not entry.is_bytes:
                yield entry.t, entry
    finally:
        if owned:
            reader.close()


@dataclass
class ReplayPosition:
    start: float
    end: float
    position: float
    playing: bool
    speed: float
    finished: bool


class Replay:
    """Plays a recording in recorded time.

    Callbacks: `on_item(item, t)`, `on_event(entry)` for recorded events, `on_reset()` before a
    seek re-plays from an earlier point (listeners clear what they show), `on_finished()`.
    A seek first replays `preroll_s` of history quickly so plots have their window filled; with
    `on_bulk(list of (t, item))` that history arrives in large lists instead of one call per item.
    """

    BULK_CHUNK = 50_000

    #: Longest time `advance()` may spend decoding; at ×1000 the position lags rather than freeze.
    WORK_BUDGET_S = 0.03

    def __init__(
        self,
        source: RecordingReader | str | os.PathLike[str],
        *,
        on_item: Callable[[Any, float], None] | None = None,
        on_event: Callable[[Entry], None] | None = None,
        on_reset: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        on_bulk: Callable[[list], None] | None = None,
        preroll_s: float = 3600.0,
    ) -> None:
        self.reader, self._owned = _reader(source)
        self.info = self.reader.info
        self.on_item = on_item
        self.on_event = on_event
        self.on_reset = on_reset
        self.on_finished = on_finished
        self.on_bulk = on_bulk
        self.preroll_s = preroll_s
        self.start, self.end = self.reader.time_range()
        self.position = self.start
        self.speed = 1.0
        self.playing = False
        self.finished = False
        self._decoder = RecordingDecoder(self.info.wire, self.info.generation)
        self._entries: Iterator[Entry] = self.reader.entries()
        self._next: Entry | None = None
        self._closed = False

    @property
    def duration(self) -> float:
        return max(self.end - self.start, 0.0)

    @property
    def warnings(self):
        return self.reader.warnings

    def state(self) -> ReplayPosition:
        return ReplayPosition(self.start, self.end, self.position, self.playing, self.speed, self.finished)

    def close(self) -> None:
        self._closed = True
        self.playing = False
        if self._owned:
            self.reader.close()

    # ------------------------------------------------------------------ controls
    def play(self) -> None:
        if self.finished:
            self.seek(self.start)
        self.playing = True

    def pause(self) -> None:
        self.playing = False

    def set_speed(self, speed: float) -> None:
        if not (math.isfinite(speed) and speed > 0):
            raise ValueError(f"Replay speed must be a positive number, not {speed!r}.")
        self.speed = min(max(float(speed), MIN_SPEED), MAX_SPEED)

    def seek(self, t: float) -> None:
        """Jump to recorded time `t` (clamped to the recording). Listeners are reset, then the
        `preroll_s` before `t` is replayed at once."""
        t = min(max(t, self.start), self.end)
        if self.on_reset is not None:
            self.on_reset()
        self._decoder = RecordingDecoder(self.info.wire, self.reader.generation_at(t - self.preroll_s))
        self._entries = self.reader.entries(since=t - self.preroll_s)
        self._next = None
        self.finished = False
        self.position = t
        if self.on_bulk is None:
            self._emit_until(t, budget_s=None)
            return
        batch: list = []
        for entry in self._entries:
            if entry.t > t:
                self._next = entry
                break
            for item in self._decoder.feed(entry):
                batch.append((entry.t, item))
            if not entry.is_bytes and self.on_event is not None:
                self.on_event(entry)
            if len(batch) >= self.BULK_CHUNK:
                self.on_bulk(batch)
                batch = []
        if batch:
            self.on_bulk(batch)

    def jump(self, t: float) -> None:
        """Go to `t` without handing anything out (the caller already has what came before,
        e.g. from `decode_items`); playing continues with what follows `t`."""
        t = min(max(t, self.start), self.end)
        self._decoder = RecordingDecoder(self.info.wire, self.reader.generation_at(t))
        self._entries = self.reader.entries(since=t + 1e-6)
        self._next = None
        self.position = t
        self.finished = t >= self.end

    def advance(self, real_dt: float) -> int:
        """Move on by `real_dt` real seconds at the current speed; returns how many items were
        handed out. Does nothing while paused."""
        if not self.playing or self._closed:
            return 0
        target = min(self.position + max(real_dt, 0.0) * self.speed, self.end)
        count, reached = self._emit_until(target, budget_s=self.WORK_BUDGET_S)
        self.position = target if reached else max(self.position, reached_time(self, target))
        if reached and target >= self.end:
            self.finished = True
            self.playing = False
            if self.on_finished is not None:
                self.on_finished()
        return count

    async def run(self, tick_s: float = 0.02, clock: Callable[[], float] = time.monotonic) -> None:
        """Play until the end or `close()`, in real time × speed."""
        self.play()
        last = clock()
        while not self._closed and not self.finished:
            await asyncio.sleep(tick_s)
            now = clock()
            self.advance(now - last)
            last = now

    # ------------------------------------------------------------------ internals
    def _emit_until(self, t: float, budget_s: float | None) -> tuple[int, bool]:
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        count = 0
        steps = 0
        self._last_emitted = self.position
        while True:
            entry = self._next
            if entry is None:
                entry = next(self._entries, None)
                if entry is None:
                    return count, True
            if entry.t > t:
                self._next = entry
                return count, True
            self._next = None
            for item in self._decoder.feed(entry):
                count += 1
                if self.on_item is not None:
                    self.on_item(item, entry.t)
            if not entry.is_bytes and self.on_event is not None:
                self.on_event(entry)
            self._last_emitted = entry.t
            steps += 1
            if deadline is not None and (steps & 15) == 0 and time.perf_counter() > deadline:
                return count, False


def reached_time(replay: Replay, target: float) -> float:
    """Where a replay that ran out of its work budget actually is."""
    return min(getattr(replay, "_last_emitted", replay.position), target)
