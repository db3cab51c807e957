"""Why a Bluetooth scan or connect failed, in plain words, with the fix for this operating system.

bleak and dbus-fast raise different things for the same cause on Linux (BlueZ over D-Bus), macOS
(CoreBluetooth) and Windows (WinRT): `BleakBluetoothNotAvailableError` with a reason,
`BleakDBusError` with a D-Bus error name, `BleakDeviceNotFoundError`, a bare `FileNotFoundError`
when the system bus socket is missing, `OSError` with a `WinError` code, or a `BleakError` whose
only clue is its text. `classify()` turns all of them into one `Cause`; `explain()` words it for a
person, with what to do on *this* system. The library's own text never reaches the user (it goes to
the log, where a support person finds it).

Causes that retrying cannot cure (no adapter, Bluetooth off, the service not running, no
permission) are `lasting`: a first connection stops at once instead of trying again.
"""

from __future__ import annotations

import asyncio
import enum
import re
import sys

from bleak.exc import (
    BleakBluetoothNotAvailableError,
    BleakBluetoothNotAvailableReason,
    BleakDBusError,
    BleakDeviceNotFoundError,
    BleakError,
)

from smartbms_gui.messages import Message


class Cause(enum.Enum):
    NO_ADAPTER = "no adapter"
    BLUETOOTH_OFF = "bluetooth off"
    SERVICE_NOT_RUNNING = "service not running"
    NO_PERMISSION = "no permission"
    NOT_FOUND = "device not found"
    OUT_OF_RANGE = "out of range"
    UNKNOWN = "unknown"


#: retrying does not help until the person acts (switches Bluetooth on, starts the service…)
LASTING = frozenset({Cause.NO_ADAPTER, Cause.BLUETOOTH_OFF, Cause.SERVICE_NOT_RUNNING, Cause.NO_PERMISSION})

_NOT_AVAILABLE = {
    BleakBluetoothNotAvailableReason.NO_BLUETOOTH: Cause.NO_ADAPTER,
    BleakBluetoothNotAvailableReason.NO_BLE_CENTRAL_ROLE: Cause.NO_ADAPTER,
    BleakBluetoothNotAvailableReason.POWERED_OFF: Cause.BLUETOOTH_OFF,
    BleakBluetoothNotAvailableReason.DENIED_BY_USER: Cause.NO_PERMISSION,
    BleakBluetoothNotAvailableReason.DENIED_BY_SYSTEM: Cause.NO_PERMISSION,
    BleakBluetoothNotAvailableReason.DENIED_BY_UNKNOWN: Cause.NO_PERMISSION,
}

# D-Bus error names (BlueZ, and the bus itself) → cause
_DBUS = {
    "org.freedesktop.DBus.Error.ServiceUnknown": Cause.SERVICE_NOT_RUNNING,  # bluetoothd not running
    "org.freedesktop.DBus.Error.NameHasNoOwner": Cause.SERVICE_NOT_RUNNING,
    "org.freedesktop.DBus.Error.Spawn.ServiceNotFound": Cause.SERVICE_NOT_RUNNING,
    "org.freedesktop.systemd1.NoSuchUnit": Cause.SERVICE_NOT_RUNNING,
    "org.freedesktop.DBus.Error.FileNotFound": Cause.SERVICE_NOT_RUNNING,  # no system bus socket
    "org.freedesktop.DBus.Error.NoServer": Cause.SERVICE_NOT_RUNNING,
    "org.freedesktop.DBus.Error.AccessDenied": Cause.NO_PERMISSION,
    "org.freedesktop.DBus.Error.AuthFailed": Cause.NO_PERMISSION,
    "org.bluez.Error.NotReady": Cause.BLUETOOTH_OFF,  # adapter powered off ("Resource Not Ready")
    "org.bluez.Error.NoSuchAdapter": Cause.NO_ADAPTER,
    "org.freedesktop.DBus.Error.UnknownObject": Cause.NOT_FOUND,  # BlueZ forgot the device
    "org.bluez.Error.DoesNotExist": Cause.NOT_FOUND,
    "org.bluez.Error.InProgress": Cause.OUT_OF_RANGE,
    "org.bluez.Error.Failed": Cause.OUT_OF_RANGE,  # "Software caused connection abort" and the like
    "org.freedesktop.DBus.Error.NoReply": Cause.OUT_OF_RANGE,
}

# Windows HRESULTs (OSError.winerror; "[WinError -2147020577] …" in the text)
_WINERROR = {
    -2147020577: Cause.BLUETOOTH_OFF,  # 0x800710DF "The device is not ready for use" (radio off)
    -2147023836: Cause.SERVICE_NOT_RUNNING,  # 0x80070424 "The specified service does not exist …"
    -2147221231: Cause.NO_ADAPTER,  # 0x80040111 "ClassFactory cannot supply requested class"
    -2147024891: Cause.NO_PERMISSION,  # 0x80070005 "Access is denied"
    -2147023729: Cause.NOT_FOUND,  # 0x80070490 "Element not found"
    -2147023673: Cause.OUT_OF_RANGE,  # 0x800704C7 "The operation was canceled by the user"
}

# last resort: words in a library's text (lower case), most specific first
_WORDS = (
    ("no bluetooth adapter", Cause.NO_ADAPTER),
    ("no powered bluetooth adapter", Cause.BLUETOOTH_OFF),
    ("bluetooth is unsupported", Cause.NO_ADAPTER),
    ("ble is unsupported", Cause.NO_ADAPTER),
    ("not supported on this hardware", Cause.NO_ADAPTER),
    ("turned off", Cause.BLUETOOTH_OFF),
    ("is bluetooth turned on", Cause.BLUETOOTH_OFF),
    ("not powered on", Cause.BLUETOOTH_OFF),
    ("not turned on", Cause.BLUETOOTH_OFF),
    ("not ready for use", Cause.BLUETOOTH_OFF),
    ("not authorized", Cause.NO_PERMISSION),
    ("access is denied", Cause.NO_PERMISSION),
    ("access denied", Cause.NO_PERMISSION),
    ("denied", Cause.NO_PERMISSION),
    ("org.bluez was not provided", Cause.SERVICE_NOT_RUNNING),
    ("system bus", Cause.SERVICE_NOT_RUNNING),
    ("bluetooth system service", Cause.SERVICE_NOT_RUNNING),
    ("was not found", Cause.NOT_FOUND),
    ("not found", Cause.NOT_FOUND),
    ("unreachable", Cause.OUT_OF_RANGE),
    ("abort", Cause.OUT_OF_RANGE),
    ("timed out", Cause.OUT_OF_RANGE),
    ("timeout", Cause.OUT_OF_RANGE),
    ("in progress", Cause.OUT_OF_RANGE),
    ("failed to discover services", Cause.OUT_OF_RANGE),
    ("disconnected", Cause.OUT_OF_RANGE),
)


def os_family(platform: str | None = None) -> str:
    """ "linux", "macos" or "windows" (other Unixes are told what Linux is told)."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


def classify(exc: BaseException, *, platform: str | None = None) -> Cause:
    """The cause behind an exception raised by bleak or dbus-fast while scanning or connecting."""
    family = os_family(platform)
    seen: set[int] = set()
    current: BaseException | None = exc
    # the cause that matters may sit in __cause__ (bleak wraps dbus-fast's AuthError, for one)
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        cause = _classify_one(current, family)
        if cause is not Cause.UNKNOWN:
            return cause
        current = current.__cause__ or current.__context__
    return Cause.UNKNOWN


def _classify_one(exc: BaseException, family: str) -> Cause:
    if isinstance(exc, BleakBluetoothNotAvailableError):
        try:
            reason = exc.reason
        except IndexError:
            reason = None
        if reason in _NOT_AVAILABLE:
            return _NOT_AVAILABLE[reason]
        return _from_words(str(exc))  # UNKNOWN: macOS "Connection to the Bluetooth system service was lost"
    if isinstance(exc, BleakDeviceNotFoundError):
        return Cause.NOT_FOUND
    if isinstance(exc, BleakDBusError):
        cause = _DBUS.get(exc.dbus_error)
        return cause if cause is not None else _from_words(str(exc))
    if type(exc).__name__ == "AuthError":  # dbus_fast.errors.AuthError: the system bus refused us
        return Cause.NO_PERMISSION
    if type(exc).__name__ == "DBusError":  # dbus_fast.errors.DBusError (has .type, the error name)
        cause = _DBUS.get(str(getattr(exc, "type", "")))
        if cause is not None:
            return cause
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return Cause.OUT_OF_RANGE
    if isinstance(exc, PermissionError):
        return Cause.NO_PERMISSION
    if isinstance(exc, OSError):
        code = getattr(exc, "winerror", None)
        if code is None:
            match = re.search(r"WinError (-?\d+)", str(exc))
            code = int(match.group(1)) if match else None
        if code is not None:
            return _WINERROR.get(code, _from_words(str(exc)))
        if family == "linux" and isinstance(exc, (FileNotFoundError, ConnectionRefusedError)):
            # dbus-fast could not open /run/dbus/system_bus_socket: no D-Bus, so no BlueZ either
            return Cause.SERVICE_NOT_RUNNING
        if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
            return Cause.OUT_OF_RANGE
    if isinstance(exc, (BleakError, OSError, EOFError)):
        return _from_words(str(exc))
    return Cause.UNKNOWN


def _from_words(text: str) -> Cause:
    text = text.lower()
    for words, cause in _WORDS:
        if words in text:
            return cause
    return Cause.UNKNOWN


def _fix(cause: Cause, family: str) -> Message:
    """What to do about `cause` on this family of systems (one or two sentences)."""
    if cause is Cause.NO_ADAPTER:
        if family == "windows":
            return Message(
                "Windows finds no Bluetooth adapter. Plug in a Bluetooth 4.0 (LE) adapter and check "
                "Device Manager, or use the USB serial cable."
            )
        if family == "macos":
            return Message(
                "This Mac reports no Bluetooth LE. Check System Information → Bluetooth, or use the "
                "USB serial cable."
            )
        return Message(
            "This computer has no Bluetooth adapter that can talk to a battery. Plug in a Bluetooth "
            "4.0 (LE) USB adapter, or use the USB serial cable."
        )
    if cause is Cause.BLUETOOTH_OFF:
        if family == "windows":
            return Message(
                "Bluetooth is switched off. Switch it on in Settings → Bluetooth & devices, then try again."
            )
        if family == "macos":
            return Message(
                "Bluetooth is switched off. Switch it on in System Settings → Bluetooth, then try again."
            )
        return Message(
            "Bluetooth is switched off. Switch it on in the system's Bluetooth settings (or run "
            '"rfkill unblock bluetooth" and "bluetoothctl power on"), then try again.'
        )
    if cause is Cause.SERVICE_NOT_RUNNING:
        if family == "windows":
            return Message(
                'The Windows Bluetooth service is not running. Start "Bluetooth Support Service" '
                "in Services, then try again."
            )
        if family == "macos":
            return Message(
                "The macOS Bluetooth service is restarting. Wait a few seconds and try again; if it "
                "stays, switch Bluetooth off and on."
            )
        return Message(
            'The Bluetooth service (BlueZ) is not running. Start it with "sudo systemctl start '
            'bluetooth" (install the bluez package if it is missing), then try again.'
        )
    if cause is Cause.NO_PERMISSION:
        if family == "windows":
            return Message(
                "Windows does not let this app use Bluetooth. Allow it in Settings → Privacy & "
                "security → Radios, then try again."
            )
        if family == "macos":
            return Message(
                "This Mac does not let this app use Bluetooth. Allow it in System Settings → Privacy & "
                "Security → Bluetooth (for the app or terminal that starts it), then start it "
                "again."
            )
        return Message(
            'The system does not let this app use Bluetooth. Add your user to the "bluetooth" group '
            "(sudo usermod -aG bluetooth $USER, then log in again) or ask the administrator."
        )
    if cause is Cause.NOT_FOUND:
        return Message(
            "Check that the battery is powered and within about 10 m, press Scan and pick it from the "
            "list, then connect."
        )
    return Message(
        "Move closer (within about 10 m), check that the battery is powered and that no phone is "
        "connected to it, then try again."
    )


def explain(
    exc: BaseException, *, device: str = "", scanning: bool = False, platform: str | None = None
) -> Message:
    """One plain message: what went wrong and what to do on this system (never the library's text)."""
    cause = classify(exc, platform=platform)
    fix = _fix(cause, os_family(platform))
    if cause in LASTING:
        return fix  # says what is wrong itself ("Bluetooth is switched off. …")
    if scanning:
        if cause is Cause.UNKNOWN:
            return Message("The Bluetooth scan failed. Check that Bluetooth is switched on, then scan again.")
        return Message("The Bluetooth scan failed. {fix}", fix=fix)
    if cause is Cause.NOT_FOUND:
        return Message("{device} was not found. {fix}", device=device or Message("The battery"), fix=fix)
    if cause is Cause.OUT_OF_RANGE:
        return Message("{device} did not answer. {fix}", device=device or Message("The battery"), fix=fix)
    return Message("Could not connect to {device}. {fix}", device=device or Message("the battery"), fix=fix)
