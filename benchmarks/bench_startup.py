"""Start-up benchmark: seconds from process start to the first live value painted on the simulator.

Measures, each as the median of --runs fresh processes (after one warm-up run that is not counted):
- start_to_live_s: `python -m smartbms_gui.app --simulator` (the real entry point) from the moment
  this script starts the process until the shown page has painted after the first live value from
  the simulated battery arrived (app.py's SMARTBMS_STARTUP_PROBE: the app prints the wall-clock time
  of that paint and closes);
- bare_window_s: the same for a bare PySide6 window (QApplication, a QMainWindow with one label)
  until its label is first painted: what any Qt app costs on this machine;
- start_to_live_cpu_s, bare_window_cpu_s: the CPU time each process reports having used until that
  paint (time.process_time(), every thread): on a busy machine the wall-clock figures stretch, these
  much less;
- floor_window_s, floor_ratio: the bare window again with only what this app cannot start without
  (asyncio's loop run by qasync, PySide6's `Qt` namespace), and its start over the bare
  window's: the ratio no version of this app gets below; start_to_live_s minus it is the app's own work;
- python_s (printed): an empty Python interpreter, for scale.

Bytecode is written to a private cache (PYTHONPYCACHEPREFIX) and warmed by the first run, as an
installed app has its .pyc files; so is the app's dataclass code cache (smartbms_gui/code_cache.py,
in the throw-away cache folder), as any start after an app's first has it; offscreen, with
throw-away user folders.

Goals: start_to_live_s <= 1.0 s and <= 2.5 x bare_window_s.

With --bundle PROGRAM it also times a built program the same way (bundle_start_s, and
bundle_vs_source: its start over the start from source; goal <= 1.5). With --importtime it also
runs the app once under `python -X importtime` and prints the imports that cost the most
(cumulative), to see where the start-up goes.

Usage: python benchmarks/bench_startup.py [--runs 5] [--importtime] [--bundle PROGRAM]
It also prints where the app's start goes: the median time at which the app passed each phase it
reports with the probe (app.py's `_phase`: Qt application made, simulator loaded, window built,
first live value …), and the step from the one before (JSON: phases_s).

Prints figures for people, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_S = 1.0
GOAL_RATIO = 2.5
GOAL_BUNDLE_RATIO = 1.5  # the built one-folder program against the start from source

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("3.310 V", window)
window.setCentralWidget(label)
window.resize(1366, 768)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if obj is label and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

def done():
    if not app.property("reported"):
        app.setProperty("reported", True)
        print(f"first-live-painted {time.time():.6f} cpu {time.process_time():.3f}", flush=True)
        app.quit()

watch = Watch()
label.installEventFilter(watch)
window.show()
app.exec()
"""

# The bare window again, with only what this app cannot start without: asyncio's loop run by qasync
# (the device client is asyncio) and PySide6's `Qt` namespace, whose ~90 enum types PySide6 makes on
# first use (any view aligns, sizes or colours with them). Its start over the bare window's is the
# ratio no version of this app gets below. (numpy is not in it: the simulator's cells are lists, and
# nothing before the first picture loads numpy.)
FLOOR_WINDOW = r"""
import asyncio, sys, time
import qasync
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("3.310 V", window)
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(1366, 768)

async def main():
    painted = asyncio.get_running_loop().create_future()

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if obj is label and event.type() == QEvent.Type.Paint and not painted.done():
                painted.set_result(None)
            return False

    watch = Watch()
    label.installEventFilter(watch)
    window.show()
    await painted
    print(f"first-live-painted {time.time():.6f} cpu {time.process_time():.3f}", flush=True)

loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
with loop:
    loop.run_until_complete(main())
"""


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(folder / "pycache"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
               SMARTBMS_STARTUP_PROBE="1")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(folder / var.lower())
    return env


def timed(command: list[str], env: dict[str, str], timeout: float = 60.0) -> tuple[float, float, dict[str, float]]:
    """Seconds from starting the process to the time it reports on its `first-live-painted` line, the
    CPU seconds it reports having used until then (less disturbed by a busy machine), and the seconds
    from the start to each phase it reports on `startup-phase` lines (the app only)."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-live-painted ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{command[1:3]} failed ({result.returncode}):\n{result.stdout[-2000:]}\n"
                           f"{result.stderr[-2000:]}")
    words = lines[0].split()
    phases = {}
    for line in result.stdout.splitlines():
        if line.startswith("startup-phase "):
            _, at, name = line.split(" ", 2)
            phases[name] = float(at) - start
    return float(words[1]) - start, float(words[3]), phases


def phase_medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median time of each phase that every run reported, in the order the runs reported them."""
    if not runs or not runs[0]:
        return {}
    names = [name for name in runs[0] if all(name in run for run in runs)]
    return {name: statistics.median(run[name] for run in runs) for name in names}


def plain_python(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
    return time.perf_counter() - start


def import_profile(env: dict[str, str], top: int = 18) -> list[tuple[str, float, float]]:
    """(module, self s, cumulative s) of the costliest imports of one app start."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "smartbms_gui.app", "--simulator"],
                            capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:"):].split("|")
        rows.append((name.rstrip(), int(own) / 1e6, int(cumulative) / 1e6))
    rows.sort(key=lambda row: -row[2])
    return rows[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured starts of each (default 5)")
    parser.add_argument("--importtime", action="store_true", help="also print the costliest imports")
    parser.add_argument("--bundle", type=Path, metavar="PROGRAM",
                        help="also time this built program (packaging/build.sh passes the one-folder build)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="smartbms-bench-startup-") as tmp:
        env = child_env(Path(tmp))
        app = [sys.executable, "-m", "smartbms_gui.app", "--simulator"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        floor = [sys.executable, "-c", FLOOR_WINDOW]
        timed(app, env)  # warm-up: bytecode written, fonts and plugins in the OS cache
        timed(bare, env)
        timed(floor, env)
        bundle = [str(args.bundle.resolve()), "--simulator"] if args.bundle else None
        if bundle:
            timed(bundle, env)
        app_runs, bare_runs, floor_runs, python_s, bundle_runs = [], [], [], [], []
        for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits all alike
            app_runs.append(timed(app, env))
            bare_runs.append(timed(bare, env))
            floor_runs.append(timed(floor, env))
            python_s.append(plain_python(env))
            if bundle:
                bundle_runs.append(timed(bundle, env))
        app_s, app_cpu = [r[0] for r in app_runs], [r[1] for r in app_runs]
        bare_s, bare_cpu = [r[0] for r in bare_runs], [r[1] for r in bare_runs]
        bundle_s = [r[0] for r in bundle_runs]
        profile = import_profile(env) if args.importtime else []

    start_to_live = statistics.median(app_s)
    bare_window = statistics.median(bare_s)
    floor_window = statistics.median(r[0] for r in floor_runs)
    ratio = start_to_live / bare_window
    print(f"empty Python interpreter: {statistics.median(python_s):.3f} s")
    print(f"bare PySide6 window painted: median {bare_window:.3f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in bare_s)})")
    print(f"app: process start to the first live value painted (simulator): median {start_to_live:.3f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in app_s)})")
    print(f"the floor (the bare window under qasync, with the Qt namespace): median {floor_window:.3f} s "
          f"= {floor_window / bare_window:.2f} x the bare window; the app's own work on top: "
          f"{start_to_live - floor_window:.3f} s")
    print(f"CPU time until then (this process, every thread): app {statistics.median(app_cpu):.3f} s, "
          f"bare window {statistics.median(bare_cpu):.3f} s")
    phases = phase_medians([r[2] for r in app_runs])
    if phases:
        print("where the app's start goes (median seconds from process start to each phase, and the step):")
        previous = 0.0
        for name, at in phases.items():
            print(f"  {at:6.3f}  +{at - previous:5.3f}  {name}")
            previous = at
        print(f"  {start_to_live:6.3f}  +{start_to_live - previous:5.3f}  first live value painted")
    print(f"  start_to_live_s: {start_to_live:.3f} (goal <= {GOAL_S}) "
          f"{'ok' if start_to_live <= GOAL_S else 'MISSED'}")
    print(f"  ratio to the bare window: {ratio:.2f} (goal <= {GOAL_RATIO}) "
          f"{'ok' if ratio <= GOAL_RATIO else 'MISSED'}")
    figures = {"start_to_live_s": round(start_to_live, 3), "bare_window_s": round(bare_window, 3),
               "ratio": round(ratio, 2), "start_to_live_cpu_s": round(statistics.median(app_cpu), 3),
               "bare_window_cpu_s": round(statistics.median(bare_cpu), 3),
               "floor_window_s": round(floor_window, 3), "floor_ratio": round(floor_window / bare_window, 2),
               "runs": args.runs,
               "phases_s": {name: round(at, 3) for name, at in phases.items()}}
    if bundle_s:
        bundle_start = statistics.median(bundle_s)
        vs_source = bundle_start / start_to_live
        print(f"built program ({args.bundle}): median {bundle_start:.3f} s "
              f"(runs: {', '.join(f'{s:.2f}' for s in bundle_s)})")
        print(f"  bundle start vs. from source: {vs_source:.2f} x (goal <= {GOAL_BUNDLE_RATIO}) "
              f"{'ok' if vs_source <= GOAL_BUNDLE_RATIO else 'MISSED'}")
        figures.update(bundle_start_s=round(bundle_start, 3), bundle_vs_source=round(vs_source, 2))
    if profile:
        print("costliest imports of one start (cumulative s, self s):")
        for name, own, cumulative in profile:
            print(f"  {cumulative:6.3f} {own:6.3f}  {name}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
