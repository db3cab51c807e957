"""How a write's outcome and a setting's value read on the Settings page (settings_texts.py).

The device layer words a failed write itself (device/write_outcome.py); the page shows that
sentence once, without the setting's name in front (the row or the list item names it already).
Through the real device layer and simulator: tests/views/test_settings_write_results.py.
"""

import pytest
from PySide6.QtCore import QLocale

from smartbms_gui.device import errors
from smartbms_gui.device.client import WriteResult
from smartbms_gui.protocol import params
from smartbms_gui.views.settings_texts import (
    editor_text,
    error_message,
    failure_text,
    format_value,
    parse_number,
    range_text,
    success_text,
)

VMAX = params.parameter("vmax_v")
TMAX = params.parameter("tmax_c")


@pytest.fixture(autouse=True)
def english():
    QLocale.setDefault(QLocale("en_US"))  # what install_translator sets for English


@pytest.fixture
def german():
    QLocale.setDefault(QLocale("de"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def test_values_are_shown_in_the_users_words(qapp):
    assert format_value(params.parameter("pin"), "4321") == "****"
    assert format_value(VMAX, 3.6) == "3.600 V"
    assert format_value(TMAX, 54.995) == "55.0 °C"
    assert format_value(params.parameter("critical_mode"), True) == "on"
    assert format_value(params.parameter("chemistry"), 1) == "LiFePO4 (LFP)"
    assert format_value(VMAX, None) == "–"


def test_german_numbers_have_a_decimal_comma_and_editors_no_group_separator(qapp, german):
    capacity = params.parameter("capacity_wh")
    assert format_value(VMAX, 3.6) == "3,600 V"
    assert format_value(capacity, 19000) == "19.000 Wh"  # a label may group thousands
    assert editor_text(capacity, 19000) == "19000"  # an editor never does: what it shows can be typed back
    assert editor_text(VMAX, 3.65) == "3,650"
    assert range_text(VMAX) == "2,000–5,000 V"
    assert range_text(TMAX) == "-40,0–85,0 °C"


@pytest.mark.parametrize("typed,value", [("3.65", 3.65), ("3,65", 3.65), (" 3,650 ", 3.65), ("−5", -5.0),
                                         ("1.900,5", None), ("3,6,5", None), ("abc", None), ("", None)])
def test_typed_numbers_take_a_comma_or_a_point(typed, value):
    assert parse_number(typed) == value


def test_ranges_are_never_raw_or_in_scientific_notation(qapp):
    texts = [range_text(p) for p in params.PARAMETERS if p.kind == "number"]
    assert "0–655,350 W" in texts and "100–6,553,500 Wh" in texts
    assert not any("e+" in t or "e-" in t for t in texts)


def test_a_refused_pause_is_said_once_without_protocol_tokens(qapp):
    # What the session builds when the battery refuses D! before the writes (the answer's error has
    # its command; the session's message around it has none).
    answer = errors.Refused("D!: the battery refused the change (KO). The value may be outside what this "
                            "battery accepts.", command="D!")
    wrapped = errors.Refused(f"V min: not written, the battery did not pause its live stream first "
                             f"({answer}).", setting="vmin_v")
    text = failure_text(params.parameter("vmin_v"), WriteResult("vmin_v", 2.8, False, error=wrapped))
    assert text.startswith("Not written: the battery refused to pause its live data") and "(KO)" in text
    assert "D!" not in text and "((" not in text and "V min" not in text


def test_a_cut_write_is_shown_as_the_device_layer_words_it_without_the_label(qapp):
    message = ("V max: the write was cut after its first byte: the battery did not answer the second byte "
               "within 3.5 s. The battery now holds 5.08 V, which is neither the old value (3.8 V) nor the "
               "new one (4.2 V). Check it and write V max again now.")
    error = errors.RequestTimeout(message, setting="vmax_v", command="D0-051!")
    result = WriteResult("vmax_v", 4.2, False, value=5.08, error=error, halts_batch=True)
    assert failure_text(VMAX, result) == "The" + message[len("V max: the"):]


def test_a_value_on_the_bms_grid_is_reported_as_stored_not_as_a_plain_success(qapp):
    snapped = WriteResult("tmax_c", 50, True, value=TMAX.quantise(50))
    assert success_text(TMAX, snapped) == "written; stored as 49.9 °C, the nearest step the BMS can hold"
    exact = WriteResult("vmax_v", 3.6, True, value=3.6)
    assert success_text(VMAX, exact) == "written and read back: 3.600 V"


def test_a_failure_without_a_result_is_said_once(qapp):
    assert error_message(errors.LinkDown("The link dropped while sending: gone.")) == \
        "The link dropped while sending: gone."
    assert error_message(RuntimeError("boom")) == "The write failed: boom"
