"""The heat maps draw every sample at its own time (audit H1): a 10 s over-voltage of one cell,
fed at uneven times with a silence before it, lights exactly that cell over exactly that
interval (within one grid column), live and from a recording, at a fine and a coarse level."""

from __future__ import annotations

import numpy as np
import pytest
from plots_sim import decode, irregular_stream, wait_loaded

from smartbms_gui.device.recording import Recorder
from smartbms_gui.protocol.stream import CellRecord
from smartbms_gui.views.plots_page import PlotsPage

START = 1_700_000_000.0
CELL = 5
HIGH_V = 3.75
FAULT = (95.0, 105.0)  # seconds after START: the over-voltage
GAP = (60.0, 80.0)  # seconds after START: the link is silent (shorter than any gap limit)
HOT_CELL, HOT = 7, (30.0, 50.0)  # and a 20 s hot cell (temperatures are kept in 4 s rows)


def fault(battery, t):
    battery.clear_overrides()
    if START + FAULT[0] <= t < START + FAULT[1]:
        battery.override_cell(CELL, voltage_v=HIGH_V)
    if START + HOT[0] <= t < START + HOT[1]:
        battery.override_cell(HOT_CELL, temperature_c=60.0)


@pytest.fixture(scope="module")
def chunks():
    return irregular_stream(150, cells=16, start=START, hook=fault, gaps=[GAP])


def reported_interval(items):
    """When the BMS reported the cell high: its first high record to the first normal one after."""
    records = [(t, i) for t, i in items if type(i) is CellRecord and i.cell == CELL]
    first_high = next(t for t, i in records if i.voltage_v > 3.6)
    first_normal = next(t for t, i in records if t > first_high and i.voltage_v < 3.6)
    return first_high, first_normal


def drawn_columns(row):
    """The heat map as drawn: (image (columns, cells), x of each column's left edge, column width)."""
    image = row.image.image
    rect = row.image.mapRectToParent(row.image.boundingRect())  # the image's place in time
    width = rect.width() / image.shape[0]
    return image, rect.left() + width * np.arange(image.shape[0]), width


def assert_high_exactly_over(row, interval, *, coarse: bool = False):
    image, left, step = drawn_columns(row)
    high = image > 3.6
    assert not high[:, [c for c in range(16) if c != CELL - 1]].any(), "another cell lit up"
    lit = np.flatnonzero(high[:, CELL - 1])
    assert len(lit) and np.all(np.diff(lit) == 1), "one unbroken bar"
    start, end = left[lit[0]], left[lit[-1]] + step
    t_high, t_normal = interval
    assert abs(start - t_high) <= step, (start - START, t_high - START, step)
    if coarse:  # a coarse column holds the peak of the whole bucket: the bar covers the event
        assert start <= t_high and end >= t_normal - step and end - start <= (t_normal - t_high) + 2 * step
    else:
        assert abs(end - t_normal) <= step, (end - START, t_normal - START, step)
    return step


def show(page, t0, t1):
    page.set_follow(False)
    page._set_x(t0, t1)
    page.redraw()
    return next(r for r in page.rows if r.key == "cell_volts")


def test_the_fault_is_drawn_when_it_happened_live(qtbot, bridge, chunks):
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    items = decode(chunks)
    for t, item in items:
        page.feed(item, t)
    interval = reported_interval(items)
    # the reports themselves are where the fault was (messages are at most 1.7 s apart)
    assert START + FAULT[0] <= interval[0] <= START + FAULT[0] + 1.7
    assert START + FAULT[1] <= interval[1] <= START + FAULT[1] + 1.7
    row = show(page, START + 40, START + 150)  # the silence and the fault in one window
    step = assert_high_exactly_over(row, interval)
    assert step == 1.0
    # the silence: nothing is drawn more than 10 s after the last message before it
    image, left, step = drawn_columns(row)
    last_before = max(t for t, _ in chunks if t < START + GAP[0])
    silent = (left > last_before + 10 + step) & (left + step < START + GAP[1])
    assert silent.any() and np.isnan(image[silent]).all()
    # a coarse level (8 s buckets over a 2-hour window): still at the right time
    row = show(page, START + 150 - 2 * 3600, START + 150)
    assert drawn_columns(row)[2] > 1.0
    assert_high_exactly_over(row, interval, coarse=True)


def test_a_hot_cell_is_drawn_from_when_it_was_reported_never_earlier(qtbot, bridge, chunks):
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    items = decode(chunks)
    for t, item in items:
        page.feed(item, t)
    records = [(t, i) for t, i in items if type(i) is CellRecord and i.cell == HOT_CELL]
    first_hot = next(t for t, i in records if i.temperature_c > 50)
    first_cool = next(t for t, i in records if t > first_hot and i.temperature_c < 50)
    show(page, START, START + 150)
    row = next(r for r in page.rows if r.key == "cell_temps")
    image, left, step = drawn_columns(row)
    lit = np.flatnonzero(image[:, HOT_CELL - 1] > 50)
    assert len(lit) and np.all(np.diff(lit) == 1) and not (np.delete(image, HOT_CELL - 1, axis=1) > 50).any()
    # 4 s rows hold the newest value of their 4 s: drawn from the row on, so at most 4 s late
    assert step == 1.0
    assert first_hot - 1.0 <= left[lit[0]] <= first_hot + 4.0
    assert first_cool - 1.0 <= left[lit[-1]] + step <= first_cool + 4.0 + step
    assert left[-1] + step <= chunks[-1][0] + 1.0  # nothing drawn past the newest data


def test_the_fault_is_drawn_when_it_happened_in_a_recording(qtbot, bridge, chunks, tmp_path):
    with Recorder(tmp_path / "fault.smartbms-recording", description="Simulator") as rec:
        for t, data in chunks:
            rec.record_bytes(data, t)
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.open_recording(rec.path)
    wait_loaded(qtbot, page)
    interval = reported_interval(decode(chunks))
    assert_high_exactly_over(show(page, START + 40, START + 150), interval)
    # seek into the fault: the bar ends at the seek position, not later
    page.seek(START + 100)
    wait_loaded(qtbot, page)
    row = show(page, START + 40, START + 150)
    image, left, step = drawn_columns(row)
    lit = np.flatnonzero(image[:, CELL - 1] > 3.6)
    assert abs(left[lit[0]] - interval[0]) <= step
    newest = max(t for t, _data in chunks if t <= START + 100)
    assert left[-1] <= newest < left[-1] + step  # the newest column holds the last message before it
    assert lit[-1] == len(left) - 1 and not np.isnan(image[-1]).any()
