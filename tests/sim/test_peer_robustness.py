"""Whatever bytes the app sends, the simulated device answers without crashing, and what it sends
is still well-formed protocol (the decoder drops nothing)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import commands
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

_BATTERY = SimulatedBattery(cells=8, seed=50)
_GEN3 = SimulatedBattery(cells=8, seed=51, generation=Generation.GEN3)
_WRITE_FAULTS = [("write_unanswered", {"nth": 2}), ("write_unanswered", {"low_byte": 1, "applied": 1}),
                 ("write_low_byte_ko", {}), ("slow_write_replies", {"delay_s": 0.3}),
                 ("start_stop_unanswered", {})]
_PIECES = st.sampled_from([b"$", b"\r", b"E!\r", b"D!\r", b"PW1234!\r", b"S2@\r", b"L3@\r", b"HD@\r",
                           b"0B-050!\r", b"FF-041!\r", b"01-F10!\r", b"\x05\r"])


# app garbage without "_" (an echo of "C_..." garbage would look like a broken record, rightly dropped)
_INPUT = st.lists(st.one_of(_PIECES, st.binary(max_size=12).filter(lambda b: b"_" not in b)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(_INPUT)
def test_any_input_gives_well_formed_output(chunks):
    _check_output(_BATTERY, chunks)


@settings(max_examples=60, deadline=None)
@given(_INPUT)
def test_gen3_output_is_well_formed_too(chunks):
    _check_output(_GEN3, chunks)


@pytest.mark.parametrize("fault, options", _WRITE_FAULTS, ids=[f"{n}{o}" for n, o in _WRITE_FAULTS])
@settings(max_examples=25, deadline=None)
@given(chunks=_INPUT)
def test_write_faults_keep_the_output_well_formed(fault, options, chunks):
    battery = SimulatedBattery(cells=8, seed=52)
    battery.faults.inject(fault, **options)
    _check_output(battery, chunks)


def _check_output(battery, chunks):
    peer = AsciiPeer(battery)
    out = bytearray()
    peer.on_output = out.extend
    now = 0.0
    for chunk in chunks:
        peer.receive(chunk, now)
        now += 0.2
        peer.poll(now)
    peer.receive(commands.FLUSH, now)
    decoder = StreamDecoder(peer.generation)
    decoder.feed(bytes(out) + b"\r")
    assert decoder.dropped == 0, decoder.last_error
