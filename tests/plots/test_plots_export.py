"""The Plots page's CSV and raw exports run on a worker thread: the GUI thread keeps running while
a real export of a large recording is half-way, progress reaches 1, Cancel writes nothing and keeps
an earlier file, a failure is reported, and only one export runs at a time."""

from __future__ import annotations

import asyncio
import csv
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from smartbms_gui.device import export as export_mod
from smartbms_gui.device.recording import Recorder
from smartbms_gui.views.gui_thread_gc import GuiThreadGarbageCollector
from smartbms_gui.views.plots_page import PlotsPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recording"))
from plots_sim import wait_loaded  # noqa: E402
from recording_sim import ascii_run  # noqa: E402

#: A recording big enough that its CSV takes a while (here ~2 s; 255 cells as in the audit).
BIG_SECONDS, BIG_CELLS = 1200, 255


@pytest.fixture(scope="module")
def big_recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.smartbms-recording"
    with Recorder(path, coalesce_s=0.0) as recorder:
        for t, data in ascii_run(BIG_SECONDS, cells=BIG_CELLS, step=1.0):
            recorder.record_bytes(data, t)
    return path


@pytest.fixture
def gui_gc(qapp):
    """As the app runs: garbage collection on the GUI thread only, never on the export's thread."""
    collector = GuiThreadGarbageCollector(interval_ms=200)
    yield collector
    collector.stop()


@pytest.fixture
def page(qtbot, bridge, gui_gc):
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.set_window(24 * 3600)  # the CSV covers the visible time: all of the recording
    page.show()
    qtbot.waitExposed(page)
    return page


def _outcomes(page) -> list[tuple[bool, str]]:
    outcomes: list[tuple[bool, str]] = []
    page.exportFinished.connect(lambda ok, text: outcomes.append((ok, text)))
    return outcomes


def _hidden_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_csv_export_runs_while_the_gui_thread_keeps_ticking(page, qtbot, big_recording, tmp_path):
    assert page.open_recording(big_recording)
    wait_loaded(qtbot, page)
    outcomes = _outcomes(page)
    shares: list[float] = []
    page.exportProgress.connect(shares.append)
    seen_by_ticks: list[float] = []  # the worker's progress, as a GUI-thread timer saw it
    ticker = QTimer()
    ticker.timeout.connect(lambda: page.export_job and seen_by_ticks.append(page.export_job.progress))
    ticker.start(5)
    out = tmp_path / "big.csv"
    assert page.export("csv", out)
    assert not page.export_button.isEnabled()
    assert not page.export("raw", tmp_path / "second.smartbms-recording")  # one export at a time
    assert "already running" in page.status.text()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=120_000)
    ticker.stop()
    ok, text = outcomes[0]
    assert ok, text
    # The GUI thread ran again and again while the export was half-way, not once before and after.
    halfway = {share for share in seen_by_ticks if 0.0 < share < 1.0}
    assert len(halfway) >= 5, sorted(halfway)
    assert shares[-1] == 1.0 and shares == sorted(shares) and len(set(shares)) >= 3
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == f"Cell {BIG_CELLS} temperature (°C)"
    assert text == f"Saved {len(rows) - 1} rows of {BIG_CELLS} cells to {out}."
    assert page.status.text() == text and page.export_button.isEnabled()
    assert not (tmp_path / "second.smartbms-recording").exists()
    assert page.export_dialog is None and page.export_failure_box is None


def _pause_worker_at(monkeypatch, share: float) -> tuple[threading.Event, threading.Event]:
    """The real export, held on its worker thread once it reached `share` until released."""
    reached, release = threading.Event(), threading.Event()
    real = export_mod.export_csv

    def held(*args, progress=None, **kw):
        def report(value):
            progress(value)
            if value >= share and not reached.is_set():
                reached.set()
                release.wait(60)

        return real(*args, progress=report, **kw)

    monkeypatch.setattr(export_mod, "export_csv", held)
    return reached, release


def test_cancel_in_the_progress_dialog_writes_nothing_and_keeps_the_earlier_file(
        page, qtbot, big_recording, tmp_path, monkeypatch):
    reached, release = _pause_worker_at(monkeypatch, 0.4)
    assert page.open_recording(big_recording)
    wait_loaded(qtbot, page)
    outcomes = _outcomes(page)
    out = tmp_path / "big.csv"
    out.write_text("an earlier export, edited by hand\n")
    try:
        assert page.export("csv", out)
        qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible())
        dialog = page.export_dialog
        closed = []
        dialog.finished.connect(closed.append)
        assert out.name in dialog.label.text()
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        qtbot.waitUntil(lambda: dialog.bar.value() >= 400)  # the bar follows the worker
        dialog.cancel_button.click()
        assert not dialog.cancel_button.isEnabled() and "Cancelling" in dialog.label.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    ok, text = outcomes[0]
    assert not ok and text.startswith("Export cancelled") and str(out) in text
    assert out.read_text() == "an earlier export, edited by hand\n"
    assert _hidden_files(tmp_path) == []  # no part file left behind
    assert page.export_dialog is None and closed
    assert page.export_failure_box is None  # a cancel is not a failure
    assert page.export_button.isEnabled()


def test_escape_in_the_progress_dialog_cancels_too(page, qtbot, big_recording, tmp_path, monkeypatch):
    reached, release = _pause_worker_at(monkeypatch, 0.2)
    assert page.open_recording(big_recording)
    wait_loaded(qtbot, page)
    outcomes = _outcomes(page)
    try:
        assert page.export("csv", tmp_path / "big.csv")
        qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible())
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        page.export_dialog.reject()  # what Escape and the window's close button do
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert outcomes[0][1].startswith("Export cancelled")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["csv", "raw"])
def test_an_unwritable_target_is_reported(page, qtbot, big_recording, tmp_path, kind):
    assert page.open_recording(big_recording)
    wait_loaded(qtbot, page)
    outcomes = _outcomes(page)
    (tmp_path / "file").write_text("not a folder")
    assert page.export(kind, tmp_path / "file" / f"out.{kind}")
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    ok, text = outcomes[0]
    assert not ok and "Choose another" in text and str(tmp_path / "file") in text
    assert page.status.text() == text
    box = page.export_failure_box
    assert box is not None and box.isVisible() and box.text() == text  # a failure is not missed
    box.accept()
    qtbot.waitUntil(lambda: page.export_failure_box is None)
    assert page.export_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_another_page_in_front_lets_the_export_finish_closing_the_window_stops_it(
        qtbot, bridge, gui_gc, big_recording, tmp_path, monkeypatch):
    window = QWidget()  # as in the main window: the page is one of the stacked pages
    qtbot.addWidget(window)
    pages = QStackedWidget(window)
    QVBoxLayout(window).addWidget(pages)
    page = PlotsPage(bridge)
    other = QLabel("another page")
    pages.addWidget(page)
    pages.addWidget(other)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page.set_window(24 * 3600)
    assert page.open_recording(big_recording)
    wait_loaded(qtbot, page)
    outcomes = _outcomes(page)
    reached, release = _pause_worker_at(monkeypatch, 0.3)
    try:
        assert page.export("csv", tmp_path / "first.csv")
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        pages.setCurrentWidget(other)
        assert not page.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert outcomes[0][0], outcomes  # finished although the page was hidden
    assert (tmp_path / "first.csv").is_file()

    pages.setCurrentWidget(page)
    reached, release = _pause_worker_at(monkeypatch, 0.3)
    try:
        assert page.export("csv", tmp_path / "second.csv")
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        window.close()  # the app quitting
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=60_000)
    assert outcomes[1][1].startswith("Export cancelled")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.csv"]  # no second.csv, no part file


def test_the_live_link_keeps_streaming_through_exports(qloop, qtbot, gui_gc, big_recording, tmp_path):
    """The app's loop (qasync) with the real bridge, session and simulator: while CSV exports of a
    big recording run one after the other for longer than the battery's and the session's patience
    (the peer stops streaming 1.6 s after the last keep-alive; the session drops after its silence),
    the keep-alive goes on, records keep arriving and the link never drops."""
    from smartbms_gui.device.state import Phase
    from smartbms_gui.views.device_bridge import DeviceBridge

    bridge = DeviceBridge(silence_s=1.0, recordings_folder=tmp_path / "recordings")
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.set_window(24 * 3600)
    page.show()
    assert page.open_recording(big_recording)  # before connecting (it loads off the GUI thread)
    outcomes = _outcomes(page)
    arrivals: list[tuple[float, bool]] = []  # (time, an export was running)

    async def until(predicate, timeout=60.0):
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            await asyncio.sleep(0.02)

    async def scenario():
        await until(lambda: not page.is_loading())
        await bridge.connect_simulator(cells=16)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        session = bridge.session
        bridge.itemReceived.connect(
            lambda _item: arrivals.append((time.monotonic(), page.export_job is not None)))
        patience = bridge.peer.keepalive_timeout_s + session.silence_s
        began = time.monotonic()
        exports = 0
        while exports < 2 or time.monotonic() - began < 2 * patience:
            assert page.export("csv", tmp_path / f"export-{exports}.csv"), page.status.text()
            await until(lambda n=exports: len(outcomes) > n)
            assert outcomes[-1][0], outcomes[-1]
            exports += 1
        done_at = time.monotonic()
        await until(lambda: arrivals[-1][0] > done_at, timeout=10.0)  # still streaming afterwards
        assert session.drops == 0 and session.state.phase is Phase.STREAMING
        assert sum(1 for _t, running in arrivals if running) >= exports  # records arrived during the exports
        await bridge.disconnect()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 300))


def test_the_csv_for_excel_is_the_same_csv_with_a_byte_order_mark(page, qtbot, tmp_path):
    path = tmp_path / "small.smartbms-recording"
    with Recorder(path, coalesce_s=0.0) as recorder:
        for t, data in ascii_run(60, cells=8, step=1.0):
            recorder.record_bytes(data, t)
    assert page.open_recording(path)
    wait_loaded(qtbot, page)
    kinds = [a.text() for a in page.export_button.menu().actions()]
    assert any("Excel" in text for text in kinds)
    outcomes = _outcomes(page)
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    for kind, out in (("csv", plain), ("excel", excel)):
        outcomes.clear()
        assert page.export(kind, out)
        qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
        assert outcomes[0][0], outcomes[0][1]
    # (a playing replay moves the visible time between the two: compare the form, not the rows)
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf") and not plain.read_bytes().startswith(b"\xef")
    excel_lines = excel.read_text(encoding="utf-8").splitlines()
    plain_lines = plain.read_text(encoding="utf-8").splitlines()
    assert excel_lines[0] == "\ufeff" + plain_lines[0] and "°C" in plain_lines[0]
