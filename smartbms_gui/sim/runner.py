"""Runs a simulated battery in (possibly accelerated) time and lets its peers talk.

`await runner.run()` polls every attached peer with the wall clock every tick (0.1 s: answers go out
as the command arrives, the tick only paces the stream, delayed answers and the keep-alive timeout)
and advances the battery by wall-time × speed every BATTERY_TICK_S (0.5 s: the stream reports at
most once a second, and stepping 255 cells 20 times a second cost more CPU than the window showing
them), so the stream rate and keep-alive are real seconds while the battery's day passes `speed`
times faster. `advance(seconds)` does the same synchronously for tests,
with a simulated wall clock.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from smartbms_gui.sim.battery import SimulatedBattery

TICK_S = 0.1
#: wall seconds between battery steps (the battery's own substeps keep the physics fine at any speed)
BATTERY_TICK_S = 0.5
MAX_SPEED = 3600.0


class SimulatorRunner:
    def __init__(self, battery: SimulatedBattery, speed: float = 1.0, *, tick_s: float = TICK_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.battery = battery
        self.speed = speed
        self.tick_s = tick_s
        self._clock = clock
        self.peers: list[Any] = []
        self._running = False
        self._stop_event: asyncio.Event | None = None
        #: the wall clock the peers were last polled with (real or, after `advance`, simulated)
        self.now = clock()
        #: wall time not yet given to the battery (stepped once it reaches BATTERY_TICK_S)
        self._unstepped_s = 0.0

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        if not 0.0 <= value <= MAX_SPEED:
            raise ValueError(f"simulation speed must be between 0 (paused) and {MAX_SPEED:g}, got {value}")
        if hasattr(self, "_unstepped_s"):
            self.flush()  # the time so far ran at the old speed
        self._speed = float(value)

    @property
    def running(self) -> bool:
        return self._running

    def attach(self, peer: Any) -> None:
        if peer not in self.peers:
            self.peers.append(peer)

    def detach(self, peer: Any) -> None:
        if peer in self.peers:
            self.peers.remove(peer)

    def tick(self, wall_dt: float, now: float) -> None:
        """One tick: the battery moves wall_dt × speed, then every peer is polled at `now`."""
        self.now = now
        if wall_dt > 0:
            self._unstepped_s += wall_dt
        if self._unstepped_s >= BATTERY_TICK_S - 1e-9:
            self.flush()
        for peer in list(self.peers):
            peer.poll(now)

    def flush(self) -> None:
        """Give the battery the wall time it has not been stepped for yet (× speed)."""
        dt, self._unstepped_s = self._unstepped_s, 0.0
        if dt > 0 and self._speed > 0:
            self.battery.step(dt * self._speed)

    def advance(self, seconds: float, *, tick_s: float | None = None) -> None:
        """Synchronously run `seconds` of wall time in ticks (tests; no sleeping)."""
        step = tick_s or self.tick_s
        remaining = seconds
        while remaining > 1e-9:
            dt = min(step, remaining)
            self.tick(dt, self.now + dt)
            remaining -= dt
        self.flush()

    async def run(self) -> None:
        """Tick until `stop()`; the battery follows the wall clock × speed."""
        self._running = True
        self._stop_event = asyncio.Event()
        last = self._clock()
        self.now = last
        for peer in list(self.peers):
            peer.poll(last)
        try:
            while not self._stop_event.is_set():
                # a plain sleep: wait_for() on the event made a task every tick (a tenth of the
                # runner's CPU); stop() is seen within one tick
                await asyncio.sleep(self.tick_s)
                if self._stop_event.is_set():
                    break
                now = self._clock()
                # a stalled loop (laptop asleep) must not make the battery jump hours
                self.tick(min(now - last, 1.0), now)
                last = now
        finally:
            self._running = False

    def stop(self) -> None:
        if self._stop_event is not None:
            self._stop_event.set()
