"""Fuzz every parser the stream and frame fuzz tests do not cover (issue 13.8): settings records, the
device clock, the cell log and the SoC history (protocol/ascii_records.py and the device layer's
`device/history.py` on top), and the simulator's command parser (protocol/commands.py).

Whatever text arrives, a parser returns its result or raises the module's documented error type,
`ProtocolError` (ChecksumError/FieldError); nothing else. Inputs are built to get past the checksum
most of the time, so the field parsing is reached, not only the checksum test; and what a parser
returns can be used (values, `decode_settings`) without an exception either.
"""

from __future__ import annotations

import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from smartbms_gui.device import history
from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.ascii_records import record_checksum
from smartbms_gui.protocol.errors import ProtocolError
from smartbms_gui.protocol.scaling import Generation

# One field: mostly plausible hex (any width, signs, X), sometimes anything printable or not.
_HEXISH = st.text(alphabet="0123456789ABCDEFabcdefX+-", max_size=10)
_ANY = st.text(alphabet=st.characters(blacklist_characters="_\r\n"), max_size=6)
_FIELD = st.one_of(_HEXISH, _HEXISH, _HEXISH, _ANY)


@st.composite
def record_lines(draw, max_fields: int = 14) -> str:
    """`f0_f1_…_CS` with the right checksum most of the time, else a wrong or broken one."""
    fields = draw(st.lists(_FIELD, max_size=max_fields))
    body = "_".join(fields)
    check = draw(st.sampled_from(["good", "good", "good", "wrong", "text", "none"]))
    if check == "good":
        return f"{body}_{record_checksum(body):02X}"
    if check == "wrong":
        return f"{body}_{(record_checksum(body) + draw(st.integers(1, 255))) & 0xFF:02X}"
    if check == "text":
        return f"{body}_{draw(_ANY)}"
    return body


_LINES = st.one_of(record_lines(), st.text(max_size=80))


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(ascii_records.SETTINGS_KINDS + ("S9", "")), line=_LINES)
@example(kind="S1", line="0096_00E6_0026_123456789_" + f"{record_checksum('0096_00E6_0026_123456789'):02X}")
@example(kind="S1", line="0096_00E6_0026_-1_" + f"{record_checksum('0096_00E6_0026_-1'):02X}")
def test_a_settings_record_parses_or_raises_a_protocol_error_and_what_parses_can_be_used(kind, line):
    try:
        record = ascii_records.parse_settings_record(kind, line)
    except ProtocolError:
        return
    assert record.kind == kind and len(record.raw) >= ascii_records.REQUIRED_FIELDS[kind]
    record.values()  # every field in SI units (the PIN included, as a string)
    repr(record)
    for generation in (None, Generation.GEN2, Generation.GEN3):
        params.decode_settings({kind: record}, include_pin=True, generation=generation)


@settings(max_examples=300, deadline=None)
@given(slot=st.integers(0, 9), line=st.one_of(record_lines(max_fields=5), st.text(max_size=40)))
def test_a_cell_log_line_parses_or_raises_a_protocol_error(slot, line):
    try:
        entry = ascii_records.parse_cell_log(slot, line)
    except ProtocolError:
        pass
    else:
        assert entry.slot == slot
        entry.value, entry.unit  # noqa: B018 (they must not raise)
    try:
        kept = history.parse_log_line(slot, line)  # keeps a type code this app does not know
    except ProtocolError:
        return
    assert kept.slot == slot and isinstance(kept.code, int)


@settings(max_examples=300, deadline=None)
@given(block=st.integers(0, ascii_records.HISTORY_BLOCKS - 1),
       line=st.one_of(record_lines(max_fields=3), st.text(max_size=40),
                      st.builds(lambda i, d: f"{i}_{d}", _HEXISH, st.text("0123456789ABCDEFX", min_size=22,
                                                                          max_size=26))
                      .map(lambda body: f"{body}_{record_checksum(body):02X}")))
def test_a_soc_history_block_parses_or_raises_a_protocol_error(block, line):
    try:
        parsed = ascii_records.parse_soc_history(block, line)
    except ProtocolError:
        pass
    else:
        assert len(parsed.values) == ascii_records.HISTORY_VALUES_PER_BLOCK
        assert all(v is None or 0 <= v < 255 for v in parsed.values)
        ascii_records.assemble_soc_history([parsed])
    try:
        placed = history.parse_history_block(block, line)
    except ProtocolError:
        return
    assert 0 <= placed.index < ascii_records.HISTORY_HOURS


@settings(max_examples=200, deadline=None)
@given(line=st.one_of(record_lines(max_fields=2), st.text(max_size=30)))
def test_the_device_clock_parses_or_raises_a_protocol_error(line):
    try:
        now = ascii_records.parse_timestamp(line)
    except ProtocolError:
        return
    assert isinstance(now, int)


_COMMAND_PIECES = st.sampled_from(["PW", "E!", "D!", "@", "!", "-", "S2", "L3", "HD", "TS", "0B", "050",
                                   "\x05", " ", "1234", "١٢٣٤", "\t"])


@settings(max_examples=400, deadline=None)
@given(line=st.one_of(st.text(max_size=20), st.lists(_COMMAND_PIECES, max_size=6).map("".join),
                      st.text(alphabet=string.hexdigits + "-!", max_size=8)))
@example(line="PW١٢٣٤!")  # Arabic-Indic digits: not a PIN a BMS can hold
@example(line="PW１２３４!")  # full-width digits
def test_a_command_parses_as_the_device_would_or_raises_a_protocol_error(line):
    try:
        command = commands.parse_command(line)
    except ProtocolError:
        return
    assert command.kind in ("login", "read", "write", "start", "stop", "wake")
    if command.kind == "login":
        pin = command.pin
        assert pin is not None and len(pin) == 4 and pin.isascii() and pin.isdigit()
        assert commands.login(command.pin).rstrip(b"\r").decode() == line.strip()
    if command.kind == "write":
        assert 0 <= command.value <= 0xFF and 0 <= command.address <= 0xFFF
        sent = commands.write_byte(command.address, command.value).rstrip(b"\r").decode()
        assert sent == line.strip().upper()
    if command.kind == "read":
        assert command.record in commands.READABLE_RECORDS
