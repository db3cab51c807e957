"""Overview and battery details show what the LiveState holds, fed through real stream bytes and frames."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from views_rig import LiveOnlyBridge, feed_frames, feed_records

from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.status import WarningLight, status1_for_lights
from smartbms_gui.views.battery_details import BatteryDetailsPage
from smartbms_gui.views.overview import OverviewPage
from smartbms_gui.views.widgets.cell_grid import STATE_BALANCING, STATE_OK, STATE_OUT, STATE_UNKNOWN, CellGrid

ALL_CLEAR = status1_for_lights({}, charge_allowed=True, load_allowed=True)


def pack_records(solar=8.0, battery=3.0, load=5.0, soc=61):
    return [
        stream.PackRecord(53.2, solar, battery, load),
        stream.EnergyRecord(1200.0, 2280.0, 400.0, soc),
        stream.TotalsRecord(345.0, 210.0, "12:34"),
    ]


def cell_records(voltages, temps=None, status1=ALL_CLEAR):
    n = len(voltages)
    temps = temps or [22.0] * n
    return [stream.CellRecord(i + 1, n, v, t, status1, None) for i, (v, t) in enumerate(zip(voltages, temps))]


@pytest.fixture
def overview(qtbot, live):
    page = OverviewPage(LiveOnlyBridge(live))
    qtbot.addWidget(page)
    return page


def test_overview_shows_solar_battery_load_and_the_flow_direction(overview, live):
    feed_records(live, pack_records(solar=8.0, battery=-3.0, load=11.0))
    overview.refresh_now()
    assert overview.tile_text("solar_current") == "+8.0 A"
    assert overview.tile_text("pack_voltage") == "53.20 V"
    assert overview.tile_text("solar_power") == "+426 W"
    assert overview.tile_text("stored") == "2.28 kWh"
    assert overview.tile_text("load_today") == "400 Wh"
    assert overview.tile_text("load_total") == "210 kWh"  # the M record counts whole kWh
    assert overview.gauge.value() == 61
    assert overview.solar_arrow.direction == 1  # into the battery
    assert overview.load_arrow.direction == 1  # out to the load
    assert "Discharging" in overview.direction.text()
    feed_records(live, pack_records(solar=-0.0, battery=4.0, load=-2.0))
    overview.refresh_now()
    assert overview.solar_arrow.direction == 0
    assert overview.load_arrow.direction == -1  # e.g. an inverter/charger feeding back
    assert "Charging" in overview.direction.text()


def test_overview_relays_follow_status1(overview, live):
    status = status1_for_lights({}, charge_allowed=False, load_allowed=True)
    feed_records(live, cell_records([3.3, 3.3, 3.3, 3.3], status1=status))
    overview.refresh_now()
    assert overview.charge_relay.text().startswith("Off")  # with its reason (device/relay_reasons.py)
    assert overview.load_relay.text() == "On: discharging allowed"


def test_old_values_are_greyed_with_their_age(overview, live, clock):
    feed_records(live, pack_records())
    overview.refresh_now()
    assert not overview.tiles["solar_current"].is_stale()
    clock.t += 42
    overview.refresh_now()
    tile = overview.tiles["solar_current"]
    assert tile.is_stale()
    assert "42 s" in tile._age.text()
    assert "42 s" in overview.stale_note.text()
    assert overview.solar_arrow.stale


@pytest.fixture
def details(qtbot, live):
    page = BatteryDetailsPage(LiveOnlyBridge(live))
    page.resize(1200, 700)
    qtbot.addWidget(page)
    return page


def test_four_cells_colour_state_extremes_and_spread(details, live):
    live.update_settings({"vmin_v": 2.9, "vmax_v": 3.65, "tmin_charge_c": 2.0, "tmax_c": 55.0})
    feed_records(live, [stream.CellExtremesRecord(3.20, 1, 3.70, 3, 3.5)])
    feed_records(live, cell_records([3.20, 3.40, 3.70, 3.55]))
    details.refresh_now()
    states = [t.state for t in details.grid.cells]
    assert states == [STATE_OK, STATE_OK, STATE_OUT, STATE_BALANCING]
    assert (details.grid.lowest, details.grid.highest) == (1, 3)
    summary = details.summary.text()
    assert "spread 500 mV" in summary.replace("\xa0", " ")
    assert "#001" in summary and "#003" in summary
    # a narrow window wraps the summary between its parts only, never between a number and its unit
    assert " " not in summary.replace("   ", "") and summary.count("   ") == 3
    assert details.received.text() == "4 cells"
    # the state is told by a word too, not only by colour
    assert details.grid.state_word(STATE_OUT) != details.grid.state_word(STATE_OK)
    assert "balancing" in details.grid.describe(details.grid.cells[3]).lower()


def test_lit_warning_light_is_explained(details, live):
    status = status1_for_lights({WarningLight.E: True, WarningLight.TH: True}, charge_allowed=False,
                                load_allowed=False)
    feed_records(live, cell_records([3.3, 3.3], status1=status))
    details.refresh_now()
    assert details.lit_lights() == {"E", "TH"}
    text = details.explain_body.text()
    assert "LEDs" in text  # E: where the LEDs stop flashing
    assert "balancing" in text  # Th: a balancing board reads warm
    assert "Vh" not in text


def _frame(cell, count, volts=3.3):
    return Frame.build(pack_voltage_v=volts * count, charge_current_a=1.0, discharge_current_a=0.5,
                       battery_current_a=0.5, lowest_cell_v=3.29, lowest_cell=1, highest_cell_v=3.31,
                       highest_cell=2, lowest_temp_c=20, lowest_temp_cell=1, highest_temp_c=22,
                       highest_temp_cell=2, cell=cell, cell_count=count, cell_voltage_v=volts,
                       cell_temperature_c=21, status1=ALL_CLEAR, solar_today_wh=10, stored_wh=1000,
                       consumed_today_wh=5, soc_pct=50, solar_total_kwh=1, consumed_total_kwh=1, key=0,
                       key_value=98, capacity_kwh=10, vmin_v=2.9, vmax_v=3.65, vbypass_v=3.5)


def test_255_cells_one_per_frame_show_cells_received(details, live):
    feed_frames(live, [_frame(c, 255) for c in range(1, 41)])
    details.refresh_now()
    assert details.received.text() == "Cells received 40/255"
    tiles = details.grid.cells
    assert len(tiles) == 255
    assert tiles[39].state == STATE_OK and tiles[40].state == STATE_UNKNOWN
    # one painted widget, no widget per cell
    assert details.grid.findChildren(QWidget) == []


def test_cell_grid_reflows_and_finds_cells(details, live, qtbot):
    feed_records(live, cell_records([3.3] * 255))
    details.refresh_now()
    grid = CellGrid()  # on its own, so that its width is the test's to set
    qtbot.addWidget(grid)
    grid.set_cells(details.grid.cells, details.grid.lowest, details.grid.highest)
    for width in (700, 1100, 1800):
        grid.resize(width, grid.heightForWidth(width))
        cols = grid.columns()
        assert cols * grid.tile_rect(0).width() <= width
        last = grid.tile_rect(254)
        assert last.bottom() <= grid.heightForWidth(width)
        for i in (0, 17, 254):
            assert grid.index_at(grid.tile_rect(i).center().x(), grid.tile_rect(i).center().y()) == i
    narrow_cols = None
    grid.resize(700, 100)
    narrow_cols = grid.columns()
    grid.resize(1800, 100)
    assert grid.columns() > narrow_cols
    details.set_heatmap(True)
    assert details.grid.mode == "heatmap" and details.heatmap_button.isChecked()
    grid.set_mode("heatmap")
    grid.set_fit_height(560)  # the cells' share of a 1366x768 window
    assert grid.heightForWidth(900) <= 560  # the whole 255-cell pack fits on a laptop screen


def test_units_switch_to_fahrenheit(details, live):
    feed_records(live, cell_records([3.3, 3.3], temps=[25.0, 25.0]))
    details.set_units("imperial")
    details.refresh_now()
    assert "°F" in details.summary.text().replace("\xa0", " ")
