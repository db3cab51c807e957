"""The M record's clock is hex in both parts, and the encoder writes each field at the width the
reference gives (docs/protocol.md §3.3): literal bytes from the reference, not our own round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartbms_gui.protocol import stream as s
from smartbms_gui.protocol.errors import FieldError
from smartbms_gui.protocol.hex_fields import format_hex_clock, parse_hex_clock
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim import records
from smartbms_gui.sim.battery import SimulatedBattery


def _one(data: bytes, generation=Generation.GEN2):
    decoder = s.StreamDecoder(generation)
    items = decoder.feed(data + b" ")
    return items, decoder


# ---- B4: the clock ------------------------------------------------------------------------------

def test_the_references_clock_example_reads_12_30():
    items, decoder = _one(b"M_0001_0002_0C:1E")
    assert items == [s.TotalsRecord(1, 2, "12:30")]
    assert decoder.dropped == 0


@pytest.mark.parametrize("wire, meaning", [("10:10", "16:16"), ("00:00", "00:00"), ("17:3B", "23:59"),
                                           ("09:09", "09:09"), ("c:1e", "12:30"), ("0:5", "00:05")])
def test_both_parts_are_hex(wire, meaning):
    items, _ = _one(f"M_0000_0000_{wire}".encode())
    assert [i.clock for i in items] == [meaning]


@pytest.mark.parametrize("wire", ["18:00", "0C:3C", "13:45", "FF:FF", "0C", "0C:", ":1E", "0C:1E:00", "0G:1E",
                                  "+C:1E", "0C: 1E", "00C:1E", "0C:01E", "\xe9C:1E"])
def test_an_implausible_or_malformed_clock_drops_the_record(wire):
    items, decoder = _one(b"M_0000_0000_" + wire.encode("latin-1"))
    assert [i for i in items if not isinstance(i, s.ReplyLine)] == []
    assert decoder.dropped >= 1 and decoder.last_error is not None


def test_the_encoder_writes_the_clock_in_hex():
    assert s.encode_stream_record(s.TotalsRecord(1, 2, "12:30")) == "M_0001_0002_0C:1E"
    assert s.encode_stream_record(s.TotalsRecord(0, 0, "23:59")) == "M_0000_0000_17:3B"


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_round_trip(hours, minutes):
    assert parse_hex_clock(format_hex_clock(hours, minutes)) == (hours, minutes)


def test_clock_helpers_refuse_what_is_not_a_time_of_day():
    with pytest.raises(ValueError):
        format_hex_clock(24, 0)
    with pytest.raises(FieldError):
        parse_hex_clock("18:00")


def test_the_simulators_m_record_carries_its_clock_in_hex():
    battery = SimulatedBattery(cells=4, seed=1, start_clock_s=12 * 3600 + 30 * 60)
    assert battery.clock_hh_mm == (12, 30)
    totals = [r for r in records.pack_records(battery, Generation.GEN2) if r.letter == "M"][0]
    assert s.encode_stream_record(totals).endswith("_0C:1E")


# ---- B5: field widths ---------------------------------------------------------------------------

def test_c_record_cell_number_and_count_are_two_hex_digits():
    record = s.CellRecord(1, 16, 3.3, 25.0, 3, None)
    assert s.encode_stream_record(record).startswith("C_01_10_")
    assert s.encode_stream_record(s.CellRecord(255, 255, 3.3, 25.0, 3, 16)).startswith("C_FF_FF_")


@pytest.mark.parametrize("cells", [2, 16, 255])
@pytest.mark.parametrize("generation", [Generation.GEN2, Generation.GEN3])
def test_a_fixed_position_reader_gets_every_simulated_cell(cells, generation):
    """Other clients read the cell number at [2:4] and the count at [5:7] (docs/protocol.md §3.3)."""
    battery = SimulatedBattery(cells=cells, seed=3, generation=generation)
    for cell in range(1, cells + 1):
        text = s.encode_stream_record(records.cell_record(battery, cell, generation), generation)
        assert text[1] == text[4] == text[7] == "_", text
        assert int(text[2:4], 16) == cell and int(text[5:7], 16) == cells, text


def test_the_reference_example_of_u_is_reproduced_byte_for_byte():
    record = s.PackRecord(54.0, None, 2.0, -0.5)
    assert s.encode_stream_record(record) == "U_2A30_X_+0010_-0004"


@pytest.mark.parametrize("record, expected", [
    (s.CellExtremesRecord(3.3, 3, 3.4, 1, 3.5), "V_0294_03_02A8_01_02BC"),
    (s.EnergyRecord(4000, 5000, 2000, 80), "E_0FA0_1388_07D0_50"),
    (s.EnergyRecord(0x12345, 0, 0, 100), "E_12345_0000_0000_64"),
    (s.HealthRecord(None, None, None, None, None, None), "H_FF_X_X_X_X_X"),
    (s.HealthRecord(95.0, 5000, 5200, 94.0, 100.0, 98.0), "H_5F_1388_1450_5E_2710_2648"),
    (s.BalanceRecord(100, 90, 3.0, 2.0), "B_0064_005A_0BB8_07D0"),
])
def test_every_other_width(record, expected):
    """Byte values as two digits, 16-bit and larger counters as at least four ([?] for all but C
    and U: the reference gives no other widths)."""
    assert s.encode_stream_record(record) == expected


def test_a_value_too_big_for_its_two_digit_field_is_refused():
    with pytest.raises(ValueError):
        s.encode_stream_record(s.CellRecord(256, 256, 3.3, 25.0, 3, None))


def test_every_field_of_the_table_has_a_width():
    for letter, table in s.FIELD_TABLE.items():
        assert len(table) == s.FIELD_COUNTS[letter][1]
        for field in table:
            assert field.width in (2, 4, 5), (letter, field)
            if field.width == 2 and field.bounds is not None:
                assert field.bounds[1] <= 255, (letter, field)  # a byte: never more than 2 digits
