"""Hostile settings files (issue 21): every value is checked before anything is used, a file with one bad
value is refused whole, and no file (nested, huge numbers, 1e400, thousands of names) gets anything but
a short SettingsFileError; a path that is not a small regular file is refused unread."""

from __future__ import annotations

import json
import os
import sys

import pytest

from smartbms_gui.protocol.settings_file import MAX_FILE_BYTES, SettingsFileError, load_settings
from smartbms_gui.small_files import NotASmallFile, read_small_text


def _file(**settings) -> str:
    return json.dumps({"schema_version": 1, "device": {"generation": 3}, "settings": settings})


def _refused(text: str) -> str:
    with pytest.raises(SettingsFileError) as info:
        load_settings(text)
    return str(info.value)


@pytest.mark.parametrize("bad", [None, "3.6", [3.6], {"v": 3.6}, True])
def test_one_bad_value_refuses_the_whole_file(bad):
    # A null passed validate (which skips "not reported"), so the real change beside it went out.
    message = _refused(_file(vmin_v=2.8, vmax_v=bad))
    assert message.count("\n- ") == 1 and "V max: " in message


def test_a_null_is_named_as_such():
    assert "V max: the file holds null, which is no value" in _refused(_file(vmax_v=None, vmin_v=2.8))


@pytest.mark.parametrize("number", ["1" + "0" * 4400, "1e400", "-1e400", "NaN", "Infinity", "-Infinity",
                                    "1" + "0" * 40])
def test_numbers_no_setting_can_hold_are_refused_in_one_short_line(number):
    text = '{"schema_version": 1, "settings": {"vmin_v": ' + number + '}}'
    message = _refused(text)
    assert "which no setting can take" in message and len(message) < 300


def test_a_huge_number_elsewhere_in_the_file_is_refused_too():
    text = '{"schema_version": %s, "settings": {}}' % ("9" * 5000)
    assert "which no setting can take" in _refused(text)


@pytest.mark.parametrize("opening,closing", [("[", "]"), ('{"a":', "}")])
def test_deep_nesting_is_refused_without_recursion(opening, closing):
    depth = 100_000
    text = '{"schema_version": 1, "settings": {"vmin_v": ' + opening * depth + "1" + closing * depth + "}}"
    assert "nest more than" in _refused(text)


def test_nesting_inside_a_text_does_not_count():
    loaded = load_settings(json.dumps({"schema_version": 1, "note": "[" * 500, "settings": {"vmin_v": 2.8}}))
    assert loaded.values == {"vmin_v": 2.8} and loaded.note == "[" * 500


def test_thousands_of_unknown_names_give_a_short_message():
    names = {f"u{i}": 1 for i in range(60_000)}
    text = _file(**names)
    assert len(text) < MAX_FILE_BYTES
    with pytest.raises(SettingsFileError) as info:
        load_settings(text)
    message = str(info.value)
    assert len(message) < 2_000, len(message)
    assert "'u0'" in message and "'u4'" in message and "'u5'" not in message
    assert "… and 59995 more unknown settings." in message


def test_a_long_value_or_name_is_cut_in_the_message():
    message = _refused(_file(vmax_v="x" * 100_000, **{"y" * 100_000: 1}))
    assert len(message) < 1_000


def test_a_text_larger_than_the_limit_is_refused():
    text = _file(vmin_v=2.8)[:-1] + ', "note": "' + "n" * MAX_FILE_BYTES + '"}'
    assert "larger than 1 MB" in _refused(text)


def test_a_good_file_still_loads():
    loaded = load_settings(_file(vmin_v=2.8, vmax_v=3.6, critical_mode=False, chemistry=1))
    assert loaded.values == {"vmin_v": 2.8, "vmax_v": 3.6, "critical_mode": False, "chemistry": 1}


# -- reading the file ------------------------------------------------------------------------------


def test_a_regular_file_is_read(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(_file(vmin_v=2.8), encoding="utf-8")
    assert load_settings(read_small_text(path, MAX_FILE_BYTES)).values == {"vmin_v": 2.8}


def test_a_larger_file_is_refused_unread(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(NotASmallFile, match="larger than 1 MB"):
        read_small_text(path, MAX_FILE_BYTES)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(OSError, match="folder|Permission|denied"):
        read_small_text(tmp_path, MAX_FILE_BYTES)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_unread():
    with pytest.raises(NotASmallFile, match="not a regular file"):
        read_small_text("/dev/zero", MAX_FILE_BYTES)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes (mkfifo) are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(NotASmallFile, match="not a regular file"):
        read_small_text(fifo, MAX_FILE_BYTES)  # (a plain open() would block here until a writer came)
