"""What the plots page draws, kept in fixed-size ring buffers (numpy only, no Qt).

`PlotData` takes the decoded items the live link (or a replay) produces — stream records and
serial frames — and files their values into `History` buffers: pack voltage, the three currents,
SoC, lowest/highest cell and their spread, lowest/highest temperature, and every cell's voltage
and temperature. Relay and warning-light changes become events. `feed()` takes one item (live),
`feed_many()` a whole recording at once (vectorised). The field mapping follows `LiveState`
(serial frame: I1 is the solar/charge sensor, I2 the load/discharge sensor).

A link event (connected, link lost, reconnected) breaks every line at its time: no straight line
is drawn across the gap, and cell values are not carried over it (the pack may have changed).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from smartbms_gui.device.recording import EventKind, StatusChanges
from smartbms_gui.messages import Message
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.stream import (
    CellExtremesRecord,
    CellRecord,
    EnergyRecord,
    PackRecord,
    TemperatureRecord,
)

from .plot_buffers import History, carry_rows

NAN = float("nan")
DAY_S = 24 * 3600
#: The longest window the page offers; every buffer holds this much, and not more.
HISTORY_S = DAY_S
MAX_EVENTS = 20_000
#: Events after which the data starts afresh: every line breaks there.
LINK_EVENTS = frozenset({EventKind.CONNECTED.value, EventKind.RECONNECT.value, EventKind.DISCONNECTED.value})

# column order of the multi-column series
PACK_COLUMNS = ("pack_voltage_v", "battery_current_a", "solar_current_a", "load_current_a")
EXTREME_COLUMNS = ("lowest_cell_v", "highest_cell_v", "cell_spread_mv")
TEMP_COLUMNS = ("lowest_temp_c", "highest_temp_c")


def _f(value) -> float:
    return NAN if value is None else float(value)


@dataclass(frozen=True)
class PlotEvent:
    t: float
    kind: str  # an EventKind value
    text: str
    on: bool | None = None  # relay closed / light lit; None for events without a direction


class PlotData:
    """Ring-buffered plot history of one source (the live link or one replay)."""

    def __init__(self, history_s: float = HISTORY_S, *, cell_dtype=np.float16) -> None:
        self.history_s = history_s
        self.cell_dtype = cell_dtype
        scalar = dict(base_s=1.0, span_s=history_s, factor=4, levels=6)
        self.pack = History(len(PACK_COLUMNS), **scalar)
        self.soc = History(1, **scalar)
        self.extremes = History(len(EXTREME_COLUMNS), **scalar)
        self.temps = History(len(TEMP_COLUMNS), **scalar)
        self.cell_volts: History | None = None
        self.cell_temps: History | None = None
        self.cell_count = 0
        self.events: deque[PlotEvent] = deque(maxlen=MAX_EVENTS)
        self.events_version = 0
        self.status = StatusChanges()
        self.last_time = -math.inf
        self.first_time = math.inf  # the oldest data or event filed (the view fits short data)
        self.items = 0

    # ------------------------------------------------------------------ structure
    def _cells(self, count: int) -> None:
        """(Re)allocate the per-cell buffers for `count` cells (memory is fixed by the count)."""
        if count == self.cell_count and self.cell_volts is not None:
            return
        cells = dict(span_s=self.history_s, factor=8, base_peaks=False, dtype=self.cell_dtype, gap_s=300.0)
        self.cell_volts = History(count, base_s=1.0, levels=4, **cells)
        # Cell temperatures move slowly (and in 0.857 °C steps): 4 s rows keep 24 h of 255 cells in
        # a quarter of the memory.
        self.cell_temps = History(count, base_s=4.0, levels=3, **cells)
        self.cell_count = count

    def histories(self) -> list[History]:
        out = [self.pack, self.soc, self.extremes, self.temps]
        if self.cell_volts is not None:
            out += [self.cell_volts, self.cell_temps]  # type: ignore[list-item]
        return out

    def nbytes(self) -> int:
        return sum(h.nbytes() for h in self.histories())

    def clear(self) -> None:
        for h in self.histories():
            h.clear()
        self.events.clear()
        self.events_version += 1
        self.status = StatusChanges()
        self.last_time = -math.inf
        self.first_time = math.inf

    @property
    def has_data(self) -> bool:
        return any(len(h) for h in self.histories())

    # ------------------------------------------------------------------ events
    def add_event(self, kind: EventKind | str, text: str, t: float, on: bool | None = None, *,
                  breaks: bool = True) -> None:
        """A marker at `t`; a link event also breaks every line there (`breaks=False` when the
        data was filed with its breaks already, see `apply`)."""
        kind = str(getattr(kind, "value", kind))
        self.events.append(PlotEvent(t, kind, text, on))
        self.events_version += 1
        if breaks and kind in LINK_EVENTS:
            self.break_lines(t)
        if t > self.last_time:  # the view follows the newest thing known, data or event
            self.last_time = t
        self.first_time = min(self.first_time, t)

    def break_lines(self, t: float) -> None:
        """End every line at `t` (see `History.add_break`)."""
        for history in self.histories():
            history.add_break(t)

    def _status(self, status1: int, t: float) -> None:
        for kind, text, on in self.status.update(status1):
            self.add_event(kind, text, t, on)

    # ------------------------------------------------------------------ one item (live)
    def feed(self, item, t: float) -> None:
        kind = type(item)
        self.items += 1
        self.last_time = max(self.last_time, t)
        if t < self.first_time:
            self.first_time = t
        if kind is PackRecord:
            self.pack.add(t, (item.pack_voltage_v, _f(item.battery_current_a), _f(item.solar_current_a),
                              _f(item.load_current_a)))
        elif kind is CellRecord:
            self._cell(t, item.cell, item.cell_count, item.voltage_v, item.temperature_c)
            self._status(item.status1, t)
        elif kind is CellExtremesRecord:
            self.extremes.add(t, (item.lowest_v, item.highest_v, (item.highest_v - item.lowest_v) * 1000.0))
        elif kind is TemperatureRecord:
            self.temps.add(t, (item.lowest_c, item.highest_c))
        elif kind is EnergyRecord:
            self.soc.add(t, (item.soc_pct,))
        elif kind is Frame:
            self.pack.add(t, (item.pack_voltage_v, _f(item.battery_current_a), _f(item.charge_current_a),
                              _f(item.discharge_current_a)))
            low, high = item.lowest_cell_v, item.highest_cell_v
            self.extremes.add(t, (low, high, (high - low) * 1000.0))
            self.temps.add(t, (item.lowest_temp_c, item.highest_temp_c))
            self.soc.add(t, (float(item.soc_pct),))
            if item.cell >= 1:
                self._cell(t, item.cell, item.cell_count, item.cell_voltage_v, item.cell_temperature_c)
            self._status(item.status1, t)

    def _cell(self, t: float, cell: int, count: int, volts: float, celsius: float) -> None:
        self._cells(count)
        if 1 <= cell <= count:
            self.cell_volts.update(t, cell - 1, volts)  # type: ignore[union-attr]
            self.cell_temps.update(t, cell - 1, celsius)  # type: ignore[union-attr]

    # ------------------------------------------------------------------ many items (replay)
    def feed_many(self, pairs: Iterable[tuple[float, object]], breaks=()) -> int:
        """File a long run of (t, item) at once: the same buffers as `feed` one by one, fast.
        `breaks`: times of link events in this run (each breaks every line there)."""
        columns = Columns(self.status.last)
        columns.add_all(pairs)
        return self.apply(columns.arrays(), breaks)

    def apply(self, arrays: dict, breaks=()) -> int:
        """File what a `Columns` collected (possibly in another process), in time order, with a
        line break at each time in `breaks` (the link events of that stretch, each given once)."""
        breaks = sorted(breaks)
        scalars = ((self.pack, "pack"), (self.soc, "soc"), (self.extremes, "ext"), (self.temps, "tmp"))
        for history, key in scalars:
            t = arrays[key + "_t"]
            for piece, brk in _pieces(t, breaks):
                if len(piece):
                    history.extend(t[piece], arrays[key + "_v"][piece])
                if brk is not None:
                    history.add_break(brk)
        t, index, counts = arrays["cell_t"], arrays["cell_i"], arrays["cell_n"]
        for piece, brk in _pieces(t, breaks):
            if len(piece):
                # a change of cell count starts new buffers (as `feed` does)
                cuts = np.flatnonzero(np.diff(counts[piece])) + 1
                for segment in np.split(piece, cuts):
                    self._cells(int(counts[segment[0]]))
                    self._flush_cells(t[segment], index[segment], arrays["cell_v"][segment],
                                      arrays["cell_c"][segment])
            if brk is not None and self.cell_volts is not None:
                self.cell_volts.add_break(brk)
                self.cell_temps.add_break(brk)  # type: ignore[union-attr]
        for when, status1 in arrays["status"]:
            self._status(status1, when)
        self.last_time = max(self.last_time, arrays["last_time"], *breaks[-1:])
        self.first_time = min(self.first_time, arrays.get("first_time", math.inf), *breaks[:1])
        self.items += arrays["items"]
        return arrays["items"]

    def _flush_cells(self, t, index, volts, temps) -> None:
        # carry in chunks of a few thousand rows so the scratch matrix stays small
        step = 8_000
        for start in range(0, len(t), step):
            part = slice(start, start + step)
            for history, values in ((self.cell_volts, volts), (self.cell_temps, temps)):
                rows_t, rows = carry_rows(history, t[part], index[part], values[part])
                history.extend(rows_t, rows)


def _pieces(times: np.ndarray, breaks: list[float]):
    """(indexes, break time or None): the samples up to each break (a sample at the break's own
    time belongs before it), then the rest."""
    start = 0
    for brk in breaks:
        end = int(np.searchsorted(times, brk, side="right"))
        yield np.arange(start, end), brk
        start = end
    yield np.arange(start, len(times)), None


class Columns:
    """Collects the plotted values of many (t, item) pairs into plain arrays (picklable, so a
    worker process can decode a part of a recording while another decodes the next part)."""

    def __init__(self, last_status: int | None = None) -> None:
        self.pack_t, self.pack_v, self.soc_t, self.soc_v = [], [], [], []
        self.ext_t, self.ext_v, self.tmp_t, self.tmp_v = [], [], [], []
        self.cell_t, self.cell_i, self.cell_v, self.cell_c, self.cell_n = [], [], [], [], []
        self.status: list[tuple[float, int]] = []
        self.last_status = last_status
        self.items = 0
        self.last_time = -math.inf

    def add_all(self, pairs: Iterable[tuple[float, object]]) -> None:
        pack_t, pack_v, soc_t, soc_v = self.pack_t, self.pack_v, self.soc_t, self.soc_v
        ext_t, ext_v, tmp_t, tmp_v = self.ext_t, self.ext_v, self.tmp_t, self.tmp_v
        cell_t, cell_i, cell_v, cell_c, cell_n = self.cell_t, self.cell_i, self.cell_v, self.cell_c, self.cell_n
        status = self.status
        last_status = self.last_status
        n = 0
        last = self.last_time
        for t, item in pairs:
            n += 1
            kind = type(item)
            if kind is CellRecord:
                if item.cell >= 1:
                    cell_t.append(t)
                    cell_i.append(item.cell - 1)
                    cell_v.append(item.voltage_v)
                    cell_c.append(item.temperature_c)
                    cell_n.append(item.cell_count)
                if item.status1 != last_status:
                    last_status = item.status1
                    status.append((t, last_status))
            elif kind is PackRecord:
                pack_t.append(t)
                pack_v.append((item.pack_voltage_v, _f(item.battery_current_a), _f(item.solar_current_a),
                               _f(item.load_current_a)))
            elif kind is CellExtremesRecord:
                ext_t.append(t)
                ext_v.append((item.lowest_v, item.highest_v, (item.highest_v - item.lowest_v) * 1000.0))
            elif kind is TemperatureRecord:
                tmp_t.append(t)
                tmp_v.append((item.lowest_c, item.highest_c))
            elif kind is EnergyRecord:
                soc_t.append(t)
                soc_v.append((item.soc_pct,))
            elif kind is Frame:
                pack_t.append(t)
                pack_v.append((item.pack_voltage_v, _f(item.battery_current_a), _f(item.charge_current_a),
                               _f(item.discharge_current_a)))
                low, high = item.lowest_cell_v, item.highest_cell_v
                ext_t.append(t)
                ext_v.append((low, high, (high - low) * 1000.0))
                tmp_t.append(t)
                tmp_v.append((item.lowest_temp_c, item.highest_temp_c))
                soc_t.append(t)
                soc_v.append((float(item.soc_pct),))
                if item.cell >= 1:
                    cell_t.append(t)
                    cell_i.append(item.cell - 1)
                    cell_v.append(item.cell_voltage_v)
                    cell_c.append(item.cell_temperature_c)
                    cell_n.append(item.cell_count)
                if item.status1 != last_status:
                    last_status = item.status1
                    status.append((t, last_status))
            last = max(last, t)
        self.last_status = last_status
        self.items += n
        self.last_time = last

    def arrays(self) -> dict:
        def table(times, rows, width):
            return (np.asarray(times, dtype=np.float64),
                    np.asarray(rows, dtype=np.float32).reshape(len(times), width))

        out: dict = {}
        for key, width in (("pack", 4), ("soc", 1), ("ext", 3), ("tmp", 2)):
            out[key + "_t"], out[key + "_v"] = table(getattr(self, key + "_t"), getattr(self, key + "_v"), width)
        out["cell_t"] = np.asarray(self.cell_t, dtype=np.float64)
        out["cell_i"] = np.asarray(self.cell_i, dtype=np.int64)
        out["cell_v"] = np.asarray(self.cell_v, dtype=np.float32)
        out["cell_c"] = np.asarray(self.cell_c, dtype=np.float32)
        out["cell_n"] = np.asarray(self.cell_n, dtype=np.int64)
        out["status"] = list(self.status)
        out["items"] = self.items
        out["last_time"] = self.last_time
        # every list is in time order: the oldest time is among their first entries
        out["first_time"] = min((times[0] for times in (self.pack_t, self.soc_t, self.ext_t, self.tmp_t,
                                                         self.cell_t) if times), default=math.inf)
        return out


# ---------------------------------------------------------------------- a whole recording at once
#: Below this many rows a recording is decoded in this process (starting workers costs ~0.3 s).
PARALLEL_MIN_ROWS = 20_000
#: Rows in one part of a parallel load (at least two parts a worker, at most MAX_PARTS): small parts
#: make the progress move and a cancel take effect within one part (for 24 h of 255 cells, 32 parts
#: of ~0.3 s of one worker's time each; they also loaded faster than 4 big ones).
PART_ROWS = 2_000
MAX_PARTS = 32
#: Parts of a parallel load start in a new bucket of this many seconds: the base rows of every
#: history (1 s; 4 s for cell temperatures) are then never cut in two, so a part's first row does
#: not carry a half-updated row into the coarser levels' peaks and the result equals one pass.
SPLIT_BUCKET_S = 4.0
#: One pass checks `cancel` and reports its share every this many items.
CHECK_EVERY = 2_000


class LoadCancelled(Exception):
    """`load_recording` stopped because its `cancel` was set: the data it was filling is incomplete."""


def _decode_part(path: str, first_id: int, end_id: int, generation: int) -> dict:
    """Worker: decode rows [first_id, end_id) with the live decoders, return the plotted columns."""
    from smartbms_gui.device.recording import RecordingReader
    from smartbms_gui.device.replay import RecordingDecoder

    reader = RecordingReader(path)
    try:
        decoder = RecordingDecoder(reader.info.wire, generation)
        columns = Columns()

        def pairs():
            for entry in reader.entries(first_id=first_id, end_id=end_id):
                for item in decoder.feed(entry):
                    yield entry.t, item

        columns.add_all(pairs())
        return columns.arrays()
    finally:
        reader.close()


class _Steps:
    """`progress` and `cancel` of one load: the share only rises, a set cancel raises."""

    def __init__(self, progress, cancel) -> None:
        self.progress, self.cancel, self.sent = progress, cancel, -1.0

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise LoadCancelled()

    def report(self, share: float) -> None:
        share = min(max(share, 0.0), 1.0)
        if self.progress is not None and share > self.sent:
            self.sent = share
            self.progress(share)


def load_recording(data: PlotData, path, *, until: float | None = None, workers: int | None = None,
                   min_rows: int = PARALLEL_MIN_ROWS, progress=None, cancel=None) -> int:
    """Decode a whole recording (up to `until`) into `data`, in parallel worker processes when it is
    long: each decodes its own stretch with the same decoders the live link uses, the results are
    filed in time order. Returns the number of items.

    For a worker thread: `progress(share)` hears how far it is (0…1, rising, 1 at the end), and a
    set `cancel` (anything with `is_set()`, e.g. a `threading.Event`) stops it within one part or
    a few thousand items with `LoadCancelled`; `data` is then incomplete (throw it away)."""
    import os
    from concurrent.futures.process import BrokenProcessPool

    from smartbms_gui.device.recording import RecordingReader
    from smartbms_gui.device.replay import split_points

    steps = _Steps(progress, cancel)
    workers = workers or min(os.cpu_count() or 1, 4)
    reader = RecordingReader(path)
    try:
        whole = split_points(reader, 1, until=until)
        rows = whole[0][1] - whole[0][0] if whole else 0
        count = min(MAX_PARTS, max(workers * 2, rows // PART_ROWS))
        parts = split_points(reader, count, until=until, bucket_s=SPLIT_BUCKET_S) if count >= 2 else whole
        generations = [reader.generation_at(reader.time_of(first)) for first, _end in parts]
        breaks = link_breaks(reader.events(), until)
        first_t, last_t = reader.time_range()
    finally:
        reader.close()
    if until is not None:
        last_t = min(last_t, until)

    def one_pass() -> int:
        from smartbms_gui.device.replay import decode_items

        span = max(last_t - first_t, 1e-9)

        def upto():
            for n, (t, item) in enumerate(decode_items(path), start=1):
                if until is not None and t > until:
                    return  # time order: nothing later can be wanted
                if n % CHECK_EVERY == 0:
                    steps.check()
                    steps.report((t - first_t) / span)
                yield t, item

        steps.check()
        found = data.feed_many(upto(), breaks)
        steps.report(1.0)
        return found

    if len(parts) < 2 or rows < min_rows or workers == 1 or not parallel_allowed():
        return one_pass()
    try:
        return _load_parallel(data, str(path), parts, generations, breaks, workers, steps)
    except (BrokenProcessPool, OSError, RuntimeError):
        # Workers could not start (no process support, an unguarded main script): one pass here.
        data.clear()
        data.items = 0
        return one_pass()


def _load_parallel(data: PlotData, path: str, parts, generations, breaks, workers: int, steps: _Steps) -> int:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    finished = False
    try:
        futures = [pool.submit(_decode_part, path, first, end, generation)
                   for (first, end), generation in zip(parts, generations)]
        rows = parts[-1][1] - parts[0][0]
        done = 0
        count = 0
        pending = list(breaks)
        for (first, end), future in zip(parts, futures):  # in order: the buffers are filled oldest first
            arrays = _result(future, steps)
            mine = [b for b in pending if b <= arrays["last_time"]]  # each break once, in order
            pending = pending[len(mine):]
            count += data.apply(arrays, mine)
            done += end - first
            steps.report(done / rows)
        for brk in pending:  # link events after the last data
            data.break_lines(brk)
        steps.report(1.0)
        finished = True
        return count
    finally:
        # Cancelled: don't wait for the parts being decoded (their results are dropped).
        pool.shutdown(wait=finished, cancel_futures=True)


def _result(future, steps: _Steps) -> dict:
    """A part's columns, waiting in short steps so that a cancel is heard."""
    while True:
        steps.check()
        try:
            return future.result(timeout=0.05)
        except TimeoutError:
            continue


def link_breaks(events, until: float | None = None) -> list[float]:
    """The times of a recording's link events (up to `until`): where its lines break."""
    return sorted(e.t for e in events if e.kind in LINK_EVENTS and (until is None or e.t <= until))


#: A frozen app (PyInstaller) must call `multiprocessing.freeze_support()` first thing in its main
#: before workers may be started; it then sets this to True.
PARALLEL_WHEN_FROZEN = False


def parallel_allowed() -> bool:
    import sys

    return PARALLEL_WHEN_FROZEN or not getattr(sys, "frozen", False)


MAX_CHOSEN_CELLS = 12


class CellChoiceError(ValueError):
    """The list of cells to plot can't be read; the message (a `Message`) says what is wrong."""


def parse_cells(text: str, count: int | None = None) -> list[int]:
    """ "1-4, 9" → [1, 2, 3, 4, 9] (1-based, sorted, no repeats), at most MAX_CHOSEN_CELLS."""
    cells: set[int] = set()
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part:
            continue
        first, sep, last = part.partition("-")
        try:
            lo = int(first)
            hi = int(last) if sep else lo
        except ValueError:
            raise CellChoiceError(Message("“{part}” is not a cell number or a range like 3-7.",
                                          part=part)) from None
        if lo < 1 or hi < lo:
            raise CellChoiceError(Message("“{part}”: cells are numbered from 1, ranges go low-high.",
                                          part=part))
        if count and hi > count:
            raise CellChoiceError(Message("“{part}”: this pack has {count} cells.", part=part, count=count))
        cells.update(range(lo, hi + 1))
        if len(cells) > MAX_CHOSEN_CELLS:
            raise CellChoiceError(Message("Choose at most {count} cells (use the heat map for all).",
                                          count=MAX_CHOSEN_CELLS))
    return sorted(cells)
