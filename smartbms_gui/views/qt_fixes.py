"""Work-around for PySide6 6.12 on Python 3.11: it returns None/True/False without a reference.

PySide6 6.12's bindings return `None` (every void method: `resize`, `setText`, painting...) and
`True` (`SignalInstance.emit`, `.disconnect`) without taking a reference. From Python 3.12 on those
objects are immortal and nothing happens; on Python 3.11 each call costs one reference, and after
a few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc" (or
"bool_dealloc"). Measured here: `widget.resize()` −1 on None, `signal.emit()` −1 on True, one
paint of the DIP block about −1300 on None.

`install()` checks for the bug with two harmless probe calls and, only if it is there, does what
Python 3.12 does: gives None, True, False, Ellipsis and NotImplemented a reference count so large
(2**60) that no run can use it up. Small ints, '' and () are already static in 3.11. Idempotent;
a no-op on Python ≥ 3.12 or on a fixed PySide6. Call it once, as early as possible (the app's
start, the test set-up), before threads start.

The real cure is a PySide6 build that supports the Python in use (or Python ≥ 3.12).
"""

from __future__ import annotations

import sys

SINGLETONS = (None, True, False, Ellipsis, NotImplemented)
HEADROOM = 1 << 60

_checked = False
_active = False


def _losses(obj: object, call, times: int = 16) -> int:
    before = sys.getrefcount(obj)
    for _ in range(times):
        call()
    return before - sys.getrefcount(obj)


def _add_references(obj: object, count: int) -> None:
    import ctypes  # only where the bug is: a fixed build starts without it

    # CPython (non-debug): ob_refcnt is the object's first field.
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def needs_fix() -> bool:
    """True when PySide6 loses references to None or True on this Python."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    lost_none = _losses(None, lambda: probe.setObjectName("probe"))
    lost_true = _losses(True, probe.ping.emit)
    # Pay back the probe's own cost before deciding, so a fixed build is left exactly as it was.
    for obj, lost in ((None, lost_none), (True, lost_true)):
        if lost > 0:
            _add_references(obj, lost)
    return lost_none > 0 or lost_true > 0


def install() -> bool:
    """Apply the fix if this PySide6 build needs it; returns True when it is active."""
    global _checked, _active
    if _checked:
        return _active
    _checked = True
    if not needs_fix():
        return False
    for obj in SINGLETONS:
        _add_references(obj, HEADROOM)
    _active = True
    return True
