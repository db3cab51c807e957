"""`smartbms monitor` says how many records the plausibility filter held back (issue 21 item 9):
the human line and the closing line, and a documented `plausibility` JSON object."""

from __future__ import annotations

import json

import pytest
from json_contract import check

from smartbms_gui.cli import main
from smartbms_gui.cli.monitor import HeldBackReport, held_back_text
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.protocol.stream import PackRecord

SIM = ["--simulator", "--speed", "20"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")


def _session_with_a_spike() -> DeviceSession:
    session = DeviceSession(lambda: None)  # never started: only its filter is fed
    for t, volts in enumerate((53.2, 53.2, 91.2, 53.2)):
        session.plausibility.feed(PackRecord(volts, 1.0, 5.0, 2.0), float(t))
    return session


def test_json_has_a_documented_plausibility_object(capsys):
    session = _session_with_a_spike()
    report = HeldBackReport()
    report.report(session, "03330")
    report.report(session, "03330")  # nothing new: nothing printed
    report.report(session, "03330", force=True)  # the closing count
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(objects) == 2
    check("monitor plausibility", objects[0])
    assert objects[0]["pack"] == "03330" and objects[0]["record"] == objects[0]["type"] == "plausibility"
    assert (objects[0]["checked"], objects[0]["held_back"], objects[0]["unreadable"]) == (4, 1, 0)
    assert objects[0]["link_quality_pct"] == 75.0


def test_a_clean_link_adds_no_objects(capsys):
    assert main(["monitor", *SIM, "--seconds", "1.5", "--json"]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert objects and not [o for o in objects if o["type"] == "plausibility"]


def test_human_lines_say_what_was_held_back(capsys):
    assert main(["monitor", *SIM, "--seconds", "2.5"]) == 0
    out, err = capsys.readouterr()
    assert "held back 0 (link quality 100.0 %)" in out.splitlines()[-1]
    assert "0 held back as implausible (link quality 100.0 %)" in err
    counts = _session_with_a_spike().plausibility.counts
    assert held_back_text(counts) == "  held back 1 (link quality 75.0 %)"
