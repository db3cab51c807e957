"""A person-readable reason for a failed link operation.

Some exceptions (asyncio timeouts, cancelled connects, bare `BleakError()`) have an empty text; a
message must never end in "failed: ." — it names at least what kind of failure it was. The phrases
for those are `Message`s (translated by the views); a library's own text is passed on as it is.
"""

from __future__ import annotations

import asyncio

from smartbms_gui.messages import Message

_KNOWN = {
    asyncio.TimeoutError: Message("no answer in time"),
    TimeoutError: Message("no answer in time"),
    ConnectionResetError: Message("the connection was reset"),
    ConnectionAbortedError: Message("the connection was aborted"),
    EOFError: Message("the connection closed"),
}


def reason(exc: BaseException) -> str:
    """`str(exc)` when it says something, else a short phrase for its type (never empty)."""
    text = str(exc)
    if isinstance(text, Message) and text.strip() and not text.endswith("."):
        return text  # one of ours: keep it whole, so it can be translated
    text = text.strip().rstrip(".")
    if text:
        return text
    for kind, words in _KNOWN.items():
        if isinstance(exc, kind):
            return words
    return Message("{kind} (no details given)", kind=type(exc).__name__)
