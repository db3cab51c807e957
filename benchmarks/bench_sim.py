"""How fast the simulator runs: simulated seconds per wall second, 16 and 255 cells.

Goal: a 255-cell pack simulates a 24-hour day in under 10 s, so soak tests of days are
cheap. Each run drives the battery the way `SimulatorRunner` does at ×3600 (180 s of battery time
per 50 ms tick), with an ASCII peer attached and streaming, so the encoding cost is counted too.

    .venv/bin/python benchmarks/bench_sim.py
Last line: one JSON object.
"""

from __future__ import annotations

import json
import time

from smartbms_gui.protocol import commands
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner

DAY_S = 86400.0


def simulate_day(cells: int) -> float:
    """Wall seconds to simulate 24 h of a `cells`-cell pack at ×3600 with a streaming peer."""
    battery = SimulatedBattery(cells=cells, seed=1)
    peer = AsciiPeer(battery)
    received = bytearray()
    peer.on_output = received.extend
    runner = SimulatorRunner(battery, speed=3600, clock=lambda: 0.0)
    runner.attach(peer)
    peer.receive(commands.start_stream() + commands.FLUSH, runner.now)
    start = time.perf_counter()
    wall_ticks = int(DAY_S / 3600 / runner.tick_s)
    for i in range(wall_ticks):
        runner.advance(runner.tick_s)
        if i % 6 == 0:
            peer.receive(commands.KEEPALIVE, runner.now)
    elapsed = time.perf_counter() - start
    assert battery.time_s >= DAY_S - 1, battery.time_s
    assert len(received) > 1000
    return elapsed


def main() -> None:
    results = {}
    for cells in (16, 255):
        elapsed = simulate_day(cells)
        rate = DAY_S / elapsed
        results[f"sim_s_per_wall_s_{cells}"] = round(rate, 1)
        print(f"{cells:3d} cells: 24 h simulated in {elapsed:5.2f} s wall  ->  {rate:,.0f} simulated s per wall s"
              f"  (goal for 255 cells: 24 h in < 10 s = {DAY_S / 10:,.0f} s/s)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
