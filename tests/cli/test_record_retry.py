"""`smartbms record` after a failed connection leaves no file, so the same command works again."""

from __future__ import annotations

from smartbms_gui.cli import main


def test_a_wrong_pin_leaves_no_recording_behind(capsys, monkeypatch, tmp_path):
    target = tmp_path / "site-visit"
    monkeypatch.setenv("SMARTBMS_PIN", "4321")
    assert main(["record", str(target), "--simulator", "--seconds", "1"]) == 3
    capsys.readouterr()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    assert main(["record", str(target), "--simulator", "--seconds", "1"]) == 0, capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))] == [
        "site-visit.smartbms-recording"]
