"""The connection state the UI shows ("Streaming", "Reconnecting in 4 s", "Failed: wrong PIN").

`reason` and `text` are `smartbms_gui.messages.Message`s (English; views translate them).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from smartbms_gui.messages import Message, Quantity


class Phase(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    AUTHENTICATING = "authenticating"
    READING_SETTINGS = "reading settings"
    STREAMING = "streaming"
    RECONNECTING = "reconnecting"
    FAILED = "failed"


_LABELS = {
    Phase.DISCONNECTED: Message("Disconnected"),
    Phase.CONNECTING: Message("Connecting"),
    Phase.AUTHENTICATING: Message("Checking the PIN"),
    Phase.READING_SETTINGS: Message("Reading settings"),
    Phase.STREAMING: Message("Live"),
    Phase.RECONNECTING: Message("Reconnecting"),
    Phase.FAILED: Message("Failed"),
}


@dataclass(frozen=True)
class ConnectionState:
    """One state of a `DeviceSession`. `retry_in_s` is set while RECONNECTING."""

    phase: Phase
    link: str = ""
    retry_in_s: float | None = None
    reason: str = ""  # a Message ("wrong PIN", "no data for 5 s"), or a link's own text
    #: while RECONNECTING: the number of the coming try (1, 2, …); while FAILED: the tries made
    attempt: int = 0
    #: what went wrong in the last attempt (a Message, plain words with the fix) while RECONNECTING
    #: or FAILED; not part of `text` (the command line prints the error itself)
    problem: str = ""

    @property
    def connected(self) -> bool:
        return self.phase in (Phase.AUTHENTICATING, Phase.READING_SETTINGS, Phase.STREAMING)

    @property
    def text(self) -> Message:
        """One line for status bars and messages (English; `i18n.translate_message` translates it)."""
        label = _LABELS[self.phase]
        if self.phase is Phase.RECONNECTING and self.retry_in_s is not None:
            label = Message("Reconnecting in {seconds}", seconds=Quantity(self.retry_in_s, "s", 0))
        if self.reason:
            label = Message("{state}: {reason}", state=label, reason=self.reason)
        return label

    def __str__(self) -> str:
        return self.text
