"""What can go wrong talking to a battery, as types with messages a person can act on.

`setting` names the parameter a write was about (its table name), so the settings page can put
the message next to the right field. The message is a `smartbms_gui.messages.Message`: `str(error)`
is the English sentence (logs, the command line), and a view shows it translated
(`i18n.translate_message(error)`). `command` keeps the command text (protocol tokens such as `S2@`)
for logs and diagnostics; the message says in words what was asked.
"""

from __future__ import annotations

from smartbms_gui.messages import Message


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

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or Message(
            "Wrong PIN: the battery did not accept it. Type its four-digit PIN again; forgot it? Hold the "
            "OUT board's Bluetooth button for 5 s to reset it to 1234."))


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


def short_reason(error: DeviceError) -> Message:
    """What went wrong with a request, in a few words ("no answer", "refused (KO)") for a sentence
    that says the rest itself (a read-back after a failed write, a record left out)."""
    if isinstance(error, RequestTimeout):
        return Message("no answer")
    if isinstance(error, Refused):
        return Message("refused (KO)")
    if isinstance(error, NotAuthorised):
        return Message("not allowed (NA)")
    if isinstance(error, LinkDown):
        return Message("the link dropped")
    if isinstance(error, Malformed) and "damaged" in str(error):
        return Message("arrived damaged")
    if isinstance(error, Malformed):
        return Message("not understood (WRONG)")
    return Message("failed")
