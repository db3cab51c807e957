"""The command line shows a setting's value with the window's formatter, and says when an entry snaps
to the BMS's grid (issue 13.7): `settings get` used to print "T max 54.995 °C" where the window
shows "55.0 °C"."""

from __future__ import annotations

import json

import pytest

from smartbms_gui.cli import main
from smartbms_gui.protocol import params

SIM = ["--simulator", "--speed", "10"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    monkeypatch.delenv("SMARTBMS_BLE_BACKEND", raising=False)


def test_settings_get_shows_a_temperature_at_the_devices_precision(capsys):
    assert main(["settings", "get", *SIM, "--generation", "3", "--json"]) == 0
    values = json.loads(capsys.readouterr().out)["settings"]
    assert values["tmax_c"] == pytest.approx(54.995)  # JSON keeps the value the device holds
    assert main(["settings", "get", *SIM, "--generation", "3"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[-1]: line for line in out.splitlines()}
    assert "55.0 °C" in rows["tmax_c"] and "54.995" not in out
    for name, line in rows.items():  # every number as the window's formatter writes it
        param = params.parameter(name)
        if param.kind == "number":
            assert f"  {params.value_text(param, values[name])}  " in line, line


def test_an_entry_that_snaps_is_said_on_stderr_and_the_stored_value_is_shown(capsys):
    assert main(["settings", "set", "tmax_c", "50", *SIM]) == 0
    out, err = capsys.readouterr()
    assert err == "T max: 50 °C is stored as 49.9 °C, the nearest step the BMS can hold\n"
    assert out == "T max: 55.0 °C -> 49.9 °C (read back)\n"


def test_an_entry_on_the_grid_says_nothing_more(capsys):
    assert main(["settings", "set", "vmax_v", "3.6", *SIM]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.endswith("-> 3.600 V (read back)\n")
