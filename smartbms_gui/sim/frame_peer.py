"""The simulated BMS's serial personality: the 58-byte "extended data output" frame (docs/protocol.md
§4), one every 0.5 s or 1 s as option switch 1 says, reporting one cell per frame in turn
and one rotating key/value pair. Encoded with `protocol/frame.py`. Output only: the serial link
carries no commands.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from smartbms_gui.protocol.frame import encode_frame
from smartbms_gui.sim import records
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.wire_faults import damage


class FramePeer:
    def __init__(self, battery: SimulatedBattery) -> None:
        self.battery = battery
        self.on_output: Callable[[bytes], None] = _discard
        self._next_at: float | None = None
        self._next_cell = 1
        self._next_key = 0
        self._reboots_seen = battery.faults.reboots
        self._silent_until = 0.0
        self._rng = random.Random(battery.seed * 104729 + 3)
        self.frames_sent = 0

    def poll(self, now: float) -> None:
        b = self.battery
        faults = b.faults
        if faults.reboots != self._reboots_seen:
            self._reboots_seen = faults.reboots
            self._silent_until = now + float(faults.last_reboot.get("downtime_s", 2.0))
            self._next_cell, self._next_key = 1, 0
        if self._next_at is None:
            self._next_at = now
        if now < self._next_at:
            return
        self._next_at = max(self._next_at + b.normal.message_interval_s, now)
        if now < self._silent_until or faults.is_active("link_drop"):
            return
        self.on_output(damage(self.next_frame(), faults, self._rng))

    def next_frame(self) -> bytes:
        """Encode the next frame in the rotation (cells that still report, keys 0..18)."""
        b = self.battery
        reporting = b.link_broken_after() or b.cell_count
        if self._next_cell > reporting:
            self._next_cell = 1
        frame = records.frame(b, self._next_cell, records.FRAME_KEYS[self._next_key])
        self._next_cell += 1
        self._next_key = (self._next_key + 1) % len(records.FRAME_KEYS)
        self.frames_sent += 1
        return encode_frame(frame)


def _discard(data: bytes) -> None:
    """Output before anyone listens goes nowhere."""
