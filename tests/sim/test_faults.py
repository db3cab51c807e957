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
    assert len(FAULTS) == 14


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
