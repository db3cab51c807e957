import json
from pathlib import Path

import pytest

from smartbms_gui.protocol import ascii_records as ar
from smartbms_gui.protocol.errors import ChecksumError, FieldError, ProtocolError

GOLDEN = json.loads((Path(__file__).parent / "golden" / "ascii_records.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", GOLDEN["settings_records"], ids=lambda c: c["kind"] + ":" + c["line"][:12])
def test_golden_settings_records_parse_to_their_values(case):
    record = ar.parse_settings_record(case["kind"], case["line"])
    for name, expected in case["values"].items():
        got = record.value(name)
        if isinstance(expected, float):
            assert got == pytest.approx(expected, abs=1e-3), name
        else:
            assert got == expected, name


@pytest.mark.parametrize("case", GOLDEN["settings_records"], ids=lambda c: c["kind"] + ":" + c["line"][:12])
def test_golden_settings_records_encode_back_to_the_same_line(case):
    record = ar.parse_settings_record(case["kind"], case["line"])
    assert ar.encode_settings_record(record.kind, record.raw) == case["line"]


def test_checksum_is_the_byte_sum_without_underscores():
    assert ar.record_checksum("01_02") == (ord("0") + ord("1") + ord("0") + ord("2")) & 0xFF
    assert ar.record_checksum("") == 0


def test_bad_checksum_names_the_record():
    line = GOLDEN["settings_records"][1]["line"]
    corrupt = line[:-2] + ("00" if line[-2:] != "00" else "01")
    with pytest.raises(ChecksumError) as info:
        ar.parse_settings_record("S1", corrupt)
    assert info.value.record == "S1" and info.value.field == "checksum"
    assert "S1" in str(info.value)


def test_a_changed_digit_fails_the_checksum():
    line = GOLDEN["settings_records"][3]["line"]  # S2
    corrupt = "1" + line[1:]
    with pytest.raises(ChecksumError):
        ar.parse_settings_record("S2", corrupt)


def test_malformed_field_names_record_and_field():
    body = "0230_02DA_01Q5_014F_5A_14"
    line = f"{body}_{ar.record_checksum(body):02X}"
    with pytest.raises(FieldError) as info:
        ar.parse_settings_record("S2", line)
    assert info.value.record == "S2" and info.value.field == "tmin_charge_c"


def test_too_few_fields_is_an_error():
    body = "0230_02DA"
    with pytest.raises(FieldError, match="S2"):
        ar.parse_settings_record("S2", f"{body}_{ar.record_checksum(body):02X}")


def test_missing_checksum_and_non_hex_checksum():
    with pytest.raises(ProtocolError):
        ar.parse_settings_record("V", "0303")
    with pytest.raises(FieldError):
        ar.parse_settings_record("V", "0303_0000_0000_0003_02BC_ZZ")


def test_pin_never_in_repr():
    record = ar.parse_settings_record("S1", GOLDEN["settings_records"][1]["line"])
    assert "1234" not in repr(record) and "31323334" not in repr(record).upper().replace("_", "")
    assert str(0x31323334) not in repr(record)


def test_raw_from_values_round_trips_si_values():
    values = {"vmin_v": 2.8, "vmax_v": 3.65, "tmin_charge_c": 5.0, "tmax_c": 55.0, "charge_restart_pct": 90,
              "discharge_restart_pct": 20}
    record = ar.SettingsRecord("S2", ar.raw_from_values("S2", values)[:6])
    parsed = ar.parse_settings_record("S2", ar.encode_settings_record("S2", record.raw))
    assert parsed.value("vmin_v") == pytest.approx(2.8)
    assert parsed.value("tmax_c") == pytest.approx(55.0, abs=0.86)


def test_timestamp():
    case = GOLDEN["timestamp"]
    assert ar.parse_timestamp(case["line"]) == case["now"]
    assert ar.encode_timestamp(case["now"]) == case["line"]


@pytest.mark.parametrize("case", GOLDEN["cell_log"], ids=lambda c: f"L{c['slot']}")
def test_cell_log_golden(case):
    entry = ar.parse_cell_log(case["slot"], case["line"])
    assert entry.time == case["time"] and int(entry.event) == case["event"] and entry.cell == case["cell"]
    assert entry.unit == case["unit"]
    if case["value"] is None:
        assert entry.value is None
    else:
        assert entry.value == pytest.approx(case["value"], abs=1e-3)
    assert ar.encode_cell_log(entry) == case["line"]


def test_cell_log_unknown_event_type():
    body = "00012000_09_0226_03"
    with pytest.raises(FieldError) as info:
        ar.parse_cell_log(2, f"{body}_{ar.record_checksum(body):02X}")
    assert info.value.record == "L2" and info.value.field == "type"


def test_soc_history_block_golden_and_round_trip():
    case = GOLDEN["soc_history"]
    block = ar.parse_soc_history(case["block"], case["line"])
    assert block.index == case["index"] and list(block.values) == case["values"]
    assert ar.encode_soc_history(block) == case["line"]


def test_soc_history_assembles_oldest_first():
    # Values equal to their ring position, newest written at position 30.
    blocks = []
    for b in range(ar.HISTORY_BLOCKS):
        values = tuple((b * 12 + i) % 101 for i in range(12))
        blocks.append(ar.SocHistoryBlock(b, 30, values))
    history = ar.assemble_soc_history(blocks)
    assert len(history) == 168
    assert history[0] == 31 % 101  # the one after the newest is the oldest
    assert history[-1] == 30


# ---------------------------------------------------------------- S3 from older Gen3 firmware

# docs/protocol.md §3.1: "older firmware may send fewer fields — accept 2 or more, the rest 'not
# reported'". Literal lines; each checksum was summed by hand ("01_00": 0x30+0x31+0x30+0x30 = 0xC1).
SHORT_S3 = {
    2: "01_00_C1",
    4: "01_02_00_00_83",
    11: "01_00_00_00_01_000C_0006_05_05_01_01_07",
}


@pytest.mark.parametrize("count", sorted(SHORT_S3))
def test_a_short_s3_is_accepted_and_the_rest_is_not_reported(count):
    record = ar.parse_settings_record("S3", SHORT_S3[count])
    assert len(record.raw) == count
    assert record.value("sensor") == 1
    for spec in ar.RECORD_FIELDS["S3"]:
        if spec.index >= count:
            assert record.raw_value(spec.name) is None and record.value(spec.name) is None, spec.name
    assert set(record.values()) == {s.name for s in ar.RECORD_FIELDS["S3"] if s.index < count}
    assert ar.encode_settings_record("S3", record.raw) == SHORT_S3[count]


def test_an_s3_with_one_field_is_still_refused():
    with pytest.raises(FieldError, match="S3.*1 fields, expected at least 2"):
        ar.parse_settings_record("S3", "02_62")
