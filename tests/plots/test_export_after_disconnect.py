"""After a Disconnect the Plots page still holds the session's data, and its CSV and raw exports
still work: they read that session's recording (closed now) until another connection starts or
another recording is opened. The real bridge, session and simulator on the app's loop (qasync)."""

from __future__ import annotations

import asyncio
import csv
import time

from plots_sim import wait_loaded

from smartbms_gui.device.recording import RecordingReader
from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.plots_page import PlotsPage


async def _until(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


def _export(page, kind, path, outcomes):
    before = len(outcomes)
    assert page.export(kind, path), page.status.text()
    return _until(lambda: len(outcomes) > before, 60.0)


def test_the_session_just_ended_is_exported_until_another_recording_or_connection(qloop, qtbot, tmp_path):
    bridge = DeviceBridge(recordings_folder=tmp_path / "recordings")
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.set_window(24 * 3600)
    page.show()
    outcomes: list[tuple[bool, str]] = []
    page.exportFinished.connect(lambda ok, text: outcomes.append((ok, text)))

    async def scenario():
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        recorded = bridge.recorder.path
        await _until(lambda: page.live_data.last_time is not None
                     and page.live_data.last_time - page.live_data.first_time > 2.5)
        await bridge.disconnect()
        assert bridge.state.phase is Phase.DISCONNECTED and bridge.recorder is None
        page.redraw()

        # The plots still show the session, and both exports read its (now closed) recording.
        assert page.current_recording() == recorded
        page._ask_export("raw")  # the menu's check: no "Nothing recorded yet"
        assert "Nothing recorded" not in page.status.text()
        for dialog in list(page._dialogs):
            dialog.reject()
        await _export(page, "csv", tmp_path / "ended.csv", outcomes)
        assert outcomes[-1][0], outcomes[-1]
        rows = list(csv.reader((tmp_path / "ended.csv").open(encoding="utf-8")))
        assert len(rows) >= 3  # a header and the session's seconds
        await _export(page, "raw", tmp_path / "ended.smartbms-recording", outcomes)
        assert outcomes[-1][0], outcomes[-1]
        with RecordingReader(tmp_path / "ended.smartbms-recording") as copy:
            assert copy.time_range() == RecordingReader(recorded).time_range()
            assert not copy.unclosed and not copy.warnings

        # Opening another recording: that one is exported, and after it the ended session no more.
        assert page.open_recording(tmp_path / "ended.smartbms-recording")
        wait_loaded(qtbot, page)
        assert page.current_recording() == tmp_path / "ended.smartbms-recording"
        page.show_live()
        assert page.current_recording() is None
        page._ask_export("csv")
        assert "Nothing recorded yet" in page.status.text()

        # A new connection: its own recording; once it ends, that one is the session exported.
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        second = bridge.recorder.path
        assert second != recorded and bridge.ended_recording is None
        assert page.current_recording() == second
        await bridge.disconnect()
        assert page.current_recording() == second

    qloop.run_until_complete(asyncio.wait_for(scenario(), 120))


def test_a_new_connection_forgets_the_session_before(qloop, qtbot, tmp_path):
    """A connection that starts (and never goes live) ends the export of the session before it."""
    bridge = DeviceBridge(recordings_folder=tmp_path / "recordings")
    page = PlotsPage(bridge)
    qtbot.addWidget(page)

    async def scenario():
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        recorded = bridge.recorder.path
        await bridge.disconnect()
        assert page.current_recording() == recorded
        await bridge.connect_simulator(cells=8, pin="0000")  # the wrong PIN: never goes live
        assert page.current_recording() != recorded
        await bridge.disconnect()
        assert page.current_recording() is None

    qloop.run_until_complete(asyncio.wait_for(scenario(), 60))
