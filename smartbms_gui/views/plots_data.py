"""What the plots page draws, kept in fixed-size ring buffers (numpy only, no Qt).

`PlotData` takes the decoded items the live link (or a replay) produces — stream records and
serial frames — and files their values into `History` buffers: pack voltage, the three currents,
SoC, lowest/highest cell and their spread, lowest/highest temperature, and every cell's voltage
and temperature. Relay and warning-light changes become events. `feed()` takes one item (live),
`feed_many()` a whole recording at once (vectorised). The field mapping follows `LiveState`
(serial frame: I1 is the solar/charge sensor, I2 the load/discharge sensor).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from smartbms_gui.device.recording import EventKind, StatusChanges
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.stream import (CellExtremesRecord, CellRecord, EnergyRecord, PackRecord,
                                          TemperatureRecord)

from .plot_buffers import History, carry_rows

NAN = float("nan")
DAY_S = 24 * 3600
#: The longest window the page offers; every buffer holds this much, and not more.
HISTORY_S = DAY_S
MAX_EVENTS = 20_000

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

    # ------------------------------------------------------------------ events
    def add_event(self, kind: EventKind | str, text: str, t: float, on: bool | None = None) -> None:
        self.events.append(PlotEvent(t, str(getattr(kind, "value", kind)), text, on))
        self.events_version += 1
        if t > self.last_time:  # the view follows the newest thing known, data or event
            self.last_time = t

    def _status(self, status1: int, t: float) -> None:
        for kind, text, on in self.status.update(status1):
            self.add_event(kind, text, t, on)

    # ------------------------------------------------------------------ one item (live)
    def feed(self, item, t: float) -> None:
        kind = type(item)
        self.items += 1
        if t > self.last_time:
            self.last_time = t
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
    def feed_many(self, pairs: Iterable[tuple[float, object]]) -> int:
        """File a long run of (t, item) at once: the same buffers as `feed` one by one, fast."""
        pack_t, pack_v = [], []
        soc_t, soc_v = [], []
        ext_t, ext_v = [], []
        tmp_t, tmp_v = [], []
        cell_t, cell_i, cell_v, cell_c = [], [], [], []
        count = self.cell_count
        n = 0
        status = self._status
        last = self.last_time
        for t, item in pairs:
            n += 1
            kind = type(item)
            if kind is CellRecord:
                if item.cell_count != count:
                    self._flush_cells(cell_t, cell_i, cell_v, cell_c)
                    count = item.cell_count
                    self._cells(count)
                if item.cell >= 1:
                    cell_t.append(t)
                    cell_i.append(item.cell - 1)
                    cell_v.append(item.voltage_v)
                    cell_c.append(item.temperature_c)
                if item.status1 != self.status.last:
                    status(item.status1, t)
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
                if item.cell_count != count:
                    self._flush_cells(cell_t, cell_i, cell_v, cell_c)
                    count = item.cell_count
                    self._cells(count)
                if item.cell >= 1:
                    cell_t.append(t)
                    cell_i.append(item.cell - 1)
                    cell_v.append(item.cell_voltage_v)
                    cell_c.append(item.cell_temperature_c)
                if item.status1 != self.status.last:
                    status(item.status1, t)
            if t > last:
                last = t
        self.last_time = last
        self.items += n
        for history, times, rows in ((self.pack, pack_t, pack_v), (self.soc, soc_t, soc_v),
                                     (self.extremes, ext_t, ext_v), (self.temps, tmp_t, tmp_v)):
            if times:
                history.extend(times, rows)
        self._flush_cells(cell_t, cell_i, cell_v, cell_c)
        return n

    def _flush_cells(self, times: list, index: list, volts: list, temps: list) -> None:
        if not times or self.cell_volts is None:
            times.clear(), index.clear(), volts.clear(), temps.clear()
            return
        t = np.asarray(times)
        i = np.asarray(index)
        # carry in chunks of a few thousand rows so the scratch matrix stays small
        step = 8_000
        for start in range(0, len(t), step):
            part = slice(start, start + step)
            for history, values in ((self.cell_volts, volts), (self.cell_temps, temps)):
                rows_t, rows = carry_rows(history, t[part], i[part], np.asarray(values[part], dtype=np.float32))
                history.extend(rows_t, rows)
        times.clear(), index.clear(), volts.clear(), temps.clear()


MAX_CHOSEN_CELLS = 12


class CellChoiceError(ValueError):
    """The list of cells to plot can't be read; the message says what is wrong."""


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
            raise CellChoiceError(f"“{part}” is not a cell number or a range like 3-7.") from None
        if lo < 1 or hi < lo:
            raise CellChoiceError(f"“{part}”: cells are numbered from 1, ranges go low-high.")
        if count and hi > count:
            raise CellChoiceError(f"“{part}”: this pack has {count} cells.")
        cells.update(range(lo, hi + 1))
        if len(cells) > MAX_CHOSEN_CELLS:
            raise CellChoiceError(f"Choose at most {MAX_CHOSEN_CELLS} cells (use the heat map for all).")
    return sorted(cells)
