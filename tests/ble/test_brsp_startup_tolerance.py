"""The Gen2 (BRSP) start-up goes on when the flow-control subscription or the info read fails, as the
official app does (issue 13.6): the virtual module refuses the rts CCCD write and the info read with
real ATT errors, over bleak's API on the bumble backend."""

import logging

import pytest
from ble_bumble_rig import FAST, BleRig, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params


@pytest.mark.parametrize("failing", [
    {"rts_subscribe_fails": True},
    {"info_read_fails": True},
    {"rts_subscribe_fails": True, "info_read_fails": True},
], ids=["rts", "info", "both"])
async def test_a_failing_rts_subscription_or_info_read_is_logged_and_the_session_streams_and_writes(
        failing, caplog):
    rig = await BleRig(2, **failing).start()
    caplog.set_level(logging.WARNING, logger="smartbms_gui.transport.ble")
    try:
        items: list = []
        session = DeviceSession(rig.transport, pin="1234", generation=rig.generation,
                                live=LiveState(generation=rig.generation),
                                on_item=lambda item, t: items.append(item), **FAST)
        state = await session.connect(10)
        assert state.phase is Phase.STREAMING
        await until(lambda: len(items) > 5, what="live records")
        transport = rig.transports[-1]
        logged = caplog.text
        if failing.get("rts_subscribe_fails"):
            assert "subscribing to the BRSP flow-control flag (rts) failed" in logged
            assert transport._clear_to_send.is_set()  # never waits for a flag that cannot come
        if failing.get("info_read_fails"):
            assert "reading the BRSP info failed" in logged and transport.info == b""
        else:
            assert transport.info.startswith(b"BlueRadios BRSP")
        [result] = await session.write_settings({"vmax_v": 3.6})
        assert result.ok and params.parameter("vmax_v").to_value(rig.battery.settings["vmax_v"]) == 3.6
        await session.close()
    finally:
        await rig.stop()


async def test_without_failures_nothing_is_logged_about_the_start_up(caplog):
    rig = await BleRig(2).start()
    caplog.set_level(logging.WARNING, logger="smartbms_gui.transport.ble")
    try:
        transport = rig.transport()
        await transport.open()
        assert transport.info.startswith(b"BlueRadios BRSP")
        assert "BRSP" not in caplog.text
        await transport.close()
    finally:
        await rig.stop()
