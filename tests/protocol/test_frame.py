import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import frame as fr
from smartbms_gui.protocol.errors import ChecksumError, FrameError

GOLDEN = json.loads((Path(__file__).parent / "golden" / "frames.json").read_text(encoding="utf-8"))
GOLDEN_BYTES = bytes.fromhex(GOLDEN["frames"][0]["hex"])


def test_golden_frame_decodes_to_its_values():
    frame = fr.decode_frame(GOLDEN_BYTES)
    for name, expected in GOLDEN["frames"][0]["values"].items():
        got = getattr(frame, name)
        if isinstance(expected, float):
            assert got == pytest.approx(expected, abs=1e-3), name
        else:
            assert got == expected, name


def test_golden_frame_encodes_back():
    assert fr.encode_frame(fr.decode_frame(GOLDEN_BYTES)) == GOLDEN_BYTES


def test_build_from_si_values_gives_the_golden_frame():
    values = dict(GOLDEN["frames"][0]["values"])
    assert fr.encode_frame(fr.Frame.build(**values)) == GOLDEN_BYTES


def test_checksum_and_length_errors():
    corrupt = bytearray(GOLDEN_BYTES)
    corrupt[10] ^= 0x01
    with pytest.raises(ChecksumError):
        fr.decode_frame(bytes(corrupt))
    with pytest.raises(FrameError):
        fr.decode_frame(GOLDEN_BYTES[:-1])


def _with_checksum(body: bytes) -> bytes:
    return body[:57] + bytes([sum(body[:57]) & 0xFF])


def test_implausible_frames_are_refused():
    bad_sign = bytearray(GOLDEN_BYTES)
    bad_sign[3] = ord("?")
    with pytest.raises(FrameError, match="charge_sign"):
        fr.decode_frame(_with_checksum(bytes(bad_sign)))
    bad_cell = bytearray(GOLDEN_BYTES)
    bad_cell[24] = 40  # cell 40 of 16
    with pytest.raises(FrameError, match="cell"):
        fr.decode_frame(_with_checksum(bytes(bad_cell)))


u16 = st.integers(0, 0xFFFF)
u8 = st.integers(0, 0xFF)
u24 = st.integers(0, 0xFFFFFF)
signs = st.sampled_from([b"+", b"-", b"X"])


@st.composite
def frames(draw):
    count = draw(st.integers(1, 255))
    return fr.Frame(draw(u24), draw(signs), draw(u16), draw(signs), draw(u16), draw(signs), draw(u16),
                    draw(u16), draw(u8), draw(u16), draw(u8), draw(u16), draw(u8), draw(u16), draw(u8),
                    draw(st.integers(0, count)), count, draw(u16), draw(u16), draw(u8), draw(u24), draw(u24),
                    draw(u24), draw(st.integers(0, 100)), draw(u24), draw(u24), draw(st.integers(25, 255)),
                    draw(u8), draw(u16), draw(u16), draw(u16), draw(u16))


@settings(max_examples=300)
@given(frames())
def test_decode_of_encode_is_identity(frame):
    data = fr.encode_frame(frame)
    assert len(data) == fr.FRAME_LENGTH
    assert fr.decode_frame(data) == frame
    assert fr.encode_frame(fr.decode_frame(data)) == data


@settings(max_examples=200)
@given(st.binary(max_size=300), st.lists(frames(), min_size=2, max_size=5), st.integers(1, 64))
def test_resync_after_garbage_never_loses_the_frames_that_follow(garbage, frame_list, chunk):
    # One battery's frames: the cell count, capacity and voltage settings are the same in each.
    first = frame_list[0]
    frame_list = [dataclasses.replace(f, cell_count=first.cell_count, cell=min(f.cell, first.cell_count),
                                      capacity_raw=first.capacity_raw, vmin_raw=first.vmin_raw,
                                      vmax_raw=first.vmax_raw, vbypass_raw=first.vbypass_raw)
                  for f in frame_list]
    decoder = fr.FrameDecoder()
    data = garbage + b"".join(fr.encode_frame(f) for f in frame_list)
    out = []
    for i in range(0, len(data), chunk):  # no pauses: only the checksum can find the boundary
        out += decoder.feed(data[i:i + chunk], now=i * 1e-4)
    assert out[-len(frame_list):] == frame_list


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(data):
    decoder = fr.FrameDecoder()
    for i in range(0, len(data), 13):
        for item in decoder.feed(data[i:i + 13], now=i * 0.01):
            assert isinstance(item, fr.Frame)


def test_one_frame_after_a_partial_one_needs_no_second_frame():
    decoder = fr.FrameDecoder(gap_s=0.3)  # (gap_s is accepted and ignored: silences play no part)
    assert decoder.feed(os.urandom(40), now=0.0) == []  # a partial frame
    out = decoder.feed(GOLDEN_BYTES, now=1.0)  # one frame of a working pack: found alone
    assert out == [fr.decode_frame(GOLDEN_BYTES)]
    assert decoder.dropped_bytes >= 40


def test_truncated_frame_in_a_locked_stream_resyncs():
    decoder = fr.FrameDecoder()
    frame = fr.decode_frame(GOLDEN_BYTES)
    out = decoder.feed(GOLDEN_BYTES * 2, now=0.0)
    out += decoder.feed(GOLDEN_BYTES[:30], now=0.01)  # truncated (bytes lost on the line)
    out += decoder.feed(GOLDEN_BYTES * 3, now=0.02)
    assert out == [frame] * 5
    assert decoder.resyncs == 1


def test_key_values_compose_and_expire():
    acc = fr.KeyValueAccumulator(expiry_s=60)
    acc.update(0, 97, now=0)
    acc.update(2, 0x02, now=1)
    acc.update(3, 0x58, now=2)
    acc.update(6, 0x33, now=3)
    acc.update(7, 11, now=3)
    values = acc.values(now=10)
    assert values["soh_pct"] == 97
    assert values["vlow_v"] == pytest.approx(0x258 * 0.005)
    assert values["firmware"] == "3.3.11"
    assert "vnominal_v" not in values  # never received
    assert acc.age("vlow_v", now=10) == 9
    later = acc.values(now=61.5)
    assert "soh_pct" not in later and "vlow_v" not in later  # older than 60 s
    assert later["firmware"] == "3.3.11"
