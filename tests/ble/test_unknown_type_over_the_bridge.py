"""A Gen3 module of a type number nobody knows, reached by an address typed in (`smartbms-gui --device`,
no advert to go by): the window connects with a provisional Gen2 and follows what the module's
services settle (Gen3): the live model, the current scale, the Gen3 settings and the recording all
switch, and a replay of the recording decodes the currents with the Gen3 scale too
(docs/protocol.md §1). From a scan, the advertised Nordic UART UUID already says Gen3."""

import asyncio

from ble_bumble_rig import BleRig, until

from smartbms_gui.device.recording import EventKind, RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.transport import ble, ble_bumble_backend
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def test_the_window_follows_the_generation_the_module_settles(qloop, monkeypatch, tmp_path):
    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    # The battery stands still (speed 0; the module streams all the same): its current, which the
    # simulation moves between 1.875 and 2.5 A from one second to the next, is then the one every
    # pack record carries, and the last one is compared with it below.
    rig = BleRig(3, serial=777, device_type=9, speed=0.0)
    rig.battery.step(1.0)  # a current that tells the two scales apart (0 A at the very start)
    ble_bumble_backend.set_default_radio(rig.radio)
    bridge = DeviceBridge(wake_wait_s=0.05, recordings_folder=tmp_path)
    found, items = [], []
    bridge.scanResult.connect(found.append)
    bridge.itemReceived.connect(items.append)

    async def scenario():
        await rig.start()
        await bridge.scan_ble(1.0)
        scanned = MainWindow.target_from_scan(found[0])
        assert scanned.generation == 3 and "unknown type 9" in scanned.name  # NUS advertised: Gen3
        await bridge.connect_ble(rig.module.address, None, "1234")  # typed in: nothing known
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        # A pack record that came after streaming began (the generation was settled by then). Not
        # "among the last 5 items": a message's other records follow its pack record within
        # milliseconds, so a 20 ms poll caught that moment only sometimes (4 runs in 10 failed).
        streaming_from = len(items)
        await until(lambda: any(isinstance(i, PackRecord) for i in items[streaming_from:]), timeout=10,
                    what="pack records")
        path = bridge.recorder.path
        await bridge.disconnect()
        return path

    try:
        path = qloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    finally:
        ble_bumble_backend.set_default_radio(None)
        qloop.run_until_complete(rig.stop())
    assert bridge.live.generation is Generation.GEN3
    assert "chemistry" in bridge.live.settings  # S3@ was read: the session knew it was Gen3 in time
    live_currents = [i.battery_current_a for i in items if isinstance(i, PackRecord)]
    expected = rig.battery.battery_current_a
    assert abs(expected) > 1.0  # a current large enough to tell the scales apart
    assert abs(live_currents[-1] - expected) < 0.3 * abs(expected)  # Gen3's 0.05 A, not Gen2's 0.125 A (×2.5)
    events = [e.kind for e in RecordingReader(path).events()]
    assert EventKind.GENERATION.value in events
    replayed = [i.battery_current_a for _t, i in decode_items(path) if isinstance(i, PackRecord)]
    assert replayed == live_currents  # the replay switched scale where the live link did
