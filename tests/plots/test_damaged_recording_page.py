"""The Plots page opens a damaged recording (cut short, or left unclosed by a killed writer): it shows
what is left and says, under the plots, how much was lost or that the recording was not closed."""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
from pathlib import Path

from plots_sim import wait_loaded

from smartbms_gui.device.recording import Recorder

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recording"))
from recording_sim import ascii_run  # noqa: E402

PNG = os.environ.get("SMARTBMS_TEST_PNG")  # a folder: the page is saved there to look at


def _record(path: Path, seconds: float) -> Path:
    with Recorder(path, description="Simulator", coalesce_s=0.1) as recorder:
        for t, data in ascii_run(seconds, cells=16):
            recorder.record_bytes(data, t)
    return path


def test_a_cut_recording_shows_what_is_left_and_how_much_was_lost(qtbot, page, tmp_path):
    whole = _record(tmp_path / "whole.smartbms-recording", 60)
    cut = tmp_path / "cut.smartbms-recording"
    cut.write_bytes(whole.read_bytes()[:whole.stat().st_size - 4096 + 600])  # in the middle of a row
    try:
        assert page.open_recording(cut)
        wait_loaded(qtbot, page)
        text = page.status.text()
        assert page.status.isVisible() and "cut.smartbms-recording is damaged: read up to" in text
        assert "lost: the last" in text
        assert page.data.cell_count == 16  # what is left is shown
        if PNG:
            qtbot.wait(500)  # (the plots redraw on a timer)
            page.grab().save(str(Path(PNG) / "plots-cut-recording.png"))
    finally:
        page.close_recording()


def test_a_recording_left_unclosed_says_so(qtbot, page, tmp_path):
    path = _record(tmp_path / "killed.smartbms-recording", 20)
    # what a writer killed mid-recording leaves: no end time, written by a process that is gone
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '' WHERE key = 'ended_at'")
    db.execute("UPDATE meta SET value = ? WHERE key = 'writer'", (f"{socket.gethostname()} 999999999",))
    db.commit()
    db.close()
    try:
        assert page.open_recording(path)
        wait_loaded(qtbot, page)
        assert "killed.smartbms-recording was not closed" in page.status.text()
    finally:
        page.close_recording()
