"""A pseudo-terminal that plays the BMS end of the USB cable, under a stable symlink name.

The symlink stands for a udev name such as /dev/serial/by-id/usb-FTDI_...: when the "cable is
pulled" the pty closes and the name disappears; when it is "plugged in again" a new pty (with a
new /dev/pts/N) appears under the same name. That is what a real replug looks like on Linux.
"""

from __future__ import annotations

import os
import tty

import pytest


class PtyCable:
    def __init__(self, link_path: str) -> None:
        self.link_path = link_path
        self.master: int | None = None
        self.slave: int | None = None

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        # Raw from the start, so no byte is translated before the reader configures the port.
        tty.setraw(self.slave)
        tmp = self.link_path + ".new"
        os.symlink(os.ttyname(self.slave), tmp)
        os.replace(tmp, self.link_path)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self.master, view)
            view = view[n:]

    def pull(self) -> None:
        if os.path.lexists(self.link_path):
            os.unlink(self.link_path)
        for fd in (self.master, self.slave):
            if fd is not None:
                os.close(fd)
        self.master = self.slave = None


@pytest.fixture
def cable(tmp_path):
    c = PtyCable(str(tmp_path / "ttyUSB-smartbms"))
    c.plug()
    yield c
    c.pull()
