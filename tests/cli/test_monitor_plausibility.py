"""`smartbms monitor` says how many records the plausibility filter held back (issue 21 item 9):
the human line and the closing line, and a documented `plausibility` JSON object."""

from __future__ import annotations

import json

import pytest
from json_contract import check

from smartbms_gui.cli import main

SIM = ["--simulator", "--speed", "20"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")


def test_json_has_a_documented_plausibility_object(capsys):
    assert main(["monitor", *SIM, "--seconds", "2", "--json"]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    counts = [o for o in objects if o["type"] == "plausibility"]
    assert counts, "no plausibility object"
    check("monitor plausibility", counts[-1])
    assert counts[-1]["checked"] > 0 and counts[-1]["held_back"] >= 0
    assert 0.0 <= counts[-1]["link_quality_pct"] <= 100.0
    assert counts[-1] is objects[-1]  # the last word is the final count


def test_human_lines_say_what_was_held_back(capsys):
    assert main(["monitor", *SIM, "--seconds", "2.5"]) == 0
    out, err = capsys.readouterr()
    assert "link quality" in out.splitlines()[-1] and "held back" in out.splitlines()[-1]
    assert "held back as implausible" in err
