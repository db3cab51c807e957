"""What is kept: a connection that never went live leaves no file; simulator recordings older than a
week are pruned; recordings of batteries are never touched."""

from __future__ import annotations

import asyncio
import os
import time

from smartbms_gui.device.recording import (
    Recorder,
    is_simulated,
    list_recordings,
    prune_simulator_recordings,
)
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport

FAST = dict(wake_wait_s=0.02, timeout_s=0.4, retries=1, keepalive_s=0.1, backoff_initial_s=0.2,
            backoff_max_s=0.5, jitter=0.0)


async def _session_to_simulator(tmp_path, pin: str):
    battery = SimulatedBattery(cells=4, seed=1)
    peer = AsciiPeer(battery)
    runner = SimulatorRunner(battery, speed=1.0, tick_s=0.02)
    runner.attach(peer)
    task = asyncio.get_running_loop().create_task(runner.run())
    session = DeviceSession(lambda: LoopbackTransport(peer, chunk_size=20), pin=pin, **FAST)
    recorder = Recorder(tmp_path, description="Simulator 4 cells", simulated=True)
    recorder.attach(session)
    try:
        state = await session.connect(5)
        await session.close()
    finally:
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)
    return recorder, state


async def test_a_connection_that_never_went_live_leaves_no_file(tmp_path):
    recorder, state = await _session_to_simulator(tmp_path, pin="9999")
    assert state.phase is Phase.FAILED and not recorder.went_live
    assert recorder.path.exists()  # the attempt was being recorded ...
    recorder.close(keep=recorder.went_live)
    assert list(tmp_path.iterdir()) == []  # ... and nothing of it stays, side files included


async def test_a_live_connection_is_kept_and_marked_simulated(tmp_path):
    recorder, state = await _session_to_simulator(tmp_path, pin="1234")
    assert state.phase is Phase.STREAMING and recorder.went_live
    recorder.close(keep=recorder.went_live)
    assert list_recordings(tmp_path) == [recorder.path]
    assert is_simulated(recorder.path)


def _recording(folder, description, *, simulated, age_days):
    with Recorder(folder, description=description, simulated=simulated) as recorder:
        recorder.record_bytes(b"U_2A30_X_+0010_-0004 ")
    stamp = time.time() - age_days * 86400
    os.utime(recorder.path, (stamp, stamp))
    return recorder.path


def test_only_old_simulator_recordings_are_pruned(tmp_path):
    old_sim = _recording(tmp_path, "Simulator 16 cells", simulated=True, age_days=8)
    new_sim = _recording(tmp_path, "Simulator 16 cells", simulated=True, age_days=1)
    old_battery = _recording(tmp_path, "BLE 123SmartBMS 03330", simulated=False, age_days=400)
    not_a_recording = tmp_path / "notes.smartbms-recording"
    not_a_recording.write_text("hand-written notes, not SQLite")
    os.utime(not_a_recording, (0, 0))
    removed = prune_simulator_recordings(tmp_path)
    assert removed == [old_sim]
    assert not old_sim.exists() and new_sim.exists() and old_battery.exists() and not_a_recording.exists()


async def _until(predicate, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


async def test_the_window_tidies_the_recordings_a_moment_after_its_first_picture_not_before(qapp, tmp_path):
    """The folder's listing runs on a worker thread but holds the interpreter: a bridge tidies it
    `housekeeping_delay_s` after a recording started (the window's first picture comes first). A
    disconnect before then leaves it to the next recording's start."""
    from smartbms_gui.views.device_bridge import HOUSEKEEPING_DELAY_S, DeviceBridge

    assert HOUSEKEEPING_DELAY_S >= 1.0
    old_sim = _recording(tmp_path, "Simulator 16 cells", simulated=True, age_days=8)
    bridge = DeviceBridge(cells=4, record=True, recordings_folder=tmp_path, **FAST)
    bridge.housekeeping_delay_s = 3600.0  # not within this test: "not yet" cannot depend on timing
    try:
        await bridge.connect_simulator()
        await _until(lambda: bridge.state.phase is Phase.STREAMING, "streaming")
        waiting = bridge._housekeeping_task
        assert waiting is not None and not waiting.done() and old_sim.exists()
        await bridge.disconnect()
        await _until(waiting.done, "the waiting tidy cancelled")
        assert waiting.cancelled() and old_sim.exists()

        bridge.housekeeping_delay_s = 0.0
        await bridge.connect_simulator()
        await _until(lambda: not old_sim.exists(), "the old simulator recording pruned")
        assert bridge.recorder is not None and bridge.recorder.path.exists()  # never the one being written
    finally:
        await bridge.disconnect()
