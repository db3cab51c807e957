"""The read-only serial wire through the same session: 58-byte frames from the simulator's frame peer."""

import asyncio

from device_sim_rig import until

from smartbms_gui.device.errors import LinkDown
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.base import Wire
from smartbms_gui.transport.loopback import LoopbackTransport


async def test_frames_feed_the_model_and_writes_are_refused():
    battery = SimulatedBattery(cells=4, seed=5)
    peer = FramePeer(battery)
    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    task = asyncio.get_running_loop().create_task(runner.run())
    links = []

    def factory():
        link = LoopbackTransport(peer, description="Serial (simulated)")
        links.append(link)
        return link

    frames = []
    live = LiveState()
    session = DeviceSession(factory, live=live, on_item=lambda item, t: frames.append(item))
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert links[0].wire is Wire.FRAME and not links[0].writable
        await until(lambda: len(frames) >= 2, what="two frames")
        assert all(isinstance(f, Frame) for f in frames)
        assert live.get("pack_voltage_v") == frames[-1].pack_voltage_v
        assert live.cell_count == 4
        results = await session.write_settings({"vmax_v": 3.6})
        assert not results[0].ok and isinstance(results[0].error, LinkDown)
        assert "read-only" in results[0].message
        assert links[0].sent == []  # nothing was ever written to the serial wire
    finally:
        await session.close()
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)
