"""Work-around for a reference-count bug of PySide6 6.12 on Python < 3.12.

`SignalInstance.emit()` and `SignalInstance.disconnect()` return `True` without taking a
reference to it. From Python 3.12 on `True` is immortal and nothing happens; on Python 3.11 every
call from Python code costs `True` one reference, and after a few hundred emits (the count starts
near 600) the interpreter aborts with "Fatal Python error: bool_dealloc".

`install()` measures the bug once with a probe signal and, only if it is there, wraps the two
methods so they pay the missing reference back. Idempotent and cheap; harmless on fixed builds.
Call it once before any signal is emitted from Python (the app's start and the test set-up).
"""

from __future__ import annotations

import ctypes
import sys

_installed = False
_active = False


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _losses_per_call(call) -> int:
    before = sys.getrefcount(True)
    for _ in range(8):
        call()
    return (before - sys.getrefcount(True)) // 8


def install() -> bool:
    """Apply the fix if this PySide6 build needs it; returns True when it is active."""
    global _installed, _active
    if _installed:
        return _active
    _installed = True
    if sys.version_info >= (3, 12):
        return False
    ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
    ctypes.pythonapi.Py_IncRef.restype = None
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    lost_emit = _losses_per_call(probe.ping.emit)

    def _connect_disconnect() -> None:
        def slot() -> None:
            return None

        probe.ping.connect(slot)
        probe.ping.disconnect(slot)

    lost_disconnect = _losses_per_call(_connect_disconnect)
    for _ in range(8 * (max(0, lost_emit) + max(0, lost_disconnect))):
        _incref(True)  # repay what the probe itself cost
    for name, lost in (("emit", lost_emit), ("disconnect", lost_disconnect)):
        if lost <= 0:
            continue
        original = getattr(SignalInstance, name)

        def wrapper(self, *args, _original=original):
            result = _original(self, *args)
            if result is True or result is False:
                _incref(result)  # an extra reference to a bool is harmless; a missing one is fatal
            return result

        wrapper.__name__ = name
        wrapper.__doc__ = original.__doc__
        setattr(SignalInstance, name, wrapper)
        _active = True
    return _active
