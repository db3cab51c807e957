"""`smartbms-sim --ble` path: the virtual module in one place, the app's bumble radio reaching it over
HCI on TCP, selected by environment variables exactly as the app does without Bluetooth hardware."""

import asyncio
import socket

import pytest
from ble_bumble_rig import until

from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.ble_peripheral import serve_ble
from smartbms_gui.transport import ble, ble_bumble_backend


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def bumble_env(monkeypatch):
    port = free_port()
    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    monkeypatch.setenv(ble_bumble_backend.ENV_HCI, f"tcp-client:127.0.0.1:{port}")
    ble_bumble_backend.set_default_radio(None)
    yield port
    ble_bumble_backend.set_default_radio(None)


async def test_app_reaches_served_module_through_env_selected_backend(bumble_env):
    from smartbms_gui.device import links
    from smartbms_gui.device.session import DeviceSession

    battery = SimulatedBattery(cells=8, generation=Generation.GEN3, seed=4)
    ready = asyncio.Event()
    server = asyncio.get_running_loop().create_task(
        serve_ble(battery, Generation.GEN3, hci=f"tcp-server:127.0.0.1:{bumble_env}", serial=1234, ready=ready, announce=False))
    try:
        await asyncio.wait_for(ready.wait(), 5)
        found = await links.scanner().scan(5.0, until=lambda d: True)
        assert [d.serial for d in found] == ["01234"] and found[0].generation == Generation.GEN3
        items = []
        session = DeviceSession(links.ble_link(found[0].address, found[0].generation), pin="1234",
                                generation=Generation.GEN3, wake_wait_s=0.05,
                                on_item=lambda item, t: items.append(item))
        assert (await session.connect(10)).phase is Phase.STREAMING
        assert session.transport.is_hardware is False  # the virtual module runs the simulator
        await until(lambda: bool(items), what="records over HCI/TCP")
        await session.close()
    finally:
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
        await ble_bumble_backend.default_radio().close()
