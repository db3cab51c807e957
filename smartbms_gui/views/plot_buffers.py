"""Fixed-capacity plot history in numpy ring buffers, at several time resolutions (no Qt here).

`History` keeps `columns` values per time step (one column for a scalar like the pack voltage,
one per cell for cell voltages). Level 0 holds one row per `base_s` seconds; each coarser level
holds the minimum and maximum over `factor` times longer buckets, so a 24-hour window is drawn from
~1 400 peak-preserving buckets instead of 86 400 samples. Memory is allocated once, up front:
nothing grows with run time.

Every row sits at the time of the newest sample in its bucket, so the newest pixel is at the
newest sample. A silence longer than `gap_s` inserts a NaN row: the line breaks instead of
drawing a straight line across a disconnect. `add_break(t)` does the same on demand (a link lost,
a reconnect): every level gets a NaN row, and what comes after starts from "unknown" (cells are not
carried across it).

`heat_grid` resamples a window onto a regular time grid for the heat maps, so every sample is
drawn at its own time however unevenly the rows arrived.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


class _Level:
    __slots__ = ("bucket", "capacity", "count", "head", "hi", "lo", "peaks", "res", "times")

    def __init__(self, res: float, capacity: int, columns: int, dtype, peaks: bool) -> None:
        self.res = res
        self.capacity = capacity
        self.times = np.zeros(capacity, dtype=np.float64)
        self.lo = np.full((capacity, columns), np.nan, dtype=dtype)
        self.hi = np.full((capacity, columns), np.nan, dtype=dtype) if peaks else self.lo
        self.peaks = peaks
        self.head = 0  # where the next row goes
        self.count = 0
        self.bucket = -(2**62)  # bucket number of the newest row

    @property
    def newest(self) -> int:
        return (self.head - 1) % self.capacity

    def _append(self, t: float) -> int:
        i = self.head
        self.times[i] = t
        self.head = (i + 1) % self.capacity
        self.count = min(self.count + 1, self.capacity)
        return i

    def clear(self) -> None:
        self.head = 0
        self.count = 0
        self.bucket = -(2**62)

    # ------------------------------------------------------------------ ordered access
    def search(self, t: float, side: str = "left") -> int:
        """Logical index (0 = oldest) where `t` would be inserted into the ordered times."""
        start = (self.head - self.count) % self.capacity
        first_len = min(self.count, self.capacity - start)
        first = self.times[start:start + first_len]
        if first_len == self.count or (first_len and t <= first[-1]):
            return int(np.searchsorted(first, t, side=side))
        second = self.times[: self.count - first_len]
        return first_len + int(np.searchsorted(second, t, side=side))

    def take(self, i0: int, i1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows with logical indexes [i0, i1) as ordered copies: times, lo, hi."""
        start = (self.head - self.count) % self.capacity
        a = (start + i0) % self.capacity
        n = i1 - i0
        if a + n <= self.capacity:
            sl = slice(a, a + n)
            times, lo = self.times[sl].copy(), self.lo[sl]
            hi = self.hi[sl] if self.peaks else lo
            return times, lo.copy(), (hi.copy() if self.peaks else None)
        idx = (np.arange(a, a + n) % self.capacity)
        times, lo = self.times[idx], self.lo[idx]
        return times, lo, (self.hi[idx] if self.peaks else None)


@dataclass
class Window:
    """What to draw for a time range: `times` (n,), `lo`/`hi` (n, columns); `hi is lo` at full
    resolution of a level without peaks. `res` is the level's bucket length in seconds."""

    times: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    res: float

    def __len__(self) -> int:
        return len(self.times)


class History:
    """Ring-buffered history of `columns` values with peak-preserving coarser levels."""

    def __init__(
        self,
        columns: int = 1,
        *,
        base_s: float = 1.0,
        span_s: float = 24 * 3600,
        factor: int = 4,
        levels: int = 5,
        dtype=np.float32,
        base_peaks: bool = True,
        gap_s: float = 30.0,
    ) -> None:
        if columns < 1:
            raise ValueError("a history needs at least one column")
        self.columns = columns
        self.span_s = span_s
        self.gap_s = gap_s
        self.dtype = np.dtype(dtype)
        self.levels: list[_Level] = []
        for k in range(levels):
            res = base_s * factor**k
            capacity = int(math.ceil(span_s * 1.02 / res)) + 4
            self.levels.append(_Level(res, capacity, columns, self.dtype, base_peaks or k > 0))
        self.version = 0  # changes whenever data changes: the redraw timer compares it
        self.last_time = -math.inf
        self.rejected = 0  # samples older than the newest row (a clock that went back)
        self.broken = False  # the newest row is a break: the next sample starts a new row everywhere

    @property
    def capacity(self) -> int:
        return self.levels[0].capacity

    def __len__(self) -> int:
        return self.levels[0].count

    def nbytes(self) -> int:
        total = 0
        for level in self.levels:
            total += level.times.nbytes + level.lo.nbytes + (level.hi.nbytes if level.peaks else 0)
        return total

    def clear(self) -> None:
        for level in self.levels:
            level.clear()
        self.last_time = -math.inf
        self.broken = False
        self.version += 1

    def add_break(self, t: float) -> None:
        """End every line at `t` (a link lost, a reconnect): a NaN row on every level. Samples
        after it start new rows, and `update` does not carry values across it. Nothing happens
        on an empty history or right after another break."""
        if self.broken or self.levels[0].count == 0:
            return
        t = max(float(t), self.last_time)
        for level in self.levels:
            j = level._append(t)
            level.lo[j] = np.nan
            if level.peaks:
                level.hi[j] = np.nan
            level.bucket = max(level.bucket, int(math.floor(t / level.res)))
        self.last_time = t
        self.broken = True
        self.version += 1

    # ------------------------------------------------------------------ writing
    def add(self, t: float, values) -> None:
        """A full row (all columns) at time `t`; NaN means "no value"."""
        row = np.asarray(values, dtype=self.dtype).reshape(self.columns)
        self._write(t, slice(None), row, carry=False)

    def update(self, t: float, column: int, value: float) -> None:
        """One column at time `t`; the other columns keep their latest value."""
        self._write(t, column, self.dtype.type(value), carry=True)

    def _write(self, t: float, cols, vals, carry: bool) -> None:
        if t < self.last_time - 1e-9 and t < self.last_time - self.levels[0].res:
            self.rejected += 1
            return
        broken = self.broken
        if broken:
            # a fresh row after a break, never before it (the break keeps the time order)
            t = max(t, self.last_time)
            self.broken = False
        gap = t - self.last_time > self.gap_s and not broken
        fresh = gap or broken
        base = self.levels[0]
        b = int(math.floor(t / base.res))
        if base.count and b <= base.bucket and not fresh:
            i = base.newest
            if base.peaks and not carry:
                base.lo[i] = np.fmin(base.lo[i], vals)
                base.hi[i] = np.fmax(base.hi[i], vals)
            else:
                base.lo[i, cols] = vals
                if base.peaks:
                    base.hi[i, cols] = vals
            base.times[i] = max(t, base.times[i])
        else:
            if gap and base.count:
                self._break(base, b)
            prev = base.newest
            i = base._append(t)
            if carry and base.count > 1 and not fresh:
                base.lo[i] = base.lo[prev]
                if base.peaks:
                    base.hi[i] = base.hi[prev]
            else:
                base.lo[i] = np.nan
                if base.peaks:
                    base.hi[i] = np.nan
            base.lo[i, cols] = vals
            if base.peaks:
                base.hi[i, cols] = vals
            base.bucket = max(b, base.bucket)
        current = base.lo[base.newest] if not base.peaks else None
        for level in self.levels[1:]:
            bk = int(math.floor(t / level.res))
            long_gap = gap and t - self.last_time > 2 * level.res
            if level.count and bk <= level.bucket and not broken and not long_gap:
                j = level.newest
                level.lo[j, cols] = np.fmin(level.lo[j, cols], vals)
                level.hi[j, cols] = np.fmax(level.hi[j, cols], vals)
                level.times[j] = max(t, level.times[j])
            else:
                if long_gap and level.count:
                    self._break(level, bk)
                j = level._append(t)
                if carry and current is not None:
                    level.lo[j] = current
                    level.hi[j] = current
                elif carry:
                    level.lo[j] = base.lo[base.newest]
                    level.hi[j] = base.hi[base.newest]
                else:
                    level.lo[j] = np.nan
                    level.hi[j] = np.nan
                    level.lo[j, cols] = vals
                    level.hi[j, cols] = vals
                level.bucket = max(bk, level.bucket)
        self.last_time = max(self.last_time, t)
        self.version += 1

    # ------------------------------------------------------------------ bulk writing
    def extend(self, times, rows) -> None:
        """Many full rows at once (replay and export): the same result as `add` row by row, in
        vectorised numpy. `times` must be ascending; rows older than the newest are dropped."""
        times = np.asarray(times, dtype=np.float64)
        if len(times) == 0:
            return
        rows = np.asarray(rows, dtype=self.dtype).reshape(len(times), self.columns)
        keep = times >= self.last_time - self.levels[0].res
        if not keep.all():
            self.rejected += int((~keep).sum())
            times, rows = times[keep], rows[keep]
            if len(times) == 0:
                return
        broken = self.broken
        if broken:  # rows start after the break (as in `_write`)
            times = np.maximum(times, self.last_time)
            self.broken = False
        prev = np.empty_like(times)
        prev[0] = self.last_time
        prev[1:] = times[:-1]
        dt = times - prev
        for k, level in enumerate(self.levels):
            limit = self.gap_s if k == 0 else max(self.gap_s, 2 * level.res)
            gap = dt > limit
            if broken:
                gap[0] = False  # the break row is already there
            b = np.floor(times / level.res).astype(np.int64)
            new_group = np.empty(len(times), dtype=bool)
            new_group[0] = True
            new_group[1:] = (b[1:] != b[:-1]) | gap[1:]
            starts = np.flatnonzero(new_group)
            ends = np.append(starts[1:], len(times)) - 1
            if level.peaks:
                lo = np.fmin.reduceat(rows, starts, axis=0)
                hi = np.fmax.reduceat(rows, starts, axis=0)
            else:
                lo = rows[ends]
                hi = lo
            t_rows = times[ends]
            first = 0
            if level.count and b[0] <= level.bucket and not gap[0] and not broken:
                j = level.newest
                if level.peaks:
                    level.lo[j] = np.fmin(level.lo[j], lo[0])
                    level.hi[j] = np.fmax(level.hi[j], hi[0])
                else:
                    level.lo[j] = lo[0]
                level.times[j] = max(level.times[j], t_rows[0])
                first = 1
            if first < len(starts):
                self._write_rows(level, starts[first:], t_rows[first:], lo[first:], hi[first:],
                                 gap, times, prev)
            level.bucket = max(level.bucket, int(b[-1]))
        self.last_time = max(self.last_time, float(times[-1]))
        self.version += 1

    def _write_rows(self, level: _Level, starts, t_rows, lo, hi, gap, times, prev) -> None:
        breaks = gap[starts] & (level.count > 0 or np.arange(len(starts)) > 0)
        if breaks.any():
            n_new = len(starts) + int(breaks.sum())
            pos = np.arange(len(starts)) + np.cumsum(breaks)
            all_t = np.empty(n_new)
            all_lo = np.full((n_new, self.columns), np.nan, dtype=self.dtype)
            all_hi = np.full((n_new, self.columns), np.nan, dtype=self.dtype) if level.peaks else all_lo
            all_t[pos] = t_rows
            all_lo[pos] = lo
            if level.peaks:
                all_hi[pos] = hi
            break_pos = pos[breaks] - 1
            step = min(level.res, self.gap_s / 2)
            all_t[break_pos] = np.minimum(prev[starts[breaks]] + step, times[starts[breaks]] - 1e-6)
            t_rows, lo, hi = all_t, all_lo, all_hi
        n = len(t_rows)
        if n > level.capacity:
            t_rows, lo = t_rows[-level.capacity:], lo[-level.capacity:]
            hi = hi[-level.capacity:] if level.peaks else lo
            n = level.capacity
        idx = (level.head + np.arange(n)) % level.capacity
        level.times[idx] = t_rows
        level.lo[idx] = lo
        if level.peaks:
            level.hi[idx] = hi
        level.head = int((level.head + n) % level.capacity)
        level.count = min(level.count + n, level.capacity)

    def _break(self, level: _Level, new_bucket: int) -> None:
        """A NaN row just after the newest one, so lines stop at the gap."""
        t_break = min(self.last_time + min(level.res, self.gap_s / 2), new_bucket * level.res)
        j = level._append(t_break)
        level.lo[j] = np.nan
        if level.peaks:
            level.hi[j] = np.nan

    # ------------------------------------------------------------------ reading
    def level_for(self, t0: float, t1: float, max_points: int) -> _Level:
        span = max(t1 - t0, 1e-9)
        for level in self.levels:
            if span / level.res <= max_points:
                return level
        return self.levels[-1]

    def window(self, t0: float, t1: float, max_points: int = 2000) -> Window:
        """The rows covering [t0, t1] (plus one on each side so lines reach the edges), from the
        finest level that gives at most about `max_points` rows."""
        level = self.level_for(t0, t1, max_points)
        if level.count == 0:
            empty = np.zeros((0, self.columns), dtype=self.dtype)
            return Window(np.zeros(0), empty, empty, level.res)
        i0 = max(level.search(t0, "left") - 1, 0)
        i1 = min(level.search(t1, "right") + 1, level.count)
        times, lo, hi = level.take(i0, i1)
        return Window(times, lo, lo if hi is None else hi, level.res)

    def latest(self) -> np.ndarray | None:
        base = self.levels[0]
        if base.count == 0:
            return None
        return base.lo[base.newest].copy()

    def value_at(self, t: float) -> tuple[float, np.ndarray] | None:
        """The full-resolution row nearest to `t` (for the crosshair read-out)."""
        base = self.levels[0]
        if base.count == 0:
            return None
        i = base.search(t)
        candidates = [k for k in (i - 1, i) if 0 <= k < base.count]
        best = None
        for k in candidates:
            times, lo, _ = base.take(k, k + 1)
            if best is None or abs(times[0] - t) < abs(best[0] - t):
                best = (float(times[0]), lo[0])
        return best


def peak_line(window: Window, column: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """x, y for one column: each bucket as its minimum then its maximum (a vertical stroke),
    or just the values when the window has no separate peaks."""
    if window.hi is window.lo:
        return window.times, window.lo[:, column].astype(np.float64)
    x = np.repeat(window.times, 2)
    y = np.empty(2 * len(window.times), dtype=np.float64)
    y[0::2] = window.lo[:, column]
    y[1::2] = window.hi[:, column]
    return x, y


def peak_lines(window: Window, columns) -> tuple[np.ndarray, np.ndarray]:
    """x, y for several columns in ONE array, each column's line followed by a NaN separator
    (draw with connect="finite")."""
    columns = list(columns)
    if not columns or len(window.times) == 0:
        return np.zeros(0), np.zeros(0)
    xs, ys = [], []
    for c in columns:
        x, y = peak_line(window, c)
        xs.append(x)
        xs.append(x[-1:])
        ys.append(y)
        ys.append(np.array([np.nan]))
    return np.concatenate(xs), np.concatenate(ys)


def heat_image(window: Window) -> np.ndarray:
    """(n, columns) float32: per bucket the extreme (min or max) that lies further from the
    bucket's pack average, so a briefly low or high cell still shows."""
    lo = window.lo.astype(np.float32)
    if window.hi is window.lo:
        return lo
    hi = window.hi.astype(np.float32)
    with np.errstate(invalid="ignore"), _quiet_nan():
        mid = np.nanmean((lo + hi) * 0.5, axis=1, keepdims=True)
    use_hi = (hi - mid) > (mid - lo)
    return np.where(use_hi, hi, lo)


def grid_step(res: float, span: float, columns: int) -> float:
    """The heat map's column width: the level's resolution, or a whole multiple of it when the
    span holds more than `columns` of them (so every bucket falls in exactly one column)."""
    return res * max(1, math.ceil(span / (res * max(columns, 1)) - 1e-9))


def heat_grid(window: Window, x0: float, x1: float, step: float, max_age: float) -> tuple[float, np.ndarray]:
    """Resample a window onto a regular time grid, so every row is drawn at its own time.

    Column k covers [t0 + k·step, t0 + (k+1)·step), with t0 a multiple of `step` (the picture does
    not shift while following). A column with rows shows their extremes (`heat_image` of their
    minimum and maximum), or NaN if one of them is a break; a column without rows carries the last
    row before it forward while that row is at most `max_age` old and the next row is not a break,
    and is NaN otherwise: a gap stays empty; the grid ends at the newest row. Returns t0 and a
    (columns, cells) float32 image."""
    times = window.times
    if len(times):
        x1 = min(x1, float(times[-1]))  # nothing is carried past the newest row
    k0 = math.floor(x0 / step)
    n = max(math.floor(x1 / step) - k0 + 1, 1)
    t0 = k0 * step
    columns = window.lo.shape[1]
    image = np.full((n, columns), np.nan, dtype=np.float32)
    if len(times) == 0:
        return t0, image
    col = np.floor((times - t0) / step).astype(np.int64)
    inside = np.flatnonzero((col >= 0) & (col < n))
    # sources for the carry: every column's last row, and the last row before the grid
    src_col: list[np.ndarray] = []
    src_row: list[np.ndarray] = []
    before = np.flatnonzero(col < 0)
    if len(before):
        src_col.append(np.array([-1]))
        src_row.append(before[-1:])
    if len(inside):
        own, starts = np.unique(col[inside], return_index=True)
        rows = inside[0] + starts
        ends = np.append(rows[1:], inside[-1] + 1)
        block = slice(int(inside[0]), int(inside[-1]) + 1)
        lo = np.fmin.reduceat(window.lo[block], starts, axis=0)
        if window.hi is window.lo and len(starts) == len(inside):
            image[own] = lo  # one plain row per column: the rows themselves
        else:
            hi = np.fmax.reduceat(window.hi[block], starts, axis=0)
            image[own] = heat_image(Window(times[rows], lo, hi, window.res))
        src_col.append(own)
        src_row.append(ends - 1)
        # a column holding a break (a link loss, a reconnect) stays blank, as the lines have a gap
        breaks = inside[np.isnan(window.lo[inside]).all(axis=1)]
        image[np.unique(col[breaks])] = np.nan
    if src_col:
        s_col = np.concatenate(src_col)
        s_row = np.concatenate(src_row)
        k = np.arange(n)
        s = np.searchsorted(s_col, k, side="right") - 1
        empty = s >= 0
        empty[empty] = s_col[s[empty]] != k[empty]
        if empty.any():
            source = s_row[s[empty]]
            age = t0 + k[empty] * step - times[source]
            if window.hi is window.lo:
                last = window.lo[source].astype(np.float32)
            else:
                last = heat_image(Window(times[source], window.lo[source], window.hi[source], window.res))
            # a value is held until the next row, never up to a break (a link loss ends it at
            # the last sample, as it ends the lines)
            following = np.minimum(source + 1, len(times) - 1)
            ends_in_break = np.isnan(window.lo[following]).all(axis=1) & (source + 1 < len(times))
            last[(age > max_age) | ends_in_break] = np.nan
            image[empty] = last
    return t0, image


class _quiet_nan:
    """Silence numpy's 'mean of empty slice' for all-NaN buckets (cells not yet received)."""

    def __enter__(self):
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore", category=RuntimeWarning)

    def __exit__(self, *exc):
        self._ctx.__exit__(*exc)


def carry_rows(history: History, times, columns, values) -> tuple[np.ndarray, np.ndarray]:
    """Turn single-column updates (time, column, value), ascending in time, into full rows
    per base bucket with every other column carried forward from its last value — the rows
    `History.update` would have produced one by one. Feed the result to `History.extend`.
    A silence longer than `history.gap_s` stops the carry (values start unknown again)."""
    times = np.asarray(times, dtype=np.float64)
    if len(times) == 0:
        return np.zeros(0), np.zeros((0, history.columns), dtype=history.dtype)
    columns = np.asarray(columns, dtype=np.int64)
    values = np.asarray(values, dtype=np.float32)
    res = history.levels[0].res
    b = np.floor(times / res).astype(np.int64)
    prev = np.empty_like(times)
    prev[0] = history.last_time
    prev[1:] = times[:-1]
    gap = (times - prev) > history.gap_s
    new_row = np.empty(len(times), dtype=bool)
    new_row[0] = True
    new_row[1:] = (b[1:] != b[:-1]) | gap[1:]
    row_of = np.cumsum(new_row) - 1
    n_rows = int(row_of[-1]) + 1
    row_end = np.append(np.flatnonzero(new_row)[1:], len(times)) - 1
    matrix = np.full((n_rows + 1, history.columns), np.nan, dtype=np.float32)
    latest = history.latest()
    if latest is not None and not gap[0]:
        matrix[0] = latest
    # the last update of each (row, column) wins
    key = row_of * history.columns + columns
    _unique, rev_index = np.unique(key[::-1], return_index=True)
    last = len(key) - 1 - rev_index
    matrix[row_of[last] + 1, columns[last]] = values[last]
    # carry forward inside each gap-free segment
    rows_index = np.arange(n_rows + 1)[:, None]
    source = np.where(np.isnan(matrix), -1, rows_index)
    segment_start = np.zeros(n_rows + 1, dtype=bool)
    segment_start[0] = True
    segment_start[1:] = gap[new_row]
    source[segment_start, :] = rows_index[segment_start]
    np.maximum.accumulate(source, axis=0, out=source)
    filled = np.take_along_axis(matrix, source, axis=0)[1:]
    return times[row_end], filled.astype(history.dtype)


#: While following data shorter than the window, the time axis shows at least this much.
FIT_MIN_S = 60.0


def follow_range(first: float, last: float, window_s: float, now: float) -> tuple[float, float]:
    """The time axis while following (the Plots page, the Site overlay): the newest `window_s`, or —
    while the data is shorter than that — the data itself (at least FIT_MIN_S wide), so the first
    minutes fill the width."""
    end = last if math.isfinite(last) else now
    if math.isfinite(first) and end - first < window_s:
        return first, max(end, first + min(FIT_MIN_S, window_s))
    return end - window_s, end
