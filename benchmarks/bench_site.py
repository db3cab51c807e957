"""Site benchmark: connecting several packs at once over bumble's virtual radio (real HCI/ATT, bleak API).

One pack, then a site of four, each a `VirtualSmartBms` of `sim/packs.py` on one `LocalLink`, all
reached through one `VirtualRadio` (the computer's one Bluetooth adapter) by `PackSessions`, with the
real module's timings (1.5 s wake-up wait; Gen2 also the BRSP start-up pauses of 0.5 s and 0.4 s).
"Live" = the session streams and the pack's first pack record (U) arrived. The time is from the
start until every pack is live; each figure is the median of `--runs` runs.

Goal: all four live within 1.5 × the time one pack takes (`ratio` ≤ 1.5): the radio's connects run
one at a time (`VirtualRadio.connect`), everything after them in parallel.
Prints figures, then one JSON line (`one_pack_s`, `four_packs_s`, `ratio`, `goal_met`).
Usage: python benchmarks/bench_site.py [--runs 3] [--generation 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from bumble.link import LocalLink

from smartbms_gui.device import links
from smartbms_gui.device.pack_sessions import PackSessions
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.sim import packs
from smartbms_gui.sim.ble_peripheral import VirtualSite
from smartbms_gui.transport.ble_bumble_backend import BumbleClient, BumbleScanner, VirtualRadio

GOAL_RATIO = 1.5


async def connect_site(count: int, generation: int) -> tuple[float, int]:
    """Seconds from start until all `count` packs are live, and how many connects waited for another."""
    link = LocalLink()
    site = await VirtualSite(packs.site_batteries(count, generation=generation)).start(link)
    radio = VirtualRadio(link)
    live: set[str] = set()
    all_live = asyncio.Event()

    def on_item(pack, item, t) -> None:
        if isinstance(item, PackRecord) and pack.state.phase is Phase.STREAMING:
            live.add(pack.key)
            if len(live) == count:
                all_live.set()

    sessions = PackSessions(on_item=on_item)
    for module in site.modules:
        sessions.add(links.ble_link(module.address, module.generation, serial=f"{module.serial:05d}",
                                    backend=(BumbleScanner, BumbleClient), radio=radio),
                     pin="1234", generation=module.generation, serial=f"{module.serial:05d}")  # real timings
    started = time.perf_counter()
    try:
        sessions.start()
        await asyncio.wait_for(all_live.wait(), 30)
        return time.perf_counter() - started, radio.queued_connects
    finally:
        await sessions.close()
        await site.stop()
        await radio.close()


async def main(runs: int, generation: int) -> dict:
    one = [(await connect_site(1, generation))[0] for _ in range(runs)]
    four_runs = [await connect_site(4, generation) for _ in range(runs)]
    four = [elapsed for elapsed, _ in four_runs]
    queued = max(waited for _, waited in four_runs)
    one_s, four_s = statistics.median(one), statistics.median(four)
    ratio = four_s / one_s
    print(f"Gen{generation}, {runs} runs each: one pack live in {one_s:.3f} s "
          f"({', '.join(f'{x:.3f}' for x in one)}); four packs all live in {four_s:.3f} s "
          f"({', '.join(f'{x:.3f}' for x in four)}; up to {queued} connects queued behind another); "
          f"ratio {ratio:.2f} (goal ≤ {GOAL_RATIO})")
    return {"generation": generation, "runs": runs, "one_pack_s": round(one_s, 3),
            "four_packs_s": round(four_s, 3), "ratio": round(ratio, 3), "queued_connects": queued,
            "goal_ratio": GOAL_RATIO,
            "goal_met": ratio <= GOAL_RATIO}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each size (the median is reported)")
    parser.add_argument("--generation", type=int, choices=(2, 3), default=2)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.runs, args.generation))))
