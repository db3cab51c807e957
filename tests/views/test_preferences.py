"""App preferences: defaults on first run, round trip, damaged files, the PIN never stored."""

import json

from smartbms_gui import preferences as app_prefs


def test_first_run_has_no_last_device_and_starts_on_the_simulator(tmp_path):
    prefs = app_prefs.load(tmp_path / "missing.json")
    assert prefs.first_run
    assert prefs.last_device is None
    assert prefs.show_simulator


def test_round_trip_keeps_every_preference(tmp_path):
    path = tmp_path / "p.json"
    prefs = app_prefs.Preferences(theme="dark", language="nl", units="imperial", prevent_auto_lock=True,
                                     show_simulator=False,
                                     last_device=app_prefs.LastDevice("ble", "AA:BB", "123\\SmartBMS 03330", 3))
    app_prefs.save(prefs, path)
    again = app_prefs.load(path)
    assert again == prefs
    assert not again.first_run
    text = path.read_text()
    assert "pin" not in text.lower()


def test_damaged_or_odd_files_give_defaults_and_keep_unknown_keys(tmp_path):
    path = tmp_path / "p.json"
    path.write_text("{not json")
    assert app_prefs.load(path) == app_prefs.Preferences()
    path.write_text(json.dumps({"theme": "purple", "units": 5, "future_option": [1, 2]}))
    prefs = app_prefs.load(path)
    assert prefs.theme == "system" and prefs.units == "metric"
    app_prefs.save(prefs, path)
    assert json.loads(path.read_text())["future_option"] == [1, 2]


def test_temperature_units():
    assert app_prefs.format_temperature(25.0, "metric") == "+25 °C"
    assert app_prefs.format_temperature(25.0, "imperial") == "+77 °F"
    assert app_prefs.format_temperature(None, "metric") == "–"
