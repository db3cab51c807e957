"""Recording and replay through real simulator bytes: same records back, crash safety, damaged
files, full disks and unwritable folders."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from recording_sim import ascii_run, frame_run

from smartbms_gui.device.recording import (
    EventKind,
    Recorder,
    RecordingCorrupt,
    RecordingReader,
    list_recordings,
)
from smartbms_gui.device.replay import Replay, decode_items
from smartbms_gui.protocol.frame import FrameDecoder
from smartbms_gui.protocol.stream import CellRecord, PackRecord, ReplyLine, StreamDecoder

HERE = Path(__file__).parent


def record(path, chunks, **kw) -> Path:
    kw.setdefault("coalesce_s", 0.0)  # one row per chunk, so rows can be compared with chunks
    with Recorder(path, **kw) as rec:
        for t, data in chunks:
            rec.record_bytes(data, t)
        assert rec.flush()
        assert rec.warnings == []
    return rec.path


def live_items_ascii(chunks):
    decoder = StreamDecoder()
    return [(t, item) for t, data in chunks for item in decoder.feed(data) if type(item) is not ReplyLine]


def test_record_then_replay_gives_the_same_records(tmp_path):
    chunks = ascii_run(60)
    path = record(tmp_path, chunks, wire="ascii", description="Simulator 16 cells")
    assert path.parent == tmp_path and path.name.endswith(".smartbms-recording")
    expected = live_items_ascii(chunks)
    assert any(type(i) is CellRecord for _t, i in expected) and any(type(i) is PackRecord for _t, i in expected)
    assert list(decode_items(path)) == expected
    reader = RecordingReader(path)
    assert reader.info.wire == "ascii" and reader.info.description == "Simulator 16 cells"
    assert reader.time_range() == (chunks[0][0], chunks[-1][0])
    assert list_recordings(tmp_path) == [path]


def test_frame_wire_replays_frames(tmp_path):
    chunks = frame_run(30)
    path = record(tmp_path / "serial.smartbms-recording", chunks, wire="frame")
    decoder = FrameDecoder()
    expected = [(t, f) for t, data in chunks for f in decoder.feed(data, t)]
    assert len(expected) >= 55
    assert list(decode_items(path)) == expected


def test_events_are_kept_in_order_with_the_bytes(tmp_path):
    chunks = ascii_run(5)
    with Recorder(tmp_path / "e.smartbms-recording", coalesce_s=0) as rec:
        for t, data in chunks[:10]:
            rec.record_bytes(data, t)
        rec.record_event(EventKind.SETTINGS_WRITTEN, '{"vmax_v":3.65}', chunks[9][0])
        rec.record_event(EventKind.RECONNECT, "streaming", chunks[9][0] + 0.1)
        for t, data in chunks[10:]:
            rec.record_bytes(data, t)
    reader = RecordingReader(rec.path)
    entries = list(reader.entries())
    assert [e.kind for e in entries[10:12]] == ["settings_written", "reconnect"]
    assert entries[10].text == '{"vmax_v":3.65}'
    assert [e.data for e in entries if e.is_bytes] == [d for _t, d in chunks]


def test_replay_plays_in_recorded_time_and_seeks(tmp_path):
    chunks = ascii_run(40)
    path = record(tmp_path, chunks)
    got = []
    resets = []
    replay = Replay(path, on_item=lambda item, t: got.append((t, item)), on_reset=lambda: resets.append(1),
                    preroll_s=5)
    # Each advance() must reach its target here: without this, the 30 ms wall-clock work budget runs
    # out on a busy machine and the position lags (test_advance_lags_when_the_work_budget_runs_out).
    replay.WORK_BUDGET_S = None
    start = replay.start
    assert replay.duration == pytest.approx(chunks[-1][0] - start)
    assert replay.advance(1.0) == 0  # paused: nothing
    replay.set_speed(10)
    replay.play()
    replay.advance(1.0)  # 10 recorded seconds
    assert got and all(t <= start + 10 for t, _ in got)
    assert max(t for t, _ in got) > start + 9
    replay.pause()
    got.clear()
    replay.seek(start + 30)
    assert resets == [1]
    assert got and min(t for t, _ in got) >= start + 25 - 0.3 and max(t for t, _ in got) <= start + 30
    replay.set_speed(1000)
    replay.play()
    replay.advance(1.0)
    assert replay.finished and not replay.playing
    assert got[-1] == live_items_ascii(chunks)[-1]
    with pytest.raises(ValueError):
        replay.set_speed(0)
    replay.set_speed(5000)
    assert replay.speed == 1000


def test_advance_lags_when_the_work_budget_runs_out(tmp_path):
    path = record(tmp_path, ascii_run(40))
    replay = Replay(path, preroll_s=5)
    replay.WORK_BUDGET_S = -1.0  # spent before it starts: advance() stops at its first look at the clock
    replay.set_speed(10)
    replay.play()
    assert replay.advance(1.0) > 0  # some items are handed out ...
    assert replay.start <= replay.position < replay.start + 10  # ... the rest waits for the next tick
    assert replay.playing and not replay.finished


async def test_replay_runs_under_asyncio(tmp_path):
    chunks = ascii_run(4)
    path = record(tmp_path, chunks)
    got = []
    replay = Replay(path, on_item=lambda item, t: got.append(item))
    replay.set_speed(200)
    await replay.run(tick_s=0.005)
    assert replay.finished
    assert got == [i for _t, i in live_items_ascii(chunks)]


def test_kill_9_loses_at_most_the_last_second(tmp_path):
    path = tmp_path / "killed.smartbms-recording"
    env = dict(os.environ, PYTHONPATH=str(HERE.parent.parent))
    child = subprocess.Popen([sys.executable, str(HERE / "record_child.py"), str(path)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "started"
    reported = []
    alive = []  # the child's own "still running" stamps

    def take(line: str) -> None:
        first, second = line.split()
        if first == "alive":
            alive.append(float(second))
        else:
            reported.append((float(first), bytes.fromhex(second)))

    while not reported or reported[-1][0] - reported[0][0] <= 2.5:  # about 2.5 s of live recording
        take(child.stdout.readline())
    killed_at = time.time()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    for line in child.stdout.read().splitlines():
        take(line)
    assert child.returncode == -signal.SIGKILL
    reader = RecordingReader(path)
    stored = b"".join(e.data for e in reader.entries() if e.is_bytes)
    # "The last second" is the child's last second of running: a busy machine that stopped the whole
    # process for a while before the kill gave its writer no time either, so the second is counted
    # back from the child's last sign of life (on an idle machine within ~20 ms of the kill).
    last_alive = min(killed_at, max(alive))
    must_have = b"".join(d for t, d in reported if t <= last_alive - 1.0)
    everything = b"".join(d for _t, d in reported)
    assert len(must_have) > 300
    assert stored.startswith(must_have)  # everything older than one second, in order
    assert everything.startswith(stored)  # and nothing that wasn't recorded
    # no damage; only that its writer never closed it
    assert reader.unclosed and len(reader.warnings) == 1 and "was not closed" in str(reader.warnings[0])


def test_a_message_in_many_notifications_is_stored_as_one_row(tmp_path):
    chunks = ascii_run(30)  # 20-byte pieces; the pieces of one message share their time
    path = record(tmp_path, chunks, coalesce_s=0.1)
    entries = list(RecordingReader(path).entries())
    assert len(entries) < len(chunks) / 5
    assert b"".join(e.data for e in entries) == b"".join(d for _t, d in chunks)
    assert list(decode_items(path)) == live_items_ascii(chunks)


def test_damaged_rows_and_a_cut_file_are_skipped_with_a_warning(tmp_path):
    chunks = ascii_run(200, cells=32)
    path = record(tmp_path / "d.smartbms-recording", chunks)
    # a torn row: data no longer matches its checksum
    db = sqlite3.connect(path)
    db.execute("UPDATE log SET data = X'00FF' WHERE id = 50")
    db.commit()
    db.close()
    reader = RecordingReader(path)
    entries = list(reader.entries())
    assert len(entries) == len(chunks) - 1
    assert len(reader.warnings) == 1 and "damaged" in str(reader.warnings[0])
    reader.close()
    # a cut tail: the last pages of the file are gone
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size - 3 * 4096)
    reader = RecordingReader(path)
    entries = list(reader.entries())
    assert reader.warnings, "a cut file must be reported"
    assert "skipped" in str(reader.warnings[-1])
    good = [d for _t, d in chunks]
    data = [e.data for e in entries]
    assert len(data) > 0.8 * len(good)
    assert data[:49] == good[:49] and data[49:] == good[50:len(data) + 1]
    # and replay still works on what is left
    assert len(list(decode_items(path))) > 100


def test_garbage_over_the_last_pages_is_skipped_with_a_warning(tmp_path):
    chunks = ascii_run(200, cells=32)
    path = record(tmp_path / "g.smartbms-recording", chunks)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size - 2 * 4096)
        f.write(os.urandom(2 * 4096))
    reader = RecordingReader(path)
    data = [e.data for e in reader.entries()]
    good = [d for _t, d in chunks]
    assert reader.warnings and "damaged" in str(reader.warnings[-1])
    assert len(data) > 0.8 * len(good)
    assert all(d in good for d in data)
    assert data[:100] == good[:100]


def test_garbage_instead_of_a_recording_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.smartbms-recording"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(RecordingCorrupt, match="not a readable SmartBMS recording"):
        RecordingReader(bad)
    with pytest.raises(RecordingCorrupt, match="No recording"):
        RecordingReader(tmp_path / "missing.smartbms-recording")


def test_unwritable_folder_warns_and_keeps_going(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    warnings = []
    rec = Recorder(blocker / "recordings", on_warning=warnings.append)
    for t, data in ascii_run(2):
        rec.record_bytes(data, t)  # never raises
    rec.flush(timeout=2)
    rec.close()
    assert not rec.active
    assert len(warnings) == 1 and "live view continues" in str(warnings[0])
    assert "Can't write" in str(warnings[0])


def test_full_disk_stops_the_recording_with_a_warning(tmp_path):
    warnings = []
    rec = Recorder(tmp_path / "full.smartbms-recording", max_bytes=64 * 1024, on_warning=warnings.append,
                   coalesce_s=0)
    chunks = ascii_run(300, cells=64)
    for n, (t, data) in enumerate(chunks):
        rec.record_bytes(data, t)
        if n % 50 == 0:
            rec.flush(timeout=5)  # time passes: the writer commits small batches, as live
    rec.flush(timeout=5)
    rec.close()
    assert not rec.active and rec.dropped_rows > 0
    assert len(warnings) == 1 and "size limit" in str(warnings[0])
    # what was committed before the disk filled up is still a good recording
    reader = RecordingReader(rec.path)
    kept = [e.data for e in reader.entries()]
    assert 0 < len(kept) < len(chunks) and kept == [d for _t, d in chunks[:len(kept)]]


def test_sqlite_full_error_text_is_explained(tmp_path):
    from smartbms_gui.device.recording import _describe_sqlite_error

    text = _describe_sqlite_error(sqlite3.OperationalError("database or disk is full"), tmp_path / "r")
    assert "disk is full" in text and "live view continues" in text


def test_a_recorder_that_falls_behind_says_so_instead_of_losing_data_silently(tmp_path, monkeypatch):
    from smartbms_gui.device import recording

    monkeypatch.setattr(recording, "MAX_PENDING_ROWS", 5)
    warnings = []
    recorder = recording.Recorder(tmp_path / "slow.smartbms-recording", on_warning=warnings.append)
    for i in range(2000):  # far faster than the writer thread commits
        recorder.record_bytes(b"U_2A30_X_+0010_-0004 ", 1_750_000_000.0 + i)
    recorder.close()
    assert recorder.dropped_rows > 0  # a queue of 5 rows cannot absorb 2000 at once
    assert warnings and "cannot keep up" in str(warnings[0])
    assert len([w for w in warnings if "cannot keep up" in str(w)]) <= recorder.dropped_rows
