"""App preferences: defaults on first run, round trip, damaged files, the PIN never stored."""

import json

from smartbms_gui import settings as app_settings


def test_first_run_has_no_last_device_and_starts_on_the_simulator(tmp_path):
    prefs = app_settings.load(tmp_path / "missing.json")
    assert prefs.first_run
    assert prefs.last_device is None
    assert prefs.show_simulator


def test_round_trip_keeps_every_preference(tmp_path):
    path = tmp_path / "p.json"
    prefs = app_settings.Preferences(theme="dark", language="nl", units="imperial", prevent_auto_lock=True,
                                     show_simulator=False,
                                     last_device=app_settings.LastDevice("ble", "AA:BB", "123\\SmartBMS 03330", 3))
    app_settings.save(prefs, path)
    again = app_settings.load(path)
    assert again == prefs
    assert not again.first_run
    text = path.read_text()
    assert "pin" not in text.lower()


def test_damaged_or_odd_files_give_defaults_and_keep_unknown_keys(tmp_path):
    path = tmp_path / "p.json"
    path.write_text("{not json")
    assert app_settings.load(path) == app_settings.Preferences()
    path.write_text(json.dumps({"theme": "purple", "units": 5, "future_option": [1, 2]}))
    prefs = app_settings.load(path)
    assert prefs.theme == "system" and prefs.units == "metric"
    app_settings.save(prefs, path)
    assert json.loads(path.read_text())["future_option"] == [1, 2]


def test_temperature_units():
    assert app_settings.format_temperature(25.0, "metric") == "+25 °C"
    assert app_settings.format_temperature(25.0, "imperial") == "+77 °F"
    assert app_settings.format_temperature(None, "metric") == "–"
