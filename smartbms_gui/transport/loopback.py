"""An in-process link to a simulator peer: the app talks to `sim/` exactly as to a device.

The peer is duck-typed (this layer may not import `sim/`): it has `on_output` (device → app) and,
for the ASCII wire, `receive(data)` (app → device). A peer without `receive` is a frame peer
(the serial wire, read-only).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from smartbms_gui.transport.base import LinkLost, Transport, TransportError, Wire

#: What one BLE notification holds at the default ATT MTU (23 − 3 bytes of header).
BLE_CHUNK = 20


class LoopbackTransport(Transport):
    """Connects the app to a simulator peer in the same process.

    - Device output is delivered on the next loop turn (never re-entrantly inside `write`),
      optionally cut into `chunk_size`-byte pieces the way BLE notifications arrive. What the peer
      outputs before that turn (a stream message's records, written one by one) is delivered in it,
      piece by piece and in order: one loop callback per burst, not one per piece (with qasync each
      callback is a Qt timer; per piece they were a third of the simulator link's CPU).
    - `runner`, if given, is started on `open()` and stopped on `close()` (when this transport
      started it). Leave it `None` when the simulator outlives the link (reconnect tests).
    - `drop()` simulates a link loss: nothing more is delivered, writes raise `LinkLost`,
      and the lost callback fires once.
    """

    is_hardware = False

    def __init__(
        self,
        peer: Any,
        runner: Any = None,
        description: str = "Simulator",
        *,
        chunk_size: int | None = None,
    ) -> None:
        super().__init__()
        self._peer = peer
        self._runner = runner
        self._runner_task: asyncio.Task | None = None
        self._description = description
        self._chunk_size = chunk_size
        self._open = False
        self._dropped = False
        self.wire = Wire.ASCII if hasattr(peer, "receive") else Wire.FRAME
        self.writable = self.wire is Wire.ASCII
        #: every byte string handed to the peer, for tests that count writes
        self.sent: list[bytes] = []
        self._pending: list[tuple[bytes, float]] = []  # peer output waiting for the next loop turn

    @property
    def description(self) -> str:
        return self._description

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def peer(self) -> Any:
        return self._peer

    async def open(self) -> None:
        if self._dropped:
            raise TransportError("This simulated link was dropped; open a new one.")
        self._peer.on_output = self._on_peer_output
        self._open = True
        if self._runner is not None and self._runner_task is None:
            self._runner_task = asyncio.get_running_loop().create_task(self._runner.run())

    async def write(self, data: bytes) -> None:
        if not self._open:
            raise LinkLost("The simulator link is closed.")
        if not self.writable:
            raise TransportError("The serial frame link is read-only.")
        self.sent.append(bytes(data))
        self._peer.receive(bytes(data))
        # Yield like a real link would, so a busy writer never starves the loop.
        await asyncio.sleep(0)

    async def close(self) -> None:
        if self._open and getattr(self._peer, "on_output", None) == self._on_peer_output:
            self._peer.on_output = _discard
        self._open = False
        self._pending.clear()  # what was not delivered before the close never is
        await self._stop_runner()

    def drop(self, exc: Exception | None = None) -> None:
        """Simulate the link going away (out of range, module reset)."""
        if not self._open:
            return
        self._open = False
        self._dropped = True
        self._pending.clear()
        if getattr(self._peer, "on_output", None) == self._on_peer_output:
            self._peer.on_output = _discard
        self._lost(exc or LinkLost("Simulated link drop."))

    async def _stop_runner(self) -> None:
        task, self._runner_task = self._runner_task, None
        if task is None:
            return
        self._runner.stop()
        try:
            await asyncio.wait_for(task, 2.0)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            task.cancel()

    def _on_peer_output(self, data: bytes) -> None:
        if not self._open or not data:
            return
        stamp = time.monotonic()
        pieces = [bytes(data)]
        if self._chunk_size:
            size = self._chunk_size
            pieces = [bytes(data[i : i + size]) for i in range(0, len(data), size)]
        if not self._pending:
            asyncio.get_running_loop().call_soon(self._deliver_pending)
        self._pending.extend((piece, stamp) for piece in pieces)

    def _deliver_pending(self) -> None:
        pending, self._pending = self._pending, []
        for data, stamp in pending:
            if not self._open:  # closed or dropped by an earlier piece's receiver: the rest is lost
                return
            self._deliver(data, stamp)


def _discard(data: bytes) -> None:
    """Output of a peer whose link is closed goes nowhere (as over a dropped radio link)."""
