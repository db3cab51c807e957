"""Whatever bytes the app sends, the simulated device answers without crashing, and what it sends
is still well-formed protocol (the decoder drops nothing)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import commands
from smartbms_gui.protocol.stream import StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

_BATTERY = SimulatedBattery(cells=8, seed=50)
_PIECES = st.sampled_from([b"$", b"\r", b"E!\r", b"D!\r", b"PW1234!\r", b"S2@\r", b"L3@\r", b"HD@\r",
                           b"0B-050!\r", b"FF-041!\r", b"01-F10!\r", b"\x05\r"])


@settings(max_examples=150, deadline=None)
# app garbage without "_" (an echo of "C_..." garbage would look like a broken record, rightly dropped)
@given(st.lists(st.one_of(_PIECES, st.binary(max_size=12).filter(lambda b: b"_" not in b)), max_size=25))
def test_any_input_gives_well_formed_output(chunks):
    peer = AsciiPeer(_BATTERY)
    out = bytearray()
    peer.on_output = out.extend
    now = 0.0
    for chunk in chunks:
        peer.receive(chunk, now)
        now += 0.2
        peer.poll(now)
    peer.receive(commands.FLUSH, now)
    decoder = StreamDecoder()
    decoder.feed(bytes(out) + b"\r")
    assert decoder.dropped == 0, decoder.last_error
