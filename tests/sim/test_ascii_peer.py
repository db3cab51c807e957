"""The ASCII personality through real bytes: echo, `$` flush, login, writes, reads, stream, keep-alive."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import CellRecord, PackRecord, ReplyLine, StreamDecoder
from smartbms_gui.sim.battery import SimulatedBattery


def test_echo_is_immediate_and_reply_waits_for_flush(wire):
    wire.send(commands.read("S1"))
    first = [i.text for i in wire.take() if isinstance(i, ReplyLine)]
    assert first == ["S1@"]  # echo only: the reply is held
    wire.send(commands.FLUSH)
    reply = [i.text for i in wire.take() if isinstance(i, ReplyLine)]
    assert len(reply) == 1
    record = ascii_records.parse_settings_record("S1", reply[0])
    assert record.value("pin") == "1234"
    assert record.value("capacity_wh") == wire.battery.setting("capacity_wh")


@pytest.mark.parametrize("kind", ["V", "S1", "S2"])
def test_settings_records_have_valid_checksums(wire, kind):
    lines = wire.ask(commands.read(kind))
    assert lines[0] == f"{kind}@"
    ascii_records.parse_settings_record(kind, lines[1])  # raises on a bad checksum


def test_gen3_answers_s3_and_relay_records(make_wire):
    wire = make_wire(SimulatedBattery(cells=8, generation=Generation.GEN3))
    for kind in ("S2", "S3", "SRY0", "SRY1"):
        lines = wire.ask(commands.read(kind))
        record = ascii_records.parse_settings_record(kind, lines[1])
        if kind == "SRY1":
            assert record.value("function") == 2
    s2 = ascii_records.parse_settings_record("S2", wire.ask(commands.read("S2"))[1])
    assert len(s2.raw) == 11


def test_gen2_s2_is_short_and_s3_is_unknown(wire):
    s2 = ascii_records.parse_settings_record("S2", wire.ask(commands.read("S2"))[1])
    assert len(s2.raw) == 6
    assert wire.ask(commands.read("S3"))[1] == "WRONG"


def test_timestamp_log_and_history_records_parse(wire):
    wire.battery.step(3 * 3600)
    now = ascii_records.parse_timestamp(wire.ask(commands.read("TS"))[1])
    assert now == wire.battery.device_counter
    entry = ascii_records.parse_cell_log(0, wire.ask(commands.read("L0"))[1])
    assert entry.slot == 0
    blocks = [ascii_records.parse_soc_history(k, wire.ask(commands.read(f"H{k:X}"))[1]) for k in range(14)]
    history = ascii_records.assemble_soc_history(blocks)
    assert len(history) == 168
    ring, newest = wire.battery.soc_history, wire.battery.history_index
    assert history == [ring[(newest + 1 + n) % 168] for n in range(168)]  # oldest first
    assert history[-1] == wire.battery.soc_history[wire.battery.history_index]


def test_write_without_pin_is_refused_and_changes_nothing(wire):
    before = dict(wire.battery.settings)
    s2_before = wire.ask(commands.read("S2"))[1]
    assert wire.write("vmax_v", 3.60) == ["NA", "NA"]
    assert wire.battery.settings == before
    assert wire.ask(commands.read("S2"))[1] == s2_before


def test_wrong_pin_is_not_authorised(wire):
    assert wire.ask(commands.login("9999"))[1] == "NA"
    assert wire.write("vmax_v", 3.60) == ["NA", "NA"]


def test_write_with_pin_then_read_back(wire):
    wire.login()
    assert wire.write("vmax_v", 3.60) == ["OK", "OK"]
    s2 = ascii_records.parse_settings_record("S2", wire.ask(commands.read("S2"))[1])
    assert s2.value("vmax_v") == pytest.approx(3.60)
    assert wire.write("capacity_wh", 5000) == ["OK", "OK"]
    s1 = ascii_records.parse_settings_record("S1", wire.ask(commands.read("S1"))[1])
    assert s1.value("capacity_wh") == 5000


def s2(wire) -> ascii_records.SettingsRecord:
    return ascii_records.parse_settings_record("S2", wire.ask(b"S2@\r")[1])


def test_each_byte_is_applied_as_it_arrives_the_references_example(wire):
    """docs/protocol.md §3.2 (UNKNOWN, assume the worst): V max 3.80 → 4.20 V with only the high byte
    landed reads 5.08 V. Literal bytes: 3.80 V = raw 0x2F8, 4.20 V = raw 0x348."""
    wire.login()
    assert wire.ask(b"02-050!\r")[1:] == ["OK"]
    assert wire.ask(b"F8-051!\r")[1:] == ["OK"]
    assert s2(wire).value("vmax_v") == pytest.approx(3.80)
    assert wire.ask(b"03-050!\r") == ["03-050!", "OK"]  # the high byte of 4.20 V, and nothing more
    assert s2(wire).raw_value("vmax_v") == 0x3F8
    assert s2(wire).value("vmax_v") == pytest.approx(5.08)  # neither old nor new: over-voltage protection off


def test_a_refused_low_byte_leaves_the_high_byte_stored(wire):
    """V min 1.0 V (raw 0x0C8) is below the 2.0 V the cell boards work at: the low byte is refused,
    but by then the high byte 0x00 has landed on 2.9 V (raw 0x244): the battery holds 0.34 V."""
    wire.login()
    assert wire.write("vmin_v", 2.90) == ["OK", "OK"]
    replies = [wire.ask(c)[1] for c in commands.write_word(0x040, 0x0C8)]
    assert replies == ["OK", "KO"]
    assert s2(wire).raw_value("vmin_v") == 0x044


def test_apply_on_the_last_byte_is_the_benign_option(wire):
    wire.peer.apply_bytes = "last"
    wire.login()
    assert wire.write("vmin_v", 2.90) == ["OK", "OK"]
    before = dict(wire.battery.settings)
    assert [wire.ask(c)[1] for c in commands.write_word(0x040, 0x0C8)] == ["OK", "KO"]
    assert wire.battery.settings == before  # refused whole
    hi, lo = commands.write_word(0x050, params.parameter("vmax_v").to_raw(3.55))
    assert wire.ask(hi)[1] == "OK" and wire.battery.settings == before
    assert wire.ask(lo)[1] == "OK"
    assert s2(wire).value("vmax_v") == pytest.approx(3.55)


def test_a_stale_high_byte_is_not_merged_into_a_later_write(wire):
    """apply_bytes="last": a high byte whose low byte never came is dropped by the next command, so
    a later lone low byte merges with what the battery holds, not with the stale high byte."""
    wire.peer.apply_bytes = "last"
    wire.login()
    assert wire.ask(b"02-050!\r")[1:] == ["OK"] and wire.ask(b"F8-051!\r")[1:] == ["OK"]  # 3.80 V
    assert wire.ask(b"03-050!\r")[1:] == ["OK"]  # the high byte of 4.20 V; its low byte is lost
    wire.ask(b"S1@\r")  # an unrelated command
    assert wire.ask(b"F0-051!\r")[1:] == ["OK"]  # a lone low byte, much later
    assert s2(wire).raw_value("vmax_v") == 0x2F0  # 0x02 (held) + 0xF0, never 0x3F0 (the stale 0x03)


def test_any_byte_releases_a_held_reply_earlier_reply_first(wire):
    """docs/protocol.md §3: a client that only repeats its command must still get its answer."""
    out = bytearray()
    wire.peer.on_output = out.extend
    for _ in range(3):
        wire.send(b"V@\r")
    assert out.count(b"V@\r") == 3
    lines = bytes(out).split(b"\r")
    assert lines[0] == b"V@" and lines[2] == b"V@" and lines[4] == b"V@"
    for body in (lines[1], lines[3]):  # the earlier answers, each before the next echo
        assert ascii_records.parse_settings_record("V", body.decode()).kind == "V"
    assert lines[5:] == [b""]  # the third answer is still held...
    wire.send(b"\x05")  # ...until any byte arrives
    assert ascii_records.parse_settings_record("V", bytes(out).split(b"\r")[5].decode()).kind == "V"


def test_gen3_ends_every_stream_record_with_cr(make_wire):
    """A client used on real Gen3 hardware splits on CR alone (docs/protocol.md §3.3)."""
    wire = make_wire(SimulatedBattery(cells=8, generation=Generation.GEN3, seed=3))
    message = wire.peer.stream_message()
    assert message.endswith(b"\r") and b" " not in message
    pieces = message.split(b"\r")[:-1]
    assert len(pieces) == 7 + 8  # U V T E M H B and eight cells
    for piece in pieces:
        decoder = StreamDecoder(Generation.GEN3)
        [record] = decoder.feed(piece + b"\r")
        assert not isinstance(record, ReplyLine) and decoder.dropped == 0


def test_gen2_separates_the_records_of_a_message_with_spaces(wire):
    message = wire.peer.stream_message()
    assert message.endswith(b"\r") and message.count(b"\r") == 1
    assert len(message[:-1].split(b" ")) == 7 + 8


def test_malformed_command_is_WRONG(wire):
    assert wire.ask(b"HELLO\r") == ["HELLO", "WRONG"]


def test_pin_change_at_the_simulator_address(wire):
    wire.login()
    assert wire.write("pin", "4321") == ["OK"] * 4
    assert wire.ask(commands.login("1234"))[1] == "NA"
    assert wire.ask(commands.login("4321"))[1] == "OK"


def test_stream_starts_sends_cells_and_stops(wire):
    assert wire.ask(commands.start_stream())[1] == "OK"
    for _ in range(8):
        wire.runner.advance(0.3)
        wire.send(commands.FLUSH)  # keep-alive
    items = wire.take()
    packs = [i for i in items if isinstance(i, PackRecord)]
    cells = {i.cell for i in items if isinstance(i, CellRecord)}
    assert len(packs) >= 4
    assert cells == set(range(1, 17))
    assert wire.decoder.dropped == 0
    assert wire.ask(commands.stop_stream())[1] == "OK"
    wire.runner.advance(2.0)
    assert not [i for i in wire.take() if isinstance(i, PackRecord)]


def test_the_first_message_follows_the_start_s_ok_without_waiting_for_a_tick(wire):
    """A start answered at once is followed at once by the first message, after the OK (the window's
    first value no longer waits for the runner's next tick); the next comes a message interval later."""
    wire.send(commands.start_stream() + commands.FLUSH)  # one write, no tick in between
    items = wire.take()
    texts = [i.text for i in items if isinstance(i, ReplyLine)]
    assert texts[-1] == "OK"
    first_pack = next(n for n, i in enumerate(items) if isinstance(i, PackRecord))
    assert first_pack > max(n for n, i in enumerate(items) if isinstance(i, ReplyLine))
    assert wire.peer.stream_messages == 1
    wire.runner.advance(wire.battery.normal.message_interval_s * 0.5)
    assert wire.peer.stream_messages == 1  # not a second one at the next tick
    wire.runner.advance(wire.battery.normal.message_interval_s * 0.6)
    assert wire.peer.stream_messages == 2


def test_keepalive_timeout_stops_the_stream(wire):
    wire.ask(commands.start_stream())
    wire.runner.advance(1.0)
    assert any(isinstance(i, PackRecord) for i in wire.take())
    wire.runner.advance(1.0)  # 2 s without a byte from the app
    wire.take()
    assert not wire.peer.streaming
    wire.runner.advance(3.0)
    assert not any(isinstance(i, PackRecord) for i in wire.take())


def test_keepalive_keeps_the_stream_going(wire):
    wire.ask(commands.start_stream())
    for _ in range(20):  # 6 s with a `$` every 0.3 s
        wire.runner.advance(0.3)
        wire.send(commands.KEEPALIVE)
    wire.take()
    assert wire.peer.streaming
    wire.runner.advance(1.0)
    assert any(isinstance(i, PackRecord) for i in wire.take())


def test_stream_rate_follows_switch_1(wire):
    wire.ask(commands.start_stream())
    wire.take()

    def packs_in(seconds):
        n = 0
        for _ in range(int(seconds / 0.25)):
            wire.runner.advance(0.25)
            wire.send(commands.KEEPALIVE)
            n += sum(isinstance(i, PackRecord) for i in wire.take())
        return n

    wire.battery.set_switch(1, True)
    fast = packs_in(5.0)
    wire.battery.set_switch(1, False)
    slow = packs_in(5.0)
    assert 9 <= fast <= 11
    assert 4 <= slow <= 6
