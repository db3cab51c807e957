"""Each way a write can fail reaches the user as its own message."""

import pytest

from smartbms_gui.device import errors
from smartbms_gui.protocol import params
from smartbms_gui.views.settings_page import error_message, format_value


@pytest.mark.parametrize("error,words", [
    (errors.Refused("V max: KO"), "(KO)"),
    (errors.NotAuthorised("NA"), "(NA)"),
    (errors.Malformed("WRONG"), "(WRONG)"),
    (errors.RequestTimeout("no answer to 050"), "timeout"),
    (errors.ReadBackMismatch("3.60 V written, 3.65 V read"), "different value"),
    (errors.NotWritableOnHardware("the address is not published"), "Not written"),
    (errors.LinkDown("link lost"), "link dropped"),
])
def test_every_failure_has_its_own_message(qapp, error, words):
    text = error_message(error)
    assert words in text
    assert str(error) in text  # the device layer's detail is kept


def test_values_are_shown_in_the_users_words(qapp):
    assert format_value(params.parameter("pin"), "4321") == "****"
    assert format_value(params.parameter("vmax_v"), 3.6) == "3.600 V"
    assert format_value(params.parameter("tmax_c"), 54.995) == "55.0 °C"
    assert format_value(params.parameter("critical_mode"), True) == "on"
    assert format_value(params.parameter("chemistry"), 1) == "LiFePO4 (LFP)"
