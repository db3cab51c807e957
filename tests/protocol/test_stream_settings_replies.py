"""Settings replies share the wire with the live stream: they must reach the client as `ReplyLine`s
and never turn into stream records (docs/protocol.md §3.1, §3.3)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import ascii_records as ar
from smartbms_gui.protocol import stream as s
from smartbms_gui.protocol.scaling import Generation

# The audit's literal examples: a Gen3 S2 reply with V low 3.095 V (raw 0x26B), whose tail
# `B_0294_0A_0A_92` once came out as BalanceRecord(660, 10, ...), and a Gen2 S2 with T min charge
# raw 0x10B; and an S3 whose sensor code 11 is sent unpadded, so the record starts `B_`.
GEN3_S2 = b"0244_02DA_0111_014F_5A_14_00F7_026B_0294_0A_0A_92"
GEN2_S2 = b"0244_02DA_010B_014F_5A_14_3A"
S3_UNPADDED = b"B_00_00_00_00_0000_0000_00_00_01_01_0A_35"
# An unpadded S1 (solar peak 110 W = B) that is also a plausible B stream record.
S1_AMBIGUOUS = b"B_1F4_13_31323334_E7"
# A real C record whose status1 (0x9C) happens to equal the settings checksum of what precedes it.
C_LOOKS_CHECKSUMMED = b"C_01_10_02A0_0130_9C"


def _records(items):
    return [i for i in items if not isinstance(i, s.ReplyLine)]


def _replies(items):
    return [i.text for i in items if isinstance(i, s.ReplyLine)]


def test_the_examples_are_what_they_claim():
    for line, kind in ((GEN3_S2, "S2"), (GEN2_S2, "S2"), (S3_UNPADDED, "S3"), (S1_AMBIGUOUS, "S1")):
        ar.parse_settings_record(kind, line.decode())  # checksums hold
        assert s.is_settings_reply(line)
    assert ar.parse_settings_record("S2", GEN3_S2.decode()).raw_value("vlow_v") == 0x26B
    assert ar.parse_settings_record("S2", GEN2_S2.decode()).raw_value("tmin_charge_c") == 0x10B
    assert ar.parse_settings_record("S3", S3_UNPADDED.decode()).raw_value("sensor") == 11
    assert s.is_settings_reply(C_LOOKS_CHECKSUMMED) and s.is_settings_reply(S1_AMBIGUOUS)
    for token in (C_LOOKS_CHECKSUMMED, S1_AMBIGUOUS):  # and both are plausible stream records
        parser = s.StreamDecoder()._parsers[token[0]]
        assert parser.parse(token[2:].split(b"_")).letter == chr(token[0])
    for token in (GEN3_S2, GEN2_S2, S3_UNPADDED):
        assert not s.is_settings_reply(token[:-1] + (b"0" if token[-1:] != b"0" else b"1"))


def test_s2_replies_with_a_b_inside_give_no_stream_record():
    for generation, line, echo in ((Generation.GEN3, GEN3_S2, b"S2@"), (Generation.GEN2, GEN2_S2, b"S2@")):
        for data in (echo + b"\r" + line + b"\r", line + b"\r", line + b" "):
            decoder = s.StreamDecoder(generation)
            items = decoder.feed(data)
            assert _records(items) == []
            assert line.decode() in _replies(items)
            assert decoder.dropped == 0 and decoder.records == 0


def test_a_damaged_s2_reply_is_not_searched_for_records():
    damaged = GEN3_S2[:-2] + b"00"  # checksum no longer holds
    decoder = s.StreamDecoder(Generation.GEN3)
    items = decoder.feed(b"S2@\r" + damaged + b"\r")
    assert _records(items) == [] and _replies(items) == ["S2@", damaged.decode()]


def test_a_settings_reply_starting_with_a_record_letter_reaches_the_client():
    for data in (b"S3@\r" + S3_UNPADDED + b"\r", S3_UNPADDED + b"\r"):
        decoder = s.StreamDecoder(Generation.GEN3)
        items = decoder.feed(data)
        assert _records(items) == []
        assert _replies(items)[-1] == S3_UNPADDED.decode()
        assert decoder.dropped == 0


def test_while_a_read_is_answered_a_checksummed_token_is_a_reply_even_if_it_is_also_a_record():
    decoder = s.StreamDecoder()
    items = decoder.feed(b"S1@\r" + S1_AMBIGUOUS + b"\r")
    assert _records(items) == [] and _replies(items) == ["S1@", S1_AMBIGUOUS.decode()]
    decoder = s.StreamDecoder()
    decoder.expect_reply()  # a device that does not echo: the client says a read is in flight
    assert _replies(decoder.feed(S1_AMBIGUOUS + b"\r")) == [S1_AMBIGUOUS.decode()]


def test_stream_records_between_the_echo_and_the_answer_still_come_through():
    decoder = s.StreamDecoder()
    items = decoder.feed(b"S1@\rU_2A30_X_+0010_-0004 C_01_10_02A0_0130_03 " + S1_AMBIGUOUS + b"\r")
    assert [type(i).__name__ for i in items] == ["ReplyLine", "PackRecord", "CellRecord", "ReplyLine"]


def test_without_a_read_in_flight_a_record_that_passes_the_checksum_by_chance_is_a_record():
    """The documented choice: no echo, no expect_reply() -> the stream is what is arriving."""
    decoder = s.StreamDecoder()
    items = decoder.feed(C_LOOKS_CHECKSUMMED + b" ")
    assert len(items) == 1 and type(items[0]) is s.CellRecord and items[0].status1 == 0x9C
    # and after an answer the window is closed again
    decoder.feed(b"S1@\r0019_01F4_0013_31323334_FF\r")
    assert type(decoder.feed(C_LOOKS_CHECKSUMMED + b" ")[0]) is s.CellRecord


def test_a_refused_read_closes_the_window():
    decoder = s.StreamDecoder()
    decoder.feed(b"S3@\rWRONG\r")
    assert type(decoder.feed(C_LOOKS_CHECKSUMMED + b" ")[0]) is s.CellRecord


def test_an_unanswered_read_stops_waiting_after_the_window():
    decoder = s.StreamDecoder()
    decoder.feed(b"S2@\r")
    decoder.feed(b"U_2A30_X_+0010_-0004 " * s.StreamDecoder.REPLY_WINDOW)
    assert type(decoder.feed(C_LOOKS_CHECKSUMMED + b" ")[0]) is s.CellRecord


def test_a_record_glued_behind_an_echo_or_a_broken_record_is_still_recovered():
    decoder = s.StreamDecoder()
    items = decoder.feed(b"OKU_2A30_X_+0010_-0004 E_0FA0_1388_07D0_50C_01_10_02A0_0130_03 ")
    assert [type(i).__name__ for i in _records(items)] == ["PackRecord", "CellRecord"]
    assert decoder.dropped == 1  # the E record that lost its terminator


# ---- property: no stream record ever comes out of a valid settings reply ---------------------------

def _raw_values(kind: str):
    """Every field any value its width can carry (or not available)."""
    specs = ar.RECORD_FIELDS[kind]
    count = max(spec.index for spec in specs) + 1
    widths = {spec.index: spec.width for spec in specs}
    fields = [st.none() | st.integers(0, 16 ** widths.get(i, 4) - 1) for i in range(count)]
    return st.tuples(*fields).flatmap(
        lambda raw: st.integers(ar.REQUIRED_FIELDS[kind], len(raw)).map(lambda n: raw[:n]))


def _unpadded(line: str) -> str:
    """The same record with every number written in as few digits as possible: the reference
    publishes no field widths, so the device may send them that way."""
    body = line.rpartition("_")[0]
    fields = ["X" if f.startswith("X") else format(int(f, 16), "X") for f in body.split("_")]
    text = "_".join(fields)
    return f"{text}_{ar.record_checksum(text):02X}"


def _other_replies():
    entries = st.builds(ar.CellLogEntry, st.integers(0, 9), st.integers(0, 0xFFFFFFFF),
                        st.sampled_from(list(ar.LogEvent)), st.integers(0, 0xFFFF), st.integers(0, 255))
    blocks = st.builds(ar.SocHistoryBlock, st.integers(0, 13), st.integers(0, 167),
                       st.lists(st.none() | st.integers(0, 100), min_size=12, max_size=12).map(tuple))
    return st.one_of(
        st.tuples(st.just("TS"), st.integers(0, 0xFFFFFFFF).map(ar.encode_timestamp)),
        st.tuples(st.sampled_from([f"L{n}" for n in range(10)]), entries.map(ar.encode_cell_log)),
        st.tuples(st.sampled_from([f"H{k:X}" for k in range(14)]), blocks.map(ar.encode_soc_history)),
    )


settings_replies = st.one_of(
    st.sampled_from(ar.SETTINGS_KINDS).flatmap(
        lambda kind: _raw_values(kind).map(lambda raw: (kind, ar.encode_settings_record(kind, raw)))),
    _other_replies(),
)

STREAM = [b"U_2A30_X_+0010_-0004", b"C_01_10_02A0_0130_03", b"E_0FA0_1388_07D0_50", b"B_0064_005A_0BB8_07D0",
          b"M_04D2_0929_0C:1E"]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(settings_replies, st.booleans(), st.sampled_from([Generation.GEN2, Generation.GEN3]),
       st.lists(st.sampled_from(STREAM), max_size=3), st.integers(1, 25), st.sampled_from([b" ", b"\r"]))
def test_no_stream_record_ever_comes_out_of_a_valid_settings_reply(reply, unpadded, generation, around, piece,
                                                                    end):
    kind, line = reply
    if unpadded:
        line = _unpadded(line)
    data = b" ".join(around) + b" " + f"{kind}@\r{line}".encode() + end + b" ".join(around) + end
    decoder = s.StreamDecoder(generation)
    items = []
    for i in range(0, len(data), piece):  # BLE-sized pieces
        items += decoder.feed(data[i:i + piece])
    expected = [r for r in s.StreamDecoder(generation).feed(b" ".join(around + around) + b" ")]
    assert _records(items) == expected
    assert line in _replies(items)
    assert decoder.dropped == 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(settings_replies, st.sampled_from([Generation.GEN2, Generation.GEN3]))
def test_without_an_echo_a_padded_reply_still_gives_no_record(reply, generation):
    """Our encoder's widths (every field at least two digits, or X): no record, echo or not."""
    _kind, line = reply
    decoder = s.StreamDecoder(generation)
    items = decoder.feed(line.encode() + b"\r")
    assert items == [s.ReplyLine(line)] and decoder.dropped == 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(settings_replies, st.sampled_from([Generation.GEN2, Generation.GEN3]))
def test_without_an_echo_an_unpadded_reply_is_never_mined_for_a_record(reply, generation):
    """No echo and unpadded: the only record that may come out is the whole token read as one (the
    ambiguous case documented in StreamDecoder), never one found inside it."""
    line = _unpadded(reply[1])
    items = s.StreamDecoder(generation).feed(line.encode() + b"\r")
    if _records(items):
        parser = s.StreamDecoder(generation)._parsers[ord(line[0])]
        assert items == [parser.parse(line[2:].encode().split(b"_"))]
    else:
        assert items == [s.ReplyLine(line)]
