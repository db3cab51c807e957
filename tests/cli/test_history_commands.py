"""`smartbms log` and `smartbms history` (alias `soc-history`) against the in-process simulator: what
they print, `--fault`, and the exit codes for a damaged record, the serial cable, a missing battery
and a BMS without these records."""

from __future__ import annotations

import json
import time
from datetime import datetime

import pytest
from history_cli_rig import battery_with_past, damage_answers  # noqa: F401 (fixture)

from smartbms_gui.cli import main
from smartbms_gui.cli.history import ago_text
from smartbms_gui.sim.ascii_peer import AsciiPeer

SIM = ["--simulator"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")


@pytest.mark.usefixtures("battery_with_past")
def test_log_prints_the_event_with_value_and_cell(capsys):
    assert main(["log", *SIM]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Ago", "Event", "Value", "Cell"]
    [row] = [line for line in lines if "V low" in line]
    assert "30 h ago" in row and row.rstrip().endswith(" 3") and " V" in row
    assert any("of 10 slots empty" in line for line in lines)
    assert err == ""


@pytest.mark.usefixtures("battery_with_past")
def test_log_json_gives_the_event(capsys):
    assert main(["log", *SIM, "--json"]) == 0
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(obj) == {"events"}  # no problems: the key is left out
    [low] = [e for e in obj["events"] if e["event"] == "voltage_low"]
    assert set(low) == {"slot", "time", "age_s", "event", "cell", "value", "unit"}
    assert low["cell"] == 3 and low["unit"] == "V" and 2.0 < low["value"] < 3.0
    assert 29.9 * 3600 < low["age_s"] < 30.1 * 3600
    when = datetime.fromisoformat(low["time"])
    assert when.utcoffset() is not None  # local time with its offset
    assert abs(time.time() - low["age_s"] - when.timestamp()) < 5


@pytest.mark.usefixtures("battery_with_past")
def test_soc_history_prints_a_line_per_day(capsys):
    assert main(["history", *SIM]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert "newest hour" in lines[0]
    assert lines[1].split() == [str(h) for h in range(24)]
    days = lines[2:]
    assert 7 <= len(days) <= 8
    cells = " ".join(days).split()
    numbers = [c for c in cells if c.isdigit()]  # (the dates have dashes)
    assert 29 <= len(numbers) <= 31  # thirty hours have a value; the rest of the week is "--"
    assert "??" not in cells


@pytest.mark.usefixtures("battery_with_past")
def test_soc_history_json_has_168_hours_oldest_first(capsys):
    assert main(["history", *SIM, "--json"]) == 0
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(obj) == {"hours"}
    hours = obj["hours"]
    assert len(hours) == 168 and all(set(h) == {"end", "soc_pct"} for h in hours)
    ends = [datetime.fromisoformat(h["end"]) for h in hours]
    assert all((b - a).total_seconds() == 3600 for a, b in zip(ends, ends[1:]))  # oldest first
    assert 0 <= time.time() - ends[-1].timestamp() < 3600 + 5  # the newest ended within the hour
    with_value = [h["soc_pct"] for h in hours if h["soc_pct"] is not None]
    assert 29 <= len(with_value) <= 31 and all(0 <= v <= 100 for v in with_value)
    assert hours[0]["soc_pct"] is None and hours[-1]["soc_pct"] is not None


@pytest.mark.usefixtures("battery_with_past")
def test_a_damaged_record_is_named_and_the_rest_printed(capsys, monkeypatch):
    damage_answers(monkeypatch, {"H3"})
    assert main(["soc-history", *SIM, "--json"]) == 1  # the first name still works
    out, err = capsys.readouterr()
    [obj] = [json.loads(line) for line in out.splitlines()]
    [problem] = obj["problems"]
    assert problem["record"] == "H3" and problem["reason"] == "damaged"
    assert "H3" in err and "damaged" in err
    assert len(obj["hours"]) == 168


def test_nothing_readable_fails_with_the_reason(capsys, monkeypatch):
    damage_answers(monkeypatch, {"TS"} | {f"L{n}" for n in range(10)})
    assert main(["log", *SIM]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("smartbms: ") and "damaged" in err and len(err.splitlines()) == 1


def test_serial_is_refused_before_the_port_is_opened(capsys):
    assert main(["log", "--serial", "/dev/no-such-port"]) == 5
    assert main(["soc-history", "--serial", "/dev/no-such-port", "--json"]) == 5
    out, err = capsys.readouterr()
    assert out == "" and err.count("USB serial cable") == 2 and "--ble" in err


def test_no_battery_chosen_is_a_usage_error(capsys):
    assert main(["log"]) == 2
    assert "Say which battery" in capsys.readouterr().err


def test_an_empty_log_says_so(capsys):
    assert main(["log", *SIM]) == 0  # a new simulated battery has logged nothing
    assert capsys.readouterr().out == "The log is empty: no cell events recorded.\n"


def test_a_fault_given_to_the_simulator_is_in_the_log(capsys):
    assert main(["log", *SIM, "--fault", "cell_over_voltage:cell=3", "--json"]) == 0
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [event] = obj["events"]
    assert event["event"] == "voltage_high" and event["cell"] == 3 and event["unit"] == "V"
    assert event["value"] > 3.6 and event["slot"] == 0


def test_a_fresh_simulator_has_a_week_of_history(capsys):
    assert main(["history", *SIM, "--json"]) == 0
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    values = [h["soc_pct"] for h in obj["hours"]]
    assert len(values) == 168 and all(v is not None and 0 <= v <= 100 for v in values)
    assert max(values) - min(values) > 20  # days and nights, not a flat line


def test_a_bad_fault_is_a_usage_error(capsys):
    assert main(["log", *SIM, "--fault", "no_such_fault"]) == 2
    err = capsys.readouterr().err
    assert "unknown fault 'no_such_fault'" in err and len(err.splitlines()) == 1
    assert main(["log", *SIM, "--fault", "cell_over_voltage:cell=x"]) == 2
    assert "cell must be a number" in capsys.readouterr().err


def test_a_bms_without_a_log_is_not_available(capsys, monkeypatch):
    original = AsciiPeer._read

    def without_memory(self, record):
        if record == "TS" or (record[:1] in "LH" and len(record) == 2):
            return "WRONG"  # as a firmware that does not know the request answers
        return original(self, record)

    monkeypatch.setattr(AsciiPeer, "_read", without_memory)
    assert main(["log", *SIM, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "not available on this BMS" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(("seconds", "text"), [(0, "< 1 min ago"), (59.5, "< 1 min ago"), (60, "1 min ago"),
                                               (7200, "2 h ago"), (3 * 86400, "3 days ago")])
def test_log_ages_never_say_zero_minutes(seconds, text):
    assert ago_text(seconds) == text
