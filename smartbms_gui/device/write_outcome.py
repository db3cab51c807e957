"""What to tell a person after a settings write went wrong half-way (docs/protocol.md §3.2).

A 16-bit value is two byte writes, and whether the firmware applies each byte as it arrives is
UNKNOWN, so a write cut after its first byte may leave a value that is neither the old nor the new
one (V max 3.80 → 4.20 V with only the high byte landed holds 5.08 V). The client stops, reads the
record back and hands the three raw values here; these functions turn them into one message that
says what happened, what the battery holds now, whether that is safe, and what to do. The views
show the message as given (translated: every text here is a `smartbms_gui.messages.Message`), so it
carries the whole explanation. A failure nested in another (a read-back that failed too) is told in
a few words, never as a second whole message with its command. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smartbms_gui.device.errors import (
    DeviceError,
    LinkDown,
    Malformed,
    NotAuthorised,
    Refused,
    RequestTimeout,
    short_reason,
)
from smartbms_gui.messages import Label, Message, Quantity, one_of, prefixed
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation

# "its first byte", "the second byte" … as whole phrases, so a translation can inflect them
_BYTES = (Message("its first byte"), Message("the second byte"), Message("the third byte"),
          Message("the fourth byte"))
_DIGITS = (Message("its first digit"), Message("the second digit"), Message("the third digit"),
           Message("the fourth digit"))


def shown(param: params.Parameter, value: Any) -> Any:
    """A value in the user's words (a Message argument); the PIN is never shown."""
    if param.kind == "pin":
        return "****"
    if isinstance(value, Message):
        return value  # "not available"
    if param.kind == "choice" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value} ({param.choice_label(value)})"
    if value is True:
        return Message("on")
    if value is False:
        return Message("off")
    if isinstance(value, (int, float)):
        return Quantity(value, param.unit)
    return f"{value} {param.unit}".strip()


def _part(param: params.Parameter, index: int, count: int) -> Message:
    """`the write` (a one-byte setting), `its first byte`, `the second byte`, `the third digit`."""
    if count == 1:
        return Message("the write")
    names = _DIGITS if param.kind == "pin" else _BYTES
    if index < len(names):
        return names[index]
    return Message("byte {number}", number=index + 1)


def _reason(error: DeviceError, part: Message, timeout_s: float) -> Message:
    if isinstance(error, RequestTimeout):
        return Message("the battery did not answer {part} within {seconds}", part=part,
                       seconds=Quantity(timeout_s, "s"))
    if isinstance(error, Refused):
        return Message("the battery refused {part} (KO)", part=part)
    if isinstance(error, NotAuthorised):
        return Message("the battery did not allow {part} (NA: the PIN was not accepted)", part=part)
    if isinstance(error, Malformed):
        return Message("the battery did not understand {part} (WRONG)", part=part)
    return Message("{part} failed ({reason})", part=part, reason=short_reason(error))


def _advice(error: DeviceError) -> Message:
    if isinstance(error, RequestTimeout):
        return Message("Check that the battery is in range and powered.")
    if isinstance(error, Refused):
        return Message("The value may be outside what this battery accepts.")
    if isinstance(error, NotAuthorised):
        return Message("Reconnect with the right PIN.")
    if isinstance(error, Malformed):
        return Message("This is a bug in the app; please report it.")
    return Message("Check the battery and try again.")


def _what_happened(param: params.Parameter, index: int, count: int, error: DeviceError,
                   timeout_s: float) -> Message:
    reason = _reason(error, _part(param, index, count), timeout_s)
    if count == 1:
        return reason
    if index == 0:
        return Message("{reason}, so nothing more was sent", reason=reason)
    if index == 1:
        done = Message("its first digit") if param.kind == "pin" else Message("its first byte")
    elif param.kind == "pin":
        done = Message("{done} of its {count} digits", done=index, count=count)
    else:
        done = Message("{done} of its {count} bytes", done=index, count=count)
    return Message("the write was cut after {done}: {reason}", done=done, reason=reason)


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


def _unsafe(param: params.Parameter, value: Any, settings: Mapping[str, Any], generation: Generation
            ) -> Message | None:
    """Why `value` is unsafe for `param` (outside its range, or against a related setting), as a
    sentence ending in a full stop; None if fine."""
    if param.kind == "number" and not param.minimum <= value <= param.maximum:
        return Message("{value} is outside the range the BMS is meant to work with, {minimum}–{maximum}.",
                       value=shown(param, value), minimum=Quantity(param.minimum),
                       maximum=Quantity(param.maximum, param.unit))
    problem = param.value_problem(value)
    if problem:
        return Message("{problem}.", problem=problem)
    if param.kind != "number":
        return None
    merged = dict(settings)
    merged[param.name] = value
    for issue in params.validate(merged, generation=generation):
        if issue.is_error and param.name in issue.names:
            return issue.message  # (the rules' sentences end in a full stop)
    return None


# What the battery holds after a write was cut (WriteResult.cut)
OLD, NEW, NEITHER, UNKNOWN = "old", "new", "neither", "unknown"


def held_state(param: params.Parameter, *, old_raw: int | None, new_raw: int, held_raw: int | None) -> str:
    """OLD, NEW, NEITHER or UNKNOWN (not read back, or not reported at all). Without the old raw
    value a held value other than the new one counts as NEITHER: nothing says it is the old one."""
    if held_raw is None:
        return UNKNOWN
    if held_raw == new_raw:
        return NEW
    if old_raw is not None and held_raw == old_raw:
        return OLD
    return NEITHER


def held_meaning(param: params.Parameter, *, held: Any, old: Any, new: Any, settings: Mapping[str, Any],
                 generation: Generation) -> Message:
    """What a held value that is neither the old nor the new one means, in one or two sentences: for
    a protection limit (`Parameter.limit`) whether the protection is now looser or stricter than
    both values the user knows of; outside the range or against a related setting, that first."""
    unsafe = _unsafe(param, held, settings, generation)
    value = shown(param, held)
    label = Label(param.label)
    if param.kind == "number" and param.limit in ("upper", "lower") and isinstance(old, (int, float)) \
            and isinstance(new, (int, float)):
        looser = held > max(old, new) if param.limit == "upper" else held < min(old, new)
        stricter = held < min(old, new) if param.limit == "upper" else held > max(old, new)
        if looser:
            text = Message("The protection is now looser than both the old and the new value: the BMS acts "
                           "only at {value}.", value=value)
        elif stricter:
            text = Message("The protection is now stricter than both the old and the new value: the BMS acts "
                           "already at {value}.", value=value)
        else:
            text = Message("The BMS now acts at {value}, between the old and the new value.", value=value)
    else:
        text = Message("The BMS now works with {value} for {label}, a value nobody chose.", value=value,
                       label=label)
    if unsafe is not None:
        return Message("{unsafe} {text}", unsafe=unsafe, text=text)
    return text


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
) -> Message:
    """The message for a write whose byte `index` (of `count`) failed with `error`.

    `held_raw` is what the record read back holds (None with `read_error` when that failed too);
    `old_raw` what it held before (None if it was never read); `settings` the other settings as the
    battery reports them, to judge a value that is neither old nor new.
    """
    label = Label(param.label)
    text = prefixed(param.label, _what_happened(param, index, count, error, timeout_s))
    if late_answer is not None:
        text = Message("{text} (its answer, {answer}, came later still)", text=text, answer=late_answer)
    secret = param.secret
    advice = _advice(error)

    if held_raw is None:
        if not param.readable:
            return Message("{text}. The battery does not report {label}, so the app cannot check what it "
                           "holds now. {advice} Write it again.", text=text, label=label, advice=advice)
        why = short_reason(read_error) if read_error is not None else Message("no answer")
        if secret:
            return Message("{text}. Reading it back failed too ({why}): the battery's PIN may now be the "
                           "old one, the new one or a mix of both. Reconnect with the old PIN; if it is "
                           "refused, try the new one, then write the PIN again.", text=text, why=why)
        candidates = [old_raw] if old_raw is not None else []
        if old_raw is not None:
            candidates += _mixes(param, old_raw, new_raw, index, count)
        candidates.append(new_raw)
        values = [shown(param, param.to_value(raw)) for raw in dict.fromkeys(candidates)]
        return Message("{text}. Reading it back failed too ({why}), so what the battery holds now is not "
                       "known: it may be {maybe}. Reconnect, check {label} and write it again.",
                       text=text, why=why, maybe=one_of(values), label=label)

    held = param.to_value(held_raw)
    if held_raw == new_raw:
        what = (Message("the new PIN") if secret
                else Message("the new value {value}", value=shown(param, held)))
        return Message("{text}. Read back, the battery holds {what} all the same: the change took effect. "
                       "{advice}", text=text, what=what, advice=advice)
    if old_raw is not None and held_raw == old_raw:
        what = (Message("the old PIN") if secret
                else Message("the old value {value}", value=shown(param, held)))
        return Message("{text}. Read back, the battery still holds {what}: nothing changed. {advice}",
                       text=text, what=what, advice=advice)
    if secret:
        return Message("{text}. Read back, the battery now holds a PIN that is neither the old nor the new "
                       "one (not shown). The app uses it to log in from now on; write the new PIN again now.",
                       text=text)
    new = shown(param, param.to_value(new_raw))
    if old_raw is None:
        text = Message("{text}. Read back, the battery now holds {held}, not the new value {new}", text=text,
                       held=shown(param, held), new=new)
    else:
        text = Message("{text}. The battery now holds {held}, which is neither the old value ({old}) nor the "
                       "new one ({new})", text=text, held=shown(param, held),
                       old=shown(param, param.to_value(old_raw)), new=new)
    unsafe = _unsafe(param, held, settings, generation)
    if unsafe:
        text = Message("{text}. This is dangerous: {unsafe} The protection {label} gives may not work until "
                       "it is written again", text=text, unsafe=unsafe, label=label)
    return Message("{text}. Check it and write {label} again now.", text=text, label=label)


def not_read_back_message(param: params.Parameter, error: DeviceError) -> Message:
    """Every byte was answered OK, but the record could not be read back to check it."""
    return Message("{label}: every byte was answered OK, but the setting could not be read back to check it "
                   "({why}). Check {label} once the link is better and write it again if it differs.",
                   label=Label(param.label), why=short_reason(error))


def batch_stopped_message(param: params.Parameter, failed: params.Parameter) -> Message:
    """A setting of the batch that was not sent because an earlier one failed half-way."""
    return Message("{label}: not written. The write of {failed} before it failed, so the app stopped there "
                   "and sent nothing more. Check {failed}, then apply the remaining changes again.",
                   label=Label(param.label), failed=Label(failed.label))


def pause_refused_message(param: params.Parameter, error: DeviceError) -> Message:
    """The live stream did not pause before a write, so nothing was sent (said without the D! answer's
    own message: one sentence of what happened and what to do)."""
    if isinstance(error, LinkDown):
        text = Message("not written, the link dropped before it was sent. Connect again and apply it again "
                       "if you still want it.")
    elif isinstance(error, NotAuthorised):
        text = Message("not written: the battery did not accept the PIN for this (NA), so nothing was sent. "
                       "Connect again with the right PIN.")
    elif isinstance(error, Malformed):
        text = Message("not written: the battery did not understand the request to pause its live data "
                       "(WRONG), so nothing was sent. This is a bug in the app; please report it.")
    else:
        text = Message("not written: the battery refused to pause its live data for the change (KO), so "
                       "nothing was sent. Apply again; if it refuses again, disconnect and connect again.")
    return prefixed(param.label, text)
