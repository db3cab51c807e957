"""The docs/cli.md contract, checked where a QA run found the command line off it: one line per error
(`smartbms: ` first, a file name left as typed), usage errors (exit 2) for what the user gave wrong,
and the messages' numbers and counts as documented. Against the built-in simulator, through `main()`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_rig import SIM, pin, run  # noqa: F401 - pin: the autouse fixture

from smartbms_gui.cli.common import EXIT_REFUSED, EXIT_USAGE


def one_line(capsys, code: int, *argv: str) -> str:
    """The one error line of a command that must end with `code`."""
    got, out, err = run(capsys, *argv)
    assert got == code, (got, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smartbms: "), err
    assert "Unexpected error" not in err
    return lines[0]


# -- A: a settings file with many problems: the first five, separated, and the rest counted ----------


def test_a_bad_settings_file_names_five_problems_and_counts_the_rest(capsys, tmp_path):
    settings = {name: -99999 for name in ("solar_peak_w", "inverter_peak_w", "capacity_wh", "vmin_v", "vmax_v",
                                          "tmin_charge_c", "tmax_c", "charge_restart_pct", "discharge_restart_pct")}
    settings.update(zz1=1, zz2=2)  # 9 values out of range and 2 unknown names: 11 problems
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": settings}), encoding="utf-8")
    line = one_line(capsys, EXIT_USAGE, "settings", "load", str(path), *SIM, "--yes")
    assert "nothing was written" in line
    problems = line.split("(nothing was written): ", 1)[1].split("; ")
    assert len(problems) == 6, line
    assert problems[0].startswith("Solar peak power: ") and problems[4].startswith("V max: ")
    assert problems[-1] == "and 6 more problems"
    assert "T max" not in line and "zz1" not in line


# -- B: a message that starts with a file name keeps it as typed; save to a folder is a usage error --


def _recording(capsys, tmp_path) -> str:
    code, out, err = run(capsys, "record", str(tmp_path / "made"), *SIM, "--seconds", "1", "--json")
    assert code == 0, err
    return json.loads(out.splitlines()[0])["path"]


def test_export_to_a_folder_keeps_the_folders_name_as_typed(capsys, tmp_path, monkeypatch):
    recording = _recording(capsys, tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rec").mkdir()
    line = one_line(capsys, EXIT_USAGE, "export", recording, "-o", "rec")
    assert line == "smartbms: rec is a folder: name the CSV file to write"


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_settings_save_to_a_folder_is_a_usage_error(capsys, tmp_path, monkeypatch, force):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rec").mkdir()
    line = one_line(capsys, EXIT_USAGE, "settings", "save", "rec", *SIM, *force)
    assert line == "smartbms: rec is a folder: name the settings file to write"
    assert not any((tmp_path / "rec").iterdir())


def test_an_existing_file_named_by_a_plain_word_is_not_capitalised(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "backup").write_text("{}")
    line = one_line(capsys, EXIT_USAGE, "settings", "save", "backup", *SIM)
    assert line == "smartbms: backup exists already: add --force to overwrite it"


# -- C: an empty FILE for `settings save` is a usage error, as for record and export ----------------


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_settings_save_to_an_empty_name_is_a_usage_error(capsys, tmp_path, monkeypatch, force):
    monkeypatch.chdir(tmp_path)
    line = one_line(capsys, EXIT_USAGE, "settings", "save", "", *SIM, *force)
    assert line.startswith("smartbms: FILE is empty"), line
    assert not any(tmp_path.iterdir())


# -- D: a bad --fault parameter is a usage error naming the option ---------------------------------


@pytest.mark.parametrize("spec, words", [
    ("cell_over_voltage:cell=999", "cell 999 is not in this 16-cell pack"),
    ("cell_over_voltage:cell=0", "cell must be a cell number"),
    ("cell_over_voltage:cell=2.5", "cell must be a cell number"),
    ("cell_over_voltage:voltage_v=nan", "voltage_v must be a finite number"),
])
def test_a_bad_fault_parameter_is_a_usage_error(capsys, spec, words):
    line = one_line(capsys, EXIT_USAGE, "log", *SIM, "--fault", spec)
    assert line.startswith("smartbms: Argument --fault: fault cell_over_voltage: ") and words in line, line


def test_a_fault_on_a_cell_of_the_pack_still_works(capsys):
    code, out, err = run(capsys, "log", *SIM, "--cells", "4", "--fault", "cell_over_voltage:cell=4", "--json")
    assert code == 0, err
    assert [e["cell"] for e in json.loads(out)["events"]] == [4]


# -- E: no group separator: an underscore is refused in a setting's value and a numeric option -------


@pytest.mark.parametrize("argv", [
    ["settings", "set", "capacity_wh", "1_000", *SIM, "--json"],
    ["settings", "set", "vmax_v", "3_6", *SIM],
    ["monitor", *SIM, "--seconds", "1_0"],
    ["monitor", *SIM, "--cells", "1_6", "--seconds", "1"],
    ["monitor", *SIM, "--seed", "1_2", "--seconds", "1"],
])
def test_an_underscore_in_a_number_is_a_usage_error(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE and out == "", (code, out, err)
    assert "_" in err and "not a" in err and "number" in err, err


def test_spaces_in_a_setting_value_stay_allowed(capsys):
    code, out, err = run(capsys, "settings", "set", "capacity_wh", " 12 000 ", *SIM, "--json")
    assert code == 0, err
    assert json.loads(out)["value"] == 12000


# -- G: export into a folder that does not exist: exit 2 and the words record, report and save use ---


def test_export_into_a_missing_folder_is_a_usage_error(capsys, tmp_path):
    recording = _recording(capsys, tmp_path)
    missing = tmp_path / "nonexistent"
    line = one_line(capsys, EXIT_USAGE, "export", recording, "-o", str(missing / "x.csv"))
    assert line == f"smartbms: Folder {missing} does not exist"
    record_line = one_line(capsys, EXIT_USAGE, "record", str(missing / "r"), *SIM, "--seconds", "1")
    assert record_line == line


# -- J: the settings file is checked before the link: a bad file is exit 2 on the read-only serial too --


def test_a_bad_settings_file_is_a_usage_error_on_the_serial_link_too(capsys, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": {"vmax_v": 9.0}}), encoding="utf-8")
    line = one_line(capsys, EXIT_USAGE, "settings", "load", str(path), "--serial", str(tmp_path / "tty"), "--yes")
    assert "bad.json cannot be loaded" in line


def test_a_good_settings_file_on_the_serial_link_is_refused_as_read_only(capsys, tmp_path):
    path = tmp_path / "good.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": {"vmax_v": 3.6}}), encoding="utf-8")
    line = one_line(capsys, EXIT_REFUSED, "settings", "load", str(path), "--serial", str(tmp_path / "tty"), "--yes")
    assert "read-only" in line


# -- K: a value's problem shows the range at the parameter's own precision and the value as typed ----


@pytest.mark.parametrize("name, value, line", [
    ("tmax_c", "200", "T max: 200.0 °C is outside -40.0–85.0 °C"),
    ("tmax_c", "85.04", "T max: 85.04 °C is outside -40.0–85.0 °C"),
    ("vmax_v", "9", "V max: 9.000 V is outside 2.000–5.000 V"),
    ("vmax_v", "3.6001", "V max: 3.6001 V is not a multiple of 0.005 V"),
    ("vmax_v", "3,6001", "V max: 3.6001 V is not a multiple of 0.005 V"),
    ("capacity_wh", "50", "Battery capacity: 50 Wh is outside 100–6553500 Wh"),
])
def test_a_value_problem_shows_the_numbers_as_meant(capsys, name, value, line):
    assert one_line(capsys, EXIT_USAGE, "settings", "set", name, value, *SIM) == "smartbms: " + line


# -- L: a recording cut before its first row: 0 rows, and one line that says why in plain words -------


def test_a_recording_cut_before_its_rows_says_why_nothing_is_exported(capsys, tmp_path):
    import sqlite3

    recording = Path(_recording(capsys, tmp_path))
    with sqlite3.connect(f"{recording.as_uri()}?immutable=1", uri=True) as db:
        [(root,)] = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'log'").fetchall()
        [(pages,)] = db.execute("PRAGMA page_count").fetchall()
        [(page,)] = db.execute("PRAGMA page_size").fetchall()
    assert root == pages  # a short recording: every row is on the file's last page
    cut = tmp_path / "cut.smartbms-recording"
    cut.write_bytes(recording.read_bytes()[:(pages - 1) * page - 288])  # (QA cut a 16 kB file at 12000 bytes)
    for argv in (["export", str(cut), "-o", str(tmp_path / "cut.csv"), "--json"], ["monitor", "--replay", str(cut)]):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        line = [x for x in err.splitlines() if "damaged" in x]
        assert len(line) == 1, err
        assert line[0] == ("cut.smartbms-recording is damaged: no row of it could be read: its last "
                           f"{(page + 288) / 1000:.1f} kB are cut off, and every row was in that part (a short "
                           "recording keeps its rows at the end of the file); nothing to export or replay."), line
    assert len((tmp_path / "cut.csv").read_text(encoding="utf-8").splitlines()) == 1  # the header only


# -- H: a recording that cannot be written: one error line, at once ----------------------------------


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write to (/proc)")
def test_a_recording_that_cannot_be_written_ends_with_one_line(capsys):
    import time

    started = time.monotonic()
    code, out, err = run(capsys, "record", "/proc/r", *SIM, "--seconds", "30")
    assert code == 1 and out == "", (code, out, err)
    assert err.splitlines() == [err.strip()] and err.startswith("smartbms: The recording stopped: Can't write the "
                                                               "recording /proc/r.smartbms-recording: "), err
    assert "live view" not in err and err.rstrip().endswith("Choose a folder you can write to.")
    assert time.monotonic() - started < 15  # it stops when the recording does, not after --seconds


# -- F: the simulator's speed is more than 0, up to 3600; 0 is refused in the shared form ------------


@pytest.mark.parametrize("speed", ["0", "3601", "-1"])
def test_the_speed_range_excludes_zero_in_the_shared_form(capsys, speed):
    line = one_line(capsys, EXIT_USAGE, "monitor", "--simulator", "--speed", speed, "--seconds", "1")
    assert line.startswith(f"smartbms: Argument --speed: '{speed}' is out of range: give more than 0, up to 3600"), line


# -- M: the PIN is shown as **** in the text form as in the JSON, reported or not ---------------------


def test_a_new_pin_is_shown_as_in_the_json(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_NEW_PIN", "4321")
    code, out, err = run(capsys, "settings", "set", "pin", "-", *SIM)
    assert code == 0, err
    assert out.strip() == "PIN: **** -> **** (read back)"
    code, out, err = run(capsys, "settings", "set", "pin", "-", *SIM, "--json")
    assert code == 0, err
    assert json.loads(out)["old"] == "****"
    assert "4321" not in out + err


# -- I: `report`'s stderr: the progress line first, the summary line last, both as docs/cli.md says ---

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_report_stderr_is_the_documented_progress_line_then_the_summary(tmp_path):
    import os
    import re
    import subprocess
    import sys

    out = tmp_path / "r.pdf"
    env = dict(os.environ, PYTHONPATH=str(DOCS.parents[1]), QT_QPA_PLATFORM="offscreen", SMARTBMS_PIN="1234",
               HOME=str(tmp_path))
    env.pop("SMARTBMS_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "smartbms_gui.cli", "report", "-o", str(out), *SIM,
                           "--seconds", "1"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout == "", done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == "observing the simulator for 1 s…", lines
    assert re.fullmatch(re.escape(str(out)) + r": \d+ page\(s\); checklist: \d+ pass, \d+ fail, \d+ not checked",
                        lines[-1]), lines
    assert all(line.startswith("warning: ") for line in lines[1:-1]), lines
    docs = " ".join(DOCS.read_text(encoding="utf-8").split())
    assert "`FILE: N page(s); checklist: P pass, F fail, X not checked`" in docs
    assert "`observing DEVICE for S s…`" in docs and "progress line comes first" in docs


# -- N: docs/cli.md gives the site thresholds' real defaults ------------------------------------------


def test_the_documented_spread_defaults_are_the_commands():
    from smartbms_gui.device.site import DEFAULT_SOC_SPREAD_PCT, DEFAULT_VOLTAGE_SPREAD_V

    docs = " ".join(DOCS.read_text(encoding="utf-8").split())
    assert f"`--soc-spread PCT`, default {DEFAULT_SOC_SPREAD_PCT:g};" in docs
    assert f"`--voltage-spread V`, default {DEFAULT_VOLTAGE_SPREAD_V:g};" in docs


def test_six_problems_count_one_more(capsys, tmp_path):
    settings = {f"zz{i}": 1 for i in range(6)}
    path = tmp_path / "six.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": settings}), encoding="utf-8")
    line = one_line(capsys, EXIT_USAGE, "settings", "load", str(path), *SIM, "--yes")
    assert line.endswith("'zz4': this version of the app does not know it, so the file was not loaded rather than "
                         "silently dropping it; and 1 more problem"), line
