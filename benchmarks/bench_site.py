"""Site benchmark: connecting several packs at once over bumble's virtual radio (real HCI/ATT, bleak API).

One pack, then a site of four, each a `VirtualSmartBms` of `sim/packs.py` on one `LocalLink`, all
reached through one `VirtualRadio` (the computer's one Bluetooth adapter) by `PackSessions`, with the
real module's timings (1.5 s wake-up wait; Gen2 also the BRSP start-up pauses of 0.5 s and 0.4 s).
"Live" = the session streams and the pack's first pack record (U) arrived. The time is from the
start until every pack is live; each figure is the median of `--runs` runs.

Goal: all four live within 1.5 × the time one pack takes (`ratio` ≤ 1.5): the radio's connects run
one at a time (`VirtualRadio.connect`), everything after them in parallel.
Prints figures, then one JSON line (`one_pack_s`, `four_packs_s`, `ratio`, `goal_met`).

`--cpu-seconds S` (0 = skip): eight 16-cell packs streaming to this process for S seconds, served by
`smartbms-sim --ble --count 8` in another process over HCI/TCP, as the app meets them on a machine
without Bluetooth: this process's CPU (`eight_packs_cpu_pct`, % of one core: `PackSessions`, eight
sessions, decoders, `LiveState`s, bleak and the bumble host stack, which on a real machine is the
OS's) once all eight are live. No window: the window's share is the site page's benchmark.
Usage: python benchmarks/bench_site.py [--runs 3] [--generation 2] [--cpu-seconds 15]
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


async def eight_packs_cpu(seconds: float, generation: int) -> dict:
    """This process's CPU while eight 16-cell packs stream from `smartbms-sim --ble --count 8`."""
    import os
    import subprocess
    import sys

    from smartbms_gui.transport import ble, ble_bumble_backend

    port = 9000 + os.getpid() % 500
    sim = subprocess.Popen([sys.executable, "-m", "smartbms_gui.sim.cli", "--ble", "--count", "8",
                            "--cells", "16", "--generation", str(generation), "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in sim.stderr:
            if "Connect the app with" in line:
                break
            if "cannot serve" in line:
                raise SystemExit(line.strip())
        os.environ[ble.ENV_BACKEND] = "bumble"
        os.environ[ble_bumble_backend.ENV_HCI] = f"tcp-client:127.0.0.1:{port}"
        ble_bumble_backend.set_default_radio(None)
        records = [0]

        def on_item(pack, item, t) -> None:
            records[0] += 1

        sessions = PackSessions(on_item=on_item)
        for i in range(8):
            serial = f"{packs.pack_serial(i):05d}"
            sessions.add(links.ble_link(packs.ble_address(i), generation, serial=serial), pin="1234",
                         generation=generation)
        try:
            states = await sessions.connect(60)
            if any(s.phase is not Phase.STREAMING for s in states.values()):
                raise SystemExit(f"not all eight live: {[s.text for s in states.values()]}")
            records[0] = 0
            cpu0, wall0 = time.process_time(), time.perf_counter()
            await asyncio.sleep(seconds)
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        finally:
            await sessions.close()
            await ble_bumble_backend.default_radio().close()
    finally:
        sim.terminate()
        sim.wait(10)
    pct = 100.0 * cpu / wall
    print(f"eight 16-cell Gen{generation} packs over the virtual radio: {records[0]} records in "
          f"{wall:.1f} s, this process {pct:.1f} % of one core")
    return {"eight_packs_cpu_pct": round(pct, 2), "eight_packs_records_per_s": round(records[0] / wall, 1)}


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
    parser.add_argument("--cpu-seconds", type=float, default=0.0,
                        help="also measure eight streaming packs' CPU for this long (0: skip)")
    args = parser.parse_args()
    result = asyncio.run(main(args.runs, args.generation))
    if args.cpu_seconds > 0:
        result.update(asyncio.run(eight_packs_cpu(args.cpu_seconds, args.generation)))
    print(json.dumps(result))
