"""Which exit code and which one-line message an exception from the lower layers gets."""

from __future__ import annotations

from smartbms_gui.cli.common import (
    EXIT_AUTH,
    EXIT_FAILED,
    EXIT_LINK,
    EXIT_REFUSED,
    EXIT_USAGE,
)


def exit_code_for(exc: BaseException) -> tuple[int, str | None]:
    """(exit code, message) for `exc`; message None means "no better words than the exception"."""
    from smartbms_gui.device import errors as device_errors
    from smartbms_gui.protocol.params import NotWritable, ParameterError
    from smartbms_gui.protocol.switches import SwitchError
    from smartbms_gui.transport.base import TransportError
    from smartbms_gui.transport.serial import ReadOnlyLink

    text = str(exc) or type(exc).__name__
    if isinstance(exc, ReadOnlyLink):
        return EXIT_REFUSED, text
    if isinstance(exc, TransportError):
        return EXIT_LINK, text
    if isinstance(exc, (device_errors.WrongPin, device_errors.NotAuthorised)):
        return EXIT_AUTH, text
    if isinstance(exc, device_errors.LinkDown):
        return EXIT_LINK, text
    if isinstance(exc, device_errors.NotWritableOnHardware):
        return EXIT_REFUSED, text
    if isinstance(exc, device_errors.DeviceError):
        return EXIT_FAILED, text
    if isinstance(exc, NotWritable):
        return EXIT_REFUSED, text
    if isinstance(exc, (ParameterError, SwitchError)):
        return EXIT_USAGE, text
    settings_file_error = _settings_file_error_type()
    if settings_file_error is not None and isinstance(exc, settings_file_error):
        return EXIT_USAGE, text
    if isinstance(exc, FileNotFoundError):
        return EXIT_USAGE, f"file not found: {exc.filename}"
    if isinstance(exc, PermissionError):
        return EXIT_USAGE, f"no permission to use {exc.filename}"
    if isinstance(exc, IsADirectoryError):
        return EXIT_USAGE, f"{exc.filename} is a folder, not a file"
    return EXIT_FAILED, None


def _settings_file_error_type():
    try:
        from smartbms_gui.protocol import settings_file
    except ImportError:
        return None
    return getattr(settings_file, "SettingsFileError", None)
