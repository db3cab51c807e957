"""Cell chemistries: open-circuit-voltage curves and internal resistance.

The curves are typical shapes for prismatic cells at rest, good enough for a simulator: LFP is flat
in the middle and steep at both ends (which is why the manual balances at the top), NMC slopes
all the way. SoC above 100 % is over-charge: the voltage runs away, which is what makes a cell
cross V max when its neighbours are still below V bypass.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload


class Segments:
    """A piecewise-linear curve through the points (xs ascending), evaluated as `np.interp` does:
    clamped to the first / last y outside the points, y[j] + slope[j] × (x − x[j]) between them,
    with the same slopes, so the same floats; NaN gives NaN.

    Indexed by `bisect_right(xs, x)`: entry 0 is the flat part left of the points, entry len(xs) the
    flat part right of them (slope 0, so x itself needs no clamping), entry k the segment from point k−1.
    """

    __slots__ = ("xs", "base_x", "base_y", "slope")

    def __init__(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        if len(xs) != len(ys) or len(xs) < 2:
            raise ValueError("a curve needs as many y as x, and at least two points")
        xs = [float(x) for x in xs]
        ys = [float(y) for y in ys]
        if any(b <= a for a, b in zip(xs, xs[1:])):
            raise ValueError("the curve's x must ascend strictly")
        self.xs = xs
        self.base_x = [xs[0], *xs]
        self.base_y = [ys[0], *ys]
        self.slope = [0.0, *[(y1 - y0) / (x1 - x0) for x0, x1, y0, y1 in zip(xs, xs[1:], ys, ys[1:])], 0.0]

    @overload
    def __call__(self, x: float) -> float: ...

    @overload
    def __call__(self, x: Sequence[float]) -> list[float]: ...

    def __call__(self, x: float | Sequence[float]) -> float | list[float]:
        if isinstance(x, (float, int)):
            return self.one(float(x))
        return self.many(x)

    def one(self, x: float) -> float:
        if not math.isfinite(x):
            return x if x != x else self.base_y[0] if x < 0 else self.base_y[-1]
        j = bisect_right(self.xs, x)
        return self.base_y[j] + self.slope[j] * (x - self.base_x[j])

    def many(self, xs: Sequence[float]) -> list[float]:
        px, bx, by, sl = self.xs, self.base_x, self.base_y, self.slope
        out = [by[j] + sl[j] * (x - bx[j]) for x in xs for j in (bisect_right(px, x),)]
        total = sum(out)
        if total != total:  # a NaN came out: an x was NaN or ±inf (0 × inf); those one by one
            out = [self.one(float(x)) for x in xs]
        return out

    def many_plus_products(self, xs: Sequence[float], a: Sequence[float], b: Sequence[float]) -> list[float]:
        """`[y(x) + a × b ...]` in one pass (the same floats as `many(xs)` plus the products)."""
        px, bx, by, sl = self.xs, self.base_x, self.base_y, self.slope
        out = [by[j] + sl[j] * (x - bx[j]) + ai * bi for x, ai, bi in zip(xs, a, b) for j in (bisect_right(px, x),)]
        total = sum(out)
        if total != total:  # see `many`
            out = [self.one(float(x)) + ai * bi for x, ai, bi in zip(xs, a, b)]
        return out


@dataclass(frozen=True)
class Chemistry:
    name: str
    #: open-circuit voltage (V) at the state-of-charge points (fraction, may exceed 1 = over-charge)
    soc_points: tuple[float, ...]
    ocv_points: tuple[float, ...]
    nominal_v: float
    #: internal resistance of one cell at 25 °C for a 100 Ah cell (ohm); scales with 1/capacity
    resistance_ohm_100ah: float
    #: default option-switch V bypass and the settings defaults that suit the chemistry
    vbypass_v: float
    vmin_v: float
    vmax_v: float
    vlow_v: float
    # the curve's segments, made once in __post_init__ (not arguments, not compared or shown)
    _segments: Segments = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # made once: the curve is looked up for every cell every simulation step
        object.__setattr__(self, "_segments", Segments(self.soc_points, self.ocv_points))

    @overload
    def ocv(self, soc: float) -> float: ...

    @overload
    def ocv(self, soc: Sequence[float]) -> list[float]: ...

    def ocv(self, soc: float | Sequence[float]) -> float | list[float]:
        """Open-circuit voltage at `soc` (one cell's, or a list of cells'), as `np.interp` would."""
        return self._segments(soc)

    def terminal_v(
        self, soc: Sequence[float], current_a: Sequence[float], resistance_ohm: Sequence[float]
    ) -> list[float]:
        """The cells' voltages under load: OCV(SoC) + I·R, cell by cell (the same floats as
        `ocv(soc)[k] + current_a[k] * resistance_ohm[k]`, without the list of OCVs in between)."""
        if not len(soc) == len(current_a) == len(resistance_ohm):
            raise ValueError("one SoC, current and resistance a cell")
        return self._segments.many_plus_products(soc, current_a, resistance_ohm)


LFP = Chemistry(
    name="LFP",
    soc_points=(0.0, 0.02, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 0.98,
                0.995, 1.0, 1.01, 1.02, 1.03),
    ocv_points=(2.50, 2.90, 3.05, 3.18, 3.24, 3.27, 3.29, 3.30, 3.31, 3.32, 3.33, 3.34, 3.36, 3.40,
                3.45, 3.52, 3.62, 3.75, 4.00),
    nominal_v=3.2,
    resistance_ohm_100ah=0.0008,
    vbypass_v=3.5,
    vmin_v=2.9,
    vmax_v=3.65,
    vlow_v=3.0,
)

NMC = Chemistry(
    name="NMC",
    soc_points=(0.0, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 1.0, 1.01, 1.03),
    ocv_points=(3.00, 3.30, 3.45, 3.55, 3.62, 3.68, 3.74, 3.82, 3.90, 3.98, 4.07, 4.12, 4.18, 4.30, 4.55),
    nominal_v=3.7,
    resistance_ohm_100ah=0.0012,
    vbypass_v=4.1,
    vmin_v=3.2,
    vmax_v=4.25,
    vlow_v=3.4,
)

CHEMISTRIES = {"LFP": LFP, "NMC": NMC}


def chemistry(name: str) -> Chemistry:
    try:
        return CHEMISTRIES[name.upper()]
    except KeyError:
        raise ValueError(f"unknown chemistry {name!r}: choose one of {', '.join(CHEMISTRIES)}") from None


# resistance_factor's constants: 1 + 0.03 × (25 °C − T), held within 0.6..4
RF_PER_C = 0.03
RF_REFERENCE_C = 25.0
RF_MIN = 0.6
RF_MAX = 4.0


@overload
def resistance_factor(temperature_c: float) -> float: ...


@overload
def resistance_factor(temperature_c: Sequence[float]) -> list[float]: ...


def resistance_factor(temperature_c: float | Sequence[float]) -> float | list[float]:
    """Cells get stiffer in the cold: about 3 % more resistance per degree below 25 °C (a cell's, or a
    list of cells'). The step (pack.py) computes the same inline."""
    if not isinstance(temperature_c, (float, int)):
        return [resistance_factor(float(t)) for t in temperature_c]
    f = 1.0 + RF_PER_C * (RF_REFERENCE_C - temperature_c)
    return RF_MAX if f > RF_MAX else RF_MIN if f < RF_MIN else f
