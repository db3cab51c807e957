"""`smartbms` against the simulator (in-process, through DeviceSession and the loopback link)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_rig import SIM, pin, run  # noqa: F401 - pin: the autouse fixture

from smartbms_gui.protocol.settings_file import load_settings


def run_json(capsys, *argv: str) -> list[dict]:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]  # every stdout line is JSON


def assert_user_error(result, code: int, words: str) -> None:
    got, out, err = result
    assert got == code, err
    assert out == ""
    assert err.startswith("smartbms: ") and words in err
    assert err.count("\n") == 1 and "Traceback" not in err


# ------------------------------------------------------------------------------------ monitor


def test_monitor_json_prints_one_si_record_per_line(capsys):
    records = run_json(capsys, "monitor", *SIM, "--seconds", "1.5")
    kinds = {r["type"] for r in records}
    assert {"pack", "cell", "energy"} <= kinds
    for r in records:
        assert isinstance(r["time"], float)
        if r["type"] == "pack":
            assert 40.0 < r["pack_voltage_v"] < 60.0  # 16 LFP cells, volts not raw units
        if r["type"] == "cell":
            assert 1 <= r["cell"] <= r["cell_count"] == 16
            assert 2.5 < r["voltage_v"] < 3.8 and -20 < r["temperature_c"] < 60
        if r["type"] == "totals":
            assert "solar_total_wh" in r and "solar_total_kwh" not in r  # energies in Wh


def test_monitor_text_shows_a_summary(capsys):
    code, out, err = run(capsys, "monitor", *SIM, "--seconds", "1.3")
    assert code == 0, err
    assert "cells received 16/16" in out and " V " in out and "SoC" in out


# ----------------------------------------------------------------------------------- settings


def test_settings_get_json(capsys):
    [data] = run_json(capsys, "settings", "get", *SIM)
    values = data["settings"]
    assert data["source"] == "settings records"
    assert 2.0 <= values["vmin_v"] < values["vbypass_v"] < values["vmax_v"] <= 5.0
    assert "pin" not in values  # the PIN is never shown


def test_settings_set_writes_and_reads_back(capsys):
    [before] = run_json(capsys, "settings", "get", *SIM)
    old = before["settings"]["vmax_v"]
    new = 3.7 if old != 3.7 else 3.65
    [data] = run_json(capsys, "settings", "set", "vmax_v", str(new), *SIM)
    assert data == {"name": "vmax_v", "old": old, "requested": new, "value": new, "verified": True, "ok": True}
    code, out, err = run(capsys, "settings", "set", "critical_mode", "on", *SIM, "--generation", "3")
    assert code == 0, err
    assert "Critical mode: off -> on (read back)" in out


def test_settings_set_pin_never_shows_it(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_NEW_PIN", "4321")
    code, out, err = run(capsys, "settings", "set", "pin", "-", *SIM)
    assert code == 0, err
    assert "4321" not in out + err and "1234" not in out + err
    assert "****" in out


def test_settings_save_then_load_shows_the_diff_and_writes(capsys, tmp_path):
    path = tmp_path / "backup.json"
    [saved] = run_json(capsys, "settings", "save", str(path), *SIM)
    assert saved["path"] == str(path)
    stored = json.loads(path.read_text())
    assert "pin" not in stored["settings"]
    loaded = load_settings(path.read_text())  # the file is a valid settings file
    old_vmax = loaded.values["vmax_v"]
    stored["settings"]["vmax_v"] = 3.6
    path.write_text(json.dumps(stored))

    [result] = run_json(capsys, "settings", "load", str(path), *SIM, "--yes")
    assert result["changes"] == [{"name": "vmax_v", "old": old_vmax, "new": 3.6}]
    assert result["written"] == [{"name": "vmax_v", "ok": True, "value": 3.6, "verified": True, "error": None}]

    code, out, err = run(capsys, "settings", "load", str(path), *SIM, "--yes")
    assert code == 0, err
    assert f"V max: {old_vmax:.3f} V -> 3.600 V" in out and "ok, read back 3.600 V" in out


def test_settings_load_asks_before_writing(capsys, tmp_path):
    path = tmp_path / "backup.json"
    assert run(capsys, "settings", "save", str(path), *SIM)[0] == 0
    stored = json.loads(path.read_text())
    stored["settings"]["vmax_v"] = 3.6
    path.write_text(json.dumps(stored))
    code, out, err = run(capsys, "settings", "load", str(path), *SIM)  # no --yes, no terminal to ask on
    assert code == 6
    assert "V max" in out  # the diff was shown
    assert "add --yes" in err and "Not written" in err


def test_settings_load_rejects_a_bad_file(capsys, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": {"vmax_v": 9.0}}))
    assert_user_error(run(capsys, "settings", "load", str(path), *SIM, "--yes"), 2, "bad.json cannot be loaded")


def test_settings_save_refuses_to_overwrite(capsys, tmp_path):
    path = tmp_path / "exists.json"
    path.write_text("{}")
    assert_user_error(run(capsys, "settings", "save", str(path), *SIM), 2, "add --force")


# ------------------------------------------------------------------------------- user errors


def test_bad_setting_name(capsys):
    assert_user_error(run(capsys, "settings", "set", "vmaxx", "3.6", *SIM), 2, "no setting called 'vmaxx'")


def test_out_of_range_value(capsys):
    assert_user_error(run(capsys, "settings", "set", "vmax_v", "7", *SIM, "--json"), 2, "outside 2.000–5.000 V")


def test_value_that_breaks_a_cross_field_rule(capsys):
    assert_user_error(run(capsys, "settings", "set", "vmax_v", "3.4", *SIM), 2, "Nothing was written")


def test_not_a_number(capsys):
    assert_user_error(run(capsys, "settings", "set", "vmax_v", "high", *SIM), 2, "'high' is not a number")


def test_wrong_pin(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "0000")
    assert_user_error(run(capsys, "settings", "get", *SIM), 3, "Wrong PIN")


def test_malformed_pin(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "12a4")
    assert_user_error(run(capsys, "settings", "get", *SIM), 3, "four digits")


def test_missing_port(capsys, tmp_path):
    missing = str(tmp_path / "ttyUSB9")
    assert_user_error(run(capsys, "monitor", "--serial", missing, "--seconds", "1"), 4, f"{missing} not found")
    assert_user_error(run(capsys, "settings", "get", "--serial", missing, "--json"), 4, "not found")


def test_settings_writes_are_refused_on_serial(capsys, tmp_path):
    assert_user_error(run(capsys, "settings", "set", "vmax_v", "3.6", "--serial", "/dev/ttyUSB0"), 5, "read-only")
    backup = tmp_path / "b.json"
    backup.write_text(json.dumps({"schema_version": 1, "settings": {"vmax_v": 3.6}}))
    assert_user_error(run(capsys, "settings", "load", str(backup), "--serial", "/dev/ttyUSB0"), 5, "read-only")


def test_unpublished_address_is_refused_when_the_opened_link_is_hardware(capsys, monkeypatch):
    # The opened transport decides "hardware or simulator" (the BLE transport by the simulator's
    # marker service). A link that says hardware gets the refusal, and nothing is written.
    from smartbms_gui.transport.loopback import LoopbackTransport

    monkeypatch.setattr(LoopbackTransport, "is_hardware", True)
    before = run_json(capsys, "settings", "get", *SIM)[0]["settings"]["charge_restart_pct"]
    result = run(capsys, "settings", "set", "charge_restart_pct", str(before + 5), *SIM)
    assert_user_error(result, 5, "not published")
    monkeypatch.setattr(LoopbackTransport, "is_hardware", False)  # the simulator's own answer
    [done] = run_json(capsys, "settings", "set", "charge_restart_pct", str(before + 5), *SIM)
    assert done["ok"] and done["old"] == before and done["value"] == before + 5


def test_unpublished_address_on_hardware_is_skipped_by_settings_load(capsys, monkeypatch, tmp_path):
    from smartbms_gui.transport.loopback import LoopbackTransport

    monkeypatch.setattr(LoopbackTransport, "is_hardware", True)
    backup = tmp_path / "b.json"
    backup.write_text(json.dumps({"schema_version": 1, "settings": {"charge_restart_pct": 77}}))
    code, out, err = run(capsys, "settings", "load", str(backup), *SIM, "--yes")
    # The battery does not hold the file's 77 %: never "Nothing to change" and exit 0 (issue 21.3).
    assert code == 5, err
    assert "not written: Charge restart: 90 % -> 77 %: The write address" in err and "Nothing to change" not in out
    assert "Nothing was written: 1 setting(s) of the file could not be written" in err


def test_ble_hardware_is_not_decided_from_the_backend():
    # The old rule ("no bumble backend means hardware") is gone: only the transport answers.
    from smartbms_gui.cli import device as cli_device

    class Session:
        transport = None

    assert not hasattr(cli_device.DeviceChoice("ble", "AA:BB:CC:DD:EE:FF", 2), "is_hardware")
    session = Session()
    assert cli_device.link_is_hardware(session) is True  # no link: the cautious answer
    session.transport = type("T", (), {"is_hardware": False})()
    assert cli_device.link_is_hardware(session) is False


def test_read_only_setting(capsys):
    assert_user_error(run(capsys, "settings", "set", "vbypass_v", "3.6", *SIM), 5, "option switches 2, 6 and 7")


def test_no_battery_chosen(capsys):
    assert_user_error(run(capsys, "settings", "get"), 2, "--ble ADDRESS, --serial PORT or --simulator")


def test_two_batteries_chosen(capsys):
    # settings talk to one battery; monitor and record take several (tests/cli/test_site_monitor.py)
    two_links = run(capsys, "settings", "get", "--simulator", "--serial", "/dev/x")
    assert_user_error(two_links, 2, "not allowed with")
    two_simulators = run(capsys, "settings", "get", "--simulator", "--simulator")
    assert_user_error(two_simulators, 2, "one battery at a time")


# --------------------------------------------------------------------------- record / export


def test_record_replay_and_export(capsys, tmp_path):
    [rec] = run_json(capsys, "record", str(tmp_path / "run"), *SIM, "--seconds", "1.2")
    path = Path(rec["path"])
    assert path.name == "run.smartbms-recording" and path.is_file() and rec["bytes"] > 0
    assert b"PW1234" not in path.read_bytes()  # the login is masked in the recording

    replayed = run_json(capsys, "monitor", "--replay", str(path))
    assert {r["type"] for r in replayed} >= {"pack", "cell"}

    [exported] = run_json(capsys, "export", str(path), "-o", str(tmp_path / "run.csv"))
    lines = (tmp_path / "run.csv").read_text().splitlines()
    assert exported["rows"] == len(lines) - 1 >= 1 and exported["cells"] == 16
    assert "Cell 16 voltage (V)" in lines[0]


def test_export_never_overwrites_without_force(capsys, tmp_path):
    [rec] = run_json(capsys, "record", str(tmp_path / "run"), *SIM, "--seconds", "1")
    csv = tmp_path / "run.csv"
    csv.write_text("my notes\n")
    assert_user_error(run(capsys, "export", rec["path"]), 2, "exists already")
    assert csv.read_text() == "my notes\n"
    [done] = run_json(capsys, "export", rec["path"], "--force")
    assert done["path"] == str(csv) and csv.read_text().startswith('"Time')


def test_export_for_excel_starts_with_a_byte_order_mark(capsys, tmp_path):
    [rec] = run_json(capsys, "record", str(tmp_path / "run"), *SIM, "--seconds", "1")
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    run_json(capsys, "export", rec["path"], "-o", str(plain))
    run_json(capsys, "export", rec["path"], "-o", str(excel), "--excel")
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data[3:] == plain.read_bytes()
    assert "°C" in data.decode("utf-8-sig").splitlines()[0]  # the reason for the mark


def test_replay_of_a_missing_file(capsys, tmp_path):
    assert_user_error(run(capsys, "monitor", "--replay", str(tmp_path / "none.smartbms-recording")), 2,
                      "No recording")


def test_record_never_overwrites(capsys, tmp_path):
    target = tmp_path / "x.smartbms-recording"
    target.write_bytes(b"")
    assert_user_error(run(capsys, "record", str(target), *SIM, "--seconds", "1"), 2, "exists already")


# -------------------------------------------------------------------------------------- scan


def test_scan_lists_serial_ports_as_json(capsys):
    [data] = run_json(capsys, "scan", "--no-ble")
    assert isinstance(data["serial"], list) and data["ble"] == []
    for port in data["serial"]:
        assert set(port) >= {"device", "usb_id", "ftdi_ft232"}


def test_pin_prompt_does_not_echo(capsys, monkeypatch):
    import getpass
    import sys

    from smartbms_gui.cli import common as cli_common

    monkeypatch.delenv("SMARTBMS_PIN")
    prompts = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or "1234")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert cli_common.read_pin() == "1234"
    assert prompts == ["PIN of the battery: "]  # asked through getpass, which never echoes
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(cli_common.UserError) as error:
        cli_common.read_pin()
    assert error.value.code == 3 and cli_common.PIN_ENV in error.value.message


def test_the_simulator_needs_no_pin(capsys, monkeypatch):
    import getpass
    import sys

    monkeypatch.delenv("SMARTBMS_PIN")
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": pytest.fail(f"asked {prompt!r}"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    code, out, err = run(capsys, "settings", "get", *SIM, "--json")
    assert code == 0, err
    assert json.loads(out.splitlines()[0])["settings"]  # read with the factory PIN, nothing asked
    monkeypatch.setenv("SMARTBMS_PIN", "0000")  # an explicit PIN still counts: a wrong one fails
    assert_user_error(run(capsys, "settings", "get", *SIM), 3, "Wrong PIN")


def test_a_new_pin_is_never_taken_from_the_command_line(capsys, monkeypatch):
    import io
    import sys

    code, out, err = run(capsys, "settings", "set", "pin", "4321", *SIM)
    assert code == 2 and out == "" and "shell's history" in err and "4321" not in err
    # from standard input instead: written, read back, and the new PIN shown nowhere
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n"))
    code, out, err = run(capsys, "settings", "set", "pin", "-", *SIM)
    assert code == 0, err
    assert "4321" not in out + err and "****" in out + err



def test_values_by_kind(capsys):
    gen3 = [*SIM, "--generation", "3"]
    [data] = run_json(capsys, "settings", "set", "chemistry", "LTO", *gen3)  # a unique part of the label
    assert data["value"] == 2
    [data] = run_json(capsys, "settings", "set", "relay1_force", "keep on", *gen3)
    assert data["value"] == 2
    [data] = run_json(capsys, "settings", "set", "use_measured_capacity", "on", *gen3)
    assert data["value"] is True
    assert_user_error(run(capsys, "settings", "set", "relay1_force", "keep", *gen3), 2, "is not one of")
    assert_user_error(run(capsys, "settings", "set", "critical_mode", "maybe", *gen3), 2, "on or off")


def test_gen3_setting_on_gen2(capsys):
    assert_user_error(run(capsys, "settings", "set", "critical_mode", "on", *SIM), 2, "does not exist on a Gen2")


@pytest.mark.parametrize("answer, code, words", [("y\n", 0, "ok, read back 3.600 V"),
                                                 ("n\n", 6, "Cancelled: nothing was written")])
def test_settings_load_answer_at_the_prompt(capsys, monkeypatch, tmp_path, answer, code, words):
    import io

    path = tmp_path / "backup.json"
    assert run(capsys, "settings", "save", str(path), *SIM)[0] == 0
    stored = json.loads(path.read_text())
    stored["settings"]["vmax_v"] = 3.6
    path.write_text(json.dumps(stored))
    monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    got, out, err = run(capsys, "settings", "load", str(path), *SIM)
    assert got == code, err
    assert "Write 1 change(s) to the simulator? [y/N]" in err and "V max" in out
    assert words in out + err
    if code:
        assert "read back" not in out  # nothing was written


def test_settings_load_json_without_yes_shows_the_diff_on_stderr_before_asking(capsys, monkeypatch, tmp_path):
    import io

    path = tmp_path / "backup.json"
    assert run(capsys, "settings", "save", str(path), *SIM)[0] == 0
    stored = json.loads(path.read_text())
    stored["settings"]["vmax_v"] = 3.6
    path.write_text(json.dumps(stored))
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, err = run(capsys, "settings", "load", str(path), *SIM, "--json")
    assert code == 0, err
    assert err.index("V max: ") < err.index("[y/N]")  # the change is shown before the question
    [result] = [json.loads(line) for line in out.splitlines()]  # stdout is only the JSON result
    assert result["written"][0]["name"] == "vmax_v" and result["written"][0]["ok"]


def test_settings_table_columns_line_up_for_gen3(capsys):
    code, out, err = run(capsys, "settings", "get", "--simulator", "--generation", "3")
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.strip()]
    names = [line.rsplit(" ", 1)[1] for line in lines]
    assert "relay1_force" in names and "tail_current_a" in names
    # every name starts in the same column, however long the value before it ("Not forced (BMS decides)")
    assert len({line.rindex(" " + name) for line, name in zip(lines, names)}) == 1
