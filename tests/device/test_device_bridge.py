"""DeviceBridge on the Qt loop through qasync, as the app runs it."""

import asyncio

from device_sim_rig import until

from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge


def test_bridge_connects_to_the_simulator_streams_writes_and_disconnects(qloop):
    bridge = DeviceBridge(wake_wait_s=0.02, keepalive_s=0.2)
    states, changes, items, settings, notices, writes, errors = [], [], [], [], [], [], []
    bridge.stateChanged.connect(states.append)
    bridge.liveChanged.connect(changes.append)
    bridge.itemReceived.connect(items.append)
    bridge.settingsChanged.connect(settings.append)
    bridge.noticeRaised.connect(notices.append)
    bridge.writeFinished.connect(writes.append)
    bridge.errorRaised.connect(errors.append)

    async def scenario():
        await bridge.connect_simulator(cells=8, generation=3, speed=5.0)
        state = await bridge.wait_streaming(5)
        assert state.phase is Phase.STREAMING
        assert bridge.battery is not None and bridge.battery.cell_count == 8
        await until(lambda: bool(items), what="records through the bridge")
        task = bridge.apply_settings({"vmax_v": 3.6})
        results = await task
        assert results[0].ok
        await bridge.disconnect()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 15))
    assert [s.phase for s in states][-1] is Phase.DISCONNECTED
    assert Phase.STREAMING in [s.phase for s in states]
    assert items and any("pack_voltage_v" in c for c in changes)
    assert settings and settings[-1]["vmax_v"] == 3.6
    assert notices and "1234" in notices[0]
    assert writes and writes[0][0].name == "vmax_v" and writes[0][0].ok
    assert bridge.battery is None and bridge.session is None
    assert errors == []
    assert bridge.live.settings["vmax_v"] == 3.6


def test_bridge_reports_writes_when_not_connected(qloop):
    bridge = DeviceBridge()
    writes = []
    bridge.writeFinished.connect(writes.append)

    async def scenario():
        return await bridge.apply_settings({"vmax_v": 3.6})

    results = qloop.run_until_complete(scenario())
    assert not results[0].ok and "Not connected" in results[0].message
    assert writes == [results]


def test_a_failing_task_is_reported_not_lost(qloop, monkeypatch):
    monkeypatch.setenv("SMARTBMS_BLE_BACKEND", "no-such-radio")
    bridge = DeviceBridge()
    errors = []
    bridge.errorRaised.connect(errors.append)

    async def scenario():
        task = bridge.scan_ble(0.1)
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.sleep(0)

    qloop.run_until_complete(scenario())
    assert len(errors) == 1
    assert "Bluetooth scan failed" in errors[0] and "no-such-radio" in errors[0]
    assert not bridge._tasks  # the finished task was released


def test_every_bridge_connection_is_recorded_and_replays_to_the_same_records(qloop, tmp_path):
    from smartbms_gui.device.plausibility import filter_items
    from smartbms_gui.device.recording import RecordingReader
    from smartbms_gui.device.replay import decode_items

    bridge = DeviceBridge(wake_wait_s=0.02, keepalive_s=0.2, recordings_folder=tmp_path)
    items, started = [], []
    bridge.itemReceived.connect(items.append)
    bridge.recordingStarted.connect(started.append)

    async def scenario():
        await bridge.connect_simulator(cells=4, generation=2, speed=5.0, pin="1234")
        assert (await bridge.wait_streaming(5)).phase is Phase.STREAMING
        await until(lambda: sum(type(i).__name__ == "CellRecord" for i in items) >= 8, what="cells")
        results = await bridge.apply_settings({"vmax_v": 3.6})
        assert results[0].ok
        await bridge.disconnect()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 15))
    assert len(started) == 1
    path = started[0]
    # the live link holds back implausible records (device/plausibility.py): so does this replay
    replayed = [item for item, _t in filter_items((item, t) for t, item in decode_items(path, include_events=True))]
    live = [i for i in items]
    # The recording holds every record the live link delivered, in order (it may hold a few
    # more that arrived after the last signal was handled, never fewer or others).
    assert replayed[: len(live)] == live
    with RecordingReader(path) as reader:
        entries = list(reader.entries())
    kinds = [e.kind for e in entries]
    assert "connected" in kinds
    written = [e.data.decode() for e in entries if e.kind == "settings_written"]
    assert written == ["vmax_v=3.6"]
    stored = b"".join(e.data for e in entries)
    assert b"PW****!" in stored and b"PW1234" not in stored  # the PIN is masked in what is stored


def test_a_pin_change_is_recorded_without_the_pin():
    from smartbms_gui.device.client import WriteResult
    from smartbms_gui.views.device_bridge import _event_text

    assert _event_text(WriteResult("pin", "4711", True, value="4711")) == "pin=****"
    assert _event_text(WriteResult("vmax_v", 3.6, True, value=3.6)) == "vmax_v=3.6"
