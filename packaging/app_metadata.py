"""Facts about the app that every installer needs, in one place (read by smartbms.spec and the tests).

Kept free of PyInstaller imports so tests can read it quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

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
    # nothing uses QtNetwork (MQTT goes through aiomqtt)
    "PySide6.QtNetwork",
    # nothing draws with OpenGL (~9 MB with their Qt library): pyqtgraph imports both by name when it
    # loads, so the bundle puts a stand-in under each name (runtime_hooks/no_qt_opengl.py)
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "yaml",  # only numpy.__config__ asks for it, inside a try (its C part alone is ~3 MB)
    "readline",  # a window has no interactive prompt (with libreadline: ~0.4 MB)
    # East Asian legacy text codecs (~1.3 MB): the app reads and writes UTF-8 and ASCII only; asking
    # for such a codec in a bundle gives Python's "unknown encoding" LookupError
    "_multibytecodec", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw",
)

# Runs before the app in a bundle: the stand-ins for the excluded OpenGL modules (see the file).
RUNTIME_HOOKS = ("runtime_hooks/no_qt_opengl.py",)

# Qt plugins a bundle leaves out (issue 16: the one-folder bundle was 226 MB). By plugin folder:
# None = the whole folder, else the plugin names (file names without lib/q and the suffix).
UNWANTED_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # embedded-Linux display back-ends and input drivers; the desktop uses xcb, wayland, windows, cocoa
    # (offscreen stays: --self-check and the tests run on it)
    "platforms": frozenset({"eglfs", "linuxfb", "minimalegl", "vnc", "vkkhrdisplay"}),
    "egldeviceintegrations": None,
    "generic": None,
    # the app reads and writes PNG (built into Qt), SVG and ICO only
    "imageformats": frozenset({"gif", "jpeg", "tiff", "webp", "tga", "wbmp", "icns", "pdf"}),
    # QtNetwork is not in the bundle
    "networkinformation": None,
    "tls": None,
    # needs the user's GTK 3 and would load it beside the bundle's own older pango/cairo (~10 MB);
    # the app draws its own light and dark theme, and xdgdesktopportal stays for native file dialogs
    "platformthemes": frozenset({"gtk3"}),
}


def qt_plugin_parts(dest_name: str) -> tuple[str, str] | None:
    """(folder, plugin name) of a Qt plugin's path in a bundle, e.g.
    "PySide6/Qt/plugins/platforms/libqxcb.so" → ("platforms", "xcb"); None if it is not a plugin."""
    parts = dest_name.replace("\\", "/").split("/")
    if "plugins" not in parts[:-2]:
        return None
    folder, file_name = parts[-2], parts[-1]
    stem = file_name.split(".")[0]
    for prefix in ("libq", "q", "lib"):
        if stem.startswith(prefix) and len(stem) > len(prefix):
            stem = stem[len(prefix):]
            break
    return folder, stem


def unwanted_qt_plugin(dest_name: str) -> bool:
    parts = qt_plugin_parts(dest_name)
    if parts is None:
        return False
    folder, name = parts
    if folder not in UNWANTED_QT_PLUGINS:
        return False
    names = UNWANTED_QT_PLUGINS[folder]
    return names is None or name in names


# Linux: system libraries the bundle takes from the user's system instead of carrying them. CUPS
# (with GnuTLS, Kerberos, Avahi … that only it needs: ~8.5 MB) is what Qt's print-support plugin uses
# to list printers; every desktop distribution has it, and the printing service it talks to must be
# the system's anyway. Where it is missing, the plugin does not load and Qt's print dialog offers
# printing to a PDF file only.
FROM_THE_SYSTEM = frozenset({"libcups.so.2"})


# Package folders whose libraries are pruned like the top level's: Qt's own libraries (QtNetwork
# was only needed by the TLS and network-information plugins the bundle leaves out).
PRUNABLE_FOLDERS = ("PySide6/Qt/lib",)


def _folder_and_file(name: str) -> tuple[str, str]:
    """("PySide6/Qt/lib", "libQt6Core.so.6") from a bundle path ("" for the top level)."""
    folder, _, file_name = name.replace("\\", "/").rpartition("/")
    return folder, file_name


def _prunable(name: str) -> bool:
    folder = _folder_and_file(name)[0]
    return folder == "" or folder in PRUNABLE_FOLDERS


def prune_unreferenced(binaries: list, needed_by: Callable[[str], set[str]]) -> list:
    """Linux: drop the shared libraries at the bundle's top level or in Qt's library folder that no
    kept binary needs any more (PyInstaller collected them for the plugins left out). Everything else
    inside a package folder (the PySide6 modules, Qt's plugins, numpy, lib-dynload …) is kept and is
    where the search starts; `needed_by(source)` names the libraries a binary links to (DT_NEEDED).
    Symbolic links (PyInstaller's SYMLINK entries) stay if what they point to stays. The libraries
    named in FROM_THE_SYSTEM are left out, and so what only they needed."""
    binaries = [entry for entry in binaries if _folder_and_file(entry[0])[1] not in FROM_THE_SYSTEM]
    by_name = {entry[0]: entry for entry in binaries if entry[2] != "SYMLINK"}
    prunable = {name for name in by_name if _prunable(name) and not name.startswith("libpython")}
    by_file_name: dict[str, list[str]] = {}
    for name in prunable:
        by_file_name.setdefault(_folder_and_file(name)[1], []).append(name)
    keep = set(by_name) - prunable
    todo = list(keep)
    while todo:
        name = todo.pop()
        for needed in needed_by(by_name[name][1]):
            for candidate in by_file_name.get(needed, ()):
                if candidate not in keep:
                    keep.add(candidate)
                    todo.append(candidate)
    kept = [entry for entry in binaries if entry[2] == "SYMLINK" or entry[0] in keep]
    return without_dangling_symlinks(kept, kept)


def symlink_target(entry: tuple) -> str:
    """The bundle path a SYMLINK entry (name, relative target, "SYMLINK") points to."""
    import posixpath

    name, target, _kind = entry
    return posixpath.normpath(posixpath.join(_folder_and_file(name)[0], target.replace("\\", "/")))


def without_dangling_symlinks(entries: list, binaries: list) -> list:
    """`entries` (a.datas or a.binaries) without SYMLINK entries to a binary that was pruned."""
    present = {entry[0] for entry in [*binaries, *entries] if entry[2] != "SYMLINK"}
    return [entry for entry in entries if entry[2] != "SYMLINK" or symlink_target(entry) in present]


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
