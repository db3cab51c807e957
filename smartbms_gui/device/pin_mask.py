"""Keep the PIN out of raw byte recordings.

The device echoes every command, so the login `PW1234!` comes back over the link, and the `S1`
record carries the PIN as four ASCII bytes in hex. Raw bytes handed to the recorder pass through
`PinMask`, which replaces both forms with `*`. Notifications can cut a pattern in two, so a tail
that could be the start of a pattern is held back until the next bytes arrive (or `flush()`).
"""

from __future__ import annotations


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
        keep = self._partial_tail(buf)
        self._held = buf[len(buf) - keep:] if keep else b""
        return buf[: len(buf) - keep]

    def flush(self) -> bytes:
        held, self._held = self._held, b""
        return held

    def _partial_tail(self, buf: bytes) -> int:
        """Length of the longest end of `buf` that is a proper start of a pattern."""
        best = 0
        for pattern in self._patterns:
            for n in range(min(len(pattern) - 1, len(buf)), best, -1):
                if buf.endswith(pattern[:n]):
                    best = n
                    break
        return best
