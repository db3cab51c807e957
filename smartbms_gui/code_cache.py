"""The compiled methods of dataclasses, kept between starts as .pyc files keep compiled modules.

For each dataclass, Python writes its methods (`__init__`, `__repr__`, `__eq__`, `__hash__` and, for a
frozen one, `__setattr__` and `__delattr__`) as source text and compiles that text, every time the
class is made: none of it is in a .pyc file. The window makes some 60 dataclasses before its first
picture (the protocol's records, the parameter table, the device's states): on Python 3.11 about 330
compilations, some 20 ms of a start of a quarter of a second (docs/performance.md).

`install(path)` gives the `dataclasses` module an `exec` of its own (a module global that shadows the
built-in there and nowhere else): the same as the built-in, except that a source text already
compiled is taken from this cache instead of compiled again. The code objects are the ones
`compile(text, "<string>", "exec")` makes, which the built-in `exec` of that text would run: the
classes are the same. `save()` writes the cache when something new was compiled (the window: when
it closes; not under `python -B`, as no .pyc file is written then), all or nothing, under the
Python's cache tag (`cpython-311`), as marshal data behind `importlib.util.MAGIC_NUMBER`. A file that
is missing, of another Python, cut short or not a table of source text to code is ignored (`problem`
says why) and written again: the start costs the compilations, nothing else. Past `MAX_ENTRIES` a
save keeps only what its run used, so texts of classes an update changed do not pile up. A Python
that caches no bytecode (`sys.implementation.cache_tag` None) gets no cache either.

The file lies in the user's cache folder, written by this user only, as Python's own bytecode caches
are; it holds no data of the battery or the user.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

from smartbms_gui import files

FILE_NAME = f"dataclass-code.{sys.implementation.cache_tag}.bin"
#: past this many entries a save keeps only those this run used: entries of classes an update of the
#: app changed are never asked for again, and the file does not grow from version to version
MAX_ENTRIES = 2000


def default_path(app_name: str) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(app_name, appauthor=False)) / FILE_NAME


class CodeCache:
    """Source text → compiled code, loaded from and saved to `path`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()  # the source texts asked for in this run
        self.loaded = 0  # entries read from the file
        self.compiled = 0  # source texts compiled in this run (not in the file)
        self.problem: str | None = None  # why the file was not used, if it was there but unusable

    def load(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = f"unreadable: {exc}"
            return
        if not data.startswith(MAGIC_NUMBER):
            self.problem = "written by another Python"
            return
        try:
            codes = marshal.loads(data[len(MAGIC_NUMBER):])
        except (EOFError, ValueError, TypeError) as exc:
            self.problem = f"damaged: {exc}"
            return
        if not isinstance(codes, dict) or not all(
                type(k) is str and type(v) is CodeType for k, v in codes.items()):
            self.problem = "damaged: not a table of source text to code"
            return
        self.codes = codes
        self.loaded = len(codes)

    def code_for(self, source: str) -> CodeType:
        self.used.add(source)
        code = self.codes.get(source)
        if code is None:
            code = self.codes[source] = compile(source, "<string>", "exec")
            self.compiled += 1
        return code

    def exec(self, source: Any, globals: dict | None = None, locals: Any = None, /) -> None:  # noqa: A002
        """The built-in `exec`, with the compiled code of a source text taken from the cache."""
        if globals is None:  # as the built-in: the caller's namespaces
            caller = sys._getframe(1)
            globals = caller.f_globals  # noqa: A001
            if locals is None:
                locals = caller.f_locals  # noqa: A001
        code = self.code_for(source) if type(source) is str else source
        builtins.exec(code, globals, locals)

    def save(self) -> bool:
        """Write the cache if this run compiled something new; whether it wrote. All or nothing
        (`files.write_bytes`): a reader never sees half a file. An error (a full disk, a folder not
        writable) is raised."""
        if not self.compiled:
            return False
        if len(self.codes) > MAX_ENTRIES:
            self.codes = {source: code for source, code in self.codes.items() if source in self.used}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        files.write_bytes(self.path, MAGIC_NUMBER + marshal.dumps(self.codes), private=True)
        self.loaded, self.compiled = len(self.codes), 0
        return True


def install(path: str | os.PathLike[str]) -> CodeCache | None:
    """Load the cache at `path` and let `dataclasses` compile through it (again: the one installed).
    None where this Python caches no bytecode (`sys.implementation.cache_tag` is None)."""
    if sys.implementation.cache_tag is None:
        return None
    installed = installed_cache()
    if installed is not None:
        return installed
    cache = CodeCache(path)
    cache.load()
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    return cache


def installed_cache() -> CodeCache | None:
    method = vars(dataclasses).get("exec")
    owner = getattr(method, "__self__", None)
    return owner if isinstance(owner, CodeCache) else None


def uninstall() -> None:
    """`dataclasses` compiles with the built-in `exec` again."""
    vars(dataclasses).pop("exec", None)
