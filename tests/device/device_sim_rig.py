"""Fixtures for the device layer: a running simulated battery behind an in-process link."""

import asyncio

from sim_fakes import RefusingPeer

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport


class Sim:
    """A simulated battery, its ASCII peer and a running runner; `link()` makes fresh links."""

    def __init__(self, generation, *, speed=1.0, refuse=(), peer_class=None, **peer_options):
        self.generation = Generation(generation)
        self.battery = SimulatedBattery(cells=16, generation=self.generation, seed=1)
        if peer_class is None:
            self.peer = RefusingPeer(self.battery, self.generation, refuse=refuse, **peer_options)
        else:
            self.peer = peer_class(self.battery, self.generation, **peer_options)
        self.runner = SimulatorRunner(self.battery, speed=speed, tick_s=0.02)
        self.runner.attach(self.peer)
        self.links: list[LoopbackTransport] = []
        self.task = None

    def link(self, chunk_size=20):
        transport = LoopbackTransport(self.peer, chunk_size=chunk_size)
        self.links.append(transport)
        return transport

    @property
    def sent(self) -> list[bytes]:
        return [data for link in self.links for data in link.sent]

    async def start(self):
        self.task = asyncio.get_running_loop().create_task(self.runner.run())
        return self

    async def stop(self):
        self.runner.stop()
        if self.task is not None:
            await asyncio.gather(self.task, return_exceptions=True)


FAST = {"wake_wait_s": 0.02, "timeout_s": 0.4, "write_timeout_s": 0.6, "late_answer_s": 0.3, "retries": 2,
        "keepalive_s": 0.1, "backoff_initial_s": 0.1, "backoff_max_s": 0.5, "jitter": 0.0}


async def until(predicate, timeout: float = 5.0, what: str = "condition") -> None:
    """Wait until `predicate()` holds (poll every 20 ms); fail after `timeout` s. No fixed sleeps."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.02)
