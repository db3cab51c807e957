"""The byte-pipe interface every link (simulator, BLE, serial) implements.

Nothing above `transport/` knows which link it has: the device layer opens a `Transport`,
writes bytes, and receives bytes through the receivers it registered.
"""

from __future__ import annotations

import abc
import enum
import time
from collections.abc import Callable

Receiver = Callable[[bytes, float], None]
LostCallback = Callable[["Exception | None"], None]


class Wire(enum.Enum):
    """What the bytes on this link are."""

    ASCII = "ascii"  # the command protocol with the live stream (BLE and the simulator)
    FRAME = "frame"  # the 58-byte "extended data output" frame (USB serial), read-only


class TransportError(Exception):
    """A link could not be opened or used. The message says what a person can do.

    `lasting` is true when trying again cannot help until the person acts (Bluetooth switched off,
    no adapter, no permission): a first connection then stops at once.
    """

    lasting: bool = False


class LinkLost(TransportError):
    """The link dropped while it was open."""


class Transport(abc.ABC):
    wire: Wire = Wire.ASCII
    #: False for links that carry no settings writes (the serial frame).
    writable: bool = True
    #: True when bytes go to a real device: writes whose address is UNKNOWN are refused.
    is_hardware: bool = True

    def __init__(self) -> None:
        self._receivers: list[Receiver] = []
        self._lost_callback: LostCallback | None = None

    @property
    @abc.abstractmethod
    def description(self) -> str:
        """A short name for the user: "BLE 123\\SmartBMS 03330", "Serial /dev/ttyUSB0", "Simulator"."""

    @property
    @abc.abstractmethod
    def is_open(self) -> bool: ...

    def add_receiver(self, receiver: Receiver) -> None:
        self._receivers.append(receiver)

    def remove_receiver(self, receiver: Receiver) -> None:
        if receiver in self._receivers:
            self._receivers.remove(receiver)

    def set_lost_callback(self, callback: LostCallback | None) -> None:
        self._lost_callback = callback

    def _deliver(self, data: bytes, t: float | None = None) -> None:
        """Hand received bytes to every receiver (implementations call this)."""
        if not data:
            return
        stamp = time.monotonic() if t is None else t
        for receiver in list(self._receivers):
            receiver(data, stamp)

    def _lost(self, exc: Exception | None = None) -> None:
        """Report that the link dropped (implementations call this once per drop)."""
        if self._lost_callback is not None:
            self._lost_callback(exc)

    @abc.abstractmethod
    async def open(self) -> None:
        """Open the link; raise `TransportError` with an actionable message on failure."""

    @abc.abstractmethod
    async def write(self, data: bytes) -> None:
        """Send bytes; raise `LinkLost` if the link is gone."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the link; safe to call twice."""
