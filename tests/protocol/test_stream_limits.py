"""Bounded work on hostile input: over-long tokens are dropped before decoding, and the search for a
record glued inside a token looks at a bounded number of candidates. Correctness checks only; the
time it takes is a figure in benchmarks/bench_protocol.py."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import stream as s

GOOD = b"U_2A30_X_+0010_-0004 C_01_10_02A0_0130_03 "


def _records(items):
    return [i for i in items if not isinstance(i, s.ReplyLine)]


@pytest.mark.parametrize("piece", [None, 20, 4096])
def test_a_200_kb_token_of_record_starts_is_dropped_once_and_the_stream_goes_on(piece):
    garbage = b"C_" * 100_000 + b" "
    data = garbage + GOOD
    decoder = s.StreamDecoder()
    items = []
    if piece is None:
        items = decoder.feed(data)
    else:
        for i in range(0, len(data), piece):
            items += decoder.feed(data[i:i + piece])
    assert [type(r).__name__ for r in _records(items)] == ["PackRecord", "CellRecord"]
    assert [i for i in items if isinstance(i, s.ReplyLine)] == []  # nothing of the garbage surfaces
    assert decoder.dropped == 1 and decoder.overlong == 1
    assert "longer than" in str(decoder.last_error)


def test_a_token_just_within_the_limit_is_decoded_and_one_beyond_is_not():
    record = b"U_2A30_X_+0010_-0004"
    inside = b"$" * (s.StreamDecoder.MAX_TOKEN - len(record)) + record  # garbage glued before a record
    decoder = s.StreamDecoder()
    assert _records(decoder.feed(inside + b" ")) != []
    assert decoder.overlong == 0
    beyond = b"$" + inside
    assert _records(decoder.feed(beyond + b" ")) == [] and decoder.overlong == 1


def test_many_short_garbage_tokens_in_one_chunk_lose_nothing_after_them():
    data = b"C_C_C_C_ B_X_ E_ " * 2_000 + GOOD
    decoder = s.StreamDecoder()
    items = decoder.feed(data)
    assert [type(r).__name__ for r in _records(items)] == ["PackRecord", "CellRecord"]
    assert decoder.dropped == 6_000 and decoder.overlong == 0


def test_the_recovery_search_parses_a_bounded_number_of_candidates():
    decoder = s.StreamDecoder()
    calls = []
    for key, parser in decoder._parsers.items():
        original = parser.parse

        class Counting:
            def __init__(self, original):
                self.original = original

            def parse(self, parts):
                calls.append(len(parts))
                return self.original(parts)

        decoder._parsers[key] = Counting(original)
    token = (b"$" + b"C_" * (s.StreamDecoder.MAX_TOKEN // 2 - 1))[: s.StreamDecoder.MAX_TOKEN]
    decoder.feed(token + b" ")
    assert decoder.overlong == 0
    assert len(calls) <= max(hi for _lo, hi in s.FIELD_COUNTS.values()) + 2


def test_an_unterminated_flood_keeps_the_pending_buffer_bounded_and_resumes_after_its_end():
    decoder = s.StreamDecoder()
    for _ in range(300):
        assert decoder.feed(b"C_" * 1000) == []
        assert len(decoder._pending) <= s.StreamDecoder.MAX_PENDING
    assert decoder.overlong == 1  # one token, counted once
    items = decoder.feed(b"C_ " + GOOD)  # its end, then good records
    assert [type(r).__name__ for r in _records(items)] == ["PackRecord", "CellRecord"]
    assert decoder.overlong == 1
