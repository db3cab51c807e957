"""Fixtures for the simulator tests: a battery, a peer wired to a byte sink, and a decoder."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import commands
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner


class Wire:
    """The app side of an AsciiPeer: send commands, collect and decode what comes back."""

    def __init__(self, battery: SimulatedBattery, generation=None) -> None:
        self.battery = battery
        self.peer = AsciiPeer(battery, generation)
        self.runner = SimulatorRunner(battery, speed=1.0, clock=lambda: 1000.0)
        self.runner.attach(self.peer)
        self.runner.advance(0.05)
        self.received = bytearray()
        self.peer.on_output = self.received.extend
        self.decoder = StreamDecoder(self.peer.generation)
        self.items: list = []

    def send(self, data: bytes) -> None:
        self.peer.receive(data, self.runner.now)

    def take(self) -> list:
        """Decode everything received since the last call."""
        items = self.decoder.feed(bytes(self.received))
        self.received.clear()
        self.items += items
        return items

    def ask(self, command: bytes) -> list[str]:
        """Send a command and the flush byte; return the reply lines (echo first)."""
        self.send(command)
        self.send(commands.FLUSH)
        return [i.text for i in self.take() if isinstance(i, ReplyLine)]

    def stream(self, seconds: float = 1.0) -> list:
        """Stream for `seconds` of simulated time with the keep-alive; return the decoded items."""
        start = len(self.items)
        self.ask(commands.start_stream())
        t = 0.0
        while t < seconds:
            self.runner.advance(0.25)
            self.send(commands.KEEPALIVE)
            self.take()
            t += 0.25
        self.ask(commands.stop_stream())
        return self.items[start:]

    def login(self, pin: str = "1234") -> None:
        assert self.ask(commands.login(pin))[-1] == "OK"

    def write(self, param_name: str, value) -> list[str]:
        from smartbms_gui.protocol import params

        replies = []
        for cmd in params.encode_write(params.parameter(param_name), value, hardware=False):
            replies += self.ask(cmd)[1:]
        return replies


@pytest.fixture
def battery() -> SimulatedBattery:
    return SimulatedBattery(cells=16, seed=1)


@pytest.fixture
def wire(battery) -> Wire:
    return Wire(battery)


@pytest.fixture
def make_wire():
    return Wire
