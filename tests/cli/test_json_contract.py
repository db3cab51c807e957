"""The JSON keys docs/cli.md promises are the keys the commands print (against the simulator).

The table in docs/cli.md is the contract scripts rely on; this test reads it and compares every
row with real output, so neither can drift from the other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from json_contract import DOCUMENTED, check

from smartbms_gui.cli import main

SIM = ["--simulator", "--speed", "20"]


def run_json(capsys, *argv: str) -> list[dict]:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")


def test_the_table_was_read():
    assert len(DOCUMENTED) >= 19
    assert DOCUMENTED["scan"] == ({"serial", "ble"}, {"ble_error"})


def test_monitor_records(capsys):
    objects = run_json(capsys, "monitor", *SIM, "--seconds", "3")
    by_type = {}
    for obj in objects:
        by_type.setdefault(obj["type"], obj)
    stream_types = ("pack", "cell_extremes", "temperatures", "cell", "energy", "totals", "health", "balance")
    for record_type in stream_types:
        assert record_type in by_type, f"no {record_type} record in 3 s of simulated data"
        check(f"monitor {record_type}", by_type[record_type])


def test_settings_commands(capsys, tmp_path):
    [got] = run_json(capsys, "settings", "get", *SIM)
    check("settings get", got)
    [done] = run_json(capsys, "settings", "set", "vmax_v", "3.6", *SIM)
    check("settings set", done)
    backup = tmp_path / "backup.json"
    [saved] = run_json(capsys, "settings", "save", str(backup), *SIM)
    check("settings save", saved)
    data = json.loads(backup.read_text())
    data["settings"]["vmax_v"] = 3.55
    backup.write_text(json.dumps(data))
    [loaded] = run_json(capsys, "settings", "load", str(backup), *SIM, "--yes")
    check("settings load", loaded)
    assert loaded["changes"] and loaded["written"]  # the rows were really exercised


def test_record_and_export(capsys, tmp_path):
    [recorded] = run_json(capsys, "record", str(tmp_path / "r"), *SIM, "--seconds", "2")
    check("record", recorded)
    assert recorded["file_bytes"] == Path(recorded["path"]).stat().st_size > recorded["bytes"] > 0
    [exported] = run_json(capsys, "export", recorded["path"])
    check("export", exported)


def test_scan_and_switches(capsys):
    [scan] = run_json(capsys, "scan", "--no-ble")
    check("scan", scan)
    [hidden] = run_json(capsys, "switches", "hidden", "--sensor", "500", "--cells", "16")
    check("switches hidden", hidden)
    [normal] = run_json(capsys, "switches", "normal", "--vbypass", "3.5")
    check("switches normal", normal)
    [decoded] = run_json(capsys, "switches", "decode", "10100000")
    check("switches decode", decoded)


def test_a_backup_names_the_firmware_as_the_link_reports_it(capsys, tmp_path):
    backup = tmp_path / "b.json"
    run_json(capsys, "settings", "save", str(backup), *SIM)
    device = json.loads(backup.read_text())["device"]
    assert device["generation"] == 2 and device["firmware"].startswith("0x") and device["serial"] is None
