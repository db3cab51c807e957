"""What the Battery details page shows about the cells, worked out from `LiveState` (no widgets).

Two sources tell about the cells, and they do not arrive at the same pace:

- the per-cell records (`C` on the ASCII link, one cell per serial frame) go round the pack a few
  cells at a time: a 255-cell pack takes 30 s (Bluetooth) to about two minutes (serial) per round;
- the BMS's own lowest/highest records (`V` and `T`, and the same fields in every serial frame)
  come with every message (docs/protocol.md §3.3, §4).

So the lowest/highest/spread line, the ▼/▲ marks and the colour of the cell the BMS names follow
the `V`/`T` records whenever those are as new as the newest per-cell value (within one message:
a message may come in several Bluetooth notifications); the tiles fill in the rest. A per-cell
value older than the `V` record that lies outside the `V` record's lowest … highest is known to be
out of date, and is shown as such.

A broken cell-board link (light E) stops the cells after the break from reporting, while the
cells before it keep going round. `LinkBreakWatch` names the break as soon as the rotation is
seen to skip them (it went back to cell 1, or came round to it again, without them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smartbms_gui.protocol.status import CellState, cell_state
from smartbms_gui.views.cell_tile import STATE_BALANCING, STATE_OK, STATE_OUT, STATE_UNKNOWN, CellTile

_STATE = {CellState.OK: STATE_OK, CellState.BALANCING: STATE_BALANCING, CellState.OUT_OF_RANGE: STATE_OUT}

# A per-cell value is old after two rounds of the pack (one cell a second is the slowest link),
# and never sooner than this.
MIN_CELL_STALE_S = 30.0
# The V record's voltages are whole 5 mV steps: a cell this far outside its lowest … highest differs
# from what the BMS measures now (docs/protocol.md §3.3: cell voltage × 5 mV).
EXTREMES_TOLERANCE_V = 0.0025
# One message may arrive in several Bluetooth notifications, each with its own time, so the C records
# after a V record can be a little newer than it: within this the V record still counts as current.
SAME_MESSAGE_S = 2.0


@dataclass
class Extremes:
    """Lowest and highest of the pack: from the BMS's own record (`source="bms"`) or from the tiles."""

    lowest: int | None = None
    lowest_v: float | None = None
    highest: int | None = None
    highest_v: float | None = None
    temp_lowest: int | None = None
    temp_low_c: float | None = None
    temp_highest: int | None = None
    temp_high_c: float | None = None
    source: str = "cells"  # "bms" when the voltages come from the V record
    temp_source: str = "cells"

    @property
    def spread_v(self) -> float | None:
        if self.lowest_v is None or self.highest_v is None:
            return None
        return self.highest_v - self.lowest_v


@dataclass
class PackPicture:
    tiles: list[CellTile] = field(default_factory=list)
    extremes: Extremes = field(default_factory=Extremes)
    #: the last cell that still reports while the cell-board link is broken (light E), else None
    break_after: int | None = None
    #: the newest value on the page is this old (None: nothing received yet)
    age_s: float | None = None
    stale: bool = False
    has_data: bool = False

    @property
    def silent(self) -> list[int]:
        """Cells that stopped reporting after the break (1-based)."""
        if self.break_after is None:
            return []
        return [t.number for t in self.tiles if t.silent]


class LinkBreakWatch:
    """Finds where the cell-board chain is broken while light E is on.

    When E comes on, each cell's last update time is noted; a cell is *fresh* once it updates
    after that. The break is after cell k when the fresh cells stop at k < N and the rotation has
    been seen to go back to cell 1 without the cells after k (cell 1 updated after another fresh
    cell had already reported). A normal rotation reaches cell 1 only through cell N, so it never
    names a break; the first cell after k to report again clears it.
    """

    def __init__(self) -> None:
        self._base: dict[int, float | None] | None = None
        self._first_fresh: dict[int, float] = {}

    def reset(self) -> None:
        self._base = None
        self._first_fresh.clear()

    def update(self, cells, e_lit: bool) -> int | None:
        if not e_lit or not cells:
            self.reset()
            return None
        if self._base is None or len(self._base) != len(cells):
            self._base = {c.index: c.updated_at for c in cells}
            self._first_fresh.clear()
            return None
        base, first = self._base, self._first_fresh
        for cell in cells:
            t = cell.updated_at
            if t is not None and t != base.get(cell.index) and cell.index not in first:
                first[cell.index] = t
        if 1 not in first:
            return None
        last = max(first)
        if last >= len(cells):
            return None
        t1 = cells[0].updated_at
        wrapped = any(t < t1 for n, t in first.items() if n != 1)  # type: ignore[operator]
        return last if wrapped else None


def _flags(volts: float | None, celsius: float | None, limits) -> tuple[bool, bool]:
    vmin, vmax, _vbypass, tmin, tmax = limits
    volt_out = volts is not None and ((vmax is not None and volts >= vmax) or
                                      (vmin is not None and volts <= vmin))
    temp_out = celsius is not None and ((tmax is not None and celsius > tmax) or
                                        (tmin is not None and celsius < tmin))
    return volt_out, temp_out


def _limits(live):
    vmin, vmax, vbypass = live.thresholds()
    return vmin, vmax, vbypass, live.settings.get("tmin_charge_c"), live.settings.get("tmax_c")


def _state(volts: float | None, celsius: float | None, limits) -> str:
    if volts is None:
        return STATE_UNKNOWN
    vmin, vmax, vbypass, tmin, tmax = limits
    return _STATE[cell_state(volts, vmin, vmax, vbypass, celsius, tmin, tmax)]


def _newest_cell_time(cells) -> float | None:
    return max((c.updated_at for c in cells if c.updated_at is not None), default=None)


def picture(live, now: float, watch: LinkBreakWatch | None = None) -> PackPicture:
    """Everything the cells part of the page shows, at time `now`."""
    cells = live.cells
    count = len(cells)
    limits = _limits(live)
    link_stale = live.is_stale(None, now)
    e_lit = any(light.name == "E" and on for light, on in live.lights.items())
    break_after = watch.update(cells, e_lit) if watch is not None else None
    limit = max(MIN_CELL_STALE_S, 1.0 * count)

    newest_cell = _newest_cell_time(cells)
    v_time = live.updated_at("highest_cell_v")
    t_time = live.updated_at("highest_temp_c")
    use_v = (v_time is not None and live.get("highest_cell_v") is not None
             and live.get("lowest_cell_v") is not None
             and (newest_cell is None or v_time >= newest_cell - SAME_MESSAGE_S))
    use_t = (t_time is not None and live.get("highest_temp_c") is not None
             and live.get("lowest_temp_c") is not None
             and (newest_cell is None or t_time >= newest_cell - SAME_MESSAGE_S))

    tiles: list[CellTile] = []
    for cell in cells:
        age = cell.age(now)
        volts, celsius = cell.voltage_v, cell.temperature_c
        silent = break_after is not None and cell.index > break_after
        stale = link_stale or silent or (age is not None and age > limit)
        tiles.append(CellTile(cell.index, volts, celsius, STATE_UNKNOWN, stale=stale, age_s=age,
                              silent=silent))

    ext = Extremes()
    silent = {t.number for t in tiles if t.silent}
    if use_v and (live.get("lowest_cell") in silent or live.get("highest_cell") in silent):
        # The BMS names a cell whose board has stopped talking: that value is not news (the
        # simulator repeats the last one it had; real hardware: UNKNOWN [?]). The tiles decide.
        use_v = False
    if use_v:
        low, high = live.get("lowest_cell"), live.get("highest_cell")
        ext.lowest_v, ext.highest_v = float(live.get("lowest_cell_v")), float(live.get("highest_cell_v"))
        ext.lowest = int(low) if low is not None else None
        ext.highest = int(high) if high is not None else None
        ext.source = "bms"
        v_age = now - v_time
        lo_ok, hi_ok = ext.lowest_v - EXTREMES_TOLERANCE_V, ext.highest_v + EXTREMES_TOLERANCE_V
        for tile, cell in zip(tiles, cells):
            if tile.number == ext.lowest or tile.number == ext.highest:
                value = ext.lowest_v if tile.number == ext.lowest else ext.highest_v
                if cell.updated_at is None or cell.updated_at < v_time:
                    # The BMS's record is newer than this cell's own: it is what the cell reads now.
                    tile.voltage_v, tile.age_s, tile.from_bms = value, v_age, True
                    tile.stale = link_stale
            elif (tile.voltage_v is not None and cell.updated_at is not None and cell.updated_at < v_time
                  and not tile.stale and not lo_ok <= tile.voltage_v <= hi_ok):
                # recent, but overtaken: its own next record is on its way (an already old value stays
                # "no recent value", which says more)
                tile.stale = tile.superseded = True
    if use_t and (live.get("lowest_temp_cell") in silent or live.get("highest_temp_cell") in silent):
        use_t = False
    if use_t:
        low, high = live.get("lowest_temp_cell"), live.get("highest_temp_cell")
        ext.temp_low_c, ext.temp_high_c = float(live.get("lowest_temp_c")), float(live.get("highest_temp_c"))
        ext.temp_lowest = int(low) if low is not None else None
        ext.temp_highest = int(high) if high is not None else None
        ext.temp_source = "bms"
        for tile, cell in zip(tiles, cells):
            if tile.number in (ext.temp_lowest, ext.temp_highest) and (
                    cell.updated_at is None or cell.updated_at < t_time):
                tile.temperature_c = ext.temp_low_c if tile.number == ext.temp_lowest else ext.temp_high_c

    for tile in tiles:
        tile.state = _state(tile.voltage_v, tile.temperature_c, limits)
        tile.volt_out, tile.temp_out = _flags(tile.voltage_v, tile.temperature_c, limits)

    fresh = [t for t in tiles if not t.stale and t.voltage_v is not None]
    if not use_v and fresh:
        low_t = min(fresh, key=lambda t: t.voltage_v)
        high_t = max(fresh, key=lambda t: t.voltage_v)
        ext.lowest, ext.lowest_v, ext.highest, ext.highest_v = (low_t.number, low_t.voltage_v,
                                                                high_t.number, high_t.voltage_v)
    elif not use_v and live.get("lowest_cell_v") is not None and not fresh:
        # Nothing fresh from the cells: the last V record is the best there is (greyed if old).
        ext.lowest, ext.lowest_v = live.get("lowest_cell"), live.get("lowest_cell_v")
        ext.highest, ext.highest_v = live.get("highest_cell"), live.get("highest_cell_v")
        ext.source = "bms"
    temps = [t for t in fresh if t.temperature_c is not None]
    if not use_t and temps:
        cold = min(temps, key=lambda t: t.temperature_c)
        hot = max(temps, key=lambda t: t.temperature_c)
        ext.temp_lowest, ext.temp_low_c, ext.temp_highest, ext.temp_high_c = (
            cold.number, cold.temperature_c, hot.number, hot.temperature_c)
    elif not use_t and not temps and live.get("lowest_temp_c") is not None:
        ext.temp_lowest, ext.temp_low_c = live.get("lowest_temp_cell"), live.get("lowest_temp_c")
        ext.temp_highest, ext.temp_high_c = live.get("highest_temp_cell"), live.get("highest_temp_c")
        ext.temp_source = "bms"

    times = [t for t in (live.updated_at(n) for n in live.values()) if t is not None]
    if newest_cell is not None:
        times.append(newest_cell)
    newest = max(times, default=None)
    return PackPicture(tiles=tiles, extremes=ext, break_after=break_after,
                       age_s=None if newest is None else now - newest, stale=link_stale,
                       has_data=newest is not None)
