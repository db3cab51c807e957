"""The recordings folder's size and age limit: the oldest go first, the one being written never does."""

from __future__ import annotations

import os
import time

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device import recording_store
from smartbms_gui.device.recording import RX, Recorder


def make_recording(folder, name: str, *, size: int, age_days: float, description="BLE 123\\SmartBMS 4711"):
    """A real recording (header and rows through the Recorder) of about `size` bytes, last written
    `age_days` ago."""
    path = folder / f"{name}.smartbms-recording"
    recorder = Recorder(path, description=description)
    chunk = os.urandom(4000)
    written = 0
    while written < size:
        recorder._put((time.time(), RX, chunk))  # rows as received bytes are stored
        written += len(chunk)
    recorder.close()
    stamp = time.time() - age_days * 86400
    os.utime(path, (stamp, stamp))
    return path


def test_scan_reports_size_date_and_battery(tmp_path):
    path = make_recording(tmp_path, "a", size=40_000, age_days=2)
    [rec] = recording_store.scan(tmp_path)
    assert rec.path == path and rec.description == "BLE 123\\SmartBMS 4711" and not rec.simulated
    assert rec.size_bytes == recording_store.recording_size(path) >= 40_000
    assert abs(rec.modified_at - (time.time() - 2 * 86400)) < 60
    assert rec.started_at > time.time() - 3600  # the header's start, not the file's changed time


def test_a_recording_being_written_was_last_written_when_its_write_ahead_log_was(tmp_path):
    """Rows go to SQLite's -wal file first: while a recording is written, that file's time is its
    last-written time (the list's order and "Last written"), not the main file's older one."""
    recorder = Recorder(tmp_path, description="Simulator 16 cells", simulated=True)
    try:
        recorder.record_bytes(b"C" * 400)
        recorder.flush()
        wal = recorder.path.with_name(recorder.path.name + "-wal")
        assert wal.exists()
        os.utime(recorder.path, (1_000_000.0, 1_000_000.0))
        os.utime(wal, (2_000_000.0, 2_000_000.0))
        assert recording_store.last_written(recorder.path) == 2_000_000.0
        [rec] = recording_store.scan(tmp_path)
        assert rec.modified_at == 2_000_000.0
    finally:
        recorder.close()
    assert recording_store.last_written(recorder.path) == recorder.path.stat().st_mtime
    assert recording_store.last_written(tmp_path / "gone.smartbms-recording") == 0.0


def test_the_age_limit_deletes_old_recordings_only(tmp_path):
    old = make_recording(tmp_path, "old", size=4000, age_days=40)
    new = make_recording(tmp_path, "new", size=4000, age_days=1)
    removed = recording_store.tidy(tmp_path, recording_store.Limits.from_preferences(0, 30))
    assert removed == [old] and not old.exists() and new.exists()
    assert not (tmp_path / "old.smartbms-recording-wal").exists()


def test_the_size_limit_deletes_the_oldest_first_and_never_the_active_one(tmp_path):
    paths = [make_recording(tmp_path, f"r{i}", size=300_000, age_days=10 - i) for i in range(5)]
    active = paths[0]  # the oldest file is the one being written (a long session)
    room = recording_store.recording_size(active) + recording_store.recording_size(paths[4]) + 1000
    removed = recording_store.tidy(tmp_path, recording_store.Limits(max_bytes=room), keep=[active])
    assert removed == paths[1:4]  # oldest first, skipping the active one
    assert active.exists() and paths[4].exists()
    assert recording_store.total_size(recording_store.scan(tmp_path)) <= room
    # a limit the active recording alone exceeds: everything else goes, the active one stays
    assert recording_store.tidy(tmp_path, recording_store.Limits(max_bytes=1), keep=[active]) == [paths[4]]
    assert active.exists()


def test_no_limits_delete_nothing(tmp_path):
    make_recording(tmp_path, "x", size=4000, age_days=5000)
    assert recording_store.tidy(tmp_path, recording_store.Limits.from_preferences(0, 0)) == []
    assert len(recording_store.scan(tmp_path)) == 1


def test_the_limits_are_preferences_that_survive_a_restart(tmp_path):
    prefs = app_prefs.Preferences()
    assert (prefs.recordings_max_mb, prefs.recordings_max_days) == (1000, 365)
    prefs.recordings_max_mb, prefs.recordings_max_days = 250, 30
    app_prefs.save(prefs, tmp_path / "p.json")
    again = app_prefs.load(tmp_path / "p.json")
    assert (again.recordings_max_mb, again.recordings_max_days) == (250, 30)
    limits = recording_store.Limits.from_preferences(again.recordings_max_mb, again.recordings_max_days)
    assert limits == recording_store.Limits(max_bytes=250_000_000, max_age_s=30 * 86400.0)
    (tmp_path / "bad.json").write_text('{"recordings_max_mb": -5, "recordings_max_days": true}')
    bad = app_prefs.load(tmp_path / "bad.json")
    assert (bad.recordings_max_mb, bad.recordings_max_days) == (1000, 365)
