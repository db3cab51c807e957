"""Gen3 relay extras, set through real writes: forced off, restart / pause delays, V min hysteresis,
and the SRY relay functions reported in status2 of the C records."""

from __future__ import annotations

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.status import Status2, relays
from smartbms_gui.protocol.stream import CellRecord
from smartbms_gui.sim.battery import SimulatedBattery


def gen3(make_wire):
    b = SimulatedBattery(cells=4, seed=40, generation=Generation.GEN3)
    b.solar_override_w = 0.0
    b.load_override_w = 0.0
    wire = make_wire(b)
    wire.login()
    return b, wire


def last_cell(wire, seconds=1.0):
    return [i for i in wire.stream(seconds) if isinstance(i, CellRecord)][-1]


def test_charge_forced_off(make_wire):
    _b, wire = gen3(make_wire)
    assert relays(last_cell(wire).status1) == (True, True)
    assert wire.write("charge_forced_off", True) == ["OK"]
    assert relays(last_cell(wire).status1) == (False, True)


def test_pause_delay_holds_the_load_relay_for_that_long(make_wire):
    b, wire = gen3(make_wire)
    assert wire.write("discharge_pause_delay_s", 10) == ["OK"]
    b.override_cell(1, voltage_v=2.8)  # below V min
    b.step(6)
    assert b.load_allowed
    b.step(6)
    assert not b.load_allowed


def test_vmin_hysteresis_keeps_the_load_relay_open_until_the_cells_recover(make_wire):
    b, wire = gen3(make_wire)
    assert wire.write("vmin_hysteresis_v", 0.2) == ["OK"]
    b.override_cell(1, voltage_v=2.85)
    assert not b.load_allowed
    b.override_cell(1, voltage_v=3.0)  # above V min (2.9) but not V min + 0.2
    assert not b.load_allowed
    b.override_cell(1, voltage_v=3.15)
    assert b.load_allowed


def test_relay_functions_show_in_status2(make_wire):
    _b, wire = gen3(make_wire)
    cell = last_cell(wire)
    assert cell.status2 & Status2.RELAY1_CLOSED and cell.status2 & Status2.RELAY2_CLOSED
    assert wire.write("relay2_force", 1) == ["OK"]  # keep off
    assert wire.write("relay1_invert", True) == ["OK"]
    cell = last_cell(wire)
    assert not cell.status2 & Status2.RELAY1_CLOSED and not cell.status2 & Status2.RELAY2_CLOSED
