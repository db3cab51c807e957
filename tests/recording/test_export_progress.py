"""Exports made to run on a worker thread: progress that rises to 1, and a cancel that writes
nothing and keeps an earlier file of that name (CSV and the raw copy)."""

from __future__ import annotations

import threading

import pytest
from recording_sim import ascii_run

from smartbms_gui.device import export as export_mod
from smartbms_gui.device.export import ExportCancelled, ExportError, export_csv, export_raw
from smartbms_gui.device.recording import Recorder, RecordingReader


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec") / "r.smartbms-recording"
    with Recorder(path, coalesce_s=0.0) as recorder:
        for t, data in ascii_run(600, cells=32, step=1.0):
            recorder.record_bytes(data, t)
    return path


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_csv_progress_rises_to_one_and_the_file_is_the_same(recording, tmp_path):
    shares = []
    result = export_csv(recording, tmp_path / "with.csv", progress=shares.append)
    export_csv(recording, tmp_path / "without.csv")
    assert (tmp_path / "with.csv").read_bytes() == (tmp_path / "without.csv").read_bytes()
    assert result.rows > 500
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert all(b > a for a, b in zip(shares, shares[1:]))  # rising, never repeated
    assert len([s for s in shares if 0.0 < s < 1.0]) >= 100  # many steps on the way, not one jump


def test_csv_progress_of_a_range_reaches_one(recording, tmp_path):
    with RecordingReader(recording) as reader:
        first, _last = reader.time_range()
    shares = []
    result = export_csv(recording, tmp_path / "part.csv", start=first + 100, end=first + 200,
                        progress=shares.append)
    assert 90 <= result.rows <= 101
    assert shares[-1] == 1.0 and all(b > a for a, b in zip(shares, shares[1:]))
    # the range ends at 200 s of 600: the share follows the range, not the whole recording
    assert max(s for s in shares if s < 1.0) > 0.9


@pytest.mark.parametrize("at", [0.05, 0.5, 0.97])  # in the counting pass, while writing, near the end
def test_a_cancelled_csv_writes_nothing_and_keeps_the_earlier_file(recording, tmp_path, at):
    out = tmp_path / "r.csv"
    out.write_text("an earlier export\n")
    cancel = threading.Event()
    shares = []

    def progress(share):
        shares.append(share)
        if share >= at:
            cancel.set()

    with pytest.raises(ExportCancelled, match="was not written") as caught:
        export_csv(recording, out, progress=progress, cancel=cancel)
    assert isinstance(caught.value, ExportError)  # a caller that only knows ExportError still copes
    assert out.read_text() == "an earlier export\n"
    assert _leftovers(tmp_path) == []  # no part file
    assert max(shares) < 1.0


def test_a_cancel_set_before_the_start_writes_nothing(recording, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export_csv(recording, tmp_path / "r.csv", cancel=cancel)
    with pytest.raises(ExportCancelled):
        export_raw(recording, tmp_path / "r.smartbms-recording", cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_raw_copy_in_steps_reports_progress(recording, tmp_path, monkeypatch):
    monkeypatch.setattr(export_mod, "RAW_PAGES_PER_STEP", 4)
    shares = []
    copy = export_raw(recording, tmp_path / "copy.smartbms-recording", progress=shares.append)
    with RecordingReader(copy) as copied, RecordingReader(recording) as original:
        assert [e.data for e in copied.entries()] == [e.data for e in original.entries()]
    assert len(shares) > 10 and shares[-1] == 1.0
    assert all(b >= a for a, b in zip(shares, shares[1:]))


def test_a_cancelled_raw_copy_writes_nothing_and_keeps_the_earlier_file(recording, tmp_path, monkeypatch):
    monkeypatch.setattr(export_mod, "RAW_PAGES_PER_STEP", 4)
    out = tmp_path / "copy.smartbms-recording"
    out.write_bytes(b"an earlier copy")
    cancel = threading.Event()

    def progress(share):
        if share > 0.3:
            cancel.set()

    with pytest.raises(ExportCancelled, match="was not written"):
        export_raw(recording, out, progress=progress, cancel=cancel)
    assert out.read_bytes() == b"an earlier copy"
    assert _leftovers(tmp_path) == []


def test_raw_copy_of_a_recording_still_being_written_finishes(tmp_path, monkeypatch):
    """The recorder writes between every two steps of the copy (from its own connection): the copy
    reads one snapshot, so it neither restarts for ever nor mixes old and new pages."""
    monkeypatch.setattr(export_mod, "RAW_PAGES_PER_STEP", 2)
    chunks = ascii_run(300, cells=32, step=1.0)
    recorder = Recorder(tmp_path / "live.smartbms-recording", coalesce_s=0.0)
    try:
        half = len(chunks) // 2
        for t, data in chunks[:half]:
            recorder.record_bytes(data, t)
        assert recorder.flush()
        more = iter(chunks[half:])
        steps = []

        def progress(share):
            steps.append(share)
            assert len(steps) < 1000, "the copy keeps restarting"
            t, data = next(more)
            recorder.record_bytes(data, t)
            assert recorder.flush()

        copy = export_raw(recorder.path, tmp_path / "copy.smartbms-recording", progress=progress)
        assert len(steps) > 10
        with RecordingReader(copy) as reader:
            copied = [e.data for e in reader.entries()]
        assert copied == [data for _t, data in chunks[:half]]  # the recording as it was at the start
        assert recorder.rows_written > half  # and it was written to all along
    finally:
        recorder.close()


def test_a_wrong_folder_fails_before_any_work(recording, tmp_path):
    (tmp_path / "file").write_text("x")
    shares = []
    with pytest.raises(ExportError, match="Choose another file"):
        export_csv(recording, tmp_path / "file" / "out.csv", progress=shares.append)
    assert shares == []  # not after decoding the whole recording once


def test_csv_of_a_recording_still_being_written_is_what_was_there_at_the_start(tmp_path):
    chunks = ascii_run(240, cells=16, step=1.0)
    half = len(chunks) // 2
    recorder = Recorder(tmp_path / "live.smartbms-recording", coalesce_s=0.0)
    try:
        for t, data in chunks[:half]:
            recorder.record_bytes(data, t)
        assert recorder.flush()
        export_csv(recorder.path, tmp_path / "before.csv")
        more = iter(chunks[half:])

        def progress(_share):  # the recorder goes on writing while the export reads
            for t, data in [next(more, (None, None))]:
                if data is not None:
                    recorder.record_bytes(data, t)
                    assert recorder.flush()

        export_csv(recorder.path, tmp_path / "during.csv", progress=progress)
        assert recorder.rows_written > half
    finally:
        recorder.close()
    assert (tmp_path / "during.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
