"""The first values of a connection are drawn in the next turn of the loop, not up to REFRESH_MS later;
later values coalesce as before. At start the window waits (bounded) for the simulator's first values,
so its first picture shows them."""

from __future__ import annotations

import asyncio
import logging

from test_live_page_behind_another import Counting

from smartbms_gui import app as app_module
from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import stream
from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.live_page import REFRESH_MS


class Bridge(BridgeBase):
    def __init__(self) -> None:
        super().__init__()
        self.live = LiveState()


def _give_values(bridge: Bridge) -> None:
    bridge.live.set_link(True)
    bridge.live.apply(stream.PackRecord(53.2, 1.0, 2.0, 1.0))
    bridge.liveChanged.emit({"pack_voltage_v"})


def test_the_first_values_are_drawn_at_once_and_later_ones_coalesce(qtbot):
    bridge = Bridge()
    page = Counting(bridge)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page._refresh_timer.isActive())  # the "shown" refresh is done
    page.seen.clear()

    _give_values(bridge)
    assert page._refresh_timer.isActive() and page._refresh_timer.interval() == 0
    qtbot.waitUntil(lambda: bool(page.seen))
    assert "pack_voltage_v" in page.seen[0]

    # drawn once: the next change waits for the coalescing interval again
    bridge.liveChanged.emit({"soc_pct"})
    assert page._refresh_timer.isActive() and page._refresh_timer.interval() == REFRESH_MS
    qtbot.waitUntil(lambda: any("soc_pct" in changed for changed in page.seen))

    # a new connection (the model forgets its values): its first values come at once too
    bridge.live.reset()
    bridge.liveChanged.emit({"link"})
    qtbot.waitUntil(lambda: not page._refresh_timer.isActive())
    _give_values(bridge)
    assert page._refresh_timer.interval() == 0


def test_a_page_nobody_sees_does_not_hurry(qtbot):
    bridge = Bridge()
    page = Counting(bridge)
    qtbot.addWidget(page)  # never shown
    _give_values(bridge)
    assert page._refresh_timer.interval() == REFRESH_MS


def test_the_start_waits_for_the_first_values_and_no_longer(qloop, caplog):
    caplog.set_level(logging.INFO, logger="smartbms_gui.app")
    bridge = Bridge()

    async def values_come_while_waiting() -> None:
        waiting = asyncio.ensure_future(app_module._first_values(bridge, within_s=60.0))
        await asyncio.sleep(0)  # the wait has begun
        _give_values(bridge)
        await waiting

    qloop.run_until_complete(asyncio.wait_for(values_come_while_waiting(), 30.0))
    assert bridge.live.has_values() and "shows without them" not in caplog.text  # the values ended it
    # values already in: no wait at all
    qloop.run_until_complete(asyncio.wait_for(app_module._first_values(bridge, within_s=60.0), 30.0))
    assert "shows without them" not in caplog.text

    # values that never come: the window is shown anyway once the limit has passed, and the log says so
    silent = Bridge()
    qloop.run_until_complete(app_module._first_values(silent, within_s=0.05))
    assert "shows without them" in caplog.text
    assert not silent.live.has_values()
