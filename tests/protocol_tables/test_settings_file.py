"""JSON backup: round trip, the PIN never saved, and clear errors on bad files."""

import json

import pytest

from smartbms_gui.protocol import params as P
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.settings_file import (
    SCHEMA_VERSION,
    DeviceMeta,
    SettingsFileError,
    dump_settings,
    load_settings,
)

VALUES = {p.name: p.default for p in P.PARAMETERS if p.kind != "action"}


def test_round_trip():
    text = dump_settings(VALUES, DeviceMeta(Generation.GEN3, "01234", "3.3.11"), note="pack A")
    loaded = load_settings(text)
    assert loaded.device == DeviceMeta(Generation.GEN3, "01234", "3.3.11")
    assert loaded.read_only == {"vbypass_v": 3.5}
    assert loaded.note == "pack A"
    expected = {n: P.parameter(n).quantise(v) for n, v in VALUES.items() if n not in ("pin", "vbypass_v")}
    assert loaded.values == pytest.approx(expected)
    assert P.diff(expected, loaded.values) == []
    assert dump_settings(loaded.values, loaded.device, note="pack A") == dump_settings(
        {**loaded.values}, loaded.device, note="pack A")


def test_pin_never_saved():
    text = dump_settings({"pin": "4321", "vmin_v": 2.8}, {"generation": 2, "serial": "00007"})
    assert "4321" not in text and "pin" not in json.loads(text)["settings"]


def test_file_shape():
    document = json.loads(dump_settings({"vmin_v": 2.8, "tmax_c": 55}, None))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["settings"] == {"vmin_v": 2.8, "tmax_c": 54.995}


def _file(**settings):
    return json.dumps({"schema_version": 1, "device": {"generation": 2}, "settings": settings})


@pytest.mark.parametrize("text,fragment", [
    ("not json", "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({"settings": {}}), "no schema_version"),
    (json.dumps({"schema_version": 2, "settings": {}}), "newer version"),
    (_file(vmin_v=2.8, frobnicate=3), "Unknown setting 'frobnicate'"),
    (_file(vmax_v=7.0), "outside"),
    (_file(vmin_v=3.0, vmax_v=2.9), "must be below"),
    (_file(pin="1234"), "never stored"),
    (_file(vbypass_v=3.5), "'read_only' section"),
    (json.dumps({"schema_version": 1, "device": {"generation": 9}, "settings": {}}), "generation"),
])
def test_bad_files(text, fragment):
    with pytest.raises(SettingsFileError) as info:
        load_settings(text)
    assert fragment in str(info.value)


def test_all_problems_reported_together():
    with pytest.raises(SettingsFileError) as info:
        load_settings(_file(foo=1, bar=2))
    assert len(info.value.problems) == 2


def test_gen3_setting_on_gen2_file_is_a_warning():
    loaded = load_settings(_file(vlow_v=3.0))
    assert [w.severity for w in loaded.warnings] == ["warning"]
