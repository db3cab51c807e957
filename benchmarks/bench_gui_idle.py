"""GUI idle benchmark: CPU and memory of the window live on a 255-cell simulator.

The app's MainWindow on the app's own event loop (qasync), connected to the built-in simulator with
255 cells (recording on, into a temporary folder, as the app does), offscreen. After a warm-up until
every cell has reported, it stays live for --seconds (default 60) while every page is shown in turn
(the same share of the time each), as someone glancing through the app would.

Measures
- cpu_percent: this process's CPU time (every thread: the GUI, the simulator, the recorder) over the
  wall time, in % of one core;
- rss_mb: resident memory at the end; rss_growth_mb: the end minus the start of the measured time
  (sampled every 5 s and printed, to show it is flat); the pages are built on first show, so each
  is visited once before the measured time (first_page_visits_mb: what building them cost);
- per page (printed): the CPU while that page was shown;
- link_only_cpu_percent: afterwards, the same simulator, link, model and recorder for
  --baseline-seconds with no window; cpu_percent minus this is what the window costs.

Goals: cpu_percent <= 3 (% of one core), rss_mb <= 250, rss_growth_mb small (flat).
Note: the simulated battery runs in this process too, so the figure includes it; a real battery
costs the app less.

Usage: python benchmarks/bench_gui_idle.py [--seconds 60] [--cells 255] [--profile]
Prints figures for people, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_CPU = 3.0
GOAL_RSS = 250.0
GOAL_GROWTH = 10.0  # MB over the measured minute: "flat"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def link_only(seconds: float, cells: int, folder: Path) -> float:
    """CPU % of the same simulator, link, model and recorder with no window: what is not the GUI."""
    from smartbms_gui.app import install_simulator
    from smartbms_gui.views.device_bridge import DeviceBridge

    install_simulator()  # as app.py does: the simulated batteries come from sim/front.py
    from smartbms_gui.views.main_window import SIMULATOR_PIN

    bridge = DeviceBridge(cells=cells, recordings_folder=folder / "recordings-link-only")
    try:
        await bridge.connect_simulator(pin=SIMULATOR_PIN)
        deadline = time.monotonic() + 120
        while bridge.session is None or bridge.live.cells_received < cells:
            if time.monotonic() > deadline:
                raise TimeoutError("the simulator's cells did not all arrive within 120 s")
            await asyncio.sleep(0.1)
        await asyncio.sleep(2.0)
        wall0, cpu0 = time.monotonic(), time.process_time()
        await asyncio.sleep(seconds)
        return 100 * (time.process_time() - cpu0) / (time.monotonic() - wall0)
    finally:
        await bridge.disconnect()


async def run(app, seconds: float, cells: int, folder: Path, profile: bool = False) -> dict:
    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.app import install_simulator
    from smartbms_gui.views.connection_bar import DeviceTarget
    from smartbms_gui.views.device_bridge import DeviceBridge

    install_simulator()  # as app.py does: the simulated batteries come from sim/front.py
    from smartbms_gui.views.main_window import SIMULATOR_PIN, MainWindow

    bridge = DeviceBridge(cells=cells, recordings_folder=folder / "recordings")
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=folder / "preferences.json")
    window.resize(1366, 768)
    window.show()
    try:
        window._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
        deadline = time.monotonic() + 120
        while bridge.session is None or bridge.live.cells_received < cells:
            if time.monotonic() > deadline:
                raise TimeoutError("the simulator's cells did not all arrive within 120 s")
            await asyncio.sleep(0.1)
        pages = list(window.pages)
        # Pages are built on first show (or in idle time): visit each once before measuring, so that
        # "flat" measures the window staying live, not its pages being built. Printed apart.
        before_pages = rss_mb()
        for key in pages:
            window.show_page(key)
            await asyncio.sleep(0.5)
        first_visits_mb = rss_mb() - before_pages
        print(f"live: all {cells} cells received; every page built and shown once "
              f"(+{first_visits_mb:.1f} MB); measuring {seconds:g} s, every page in turn", flush=True)
        await asyncio.sleep(2.0)

        share = seconds / len(pages)
        per_page: dict[str, float] = {}
        samples = [rss_mb()]
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        wall0, cpu0 = time.monotonic(), time.process_time()
        next_sample = wall0 + 5.0
        for key in pages:
            window.show_page(key)
            page_wall, page_cpu = time.monotonic(), time.process_time()
            end = page_wall + share
            while time.monotonic() < end:
                await asyncio.sleep(min(0.25, max(0.0, end - time.monotonic())))
                if time.monotonic() >= next_sample:
                    samples.append(rss_mb())
                    next_sample += 5.0
            per_page[key] = 100 * (time.process_time() - page_cpu) / (time.monotonic() - page_wall)
        wall = time.monotonic() - wall0
        cpu = time.process_time() - cpu0
        samples.append(rss_mb())
        if profiler is not None:
            import pstats

            profiler.disable()
            print("the GUI thread's costliest calls while measuring (cProfile, cumulative):")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"smartbms_gui", 30)
        return {"cpu_percent": 100 * cpu / wall, "rss_mb": samples[-1],
                "rss_growth_mb": samples[-1] - samples[0], "first_page_visits_mb": first_visits_mb,
                "per_page": per_page, "samples": samples, "wall_s": wall, "pages": pages}
    finally:
        await bridge.disconnect()
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time (default 60)")
    parser.add_argument("--cells", type=int, default=255, help="cells of the simulated battery (default 255)")
    parser.add_argument("--baseline-seconds", type=float, default=20.0,
                        help="then measure the simulator and link without a window for this long (0: skip)")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the measured time (cProfile; the CPU figure is then inflated)")
    args = parser.parse_args()

    from smartbms_gui import qt_env

    qt_env.prepare()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from smartbms_gui.app import START_SETTLED_MS
    from smartbms_gui.views import qt_fixes
    from smartbms_gui.views.gui_thread_gc import GuiThreadGarbageCollector

    qt_fixes.install()
    app._garbage_collector = GuiThreadGarbageCollector(app, settle_ms=START_SETTLED_MS)  # as app.py does
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="smartbms-bench-idle-") as tmp, loop:
        result = loop.run_until_complete(run(app, args.seconds, args.cells, Path(tmp), args.profile))
        baseline = None
        if args.baseline_seconds > 0:
            print(f"the same without a window for {args.baseline_seconds:g} s…", flush=True)
            baseline = loop.run_until_complete(link_only(args.baseline_seconds, args.cells, Path(tmp)))

    print("CPU while each page was shown (% of one core):")
    for key, value in result["per_page"].items():
        print(f"  {key:12s} {value:5.1f}")
    print("RSS every 5 s (MB): " + ", ".join(f"{v:.0f}" for v in result["samples"]))
    if baseline is not None:
        print(f"without a window (simulator, link, model, recorder): {baseline:.1f} % of one core; "
              f"so the window itself: about {result['cpu_percent'] - baseline:.1f} %")
    figures = {"cpu_percent": round(result["cpu_percent"], 2), "rss_mb": round(result["rss_mb"], 1),
               "rss_growth_mb": round(result["rss_growth_mb"], 1)}
    for key, goal in (("cpu_percent", GOAL_CPU), ("rss_mb", GOAL_RSS), ("rss_growth_mb", GOAL_GROWTH)):
        print(f"  {key}: {figures[key]} (goal <= {goal}) {'ok' if figures[key] <= goal else 'MISSED'}")
    figures.update(link_only_cpu_percent=None if baseline is None else round(baseline, 2),
                   first_page_visits_mb=round(result["first_page_visits_mb"], 1),
                   cells=args.cells, seconds=round(result["wall_s"], 1),
                   per_page={k: round(v, 2) for k, v in result["per_page"].items()})
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
