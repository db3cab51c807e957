"""The parameter table: consistency of every row, validation, encoding, decoding, diff."""

import pytest

from smartbms_gui.protocol import params as P
from smartbms_gui.protocol.ascii_records import RECORD_FIELDS, parse_settings_record
from smartbms_gui.protocol.commands import parse_command
from smartbms_gui.protocol.scaling import Generation

DEFAULTS = {p.name: p.default for p in P.PARAMETERS if p.kind != "action"}


def test_names_unique_and_kinds_known():
    names = [p.name for p in P.PARAMETERS]
    assert len(names) == len(set(names))
    assert all(isinstance(p.kind, P.Kind) for p in P.PARAMETERS)


@pytest.mark.parametrize("param", P.PARAMETERS, ids=lambda p: p.name)
def test_every_row_is_consistent(param):
    assert param.label and param.help and param.group and param.generations
    if param.readable:
        assert param.field in {f.name for f in RECORD_FIELDS[param.record]}, "field must exist in the record"
    if param.read_only:
        assert param.address is None and param.sim_address is None and param.not_writable_reason
    else:
        assert param.address is not None or param.sim_address is not None, "writable rows have an address"
    if param.address is None and not param.read_only:
        assert param.sim_address is not None and param.sim_address >= 0xF00
    assert param.width in (1, 2, 4) and (param.width == 4) == (param.kind == "pin")
    if param.kind == "choice":
        assert param.choices and param.default in [c.code for c in param.choices]
    if param.kind == "number":
        assert param.minimum <= param.default <= param.maximum
        assert param.to_raw(param.maximum) <= param.max_raw, "maximum must fit the field width"
        assert param.to_raw(param.minimum) >= 0
    if param.kind != "action":
        assert param.problem(param.default) is None


def test_write_addresses_do_not_overlap():
    taken = {}
    for param in P.PARAMETERS:
        for hardware in (True, False):
            start = param.address if hardware else param.simulator_address
            if start is None or param.read_only:
                continue
            for a in range(start, start + param.width):
                assert taken.setdefault((hardware, a), param.name) == param.name


def test_published_addresses_match_protocol_md():
    expected = {"solar_peak_w": 0x010, "inverter_peak_w": 0x020, "capacity_wh": 0x030, "vmin_v": 0x040,
                "vlow_v": 0x044, "vnominal_v": 0x046, "vmax_v": 0x050, "tmin_charge_c": 0x060,
                "tmin_discharge_c": 0x062, "tmax_c": 0x070, "charge_restart_delay_s": 0x082,
                "discharge_restart_delay_s": 0x084, "vmin_hysteresis_v": 0x042, "vmax_hysteresis_v": 0x052,
                "charge_pause_delay_s": 0x086, "discharge_pause_delay_s": 0x087, "tail_current_a": 0x092,
                "chemistry": 0x015, "current_sensor": 0x016, "critical_mode": 0x017,
                "charge_forced_off": 0x019, "discharge_forced_off": 0x01A, "use_measured_capacity": 0x08B,
                "soc_voltage_correction": 0x08D, "charge_sensor_invert": 0x08E,
                "discharge_sensor_invert": 0x08F, "relay1_function": 0x340, "relay1_invert": 0x341,
                "relay1_force": 0x342, "relay2_function": 0x360, "relay2_invert": 0x361, "relay2_force": 0x362}
    actual = {p.name: p.address for p in P.PARAMETERS if p.address is not None}
    assert actual == expected
    words = {"solar_peak_w", "inverter_peak_w", "capacity_wh", "vmin_v", "vlow_v", "vnominal_v", "vmax_v",
             "tmin_charge_c", "tmin_discharge_c", "tmax_c", "charge_restart_delay_s", "discharge_restart_delay_s"}
    assert {p.name for p in P.PARAMETERS if p.width == 2} - {"vbypass_v"} == words


def test_unknown_addresses_are_exactly_the_unpublished_ones():
    unknown = {p.name for p in P.PARAMETERS if p.address is None and not p.read_only}
    assert unknown == {"pin", "clear_energy_counters", "charge_restart_pct", "discharge_restart_pct"}


def test_encode_write_word_and_byte_bytes():
    assert P.encode_write(P.parameter("vmax_v"), 3.65, hardware=True) == [b"02-050!\r", b"DA-051!\r"]
    assert P.encode_write(P.parameter("capacity_wh"), 1900, hardware=True) == [b"00-030!\r", b"13-031!\r"]
    assert P.encode_write(P.parameter("vmin_hysteresis_v"), 0.15, hardware=True) == [b"0F-042!\r"]
    assert P.encode_write(P.parameter("relay2_force"), 2, hardware=True) == [b"02-362!\r"]
    assert P.encode_write(P.parameter("critical_mode"), True, hardware=True) == [b"01-017!\r"]
    # temperature: 55 °C -> raw round(287.1 / 0.857) = 335 = 0x014F
    assert P.encode_write(P.parameter("tmax_c"), 55, hardware=True) == [b"01-070!\r", b"4F-071!\r"]


def test_encoded_commands_parse_back_to_the_parameter():
    for param in P.PARAMETERS:
        if param.read_only or param.kind == "action":
            continue
        hardware = param.address is not None
        value = param.default if param.kind != "pin" else "4321"
        raw = 0
        for line in P.encode_write(param, value, hardware=hardware):
            command = parse_command(line.decode("ascii").rstrip("\r"))
            found = P.parameter_at_address(command.address, hardware=hardware)
            assert found is not None and found[0] is param
            raw = P.merge_byte(param, raw, found[1], command.value)
        assert param.to_value(raw) == param.quantise(value)


@pytest.mark.parametrize("name", ["pin", "clear_energy_counters", "charge_restart_pct", "discharge_restart_pct"])
def test_unknown_address_not_writable_on_hardware(name):
    param = P.parameter(name)
    value = {"pin": "4321", "clear_energy_counters": True}.get(name, 50)
    with pytest.raises(P.NotWritable, match="not published.*simulator"):
        P.encode_write(param, value, hardware=True)
    commands = P.encode_write(param, value, hardware=False)
    assert commands and all(c.endswith(b"!\r") for c in commands)
    assert int(commands[0][3:6], 16) >= 0xF00


def test_vbypass_is_read_only():
    with pytest.raises(P.NotWritable, match="switches 2, 6 and 7"):
        P.encode_write(P.parameter("vbypass_v"), 3.5, hardware=False)


def test_encode_write_rejects_out_of_range():
    with pytest.raises(P.InvalidValue, match="outside"):
        P.encode_write(P.parameter("vmax_v"), 5.5, hardware=True)
    with pytest.raises(P.InvalidValue, match="multiple"):
        P.encode_write(P.parameter("vmin_hysteresis_v"), 0.155, hardware=True)
    with pytest.raises(P.InvalidValue, match="four digits"):
        P.encode_write(P.parameter("pin"), "12a4", hardware=False)


def test_parameter_at_address_hardware_vs_simulator():
    assert P.parameter_at_address(0xF20, hardware=True) is None
    assert P.parameter_at_address(0xF20, hardware=False)[0].name == "charge_restart_pct"
    assert P.parameter_at_address(0x051, hardware=True) == (P.parameter("vmax_v"), 1)
    assert P.parameter_at_address(0xF02, hardware=False) == (P.parameter("pin"), 2)
    assert P.parameter_at_address(0x200, hardware=False) is None


def test_defaults_are_valid_together():
    issues = P.validate(DEFAULTS)
    assert issues == [], issues


def test_validate_ranges_and_unknown_names():
    issues = P.validate({"vmin_v": 1.5, "tmax_c": 90, "chemistry": 7, "frobnicate": 1, "relay1_invert": "yes"})
    by_name = {i.name: i for i in issues}
    assert set(by_name) == {"vmin_v", "tmax_c", "chemistry", "frobnicate", "relay1_invert"}
    assert all(i.is_error for i in issues)
    assert "2.000–5.000 V" in by_name["vmin_v"].message
    assert "Unknown setting" in by_name["frobnicate"].message


@pytest.mark.parametrize("values,names", [
    ({"vmin_v": 3.5, "vbypass_v": 3.5, "vmax_v": 3.65}, ("vmin_v", "vbypass_v")),
    ({"vmin_v": 2.8, "vbypass_v": 3.7, "vmax_v": 3.65}, ("vbypass_v", "vmax_v")),
    ({"vmin_v": 3.0, "vmax_v": 2.9}, ("vmin_v", "vmax_v")),
    ({"tmin_charge_c": 30, "tmax_c": 20}, ("tmin_charge_c", "tmax_c")),
    ({"tmin_discharge_c": 50, "tmax_c": 50}, ("tmin_discharge_c", "tmax_c")),
    ({"vmin_v": 2.8, "vlow_v": 2.7, "vnominal_v": 3.3}, ("vmin_v", "vlow_v")),
    ({"vmin_v": 2.8, "vlow_v": 3.4, "vnominal_v": 3.3}, ("vlow_v", "vnominal_v")),
])
def test_cross_field_errors(values, names):
    issues = P.validate(values)
    assert [i.names for i in issues if i.is_error] == [names]


def test_cross_field_passes_when_ordered():
    assert P.validate({"vmin_v": 2.8, "vbypass_v": 3.5, "vmax_v": 3.65, "tmin_charge_c": 0, "tmax_c": 55}) == []


def test_restart_percentages_need_no_order_but_warn_at_extremes():
    assert P.validate({"charge_restart_pct": 30, "discharge_restart_pct": 80}) == []
    issues = P.validate({"charge_restart_pct": 100, "discharge_restart_pct": 0})
    assert [i.severity for i in issues] == ["warning", "warning"]


def test_hysteresis_overlap_is_a_warning():
    issues = P.validate({"vmin_v": 3.0, "vmax_v": 3.4, "vmin_hysteresis_v": 0.3, "vmax_hysteresis_v": 0.2})
    assert [(i.severity, i.name) for i in issues] == [("warning", "vmin_hysteresis_v")]


def test_generation_warning():
    issues = P.validate({"vlow_v": 3.0}, generation=Generation.GEN2)
    assert [i.severity for i in issues] == ["warning"]
    assert P.parameters_for(Generation.GEN2) and all(Generation.GEN2 in p.generations
                                                     for p in P.parameters_for(Generation.GEN2))
    assert len(P.parameters_for(Generation.GEN3)) == len(P.PARAMETERS)


def _records():
    lines = {
        "V": "0315_0_0_0003_02BC",  # bypass 0x2BC = 700 -> 3.500 V
        "S1": "00FA_01F4_0013_31323334",  # 2500 W, 5000 W, 1900 Wh, PIN 1234
        "S2": "0230_02DA_0111_014F_5A_14_00F7_0258_0294_0A_0A",
        "S3": "01_00_00_01_00_000C_0000_05_00_01_01_0A",
        "SRY0": "00_01_00",
        "SRY1": "02_03_01",
    }
    from smartbms_gui.protocol.ascii_records import record_checksum
    return {kind: parse_settings_record(kind, f"{body}_{record_checksum(body):02X}") for kind, body in lines.items()}


def test_decode_settings_from_records():
    values = P.decode_settings(_records())
    assert "pin" not in values
    assert values["vbypass_v"] == 3.5 and values["vmin_v"] == 2.8 and values["vmax_v"] == 3.65
    assert values["tmin_charge_c"] == pytest.approx(1.861) and values["tmax_c"] == pytest.approx(54.995)
    assert values["capacity_wh"] == 1900 and values["solar_peak_w"] == 2500
    assert values["charge_restart_pct"] == 90 and values["discharge_restart_pct"] == 20
    assert values["current_sensor"] == 1 and values["discharge_forced_off"] is True
    assert values["charge_restart_delay_s"] == 60 and values["charge_pause_delay_s"] == 10
    assert values["tail_current_a"] == 2.0 and values["chemistry"] == 1
    assert (values["relay2_force"], values["relay2_function"], values["relay2_invert"]) == (2, 3, True)
    assert "charge_sensor_invert" not in values  # write-only: no record reports it
    assert P.decode_settings(_records(), include_pin=True)["pin"] == "1234"


def test_decode_skips_fields_sent_as_x():
    from smartbms_gui.protocol.ascii_records import record_checksum
    body = "0230_02DA_0111_014F_5A_14_X_X_X_X_X"
    values = P.decode_settings({"S2": parse_settings_record("S2", f"{body}_{record_checksum(body):02X}")})
    assert "vlow_v" not in values and values["vmax_v"] == 3.65


def test_diff():
    old = P.decode_settings(_records())
    new = dict(old, vmax_v=3.7, tmax_c=55, clear_energy_counters=True, relay1_invert=True)
    changes = P.diff(old, new)
    # tmax 55 °C equals the stored 54.995 °C on the device: no change
    assert [(c.name, c.old, c.new) for c in changes] == [
        ("clear_energy_counters", None, True), ("vmax_v", 3.65, 3.7), ("relay1_invert", False, True)]
    assert P.diff(old, old) == []
    assert "4321" not in repr(P.diff({"pin": "1234"}, {"pin": "4321"}))


def test_cross_field_rules_still_run_beside_a_range_error():
    issues = P.validate({"tmax_c": 200, "vmin_v": 3.0, "vmax_v": 2.9})
    assert {i.names for i in issues} == {("tmax_c",), ("vmin_v", "vmax_v")}
