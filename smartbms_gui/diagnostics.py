"""The "Copy diagnostics" text: what a support person needs to know about this installation.

Plain text, one "name: value" per line, then the last warnings and errors. No Qt import here
(layering): the Qt version is read from PySide6 only if the app already loaded it. The PIN never
appears: the whole text goes through the same mask as the log files.
"""

from __future__ import annotations

import locale
import sys
import weakref
from collections.abc import Callable

from smartbms_gui import APP_NAME, __version__, logs

# Distribution names as pip knows them, in the order they are shown.
LIBRARIES = (
    ("PySide6", ("PySide6-Essentials", "PySide6")),
    ("qasync", ("qasync",)),
    ("bleak", ("bleak",)),
    ("pyqtgraph", ("pyqtgraph",)),
    ("numpy", ("numpy",)),
    ("pyserial", ("pyserial",)),
    ("platformdirs", ("platformdirs",)),
    ("keyring", ("keyring",)),
)

# What bleak picks on each OS (bleak.backends.get_default_backend), in the user's words.
BLE_BACKENDS = {
    "Linux": "BlueZ over D-Bus (bleak bluezdbus)",
    "Darwin": "CoreBluetooth (bleak corebluetooth)",
    "Windows": "Windows Runtime (bleak winrt)",
}


def library_version(distributions: tuple[str, ...]) -> str:
    import importlib.metadata  # here, not at the top: it costs the window's start about 35 ms

    for name in distributions:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    module = sys.modules.get(distributions[0].split("-")[0])
    version = getattr(module, "__version__", None)  # a frozen build may lack package metadata
    return str(version) if version else "not installed"


def qt_runtime_version() -> str:
    """The Qt library version actually loaded, or "not loaded" (this module imports no Qt)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return "not loaded"
    return qtcore.qVersion()


def ble_backend() -> str:
    import platform  # read when the text is made, not with every start

    system = platform.system()
    try:
        from bleak.backends import get_default_backend

        name = get_default_backend().value
    except Exception:  # noqa: BLE001 - bleak missing or an unsupported OS: say what we can
        name = None
    described = BLE_BACKENDS.get(system, f"none known for {system}")
    return f"{described} [{name}]" if name else described


def temperature_formula() -> str:
    try:
        from smartbms_gui.protocol.scaling import TEMPERATURE_FORMULA
    except ImportError:
        return "unknown (protocol.scaling not available)"
    return str(TEMPERATURE_FORMULA)


def os_description() -> str:
    import platform  # read when the text is made, not with every start

    text = platform.platform()
    if platform.system() == "Linux":
        try:
            release = platform.freedesktop_os_release()
            text = f"{release.get('PRETTY_NAME', release.get('NAME', 'Linux'))} ({text})"
        except OSError:
            pass
    elif platform.system() == "Darwin":
        text = f"macOS {platform.mac_ver()[0]} ({text})"
    return text


# Sections other parts add at run time (the window's connection): title -> weak reference to a
# function returning lines. Weak, so a closed window's bridge is not kept alive by this module.
_SECTIONS: dict[str, Callable[[], Callable[[], list[str]] | None]] = {}


def add_section(title: str, lines: Callable[[], list[str]]) -> None:
    """Show `lines()` under `title` in the diagnostics (replaces an earlier section of that title)."""
    _SECTIONS[title] = weakref.WeakMethod(lines) if hasattr(lines, "__self__") else (lambda: lines)


def _section_lines() -> list[str]:
    out: list[str] = []
    for title, ref in list(_SECTIONS.items()):
        function = ref()
        if function is None:
            _SECTIONS.pop(title, None)
            continue
        try:
            body = function()
        except Exception as exc:  # noqa: BLE001 - a broken section must not cost the whole report
            body = [f"(not available: {type(exc).__name__}: {exc})"]
        out += [f"{title}:"] + [f"  {line}" for line in body] + [""]
    return out


def collect_diagnostics() -> str:
    """Everything for a bug report, as text to paste; PIN masked."""
    import platform

    frozen = bool(getattr(sys, "frozen", False))
    lines = [
        f"{APP_NAME} {__version__}" + (" (packaged build)" if frozen else ""),
        f"Python: {platform.python_version()} ({platform.python_implementation()}, {sys.executable})",
        f"Qt: {qt_runtime_version()}",
    ]
    for label, distributions in LIBRARIES:
        lines.append(f"{label}: {library_version(distributions)}")
    lines += [
        f"OS: {os_description()}",
        f"Machine: {platform.machine()}",
        f"Locale: {locale.getlocale()[0] or 'unknown'}",
        f"BLE backend: {ble_backend()}",
        f"Temperature formula: {temperature_formula()}",
        f"Log file: {logs.log_file()}",
        "",
    ]
    lines += _section_lines()
    errors = logs.recent_errors()
    lines.append(f"Last warnings and errors ({len(errors)}):")
    lines += [f"  {line}" for line in errors] or ["  none"]
    return logs.mask_text("\n".join(lines)) + "\n"
