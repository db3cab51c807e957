"""`smartbms switches ...`: the fixed JSON shapes, the manual's tables, and clear usage errors."""

from __future__ import annotations

import json

import pytest

from smartbms_gui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1  # only JSON on stdout
    return json.loads(lines[0])


def onoff(bits: str) -> dict[str, str]:
    return {str(i): ("ON" if b == "1" else "OFF") for i, b in enumerate(bits, start=1)}


@pytest.mark.parametrize(
    ("sensor", "cells", "bits"),
    [
        (100, 16, "01000110"),  # the manual: 100 A = OFF ON OFF; 16 cells = OFF OFF ON ON
        (25, 4, "00000000"),
        (2000, 255, "11111110"),
        (400, 48, "10010000"),
        (250, 15, "01100110"),  # 15 cells is not in the table: the next higher value, 16
        (50, 100, "00111000"),  # 100 -> 128 cells = ON ON OFF OFF
    ],
)
def test_hidden_positions_follow_the_manual(capsys, sensor, cells, bits):
    data = run_json(capsys, "switches", "hidden", "--sensor", str(sensor), "--cells", str(cells))
    assert data["switches"] == onoff(bits)
    assert data["switches"]["8"] == "OFF"
    assert data["sensor_a"] == sensor
    assert any("switch 8 ON, then OFF" in step for step in data["procedure"])


def test_hidden_text_shows_positions_and_procedure(capsys):
    code, out, err = run(capsys, "switches", "hidden", "--sensor", "1000", "--cells", "20")
    assert code == 0 and err == ""
    assert "1000 A current sensor, 20 cells" in out
    assert "Set switches 1-7: 1 ON, 2 ON, 3 OFF, 4 OFF, 5 ON, 6 OFF, 7 OFF." in out
    assert "IN board version 1.4" in out  # the 1000 A sensor needs a newer IN board


@pytest.mark.parametrize(
    ("argv", "bits"),
    [
        (["--vbypass", "3.5"], "00100010"),  # blind spot on (recommended), 3.5 V = 2 OFF 6 OFF 7 ON
        (["--vbypass", "3.4", "--fast"], "10100000"),
        (["--vbypass", "4.3", "--mode", "critical"], "01101110"),
        (["--vbypass", "3.6", "--no-blind-spot", "--auto-zero"], "00010100"),
    ],
)
def test_normal_positions_follow_the_manual(capsys, argv, bits):
    data = run_json(capsys, "switches", "normal", *argv)
    assert data["switches"] == onoff(bits)


def test_decode_shape_and_meaning(capsys):
    data = run_json(capsys, "switches", "decode", "10110000")
    assert set(data) == {"normal", "hidden"}
    assert data["hidden"] == {"sensor_a": 500, "cells": 48}
    normal = data["normal"]
    assert normal["fast_messages"] is True and normal["blind_spot"] is True and normal["auto_zero"] is True
    assert normal["vbypass_v"] == 3.4 and normal["mode"] == "normal"


def test_decode_round_trips_with_normal_and_hidden(capsys):
    hidden = run_json(capsys, "switches", "hidden", "--sensor", "250", "--cells", "64")
    bits = "".join("1" if hidden["switches"][str(i)] == "ON" else "0" for i in range(1, 9))
    assert run_json(capsys, "switches", "decode", bits)["hidden"] == {"sensor_a": 250, "cells": 64}
    normal = run_json(capsys, "switches", "normal", "--vbypass", "4.1", "--mode", "critical")
    bits = "".join("1" if normal["switches"][str(i)] == "ON" else "0" for i in range(1, 9))
    decoded = run_json(capsys, "switches", "decode", bits)["normal"]
    assert decoded["vbypass_v"] == 4.1 and decoded["critical_mode"] is True


def test_json_flag_on_the_group_works_too(capsys):
    code, out, _ = run(capsys, "switches", "--json", "decode", "00000000")
    assert code == 0 and json.loads(out)["hidden"] == {"sensor_a": 25, "cells": 4}


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["switches", "decode", "1011000"], "eight characters"),
        (["switches", "decode", "1011000x"], "eight characters"),
        (["switches", "hidden", "--sensor", "120", "--cells", "16"], "no 120 A current sensor"),
        (["switches", "hidden", "--sensor", "100", "--cells", "300"], "2 to 255 cells"),
        (["switches", "normal", "--vbypass", "3.55"], "V bypass 3.55 V"),
        (["switches", "normal", "--vbypass", "3.5", "--mode", "fast"], "invalid choice"),
        (["switches", "hidden", "--sensor", "100"], "required: --cells"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, words):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 2
    assert out == ""  # nothing on stdout, not even JSON
    assert words in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("smartbms ")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("scan", "monitor", "settings", "switches", "record", "export"):
        assert command in out
    assert "Exit codes" in out
