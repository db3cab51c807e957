"""The overview's relay rows give each state its reason and colour it by whether it is a fault:
a full pack is a note, a lit light is red (on the simulator's own relay algorithm)."""

from __future__ import annotations

from test_main_window_simulator import connect_sim, until, window  # noqa: F401 - the fixture

from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.status import WarningLight


async def test_a_full_pack_is_a_note_and_a_hot_cell_a_fault(window):  # noqa: F811
    assert (await connect_sim(window)).phase is Phase.STREAMING
    bridge, overview = window.bridge, window.overview
    battery = bridge.battery
    battery.override_cells(voltages_v=[battery.vbypass_v + 0.02] * battery.cell_count)
    await until(lambda: bridge.live.charge_allowed is False and not any(bridge.live.lights.values())
                and (bridge.live.get("lowest_cell_v") or 0) >= battery.vbypass_v, timeout=8, what="pack full")
    overview.refresh_now()
    text = overview.charge_relay.text()
    assert text.startswith("Off: pack full, all cells at V bypass") and "charge restart" in text
    assert overview.charge_relay.icon_name() == "ring"  # a note, not the red cross of a fault
    assert overview.load_relay.text() == "On: discharging allowed"
    assert overview.load_relay.icon_name() == "check"
    battery.override_cells(temperatures_c=[70.0] * battery.cell_count)
    await until(lambda: bridge.live.lights[WarningLight.TH] and bridge.live.load_allowed is False, timeout=8,
                what="the Th light")
    overview.refresh_now()
    assert overview.charge_relay.icon_name() == "cross" and "Th light" in overview.charge_relay.text()
    assert overview.load_relay.icon_name() == "cross" and "above T max" in overview.load_relay.text()
    # the link gone: the relays' last known states are greyed and say so, as the lights' line does
    await window.bridge.disconnect()
    overview.refresh_now()
    assert overview.load_relay.is_stale() and overview.load_relay.text().endswith("(last known)")
    assert "above T max" in overview.load_relay.text()
    assert overview.lights_note.text().endswith("(last known)")
