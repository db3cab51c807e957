"""A Bluetooth module that goes silent (freezes) or goes away, and comes back, over the virtual link.

Out of range, nothing reaches the module: a disconnect the app sends is never answered, so the
app's close() hangs until the link's supervision timeout ends the connection on both sides. The loss
must be said when the data stops (or at the disconnect), not when close() returns, and the session
must come back with a fresh link once the module is in range again.
"""

from __future__ import annotations

import asyncio

from ble_bumble_rig import FAST, BleRig, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.transport.bumble_controller import ScanResponseController

SILENCE_S = 1.0


class Range:
    """Takes the rig's module out of radio range and brings it back."""

    def __init__(self, rig: BleRig) -> None:
        self.rig = rig
        self.controller = rig.module._controller
        self._output = rig.peer.on_output

    def leave(self) -> None:
        """Nothing goes to or comes from the module any more (the links stay up, unanswered)."""
        self.rig.link.remove_controller(self.controller)
        self.controller.link = None  # its adverts reach nobody either
        self.rig.peer.on_output = lambda _data: None

    def supervision_timeout(self) -> None:
        """The connection times out on both sides, as the controllers do after a few silent seconds."""
        address = self.controller.random_address
        for controller in self.rig.link.controllers:
            if isinstance(controller, ScanResponseController) and controller is not self.controller:
                controller.supervision_timeout(address)
        self.controller.supervision_timeout()

    def come_back(self) -> None:
        if self.controller.link is None:
            self.controller.link = self.rig.link
            self.rig.link.add_controller(self.controller)
            self.rig.peer.on_output = self._output

    def end(self) -> None:
        """However the test went: the outage ends, so that every close() can finish."""
        if self.controller.link is None:
            self.supervision_timeout()
            self.come_back()


def session_for(rig: BleRig, silence_s: float = SILENCE_S):
    states: list = []
    items: list = []
    session = DeviceSession(
        rig.transport, pin="1234", generation=rig.generation, live=LiveState(generation=rig.generation),
        on_state=states.append, on_item=lambda item, t: items.append(item),
        **{**FAST, "silence_s": silence_s, "close_limit_s": 0.5})
    return session, states, items


def losses(states) -> int:
    """How many times the state went from live to not live."""
    phases = [s.phase for s in states]
    return sum(1 for a, b in zip(phases, phases[1:]) if a is Phase.STREAMING and b is not Phase.STREAMING
               and b is not Phase.DISCONNECTED)


async def test_a_frozen_module_is_reported_at_the_silence_limit_though_close_hangs(rig):
    session, states, items = session_for(rig)
    loop = asyncio.get_running_loop()
    out_of_range = Range(rig)
    try:
        await session.connect(10)
        await until(lambda: len(items) > 5, what="records")
        first_link = session.transport
        out_of_range.leave()
        froze_at = loop.time()
        # No data for the silence limit: announced then (the hold checks once a second), although
        # the disconnect that the teardown sends is never answered.
        await until(lambda: session.state.phase is Phase.RECONNECTING, timeout=SILENCE_S + 4.0, what="the loss")
        assert loop.time() - froze_at <= SILENCE_S + 2.5
        assert session.live.stale
        assert session._closing_links  # the first link's close() still waits for an answer
        out_of_range.supervision_timeout()
        out_of_range.come_back()
        await until(lambda: session.state.phase is Phase.STREAMING, timeout=15, what="recovery")
        assert session.transport is not first_link  # a fresh link, with its own client
        count = len(items)
        await until(lambda: len(items) > count + 3, what="records after the return")
        assert not session.live.stale
    finally:
        out_of_range.end()
        await session.close()
    assert losses(states) == 1


async def test_a_module_gone_out_of_range_is_reported_at_the_disconnect_and_comes_back():
    rig = await BleRig(2).start()
    session, states, items = session_for(rig, silence_s=3.0)
    loop = asyncio.get_running_loop()
    out_of_range = Range(rig)
    try:
        await session.connect(10)
        await until(lambda: len(items) > 5, what="records")
        out_of_range.leave()
        out_of_range.supervision_timeout()
        dropped_at = loop.time()
        await until(lambda: session.state.phase is Phase.RECONNECTING, timeout=3, what="the loss")
        assert loop.time() - dropped_at < 1.5  # at the disconnect, not after the 3 s silence limit
        # Away for a while: the reconnects find nothing; then the module is back in range.
        await until(lambda: len([s for s in states if s.phase is Phase.CONNECTING]) >= 3, timeout=10,
                    what="a reconnect attempt while away")
        out_of_range.come_back()
        await until(lambda: session.state.phase is Phase.STREAMING, timeout=15, what="recovery")
        count = len(items)
        await until(lambda: len(items) > count + 3, what="records after the return")
    finally:
        out_of_range.end()
        await session.close()
        await rig.stop()
    assert losses(states) == 1
    assert session.connects == 2 and len({id(t) for t in rig.transports}) == len(rig.transports) >= 2


async def test_closing_a_link_to_a_module_out_of_range_gives_up_after_its_limit():
    rig = await BleRig(3).start()
    out_of_range = Range(rig)
    transport = rig.transport(disconnect_timeout_s=0.3)
    try:
        await transport.open()
        out_of_range.leave()
        loop = asyncio.get_running_loop()
        began = loop.time()
        await asyncio.wait_for(transport.close(), 5)  # unanswered: ends at its own limit, not never
        assert 0.25 <= loop.time() - began < 3
    finally:
        out_of_range.end()
        await rig.stop()
