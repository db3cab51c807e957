"""Facts about the app that every installer needs, in one place (read by smartbms.spec and the tests).

Kept free of PyInstaller imports so tests can read it quickly.
"""

from __future__ import annotations

import sys

APP_NAME = "SmartBMS Desktop"
EXE_NAME = "smartbms-desktop"
# Reverse-DNS id for the macOS bundle, the Linux .desktop file and the AppStream metainfo.
# Not the BMS maker's domain on purpose: this is independent software.
APP_ID = "io.github.smartbms_desktop.SmartBMSDesktop"

# bleak imports its platform backend at run time, so PyInstaller cannot see it: name it.
BLEAK_BACKENDS = {
    "linux": ("bleak.backends.bluezdbus", "dbus_fast"),
    "darwin": ("bleak.backends.corebluetooth",),
    "win32": ("bleak.backends.winrt", "winrt"),
}

# Never in a bundle: test/demo-only libraries, and pywin32 (bleak's WinRT backend does not need it,
# keyring uses pywin32-ctypes; pywin32's DLLs break one-file builds and add ~10 MB).
EXCLUDES = (
    "bumble", "pytest", "_pytest", "hypothesis", "tkinter",
    "win32com", "win32api", "win32con", "win32gui", "win32event", "win32process", "win32timezone",
    "pythoncom", "pywintypes", "pythonwin", "winerror",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtConcurrent", "pyqtgraph.opengl",  # needs PyOpenGL, which the app does not use
    "yaml",  # only numpy.__config__ asks for it, inside a try (its C part alone is ~3 MB)
)

BLUETOOTH_REASON = (
    "SmartBMS Desktop uses Bluetooth to find your 123\\SmartBMS and read and change its settings."
)


def platform_key(platform: str | None = None) -> str:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def info_plist(version: str) -> dict:
    """The macOS Info.plist additions; without NSBluetoothAlwaysUsageDescription macOS kills the
    app on its first Bluetooth scan."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSBluetoothAlwaysUsageDescription": BLUETOOTH_REASON,
        "NSBluetoothPeripheralUsageDescription": BLUETOOTH_REASON,  # macOS 10.x wording of the same
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # allow dark mode
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.utilities",
    }
