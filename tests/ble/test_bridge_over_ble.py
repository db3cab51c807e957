"""The window's path: DeviceBridge scans and connects over BLE on the Qt loop (qasync), with the
bumble backend picked by $SMARTBMS_BLE_BACKEND as on a machine without Bluetooth hardware."""

import asyncio

from ble_bumble_rig import BleRig, until

from smartbms_gui.device.state import Phase
from smartbms_gui.transport import ble, ble_bumble_backend
from smartbms_gui.views.device_bridge import DeviceBridge


def test_bridge_scans_connects_streams_and_writes_over_ble(qloop, monkeypatch):
    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    rig = BleRig(3, serial=4242)
    ble_bumble_backend.set_default_radio(rig.radio)
    bridge = DeviceBridge(wake_wait_s=0.05)
    found, finished, phases, writes, errors = [], [], [], [], []
    bridge.scanResult.connect(found.append)
    bridge.scanFinished.connect(finished.append)
    bridge.stateChanged.connect(lambda s: phases.append(s.phase))
    bridge.writeFinished.connect(writes.append)
    bridge.errorRaised.connect(errors.append)
    items = []
    bridge.itemReceived.connect(items.append)

    async def scenario():
        # Everything runs inside one run_until_complete: the simulator's task must live as long as the test.
        await rig.start()
        await bridge.scan_ble(1.0)
        device = found[0]
        await bridge.connect_ble(device.address, int(device.generation), "1234", serial=device.serial)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        await until(lambda: bool(items), what="records through the bridge")
        await bridge.apply_settings({"vmax_v": 3.6})
        await bridge.disconnect()

    try:
        qloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        ble_bumble_backend.set_default_radio(None)
        qloop.run_until_complete(rig.stop())
    assert finished and finished[0][0].serial == "04242"
    assert found[0].generation == 3 and found[0].address == rig.module.address
    assert Phase.STREAMING in phases and phases[-1] is Phase.DISCONNECTED
    assert writes[0][0].ok
    assert bridge.live.settings["vmax_v"] == 3.6
    assert items, "no records"
    assert bridge.live.get("pack_voltage_v") is not None
    assert errors == []
    assert rig.module.connection is None  # released cleanly
