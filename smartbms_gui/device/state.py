"""The connection state the UI shows ("Streaming", "Reconnecting in 4 s", "Failed: wrong PIN")."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Phase(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    AUTHENTICATING = "authenticating"
    READING_SETTINGS = "reading settings"
    STREAMING = "streaming"
    RECONNECTING = "reconnecting"
    FAILED = "failed"


_LABELS = {
    Phase.DISCONNECTED: "Disconnected",
    Phase.CONNECTING: "Connecting",
    Phase.AUTHENTICATING: "Checking the PIN",
    Phase.READING_SETTINGS: "Reading settings",
    Phase.STREAMING: "Live",
    Phase.RECONNECTING: "Reconnecting",
    Phase.FAILED: "Failed",
}


@dataclass(frozen=True)
class ConnectionState:
    """One state of a `DeviceSession`. `retry_in_s` is set while RECONNECTING."""

    phase: Phase
    link: str = ""
    retry_in_s: float | None = None
    reason: str = ""
    attempt: int = 0

    @property
    def connected(self) -> bool:
        return self.phase in (Phase.AUTHENTICATING, Phase.READING_SETTINGS, Phase.STREAMING)

    @property
    def text(self) -> str:
        """English one-liner for status bars (views translate the phase themselves if they want)."""
        label = _LABELS[self.phase]
        if self.phase is Phase.RECONNECTING and self.retry_in_s is not None:
            label = f"Reconnecting in {self.retry_in_s:.0f} s"
        if self.reason:
            label = f"{label}: {self.reason}"
        return label

    def __str__(self) -> str:
        return self.text
