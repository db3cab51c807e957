"""`Recorder.attach(session)` on a real session to the simulator: what was recorded replays into
exactly the records the session delivered, across a dropped link and its reconnect."""

from __future__ import annotations

import asyncio

from smartbms_gui.device.plausibility import filter_items
from smartbms_gui.device.recording import EventKind, Recorder, RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport

FAST = dict(wake_wait_s=0.02, timeout_s=0.4, retries=2, keepalive_s=0.1, backoff_initial_s=0.2,
            backoff_max_s=0.5, jitter=0.0)


async def test_attached_recorder_replays_what_the_session_delivered(tmp_path):
    battery = SimulatedBattery(cells=16, seed=5)
    peer = AsciiPeer(battery)
    runner = SimulatorRunner(battery, speed=1.0, tick_s=0.02)
    runner.attach(peer)
    task = asyncio.get_running_loop().create_task(runner.run())
    links = []

    def link():
        links.append(LoopbackTransport(peer, chunk_size=20))
        return links[-1]

    delivered = []
    session = DeviceSession(link, pin="1234", on_item=lambda item, t: delivered.append(item),
                            **FAST)
    recorder = Recorder(tmp_path, description="Simulator")
    recorder.attach(session)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        await asyncio.sleep(1.0)
        battery.override_cell(3, voltage_v=3.70)  # above V max: a warning light and the charge relay
        await asyncio.sleep(1.0)
        links[-1].drop()
        await session.wait_for(lambda s: s.phase is Phase.STREAMING, 5)
        await asyncio.sleep(1.0)
        await session.close()
    finally:
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)
        recorder.close()
    assert recorder.warnings == []
    # the session holds back implausible records (device/plausibility.py), afresh on each connection: so
    # does this replay (the recording's connection events reset it)
    entries = decode_items(recorder.path, include_events=True)
    replayed = [item for item, _t in filter_items((item, t) for t, item in entries)]
    assert len(delivered) > 50
    assert replayed == delivered
    reader = RecordingReader(recorder.path)
    kinds = [e.kind for e in reader.events()]
    assert kinds.count(EventKind.CONNECTED.value) == 1
    assert EventKind.DISCONNECTED.value in kinds and EventKind.RECONNECT.value in kinds
    texts = [e.text for e in reader.events() if e.kind == EventKind.WARNING_LIGHT.value]
    assert "Warning Vh on" in texts
    assert any(e.kind == EventKind.RELAY.value for e in reader.events())
    raw = b"".join(e.data for e in reader.entries() if e.is_bytes)
    assert b"PW1234" not in raw  # the PIN never reaches the disk
