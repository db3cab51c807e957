"""A virtual 123\\SmartBMS on bumble's in-process BLE link, and the app's virtual radio next to it."""

import asyncio

from bumble.link import LocalLink
from sim_fakes import RefusingPeer

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.ble_peripheral import VirtualSmartBms
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.ble import BleTransport
from smartbms_gui.transport.ble_bumble_backend import BumbleClient, BumbleScanner, VirtualRadio

BACKEND = (BumbleScanner, BumbleClient)
FAST = {"wake_wait_s": 0.05, "timeout_s": 0.5, "retries": 2, "backoff_initial_s": 0.2, "backoff_max_s": 1.0,
        "jitter": 0.0}


class BleRig:
    def __init__(self, generation, *, speed=1.0, refuse=(), serial=3330, link=None, **module_options):
        """`module_options` go to `VirtualSmartBms` (device_type, company_id, manufacturer_data, address…);
        `link`: share another rig's virtual air (two modules in range of one radio)."""
        self.generation = Generation(generation)
        self.battery = SimulatedBattery(cells=16, generation=self.generation, seed=2)
        self.peer = RefusingPeer(self.battery, self.generation, refuse=refuse)
        self.runner = SimulatorRunner(self.battery, speed=speed, tick_s=0.02)
        self.runner.attach(self.peer)
        self.link = link if link is not None else LocalLink()
        self.module = VirtualSmartBms(self.peer, self.generation, serial=serial, **module_options)
        self.radio = VirtualRadio(self.link)
        self.transports: list[BleTransport] = []
        self._task = None

    async def start(self):
        await self.module.start(self.link)
        self._task = asyncio.get_running_loop().create_task(self.runner.run())
        return self

    def transport(self, **options):
        """A transport to the module; `generation=None` leaves it to the GATT layout (unknown type)."""
        options = {"rts_wait_s": 0.05, "mode_wait_s": 0.05, "generation": self.generation, **options}
        t = BleTransport(self.module.address, serial=f"{self.module.serial:05d}",
                         backend=BACKEND, radio=self.radio, **options)
        self.transports.append(t)
        return t

    @property
    def writes_received(self) -> list[bytes]:
        """Write commands that reached the module (rx writes are whole commands: ≤ 20 bytes)."""
        text = b"".join(self.module.received)
        lines = (line.lstrip(b"$") for line in text.split(b"\r"))  # `$` flushes sit between commands
        return [line + b"\r" for line in lines if b"-" in line and line.endswith(b"!")]

    async def stop(self):
        for t in self.transports:
            await t.close()
        self.runner.stop()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
        await self.module.stop()
        await self.radio.close()


async def until(predicate, timeout: float = 5.0, what: str = "condition") -> None:
    """Wait until `predicate()` holds (poll every 20 ms); fail after `timeout` s. No fixed sleeps."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.02)
