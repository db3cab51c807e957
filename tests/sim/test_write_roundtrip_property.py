"""Every writable value of every parameter goes encode → simulator → settings record → decode unchanged
(issue 13.8), for both generations: real command bytes into the ASCII peer, the record it answers read
back through the stream decoder and the record parser, decoded by the parameter table.

"Every writable value" is drawn from the device's raw grid between the table's minimum and maximum
(so a temperature is a value the BMS can hold, 49.853 °C, not 50 °C), every choice code, on and off,
and any four-digit PIN. A setting no record reports (the sensor inverts) is checked in the simulated
battery's own store instead; actions have no value and V bypass is read-only.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

GENERATIONS = (Generation.GEN2, Generation.GEN3)
_BATTERIES = {g: SimulatedBattery(cells=8, seed=70 + int(g), generation=g) for g in GENERATIONS}
CASES = [(g, p) for g in GENERATIONS for p in params.parameters_for(g)
         if not p.read_only and p.kind != "action"]


def writable_values(param: params.Parameter) -> st.SearchStrategy:
    if param.kind == "bool":
        return st.booleans()
    if param.kind == "choice":
        return st.sampled_from([c.code for c in param.choices])
    if param.kind == "pin":
        return st.text(alphabet="0123456789", min_size=4, max_size=4)
    low = math.ceil((param.minimum - param.offset) / param.scale - 1e-9)
    high = math.floor((param.maximum - param.offset) / param.scale + 1e-9)
    return st.integers(max(low, 0), min(high, param.max_raw)).map(param.to_value).filter(
        lambda value: param.problem(value) is None)


class Wire:
    """The app's side of a fresh peer: commands in as bytes, answers out through the stream decoder."""

    def __init__(self, battery: SimulatedBattery, generation: Generation) -> None:
        self.peer = AsciiPeer(battery, generation)
        self.out = bytearray()
        self.peer.on_output = self.out.extend
        self.decoder = StreamDecoder(generation)

    def ask(self, command: bytes) -> list[str]:
        """The answer lines after the echo."""
        self.peer.receive(command, 0.0)
        self.peer.receive(commands.FLUSH, 0.0)
        lines = [i.text for i in self.decoder.feed(bytes(self.out)) if isinstance(i, ReplyLine)]
        self.out.clear()
        assert lines and lines[0] == command.rstrip(b"\r").decode(), lines
        return lines[1:]


@pytest.mark.parametrize("generation, param", CASES, ids=[f"gen{int(g)}-{p.name}" for g, p in CASES])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_writable_value_survives_encode_simulator_record_decode(generation, param, data):
    value = data.draw(writable_values(param), label=param.name)
    battery = _BATTERIES[generation]
    wire = Wire(battery, generation)
    assert wire.ask(commands.login(battery.pin)) == ["OK"]
    for command in params.encode_write(param, value, hardware=False):
        assert wire.ask(command) == ["OK"], (param.name, value, command)
    if not param.readable:
        assert battery.settings[param.name] == param.to_raw(value)
        return
    [line] = wire.ask(commands.read(param.record))
    record = ascii_records.parse_settings_record(param.record, line)
    decoded = params.decode_settings({param.record: record}, include_pin=True, generation=generation)
    assert decoded[param.name] == value, (param.name, value, line)
    assert type(decoded[param.name]) is type(value) or param.kind == "number"
