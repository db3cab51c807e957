"""Simulator variants shared by the device and BLE test rigs (imported by this unique name)."""

from smartbms_gui.protocol import commands
from smartbms_gui.sim.ascii_peer import AsciiPeer


class RefusingPeer(AsciiPeer):
    """A battery whose firmware refuses writes at some addresses with KO (as a real one refuses a
    value it cannot take)."""

    def __init__(self, *args, refuse=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.refuse = set(refuse)

    def _write(self, address, value):
        if address in self.refuse:
            return commands.REPLY_REFUSED
        return super()._write(address, value)
