"""Disconnect, then Connect again to the simulator: the same simulated battery, which like a real BMS
kept its PIN, its settings and its charge meanwhile. A changed PIN used to fail the next connection
("wrong PIN", with advice to press the OUT board's button) because every connect made a new battery."""

from __future__ import annotations

import pytest
from test_main_window_simulator import FAST

from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge


async def test_pin_and_settings_survive_a_reconnect(qtbot, tmp_path):
    bridge = DeviceBridge(recordings_folder=tmp_path / "rec", **FAST)
    try:
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        battery = bridge.battery
        results = await bridge.apply_settings({"solar_peak_w": 2500.0, "pin": "4321"})
        assert all(r.ok for r in results), [r.message for r in results]
        await bridge.disconnect()
        await bridge.connect_simulator(cells=8, pin="4321")
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        assert bridge.battery is battery
        assert bridge.live.settings["solar_peak_w"] == pytest.approx(2500.0)
        assert bridge.runner.running
        # another pack (other cells): a new battery, with the factory PIN
        await bridge.disconnect()
        await bridge.connect_simulator(cells=12)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        assert bridge.battery is not battery and bridge.battery.cell_count == 12
    finally:
        await bridge.disconnect()


async def test_the_simulator_page_resets_a_forgotten_pin_as_the_bluetooth_button_does(qtbot, tmp_path):
    from smartbms_gui.views.simulator_panel import SimulatorPanel

    bridge = DeviceBridge(recordings_folder=tmp_path / "rec", **FAST)
    try:
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        results = await bridge.apply_settings({"pin": "9876"})
        assert all(r.ok for r in results)
        await bridge.disconnect()
        await bridge.connect_simulator(cells=8)  # the factory PIN: refused now
        assert (await bridge.wait_streaming(10)).phase is Phase.FAILED
        panel = SimulatorPanel(bridge.simulator.battery, runner=bridge.simulator.runner)
        qtbot.addWidget(panel)
        panel.pin_reset.click()
        assert bridge.simulator.battery.check_pin("1234") and not bridge.simulator.battery.check_pin("9876")
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    finally:
        await bridge.disconnect()
