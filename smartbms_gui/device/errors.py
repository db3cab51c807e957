"""What can go wrong talking to a battery, as types with messages a person can act on.

`setting` names the parameter a write was about (its table name), so the settings page can put
the message next to the right field.
"""

from __future__ import annotations


class DeviceError(Exception):
    """Something the device or the link refused or failed to do."""

    def __init__(self, message: str, *, setting: str | None = None, command: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.setting = setting
        #: the command text (never a login command, so no PIN ever lands here)
        self.command = command

    def __str__(self) -> str:
        return self.message


class WrongPin(DeviceError):
    """The device answered NA to the PIN."""

    def __init__(self, message: str = "wrong PIN: the battery did not accept it. Check the PIN and try again.") -> None:
        super().__init__(message)


class Refused(DeviceError):
    """The device answered KO."""


class NotAuthorised(DeviceError):
    """The device answered NA (PIN missing or wrong)."""


class Malformed(DeviceError):
    """The device answered WRONG: it did not understand the command."""


class RequestTimeout(DeviceError):
    """No answer within the request timeout, after the allowed retries."""


class ReadBackMismatch(DeviceError):
    """The value read back after a write differs from the value written."""

    def __init__(self, message: str, *, setting: str | None = None, written=None, read_back=None) -> None:
        super().__init__(message, setting=setting)
        self.written = written
        self.read_back = read_back


class BatchStopped(DeviceError):
    """Not sent: an earlier setting of the same batch failed half-way, so the batch was stopped."""


class NotWritableOnHardware(DeviceError):
    """The setting's write address is unknown for real hardware; nothing was sent."""


class LinkDown(DeviceError):
    """The link is down (or dropped during the request)."""
