"""The GATT operations each layout performs, in order, over the bumble link: Gen2 BRSP follows the
module's start-up order and writes commands with response; Gen3 NUS writes without response."""

import pytest
from ble_bumble_rig import BleRig

from smartbms_gui.transport import ble
from smartbms_gui.transport.ble_bumble_backend import BumbleClient


@pytest.fixture
def gatt_log(monkeypatch):
    log = []
    real_notify, real_read, real_write = (BumbleClient.start_notify, BumbleClient.read_gatt_char,
                                          BumbleClient.write_gatt_char)

    async def start_notify(self, characteristic, callback, **kwargs):
        log.append(("notify", characteristic.uuid))
        return await real_notify(self, characteristic, callback, **kwargs)

    async def read_gatt_char(self, characteristic, **kwargs):
        log.append(("read", characteristic.uuid))
        return await real_read(self, characteristic, **kwargs)

    async def write_gatt_char(self, characteristic, data, response):
        log.append(("write-with-response" if response else "write", characteristic.uuid))
        return await real_write(self, characteristic, data, response)

    monkeypatch.setattr(BumbleClient, "start_notify", start_notify)
    monkeypatch.setattr(BumbleClient, "read_gatt_char", read_gatt_char)
    monkeypatch.setattr(BumbleClient, "write_gatt_char", write_gatt_char)
    return log


async def test_gen2_brsp_start_up_order_and_writes_with_response(gatt_log):
    rig = await BleRig(2).start()
    try:
        transport = rig.transport()
        await transport.open()
        assert gatt_log == [("notify", ble.BRSP_RTS), ("notify", ble.BRSP_TX), ("read", ble.BRSP_INFO),
                            ("write-with-response", ble.BRSP_MODE)]
        assert rig.module.mode == ble.BRSP_MODE_DATA
        gatt_log.clear()
        await transport.write(b"S1@\r$" + b"x" * 30)
        assert gatt_log == [("write-with-response", ble.BRSP_RX)] * 2  # 35 bytes: two ≤ 20-byte chunks
        await transport.close()
    finally:
        await rig.stop()


async def test_gen3_nus_subscribes_to_tx_and_writes_without_response(gatt_log):
    rig = await BleRig(3).start()
    try:
        transport = rig.transport()
        await transport.open()
        assert gatt_log == [("notify", ble.NUS_TX)]
        gatt_log.clear()
        await transport.write(b"S1@\r$")
        assert gatt_log == [("write", ble.NUS_RX)]
        await transport.close()
    finally:
        await rig.stop()
