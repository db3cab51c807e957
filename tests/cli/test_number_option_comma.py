"""The command line reads a decimal number by the window's rule (`params.parse_number`)."""

import argparse

import pytest

from smartbms_gui.cli.common import number_option


def test_a_decimal_comma_and_point_read_the_same():
    convert = number_option(float, minimum=0, maximum=10, unit="V")
    assert convert("3,6") == convert("3.6") == 3.6


@pytest.mark.parametrize("text", ["1.000,5", "abc", "", "nan", "inf"])
def test_what_is_no_finite_number_is_a_usage_error(text):
    with pytest.raises(argparse.ArgumentTypeError):
        number_option(float, minimum=0)(text)


def test_whole_numbers_stay_whole():
    with pytest.raises(argparse.ArgumentTypeError, match="whole number"):
        number_option(int, minimum=0)("3,6")
    assert number_option(int, minimum=0)("7") == 7


def test_the_window_and_the_command_line_share_one_parser():
    from smartbms_gui.protocol import params
    from smartbms_gui.views import settings_texts

    for text in ("3,6", "3.6", " \u22122,5 ", "1.000,5", "x"):
        assert settings_texts.parse_number(text) == params.parse_number(text)
