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


class _Peer:
    """A peer the test speaks for: what it outputs goes to the link at once."""

    def __init__(self):
        self.on_output = None

    def receive(self, data: bytes) -> None:
        pass


async def test_a_burst_of_output_arrives_in_one_loop_turn_in_order_and_a_drop_stops_the_rest():
    peer = _Peer()
    link = LoopbackTransport(peer, chunk_size=4)
    turns, pieces = [], []
    await link.open()
    link.add_receiver(lambda data, t: pieces.append(data))
    loop = asyncio.get_running_loop()
    scheduled = []
    real_call_soon = loop.call_soon

    def counting_call_soon(callback, *args, **kwargs):
        scheduled.append(callback)
        return real_call_soon(callback, *args, **kwargs)

    loop.call_soon = counting_call_soon  # type: ignore[method-assign]
    try:
        for record in (b"C_01_10\r", b"C_02_11\r", b"U_2990\r"):  # one stream message, record by record
            peer.on_output(record)
        assert pieces == []  # never inside the peer's write
        turns.append(len([c for c in scheduled if getattr(c, "__self__", None) is link]))
    finally:
        del loop.call_soon
    await asyncio.sleep(0)
    assert turns == [1]  # one callback for the burst, not one per piece
    assert pieces == [b"C_01", b"_10\r", b"C_02", b"_11\r", b"U_29", b"90\r"]

    # a receiver that drops the link part-way: nothing after it is delivered
    pieces.clear()
    link.add_receiver(lambda data, t: link.drop() if data == b"B_02" else None)
    peer.on_output(b"A_01B_02C_03")
    await asyncio.sleep(0)
    assert pieces == [b"A_01", b"B_02"]


async def test_output_pending_at_close_is_never_delivered():
    peer = _Peer()
    link = LoopbackTransport(peer)
    pieces = []
    link.add_receiver(lambda data, t: pieces.append(data))
    await link.open()
    peer.on_output(b"V@\r")
    await link.close()
    await asyncio.sleep(0.01)
    assert pieces == []
