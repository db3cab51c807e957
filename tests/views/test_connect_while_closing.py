"""Disconnect, then at once Connect (a Site card's button right after the bar's Disconnect): the new
connection goes live with its own simulator running, and the close still running never stops it nor
reports it disconnected."""

from __future__ import annotations

import asyncio

from test_main_window_simulator import FAST

from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge


async def test_a_connect_while_the_previous_link_closes_goes_live(qtbot, tmp_path):
    bridge = DeviceBridge(recordings_folder=tmp_path / "rec", **FAST)
    phases: list[Phase] = []
    bridge.stateChanged.connect(lambda state: phases.append(state.phase))
    await bridge.connect_simulator(cells=8)
    assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    old_runner = bridge.runner
    closing = asyncio.ensure_future(bridge.disconnect())
    await asyncio.sleep(0)  # the close has begun and waits for the session to end
    assert not closing.done()
    await bridge.connect_simulator(cells=12)
    await closing
    assert not old_runner.running
    assert bridge.runner is not None and bridge.runner is not old_runner and bridge.runner.running
    assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    await asyncio.wait_for(_until(lambda: bridge.live.cells_received == 12), 10)
    assert phases[-1] is Phase.STREAMING  # the old close did not report the new link disconnected
    await bridge.disconnect()
    assert phases[-1] is Phase.DISCONNECTED and bridge.runner is None


async def _until(predicate):
    while not predicate():
        await asyncio.sleep(0.02)
