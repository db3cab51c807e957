"""Prevent auto-lock: keep the computer awake while a battery is connected.

A real OS inhibit on each platform, released on disconnect:
- Linux: the session bus `org.freedesktop.ScreenSaver.Inhibit` (through QtDBus, which PySide6-Essentials
  ships), else a `systemd-inhibit … sleep infinity` child process that holds an idle/sleep lock.
- Windows: `SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)`.
- macOS: `caffeinate -d -i -w <our pid>` (it also ends by itself if we crash).
When nothing works, `acquire()` returns False and `note` says why, for the window to show.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

REASON = "SmartBMS Desktop is connected to a battery"

# Windows SetThreadExecutionState flags
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


def _tr(text: str) -> str:
    return QCoreApplication.translate("Awake", text)


class AwakeInhibitor:
    """One inhibit held at a time; `acquire()` twice is a no-op, `release()` is always safe."""

    def __init__(self, platform: str | None = None) -> None:
        self.platform = platform or sys.platform
        self.active = False
        self.method = ""  # how the current inhibit is held, for the diagnostics
        self.note = ""  # why it could not be held (shown to the user)
        self._process: subprocess.Popen | None = None
        self._dbus_cookie: int | None = None
        self._dbus_iface = None

    # -- public -------------------------------------------------------------------------------
    def acquire(self) -> bool:
        if self.active:
            return True
        self.note = ""
        if self.platform.startswith("win"):
            ok = self._acquire_windows()
        elif self.platform == "darwin":
            ok = self._acquire_process(["caffeinate", "-d", "-i", "-w", str(os.getpid())], "caffeinate")
        else:
            ok = self._acquire_dbus() or self._acquire_process(
                [
                    "systemd-inhibit",
                    "--what=idle:sleep",
                    "--who=SmartBMS Desktop",
                    f"--why={REASON}",
                    "--mode=block",
                    "sleep",
                    "infinity",
                ],
                "systemd-inhibit",
            )
        self.active = ok
        if not ok and not self.note:
            self.note = _tr("Cannot keep this computer awake here: no screen-saver service and no "
                            "systemd-inhibit were found. Disable automatic sleep by hand while commissioning.")
        if ok:
            log.info("prevent auto-lock: on (%s)", self.method)
        else:
            log.info("prevent auto-lock unavailable: %s", self.note)
        return ok

    def release(self) -> None:
        if not self.active:
            return
        self.active = False
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._process.kill()
            self._process = None
        if self._dbus_cookie is not None and self._dbus_iface is not None:
            self._dbus_iface.call("UnInhibit", self._dbus_cookie)
            self._dbus_cookie = None
        if self.platform.startswith("win"):
            self._set_execution_state(ES_CONTINUOUS)
        log.info("prevent auto-lock: off")
        self.method = ""

    # -- platforms ----------------------------------------------------------------------------
    def _acquire_windows(self) -> bool:
        if self._set_execution_state(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED):
            self.method = "SetThreadExecutionState"
            return True
        self.note = _tr("Windows refused to keep the computer awake (SetThreadExecutionState failed).")
        return False

    @staticmethod
    def _set_execution_state(flags: int) -> bool:
        try:
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        except (ImportError, AttributeError, OSError):
            return False
        return bool(kernel32.SetThreadExecutionState(flags))

    def _acquire_dbus(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError:  # a Qt build without QtDBus: fall through to systemd-inhibit
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        iface = QDBusInterface(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", bus
        )
        if not iface.isValid():
            return False
        reply = iface.call("Inhibit", "SmartBMS Desktop", REASON)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        self._dbus_cookie = int(reply.arguments()[0])
        self._dbus_iface = iface
        self.method = "org.freedesktop.ScreenSaver"
        return True

    def _acquire_process(self, argv: list[str], name: str) -> bool:
        exe = shutil.which(argv[0])
        if exe is None:
            self.note = _tr("Cannot keep this computer awake: '{0}' was not found.").format(name)
            return False
        try:
            self._process = subprocess.Popen(
                [exe, *argv[1:]], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        except OSError as exc:
            self.note = _tr("Cannot keep this computer awake: {0} failed ({1}).").format(name, exc)
            return False
        try:
            # A child that dies at once (no permission, no logind) did not take the lock.
            self._process.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            self.method = name
            return True
        err = (self._process.stderr.read() or b"").decode(errors="replace").strip() if self._process.stderr else ""
        self._process = None
        self.note = _tr("Cannot keep this computer awake: {0} stopped ({1}).").format(name, err or "no reason given")
        return False
