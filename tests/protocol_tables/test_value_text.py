"""One formatter of a setting's value at the device's precision (protocol/params.py), used by the
window (with its locale's signs) and the command line alike (issue 13.7)."""

import pytest

from smartbms_gui.protocol import params

TMAX = params.parameter("tmax_c")


def test_a_temperature_shows_at_the_precision_of_the_0_857_degree_grid():
    assert TMAX.quantise(55.0) == pytest.approx(54.995)
    assert params.value_text(TMAX, TMAX.quantise(55.0)) == "55.0 °C"
    assert params.value_text(params.parameter("tmin_discharge_c"), -20.4) == "-20.4 °C"


def test_other_numbers_keep_the_digits_their_scale_gives():
    assert params.value_text(params.parameter("vmax_v"), 3.65) == "3.650 V"
    assert params.value_text(params.parameter("vmin_hysteresis_v"), 0.1) == "0.10 V"
    assert params.value_text(params.parameter("tail_current_a"), 2.0) == "2.0 A"
    assert params.value_text(params.parameter("capacity_wh"), 3800) == "3800 Wh"


def test_the_caller_gives_the_decimal_sign_and_group_separator():
    solar = params.parameter("solar_peak_w")
    assert params.value_text(solar, 655350) == "655350 W"  # no grouping unless asked
    assert params.value_text(solar, 655350, group_sign=",") == "655,350 W"
    assert params.value_text(solar, 655350, decimal_sign=",", group_sign=".") == "655.350 W"
    assert params.number_text(params.parameter("vmax_v"), 3.65, decimal_sign=",") == "3,650"
    assert params.number_text(TMAX, 1234.56, decimal_sign=",", group_sign="\u00a0") == "1\u00a0234,6"


def test_a_value_that_rounds_to_zero_is_not_shown_negative():
    assert params.number_text(TMAX, -0.04) == "0.0"


def test_an_entry_that_snaps_to_the_grid_is_told_apart_from_one_that_does_not():
    assert params.snapped(TMAX, 50) == pytest.approx(49.853, abs=1e-3)
    assert params.value_text(TMAX, params.snapped(TMAX, 50)) == "49.9 °C"
    assert params.snapped(TMAX, 55) is None  # 54.995 shows as 55.0
    assert params.snapped(params.parameter("vmax_v"), 3.65) is None
    assert params.snapped(TMAX, 500) is None  # out of range: the range check speaks, not the snap
    assert params.snapped(params.parameter("critical_mode"), True) is None
