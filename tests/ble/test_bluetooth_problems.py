"""Each Bluetooth failure, as bleak and dbus-fast really raise it on Linux, macOS and Windows, becomes
one plain message with the fix for that system; the library's own text never reaches the person.

The exception objects are built the way the libraries build them (bleak 3.x sources; the texts seen in
public bug reports: "[Errno 2] No such file or directory" from dbus-fast without a system bus,
"[org.freedesktop.DBus.Error.ServiceUnknown] The name org.bluez was not provided by any .service files",
"[WinError -2147020577] The device is not ready for use", "Bluetooth device is turned off" on macOS).
"""

import asyncio

import pytest
from bleak.exc import (
    BleakBluetoothNotAvailableError,
    BleakBluetoothNotAvailableReason,
    BleakDBusError,
    BleakDeviceNotFoundError,
    BleakError,
)

from smartbms_gui.transport.base import TransportError
from smartbms_gui.transport.ble import BleTransport
from smartbms_gui.transport.ble_problems import Cause, classify, explain, os_family
from tests.ble.test_connect_failure_message import failing_backend

R = BleakBluetoothNotAvailableReason
dbus_errors = pytest.importorskip("dbus_fast.errors")  # bleak's D-Bus library (a Linux dependency)
AuthError, DBusError = dbus_errors.AuthError, dbus_errors.DBusError


def winerror(code: int, text: str) -> OSError:
    """An OSError as WinRT raises it on Windows (`winerror` set; the text carries the code too)."""
    exc = OSError(None, text)
    exc.winerror = code
    return exc


def auth_error_wrapped() -> BleakBluetoothNotAvailableError:
    """bleak's BlueZ manager wraps dbus-fast's AuthError (manager.py: `raise … from e`)."""
    try:
        try:
            raise AuthError("authentication failed: REJECTED: ['EXTERNAL']")
        except AuthError as inner:
            raise BleakBluetoothNotAvailableError(inner.args[0], R.DENIED_BY_SYSTEM) from inner
    except BleakBluetoothNotAvailableError as outer:
        return outer


CASES = [
    # ---- Linux (BlueZ over D-Bus, dbus-fast)
    ("linux", FileNotFoundError(2, "No such file or directory"), Cause.SERVICE_NOT_RUNNING),
    ("linux", ConnectionRefusedError(111, "Connection refused"), Cause.SERVICE_NOT_RUNNING),
    (
        "linux",
        BleakDBusError(
            "org.freedesktop.DBus.Error.ServiceUnknown",
            ["The name org.bluez was not provided by any .service files"],
        ),
        Cause.SERVICE_NOT_RUNNING,
    ),
    (
        "linux",
        BleakBluetoothNotAvailableError("No Bluetooth adapters found.", R.NO_BLUETOOTH),
        Cause.NO_ADAPTER,
    ),
    (
        "linux",
        BleakBluetoothNotAvailableError(
            "No Bluetooth adapters with BLE 'central' role found.", R.NO_BLE_CENTRAL_ROLE
        ),
        Cause.NO_ADAPTER,
    ),
    (
        "linux",
        BleakBluetoothNotAvailableError(
            "No powered Bluetooth adapters found. Turn on Bluetooth and try again.", R.POWERED_OFF
        ),
        Cause.BLUETOOTH_OFF,
    ),
    ("linux", BleakDBusError("org.bluez.Error.NotReady", ["Resource Not Ready"]), Cause.BLUETOOTH_OFF),
    (
        "linux",
        BleakDBusError(
            "org.freedesktop.DBus.Error.AccessDenied",
            [
                'Rejected send message, 1 matched rules; type="method_call", sender=":1.353" interface='
                '"org.freedesktop.DBus.ObjectManager" member="GetManagedObjects" destination="org.bluez"'
            ],
        ),
        Cause.NO_PERMISSION,
    ),
    ("linux", auth_error_wrapped(), Cause.NO_PERMISSION),
    ("linux", AuthError("authentication failed: REJECTED"), Cause.NO_PERMISSION),  # dbus-fast, unwrapped
    ("linux", DBusError("org.freedesktop.DBus.Error.ServiceUnknown",
                        "The name org.bluez was not provided by any .service files"),
     Cause.SERVICE_NOT_RUNNING),
    ("linux", DBusError("org.freedesktop.DBus.Error.AccessDenied", "Rejected send message"),
     Cause.NO_PERMISSION),
    (
        "linux",
        BleakDeviceNotFoundError("AA:BB:CC:DD:EE:FF", "Device with address AA:BB:CC:DD:EE:FF was not found."),
        Cause.NOT_FOUND,
    ),
    (
        "linux",
        BleakDBusError("org.bluez.Error.Failed", ["Software caused connection abort"]),
        Cause.OUT_OF_RANGE,
    ),
    ("linux", BleakError("failed to discover services, device disconnected"), Cause.OUT_OF_RANGE),
    ("linux", asyncio.TimeoutError(), Cause.OUT_OF_RANGE),
    # ---- macOS (CoreBluetooth)
    (
        "darwin",
        BleakBluetoothNotAvailableError("Bluetooth device is turned off", R.POWERED_OFF),
        Cause.BLUETOOTH_OFF,
    ),
    ("darwin", BleakError("Bluetooth device is turned off"), Cause.BLUETOOTH_OFF),  # bleak before 2.0
    (
        "darwin",
        BleakBluetoothNotAvailableError(
            "Bluetooth access is denied by the user for the current application. "
            "Check macOS privacy settings.",
            R.DENIED_BY_USER,
        ),
        Cause.NO_PERMISSION,
    ),
    ("darwin", BleakError("BLE is not authorized - check macOS privacy settings"), Cause.NO_PERMISSION),
    ("darwin", BleakBluetoothNotAvailableError("Bluetooth is unsupported", R.NO_BLUETOOTH), Cause.NO_ADAPTER),
    (
        "darwin",
        BleakBluetoothNotAvailableError(
            "Connection to the Bluetooth system service was lost. Currently trying to reconnect...", R.UNKNOWN
        ),
        Cause.SERVICE_NOT_RUNNING,
    ),
    (
        "darwin",
        BleakDeviceNotFoundError("0C6D-UUID", "Device with address 0C6D-UUID was not found"),
        Cause.NOT_FOUND,
    ),
    ("darwin", TimeoutError(), Cause.OUT_OF_RANGE),
    # ---- Windows (WinRT)
    (
        "win32",
        BleakBluetoothNotAvailableError("No Bluetooth adapter found", R.NO_BLUETOOTH),
        Cause.NO_ADAPTER,
    ),
    (
        "win32",
        BleakBluetoothNotAvailableError(
            "Bluetooth radio is not powered on. Turn on Bluetooth and try again.", R.POWERED_OFF
        ),
        Cause.BLUETOOTH_OFF,
    ),
    ("win32", winerror(-2147020577, "The device is not ready for use"), Cause.BLUETOOTH_OFF),
    ("win32", OSError("[WinError -2147020577] The device is not ready for use"), Cause.BLUETOOTH_OFF),
    ("win32", BleakError("Failed to start scanner. Is Bluetooth turned on?"), Cause.BLUETOOTH_OFF),
    (
        "win32",
        winerror(-2147023836, "The specified service does not exist as an installed service"),
        Cause.SERVICE_NOT_RUNNING,
    ),
    ("win32", winerror(-2147221231, "ClassFactory kann angeforderte Klasse nicht liefern"), Cause.NO_ADAPTER),
    ("win32", BleakError("Could not get GATT services: Access Denied"), Cause.NO_PERMISSION),
    ("win32", BleakError("Could not get GATT services: Unreachable"), Cause.OUT_OF_RANGE),
    ("win32", BleakDeviceNotFoundError("AA:BB", "Device with address AA:BB was not found."), Cause.NOT_FOUND),
]

RAW = (
    "Errno",
    "WinError",
    "org.freedesktop",
    "org.bluez.Error",
    "dbus",
    "Bleak",
    "Traceback",
    "No such file or directory",
)


@pytest.mark.parametrize("platform, exc, cause", CASES)
def test_each_failure_has_its_cause_and_a_plain_message(platform, exc, cause):
    assert classify(exc, platform=platform) is cause
    text = explain(exc, device="BLE 123\\SmartBMS 12345", platform=platform)
    for raw in RAW:
        assert raw not in text, (raw, text)
    assert text[0].isupper() and text.endswith(".")


FIXES = {  # (cause, OS) → words the fix must contain
    (Cause.NO_ADAPTER, "linux"): "USB adapter",
    (Cause.NO_ADAPTER, "windows"): "Device Manager",
    (Cause.NO_ADAPTER, "macos"): "System Information",
    (Cause.BLUETOOTH_OFF, "linux"): "bluetoothctl power on",
    (Cause.BLUETOOTH_OFF, "macos"): "System Settings → Bluetooth",
    (Cause.BLUETOOTH_OFF, "windows"): "Settings → Bluetooth & devices",
    (Cause.SERVICE_NOT_RUNNING, "linux"): "sudo systemctl start bluetooth",
    (Cause.SERVICE_NOT_RUNNING, "windows"): "Bluetooth Support Service",
    (Cause.SERVICE_NOT_RUNNING, "macos"): "switch Bluetooth off and on",
    (Cause.NO_PERMISSION, "linux"): '"bluetooth" group',
    (Cause.NO_PERMISSION, "macos"): "Privacy & Security → Bluetooth",
    (Cause.NO_PERMISSION, "windows"): "Privacy & security → Radios",
}
OTHER_OS_WORDS = {
    "linux": ("macOS", "Windows", "System Settings"),
    "macos": ("systemctl", "Windows", "BlueZ"),
    "windows": ("macOS", "systemctl", "BlueZ"),
}


@pytest.mark.parametrize(
    "platform, exc, cause",
    [
        c
        for c in CASES
        if c[2] in {Cause.NO_ADAPTER, Cause.BLUETOOTH_OFF, Cause.SERVICE_NOT_RUNNING, Cause.NO_PERMISSION}
    ],
)
def test_the_fix_is_the_one_for_this_os_and_names_no_other(platform, exc, cause):
    family = os_family(platform)
    for scanning in (False, True):
        text = explain(exc, scanning=scanning, platform=platform)
        assert FIXES[(cause, family)] in text, text
        for other in OTHER_OS_WORDS[family]:
            assert other not in text, (other, text)


def test_not_found_and_out_of_range_name_the_device_and_what_to_do():
    lost = explain(
        BleakDeviceNotFoundError("AA", "Device with address AA was not found."),
        device="BLE 123\\SmartBMS 4711",
        platform="linux",
    )
    assert lost.startswith("BLE 123\\SmartBMS 4711 was not found.") and "press Scan" in lost
    far = explain(asyncio.TimeoutError(), device="BLE 123\\SmartBMS 4711", platform="win32")
    assert far.startswith("BLE 123\\SmartBMS 4711 did not answer.") and "Move closer" in far


def test_an_unknown_failure_still_says_what_to_try_without_the_raw_text():
    text = explain(BleakError("Unexpected status code 0x7F"), device="BLE x", platform="linux")
    assert text == (
        "Could not connect to BLE x. Move closer (within about 10 m), check that the battery is "
        "powered and that no phone is connected to it, then try again."
    )
    assert "0x7F" not in explain(BleakError("Unexpected status code 0x7F"), scanning=True)


async def test_a_lasting_cause_is_not_retried_and_is_marked_lasting(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    backend = failing_backend(FileNotFoundError(2, "No such file or directory"))
    transport = BleTransport("AA:BB:CC:DD:EE:FF", backend=backend, connect_attempts=3)
    with pytest.raises(TransportError) as raised:
        await transport.open()
    assert raised.value.lasting and backend.attempts == 1
    assert str(raised.value).startswith("The Bluetooth service (BlueZ) is not running.")
    assert "Errno" not in str(raised.value) and "macOS" not in str(raised.value)


async def test_out_of_range_is_not_lasting():
    backend = failing_backend(asyncio.TimeoutError())
    transport = BleTransport("AA:BB:CC:DD:EE:FF", backend=backend, connect_attempts=1)
    with pytest.raises(TransportError) as raised:
        await transport.open()
    assert not raised.value.lasting
