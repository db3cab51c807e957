"""The manual's two option-switch tables, row by row, and all 256 positions."""

import pytest

from smartbms_gui.protocol import switches as S

ON, OFF = True, False

# "IN-Board option switch functions": (switch 2, 6, 7) -> V bypass, copied from the manual.
MANUAL_VBYPASS_ROWS = [
    (OFF, OFF, OFF, 3.4), (OFF, OFF, ON, 3.5), (OFF, ON, OFF, 3.6), (OFF, ON, ON, 3.7),
    (ON, OFF, OFF, 4.0), (ON, OFF, ON, 4.1), (ON, ON, OFF, 4.2), (ON, ON, ON, 4.3),
]
# "Hidden factory settings": switches 1-3 -> sensor; 4-7 -> cells, copied from the manual.
MANUAL_SENSOR_ROWS = [
    (OFF, OFF, OFF, 25), (OFF, OFF, ON, 50), (OFF, ON, OFF, 100), (OFF, ON, ON, 250),
    (ON, OFF, OFF, 400), (ON, OFF, ON, 500), (ON, ON, OFF, 1000), (ON, ON, ON, 2000),
]
MANUAL_CELL_ROWS = [
    (OFF, OFF, OFF, OFF, 4), (OFF, OFF, OFF, ON, 8), (OFF, OFF, ON, OFF, 12), (OFF, OFF, ON, ON, 16),
    (OFF, ON, OFF, OFF, 20), (OFF, ON, OFF, ON, 24), (OFF, ON, ON, OFF, 28), (OFF, ON, ON, ON, 32),
    (ON, OFF, OFF, OFF, 48), (ON, OFF, OFF, ON, 64), (ON, OFF, ON, OFF, 80), (ON, OFF, ON, ON, 96),
    (ON, ON, OFF, OFF, 128), (ON, ON, OFF, ON, 156), (ON, ON, ON, OFF, 204), (ON, ON, ON, ON, 255),
]
# Current measurement specifications (400 A inferred: not in that table).
MANUAL_SENSOR_SPECS = {25: (0.125, 0.25), 50: (0.25, 0.5), 100: (0.5, 1.0), 250: (1.25, 2.5),
                       500: (2.5, 5.0), 1000: (5.0, 10.0), 2000: (10.0, 20.0)}


def row(**on):
    """A switch row with the given switches ON: row(s2=True, s6=True)."""
    return tuple(on.get(f"s{i}", False) for i in range(1, 9))


@pytest.mark.parametrize("s2,s6,s7,volts", MANUAL_VBYPASS_ROWS)
def test_vbypass_rows(s2, s6, s7, volts):
    positions = row(s2=s2, s6=s6, s7=s7)
    assert S.decode_normal(positions).vbypass_v == volts
    encoded = S.encode_normal(S.NormalSettings(vbypass_v=volts, blind_spot=False))
    assert encoded == positions


@pytest.mark.parametrize("switch,attribute", [(1, "fast_messages"), (3, "blind_spot"), (4, "auto_zero"),
                                              (5, "critical_mode")])
def test_single_switch_rows(switch, attribute):
    off = S.decode_normal(row())
    on = S.decode_normal(row(**{f"s{switch}": True}))
    assert getattr(off, attribute) is False and getattr(on, attribute) is True
    # No other meaning changes when only this switch moves.
    for other in ("fast_messages", "blind_spot", "auto_zero", "critical_mode", "vbypass_v"):
        if other != attribute:
            assert getattr(off, other) == getattr(on, other)


def test_message_interval():
    assert S.decode_normal(row(s1=True)).message_interval_s == 0.5
    assert S.decode_normal(row()).message_interval_s == 1.0


def test_encode_normal_never_sets_switch_8():
    for settings in (S.NormalSettings(True, 4.3, True, True, True), S.NormalSettings()):
        assert S.encode_normal(settings)[7] is False


def test_encode_normal_rejects_vbypass_not_in_table():
    with pytest.raises(S.SwitchError, match="3.4, 3.5"):
        S.encode_normal(S.NormalSettings(vbypass_v=3.8))


@pytest.mark.parametrize("s1,s2,s3,amps", MANUAL_SENSOR_ROWS)
def test_sensor_rows(s1, s2, s3, amps):
    positions = row(s1=s1, s2=s2, s3=s3)
    assert S.decode_hidden(positions).sensor_a == amps
    assert S.encode_hidden(amps, 4)[:3] == (s1, s2, s3)


@pytest.mark.parametrize("s4,s5,s6,s7,cells", MANUAL_CELL_ROWS)
def test_cell_rows(s4, s5, s6, s7, cells):
    positions = row(s4=s4, s5=s5, s6=s6, s7=s7)
    assert S.decode_hidden(positions).cells == cells
    assert S.encode_hidden(25, cells)[3:7] == (s4, s5, s6, s7)


def test_sensor_specs_match_manual_and_version_notes():
    for s in S.SENSORS:
        if s.amps in MANUAL_SENSOR_SPECS:
            assert (s.resolution_a, s.blind_spot_a) == MANUAL_SENSOR_SPECS[s.amps]
        assert s.min_in_board_version == ("1.4" if s.amps >= 1000 else None)
    assert (S.sensor(400).resolution_a, S.sensor(400).blind_spot_a) == (2.0, 4.0)
    assert [s.amps for s in S.SENSORS if s.default] == [100]


def test_cell_table_is_the_manuals():
    assert tuple(r[-1] for r in MANUAL_CELL_ROWS) == S.CELL_COUNT_TABLE


@pytest.mark.parametrize("cells", range(2, 256))
def test_every_cell_count_maps_to_next_higher_entry(cells):
    entry = S.table_cells_for(cells)
    assert entry >= cells
    lower = [e for e in S.CELL_COUNT_TABLE if e < entry]
    assert not lower or lower[-1] < cells  # no smaller entry would do
    assert S.decode_hidden(S.encode_hidden(100, cells)).cells == entry


def test_cell_count_examples():
    assert S.table_cells_for(2) == 4
    assert S.table_cells_for(16) == 16
    assert S.table_cells_for(17) == 20
    assert S.table_cells_for(33) == 48
    assert S.table_cells_for(129) == 156
    assert S.table_cells_for(157) == 204
    assert S.table_cells_for(205) == 255


@pytest.mark.parametrize("bad", [0, 1, 256, -4, 3.5, True, "16"])
def test_cell_count_out_of_range(bad):
    with pytest.raises(S.SwitchError):
        S.table_cells_for(bad)


def test_unknown_sensor():
    with pytest.raises(S.SwitchError, match="25, 50, 100"):
        S.encode_hidden(125, 16)


def test_all_256_positions_round_trip():
    rows = list(S.all_positions())
    assert len(set(rows)) == 256
    for positions in rows:
        normal = S.decode_normal(positions)
        back = S.encode_normal(normal)
        assert back[:7] == positions[:7] and back[7] is False
        hidden = S.decode_hidden(positions)
        again = S.encode_hidden(hidden.sensor_a, hidden.cells)
        assert again[:7] == positions[:7] and again[7] is False


def test_describe_both_meanings():
    positions = S.encode_hidden(1000, 17)  # 1000 A: 1 ON 2 ON 3 OFF; 20 cells: 5 ON
    normal, hidden = S.describe_positions(positions)
    assert "0.5 s" in normal[0] and "4.0 V" in normal[1]  # switch 2 ON, 6 OFF, 7 OFF
    assert "critical mode" in normal[4]
    assert "1000 A" in hidden[0] and "v1.4" in hidden[0] and "20 cells" in hidden[1]
    with_8 = S.describe_normal(positions[:7] + (True,))
    assert "never be left ON" in with_8[-1]


def test_switch_5_needs_in_board_v1_5_and_no_other_normal_switch_has_a_limit():
    # The manual heads it "Option switch nr 5 (v1.5+)"; no other normal switch carries a version.
    assert S.SWITCH_MIN_IN_BOARD_VERSION == {S.SWITCH_MODE: "1.5"}
    assert [n for n in range(1, 9) if S.switch_min_in_board_version(n)] == [5]
    assert S.NormalSettings(critical_mode=True).min_in_board_version == "1.5"
    assert S.NormalSettings(critical_mode=False).min_in_board_version is None
    critical = S.describe_normal(S.encode_normal(S.NormalSettings(critical_mode=True)))
    normal = S.describe_normal(S.encode_normal(S.NormalSettings(critical_mode=False)))
    assert critical[4] == "Switch 5: critical mode (needs IN board v1.5 or later)"
    assert not any("v1.5" in line for line in normal)


def test_format_and_parse_positions():
    positions = row(s1=True, s3=True, s8=True)
    text = S.format_positions(positions)
    assert text == "1:ON 2:OFF 3:ON 4:OFF 5:OFF 6:OFF 7:OFF 8:ON"
    assert S.parse_positions(text) == positions
    assert S.parse_positions("10100001") == positions
    with pytest.raises(S.SwitchError):
        S.parse_positions("1010")
    with pytest.raises(S.SwitchError):
        S.parse_positions("ON OFF maybe ON OFF OFF OFF OFF")
