"""Writing a file so that a crash, a full disk or a refused folder never destroys what was there.

Everything goes to a temporary file beside the target, is flushed to the disk, and then replaces
the target in one step (`os.replace` is atomic within a file system). On any failure the temporary
file is removed and an earlier version of the target is untouched. Used for settings backups,
CSV exports, the preferences and the dataclass code cache.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from smartbms_gui.messages import Message


def _default_mode() -> int:
    """The permissions a plain `open(path, "w")` would give (mkstemp makes its file 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_MODE = _default_mode()  # read once at import: os.umask is process-wide and not thread-safe


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str], *, encoding: str = "utf-8", newline: str | None = None,
              private: bool = False, binary: bool = False) -> Iterator[IO[Any]]:
    """A text handle (a bytes one with `binary=True`) whose content replaces `path` when the block
    ends without an exception. `private=True` keeps the file readable by this user only."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if not private:
            os.chmod(tmp, _MODE)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike[str], text: str, *, private: bool = False) -> None:
    """Write `text` to `path` all or nothing."""
    with replacing(path, private=private) as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` all or nothing."""
    with replacing(path, private=private, binary=True) as handle:
        handle.write(data)


def describe_write_error(exc: OSError, path: str | os.PathLike[str]) -> Message:
    """One sentence for a person: what went wrong and what to do; the old file is always intact.

    A `Message`: English as a string (the command line), translated by the views."""
    target = Path(path)
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return Message("The disk is full: {path} was not written (an earlier version of it is unchanged). "
                       "Free some space and try again.", path=target)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("No permission to write {path}. Choose another file or folder (or close the file in "
                       "other programs); an earlier version of it is unchanged.", path=target)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Message("The folder {folder} does not exist. Choose another file.", folder=target.parent)
    return Message("{path} could not be written: {reason}. Choose another file (an earlier version of it is "
                   "unchanged).", path=target, reason=exc.strerror or str(exc))
