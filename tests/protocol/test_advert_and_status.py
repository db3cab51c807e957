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


def test_unknown_type_number_is_kept_with_its_generation_left_open():
    # docs/protocol.md §1 lists types 0-6 only: type 9 must not pass as Gen2 (×2.5 current, no S3 reads)
    ad = advert.decode_advert(1674, bytes([0, 9, 0, 1]))
    assert ad.device_type == 9 and ad.generation is None
    assert ad.type_label == "unknown type 9 [?]"


NUS = "6E400001-B5A3-F393-E0A9-E50E24DCCA9E"  # as some stacks spell it: the match ignores case
CAPTURE = {2330: bytes.fromhex("00060d02")}  # the real Gen3 capture, docs/protocol.md §1


def test_identify_the_real_gen3_capture_with_its_scan_response():
    ad = advert.identify(CAPTURE, [NUS])
    assert (ad.company_id, ad.device_type, ad.generation, ad.serial, ad.nus) == (
        2330, advert.DeviceType.GEN3_RAYTAC, Generation.GEN3, "03330", True)
    assert advert.identify(CAPTURE, []) == advert.decode_advert(2330, CAPTURE[2330])


@pytest.mark.parametrize("manufacturer", [{}, {0x0059: bytes.fromhex("00060d02")}, {2330: b"\x00"}],
                         ids=["no manufacturer data", "unlisted company id", "short data"])
def test_the_advertised_nus_uuid_alone_makes_a_gen3_candidate_of_unknown_type(manufacturer):
    ad = advert.identify(manufacturer, ["0000180f-0000-1000-8000-00805f9b34fb", NUS])
    assert ad is not None and ad.generation is Generation.GEN3 and ad.nus
    assert ad.device_type is None and ad.serial == "" and ad.company_id is None
    assert ad.type_label == "type unknown [?]"


def test_nus_settles_an_unknown_type_as_gen3_but_a_known_type_keeps_its_generation():
    unknown = advert.identify({1674: bytes([0, 9, 0, 1])}, [NUS.lower()])
    assert unknown.generation is Generation.GEN3 and unknown.type_label == "unknown type 9 [?]"
    known = advert.identify({133: advert.encode_advert(2, 7)}, [NUS])
    assert known.generation is Generation.GEN2 and known.nus


def test_never_a_candidate_without_company_id_or_nus_uuid():
    # the name alone is not enough, nor another vendor's data, nor another service
    assert advert.identify({}, []) is None
    assert advert.identify({76: bytes.fromhex("00060d02")}, ["6e400001-b5a3-f393-e0a9-e50e24dcca9f"]) is None


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
    state = status.cell_state(3.3, 2.8, 3.65, 3.5, temperature_c=60, tmin_c=0, tmax_c=55)
    assert state is status.CellState.OUT_OF_RANGE


def test_both_temperature_formulas_are_kept_and_the_app_uses_one():
    assert temperature_c(300) == pytest.approx(25.0, abs=0.01)
    assert temperature_c_uart_doc(300) == 24
    for celsius in (-20, 0, 25, 60):
        assert temperature_c(temperature_raw(celsius)) == pytest.approx(celsius, abs=0.43)
