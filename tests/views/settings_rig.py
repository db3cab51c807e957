"""The Settings page on a real DeviceBridge, session and simulator peer, for the settings view tests.

`hardware_link` makes the loopback link report `is_hardware` the way a BLE link to a real BMS
does, so the device layer refuses UNKNOWN addresses exactly as it would on hardware, while the
simulator still answers. `frame_link` is the serial cable's data frame (the End/OUT board output).
"""

from __future__ import annotations

import asyncio
import contextlib

from test_main_window_simulator import FAST, until

from smartbms_gui.device.state import Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.settings_page import SettingsPage

__all__ = ["FAST", "PageRig", "until"]


class PageRig:
    """A SettingsPage wired to a bridge as the main window wires it (connection states in)."""

    def __init__(self, qtbot, **options) -> None:
        self.bridge = DeviceBridge(record=False, **{**FAST, **options})
        self.page = SettingsPage(self.bridge)
        qtbot.addWidget(self.page)
        self.bridge.stateChanged.connect(self.page.set_connection)
        self.page.resize(1366, 768)
        self.page.show()
        self.battery: SimulatedBattery | None = None
        self._runner: SimulatorRunner | None = None
        self._task: asyncio.Task | None = None

    async def simulator(self, *, cells: int = 16, generation: int = 2) -> SimulatedBattery:
        await self.bridge.connect_simulator(cells=cells, generation=generation)
        await self.bridge.wait_streaming(10)
        self.battery = self.bridge.battery
        await until(lambda: "vmax_v" in self.bridge.live.settings, what="the settings")
        return self.battery

    async def hardware_link(self, *, cells: int = 16) -> SimulatedBattery:
        """The simulator behind a link that says it is a real BMS."""
        battery = SimulatedBattery(cells=cells)
        peer = AsciiPeer(battery, battery.generation)
        self._start(battery, peer)

        def factory():
            transport = LoopbackTransport(peer, description="BLE 123SmartBMS (hardware-marked)")
            transport.is_hardware = True
            return transport

        await self.bridge.connect_transport(factory, pin="1234")
        await self.bridge.wait_streaming(10)
        await until(lambda: "vmax_v" in self.bridge.live.settings, what="the settings")
        return battery

    async def frame_link(self, *, cells: int = 16, speed: float = 40.0) -> SimulatedBattery:
        battery = SimulatedBattery(cells=cells)
        peer = FramePeer(battery)
        self._start(battery, peer, speed=speed)
        await self.bridge.connect_transport(lambda: LoopbackTransport(peer, description="Serial (simulated)"))
        await until(lambda: self.bridge.state.phase is Phase.STREAMING, timeout=8, what="streaming")
        return battery

    def _start(self, battery: SimulatedBattery, peer, *, speed: float = 1.0) -> None:
        self.battery = battery
        self._runner = SimulatorRunner(battery, speed=speed)
        self._runner.attach(peer)
        self._task = asyncio.get_running_loop().create_task(self._runner.run())

    async def close(self) -> None:
        await self.bridge.disconnect()
        if self._runner is not None:
            self._runner.stop()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.gather(self._task, return_exceptions=True)

    def type(self, name: str, text: str) -> None:
        """Type into a number's field as a person would (textEdited fires)."""
        field = self.page.editors[name].field
        field.setText(text)
        field.textEdited.emit(text)

    async def apply(self) -> None:
        page = self.page
        assert page.apply_button.isEnabled(), self.texts(page.issue_list)
        page.apply_button.click()
        await until(lambda: not page._writing, timeout=10, what="the write results")

    @staticmethod
    def texts(box) -> list[str]:
        return [box.item(i).text() for i in range(box.count())]
