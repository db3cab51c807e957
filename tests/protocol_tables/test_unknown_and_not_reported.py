"""Values the table has no meaning for (docs/protocol.md §3.1): an on/off byte other than 0/1, a choice
code not listed (`UnknownCode`), and fields an older firmware does not send ("not reported", None)."""

import pytest

from smartbms_gui.protocol import commands
from smartbms_gui.protocol import params as P
from smartbms_gui.protocol.ascii_records import parse_settings_record
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.settings_file import dump_settings, load_settings, not_saved

ON_OFF = [p for p in P.PARAMETERS if p.kind == "bool"]

# Literal records (checksums summed by hand, see tests/protocol/test_ascii_records.py).
S3_FOUR_FIELDS = "01_02_00_00_83"  # sensor 250 A, critical mode byte = 2, forced off 0 / 0
S2_GEN3 = "0230_02DA_0111_014F_5A_14_00F7_0258_0294_0A_0A_82"


def _gen3_records(s3_line: str) -> dict:
    return {"S2": parse_settings_record("S2", S2_GEN3), "S3": parse_settings_record("S3", s3_line)}


# ------------------------------------------------------------------------- on/off bytes (B3)

def test_every_on_off_row_is_one_of_the_published_bytes():
    names = {p.name for p in ON_OFF}
    assert {"critical_mode", "charge_forced_off", "discharge_forced_off", "use_measured_capacity",
            "soc_voltage_correction", "charge_sensor_invert", "discharge_sensor_invert",
            "relay1_invert", "relay2_invert"} == names


@pytest.mark.parametrize("param", ON_OFF, ids=lambda p: p.name)
@pytest.mark.parametrize("raw", [2, 3, 0x7F, 0xFF])
def test_an_on_off_byte_other_than_0_and_1_is_unknown_never_on(param, raw):
    assert param.to_value(1) is True and param.to_value(0) is False
    value = param.to_value(raw)
    assert value == P.UnknownCode(raw)
    assert not value  # code that only asks "is it on?" gets no
    assert str(value) == f"unknown ({raw})"
    assert param.problem(value)  # never written ...
    with pytest.raises(P.InvalidValue):
        param.to_raw(value)
    # ... and the simulator's check of a byte write (sim/ascii_peer.py) refuses it through the table
    assert param.problem(param.to_value(raw)) and not param.problem(param.to_value(1))


def test_a_choice_code_not_listed_is_the_same_unknown_value():
    chemistry = P.parameter("chemistry")
    assert chemistry.to_value(1) == 1
    assert chemistry.to_value(7) == P.UnknownCode(7)
    assert chemistry.choice_label(P.UnknownCode(7)) == chemistry.choice_label(7) == "unknown (7)"
    assert "unknown value (7)" in chemistry.problem(P.UnknownCode(7))
    assert chemistry.problem(7)  # the bare code is refused too


def test_decode_settings_reads_an_unknown_on_off_byte():
    values = P.decode_settings(_gen3_records(S3_FOUR_FIELDS))
    assert values["critical_mode"] == P.UnknownCode(2)
    assert values["charge_forced_off"] is False


def test_writing_a_proper_value_over_a_stored_unknown_one_is_a_change():
    old = {"critical_mode": P.UnknownCode(2), "chemistry": P.UnknownCode(7), "relay1_invert": True}
    changes = P.diff(old, {"critical_mode": True, "chemistry": 1, "relay1_invert": 1})
    # 1 over a stored 2 is a real change, a listed code over an unknown one too; 1 over True is none
    assert [(c.name, c.old, c.new) for c in changes] == [("critical_mode", P.UnknownCode(2), True),
                                                         ("chemistry", P.UnknownCode(7), 1)]
    assert P.diff(old, {"critical_mode": False})[0].old == P.UnknownCode(2)


def test_validation_refuses_writing_an_unknown_value():
    issues = P.validate({"critical_mode": P.UnknownCode(2), "vmin_v": 2.8})
    assert [i.names for i in issues if i.is_error] == [("critical_mode",)]
    assert "unknown value (2)" in issues[0].message
    with pytest.raises(P.InvalidValue):
        P.encode_write(P.parameter("critical_mode"), P.UnknownCode(2), hardware=False)
    # the raw byte the device would get for a proper value
    critical = P.parameter("critical_mode")
    assert P.encode_write(critical, True, hardware=True) == [commands.write_byte(0x017, 1)]


def test_settings_files_leave_unknown_values_out_and_say_why():
    values = {"vmin_v": 2.8, "critical_mode": P.UnknownCode(2), "chemistry": P.UnknownCode(7)}
    loaded = load_settings(dump_settings(values))
    assert loaded.values == {"vmin_v": 2.8}
    assert set(not_saved(values)) == {"critical_mode", "chemistry"}
    assert "unknown value (2)" in not_saved(values)["critical_mode"]


def test_a_file_holding_a_raw_2_for_an_on_off_setting_is_refused():
    with pytest.raises(Exception, match="Critical mode: must be on or off"):
        load_settings('{"schema_version": 1, "settings": {"critical_mode": 2}}')


# ---------------------------------------------------------------------- not reported (B2)

@pytest.mark.parametrize("line,reported", [
    ("01_00_C1", {"current_sensor", "critical_mode"}),
    (S3_FOUR_FIELDS, {"current_sensor", "critical_mode", "charge_forced_off", "discharge_forced_off"}),
    ("01_00_00_00_01_000C_0006_05_05_01_01_07",
     {"current_sensor", "critical_mode", "charge_forced_off", "discharge_forced_off",
      "use_measured_capacity", "charge_restart_delay_s", "discharge_restart_delay_s",
      "charge_pause_delay_s", "discharge_pause_delay_s", "soc_voltage_correction", "chemistry"}),
])
def test_s3_fields_a_short_record_leaves_out_are_not_reported(line, reported):
    values = P.decode_settings(_gen3_records(line))
    s3_rows = {p.name for p in P.PARAMETERS if p.record == "S3"}
    assert {n for n in s3_rows if values[n] is not None} == reported
    assert {n for n in s3_rows if values[n] is None} == s3_rows - reported  # present as None, not missing


def test_not_reported_on_gen3_but_left_out_on_gen2():
    s2 = parse_settings_record("S2", "0230_02DA_0115_014F_5A_14_29")  # 6 fields
    gen3 = P.decode_settings({"S2": s2}, generation=Generation.GEN3)
    gen2 = P.decode_settings({"S2": s2}, generation=Generation.GEN2)
    assert gen3["vlow_v"] is None and gen3["vmax_v"] == 3.65
    assert "vlow_v" not in gen2 and gen2["vmax_v"] == 3.65
    assert "vlow_v" not in P.decode_settings({"S2": s2})  # no generation, no Gen3 record: Gen2's shorter S2


def test_not_reported_is_never_a_change_and_never_written():
    current = P.decode_settings(_gen3_records("01_00_C1"))
    tail = P.parameter("tail_current_a")
    assert P.diff(current, {"tail_current_a": 2.0, "chemistry": 1}) == []
    assert P.not_reported(tail, current) and not P.not_reported(P.parameter("critical_mode"), current)
    with pytest.raises(P.NotWritable) as info:
        P.write_target(tail, hardware=True, current=current)
    assert "does not report Tail current" in info.value.reason
    with pytest.raises(P.NotWritable):
        P.encode_write(tail, 2.0, hardware=False, current=current)
    assert P.encode_write(tail, 2.0, hardware=True) == [commands.write_byte(0x092, 10)]  # without `current`
    # a write-only row is absent, not "not reported"
    assert not P.not_reported(P.parameter("charge_sensor_invert"), current)
    assert P.write_target(P.parameter("charge_sensor_invert"), hardware=True, current=current) == 0x08E


def test_not_reported_values_are_skipped_by_validation_and_files():
    current = P.decode_settings(_gen3_records(S3_FOUR_FIELDS))
    assert not [i for i in P.validate({k: v for k, v in current.items() if v is None}) if i.is_error]
    text = dump_settings({k: v for k, v in current.items() if k != "critical_mode"})
    saved = load_settings(text).values
    assert "tail_current_a" not in saved and "chemistry" not in saved and saved["current_sensor"] == 1
    assert not_saved(current)["tail_current_a"] == "not reported by the BMS"
