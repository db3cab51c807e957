"""`smartbms-sim --ble` path: the virtual module in one place, the app's bumble radio reaching it over
HCI on TCP, selected by environment variables exactly as the app does without Bluetooth hardware."""

import asyncio

import pytest
from ble_bumble_rig import until
from free_ports import candidate_ports, is_in_use

from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.ble_peripheral import serve_ble
from smartbms_gui.transport import ble, ble_bumble_backend


async def serve_on_a_free_port(battery, **options) -> tuple[asyncio.Task, int]:
    """The virtual module served on HCI/TCP, its port chosen here and bound by `serve_ble`: a port
    another process took in between ("address in use") is replaced by a new one."""
    for port in candidate_ports():
        ready = asyncio.Event()
        server = asyncio.get_running_loop().create_task(
            serve_ble(battery, Generation.GEN3, hci=f"tcp-server:127.0.0.1:{port}", ready=ready, **options))
        waiting = asyncio.ensure_future(ready.wait())
        await asyncio.wait({server, waiting}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if ready.is_set():
            return server, port
        waiting.cancel()
        if not server.done():
            server.cancel()
            await asyncio.gather(server, return_exceptions=True)
            pytest.fail("serve_ble was not ready within 10 s")
        if not is_in_use(server.exception()):
            raise server.exception()
    pytest.fail("serve_ble found every free port taken")


@pytest.fixture
def bumble_env(monkeypatch):
    def use_port(port: int) -> None:
        monkeypatch.setenv(ble_bumble_backend.ENV_HCI, f"tcp-client:127.0.0.1:{port}")

    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    ble_bumble_backend.set_default_radio(None)
    yield use_port
    ble_bumble_backend.set_default_radio(None)


async def test_app_reaches_served_module_through_env_selected_backend(bumble_env):
    from smartbms_gui.device import links
    from smartbms_gui.device.session import DeviceSession

    battery = SimulatedBattery(cells=8, generation=Generation.GEN3, seed=4)
    server, port = await serve_on_a_free_port(battery, serial=1234, announce=False)
    bumble_env(port)
    try:
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
