"""The range a scale is drawn on: from the lowest to the highest of some values, widened about its
middle to a least span, so values a few millivolts apart are not drawn as if they differed wildly.
Pure: the cell grid's heat map, the Site page's cell bars and the PDF report's plots each add their
own margins and rounding to it."""

from __future__ import annotations

import math
from collections.abc import Iterable


def spanning(values: Iterable[float | None], least_span: float) -> tuple[float, float] | None:
    """(low, high) of the values that are not None, at least `least_span` apart; None for no value."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    low, high = min(present), max(present)
    if high - low < least_span:
        middle = (low + high) / 2
        low, high = middle - least_span / 2, middle + least_span / 2
    return low, high


def outwards(low: float, high: float, step: float) -> tuple[float, float]:
    """`low` down and `high` up to whole `step`s (a value already on a step, give or take float
    rounding, stays)."""
    return math.floor(low / step + 1e-6) * step, math.ceil(high / step - 1e-6) * step
