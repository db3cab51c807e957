"""The in-process simulator link itself."""

import asyncio

import pytest
from device_sim_rig import until

from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.base import LinkLost, TransportError, Wire
from smartbms_gui.transport.loopback import LoopbackTransport


async def test_runner_started_and_stopped_output_cut_like_ble_and_a_drop():
    battery = SimulatedBattery(cells=4, seed=1)
    peer = AsciiPeer(battery)
    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    link = LoopbackTransport(peer, runner, chunk_size=20)
    pieces, lost = [], []
    link.add_receiver(lambda data, t: pieces.append(data))
    link.set_lost_callback(lost.append)
    assert link.wire is Wire.ASCII and link.writable and not link.is_hardware
    await link.open()
    await until(lambda: runner.running, what="the runner")
    await link.write(b"V@\r$")
    await until(lambda: b"".join(pieces).count(b"\r") >= 2, what="echo and answer")
    assert b"".join(pieces).startswith(b"V@\r")
    assert all(len(p) <= 20 for p in pieces) and len(pieces) >= 2
    link.drop()
    link.drop()  # only once
    assert len(lost) == 1 and isinstance(lost[0], LinkLost)
    with pytest.raises(LinkLost):
        await link.write(b"$")
    count = len(pieces)
    await link.close()
    await asyncio.sleep(0.05)
    assert len(pieces) == count and not runner.running
    with pytest.raises(TransportError):
        await link.open()  # a dropped link is not reopened: the session makes a new one


async def test_frame_peer_link_is_read_only():
    link = LoopbackTransport(FramePeer(SimulatedBattery(cells=4)))
    assert link.wire is Wire.FRAME and not link.writable
    await link.open()
    with pytest.raises(TransportError):
        await link.write(b"V@\r")
    await link.close()
