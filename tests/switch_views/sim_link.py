"""A live link from a SimulatedBattery to a LiveState through the real ASCII stream bytes.

A synchronous stand-in for views/device_bridge.DeviceBridge that runs in *simulated* time: the
simulator's ASCII peer streams real protocol bytes, the protocol's StreamDecoder decodes them, and
LiveState takes the records. It offers what the switch views use of the bridge contract: `live` and
the `liveChanged(frozenset)` signal. (test_wizard_device_bridge.py uses the real DeviceBridge.)
"""

from __future__ import annotations

from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import commands
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.views.bridge_base import BridgeBase

KEEPALIVE_S = 0.3


class SimLinkBridge(BridgeBase):

    def __init__(self, battery: SimulatedBattery) -> None:
        super().__init__()
        self.battery = battery
        self.now = 0.0
        self.runner = SimulatorRunner(battery, speed=1.0, clock=lambda: self.now)
        self.peer = AsciiPeer(battery)
        self.runner.attach(self.peer)
        self.decoder = StreamDecoder(battery.generation)
        self.live = LiveState(generation=battery.generation, clock=lambda: self.runner.now)
        self.live.add_listener(self._live_changed)
        self.replies: list[str] = []
        self.peer.on_output = self._received
        self.peer.receive(commands.login("1234"), now=self.runner.now)
        self.peer.receive(commands.start_stream(), now=self.runner.now)
        self.live.set_link(True)

    def _live_changed(self, changed) -> None:
        self.liveChanged.emit(changed)

    def _received(self, data: bytes) -> None:
        for item in self.decoder.feed(data):
            if isinstance(item, ReplyLine):
                self.replies.append(item.text)
            else:
                self.live.apply(item, now=self.runner.now)

    def advance(self, seconds: float) -> None:
        """Let `seconds` of wall time pass, sending the keep-alive like the app does."""
        remaining = seconds
        while remaining > 1e-9:
            dt = min(KEEPALIVE_S, remaining)
            self.peer.receive(commands.FLUSH, now=self.runner.now)
            self.runner.advance(dt)
            remaining -= dt
