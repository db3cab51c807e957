"""The field syntax shared by settings and stream records: hex numbers, `X` = not available,
an optional `+`/`-` sign; the `M` record's clock `hh:mm` in hex (docs/protocol.md §3.1, §3.3)."""

from __future__ import annotations

from .errors import FieldError

_HEX = frozenset("0123456789abcdefABCDEF")
_FIELD_DIGITS = frozenset(b"0123456789abcdefABCDEFX")


def parse_hex_field(text: str, *, record: str, field: str, signed: bool = False) -> int | None:
    """Parse one field; `None` when the device says the value is not available (`X…`)."""
    if not text:
        raise FieldError("empty field", record=record, field=field)
    if text[0] == "X":
        return None
    sign = 1
    digits = text
    if text[0] in "+-":
        sign = -1 if text[0] == "-" else 1
        digits = text[1:]
    elif signed:
        pass
    if not digits or any(c not in _HEX for c in digits):
        raise FieldError(f"not a hex number: {text!r}", record=record, field=field)
    return sign * int(digits, 16)


def format_hex_field(value: int | None, width: int = 4, *, signed: bool = False) -> str:
    """Encode one field; signed fields always carry their sign (`+0010`, `-0004`)."""
    if value is None:
        return "X"
    if signed:
        return ("-" if value < 0 else "+") + format(abs(value), f"0{width}X")
    if value < 0:
        raise ValueError(f"negative value {value} for an unsigned field")
    return format(value, f"0{width}X")


def is_field(text: bytes) -> bool:
    """True when `text` is one well-formed field of a settings or stream record: hex digits with an
    optional sign, where `X` may stand for digits not available (`X`, `XX`, or inside the SoC
    history's 24 digits)."""
    digits = text[1:] if text[:1] in (b"+", b"-") else text
    return bool(digits) and all(c in _FIELD_DIGITS for c in digits)


def parse_hex_clock(text: str, *, record: str = "M", field: str = "clock") -> tuple[int, int]:
    """The device clock `hh:mm`, both parts hex like every other field (`0C:1E` = 12:30).

    [R] docs/protocol.md §3.3 (two independent clients read both parts as hex). The hours must be
    0..23 and the minutes 0..59, else the field is implausible."""
    hh, sep, mm = text.partition(":")
    if (not sep or not 1 <= len(hh) <= 2 or not 1 <= len(mm) <= 2
            or any(c not in _HEX for c in hh + mm)):
        raise FieldError(f"not a clock hh:mm in hex: {text!r}", record=record, field=field)
    hours, minutes = int(hh, 16), int(mm, 16)
    if hours > 23 or minutes > 59:
        raise FieldError(f"implausible clock {text!r} (= {hours}:{minutes:02d})", record=record, field=field)
    return hours, minutes


def format_hex_clock(hours: int, minutes: int) -> str:
    """The inverse of `parse_hex_clock`: 12:30 → `0C:1E`."""
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise ValueError(f"not a time of day: {hours}:{minutes}")
    return f"{hours:02X}:{minutes:02X}"
