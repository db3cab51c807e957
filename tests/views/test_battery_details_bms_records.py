"""Battery details follows the BMS's own lowest/highest records (V, T) and names a broken cell link.

Fed with the simulated battery's own stream bytes (8 cells per message, like the simulator the app
uses), decoded by the real decoder, into a LiveState on the test's clock.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from details_rig import SimStream
from views_rig import LiveOnlyBridge

from smartbms_gui.protocol import stream
from smartbms_gui.protocol.status import WarningLight, status1_for_lights
from smartbms_gui.views.battery_details import BatteryDetailsPage
from smartbms_gui.views.pack_cells import LinkBreakWatch
from smartbms_gui.views.widgets.cell_grid import STATE_OK, STATE_OUT


@pytest.fixture
def details(qtbot, live):
    page = BatteryDetailsPage(LiveOnlyBridge(live))
    page.resize(1216, 690)
    qtbot.addWidget(page)
    return page


def tile(page, number):
    return page.grid.cells[number - 1]


@pytest.mark.parametrize("item_gap_s", [0.0, 0.05],
                         ids=["one notification", "records in several notifications"])
def test_255_cells_one_over_vmax_is_named_and_red_with_the_very_next_v_record(details, live, clock, qtbot,
                                                                               item_gap_s):
    details.show()
    qtbot.waitExposed(details)
    sim = SimStream(live, clock, cells=255, item_gap_s=item_gap_s)
    sim.full_round()
    details.refresh_now()
    assert details.lit_lights() == set()
    assert tile(details, 200).state == STATE_OK
    vmax = sim.battery.setting("vmax_v")

    sim.battery.faults.inject("cell_over_voltage", cell=200)
    sim.message()
    assert 200 not in sim.cells_in_last_message()  # its own C record is ~25 messages away
    details.refresh_now()

    assert live.get("highest_cell") == 200
    assert details.lit_lights() == {"VH"}
    assert details.grid.highest == 200
    assert "▲ highest #200 3.750 V" in details.summary.text().replace("\xa0", " ")
    red = tile(details, 200)
    assert red.state == STATE_OUT and red.volt_out and red.voltage_v == pytest.approx(vmax + 0.10, abs=0.003)
    assert red.from_bms and not red.stale
    assert [t.number for t in details.grid.cells if t.state == STATE_OUT] == [200]
    summary = details.summary.text().replace("\xa0", " ")
    assert "V record" not in summary  # the user's words, not the protocol's
    spread = (vmax + 0.10 - live.get("lowest_cell_v")) * 1000
    assert f"spread {spread:.0f} mV" in details.summary.text().replace("\xa0", " ")
    # the red tile of a large pack is brought on screen
    rect = details.grid.tile_rect(199)
    top = details.scroll.verticalScrollBar().value()
    assert top <= rect.top() and rect.bottom() <= top + details.scroll.viewport().height()


def test_a_cell_value_the_v_record_has_overtaken_is_marked_out_of_date(details, live, clock):
    sim = SimStream(live, clock, cells=255)
    sim.full_round()
    sim.battery.faults.inject("cell_over_voltage", cell=5)
    sim.full_round()  # cell 5's own record now says 3.75 V too
    details.refresh_now()
    assert tile(details, 5).state == STATE_OUT
    sim.battery.faults.clear("cell_over_voltage")
    sim.message()
    details.refresh_now()
    assert live.get("highest_cell") != 5
    old = tile(details, 5)
    assert old.superseded and old.stale  # greyed: the BMS says no cell is that high any more
    assert details.grid.highest == live.get("highest_cell")
    assert details.grid.tile_word(old) == "old"  # a recent value, overtaken: not "no data"
    assert "Out of date" in details.grid.describe(old)
    assert "have reported recently" not in details.explain_body.text()  # it did report, a moment ago


def test_an_overtaken_value_that_is_no_longer_recent_says_no_data(details, live, clock):
    sim = SimStream(live, clock, cells=255)
    sim.full_round()
    sim.battery.faults.inject("cell_over_voltage", cell=5)
    sim.full_round()
    sim.battery.faults.clear("cell_over_voltage")
    sim.message()
    details.refresh_now()
    assert tile(details, 5).superseded
    clock.t += live.stale_after_s + 1  # then nothing more comes: every value is old
    details.refresh_now()
    old = tile(details, 5)
    assert old.stale and not old.superseded
    assert {details.grid.tile_word(t) for t in details.grid.cells} == {"no data"}


def test_t_record_temperature_reaches_the_named_cell_before_its_own_record(details, live, clock):
    sim = SimStream(live, clock, cells=255)
    sim.full_round()
    sim.battery.faults.inject("temperature_high", cell=130)
    sim.message()
    assert 130 not in sim.cells_in_last_message()
    details.refresh_now()
    hot = tile(details, 130)
    assert details.lit_lights() == {"TH"}
    assert hot.temp_out and hot.state == STATE_OUT and not hot.volt_out
    assert "…" in details.summary.text() and "+" in details.summary.text()
    assert details.pack.extremes.temp_highest == 130 and details.pack.extremes.temp_source == "bms"


def test_broken_cell_link_is_named_within_a_few_messages(details, live, clock):
    sim = SimStream(live, clock, cells=16)
    sim.full_round()
    details.refresh_now()
    sim.battery.faults.inject("cell_link_broken", after_cell=10)
    named_after = None
    for n in range(1, 6):
        sim.message()
        details.refresh_now()
        if details.pack.break_after is not None:
            named_after = n
            break
    assert named_after is not None and named_after <= 3, named_after
    assert details.pack.break_after == 10
    assert details.pack.silent == [11, 12, 13, 14, 15, 16]
    assert "Cells after #010 have stopped reporting (#011–#016)" in details.explain_body.text()
    silent = [tile(details, n) for n in range(11, 17)]
    assert all(t.stale and t.silent for t in silent)
    assert {details.grid.tile_word(t) for t in silent} == {"no data"}
    assert details.grid.lowest <= 10 and details.grid.highest <= 10  # a silent cell is never picked
    # after 45 s it is still named, and still never picked
    sim.messages(45)
    details.refresh_now()
    assert details.pack.break_after == 10 and details.grid.highest <= 10 and details.grid.lowest <= 10
    # repaired: the first report from beyond the break clears it
    sim.battery.faults.clear("cell_link_broken")
    sim.full_round()
    details.refresh_now()
    assert details.pack.break_after is None and not any(t.stale for t in details.grid.cells)


def test_255_cells_break_in_the_middle_of_the_rotation(details, live, clock):
    sim = SimStream(live, clock, cells=255)
    sim.full_round()
    sim.messages(6)  # the rotation is at about cell 50
    sim.battery.faults.inject("cell_link_broken", after_cell=100)
    for _ in range(20):
        sim.message()
        details.refresh_now()
        if details.pack.break_after is not None:
            break
    assert details.pack.break_after == 100
    assert details.pack.silent[0] == 101 and details.pack.silent[-1] == 255


def _cells(watch, times):
    class Cell:
        def __init__(self, index, t):
            self.index, self.updated_at = index, t
    return watch.update([Cell(i + 1, t) for i, t in enumerate(times)], True)


def test_a_normal_rotation_never_names_a_break():
    """E lit for another reason while every cell keeps reporting: no cell is called silent."""
    for start in range(1, 17):
        watch = LinkBreakWatch()
        times = [0.0] * 16
        assert _cells(watch, times) is None
        pointer, t = start, 0.0
        for _ in range(12):
            t += 1.0
            for _ in range(8):
                times[pointer - 1] = t
                pointer = pointer % 16 + 1
            assert _cells(watch, times) is None, (start, t)


def test_summary_before_any_cell_uses_the_v_record(details, live):
    status = status1_for_lights({WarningLight.VH: True}, charge_allowed=False, load_allowed=True)
    live.update_settings({"vmin_v": 2.9, "vmax_v": 3.65})
    live.apply(stream.CellExtremesRecord(3.30, 4, 3.75, 9, 3.5))
    live.apply(stream.CellRecord(1, 16, 3.31, 22.0, status, None))
    details.refresh_now()
    assert details.grid.highest == 9 and details.grid.cells[8].state == STATE_OUT
    assert "#009" in details.summary.text().replace("\xa0", " ")


def test_the_cell_logic_needs_no_qt():
    code = ("import sys, smartbms_gui.views.pack_cells; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
