"""Keep the PIN out of raw byte recordings.

The device echoes every command, so the login `PW1234!` comes back over the link, and the `S1`
record carries the PIN as four ASCII bytes in hex. Raw bytes handed to the recorder pass through
`PinMask`, which replaces both forms with `*`. Notifications can cut a pattern in two, so a tail
that could be the start of a pattern is held back until the next bytes arrive (or `flush()`).

A PIN change also crosses the link before the session knows the new PIN: the echoes of the byte
writes to the PIN's addresses, and the `S1` read-back. Those are masked by their shape (any value
written to a PIN address; any `S1` field of four ASCII digits), whatever the PIN is.
"""

from __future__ import annotations

import re

from smartbms_gui.protocol import params


def _pin_addresses() -> list[bytes]:
    param = params.parameter("pin")
    first = {a for a in (param.address, param.sim_address) if a is not None}
    return [f"{a + i:03X}".encode() for a in sorted(first) for i in range(param.width)]


_ADDRESSES = _pin_addresses()
# `34-F00!`: a byte of a new PIN written (and echoed); the address stays readable.
_PIN_WRITE = re.compile(rb"[0-9A-Fa-f]{2}-(" + b"|".join(_ADDRESSES) + rb")!")
# An S1 field that is four ASCII digits in hex (3x3x3x3x): the PIN, whichever it is.
_PIN_FIELD = re.compile(rb"(?<=_)3[0-9]3[0-9]3[0-9]3[0-9](?=_)")
_LOGIN = re.compile(rb"PW[0-9]{4}!")
_WRITE_PREFIXES = sorted({a[:k] for a in _ADDRESSES for k in range(len(a) + 1)}, key=len, reverse=True)
_PARTIAL_WRITE = re.compile(rb"(?:[0-9A-Fa-f]{1,2}|[0-9A-Fa-f]{2}-(?:" + b"|".join(_WRITE_PREFIXES) + rb"))\Z")
_PARTIAL_FIELD = re.compile(rb"_(?:|3|3[0-9]|3[0-9]3|3[0-9]3[0-9]|3[0-9]3[0-9]3|3[0-9]3[0-9]3[0-9]|"
                            rb"3[0-9]3[0-9]3[0-9]3|3[0-9]3[0-9]3[0-9]3[0-9])\Z")
_PARTIAL_LOGIN = re.compile(rb"P(?:W[0-9]{0,4})?\Z")


def mask_command(command: bytes) -> bytes:
    """One whole command with its PIN hidden: a login (`PW****!`) or a byte of a new PIN written
    to the PIN's addresses (`**-F01!`), for messages, errors and logs."""
    return _PIN_WRITE.sub(lambda m: b"**-" + m.group(1) + b"!", _LOGIN.sub(b"PW****!", command))


class PinMask:
    def __init__(self, pin: str) -> None:
        ascii_pin = pin.encode("ascii")
        hex_pin = ascii_pin.hex()
        # pattern → its masked form (the login keeps its "PW" so a recording still reads as a login)
        self._masks = {
            b"PW" + ascii_pin: b"PW" + b"*" * len(ascii_pin),
            hex_pin.upper().encode(): b"*" * len(hex_pin),
            hex_pin.lower().encode(): b"*" * len(hex_pin),
        }
        self._patterns = sorted(self._masks, key=len, reverse=True)
        self._held = b""

    def feed(self, data: bytes) -> bytes:
        buf = self._held + bytes(data)
        for pattern in self._patterns:
            buf = buf.replace(pattern, self._masks[pattern])
        buf = _LOGIN.sub(b"PW****!", buf)
        buf = _PIN_WRITE.sub(lambda m: b"**-" + m.group(1) + b"!", buf)
        buf = _PIN_FIELD.sub(b"********", buf)
        keep = max(self._partial_tail(buf), self._partial_shape(buf))
        self._held = buf[len(buf) - keep:] if keep else b""
        return buf[: len(buf) - keep]

    def flush(self) -> bytes:
        held, self._held = self._held, b""
        return held

    @staticmethod
    def _partial_shape(buf: bytes) -> int:
        """Length of an end of `buf` that could grow into a PIN write echo, S1 PIN field or login."""
        tail = buf[-10:]
        best = 0
        for pattern in (_PARTIAL_WRITE, _PARTIAL_FIELD, _PARTIAL_LOGIN):
            m = pattern.search(tail)
            if m:
                best = max(best, len(m.group(0)))
        return best

    def _partial_tail(self, buf: bytes) -> int:
        """Length of the longest end of `buf` that is a proper start of a pattern."""
        best = 0
        for pattern in self._patterns:
            for n in range(min(len(pattern) - 1, len(buf)), best, -1):
                if buf.endswith(pattern[:n]):
                    best = n
                    break
        return best
