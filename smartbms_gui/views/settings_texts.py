"""The Settings page's words and numbers: labels, values, ranges and write results in the user's language.

Every string is in the "SettingsPage" translation context (they were there before the page was
split into files). Numbers go through `i18n` (a decimal comma in German and Dutch). An editor
shows no group separator, so what it shows can be typed back; typing accepts a comma or a point.

Write results: the device layer words what went wrong after a write (`device/write_outcome.py`)
as whole sentences (`Message`s), so they are shown as given in the user's language
(`i18n.translate_message`), only without the leading "V max: " that the row or the list item
already shows. A refused pause of the live stream (nothing was sent) has its own words here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from smartbms_gui.device import errors as device_errors
from smartbms_gui.device import settings_edit
from smartbms_gui.i18n import translate_message
from smartbms_gui.protocol import params
from smartbms_gui.protocol.params import Parameter, UnknownCode

CONTEXT = "SettingsPage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def param_help(param: Parameter) -> str:
    """The parameter's help text in the user's language (protocol/ is pure: no tr() there).

    translations/extract_strings.py lists every help text of protocol/params.py under "Parameter"."""
    return QCoreApplication.translate("Parameter", param.help) if param.help else ""


def param_label(param: Parameter) -> str:
    """The parameter's label in the user's language (recorded under "SettingsPage" at run time)."""
    return QCoreApplication.translate(CONTEXT, param.label)


def unknown_text(value: UnknownCode) -> str:
    """A raw value the table gives no meaning: never shown as on, off or a choice."""
    return _t("unknown ({0})").format(value.raw)


# -- numbers ----------------------------------------------------------------------------------------

def shown_decimals(param: Parameter) -> int:
    """Digits shown: the device's precision (`params.shown_decimals`, the command line's too)."""
    return params.shown_decimals(param)


def editor_text(param: Parameter, value: float) -> str:
    """A number as an editor shows it: the user's decimal mark, no group separator ("3,650" in German)."""
    return params.number_text(param, value, decimal_sign=QLocale().decimalPoint())


def parse_number(text: str) -> float | None:
    """What the user typed: a decimal comma or point, no group separators; None if it is not a number.
    The command line reads numbers by the same rule (`params.parse_number`)."""
    return params.parse_number(text)


def number_text(param: Parameter, value: float) -> str:
    """A number for a label, in the user's language, without its unit (one formatter with the command
    line: `params.number_text`, given this locale's signs)."""
    locale = QLocale()
    grouped = not locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
    return params.number_text(param, value, decimal_sign=locale.decimalPoint(),
                              group_sign=locale.groupSeparator() if grouped else "")


def range_text(param: Parameter) -> str:
    """The row's range with its decimals and unit: "2.000–5.000 V", "0–655,350 W"."""
    low = number_text(param, param.minimum)
    high = number_text(param, param.maximum)
    return f"{low}–{high} {param.unit}".strip()


def stored_value(param: Parameter, value: Any) -> Any:
    """What the BMS will hold after storing `value` (its raw grid), or `value` when that is not a number."""
    try:
        return param.quantise(value)
    except (ValueError, TypeError):
        return value


def is_snapped(param: Parameter, value: Any, stored: Any) -> bool:
    """True when the BMS holds something visibly different from what was asked (T max 50 → 49.9 °C)."""
    if param.kind != "number" or value is None or stored is None:
        return False
    return editor_text(param, value) != editor_text(param, stored)


def snapped_text(param: Parameter, stored: Any) -> str:
    return _t("stored as {0}, the nearest step the BMS can hold").format(format_value(param, stored))


def format_value(param: Parameter, value: Any) -> str:
    """A setting's value in the user's words and number format; "–" when there is none."""
    if value is None:
        return "–"
    if isinstance(value, UnknownCode):
        return unknown_text(value)
    if param.kind == "pin":
        return "****"
    if param.kind == "action":
        return _t("do it") if value else "–"
    if param.kind == "bool":
        return _t("on") if value else _t("off")
    if param.kind == "choice":
        return _t(param.choice_label(int(value)))  # an unknown code ("unknown (7)") stays as it is
    if not param.unit:
        return number_text(param, value)
    return f"{number_text(param, value)} {param.unit}"


# -- write results -----------------------------------------------------------------------------------

_ANSWERS = (device_errors.Refused, device_errors.NotAuthorised, device_errors.Malformed)


def _stream_not_paused(result: Any) -> bool:
    """The battery refused to pause its live stream before the writes, so nothing was sent.

    The device layer wraps the `D!` answer in its own message and, unlike an answer to a byte
    write, gives that error no command; a byte write that failed always carries one."""
    error = result.error
    return isinstance(error, _ANSWERS) and error.command is None and not result.halts_batch \
        and result.value is None


def _pause_text(error: Exception) -> str:
    if isinstance(error, device_errors.NotAuthorised):
        return _t("Not written: the battery did not accept the PIN for this (NA), so nothing was sent. "
                  "Connect again with the right PIN.")
    if isinstance(error, device_errors.Malformed):
        return _t("Not written: the battery did not understand the request to pause its live data "
                  "(WRONG), so nothing was sent. This is a bug in the app; please report it.")
    return _t("Not written: the battery refused to pause its live data for the change (KO), so nothing "
              "was sent. Apply again; if it refuses again, disconnect and connect again.")


def _without_label(param: Parameter, text: str) -> str:
    """The device's sentence without its leading "V max: " (the row or the list item names the setting)."""
    for label in (param.label, param_label(param)):
        if text.startswith(label + ": "):
            text = text[len(label) + 2:]
            return text[:1].upper() + text[1:]
    return text


def error_message(error: BaseException | None) -> str:
    """A failure with no result to go with it (the write task itself failed), said once."""
    if error is None:
        return ""
    if isinstance(error, device_errors.DeviceError):
        return translate_message(error)
    return _t("The write failed: {0}").format(translate_message(error))


def failure_text(param: Parameter, result: Any) -> str:
    """Why a write did not do what was asked, in one readable message (no nesting, no repetition)."""
    error = result.error
    if error is None:
        return _t("Not written.")
    if _stream_not_paused(result):
        return _pause_text(error)
    return _without_label(param, translate_message(error))


def success_text(param: Parameter, result: Any) -> str:
    if param.kind == "action":
        return _t("done")
    if not result.verified:
        return _t("written (the BMS does not report it, so it could not be read back)")
    held = result.value if result.value is not None else result.requested
    if is_snapped(param, result.requested, held):
        return _t("written; {0}").format(snapped_text(param, held))
    return _t("written and read back: {0}").format(format_value(param, held))


# -- what a link cannot write ------------------------------------------------------------------------

# Why a row cannot be written over this link (rows left out of a file or an Apply are grouped by it): the
# edit model's kinds (`SettingsEdit.why_not`).
READ_ONLY, NOT_REPORTED, SERIAL, UNPUBLISHED = settings_edit.READ_ONLY, settings_edit.NOT_REPORTED, \
    settings_edit.SERIAL, settings_edit.UNPUBLISHED


def because_text(kind: str) -> str:
    """The reason as the end of "Not written on this link: A, B, because …"."""
    if kind == READ_ONLY:
        return _t("they can only be shown")
    if kind == NOT_REPORTED:
        return _t("this BMS does not report them (older firmware), so a write could not be checked")
    if kind == SERIAL:
        return _t("the serial cable is a read-only link")
    return _t("their write address on a real BMS is not published (the maker's phone app can change them)")
