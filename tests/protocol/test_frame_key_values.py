"""The rotating key/value bytes: what the simulator sends (encode_key_values) is what the app composes."""

import pytest

from smartbms_gui.protocol.frame import KEY_NAMES, KeyValueAccumulator, encode_key_values

VALUES = {"soh_pct": 97.0, "efficiency_pct": 94.0, "vlow_v": 3.1, "vnominal_v": 3.3, "firmware": (3, 3, 11),
          "charge_cycles": 1234.0, "charged_kwh": 70000.0, "discharged_kwh": 65432.0, "status2": 0x21,
          "vfull_v": 3.5}


def test_encoded_key_values_compose_back_to_the_same_values():
    raw = encode_key_values(**VALUES)
    assert sorted(raw) == sorted(KEY_NAMES) and all(0 <= v <= 255 for v in raw.values())
    acc = KeyValueAccumulator()
    for key, value in raw.items():
        acc.update(key, value, now=1.0)
    got = acc.values(now=2.0)
    for name in ("soh_pct", "efficiency_pct", "charge_cycles", "charged_kwh", "discharged_kwh"):
        assert got[name] == pytest.approx(VALUES[name])
    for name in ("vlow_v", "vnominal_v", "vfull_v"):
        assert got[name] == pytest.approx(VALUES[name], abs=0.0026)
    assert got["firmware"] == "3.3.11" and got["status2"] == 0x21


def test_words_go_high_byte_first_and_bytes_are_clamped():
    raw = encode_key_values(**{**VALUES, "charge_cycles": 0x1234, "soh_pct": 300.0, "efficiency_pct": -5.0})
    assert (raw[8], raw[9]) == (0x12, 0x34)
    assert raw[0] == 255 and raw[1] == 0
    # 70000 kWh = 0x011170 over three bytes
    assert (raw[10], raw[11], raw[12]) == (0x01, 0x11, 0x70)
