"""On/off bytes in the simulated Gen3 BMS (docs/protocol.md §3.1): 1 = on, 0 = off, any other value is
unknown and never on. Writes of other values are refused (KO); a stored other value acts as off."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import params
from smartbms_gui.protocol.ascii_records import parse_settings_record
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.status import Status2
from smartbms_gui.protocol.stream import CellRecord
from smartbms_gui.sim.battery import SimulatedBattery

# Every on/off byte with its published address (docs/protocol.md §3.2), written as literal commands.
ON_OFF_ADDRESSES = {
    "critical_mode": "017", "charge_forced_off": "019", "discharge_forced_off": "01A",
    "use_measured_capacity": "08B", "soc_voltage_correction": "08D", "charge_sensor_invert": "08E",
    "discharge_sensor_invert": "08F", "relay1_invert": "341", "relay2_invert": "361",
}


@pytest.fixture
def gen3(make_wire):
    b = SimulatedBattery(cells=4, seed=41, generation=Generation.GEN3)
    b.solar_override_w = 0.0
    b.load_override_w = 0.0
    wire = make_wire(b)
    wire.login()
    return b, wire


def test_the_table_of_on_off_addresses_is_complete():
    assert {p.name for p in params.PARAMETERS if p.kind == "bool"} == set(ON_OFF_ADDRESSES)
    assert all(params.parameter(n).address == int(a, 16) for n, a in ON_OFF_ADDRESSES.items())


@pytest.mark.parametrize("name", sorted(ON_OFF_ADDRESSES))
def test_a_write_other_than_0_or_1_is_refused_and_changes_nothing(gen3, name):
    b, wire = gen3
    address = ON_OFF_ADDRESSES[name]
    before = b.settings[name]
    for value in ("02", "FF", "10"):
        assert wire.ask(f"{value}-{address}!\r".encode())[1:] == ["KO"], value
        assert b.settings[name] == before
    assert wire.ask(f"01-{address}!\r".encode())[1:] == ["OK"]
    assert b.settings[name] == 1
    assert wire.ask(f"00-{address}!\r".encode())[1:] == ["OK"]
    assert b.settings[name] == 0


def test_a_stored_2_is_off_for_every_rule_of_the_bms(gen3):
    b, wire = gen3
    b.solar_override_w = 300.0  # a charge current, to see whether a sensor's sign flips
    for name in ON_OFF_ADDRESSES:
        b.set_setting_raw(name, 2)  # as if an older firmware or a stray write left a 2 there
    assert not b.critical_mode
    b.step(2)
    assert b.charge_allowed and b.load_allowed  # "forced off" = 2 does not force the relays off
    assert b.relay_closed(1) and b.relay_closed(2)  # "invert" = 2 does not invert them
    assert b.solar_current_a > 1.0  # "sensor invert" = 2 does not flip the sign
    cell = [i for i in wire.stream(1.0) if isinstance(i, CellRecord)][-1]
    assert cell.status2 & Status2.RELAY1_CLOSED and cell.status2 & Status2.RELAY2_CLOSED
    # ... and a stored 1 is on
    b.set_setting_raw("charge_sensor_invert", 1)
    b.set_setting_raw("relay2_invert", 1)
    b.set_setting_raw("discharge_forced_off", 1)
    b.set_setting_raw("critical_mode", 1)
    b.step(2)
    assert b.solar_current_a < -1.0 and b.critical_mode
    assert not b.load_allowed and b.relay_closed(2)  # load forced off, relay 2 (load) inverted: closed


def test_the_app_reads_a_stored_2_as_unknown(gen3):
    b, wire = gen3
    b.set_setting_raw("critical_mode", 2)
    line = wire.ask(b"S3@\r")[-1]
    assert line.split("_")[1] == "02"
    values = params.decode_settings({"S3": parse_settings_record("S3", line)})
    assert values["critical_mode"] == params.UnknownCode(2)
    assert values["charge_forced_off"] is False
