"""The plots page with simulator data: it draws what was fed, redraws only what changed, replays a
recording through the same path, exports, and renders in both themes."""

from __future__ import annotations

import csv
import re
import time

import numpy as np
import pytest
from plots_sim import simulated_bytes, simulated_frames, simulated_items, wait_loaded
from PySide6.QtWidgets import QApplication

from smartbms_gui.device.recording import EventKind, Recorder
from smartbms_gui.protocol.stream import CellRecord, PackRecord
from smartbms_gui.views import theme
from smartbms_gui.views.plots_data import CellChoiceError, PlotData, parse_cells
from smartbms_gui.views.plots_page import PlotsPage

OUT = __import__("pathlib").Path(__file__).resolve().parents[1] / "output"


def row(page, key):
    return next(r for r in page.rows if r.key == key)


def test_page_draws_what_was_fed(page):
    now = time.time()
    items = simulated_items(600, cells=24, start=now - 600)
    for t, item in items:
        page.feed(item, t)
    page.redraw()
    x, y = row(page, "pack").curves[0][0].getData()
    last_pack = [(t, i) for t, i in items if type(i) is PackRecord][-1]
    assert x[-1] == pytest.approx(last_pack[0]) and y[-1] == pytest.approx(last_pack[1].pack_voltage_v, abs=1e-3)
    assert page.x_range() == pytest.approx((items[-1][0] - 900, items[-1][0]))
    image = row(page, "cell_volts").image.image
    assert image is not None and image.shape[1] == 24
    last_cell = [i for _t, i in items if type(i) is CellRecord and i.cell == 24][-1]
    assert image[-1, 23] == pytest.approx(last_cell.voltage_v, abs=2e-3)
    text = page.show_readout(last_pack[0], cell_y=24)
    # two decimals of the plotted (float32) value: a 5 mV step like 79.515 V may round either way
    shown = re.search(r"Pack (\d+\.\d\d) V", text)
    assert shown and float(shown[1]) == pytest.approx(last_pack[1].pack_voltage_v, abs=0.0051) and "Cell 24" in text


def test_live_items_arrive_through_the_bridge(page, bridge):
    for _t, item in simulated_items(5, cells=8):
        bridge.itemReceived.emit(item)
    assert len(page.live_data.pack) >= 1 and page.live_data.cell_count == 8
    assert abs(page.live_data.last_time - time.time()) < 5


def test_only_changed_rows_are_redrawn(page):
    now = time.time()
    items = simulated_items(120, cells=8, start=now - 120)
    page.data.feed_many(items)
    page.redraw()
    count = page.redraws
    page.redraw()
    assert page.redraws == count  # nothing new: nothing drawn
    page.set_follow(False)
    page._set_x(now - 100, now + 100)
    page.redraw()
    before = {r.key: r.drawn for r in page.rows}
    page.feed(PackRecord(50.0, 1.0, 2.0, 3.0), now)
    page.redraw()
    redrawn = {r.key for r in page.rows if r.drawn != before[r.key]}
    assert redrawn == {"pack", "current"}


def test_chosen_cells_and_lines_modes(page):
    now = time.time()
    page.data.feed_many(simulated_items(60, cells=16, start=now - 60))
    page.set_cell_mode("chosen")
    page.set_chosen_cells([2, 5])
    page.redraw()
    cell_row = row(page, "cell_volts")
    assert len(cell_row.chosen[0].getData()[0]) > 0 and len(cell_row.chosen[1].getData()[0]) > 0
    assert cell_row.chosen[2].getData()[0] is None or len(cell_row.chosen[2].getData()[0]) == 0
    page.set_cell_mode("lines")
    page.redraw()
    x, y = cell_row.all_lines.getData()
    assert np.isnan(y).sum() >= 16  # one NaN separator per cell: a single curve for the pack
    assert parse_cells("1-4, 9", 16) == [1, 2, 3, 4, 9]
    with pytest.raises(CellChoiceError, match="16 cells"):
        parse_cells("15-17", 16)
    with pytest.raises(CellChoiceError, match="at most 12"):
        parse_cells("1-13")
    page.cells_edit.setText("x")
    page._cells_edited()
    assert "not a cell number" in page.status.text()


def test_buffers_are_fixed_and_wrap(qtbot, bridge):
    data = PlotData(history_s=300)
    size = None
    frames = simulated_frames(2000, cells=8, start=1_700_000_000.0)
    for n, (t, frame) in enumerate(frames):
        data.feed(frame, t)
        if n == 10:
            size = data.nbytes()
    assert data.nbytes() == size
    window = data.pack.window(frames[-1][0] - 5000, frames[-1][0], 10**6)  # full resolution
    assert window.res == 1.0
    assert window.times[-1] == frames[-1][0]
    assert window.times[0] >= frames[-1][0] - 320  # older data was overwritten
    assert np.all(np.diff(window.times) > 0)


def test_relay_and_warning_changes_and_connections_become_markers(page, bridge):
    from smartbms_gui.device.state import ConnectionState, Phase

    now = time.time()

    def spike(battery, t):
        if t - (now - 60) > 30:
            battery.override_cell(3, voltage_v=3.75)

    for t, item in [(t, i) for t, data in simulated_bytes(60, cells=8, start=now - 60, hook=spike)
                    for i in __import__("smartbms_gui.protocol.stream", fromlist=["x"]).StreamDecoder().feed(data)]:
        page.feed(item, t)
    kinds = [e.kind for e in page.live_data.events]
    assert EventKind.WARNING_LIGHT.value in kinds and EventKind.RELAY.value in kinds
    bridge.stateChanged.emit(ConnectionState(Phase.STREAMING))
    bridge.stateChanged.emit(ConnectionState(Phase.RECONNECTING))
    bridge.stateChanged.emit(ConnectionState(Phase.STREAMING))
    from smartbms_gui.device.client import WriteResult

    bridge.writeFinished.emit([WriteResult("vmax_v", 3.6, True, 3.6), WriteResult("vmin_v", 2.0, False)])
    texts = [e.text for e in page.live_data.events]
    assert texts[-4:] == ["Connected", "Link lost", "Reconnected", "Settings written: vmax_v"]
    bridge.recordingWarning.emit("The disk is full: recording stopped. The live view continues.")
    assert "disk is full" in page.status.text() and page.status.isVisibleTo(page)
    assert page.live_data.events[-1].kind == EventKind.RECORDING_WARNING.value
    page.redraw()
    assert len(page.events_scatter.data) == len(page.live_data.events)


def _recording(tmp_path, seconds=600, cells=16):
    chunks = simulated_bytes(seconds, cells=cells, start=time.time() - 3 * seconds)
    with Recorder(tmp_path / "run.smartbms-recording", description="Simulator") as rec:
        for t, data in chunks:
            rec.record_bytes(data, t)
    return rec.path, chunks


def test_replay_in_the_page_uses_the_live_path(page, tmp_path, qtbot):
    path, chunks = _recording(tmp_path)
    got = []
    page.replayItem.connect(lambda item, t: got.append(t))
    active = []
    page.replayActive.connect(active.append)
    assert page.open_recording(path)
    wait_loaded(qtbot, page)
    assert active == [True] and page.data is page.replay_data
    page.redraw()
    # everything is shown at once, ending at the end of the recording
    assert page.x_range()[1] == pytest.approx(chunks[-1][0])
    full = PlotData()
    from smartbms_gui.device.replay import decode_items

    for t, item in decode_items(path):
        full.feed(item, t)
    for level in (1e6, 50):  # full resolution and a coarse level
        w1 = page.data.pack.window(chunks[0][0], chunks[-1][0], level)
        w2 = full.pack.window(chunks[0][0], chunks[-1][0], level)
        np.testing.assert_array_equal(w1.lo, w2.lo)  # bulk load == item-by-item load
        np.testing.assert_array_equal(w1.times, w2.times)
    assert got and min(got) >= chunks[-1][0] - 300 - 1  # the other screens get the recent state
    # seek to the middle and play fast
    page.seek(chunks[0][0] + 300)
    wait_loaded(qtbot, page)
    assert page.data.last_time <= chunks[0][0] + 300
    page.speed_combo.setCurrentIndex(page.speed_combo.findData(100))
    page.play_button.setChecked(True)
    qtbot.waitUntil(lambda: page.replay.position > chunks[0][0] + 320, timeout=3000)
    assert page.data.last_time > chunks[0][0] + 300
    page.play_button.setChecked(False)
    page.show_live()
    assert active == [True, False] and page.data is page.live_data
    assert not page.open_recording(tmp_path / "missing.smartbms-recording")
    assert "No recording" in page.status.text()


def test_exports_from_the_page(page, qtbot, tmp_path):
    path, _chunks = _recording(tmp_path, seconds=120, cells=8)
    page.open_recording(path)
    page.redraw()
    for kind in ("png", "svg", "csv", "raw"):
        assert page.export(kind, tmp_path / f"out.{kind}"), page.status.text()
        qtbot.waitUntil(lambda: page.export_job is None)  # CSV and raw run on a worker thread
        assert page.status.text().startswith("Saved"), page.status.text()
        assert (tmp_path / f"out.{kind}").stat().st_size > 100
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert "Pack voltage (V)" in header and "Cell 8 temperature (°C)" in header
    page.show_live()
    page.recording_path = None
    assert not page.export("csv", tmp_path / "x.csv") and "Nothing recorded" in page.status.text()
    assert not page.export("png", tmp_path / "no-such-folder" / "x.png")


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_render_screens(qtbot, bridge, mode, size):
    app = QApplication.instance()
    theme.apply_theme(app, mode)
    try:
        page = PlotsPage(bridge)
        qtbot.addWidget(page)
        page.resize(*size)
        now = time.time()
        items = simulated_items(3600, cells=48, start=now - 3600, step=2.0)
        page.data.feed_many(items)
        page.add_event(EventKind.SETTINGS_WRITTEN, "Settings written: vmax_v", now - 600)
        page.set_window(3600)
        page.show()
        qtbot.waitExposed(page)
        page.redraw()
        page.show_readout(now - 900, cell_y=7)
        OUT.mkdir(exist_ok=True)
        image = page.grab()
        image.save(str(OUT / f"plots_{mode}_{size[0]}x{size[1]}.png"))
        assert (image.width(), image.height()) == size
        from PySide6.QtGui import QColor, QImage

        from smartbms_gui.views.plot_rows import series_colour

        qimage = image.toImage().convertToFormat(QImage.Format.Format_RGB32)
        pixels = np.frombuffer(qimage.constBits(), np.uint8).reshape(qimage.height(), qimage.bytesPerLine())
        rgb = pixels[:, :qimage.width() * 4].reshape(qimage.height(), qimage.width(), 4)[:, :, 2::-1]
        for key in ("pack", "solar", "load"):  # every series was painted, in this theme's colour
            colour = QColor(series_colour(key, mode))
            painted = np.all(rgb == (colour.red(), colour.green(), colour.blue()), axis=2).sum()
            assert painted > 200, (key, painted)
    finally:
        theme.apply_theme(app, "light")


def test_parallel_load_equals_one_pass(tmp_path):
    from smartbms_gui.device.recording import EventKind as Kind
    from smartbms_gui.device.recording import RecordingReader
    from smartbms_gui.device.replay import decode_items, split_points
    from smartbms_gui.views.plots_data import link_breaks, load_recording

    chunks = simulated_bytes(900, cells=16, start=1_700_000_000.0)
    path = tmp_path / "p.smartbms-recording"
    with Recorder(path, coalesce_s=0) as rec:  # 20-byte rows: records are cut across rows
        for n, (t, data) in enumerate(chunks):
            if n == 400:
                rec.record_event(Kind.RECONNECT, "streaming", t)
            for i in range(0, len(data), 20):
                rec.record_bytes(data[i:i + 20], t)
    reader = RecordingReader(path)
    parts = split_points(reader, 4)
    assert len(parts) == 4 and parts[0][0] == 1
    breaks = link_breaks(reader.events())
    reader.close()
    assert breaks == [chunks[400][0]]
    one = PlotData()
    one.feed_many(decode_items(path), breaks)
    many = PlotData()
    assert load_recording(many, path, workers=2, min_rows=0) == one.items
    for name in ("pack", "soc", "extremes", "temps", "cell_volts", "cell_temps"):
        a, b = getattr(one, name), getattr(many, name)
        for la, lb in zip(a.levels, b.levels):
            ta, loa, _ = la.take(0, la.count)
            tb, lob, _ = lb.take(0, lb.count)
            np.testing.assert_array_equal(ta, tb)
            np.testing.assert_array_equal(loa, lob)
    assert [e.text for e in one.events] == [e.text for e in many.events]
    until = PlotData()
    load_recording(until, path, workers=2, min_rows=0, until=chunks[500][0])
    assert until.last_time == chunks[500][0]


def test_empty_and_serial_recordings_open(page, tmp_path):
    from smartbms_gui.protocol.frame import encode_frame

    empty = tmp_path / "empty.smartbms-recording"
    Recorder(empty).close()
    assert page.open_recording(empty)
    page.redraw()
    assert page.data.items == 0
    frames = tmp_path / "serial.smartbms-recording"
    with Recorder(frames, wire="frame") as rec:
        for t, frame in simulated_frames(120, cells=8, start=time.time() - 200):
            rec.record_bytes(encode_frame(frame), t)
    assert page.open_recording(frames)
    page.redraw()
    assert page.data.cell_count == 8 and len(page.data.pack) > 100
    assert row(page, "cell_volts").image.image.shape[1] == 8


def test_parallel_load_falls_back_to_one_pass_when_workers_cannot_start(tmp_path, monkeypatch):
    import concurrent.futures

    from smartbms_gui.views.plots_data import load_recording

    path, chunks = _recording(tmp_path, seconds=300, cells=8)

    class NoProcesses:
        def __init__(self, *a, **k):
            raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    data = PlotData()
    assert load_recording(data, path, workers=2, min_rows=0) > 0
    assert data.last_time == pytest.approx(chunks[-1][0])
    assert len(data.pack) == len(chunks)

