"""Reading a small text file the user chose (a settings backup) without trusting what the path is.

A settings file is a few kilobytes. A path may name something that never ends (`/dev/zero`), a
named pipe that blocks until someone writes into it, a folder, or a huge file: each is refused
with a sentence (a `Message`, so the window shows it translated) before more than `limit` bytes
are read. The window and the command line read settings files through here.
"""

from __future__ import annotations

import os
import stat

from smartbms_gui.messages import Message, Quantity


class NotASmallFile(OSError):
    """The path is not a regular file of at most `limit` bytes; the text says which and why."""

    def __init__(self, message: Message, filename: str) -> None:
        super().__init__(message)
        self.message = message
        self.filename = filename

    def __str__(self) -> str:
        return self.message


def read_small_text(path: str | os.PathLike[str], limit: int, *, encoding: str = "utf-8") -> str:
    """The text of the regular file at `path`, or `NotASmallFile` when it is something else or larger
    than `limit` bytes. Other `OSError`s (not found, no permission) and `UnicodeDecodeError` pass on."""
    name = os.fspath(path)
    # O_NONBLOCK: opening a named pipe must not wait for a writer (fstat below then refuses it).
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(name, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotASmallFile(Message("Not read: {path} is a folder, not a file.", path=name), name)
        if not stat.S_ISREG(info.st_mode):
            raise NotASmallFile(Message("Not read: {path} is not a regular file (it is a device, a pipe "
                                        "or a socket).", path=name), name)
        too_large = Message("Not read: {path} is larger than {limit}; a file of this kind is much smaller.",
                            path=name, limit=Quantity(limit / 1_000_000, "MB"))
        if info.st_size > limit:
            raise NotASmallFile(too_large, name)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # (the file may grow while it is read)
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise NotASmallFile(too_large, name)
    finally:
        os.close(fd)
    return b"".join(chunks).decode(encoding)
