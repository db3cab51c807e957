"""value_range.py: the least-span range that the heat map, the cell bars and the report's plots share."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartbms_gui.value_range import outwards, spanning


def test_a_narrow_range_is_widened_about_its_middle_and_no_value_gives_none():
    assert spanning([3.31, None, 3.32], 0.02) == pytest.approx((3.305, 3.325))
    assert spanning([2.9, 3.6], 0.02) == (2.9, 3.6)
    assert spanning([None], 0.02) is None and spanning([], 0.02) is None
    assert outwards(3.2975, 3.3225, 0.005) == pytest.approx((3.295, 3.325))
    assert outwards(3.295, 3.325, 0.005) == pytest.approx((3.295, 3.325))  # on a step: stays


@given(st.lists(st.one_of(st.none(), st.floats(-100, 100)), min_size=1, max_size=30),
       st.floats(0.001, 10))
def test_the_range_holds_every_value_and_the_least_span(values, least):
    span = spanning(values, least)
    present = [v for v in values if v is not None]
    if not present:
        assert span is None
        return
    low, high = span
    assert high - low >= least * (1 - 1e-9)
    assert all(low <= v <= high for v in present)
    out_low, out_high = outwards(low, high, 0.005)
    assert out_low <= low + 1e-6 and out_high >= high - 1e-6
