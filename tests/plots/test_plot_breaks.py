"""A link loss, a reconnect or a recorded reconnect breaks every line (audit M5): no straight
line is drawn across the gap, and cell values are not carried over it."""

from __future__ import annotations

import time

import numpy as np
import pytest
from plots_sim import decode, irregular_stream

from smartbms_gui.device.recording import EventKind, Recorder
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.views.plot_buffers import History, carry_rows


def segments_cross(x, y, t):
    """True if the drawn line joins a point before `t` to a point after it (no NaN between)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return any(x[i] < t < x[i + 1] and np.isfinite(y[i]) and np.isfinite(y[i + 1])
               for i in range(len(x) - 1))


def rows(page):
    return {r.key: r for r in page.rows}


def test_link_loss_and_reconnect_break_every_line_live(page, bridge):
    now = time.time()
    before = decode(irregular_stream(60, cells=16, start=now - 70))
    after = decode(irregular_stream(30, cells=16, start=now + 5, seed=9))  # a new connection
    bridge.stateChanged.emit(ConnectionState(Phase.STREAMING))
    for t, item in before:
        page.feed(item, t)
    bridge.stateChanged.emit(ConnectionState(Phase.RECONNECTING))  # at `now`: 10 s after the last data
    lost = page.live_data.events[-1].t
    assert page.live_data.events[-1].kind == EventKind.DISCONNECTED.value
    bridge.stateChanged.emit(ConnectionState(Phase.STREAMING))
    for t, item in after:
        page.feed(item, t)
    page.set_follow(False)
    page._set_x(now - 80, now + 40)
    page.redraw()
    shown = rows(page)
    for key in ("pack", "current", "soc", "extremes", "spread"):
        for curve, _column, _colour in shown[key].curves:
            x, y = curve.getData()
            assert x is not None and len(x) > 20
            assert not segments_cross(x, y, lost), f"{key}: a line is drawn across the link loss"
    # the heat map: the gap is blank, and cells start unknown after the reconnect
    heat = shown["cell_volts"]
    image = heat.image.image
    rect = heat.image.mapRectToParent(heat.image.boundingRect())
    step = rect.width() / image.shape[0]
    left = rect.left() + step * np.arange(image.shape[0])
    in_gap = (left > lost + step) & (left + step < after[0][0])
    assert in_gap.any() and np.isnan(image[in_gap]).all()
    # without the break the same 15 s silence would be bridged: the gap limit is 30 s
    assert after[0][0] - before[-1][0] < page.live_data.pack.gap_s


def test_a_recorded_reconnect_breaks_the_lines_and_a_seek_keeps_it(page, tmp_path):
    start = 1_700_000_000.0
    first = irregular_stream(60, cells=16, start=start)
    second = irregular_stream(60, cells=16, start=start + 66, seed=4)
    path = tmp_path / "reconnect.smartbms-recording"
    with Recorder(path, description="Simulator") as rec:
        rec.record_event(EventKind.CONNECTED, "streaming", start)
        for t, data in first:
            rec.record_bytes(data, t)
        rec.record_event(EventKind.DISCONNECTED, "link lost", first[-1][0] + 2)
        rec.record_event(EventKind.RECONNECT, "streaming", start + 65)
        for t, data in second:
            rec.record_bytes(data, t)
    assert page.open_recording(path)
    lost = first[-1][0] + 2

    def check():
        page.set_follow(False)
        page._set_x(start, start + 130)
        page.redraw()
        for key in ("pack", "current", "soc", "extremes", "spread"):
            for curve, _column, _colour in rows(page)[key].curves:
                x, y = curve.getData()
                assert not segments_cross(x, y, lost) and not segments_cross(x, y, start + 65), key

    check()
    page.seek(start + 100)  # reloaded up to the seek point: still broken at the reconnect
    assert page.data.last_time <= start + 100
    check()


def test_history_break_stops_lines_and_carry():
    h = History(4, base_s=1.0, span_s=600, levels=3, factor=4, base_peaks=False, gap_s=300)
    for s in range(10):
        h.update(100.0 + s, s % 4, 3.3)
    h.add_break(110.0)
    h.add_break(110.5)  # a second break right after adds nothing
    h.update(110.2, 0, 3.4)  # late, but after the break: a new row, at the break's time or later
    base = h.levels[0]
    times, lo, _ = base.take(0, base.count)
    assert np.all(np.diff(times) >= 0)
    assert np.isnan(lo[-2]).all()  # the break row
    assert lo[-1, 0] == pytest.approx(3.4, abs=1e-3) and np.isnan(lo[-1, 1:]).all()  # nothing carried
    for level in h.levels[1:]:  # every level breaks, even inside one coarse bucket
        _t, lo_k, _hi = level.take(0, level.count)
        assert np.isnan(lo_k).all(axis=1).any()


def test_bulk_rows_after_a_break_start_fresh():
    h = History(2, base_s=1.0, span_s=600, levels=2, factor=4, base_peaks=False, gap_s=300)
    t = 200.0 + np.arange(10, dtype=float)
    h.extend(*carry_rows(h, t, np.arange(10) % 2, np.full(10, 3.3)))
    h.add_break(209.5)
    times, rows = carry_rows(h, [209.7, 210.5], [0, 0], [3.5, 3.6])
    h.extend(times, rows)
    w = h.window(195, 215, 1000)
    assert np.isnan(w.lo).all(axis=1).sum() == 1
    assert np.isnan(w.lo[-1, 1])  # column 1 was not carried over the break
