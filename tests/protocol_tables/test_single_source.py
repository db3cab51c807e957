"""protocol/params.py is the one description of a setting, down to the wire and the text.

The settings records' field tables (ascii_records.RECORD_FIELDS) are built from the parameter table,
so these tests check the single source itself: every field maps to exactly one setting, a record
encoded from values through the table parses back to the same values, and every kind's codec
round-trips.
"""

import pytest

from smartbms_gui.protocol import ascii_records as ar
from smartbms_gui.protocol import params as P
from smartbms_gui.protocol.scaling import Generation

RECORD_ONLY = {(record, name) for record, _index, name in ar.RECORD_ONLY_FIELDS}


def test_every_settings_field_maps_to_exactly_one_parameter():
    for kind, specs in ar.RECORD_FIELDS.items():
        positions = [s.index for s in specs]
        assert positions == list(range(len(specs))), f"{kind}: fields must be numbered 0, 1, 2 ... without gaps"
        for spec in specs:
            rows = [p for p in P.PARAMETERS if p.record == kind and p.field == spec.name]
            if (kind, spec.name) in RECORD_ONLY:
                assert rows == [], f"{kind}.{spec.name} is listed as record-only but a setting reports it"
                continue
            assert len(rows) == 1, f"{kind}.{spec.name} must belong to exactly one setting, not {rows}"
            assert rows[0].index == spec.index and rows[0].digits == spec.width
            assert rows[0].secret == spec.secret


def test_every_readable_parameter_has_its_own_position():
    taken: dict[tuple[str, int], str] = {}
    for param in P.PARAMETERS:
        if not param.readable:
            assert param.index is None, f"{param.name}: a setting no record reports has no field position"
            continue
        assert param.index is not None and param.record in ar.SETTINGS_KINDS
        assert taken.setdefault((param.record, param.index), param.name) == param.name
        assert param.digits in (2, 4, 8)
    record_only_positions = {(r, i) for r, i, _ in ar.RECORD_ONLY_FIELDS}
    assert not record_only_positions & set(taken)


def test_only_the_pin_is_secret():
    assert [p.name for p in P.PARAMETERS if p.secret] == ["pin"]
    assert P.parameter("pin").default == P.FACTORY_PIN == "1234"
    assert P.parameter("pin").kind is P.Kind.PIN


def _record_values(kind: str, generation: Generation) -> dict:
    values = {}
    for param in P.PARAMETERS:
        if param.record == kind and generation in param.generations:
            values[param.name] = param.default
    return values


@pytest.mark.parametrize("kind", ["S1", "S2", "S3", "SRY0", "SRY1"])
def test_a_record_encoded_from_values_via_the_table_parses_back(kind):
    values = _record_values(kind, Generation.GEN3)
    rows = {p.name: p for p in P.PARAMETERS if p.name in values}
    raw: list[int | None] = [None] * len(ar.RECORD_FIELDS[kind])
    for name, value in values.items():
        param = rows[name]
        raw[param.index] = param.to_raw(value)
    line = ar.encode_settings_record(kind, raw)
    # each field is written with the table's hex width
    fields = line.split("_")[:-1]
    for name, param in rows.items():
        assert len(fields[param.index]) == param.digits, name
    decoded = P.decode_settings({kind: ar.parse_settings_record(kind, line)}, include_pin=True,
                                generation=Generation.GEN3)
    assert decoded == {name: rows[name].quantise(value) for name, value in values.items()}


def test_a_known_s2_line_is_byte_identical():
    """The wire did not move when the field tables came from the parameter table."""
    values = {"vmin_v": 2.8, "vmax_v": 3.65, "tmin_charge_c": 2.0, "tmax_c": 55.0, "charge_restart_pct": 90,
              "discharge_restart_pct": 20}
    raw = ar.raw_from_values("S2", values)[:6]
    assert ar.encode_settings_record("S2", raw) == "0230_02DA_0111_014F_5A_14_25"
    s1 = {"solar_peak_w": 2500, "inverter_peak_w": 5000, "capacity_wh": 1900, "pin": "1234"}
    assert ar.encode_settings_record("S1", ar.raw_from_values("S1", s1)) == "00FA_01F4_0013_31323334_1C"
    s3 = {"sensor": 1, "critical_mode": 0, "charge_forced_off": 0, "discharge_forced_off": 1,
          "use_measured_capacity": 0, "charge_restart_delay_s": 60, "discharge_restart_delay_s": 30,
          "charge_pause_delay_s": 4, "discharge_pause_delay_s": 6, "soc_voltage_correction": 1, "chemistry": 1,
          "tail_current_a": 2.0}
    assert ar.encode_settings_record("S3", ar.raw_from_values("S3", s3)) == "01_00_00_01_00_000C_0006_02_03_01_01_0A_73"


@pytest.mark.parametrize("param", P.PARAMETERS, ids=lambda p: p.name)
def test_each_kind_has_one_codec_that_round_trips(param):
    codec = param.kind.codec
    if param.kind is P.Kind.ACTION:
        assert param.to_raw(True) == 1 and param.parse("yes") is True and param.parse("maybe") is None
        return
    value = param.default
    raw = param.to_raw(value)
    assert 0 <= raw <= param.max_raw
    assert param.to_value(raw) == param.quantise(value)
    assert codec.problem(param, value) is None
    if param.kind is P.Kind.PIN:
        assert param.parse("4321") == "4321" and param.parse("12a4") is None
        assert param.format("4321") == "****"
        return
    text = param.format(value)
    assert param.parse(text.removesuffix(f" {param.unit}") if param.unit else text) == value


def test_parse_number_accepts_a_decimal_comma_and_point():
    assert P.parse_number("3,6") == P.parse_number("3.6") == 3.6
    assert P.parse_number(" \u22122,5 ") == -2.5
    assert P.parse_number("1.000,5") is None
    assert P.parse_number("abc") is None and P.parse_number("") is None
    assert P.parameter("vmax_v").parse("3,65") == 3.65
    assert P.parameter("vmax_v").parse("nan") is None


def test_choices_carry_the_meaning_the_simulator_acts_on():
    assert P.parameter("current_sensor").meaning_of(11) == 1000
    assert P.parameter("chemistry").code_for("NMC") == 3
    assert P.parameter("relay1_function").meaning_of(3) == "main"
    assert P.parameter("relay2_force").code_for("on") == 2
    with pytest.raises(KeyError):
        P.parameter("chemistry").code_for("lead acid")
