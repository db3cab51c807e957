"""`smartbms settings set` reads a number as the window's Settings page does (`params.parse_number`):
a decimal comma or point, spaces, a typographic minus; anything else stays "is not a number" (exit 2)."""

from __future__ import annotations

import json

import pytest

from smartbms_gui.cli import main
from smartbms_gui.cli.common import EXIT_USAGE, UserError
from smartbms_gui.cli.settings import parse_value
from smartbms_gui.protocol import params

SIM = ["--simulator", "--speed", "10"]


@pytest.mark.parametrize("text, value", [("3.6", 3.6), ("3,6", 3.6), (" 3,600 ", 3.6), ("3.6 ", 3.6)])
def test_a_cell_voltage_in_the_window_s_spellings(text, value):
    assert parse_value(params.parameter("vmax_v"), text) == pytest.approx(value)


def test_a_typographic_minus_and_an_exponent_are_numbers():
    tmin = params.parameter("tmin_discharge_c")
    assert parse_value(tmin, "\u221210") == pytest.approx(-10.0)
    assert parse_value(tmin, "-1e1") == pytest.approx(-10.0)


@pytest.mark.parametrize("text", ["3.6.1", "1.000,5", "abc", ""])
def test_what_the_window_refuses_is_not_a_number(text):
    with pytest.raises(UserError) as caught:
        parse_value(params.parameter("vmax_v"), text)
    assert caught.value.code == EXIT_USAGE and "is not a number" in str(caught.value)


def test_a_decimal_comma_is_written_and_read_back(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")  # the simulator's factory PIN
    code = main(["settings", "set", "vmax_v", "3,6", "--json", *SIM])
    out = capsys.readouterr().out
    assert code == 0, out
    done = json.loads(out)
    assert done["ok"] and done["requested"] == pytest.approx(3.6) and done["value"] == pytest.approx(3.6)
