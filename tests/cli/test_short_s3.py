"""`smartbms settings` against a Gen3 simulator that answers `S3@` like older firmware: a literal record of
2, 4 or 11 fields (docs/protocol.md §3.1: "accept 2 or more, the rest 'not reported'"). The 4-field one
holds a 2 in its critical-mode byte: unknown, never "on".

The command line says "not reported" and "unknown (n)" and refuses a write to a setting the BMS
does not report before anything is sent.
"""

from __future__ import annotations

import json

import pytest

from smartbms_gui.cli import main
from smartbms_gui.protocol import params
from smartbms_gui.protocol.ascii_records import RECORD_FIELDS
from smartbms_gui.sim.ascii_peer import AsciiPeer

SIM3 = ["--simulator", "--speed", "10", "--generation", "3"]
SHORT_S3 = {  # checksums summed by hand, see tests/protocol/test_ascii_records.py
    2: "01_00_C1",
    4: "01_02_00_00_83",  # critical mode byte = 2
    11: "01_00_00_00_01_000C_0006_05_05_01_01_07",
}
S3_INDEX = {f.name: f.index for f in RECORD_FIELDS["S3"]}
S3_ROWS = [p for p in params.PARAMETERS if p.record == "S3"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    monkeypatch.delenv("SMARTBMS_NEW_PIN", raising=False)


@pytest.fixture
def writes(monkeypatch):
    """Every byte write the simulated BMS receives, as (address, value)."""
    seen: list[tuple[int, int]] = []
    original = AsciiPeer._write

    def write(self, address, value):
        seen.append((address, value))
        return original(self, address, value)

    monkeypatch.setattr(AsciiPeer, "_write", write)
    return seen


def older_firmware(monkeypatch, count: int) -> None:
    original = AsciiPeer._read
    monkeypatch.setattr(AsciiPeer, "_read",
                        lambda self, record: SHORT_S3[count] if record == "S3" else original(self, record))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def missing(count: int) -> list[params.Parameter]:
    return [p for p in S3_ROWS if S3_INDEX[p.field] >= count]


@pytest.mark.parametrize("count", sorted(SHORT_S3))
def test_settings_get_json_has_every_s3_row_and_null_for_the_ones_not_reported(capsys, monkeypatch, count):
    older_firmware(monkeypatch, count)
    code, out, err = run(capsys, "settings", "get", *SIM3, "--json")
    assert code == 0, err
    settings = json.loads(out)["settings"]
    assert {p.name for p in S3_ROWS} <= set(settings)  # the connection worked: S3 was accepted
    assert [p.name for p in S3_ROWS if settings[p.name] is None] == [p.name for p in missing(count)]
    assert settings["current_sensor"] == 1
    assert settings["critical_mode"] == ("unknown (2)" if count == 4 else False)


@pytest.mark.parametrize("count", sorted(SHORT_S3))
def test_settings_get_lists_the_rows_not_reported(capsys, monkeypatch, count):
    older_firmware(monkeypatch, count)
    code, out, err = run(capsys, "settings", "get", *SIM3)
    assert code == 0, err
    lines = {line.split()[-1]: line for line in out.splitlines()}
    for param in missing(count):
        assert param.name in lines, param.name  # listed, not silently absent
        assert "2.0 A" not in lines[param.name] and " on " not in lines[param.name]
    assert "250 A / 10 A (1)" in lines["current_sensor"]


def test_settings_get_says_not_reported_and_unknown(capsys, monkeypatch):
    older_firmware(monkeypatch, 4)
    code, out, err = run(capsys, "settings", "get", *SIM3)
    lines = {line.split()[-1]: line for line in out.splitlines()}
    assert "not reported" in lines["tail_current_a"]
    assert "unknown (2)" in lines["critical_mode"]


def test_settings_save_leaves_out_what_is_not_reported_or_unknown(capsys, monkeypatch, tmp_path):
    older_firmware(monkeypatch, 4)
    path = tmp_path / "s.json"
    code, out, err = run(capsys, "settings", "save", str(path), *SIM3)
    assert code == 0, err
    saved = json.loads(path.read_text(encoding="utf-8"))["settings"]
    assert saved["current_sensor"] == 1 and saved["charge_forced_off"] is False
    assert "critical_mode" not in saved
    assert not {p.name for p in missing(4)} & set(saved)


def test_settings_load_does_not_write_what_is_not_reported(capsys, monkeypatch, tmp_path, writes):
    older_firmware(monkeypatch, 4)
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": {"tail_current_a": 4.0, "chemistry": 2}}))
    code, out, err = run(capsys, "settings", "load", str(path), *SIM3, "--yes")
    assert code == 0, err
    assert "Nothing to change" in out
    assert writes == []


def test_settings_set_refuses_a_setting_not_reported_and_sends_nothing(capsys, monkeypatch, writes):
    older_firmware(monkeypatch, 4)
    code, out, err = run(capsys, "settings", "set", "tail_current_a", "2", *SIM3)
    assert code != 0 and "does not report Tail current" in err
    assert writes == []
