"""The field syntax shared by settings and stream records: hex numbers, `X` = not available,
an optional `+`/`-` sign."""

from __future__ import annotations

from .errors import FieldError

_HEX = frozenset("0123456789abcdefABCDEF")


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
