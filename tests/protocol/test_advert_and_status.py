import pytest

from smartbms_gui.protocol import advert, status
from smartbms_gui.protocol.scaling import Generation, temperature_c, temperature_c_uart_doc, temperature_raw


def test_advert_seen_in_the_wild():
    # company 2330, data 00 06 0d 02 (docs/protocol.md §1)
    ad = advert.decode_advert(2330, bytes.fromhex("00060d02"))
    assert ad.device_type is advert.DeviceType.GEN3_RAYTAC
    assert ad.generation is Generation.GEN3
    assert ad.serial == "03330"


@pytest.mark.parametrize("type_number, generation", [(0, 2), (1, 2), (2, 2), (3, 2), (4, 3), (5, 3), (6, 3)])
def test_device_types_and_generations(type_number, generation):
    ad = advert.decode_advert(133, advert.encode_advert(type_number, 42))
    assert int(ad.device_type) == type_number and ad.generation == generation and ad.serial == "00042"


def test_other_manufacturers_and_short_data_are_not_candidates():
    assert advert.decode_advert(76, bytes.fromhex("00060d02")) is None
    assert advert.decode_advert(2330, b"\x00") is None


def test_unknown_type_number_is_kept():
    ad = advert.decode_advert(1674, bytes([0, 9, 0, 1]))
    assert ad.device_type == 9 and ad.type_label == "type 9"


def test_warning_lights_from_status_bits():
    lights = status.warning_lights(0b0101_0100)  # comm error, Vmax, Tmax
    assert lights == {status.WarningLight.E: True, status.WarningLight.VH: True, status.WarningLight.VL: False,
                      status.WarningLight.TH: True, status.WarningLight.TL: False}
    assert status.relays(0b01) == (True, False)
    assert status.relays(0b10) == (False, True)


def test_status_round_trip_for_the_simulator():
    lights = {light: light in (status.WarningLight.VL, status.WarningLight.TL) for light in status.WarningLight}
    value = status.status1_for_lights(lights, charge_allowed=True, load_allowed=False)
    assert status.warning_lights(value) == lights and status.relays(value) == (True, False)


@pytest.mark.parametrize("volts, expected", [
    (3.30, status.CellState.OK), (3.55, status.CellState.BALANCING), (3.70, status.CellState.OUT_OF_RANGE),
    (2.80, status.CellState.OUT_OF_RANGE), (2.81, status.CellState.OK)])
def test_cell_colours(volts, expected):
    assert status.cell_state(volts, vmin_v=2.8, vmax_v=3.65, vbypass_v=3.5) is expected


def test_cell_temperature_out_of_range_is_red():
    assert status.cell_state(3.3, 2.8, 3.65, 3.5, temperature_c=60, tmin_c=0, tmax_c=55) is status.CellState.OUT_OF_RANGE


def test_both_temperature_formulas_are_kept_and_the_app_uses_one():
    assert temperature_c(300) == pytest.approx(25.0, abs=0.01)
    assert temperature_c_uart_doc(300) == 24
    for celsius in (-20, 0, 25, 60):
        assert temperature_c(temperature_raw(celsius)) == pytest.approx(celsius, abs=0.43)
