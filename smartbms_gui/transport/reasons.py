"""A person-readable reason for a failed link operation.

Some exceptions (asyncio timeouts, cancelled connects, bare `BleakError()`) have an empty text; a
message must never end in "failed: ." — it names at least what kind of failure it was.
"""

from __future__ import annotations

import asyncio

_KNOWN = {
    asyncio.TimeoutError: "no answer in time",
    TimeoutError: "no answer in time",
    ConnectionResetError: "the connection was reset",
    ConnectionAbortedError: "the connection was aborted",
    EOFError: "the connection closed",
}


def reason(exc: BaseException) -> str:
    """`str(exc)` when it says something, else a short phrase for its type (never empty)."""
    text = str(exc).strip().rstrip(".")
    if text:
        return text
    for kind, words in _KNOWN.items():
        if isinstance(exc, kind):
            return words
    return f"{type(exc).__name__} (no details given)"
