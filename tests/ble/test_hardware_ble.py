"""Against a real 123\\SmartBMS: `pytest -m hardware tests/ble --ble-address ADDR` (PIN from
$SMARTBMS_PIN, default 1234). Read-only: it connects, logs in, reads the settings and streams; it
never writes to the battery."""

import asyncio
import os

import pytest

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.ble import BleScanner, BleTransport


@pytest.mark.hardware
async def test_real_module_scan_connect_settings_and_stream(request):
    address = request.config.getoption("--ble-address")
    if not address:
        pytest.skip("pass --ble-address ADDR")
    found = await BleScanner().scan(10.0, until=lambda d: d.address.lower() == address.lower())
    device = next((d for d in found if d.address.lower() == address.lower()), None)
    assert device is not None, f"{address} not seen; found {[d.label for d in found]}"
    items, errors = [], []
    # An unknown device type leaves the generation open (None): the transport settles it from the
    # GATT layout; the session starts from a provisional Gen2 and follows the transport.
    provisional = device.generation or Generation.GEN2
    session = DeviceSession(
        lambda: BleTransport(device.address, device.generation, serial=device.serial),
        pin=os.environ.get("SMARTBMS_PIN", "1234"), generation=provisional,
        live=LiveState(generation=provisional),
        on_item=lambda item, t: items.append(item), on_error=errors.append, max_attempts=3)
    try:
        state = await session.connect(30)
        assert state.phase is Phase.STREAMING, (state, errors)
        assert session.settings, "no settings read"
        await asyncio.sleep(5.0)
        assert items, "no live records in 5 s"
        assert session.client.decoder.dropped <= len(items) // 20
    finally:
        await session.close()
