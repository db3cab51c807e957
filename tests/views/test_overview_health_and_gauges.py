"""Overview: the health & counters box, the power gauges scaled by the peak settings, "unknown" when
nothing is known, whole-kWh totals and the user's decimal sign. Fed with literal stream text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from views_rig import LiveOnlyBridge

from smartbms_gui.protocol import stream
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.overview import OverviewPage, format_kwh
from smartbms_gui.views.widgets import colors

# Literal records (docs/protocol.md §3.3 field layout): SoH 0x5F = 95 %, measured capacity 0x1388 =
# 5000 Wh, efficiency 0x5E = 94 %, charge cycles 0x2710 / 100 = 100; charged total 0x64 = 100 kWh,
# discharged total 0x5A = 90 kWh, today 0x0BB8 / 1000 = 3.0 kWh; clock 0C:1E = 12:30.
HEALTH = "H_5F_1388_1450_5E_2710_2648"
BALANCE = "B_0064_005A_0BB8_07D0"
TOTALS = "M_0159_0000_0C:1E"  # solar total 0x159 = 345 kWh, consumed total 0
PACK = "U_2990_+0040_+0018_+0058"  # 53.20 V; solar 8.0 A, battery 3.0 A, load 11.0 A (Gen2, × 0.125 A)
ENERGY = "E_0110_08E8_0190_3D"  # solar today 272 Wh, stored 2280 Wh, consumed today 400 Wh, SoC 61 %
# status1 0x83: charge + discharge allowed, bit 7 SoC not calibrated; status2 0x32: bit 1 early
# warning, bit 4 relay 1 closed, bit 5 relay 2 closed (Gen3's sixth C field)
CELL_GEN3 = "C_01_10_02A0_0130_83_32"
CELL_GEN2 = "C_01_10_02A0_0130_03"  # no status2; SoC calibrated




def feed_text(live, *lines, generation=Generation.GEN2):
    decoder = stream.StreamDecoder(generation)
    items = decoder.feed(("\r".join(lines) + "\r").encode("ascii"))
    assert decoder.dropped == 0, decoder.last_error
    for item in items:
        live.apply(item)


@pytest.fixture
def overview(qtbot, live):
    page = OverviewPage(LiveOnlyBridge(live))
    qtbot.addWidget(page)
    return page


def test_health_values_and_counters_are_shown_as_the_battery_reports_them(overview, live):
    feed_text(live, HEALTH, BALANCE, TOTALS, CELL_GEN3, generation=Generation.GEN3)
    overview.refresh_now()
    assert overview.health_text("soh") == "95 %"
    assert overview.health_text("charge_cycles") == "100.0"
    assert overview.health_text("discharge_cycles") == "98.0"
    assert overview.health_text("efficiency") == "94 %"
    assert overview.health_text("measured_capacity") == "5.00 kWh"
    assert overview.health_text("charged_total") == "100 kWh"
    assert overview.health_text("discharged_total") == "90 kWh"
    assert overview.health_text("charged_today") == "3.00 kWh"
    assert overview.health_text("discharged_today") == "2.00 kWh"
    assert overview.health_text("clock") == "12:30"
    assert overview.health_text("firmware") == "not reported"  # the ASCII stream does not carry it
    assert overview.health_text("soc_calibration").startswith("Not calibrated yet")
    assert overview.health["soc_calibration"].icon_name() == "warning"
    assert overview.health_text("early_warning") == "On"
    assert overview.health["early_warning"].icon_name() == "warning"
    assert overview.health_text("relay1") == "Closed" and overview.health_text("relay2") == "Closed"
    assert not overview.health["soh"].is_stale()


def test_a_gen2_battery_without_status2_shows_not_reported_rather_than_a_guess(overview, live):
    feed_text(live, CELL_GEN2, HEALTH)
    overview.refresh_now()
    assert overview.health_text("soc_calibration") == "Calibrated"
    assert overview.health["soc_calibration"].icon_name() == ""
    for key in ("early_warning", "relay1", "relay2", "charged_total", "clock"):
        assert overview.health_text(key) == "not reported", key
        assert overview.health[key].is_stale()  # greyed: no value behind it
    feed_text(live, "H_FF_X_X_X_X_X")  # SoH 255 = not available: the value goes, it is not shown as 255 %
    overview.refresh_now()
    assert overview.health_text("soh") == "not reported"


def test_nothing_received_is_unknown_not_all_clear(overview, live):
    live.set_link(False)
    overview.refresh_now()
    assert "No warning lights" not in overview.lights_note.text()
    assert "unknown" in overview.lights_note.text() and overview.lights_note.is_stale()
    assert overview.charge_relay.text() == "unknown" and overview.charge_relay.is_stale()
    assert overview.health_text("soh") == "–"
    live.set_link(True)
    overview.refresh_now()
    assert "waiting for the first cell data" in overview.lights_note.text()


def test_lights_and_relays_after_a_disconnect_are_the_last_known_state_greyed(overview, live):
    feed_text(live, CELL_GEN2, PACK)
    overview.refresh_now()
    assert overview.direction.text() == "Charging" and overview.direction.icon_name() == "arrow-up"
    assert not overview.direction.is_stale()
    assert overview.lights_note.text() == "No warning lights on"
    assert overview.lights_note.icon_name() == "check" and not overview.lights_note.is_stale()
    assert overview.charge_relay.icon_name() == "check"
    live.set_link(False)
    overview.refresh_now()
    assert overview.lights_note.text() == "No warning lights on (last known)"
    assert overview.lights_note.is_stale() and overview.charge_relay.is_stale()
    assert overview.direction.is_stale()  # the last known direction, greyed like every other value


def test_power_gauges_are_scaled_by_the_peak_power_settings(overview, live):
    feed_text(live, PACK, ENERGY)
    overview.refresh_now()
    assert overview.solar_gauge.fraction() is None  # no settings read: no scale is invented
    assert overview.solar_gauge.sub_text() == "peak power not known"
    assert overview.solar_gauge.text() == "426 W"  # 53.20 V × 8.0 A
    live.update_settings({"solar_peak_w": 2000.0, "inverter_peak_w": 500.0})
    overview.refresh_now()
    assert overview.solar_gauge.fraction() == pytest.approx(53.2 * 8.0 / 2000)
    assert overview.solar_gauge.sub_text() == "of 2.00 kW peak"
    assert overview.solar_gauge.active and not overview.solar_gauge.stale
    # 53.20 V × 11.0 A = 585 W against a 500 W inverter: full ring, said in words
    assert overview.load_gauge.fraction() == pytest.approx(53.2 * 11.0 / 500)
    assert overview.load_gauge.sub_text() == "above the 500 W peak"
    live.set_link(False)
    overview.refresh_now()
    assert overview.solar_gauge.stale and overview.load_gauge.stale


def test_totals_are_whole_kwh_as_the_bms_counts_them(overview, live):
    assert format_kwh(0) == "< 1 kWh" and format_kwh(345) == "345 kWh" and format_kwh(None) == "–"
    feed_text(live, PACK, ENERGY, TOTALS)
    overview.refresh_now()
    assert overview.tile_text("solar_total") == "345 kWh"
    assert overview.tile_text("load_total") == "< 1 kWh"  # next to "Today 400 Wh": no contradiction
    assert overview.tile_text("load_today") == "400 Wh"


def test_numbers_use_the_decimal_comma_in_german(qapp, overview, live):
    feed_text(live, PACK, ENERGY, HEALTH)
    try:
        i18n.install_translator(qapp, "de")
        overview.refresh_now()
        assert overview.tile_text("pack_voltage") == "53,20 V"
        assert overview.tile_text("stored") == "2,28 kWh"
        assert overview.tile_text("solar_current") == "+8,0 A"
        assert overview.health_text("measured_capacity") == "5,00 kWh"
    finally:
        i18n.install_translator(qapp, "en")
    overview.refresh_now()
    assert overview.tile_text("pack_voltage") == "53.20 V"


def test_a_health_mark_changes_only_when_its_state_does(qtbot):
    """Values arrive several times a second, mostly the same: a mark set to what it shows does nothing,
    and any change of text, style or staleness is shown."""
    from smartbms_gui.views import theme
    from smartbms_gui.views.widgets.status_mark import StatusMark

    mark = StatusMark()
    qtbot.addWidget(mark)
    assert mark.set_state(None, "–", stale=True) is True  # the first state is always applied
    assert mark.set_state(None, "–", stale=True) is False
    assert mark.set_state(None, "95 %") is True and mark.text() == "95 %" and not mark.is_stale()
    assert mark.set_state(None, "95 %") is False
    assert mark.set_state(theme.WARNING_STYLE, "95 %") is True and mark.icon_name() == theme.WARNING_STYLE.icon
    assert mark.set_state(theme.WARNING_STYLE, "95 %", stale=True) is True and mark.is_stale()


def test_coloured_and_greyed_values_use_their_palette_not_a_style_sheet_of_their_own(overview, live):
    """The Overview's values are coloured (state colours) and greyed (last known) through their palette:
    a widget with a style sheet of its own is polished and painted through Qt's style-sheet style,
    which cost the start about 9 ms over the dozens of values (docs/performance.md)."""
    feed_text(live, CELL_GEN2, PACK)
    overview.refresh_now()
    live.set_link(False)
    overview.refresh_now()
    greyed = overview.lights_note.label
    assert colors.text_colour(greyed) == colors.stale_text(overview.lights_note).name()
    assert greyed.palette().color(QPalette.ColorRole.WindowText).name() == colors.text_colour(greyed)
    styled = [label.objectName() or label.text() for label in overview.findChildren(QLabel) if label.styleSheet()]
    assert styled == []
