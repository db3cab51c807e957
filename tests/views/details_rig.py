"""The simulated battery's own stream bytes, message by message, into a LiveState (Battery details tests).

The bytes go through the real decoder; the clock is the test's, so "right after the V record"
means the very next message, not a wall-clock wait.
"""

from __future__ import annotations

from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

# The settings the session reads at connect and hands to LiveState.update_settings.
SETTINGS = ("vmin_v", "vmax_v", "tmin_charge_c", "tmax_c")  # V bypass comes with the V record


class SimStream:
    def __init__(self, live, clock, *, cells: int = 16, cells_per_message: int = 8, step_s: float = 1.0,
                 seed: int = 3, item_gap_s: float = 0.0) -> None:
        """`item_gap_s`: time between the records of one message (a message that comes in several
        Bluetooth notifications, each stamped with its own time)."""
        self.live, self.clock, self.step_s, self.item_gap_s = live, clock, step_s, item_gap_s
        self.battery = SimulatedBattery(cells=cells, seed=seed)
        self.peer = AsciiPeer(self.battery, cells_per_message=cells_per_message)
        self.decoder = StreamDecoder(self.battery.generation)
        live.update_settings({name: self.battery.setting(name) for name in SETTINGS})
        self.items: list = []

    def message(self) -> list:
        """One stream message: time passes, the battery steps, its bytes are decoded and applied."""
        start = self.clock.t
        self.clock.t += self.step_s
        self.battery.step(self.step_s)
        data = self.peer.stream_message()
        items = [item for item in self.decoder.feed(data) if type(item) is not ReplyLine]
        assert self.decoder.dropped == 0, self.decoder.last_error
        for item in items:
            self.live.apply(item)
            self.clock.t += self.item_gap_s
        self.clock.t = max(self.clock.t, start + self.step_s)
        self.items = items
        return items

    def messages(self, n: int) -> None:
        for _ in range(n):
            self.message()

    def full_round(self) -> None:
        """Enough messages for every cell to have reported once."""
        cells = self.battery.cell_count
        self.messages(-(-cells // self.peer.cells_per_message) + 1)

    def cells_in_last_message(self) -> list[int]:
        return [item.cell for item in self.items if type(item).__name__ == "CellRecord"]
