"""The words a person reads after a write went wrong half-way (no I/O: the raw values are given)."""

from smartbms_gui.device import write_outcome
from smartbms_gui.device.errors import Malformed, NotAuthorised, Refused, RequestTimeout
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation

VMAX = params.parameter("vmax_v")
VMIN = params.parameter("vmin_v")
PIN = params.parameter("pin")


def cut(param, *, index=1, count=2, error=None, old_raw, new_raw, held_raw, read_error=None,
        settings=None, late=None):
    return write_outcome.cut_message(
        param, index=index, count=count, error=error or RequestTimeout("t"), timeout_s=3.5,
        old_raw=old_raw, new_raw=new_raw, held_raw=held_raw, read_error=read_error, late_answer=late,
        settings=settings or {}, generation=Generation.GEN3)


def test_the_references_example_is_said_plainly():
    text = cut(VMAX, old_raw=0x2F8, new_raw=0x348, held_raw=0x3F8)
    assert text == (
        "V max: the write was cut after its first byte: the battery did not answer the second byte "
        "within 3.5 s. The battery now holds 5.08 V, which is neither the old value (3.8 V) nor the new "
        "one (4.2 V). This is dangerous: 5.08 V is outside the range the BMS is meant to work with, "
        "2–5 V. The protection V max gives may not work until it is written again. Check it and write "
        "V max again now.")


def test_a_held_value_against_a_related_setting_is_dangerous_too():
    # V min 2.50 → 3.50 V (0x1F4 → 0x2BC) with only the high byte: 0x2F4 = 3.78 V, above V max 3.6 V
    text = cut(VMIN, old_raw=0x1F4, new_raw=0x2BC, held_raw=0x2F4, settings={"vmax_v": 3.6})
    assert "3.78 V, which is neither the old value (2.5 V) nor the new one (3.5 V)" in text
    assert "This is dangerous: V min (3.780 V) must be below V max (3.600 V)" in text


def test_a_held_value_that_is_in_range_is_not_called_dangerous():
    # V max 3.50 → 3.65 V (0x2BC → 0x2DA): high bytes equal, the low byte lost: the old value stays
    assert "still holds the old value 3.5 V: nothing changed" in cut(
        VMAX, old_raw=0x2BC, new_raw=0x2DA, held_raw=0x2BC)
    # a mix inside the range and the rules: neither, but not dangerous
    text = cut(VMIN, old_raw=0x1F4, new_raw=0x2BC, held_raw=0x2F4, settings={"vmax_v": 4.0})
    assert "neither" in text and "dangerous" not in text


def test_each_answer_is_named_with_its_advice():
    for error, words in [(Refused("x"), "refused the write (KO). Read back"),
                         (NotAuthorised("x"), "did not allow the write (NA"),
                         (Malformed("x"), "did not understand the write (WRONG)")]:
        param = params.parameter("critical_mode")
        text = cut(param, index=0, count=1, error=error, old_raw=0, new_raw=1, held_raw=0)
        assert text.startswith("Critical mode: the battery ") and words in text, text
        assert "still holds the old value off: nothing changed" in text


def test_a_failed_read_back_names_every_value_the_battery_may_hold():
    text = cut(VMAX, index=0, old_raw=0x2F8, new_raw=0x348, held_raw=None,
               read_error=RequestTimeout("no answer"))
    assert "did not answer its first byte within 3.5 s, so nothing more was sent" in text
    assert "not known: it may be 3.8 V, 5.08 V or 4.2 V" in text and "Reconnect" in text


def test_a_late_answer_is_mentioned():
    text = cut(VMAX, old_raw=0x2F8, new_raw=0x348, held_raw=0x3F8, late="OK")
    assert "(its answer, OK, came later still)" in text


def test_the_pin_is_never_in_the_words():
    old, new = PIN.to_raw("1234"), PIN.to_raw("4821")
    held = int.from_bytes(b"4834", "big")
    for held_raw, words in [(held, "neither the old nor the new one (not shown)"), (new, "the new PIN"),
                            (old, "the old PIN"), (None, "the old one, the new one or a mix of both")]:
        text = cut(PIN, index=2, count=4, old_raw=old, new_raw=new, held_raw=held_raw,
                   read_error=RequestTimeout("no answer") if held_raw is None else None)
        assert "cut after 2 of its 4 digits" in text and words in text, text
        assert not any(secret in text for secret in ("1234", "4821", "4834"))


def test_the_rest_of_the_batch_says_why_it_was_not_sent():
    text = write_outcome.batch_stopped_message(VMIN, VMAX)
    assert text.startswith("V min: not written.") and "V max" in text and "apply the remaining" in text


def _meaning(param, held, old, new, settings=None):
    return str(write_outcome.held_meaning(param, held=held, old=old, new=new, settings=settings or {},
                                          generation=Generation.GEN3))


def test_what_a_held_limit_means_follows_which_way_the_limit_protects():
    assert "looser than both" in _meaning(VMAX, 4.0, 3.6, 3.7)  # over-voltage acts later
    assert "stricter than both" in _meaning(VMAX, 3.3, 3.6, 3.7)
    assert "looser than both" in _meaning(VMIN, 2.3, 2.8, 2.9)  # under-voltage acts later
    assert "stricter than both" in _meaning(VMIN, 3.1, 2.8, 2.9)
    assert "between the old and the new value" in _meaning(VMIN, 2.85, 2.8, 2.9)
    tmax = params.parameter("tmax_c")
    assert "looser than both" in _meaning(tmax, 70.0, 50.0, 55.0)
    assert "outside the range" not in _meaning(tmax, 70.0, 50.0, 55.0)


def test_a_held_value_of_a_setting_that_is_no_limit_is_named_as_nobodys_choice():
    capacity = params.parameter("capacity_wh")
    assert _meaning(capacity, 25700.0, 2000.0, 2100.0) == (
        "The BMS now works with 25700 Wh for Battery capacity, a value nobody chose.")


def test_which_value_is_held_is_told_by_the_raw_values():
    state = write_outcome.held_state
    assert state(VMAX, old_raw=1, new_raw=2, held_raw=2) == write_outcome.NEW
    assert state(VMAX, old_raw=1, new_raw=2, held_raw=1) == write_outcome.OLD
    assert state(VMAX, old_raw=1, new_raw=2, held_raw=3) == write_outcome.NEITHER
    assert state(VMAX, old_raw=None, new_raw=2, held_raw=3) == write_outcome.NEITHER
    assert state(VMAX, old_raw=1, new_raw=2, held_raw=None) == write_outcome.UNKNOWN
