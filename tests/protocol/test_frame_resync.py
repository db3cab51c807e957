"""Finding 58-byte frames in a stream by their own structure (docs/protocol.md §4, "Finding the frames").

The frame has no header and the line may carry stray bytes right before a frame, with no silence
between: the decoder must slide byte by byte and recognise a frame by its checksum, its fixed
fields and plausible values, and must not take noise for a frame.
"""

from __future__ import annotations

import os
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import frame as fr
from smartbms_gui.protocol.frame import FRAME_LENGTH, Frame, FrameDecoder, encode_frame


def make_frame(i: int, cells: int = 16) -> Frame:
    """A distinct, plausible frame: the cell rotates, voltages, energies and the key change with i."""
    return Frame.build(
        pack_voltage_v=52.0 + i * 0.005, charge_current_a=10.0 + i * 0.125, discharge_current_a=None,
        battery_current_a=-3.25, lowest_cell_v=3.21, lowest_cell=2, highest_cell_v=3.35, highest_cell=7,
        lowest_temp_c=18.0, lowest_temp_cell=1, highest_temp_c=24.0, highest_temp_cell=5,
        cell=i % cells + 1, cell_count=cells, cell_voltage_v=3.2 + (i % 20) * 0.005, cell_temperature_c=21.0,
        status1=0b11, solar_today_wh=1200 + i, stored_wh=800, consumed_today_wh=400, soc_pct=80,
        solar_total_kwh=1500, consumed_total_kwh=1400, key=i % 19, key_value=(i * 7) % 256,
        capacity_kwh=10.0, vmin_v=2.8, vmax_v=3.9, vbypass_v=3.5,
    )


def feed_all(decoder: FrameDecoder, data: bytes, chunk: int | None = None) -> list[Frame]:
    if chunk is None:
        return decoder.feed(data, 0.0)
    out: list[Frame] = []
    for i in range(0, len(data), chunk):
        out += decoder.feed(data[i:i + chunk], 0.0)  # no silences: the same time for every read
    return out


FRAMES = [make_frame(i) for i in range(100)]


def test_one_stray_byte_before_each_of_100_frames_loses_none():
    rng = random.Random(21)
    data = b"".join(bytes([rng.randrange(256)]) + encode_frame(f) for f in FRAMES)
    for chunk in (None, 1, 7, 58, 59, 64, 512):
        decoder = FrameDecoder()
        assert feed_all(decoder, data, chunk) == FRAMES, chunk
        assert decoder.frames == 100 and decoder.dropped_bytes == 100


def test_frames_split_across_two_reads_at_every_offset():
    rng = random.Random(5)
    frames = FRAMES[:4]
    data = b"".join(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4))) + encode_frame(f)
                    for f in frames)
    for cut in range(len(data) + 1):
        decoder = FrameDecoder()
        out = decoder.feed(data[:cut], 0.0) + decoder.feed(data[cut:], 0.0)
        assert out == frames, cut


def test_noise_of_any_length_between_frames():
    rng = random.Random(7)
    parts = []
    for f in FRAMES:
        parts.append(rng.randbytes(rng.choice([0, 0, 1, 2, 5, 30, 57, 58, 59, 116, 300])))
        parts.append(encode_frame(f))
    parts.append(rng.randbytes(40))
    decoder = FrameDecoder()
    assert feed_all(decoder, b"".join(parts), 97) == FRAMES


U16 = st.integers(0, 0xFFFF)


@st.composite
def plausible_frames(draw, count: int, fixed: tuple[int, int, int, int]) -> Frame:
    """A frame of a working pack of `count` cells with these capacity and voltage settings: the values
    the structure check expects, anywhere in their range."""
    cell_no = st.integers(1, count)
    volts = st.integers(0, 1000)  # raw x 5 mV: 0 ... 5 V
    temp = st.integers(150, 450)  # raw: -104 ... +153 degC
    sign = st.sampled_from([b"+", b"-", b"X"])
    u24 = st.integers(0, 0xFFFFFF)
    low_v, high_v = sorted((draw(volts), draw(volts)))
    low_t, high_t = sorted((draw(temp), draw(temp)))
    return Frame(draw(st.integers(0, count * 1000)), draw(sign), draw(U16), draw(sign), draw(U16), draw(sign),
                 draw(U16), low_v, draw(cell_no), high_v, draw(cell_no), low_t, draw(cell_no), high_t,
                 draw(cell_no), draw(cell_no), count, draw(volts), draw(temp), draw(st.integers(0, 255)),
                 draw(u24), draw(u24), draw(u24), draw(st.integers(0, 100)), draw(u24), draw(u24),
                 draw(st.integers(25, 25 + 18)), draw(st.integers(0, 255)), *fixed)


@st.composite
def one_packs_frames(draw, min_size: int, max_size: int) -> list[Frame]:
    """Frames of one pack, as a serial port gives them: its cell count and settings stay (a frame whose
    settings differ from the last one's waits for the next to confirm it: see the settings test)."""
    count = draw(st.integers(2, 255))
    fixed = (draw(U16), draw(U16), draw(U16), draw(U16))
    return draw(st.lists(plausible_frames(count, fixed), min_size=min_size, max_size=max_size))


@settings(max_examples=150, deadline=None)
@given(one_packs_frames(1, 6), st.lists(st.binary(max_size=57), min_size=6, max_size=6), st.integers(1, 130))
def test_any_garbage_before_each_frame_loses_none(frames, garbage, chunk):
    data = b"".join(noise + encode_frame(f) for noise, f in zip(garbage, frames))
    assert feed_all(FrameDecoder(), data, chunk) == frames


@settings(max_examples=100, deadline=None)
@given(one_packs_frames(1, 4), st.data())
def test_split_at_any_offset_after_a_stray_byte(frames, data):
    stream = b"".join(b"\x00" + encode_frame(f) for f in frames)
    cut = data.draw(st.integers(0, len(stream)))
    decoder = FrameDecoder()
    assert decoder.feed(stream[:cut], 0.0) + decoder.feed(stream[cut:], 0.0) == frames


def test_a_garbage_flood_gives_no_frame_and_keeps_the_buffer_small():
    decoder = FrameDecoder()
    rng = random.Random(3)
    for _ in range(200):
        assert decoder.feed(rng.randbytes(4096), 0.0) == []
        assert decoder.buffered < 2 * FRAME_LENGTH
    assert decoder.frames == 0 and decoder.dropped_bytes > 200 * 4096 - 2 * FRAME_LENGTH


def _forged(rng: random.Random) -> bytes:
    """Noise that has the frame's sign bytes and a correct checksum: what the checksum alone takes."""
    body = bytearray(rng.randbytes(FRAME_LENGTH))
    for offset in (3, 6, 9):
        body[offset] = rng.choice(b"+-X")
    body[57] = sum(body[:57]) & 0xFF
    return bytes(body)


def test_noise_with_a_good_checksum_and_sign_bytes_is_not_taken_for_a_frame():
    rng = random.Random(11)
    decoder = FrameDecoder()
    taken = 0
    for _ in range(2000):
        taken += len(decoder.feed(rng.randbytes(rng.randrange(1, 40)) + _forged(rng), 0.0))
    assert taken == 0


def test_an_odd_but_valid_frame_is_found_when_the_next_one_confirms_it():
    """Values outside the structure check (a sensor reading 0xFFFF) still decode: two frames in a row,
    or one that matches the pack's last frame, confirm the boundary."""
    odd = [fr.decode_frame(_odd(encode_frame(make_frame(i)))) for i in range(3)]
    decoder = FrameDecoder()
    data = b"\x07" + b"".join(encode_frame(f) for f in odd)
    assert decoder.feed(data, 0.0) == odd
    # one odd frame after a stray byte, the pack known from earlier frames: its settings match
    decoder = FrameDecoder()
    decoder.feed(encode_frame(make_frame(0)), 0.0)
    assert decoder.feed(b"\x07" + encode_frame(odd[1]), 0.0) == [odd[1]]
    # alone, with nothing to confirm it, it waits (not invented, not lost while a next frame may come)
    decoder = FrameDecoder()
    assert decoder.feed(b"\x07" + encode_frame(odd[1]), 0.0) == []
    assert decoder.feed(encode_frame(odd[2]), 0.0) == [odd[1], odd[2]]


def _odd(data: bytes) -> bytes:
    body = bytearray(data)
    body[28:30] = b"\xff\xff"  # the reported cell's temperature: a sensor fault
    body[57] = sum(body[:57]) & 0xFF
    return bytes(body)


def _cut_joining_the_next_into_a_checksum(cut_at: int, nxt: bytes) -> bytes | None:
    """The first `cut_at` bytes of a frame (cut short on the wire), its pack voltage's low byte changed
    so that they and the next frame's head make 58 bytes whose checksum holds (what the one-byte
    checksum lets through about once in 256), or None when those bytes fail the field checks anyway."""
    head = bytearray(encode_frame(make_frame(50))[:cut_at])
    joined = head + nxt[:FRAME_LENGTH - cut_at]
    head[2] = (head[2] + joined[57] - sum(joined[:57])) & 0xFF
    try:
        fr.decode_frame(bytes(head) + nxt[:FRAME_LENGTH - cut_at])
    except fr.FrameError:
        return None
    return bytes(head)


def test_a_cut_frame_joined_to_the_next_is_not_taken_and_the_next_is_kept():
    """Locked on a pack, a frame cut short is followed by a good one. Their 58 bytes can pass the
    checksum, the field checks and even look like a working pack's frame; the decoder takes a frame
    whose fixed values differ from the pack's only when the next frame confirms it, so it finds the
    good frame behind them instead of swallowing it. Every cut whose joined bytes decode is tried (not
    the last byte alone: the 57 bytes before it are the whole frame, taken, and the next is lost)."""
    first, good, after = make_frame(1), make_frame(2), make_frame(3)
    cuts = [cut_at for cut_at in range(4, FRAME_LENGTH - 1)
            if _cut_joining_the_next_into_a_checksum(cut_at, encode_frame(good)) is not None]
    assert len(cuts) >= 15  # the checksum and the field checks alone let these through
    for cut_at in cuts:
        cut = _cut_joining_the_next_into_a_checksum(cut_at, encode_frame(good))
        decoder = FrameDecoder()
        assert decoder.feed(encode_frame(first), 0.0) == [first] and decoder.locked
        assert feed_all(decoder, cut + encode_frame(good) + encode_frame(after), chunk=7) == [good, after], cut_at


def test_a_settings_change_shows_one_frame_later_and_loses_nothing():
    """Frames whose capacity or voltage settings changed differ from the pack's last frame: the first
    waits for the next one to confirm it, then both are given, in order."""
    changed = [fr.decode_frame(_with_vbypass(encode_frame(make_frame(i)), 3.6)) for i in (1, 2, 3)]
    assert changed[0].vbypass_raw == 720 and make_frame(0).vbypass_raw != 720
    decoder = FrameDecoder()
    assert decoder.feed(encode_frame(make_frame(0)), 0.0) == [make_frame(0)]
    assert decoder.feed(encode_frame(changed[0]), 0.0) == []  # not the pack's settings: wait
    assert decoder.feed(encode_frame(changed[1]), 0.0) == changed[:2]
    assert decoder.feed(encode_frame(changed[2]), 0.0) == [changed[2]]  # the pack's settings now


def _with_vbypass(data: bytes, volts: float) -> bytes:
    body = bytearray(data)
    raw = round(volts / 0.005)
    body[55:57] = raw.to_bytes(2, "big")  # V bypass, the last of the three settings
    body[57] = sum(body[:57]) & 0xFF
    return bytes(body)


def test_golden_frame_after_random_noise():
    golden = bytes.fromhex("0029902b00502d00182b003802940202a805011501012c030410029e0118030003e80007d00001f450"
                           "00006400005a19620032024402da02bc8c")
    for _ in range(50):
        decoder = FrameDecoder()
        assert decoder.feed(os.urandom(40) + golden, 0.0) == [fr.decode_frame(golden)]


def test_a_frame_that_lost_only_its_checksum_byte_costs_no_other_frame():
    """Its first 57 bytes are whole, and the next frame's first byte (0 for any pack under 327 V) passes
    as its checksum whenever that checksum is 0: the frame is taken (its values are right), and the
    next frame, one byte earlier than the lock expects, must still be found."""
    frames = [make_frame(i) for i in range(2000)]
    k = next(i for i in range(2, len(frames) - 4)
             if encode_frame(frames[i])[-1] == encode_frame(frames[i + 1])[0])
    shown = frames[k - 2:k + 4]
    data = b"".join(encode_frame(f)[:-1] if f is frames[k] else encode_frame(f) for f in shown)
    for chunk in (None, 1, 7, 57, 58, 59, 116):
        decoder = FrameDecoder()
        assert feed_all(decoder, data, chunk) == shown, chunk
        assert decoder.locked and decoder.buffered == 0
    # and a lock that fails for good still slides on: the byte kept for the look back is never a frame's
    decoder = FrameDecoder()
    noise = bytes(random.Random(3).randrange(256) for _ in range(200))
    got = feed_all(decoder, encode_frame(frames[0]) + noise + encode_frame(frames[1]) + encode_frame(frames[2]), 13)
    assert got == [frames[0], frames[1], frames[2]]
