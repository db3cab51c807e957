"""The charge and load relay algorithm, exactly as the manual's "Algorithm" tables.

Each relay has an *enable* column and a *disable* column. Disable wins; when neither column holds
(for example a cell between V bypass and V max while the SoC is above charge restart), the relay
keeps its state — that gap is the manual's anti-toggling hysteresis. Gen3's V min / V max
hysteresis settings widen the gap (an inference from their descriptions; zero on Gen2).

The manual has one "T min"; the settings record has T min charge and T min discharge, so the
charge relay uses T min charge and the load relay T min discharge (assumption, stated here and in
docs/simulator.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class Readings:
    """Cell readings (volts or degrees) for the tables' "any cell" / "all cells" checks.

    Each check is answered as `any(x <= limit for x in values)` (and so on) would answer it, but from
    the lowest and highest reading, found once (min / max of a list run in C: a 255-cell pack is checked
    a dozen times a step). A NaN reading fails every comparison; with one among the readings (seen as a
    NaN sum) the checks go element by element instead.
    """

    __slots__ = ("values", "lowest", "highest", "has_nan")

    def __init__(self, values: Sequence[float]) -> None:
        if len(values) == 0:
            raise ValueError("no cell readings")
        self.values = values
        total = sum(values)
        self.has_nan = total != total  # (also +inf with -inf: then the slow path, still right)
        self.lowest = float(min(values))
        self.highest = float(max(values))

    @classmethod
    def of(cls, values: Readings | Sequence[float]) -> Readings:
        return values if isinstance(values, Readings) else cls(values)

    def any_below(self, limit: float) -> bool:
        return any(x < limit for x in self.values) if self.has_nan else self.lowest < limit

    def any_at_or_below(self, limit: float) -> bool:
        return any(x <= limit for x in self.values) if self.has_nan else self.lowest <= limit

    def any_above(self, limit: float) -> bool:
        return any(x > limit for x in self.values) if self.has_nan else self.highest > limit

    def any_at_or_above(self, limit: float) -> bool:
        return any(x >= limit for x in self.values) if self.has_nan else self.highest >= limit

    def all_below(self, limit: float) -> bool:
        return all(x < limit for x in self.values) if self.has_nan else self.highest < limit

    def all_above(self, limit: float) -> bool:
        return all(x > limit for x in self.values) if self.has_nan else self.lowest > limit

    def all_at_or_above(self, limit: float) -> bool:
        return all(x >= limit for x in self.values) if self.has_nan else self.lowest >= limit

    def index_of_lowest(self) -> int:
        """0-based index of the first lowest reading (of the first NaN, if any: as `np.argmin`)."""
        nan = self._first_nan()
        return self.values.index(self.lowest) if nan is None else nan

    def index_of_highest(self) -> int:
        """0-based index of the first highest reading (of the first NaN, if any: as `np.argmax`)."""
        nan = self._first_nan()
        return self.values.index(self.highest) if nan is None else nan

    def _first_nan(self) -> int | None:
        if not self.has_nan:
            return None
        return next((i for i, x in enumerate(self.values) if x != x), None)  # None: only +inf with -inf


@dataclass(frozen=True)
class RelayLimits:
    vmin_v: float
    vmax_v: float
    vbypass_v: float
    tmin_charge_c: float
    tmin_discharge_c: float
    tmax_c: float
    charge_restart_pct: float
    discharge_restart_pct: float
    critical_mode: bool
    # Gen3 only (0 on Gen2, which is then exactly the manual): how far the cells must recover past
    # V min / V max before the relay that opened there may close again.
    vmin_hysteresis_v: float = 0.0
    vmax_hysteresis_v: float = 0.0


def charge_relay(
    cell_v: Readings | Sequence[float], cell_t: Readings | Sequence[float], soc_pct: float, comm_ok: bool,
    lim: RelayLimits, was_on: bool,
) -> bool:
    """Next state of the "allowed to charge" relay (cell volts and degrees: lists, or their `Readings`)."""
    v, t = Readings.of(cell_v), Readings.of(cell_t)
    temps_ok = t.all_above(lim.tmin_charge_c) and t.all_below(lim.tmax_c)
    temps_bad = t.any_below(lim.tmin_charge_c) or t.any_above(lim.tmax_c)
    if lim.critical_mode:
        disable = v.any_at_or_above(lim.vmax_v) or temps_bad or not comm_ok
        enable = v.all_below(lim.vmax_v - lim.vmax_hysteresis_v) and temps_ok and comm_ok
    else:
        disable = (
            v.any_at_or_above(lim.vmax_v)
            or v.all_at_or_above(lim.vbypass_v)
            or temps_bad
            or not comm_ok
        )
        enable = (
            v.all_below(lim.vbypass_v)
            and v.all_below(lim.vmax_v - lim.vmax_hysteresis_v)
            and soc_pct < lim.charge_restart_pct
            and temps_ok
            and comm_ok
        )
    if disable:
        return False
    if enable:
        return True
    return was_on


def load_relay(
    cell_v: Readings | Sequence[float], cell_t: Readings | Sequence[float], soc_pct: float, comm_ok: bool,
    lim: RelayLimits, was_on: bool,
) -> bool:
    """Next state of the "allowed to discharge" (load) relay (cell volts and degrees: lists, or their
    `Readings`)."""
    v, t = Readings.of(cell_v), Readings.of(cell_t)
    temps_ok = t.all_above(lim.tmin_discharge_c) and t.all_below(lim.tmax_c)
    temps_bad = t.any_below(lim.tmin_discharge_c) or t.any_above(lim.tmax_c)
    disable = v.any_at_or_below(lim.vmin_v) or temps_bad or not comm_ok
    enable = v.all_above(lim.vmin_v + lim.vmin_hysteresis_v) and temps_ok and comm_ok
    if not lim.critical_mode:
        enable = enable and soc_pct >= lim.discharge_restart_pct
    if disable:
        return False
    if enable:
        return True
    return was_on
