"""A simulated battery with a live session for the publishing tests (the same parts as `smartbms
publish --simulator`: the simulator's ASCII peer behind a loopback link, a `DeviceSession`, a
`LiveState`)."""

from __future__ import annotations

import asyncio

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport


class SimPack:
    def __init__(self, *, cells: int = 16, seed: int = 0) -> None:
        self.battery = SimulatedBattery(cells=cells, seed=seed, generation=Generation.GEN2)
        self.peer = AsciiPeer(self.battery, Generation.GEN2)
        self.runner = SimulatorRunner(self.battery, speed=1.0)
        self.runner.attach(self.peer)
        self.live = LiveState(generation=Generation.GEN2)
        self.session = DeviceSession(lambda: LoopbackTransport(self.peer, self.runner, "Simulator"),
                                     str(params.parameter("pin").default), Generation.GEN2, live=self.live,
                                     wake_wait_s=0.02)

    async def __aenter__(self) -> SimPack:
        from smartbms_gui.device.state import Phase

        self.session.start()
        await self.session.wait_for(lambda s: s.phase is Phase.STREAMING, 15.0)
        await until(lambda: self.live.get("pack_voltage_v") is not None and self.live.get("soc_pct") is not None
                    and self.live.charge_allowed is not None, what="the first values")
        return self

    async def __aexit__(self, *exc) -> None:
        await self.session.close()


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.02)
