"""A faster answer to PySide6's question "does this module use PySide6?", asked on every import.

Once PySide6 is loaded, it looks at every module imported after it (for its `__feature__` switches,
PYSIDE-2029): `shibokensupport.feature._mod_uses_pyside(module)` reads the module's source with
`inspect.getsource` and answers `"PySide6" in source`. At the window's start that is about 300
modules and, measured on the start to the first live value, 75-90 ms: `inspect` parses each file
into lines through `linecache`.

`install()` replaces that function with one that gives the same answer more cheaply:
- a module of Python's own standard library never names PySide6: False without reading it;
- any other module with a `.py` file: its bytes are searched for b"PySide6" (the same test on the
  same text: the name is ASCII, so it is the same in every source encoding Python reads);
- anything else (built-in and extension modules, a frozen build's archive) goes to PySide6's own
  function, as before.

It changes nothing when the PySide6 in use has no such function (another version): it is a speed-up,
never a requirement. Idempotent; call it right after PySide6 is first imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_smartbms_fast"


def _stdlib_folders() -> tuple[str, ...]:
    """The folder of the standard library's .py files (where `os` comes from), as written and as resolved.
    Third-party folders inside it (a system Python's site-packages) are told apart by name."""
    folder = os.path.dirname(os.__file__)
    return tuple({os.path.normcase(path) + os.sep for path in (folder, os.path.realpath(folder))})


def fast_uses_pyside(original: Callable[[ModuleType], bool],
                     stdlib: tuple[str, ...] | None = None) -> Callable[[ModuleType], bool]:
    """The replacement for `original` (PySide6's `_mod_uses_pyside`)."""
    stdlib = _stdlib_folders() if stdlib is None else stdlib
    packages = ("site-packages", "dist-packages")

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        normal = os.path.normcase(path)
        if normal.startswith(stdlib) and not any(part in normal for part in packages):
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def install() -> bool:
    """Replace PySide6's check if it is there; True when the fast check is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = fast_uses_pyside(original)
    return True
