"""Hostile recordings (issue 21): a file cut at any byte is read up to its last good row and says how
much was lost; a recording whose writer was killed says so; a header with a text start time, an
unknown generation or the wrong wire is a clear usage error; an export that fails keeps the old CSV."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from recording_sim import ascii_run, frame_run

from smartbms_gui.cli.entry_point import main
from smartbms_gui.device import history, history_json
from smartbms_gui.device.export import ExportError, export_csv
from smartbms_gui.device.recording import EventKind, Recorder, RecordingCorrupt, RecordingReader
from smartbms_gui.device.replay import Replay, decode_items, split_points

ROOT = Path(__file__).resolve().parent.parent.parent
ENV = dict(os.environ, PYTHONPATH=str(ROOT), SMARTBMS_DEBUG="0")
PAGE = 4096


def _record(path: Path, chunks, wire: str = "ascii") -> Path:
    with Recorder(path, wire=wire, generation=2, description="Simulator", coalesce_s=0.1) as recorder:
        for t, data in chunks:
            recorder.record_bytes(data, t)
    return path


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> tuple[Path, list]:
    chunks = ascii_run(120, cells=16)
    return _record(tmp_path_factory.mktemp("whole") / "whole.smartbms-recording", chunks), chunks


def _cut(whole: Path, folder: Path, size: int) -> Path:
    cut = folder / f"cut-{size}.smartbms-recording"
    cut.write_bytes(whole.read_bytes()[:size])
    return cut


def test_a_file_cut_at_any_byte_is_read_up_to_its_last_good_row(whole, tmp_path):
    path, chunks = whole
    size = path.stat().st_size
    all_items = list(decode_items(path))
    with RecordingReader(path) as reader:
        good = [(e.t, e.data) for e in reader.entries()]
    # mid-row (a part of the last page: SQLite reads the rest as zeros), on a page boundary, in the middle
    for cut_at in (size - PAGE + 1000, size - PAGE - 3000, size - 3 * PAGE, size // 2 + 777):
        cut = _cut(path, tmp_path, cut_at)
        reader = RecordingReader(cut)
        rows = [(e.t, e.data) for e in reader.entries()]
        assert len(rows) > 0.4 * len(good) * cut_at / size, cut_at
        positions = [good.index(row) for row in rows]
        assert positions == sorted(set(positions)), "only good rows, in order, none twice"
        loss = reader.loss
        assert loss is not None and loss.missing_bytes == size - cut_at
        assert loss.bad_rows == positions[-1] + 1 - len(rows)  # rows lost before the last good one
        assert len(reader.warnings) == 1, reader.warnings
        text = str(reader.warnings[0])
        assert text.startswith(f"{cut.name} is damaged: read up to ") and "lost: " in text
        # the time of the last row is in the header page: the time lost is exact, not a guess
        assert loss.lost_s is not None and not loss.estimated
        assert abs(loss.lost_s - (chunks[-1][0] - rows[-1][0])) < 1e-3
        if loss.lost_s >= 0.05:
            assert "the last " in text
        # every query of the replay and the plots sees the same good rows
        items = list(decode_items(reader))
        assert len(items) > 0.4 * len(all_items) * cut_at / size
        parts = split_points(reader, 4)
        assert sum(len(list(reader.entries(first_id=a, end_id=b))) for a, b in parts) == len(rows)
        reader.close()
        replay = Replay(cut)
        replay.seek(replay.end)
        replay.close()


def test_a_cut_file_header_is_a_clear_error(whole, tmp_path):
    path, _chunks = whole
    for cut_at in (50, 2000, 3 * PAGE + 5):  # in SQLite's header, in the first page, before any row
        try:
            with RecordingReader(_cut(path, tmp_path, cut_at)) as reader:
                assert list(reader.entries()) == []
                assert "no row of it could be read" in str(reader.warnings[0])
        except RecordingCorrupt as exc:
            assert "not a readable SmartBMS recording" in str(exc) or "no header" in str(exc)


def test_cli_export_of_a_cut_recording_writes_what_is_left_and_says_one_line(tmp_path):
    # a short recording cut in its last page: the zeros SQLite reads for the missing part looked
    # like rows numbered 0, and reading went round in circles for ever
    path = _record(tmp_path / "short.smartbms-recording", ascii_run(8, cells=16))
    cut = _cut(path, tmp_path, path.stat().st_size - PAGE + 600)
    out = tmp_path / "cut.csv"
    done = subprocess.run([sys.executable, "-m", "smartbms_gui.cli", "export", str(cut), "-o", str(out)],
                          capture_output=True, text=True, env=ENV, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "damaged: read up to" in done.stderr and "lost: " in done.stderr
    assert "Wrote" in done.stdout
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) >= 4  # a header and a row a second, less what was cut


def test_a_recording_whose_writer_was_killed_says_so(tmp_path):
    """A real `smartbms record` killed with SIGKILL: the recording says it was not closed, and what it
    holds reaches to within a second of the kill (loosely: the bound is measured by the benchmark)."""
    path = tmp_path / "killed.smartbms-recording"
    child = subprocess.Popen([sys.executable, "-m", "smartbms_gui.cli", "record", "--simulator", str(path)],
                             stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        assert "Recording" in child.stderr.readline()  # streaming from here on
        deadline = time.monotonic() + 30
        last = first = None
        while time.monotonic() < deadline:
            first, last = _span(path)
            if first is not None and last is not None and last - first >= 1.5:
                break
            time.sleep(0.05)
        assert last is not None and last - first >= 1.5
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    reader = RecordingReader(path)
    assert reader.unclosed
    assert [w for w in reader.warnings if "was not closed" in str(w)], reader.warnings
    assert killed_at - reader.time_range()[1] < 2.0
    reader.close()
    # a recording closed properly says nothing of the kind
    closed = _record(tmp_path / "closed.smartbms-recording", ascii_run(5))
    reader = RecordingReader(closed)
    assert not reader.unclosed and reader.warnings == []
    reader.close()


def _span(path: Path) -> tuple[float | None, float | None]:
    if not path.exists():
        return None, None
    try:
        db = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute("SELECT min(t), max(t) FROM log").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None, None


def _set_meta(path: Path, key: str, value: str) -> None:
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    db.commit()
    db.close()


@pytest.mark.parametrize(("key", "value", "words"), [
    ("started_at", "yesterday", "start time “yesterday” is not a time"),
    ("generation", "7", "generation “7” is not 2 or 3"),
    ("wire", "morse", "wire “morse” is neither ascii nor frame"),
])
def test_a_damaged_header_is_a_usage_error(tmp_path, capsys, key, value, words):
    path = _record(tmp_path / "h.smartbms-recording", ascii_run(5))
    _set_meta(path, key, value)
    for argv in (["export", str(path)], ["monitor", "--replay", str(path)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and words in err and "nexpected" not in err
    assert not (tmp_path / "h.csv").exists()


def test_an_empty_file_name_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["record", "--simulator", "--seconds", "1", ""]) == 2
    assert main(["export", ""]) == 2
    path = _record(tmp_path / "r.smartbms-recording", ascii_run(5))
    assert main(["export", str(path), "-o", ""]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all("empty" in line and "nexpected" not in line for line in err)
    assert list(tmp_path.iterdir()) == [path]


def test_a_header_naming_the_wrong_wire_says_so(tmp_path, capsys):
    ascii_as_frame = _record(tmp_path / "a.smartbms-recording", ascii_run(20), wire="frame")
    frames_as_ascii = _record(tmp_path / "f.smartbms-recording", frame_run(20), wire="ascii")
    with pytest.raises(RecordingCorrupt, match="says it holds serial frames, but its data are ASCII"):
        RecordingReader(ascii_as_frame)
    with pytest.raises(RecordingCorrupt, match="says it holds ASCII text records, but its data are binary"):
        RecordingReader(frames_as_ascii)
    assert main(["export", str(ascii_as_frame)]) == 2
    assert "says it holds serial frames" in capsys.readouterr().err
    # the right wire still reads
    assert list(decode_items(_record(tmp_path / "ok.smartbms-recording", frame_run(20), wire="frame")))


def test_an_export_whose_history_file_cannot_be_written_keeps_the_earlier_csv(tmp_path):
    """A folder where the history file should go (a real failure of the file system): the earlier CSV
    stays as it was and no part file is left."""
    path = tmp_path / "r.smartbms-recording"
    with Recorder(path, description="Simulator", coalesce_s=0.1) as recorder:
        for t, data in ascii_run(20):
            recorder.record_bytes(data, t)
        log = history.CellLog(read_at=datetime.now(), device_now=None, events=(), empty_slots=())
        recorder.record_event(EventKind.CELL_LOG, history_json.dumps_cell_log(log), t=time.time())
    out = tmp_path / "r.csv"
    out.write_text("an earlier export, edited by hand\n")
    (tmp_path / "r-history.csv").mkdir()
    with pytest.raises(ExportError, match="r-history.csv"):
        export_csv(path, out)
    assert out.read_text() == "an earlier export, edited by hand\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-history.csv", "r.csv", "r.smartbms-recording"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_export_keeps_the_earlier_csv_and_its_part_file_is_cleared_later(tmp_path):
    """A real SIGKILL of an exporting process: the earlier CSV is as it was; the hidden part file it
    left is removed by a later export once it is stale (a running export's is left alone)."""
    path = _record(tmp_path / "r.smartbms-recording", ascii_run(120))
    out = tmp_path / "r.csv"
    out.write_text("an earlier export, edited by hand\n")
    code = (
        "import sys, time\n"
        "from smartbms_gui.device.export import export_csv\n"
        "def progress(share):\n"
        "    if share > 0.3:\n"
        "        print('halfway', flush=True)\n"
        "        time.sleep(120)\n"
        f"export_csv({str(path)!r}, {str(out)!r}, progress=progress)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert child.stdout.readline().strip() == "halfway"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    assert out.read_text() == "an earlier export, edited by hand\n"
    parts = list(tmp_path.glob(".r.csv.*.part"))
    assert len(parts) == 1  # hidden, half written
    export_csv(path, tmp_path / "other.csv")
    assert parts[0].exists(), "a part file written just now may belong to a running export"
    old = time.time() - 3600
    os.utime(parts[0], (old, old))
    result = export_csv(path, out)
    assert result.rows > 100 and not parts[0].exists()
    assert list(tmp_path.glob(".*.part")) == []
