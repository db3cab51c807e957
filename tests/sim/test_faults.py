"""Every named fault: battery faults light the right warning light and open the right relays
(read through the wire); wire faults damage, delay or withhold bytes in the peers."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import ascii_records, commands
from smartbms_gui.protocol.ascii_records import LogEvent
from smartbms_gui.protocol.frame import FrameDecoder
from smartbms_gui.protocol.status import WarningLight, relays, warning_lights
from smartbms_gui.protocol.stream import CellRecord, PackRecord, ReplyLine
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.faults import FAULTS, UnknownFault
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner


def lit(status1):
    return {light for light, on in warning_lights(status1).items() if on}


# fault -> (the light it must raise, (charge allowed, load allowed), the log event it records)
BATTERY_FAULTS = {
    "cell_over_voltage": (WarningLight.VH, (False, True), LogEvent.VOLTAGE_HIGH),
    "cell_under_voltage": (WarningLight.VL, (True, False), LogEvent.VOLTAGE_LOW),
    "temperature_high": (WarningLight.TH, (False, False), LogEvent.TEMPERATURE_HIGH),
    "temperature_low": (WarningLight.TL, (False, False), LogEvent.TEMPERATURE_LOW_CHARGE),
    "cell_link_broken": (WarningLight.E, (False, False), LogEvent.COMMUNICATION),
}


@pytest.mark.parametrize("name", list(BATTERY_FAULTS))
def test_battery_fault_light_relays_and_log(make_wire, name):
    light, expected_relays, event = BATTERY_FAULTS[name]
    b = SimulatedBattery(cells=8, seed=30)
    b.set_soc(60.0)
    wire = make_wire(b)
    status = [c.status1 for c in wire.stream() if isinstance(c, CellRecord)][-1]
    assert lit(status) == set() and relays(status) == (True, True)

    b.faults.inject(name)
    wire.runner.advance(0.5)
    status = [c.status1 for c in wire.stream() if isinstance(c, CellRecord)][-1]
    assert lit(status) == {light}
    assert relays(status) == expected_relays
    slot = b.newest_log_slot
    entry = ascii_records.parse_cell_log(slot, wire.ask(commands.read(f"L{slot}"))[1])
    assert entry.event == event

    b.faults.clear(name)
    wire.runner.advance(0.5)
    status = [c.status1 for c in wire.stream() if isinstance(c, CellRecord)][-1]
    assert lit(status) == set()
    assert relays(status) == (True, True)  # 60 % SoC: both enable rows hold again


def test_fault_parameters_choose_the_cell_and_value(make_wire):
    b = SimulatedBattery(cells=8, seed=31)
    wire = make_wire(b)
    b.faults.inject("cell_over_voltage", cell=5, voltage_v=3.9)
    cells = {c.cell: c for c in wire.stream(1.5) if isinstance(c, CellRecord)}
    assert cells[5].voltage_v == pytest.approx(3.9)
    assert max(c.voltage_v for n, c in cells.items() if n != 5) < 3.6


def test_broken_cell_link_stops_the_cells_after_the_break(make_wire):
    b = SimulatedBattery(cells=8, seed=32)
    wire = make_wire(b)
    b.faults.inject("cell_link_broken", after_cell=3)
    cells = {c.cell for c in wire.stream(2.0) if isinstance(c, CellRecord)}
    assert cells == {1, 2, 3}


def test_unknown_fault_and_parameter_are_clear_errors():
    b = SimulatedBattery(cells=4)
    with pytest.raises(UnknownFault, match="choose one of"):
        b.faults.inject("meltdown")
    with pytest.raises(ValueError, match="allowed: cell, voltage_v"):
        b.faults.inject("cell_over_voltage", colour="red")


def test_every_fault_has_a_description():
    assert all(len(text) > 20 for text in FAULTS.values())
    assert len(FAULTS) == 18


def test_scheduled_fault_comes_and_goes_in_simulated_time():
    b = SimulatedBattery(cells=4, seed=33)
    b.faults.schedule(600, "temperature_high", duration_s=300)
    b.step(599)
    assert "temperature_high" not in b.faults.active()
    b.step(2)
    assert "temperature_high" in b.faults.active() and not b.charge_allowed
    b.step(300)
    assert b.faults.active() == {}


# ---------------------------------------------------------------- wire faults


def test_link_drop_silences_the_device_until_cleared(wire):
    wire.battery.faults.inject("link_drop")
    wire.send(commands.read("V"))
    wire.send(commands.FLUSH)
    wire.runner.advance(1.0)
    assert wire.take() == []
    wire.battery.faults.clear("link_drop")
    assert wire.ask(commands.read("V"))[0] == "V@"


def test_garbled_bytes_are_dropped_by_the_decoder(wire):
    wire.battery.faults.inject("garbled_bytes", probability=0.05)
    wire.stream(5.0)
    assert wire.decoder.dropped > 0


def test_truncated_bytes_lose_records(wire):
    wire.battery.faults.inject("truncated_bytes", probability=1.0)
    items = wire.stream(3.0)
    cells = [i for i in items if isinstance(i, CellRecord)]
    assert len(cells) < 6 * 8  # without the fault: 8 per message, 6 messages


def test_slow_replies_arrive_after_the_delay(wire):
    wire.battery.faults.inject("slow_replies", delay_s=2.0)
    assert wire.ask(commands.read("S1")) == ["S1@"]  # echo only, for now
    wire.runner.advance(1.0)
    assert wire.take() == []
    wire.runner.advance(1.2)
    texts = [i.text for i in wire.take() if isinstance(i, ReplyLine)]
    assert len(texts) == 1
    ascii_records.parse_settings_record("S1", texts[0])


def test_missing_replies_are_echoed_but_never_answered(wire):
    wire.battery.faults.inject("missing_replies")
    assert wire.ask(commands.read("V")) == ["V@"]
    wire.runner.advance(3.0)
    assert wire.take() == []


@pytest.mark.parametrize("name, word", [("reply_ko", "KO"), ("reply_na", "NA"), ("reply_wrong", "WRONG")])
def test_forced_replies(wire, name, word):
    wire.battery.faults.inject(name)
    assert wire.ask(commands.read("V")) == ["V@", word]
    assert wire.ask(commands.login("1234")) == ["PW1234!", word]


# ---------------------------------------------------------------- write faults (half a write)

VMAX_380 = (b"02-050!\r", b"F8-051!\r")  # V max 3.80 V = raw 0x2F8, high byte first
VMAX_420 = (b"03-050!\r", b"48-051!\r")  # V max 4.20 V = raw 0x348


def vmax_raw(wire) -> int:
    return ascii_records.parse_settings_record("S2", wire.ask(commands.read("S2"))[1]).raw_value("vmax_v")


def at_380(wire):
    wire.login()
    assert [wire.ask(c)[1] for c in VMAX_380] == ["OK", "OK"]


def test_write_unanswered_nth_byte_is_echoed_and_lost(wire):
    at_380(wire)
    wire.battery.faults.inject("write_unanswered", nth=2)
    assert wire.ask(VMAX_420[0]) == ["03-050!", "OK"]
    assert wire.ask(VMAX_420[1]) == ["48-051!"]  # the echo, nothing else
    wire.runner.advance(3.0)
    wire.send(commands.FLUSH)
    assert wire.take() == []
    assert vmax_raw(wire) == 0x3F8  # the high byte landed, the low byte was lost: 5.08 V
    assert wire.ask(VMAX_420[1]) == ["48-051!", "OK"]  # only the N-th byte
    assert vmax_raw(wire) == 0x348


def test_write_unanswered_low_byte_may_still_be_applied(wire):
    at_380(wire)
    wire.battery.faults.inject("write_unanswered", low_byte=1, applied=1)
    assert wire.ask(b"00-016!\r")[1:] == ["KO"]  # a one-byte setting is answered (Gen3-only here: KO)
    assert wire.ask(VMAX_420[0])[1:] == ["OK"]
    assert wire.ask(VMAX_420[1]) == ["48-051!"]
    assert vmax_raw(wire) == 0x348  # stored, only the answer was lost


def test_write_unanswered_counts_from_its_injection(wire):
    at_380(wire)
    wire.battery.faults.inject("write_unanswered")  # nth=1: the next byte written
    assert wire.ask(VMAX_420[0]) == ["03-050!"]
    assert vmax_raw(wire) == 0x2F8  # lost, not applied
    wire.battery.faults.inject("write_unanswered")  # again: counting restarts
    assert wire.ask(VMAX_420[0]) == ["03-050!"]


def test_write_low_byte_ko_leaves_the_high_byte(wire):
    at_380(wire)
    wire.battery.faults.inject("write_low_byte_ko")
    assert [wire.ask(c)[1] for c in VMAX_420] == ["OK", "KO"]
    assert vmax_raw(wire) == 0x3F8


def test_slow_write_replies_store_at_once_and_answer_late(wire):
    at_380(wire)
    wire.battery.faults.inject("slow_write_replies", delay_s=2.5)
    assert wire.ask(VMAX_420[0]) == ["03-050!"]
    assert vmax_raw(wire) == 0x3F8  # stored already (and reads are not slowed)
    wire.runner.advance(2.0)
    assert wire.take() == []
    wire.runner.advance(0.6)
    assert [i.text for i in wire.take() if isinstance(i, ReplyLine)] == ["OK"]


def test_start_stop_unanswered_still_starts_and_stops(wire):
    wire.battery.faults.inject("start_stop_unanswered")
    assert wire.ask(commands.start_stream()) == ["E!"]
    wire.runner.advance(0.6)
    wire.send(commands.KEEPALIVE)
    assert any(isinstance(i, PackRecord) for i in wire.take())
    assert wire.ask(commands.stop_stream()) == ["D!"]
    assert not wire.peer.streaming
    assert wire.ask(commands.read("V"))[0] == "V@" and len(wire.ask(commands.read("V"))) == 2


def test_device_reboot_mid_stream(wire):
    wire.login()
    items = wire.stream(0.5)
    wire.ask(commands.start_stream())
    wire.runner.advance(0.6)
    wire.send(commands.KEEPALIVE)
    assert any(isinstance(i, PackRecord) for i in wire.take())
    wire.battery.faults.inject("device_reboot", downtime_s=1.0)
    wire.runner.advance(0.1)
    wire.take()
    assert not wire.peer.streaming and not wire.peer.logged_in
    assert wire.ask(commands.read("V")) == []  # silent while it boots
    wire.runner.advance(1.0)
    assert wire.ask(commands.read("V"))[0] == "V@"
    assert wire.write("vmax_v", 3.6) == ["NA", "NA"]  # the login was lost
    assert items  # (the stream before the reboot was fine)


def test_frame_peer_honours_link_drop_and_garbling():
    b = SimulatedBattery(cells=8, seed=34)
    peer = FramePeer(b)
    out = bytearray()
    peer.on_output = out.extend
    runner = SimulatorRunner(b, clock=lambda: 0.0)
    runner.attach(peer)
    b.faults.inject("link_drop")
    runner.advance(2.0)
    assert not out
    b.faults.clear("link_drop")
    b.faults.inject("garbled_bytes", probability=0.02)
    runner.advance(20.0)
    decoder = FrameDecoder()
    frames = decoder.feed(bytes(out), 20.0)
    assert 0 < len(frames) < 40


def test_the_registry_tells_its_listeners_every_change_after_the_battery():
    from smartbms_gui.sim.battery import SimulatedBattery
    from smartbms_gui.sim.faults import FaultChange

    battery = SimulatedBattery(cells=4)
    seen: list[tuple[FaultChange, float]] = []
    # the battery listens first: what a listener sees is the battery after the change
    battery.faults.add_listener(lambda change: seen.append((change, float(battery.cell_voltages_v[1]))))
    battery.faults.inject("cell_over_voltage", cell=2, voltage_v=4.5)
    battery.faults.clear("cell_over_voltage")
    battery.faults.inject("device_reboot")
    assert [(c.event, c.name) for c, _ in seen] == [("inject", "cell_over_voltage"), ("clear", "cell_over_voltage"),
                                                     ("reboot", "device_reboot")]
    assert seen[0][0].params == {"cell": 2, "voltage_v": 4.5}
    assert seen[0][1] == pytest.approx(4.5) and seen[1][1] < 4.0


def test_a_removed_listener_hears_nothing():
    from smartbms_gui.sim.battery import SimulatedBattery

    battery = SimulatedBattery(cells=4)
    seen = []
    battery.faults.add_listener(seen.append)
    battery.faults.remove_listener(seen.append)
    battery.faults.inject("link_drop")
    assert seen == []
