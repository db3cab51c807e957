"""What to tell a person after a settings write went wrong half-way (docs/protocol.md §3.2).

A 16-bit value is two byte writes, and whether the firmware applies each byte as it arrives is
UNKNOWN, so a write cut after its first byte may leave a value that is neither the old nor the new
one (V max 3.80 → 4.20 V with only the high byte landed holds 5.08 V). The client stops, reads the
record back and hands the three raw values here; these functions turn them into one message that
says what happened, what the battery holds now, whether that is safe, and what to do. The views
show the message as given, so it carries the whole explanation. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smartbms_gui.device.errors import DeviceError, Malformed, NotAuthorised, Refused, RequestTimeout
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation

_ORDINALS = ("first", "second", "third", "fourth")


def shown(param: params.Parameter, value: Any) -> str:
    """A value in the user's words; the PIN is never shown."""
    if param.kind == "pin":
        return "****"
    if param.kind == "choice" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value} ({param.choice_label(value)})"
    if value is True:
        return "on"
    if value is False:
        return "off"
    if isinstance(value, float):
        return f"{value:g} {param.unit}".strip()
    return f"{value} {param.unit}".strip()


def _unit_word(param: params.Parameter) -> str:
    return "digit" if param.kind == "pin" else "byte"


def _part(param: params.Parameter, index: int, count: int) -> str:
    """`the write` (a one-byte setting), `its first byte`, `the second byte`, `the third digit`."""
    word = _unit_word(param)
    if count == 1:
        return "the write"
    ordinal = _ORDINALS[index] if index < len(_ORDINALS) else f"{index + 1}th"
    return f"its {ordinal} {word}" if index == 0 else f"the {ordinal} {word}"


def _reason(error: DeviceError, part: str, timeout_s: float) -> str:
    if isinstance(error, RequestTimeout):
        return f"the battery did not answer {part} within {timeout_s:g} s"
    if isinstance(error, Refused):
        return f"the battery refused {part} (KO)"
    if isinstance(error, NotAuthorised):
        return f"the battery did not allow {part} (NA: the PIN was not accepted)"
    if isinstance(error, Malformed):
        return f"the battery did not understand {part} (WRONG)"
    return f"{part} failed ({error})"


def _advice(error: DeviceError) -> str:
    if isinstance(error, RequestTimeout):
        return "Check that the battery is in range and powered."
    if isinstance(error, Refused):
        return "The value may be outside what this battery accepts."
    if isinstance(error, NotAuthorised):
        return "Reconnect with the right PIN."
    if isinstance(error, Malformed):
        return "This is a bug in the app; please report it."
    return ""


def _what_happened(param: params.Parameter, index: int, count: int, error: DeviceError,
                   timeout_s: float) -> str:
    reason = _reason(error, _part(param, index, count), timeout_s)
    if count == 1:
        return reason
    if index == 0:
        return f"{reason}, so nothing more was sent"
    done = f"its first {_unit_word(param)}" if index == 1 else f"{index} of its {count} {_unit_word(param)}s"
    return f"the write was cut after {done}: {reason}"


def _mixes(param: params.Parameter, old_raw: int, new_raw: int, index: int, count: int) -> list[int]:
    """The raw values the battery may hold when byte `index` failed: the bytes before it landed,
    and the failed one may have landed too (high byte first, like the write)."""
    found: list[int] = []
    for landed in (index, index + 1):
        raw = old_raw
        for i in range(min(landed, count)):
            byte = (new_raw >> (8 * (count - 1 - i))) & 0xFF
            raw = params.merge_byte(param, raw, i, byte) if count > 1 else byte
        if raw not in found:
            found.append(raw)
    return found


def _unsafe(param: params.Parameter, value: Any, settings: Mapping[str, Any], generation: Generation) -> str:
    """Why `value` is unsafe for `param` (outside its range, or against a related setting); "" if fine."""
    if param.kind == "number" and not param.minimum <= value <= param.maximum:
        return (f"{shown(param, value)} is outside the range the BMS is meant to work with, "
                f"{param.minimum:g}–{param.maximum:g} {param.unit}".rstrip())
    problem = param.problem(value)
    if problem:
        return problem
    if param.kind != "number":
        return ""
    merged = dict(settings)
    merged[param.name] = value
    for issue in params.validate(merged, generation=generation):
        if issue.is_error and param.name in issue.names:
            return issue.message
    return ""


def cut_message(
    param: params.Parameter,
    *,
    index: int,
    count: int,
    error: DeviceError,
    timeout_s: float,
    old_raw: int | None,
    new_raw: int,
    held_raw: int | None,
    read_error: DeviceError | None,
    late_answer: str | None,
    settings: Mapping[str, Any],
    generation: Generation,
) -> str:
    """The message for a write whose byte `index` (of `count`) failed with `error`.

    `held_raw` is what the record read back holds (None with `read_error` when that failed too);
    `old_raw` what it held before (None if it was never read); `settings` the other settings as the
    battery reports them, to judge a value that is neither old nor new.
    """
    label = param.label
    text = f"{label}: {_what_happened(param, index, count, error, timeout_s)}"
    if late_answer is not None:
        text += f" (its answer, {late_answer}, came later still)"
    secret = param.kind == "pin"

    if held_raw is None:
        if not param.readable:
            text += (f". The battery does not report {label}, so the app cannot check what it holds now. "
                     f"{_advice(error)} Write it again.")
            return text.replace("  ", " ")
        if secret:
            return (f"{text}. Reading it back failed too ({read_error}): the battery's PIN may now be "
                    "the old one, the new one or a mix of both. Reconnect with the old PIN; if it is "
                    "refused, try the new one, then write the PIN again.")
        candidates = [old_raw] if old_raw is not None else []
        if old_raw is not None:
            candidates += _mixes(param, old_raw, new_raw, index, count)
        candidates.append(new_raw)
        values = []
        for raw in dict.fromkeys(candidates):
            values.append(shown(param, param.to_value(raw)))
        maybe = ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]
        return (f"{text}. Reading it back failed too ({read_error}), so what the battery holds now is not "
                f"known: it may be {maybe}. Reconnect, check {label} and write it again.")

    held = param.to_value(held_raw)
    if held_raw == new_raw:
        what = "the new PIN" if secret else f"the new value {shown(param, held)}"
        return (f"{text}. Read back, the battery holds {what} all the same: the change took effect. "
                f"{_advice(error)}").strip()
    if old_raw is not None and held_raw == old_raw:
        what = "the old PIN" if secret else f"the old value {shown(param, held)}"
        return (f"{text}. Read back, the battery still holds {what}: nothing changed. {_advice(error)}"
                ).strip()
    if secret:
        return (f"{text}. Read back, the battery now holds a PIN that is neither the old nor the new one "
                "(not shown). The app uses it to log in from now on; write the new PIN again now.")
    new = shown(param, param.to_value(new_raw))
    if old_raw is None:
        text += f". Read back, the battery now holds {shown(param, held)}, not the new value {new}"
    else:
        text += (f". The battery now holds {shown(param, held)}, which is neither the old value "
                 f"({shown(param, param.to_value(old_raw))}) nor the new one ({new})")
    unsafe = _unsafe(param, held, settings, generation).removeprefix(f"{label}: ").rstrip(".")
    if unsafe:
        text += (f". This is dangerous: {unsafe}. The protection {label} gives may not work until it is "
                 "written again")
    return f"{text}. Check it and write {label} again now."


def not_read_back_message(param: params.Parameter, error: DeviceError) -> str:
    """Every byte was answered OK, but the record could not be read back to check it."""
    return (f"{param.label}: every byte was answered OK, but the setting could not be read back to check "
            f"it ({error}). Check {param.label} once the link is better and write it again if it differs.")


def batch_stopped_message(param: params.Parameter, failed: params.Parameter) -> str:
    """A setting of the batch that was not sent because an earlier one failed half-way."""
    return (f"{param.label}: not written. The write of {failed.label} before it failed, so the app stopped "
            f"there and sent nothing more. Check {failed.label}, then apply the remaining changes again.")
