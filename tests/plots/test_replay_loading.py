"""Opening and seeking a recording load off the GUI thread: a GUI-thread timer keeps ticking while
a real long recording loads (in worker processes, or in one pass on the load's thread), the page
says how far it is, the loaded data equal a synchronous load, Cancel and Back to live leave the
page as it was, and a second open or seek replaces the running load."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from plots_sim import simulated_bytes, wait_loaded
from PySide6.QtCore import QTimer

from smartbms_gui.device.recording import EventKind, Recorder, RecordingReader
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.views import plots_replay
from smartbms_gui.views.gui_thread_gc import GuiThreadGarbageCollector
from smartbms_gui.views.plots_data import PARALLEL_MIN_ROWS, LoadCancelled, PlotData, load_recording
from smartbms_gui.views.plots_page import PlotsPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recording"))
from recording_sim import ascii_run  # noqa: E402

START = 1_700_000_000.0


def _record(path: Path, chunks, *, events=()) -> Path:
    """`chunks` (t, bytes) as rows of their own (coalesce 0), `events` (t, kind, text) among them."""
    pending = sorted(events)
    with Recorder(path, description="Simulator", coalesce_s=0.0) as rec:
        for t, data in chunks:
            while pending and pending[0][0] <= t:
                when, kind, text = pending.pop(0)
                rec.record_event(kind, text, when)
            rec.record_bytes(data, t)
    return path


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    """Two real long recordings: BLE-sized rows, enough of them for worker processes ("parallel"),
    and one row a message for 255 cells, decoded in one pass on the load's thread ("one pass")."""
    folder = tmp_path_factory.mktemp("long")
    parallel = _record(folder / "parallel.smartbms-recording", ascii_run(900, cells=48, start=START),
                       events=[(START + 400, EventKind.RECONNECT, "streaming")])
    one_pass = _record(folder / "one-pass.smartbms-recording",
                       simulated_bytes(1200, cells=255, start=START + 2000))
    with RecordingReader(parallel) as reader:
        rows = reader._db.execute("SELECT count(*) FROM log").fetchone()[0]
    assert rows >= PARALLEL_MIN_ROWS  # (else it would not use the worker processes)
    for path in (parallel, one_pass):
        assert not plots_replay.loads_at_once(path)
    return {"parallel": parallel, "one pass": one_pass}


@pytest.fixture
def gui_gc(qapp):
    """As the app runs: garbage collection on the GUI thread only, never on the load's thread."""
    collector = GuiThreadGarbageCollector(interval_ms=200)
    yield collector
    collector.stop()


@pytest.fixture
def page(qtbot, bridge, gui_gc):
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.close_recording()  # (a held load is cancelled; its thread ends once released)


class Held:
    """The real load, held on its worker thread once its progress reached `share`, until released."""

    def __init__(self, monkeypatch, share: float) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        self.calls = 0
        real = plots_replay.load_recording

        def held(*args, progress=None, **kw):
            self.calls += 1

            def report(value):
                progress(value)
                if value >= share and not self.reached.is_set():
                    self.reached.set()
                    self.release.wait(60)

            return real(*args, progress=report, **kw)

        monkeypatch.setattr(plots_replay, "load_recording", held)


class Ticks:
    """A GUI-thread timer: counts its ticks (all, and while the page is loading) and what the page
    showed meanwhile."""

    def __init__(self, page) -> None:
        self.page = page
        self.count = 0
        self.while_loading = 0
        self.shares: list[float] = []
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        self.count += 1
        job = self.page.load_job
        if job is not None:
            self.while_loading += 1
            self.shares.append(job.progress)
            self.texts.append(self.page.load_label.text())


def synchronous(path, history_s: float, until: float | None = None) -> PlotData:
    """The load as the page did it on the GUI thread: one pass, then the recorded events."""
    data = PlotData(history_s)
    with RecordingReader(path) as reader:
        events = reader.events()
        until = reader.time_range()[1] if until is None else until
    load_recording(data, path, until=until, workers=1)
    for entry in events:
        if entry.t <= until and entry.kind not in (EventKind.RELAY.value, EventKind.WARNING_LIGHT.value):
            data.add_event(entry.kind, entry.text, entry.t, breaks=False)
    return data


def assert_same(shown: PlotData, expected: PlotData) -> None:
    assert shown.items == expected.items > 0
    assert shown.cell_count == expected.cell_count
    assert (shown.first_time, shown.last_time) == (expected.first_time, expected.last_time)
    for name in ("pack", "soc", "extremes", "temps", "cell_volts", "cell_temps"):
        a, b = getattr(shown, name), getattr(expected, name)
        assert len(a.levels) == len(b.levels)
        for la, lb in zip(a.levels, b.levels):
            assert la.count == lb.count, name
            for xa, xb in zip(la.take(0, la.count), lb.take(0, lb.count)):
                np.testing.assert_array_equal(xa, xb)
    assert list(shown.events) == list(expected.events)


@pytest.mark.parametrize("kind", ["parallel", "one pass"])
def test_open_and_seek_load_while_the_gui_thread_ticks(page, qtbot, recordings, monkeypatch, kind):
    path = recordings[kind]
    active: list[bool] = []
    page.replayActive.connect(active.append)
    states: list[float] = []
    page.replayItem.connect(lambda _item, t: states.append(t))
    held = Held(monkeypatch, 0.5)
    ticks = Ticks(page)
    try:
        assert page.open_recording(path)
        job = page.load_job
        assert page.is_loading() and page.data is page.live_data and page.replay is None
        assert page.cancel_load_button.isVisibleTo(page) and page.load_label.isVisibleTo(page)
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        # the worker waits half-way: the GUI thread goes on ticking meanwhile
        seen = ticks.while_loading
        qtbot.waitUntil(lambda: ticks.while_loading >= seen + 20, timeout=10_000)
        assert active == [] and page.replay is None  # nothing is shown before it is loaded
    finally:
        held.release.set()
    wait_loaded(qtbot, page)
    assert job.progress == 1.0 and not job.cancelled.is_set()
    assert any(0 < share < 1 for share in ticks.shares) and ticks.shares == sorted(ticks.shares)
    assert any(text.startswith(f"Loading {path.name}… ") and text.endswith(" %") and text != ticks.texts[0]
               for text in ticks.texts)
    assert active == [True] and page.replay is not None and page.data is page.replay_data
    assert not page.load_label.isVisibleTo(page) and not page.cancel_load_button.isVisibleTo(page)
    assert page.play_button.isEnabled()
    end = page.replay.end
    assert_same(page.data, synchronous(path, page.history_s))
    assert page.replay.position == end
    assert states and min(states) >= end - plots_replay.REPLAY_STATE_TAIL_S and max(states) <= end

    # a seek: loads off the GUI thread as well, the replay stays shown meanwhile
    middle = page.replay.start + page.replay.duration / 2
    shown = page.data
    monkeypatch.undo()
    held = Held(monkeypatch, 0.3)
    try:
        page.seek(middle)
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        seen = ticks.while_loading
        qtbot.waitUntil(lambda: ticks.while_loading >= seen + 20, timeout=10_000)
        assert page.data is shown and not page.play_button.isEnabled()
        assert page.seek_slider.value() == 500  # where it goes, not where it was
    finally:
        held.release.set()
    wait_loaded(qtbot, page)
    assert page.data is not shown and page.replay.position == pytest.approx(middle)
    assert_same(page.data, synchronous(path, page.history_s, until=middle))
    assert active == [True]  # still the same recording


def test_cancel_leaves_the_live_data_and_no_replay(page, qtbot, bridge, recordings, monkeypatch):
    active: list[bool] = []
    page.replayActive.connect(active.append)
    held = Held(monkeypatch, 0.3)
    try:
        assert page.open_recording(recordings["parallel"])
        job = page.load_job
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        page.cancel_load_button.click()
        assert not page.is_loading() and page.replay is None and page.data is page.live_data
        assert not page.cancel_load_button.isVisibleTo(page) and job.cancelled.is_set()
        bridge.itemReceived.emit(PackRecord(53.1, 0.0, 2.0, 1.0))  # live data still arrive and are shown
        assert page.live_data.items == 1
    finally:
        held.release.set()
    qtbot.waitUntil(job.done, timeout=60_000)  # the worker heard the cancel…
    assert isinstance(job.future.exception(), LoadCancelled)
    ticks = Ticks(page)
    qtbot.waitUntil(lambda: ticks.count >= 10)  # (the event loop ran on after it)
    assert active == [] and page.replay is None and page.data is page.live_data  # …and nothing came of it


def test_back_to_live_during_a_seek(page, qtbot, recordings, monkeypatch):
    active: list[bool] = []
    page.replayActive.connect(active.append)
    assert page.open_recording(recordings["one pass"])
    wait_loaded(qtbot, page)
    held = Held(monkeypatch, 0.3)
    try:
        page.seek(page.replay.start + 100)
        job = page.load_job
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        page.live_button.click()
        assert not page.is_loading() and page.replay is None and page.data is page.live_data
    finally:
        held.release.set()
    qtbot.waitUntil(job.done, timeout=60_000)
    assert active == [True, False] and page.data is page.live_data


def test_cancelling_a_seek_keeps_the_replay_where_it_was_and_playing(page, qtbot, recordings, monkeypatch):
    assert page.open_recording(recordings["one pass"])
    wait_loaded(qtbot, page)
    page.seek(page.replay.start + 60)
    wait_loaded(qtbot, page)
    page.play_button.setChecked(True)
    assert page.replay.playing
    shown, position = page.data, page.replay.position
    held = Held(monkeypatch, 0.3)
    try:
        page.seek(page.replay.start + 900)
        assert not page.replay.playing and not page.play_button.isEnabled()  # paused while it loads
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        page.cancel_load_button.click()
    finally:
        held.release.set()
    assert page.data is shown and page.replay.playing and page.play_button.isEnabled()
    assert page.replay.position >= position


def test_a_second_open_while_loading_wins(page, qtbot, recordings, monkeypatch):
    active: list[bool] = []
    page.replayActive.connect(active.append)
    held = Held(monkeypatch, 0.3)
    try:
        assert page.open_recording(recordings["parallel"])
        first = page.load_job
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        assert page.open_recording(recordings["one pass"])  # (not held: the hold was used up)
        assert first.cancelled.is_set() and page.load_job is not first
    finally:
        held.release.set()
    wait_loaded(qtbot, page)
    qtbot.waitUntil(first.done, timeout=60_000)
    assert page.replay.info.path == recordings["one pass"] and active == [True]
    assert_same(page.data, synchronous(recordings["one pass"], page.history_s))
    assert first.replay._closed  # the first recording was let go


def test_a_new_seek_while_one_loads_wins(page, qtbot, recordings, monkeypatch):
    assert page.open_recording(recordings["one pass"])
    wait_loaded(qtbot, page)
    start = page.replay.start
    held = Held(monkeypatch, 0.3)
    try:
        page.seek(start + 1000)
        first = page.load_job
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        page.seek(start + 200)
        assert first.cancelled.is_set()
    finally:
        held.release.set()
    wait_loaded(qtbot, page)
    qtbot.waitUntil(first.done, timeout=60_000)
    assert page.replay.position == start + 200 and page.data.last_time <= start + 200
    assert_same(page.data, synchronous(recordings["one pass"], page.history_s, until=start + 200))


def test_a_file_that_is_no_recording_fails_at_once(page, tmp_path):
    text = tmp_path / "notes.smartbms-recording"
    text.write_text("not a database at all\n" * 10_000)  # bigger than a load at once
    assert not page.open_recording(text)
    assert not page.is_loading() and page.replay is None
    assert "notes.smartbms-recording is not a readable SmartBMS recording" in page.status.text()
    assert not page.open_recording(tmp_path / "missing.smartbms-recording")
    assert page.status.text().startswith("No recording at")


def test_closing_the_window_stops_a_load(page, qtbot, recordings, monkeypatch):
    held = Held(monkeypatch, 0.3)
    try:
        assert page.open_recording(recordings["parallel"])
        job = page.load_job
        qtbot.waitUntil(held.reached.is_set, timeout=60_000)
        page.close()
        assert job.cancelled.is_set() and not page.is_loading()
    finally:
        held.release.set()
    qtbot.waitUntil(job.done, timeout=60_000)
    assert isinstance(job.future.exception(), LoadCancelled)
