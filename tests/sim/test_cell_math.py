"""The simulator's cell math without numpy gives numpy's answers: the OCV curve as `np.interp` (the same
floats, clamped at the ends), the cold factor as `np.clip`, and the relay tables' any/all checks and
extremes as element-wise checks, `np.argmin` and `np.argmax` (numpy only here, as the reference)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from smartbms_gui.sim.chemistry import CHEMISTRIES, resistance_factor
from smartbms_gui.sim.relays import Readings


def same_floats(ours, reference) -> bool:
    """Equal float for float, NaN where the reference has NaN."""
    reference = [float(x) for x in reference]
    return len(ours) == len(reference) and all(
        (math.isnan(a) and math.isnan(b)) or a == b for a, b in zip(ours, reference, strict=True))


def probe_points(points) -> list[float]:
    """Each point, the floats either side of it, a dense grid past both ends, NaN and the infinities."""
    xs = [x for p in points for x in (math.nextafter(p, -math.inf), p, math.nextafter(p, math.inf))]
    xs += [i / 997 - 0.2 for i in range(1400)]
    return [*xs, math.nan, math.inf, -math.inf, -0.0]


@pytest.mark.parametrize("name", sorted(CHEMISTRIES))
def test_ocv_is_np_interp_float_for_float(name):
    chem = CHEMISTRIES[name]
    xs = probe_points(chem.soc_points)
    reference = np.interp(xs, chem.soc_points, chem.ocv_points)
    assert same_floats(chem.ocv(xs), reference)
    assert same_floats([chem.ocv(x) for x in xs], reference)  # one at a time: the same
    assert chem.ocv(-5.0) == chem.ocv_points[0] and chem.ocv(5.0) == chem.ocv_points[-1]  # clamped
    assert isinstance(chem.ocv(0.5), float) and isinstance(chem.ocv([0.5]), list)


@pytest.mark.parametrize("name", sorted(CHEMISTRIES))
def test_terminal_voltage_is_ocv_plus_i_r(name):
    chem = CHEMISTRIES[name]
    rng = random.Random(5)
    soc = [rng.uniform(-0.05, 1.05) for _ in range(300)] + [math.nan, math.inf]
    current = [rng.uniform(-50.0, 50.0) for _ in soc]
    resistance = [rng.uniform(0.0005, 0.002) for _ in soc]
    reference = np.interp(soc, chem.soc_points, chem.ocv_points) + np.array(current) * np.array(resistance)
    assert same_floats(chem.terminal_v(soc, current, resistance), reference)
    with pytest.raises(ValueError):
        chem.terminal_v(soc, current[:-1], resistance)


def test_the_cold_factor_is_np_clip():
    temps = [-40.0, -20.0, 0.0, 11.6, 25.0, 38.3, 60.0, 100.0, math.nan] + [t / 7 for t in range(-300, 700)]
    reference = np.clip(1.0 + 0.03 * (25.0 - np.array(temps)), 0.6, 4.0)
    assert same_floats(resistance_factor(temps), reference)
    assert same_floats([resistance_factor(t) for t in temps], reference)
    assert resistance_factor(-200.0) == 4.0 and resistance_factor(200.0) == 0.6


def readings_cases() -> list[list[float]]:
    rng = random.Random(11)
    cases = [[rng.choice([2.9, 3.3, 3.5, 3.65]) for _ in range(rng.randint(1, 6))] for _ in range(150)]
    cases += [[3.3, math.nan, 3.5], [math.nan, 3.3, 2.8], [math.nan, math.nan], [math.inf, -math.inf, 3.3],
              [3.65, 3.65, 2.9, 2.9], [math.inf, 3.3]]
    return cases


@pytest.mark.parametrize("values", readings_cases())
def test_readings_answer_like_element_wise_checks(values):
    r = Readings(values)
    for limit in (2.9, 3.3, 3.5, 3.65, 4.0):
        assert r.any_below(limit) is any(x < limit for x in values)
        assert r.any_at_or_below(limit) is any(x <= limit for x in values)
        assert r.any_above(limit) is any(x > limit for x in values)
        assert r.any_at_or_above(limit) is any(x >= limit for x in values)
        assert r.all_below(limit) is all(x < limit for x in values)
        assert r.all_above(limit) is all(x > limit for x in values)
        assert r.all_at_or_above(limit) is all(x >= limit for x in values)
    assert r.index_of_lowest() == int(np.argmin(values))
    assert r.index_of_highest() == int(np.argmax(values))


def test_readings_need_a_cell():
    with pytest.raises(ValueError):
        Readings([])
