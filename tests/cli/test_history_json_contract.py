"""The JSON keys docs/cli.md promises for `log` and `history` are the keys they print (against the
simulator), down to the objects inside `events`, `hours` and `problems`."""

from __future__ import annotations

import json

import pytest
from history_cli_rig import battery_with_past, damage_answers  # noqa: F401 (fixture)
from json_contract import DOCUMENTED, check

from smartbms_gui.cli import main

SIM = ["--simulator"]


def run_json(capsys, *argv: str, code: int = 0) -> dict:
    assert main([*argv, "--json"]) == code
    out, err = capsys.readouterr()
    [obj] = [json.loads(line) for line in out.splitlines()]
    return obj


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")


def test_the_rows_are_documented():
    for row in ("log", "log event", "log problem", "history", "history hour", "history problem"):
        assert row in DOCUMENTED, row


@pytest.mark.usefixtures("battery_with_past")
def test_log(capsys, monkeypatch):
    damage_answers(monkeypatch, {"L9"})
    got = run_json(capsys, "log", *SIM, code=1)
    check("log", got)
    assert got["events"] and got["problems"]  # the nested rows are really exercised
    for event in got["events"]:
        check("log event", event)
    for problem in got["problems"]:
        check("log problem", problem)


@pytest.mark.usefixtures("battery_with_past")
def test_soc_history(capsys, monkeypatch):
    damage_answers(monkeypatch, {"H0"})
    got = run_json(capsys, "history", *SIM, code=1)
    check("history", got)
    assert len(got["hours"]) == 168 and got["problems"]
    for hour in got["hours"]:
        check("history hour", hour)
    for problem in got["problems"]:
        check("history problem", problem)


@pytest.mark.usefixtures("battery_with_past")
def test_log_and_history_without_problems_are_the_issues_shape(capsys):
    got = run_json(capsys, "log", *SIM)
    check("log", got)
    assert set(got) == {"events"}
    for event in got["events"]:
        assert set(event) == {"slot", "time", "age_s", "event", "cell", "value", "unit"}
    got = run_json(capsys, "history", *SIM)
    assert set(got) == {"hours"}
