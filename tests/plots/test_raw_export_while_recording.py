"""Export → Raw recording… taken while the connection is still being recorded (a copy for support):
the copy opens as a whole recording, ended at the copy time, without "was not closed … stopped
abruptly"; the recording goes on untouched and closes as usual. A copy of a recording whose writer
really was killed still says so. The real bridge, session and simulator on the app's loop."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import time

from plots_sim import wait_loaded

from smartbms_gui.device.recording import Recorder, RecordingReader
from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.plots_page import PlotsPage


async def _until(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


def _meta(path) -> dict[str, str]:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return dict(db.execute("SELECT key, value FROM meta"))
    finally:
        db.close()


def _page(qtbot, bridge) -> tuple[PlotsPage, list]:
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    outcomes: list[tuple[bool, str]] = []
    page.exportFinished.connect(lambda ok, text: outcomes.append((ok, text)))
    return page, outcomes


def test_a_raw_export_while_recording_opens_as_a_whole_recording(qloop, qtbot, tmp_path):
    bridge = DeviceBridge(recordings_folder=tmp_path / "recordings")
    page, outcomes = _page(qtbot, bridge)
    copy = tmp_path / "support.smartbms-recording"

    async def scenario():
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        original = bridge.recorder.path
        await _until(lambda: bridge.recorder.rows_written > 5)
        began = time.time()
        assert page.export("raw", copy), page.status.text()
        await _until(lambda: bool(outcomes), 60.0)
        assert outcomes[-1] == (True, f"Saved {copy}.")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["recordings", "support.smartbms-recording"]
        # a failure names the file chosen, never the copy staged beside it, and leaves nothing
        missing = tmp_path / "missing" / "x.smartbms-recording"
        assert page.export("raw", missing)
        await _until(lambda: len(outcomes) == 2, 60.0)
        ok, text = outcomes[-1]
        assert not ok and str(missing) in text and ".part" not in text, text
        if page.export_failure_box is not None:
            page.export_failure_box.close()
        await _until(lambda: bridge.recorder.rows_written > 20)  # the recording goes on meanwhile
        assert bridge.recorder.active and _meta(original)["ended_at"] == ""  # untouched: still recording

        with RecordingReader(copy) as reader:
            assert not reader.unclosed and reader.warnings == [] and reader.loss is None
            meta = reader.info.meta
            first, last = reader.time_range()
        assert began <= float(meta["copied_at"]) <= time.time()
        assert float(meta["ended_at"]) >= float(meta["last_row_at"]) == last > first

        # Opened on the Plots page (as Recordings → Open does): no crash message.
        assert page.open_recording(copy)
        wait_loaded(qtbot, page)
        assert page.status.text() == "" and page.replay is not None
        page.show_live()

        await bridge.disconnect()
        ended = _meta(original)
        assert ended["ended_at"] != "" and "copied_at" not in ended  # closed as usual, never marked a copy
        with RecordingReader(original) as reader:
            assert not reader.unclosed and reader.warnings == []
            assert reader.time_range()[1] > last  # it went on after the copy

    qloop.run_until_complete(asyncio.wait_for(scenario(), 120))


def test_a_copy_of_a_recording_left_unclosed_still_says_so(qtbot, bridge, tmp_path):
    """Only a recording being written is marked ended in its copy: one whose writer was killed stays
    what it is, in the copy too."""
    killed = tmp_path / "killed.smartbms-recording"
    with Recorder(killed, coalesce_s=0.0) as recorder:
        recorder.record_event("note", "before the kill", 1_700_000_000.0)
    db = sqlite3.connect(killed)
    db.execute("UPDATE meta SET value = '' WHERE key = 'ended_at'")
    db.execute("UPDATE meta SET value = ? WHERE key = 'writer'", (f"{socket.gethostname()} 999999999",))
    db.commit()
    db.close()
    page, outcomes = _page(qtbot, bridge)
    assert page.open_recording(killed)
    wait_loaded(qtbot, page)
    copy = tmp_path / "copy.smartbms-recording"
    assert page.export("raw", copy)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert outcomes[-1][0], outcomes[-1]
    page.close_recording()
    with RecordingReader(copy) as reader:
        assert reader.unclosed and "copied_at" not in reader.info.meta
