"""How much a recording loses when `smartbms record` is killed with SIGKILL (`kill -9`).

Each trial starts a real `smartbms record --simulator FILE` subprocess, lets it record for a random
1.5–3.5 s, kills it with SIGKILL and reads the recording it left. The simulator sends one message
every P seconds (P is read off the stored rows), so what the recorder had been handed but not
stored is known up to that rhythm:

- age: how old the newest stored row was at the kill (the loss can't be more than this);
- loss: how long before the kill the first message arrived that is NOT in the file
  (0 when the newest stored row is also the newest message sent before the kill).

Goal (docs/plots-and-recording.md, docs/user-guide.md): loss ≤ 0.5 s. POSIX only (SIGKILL).

    .venv/bin/python benchmarks/bench_kill_loss.py [--trials N]
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 0.5


def rows_of(path: Path) -> list[float]:
    """Times of the received-bytes rows (read-only: the killed writer's WAL is read, not merged)."""
    db = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
    try:
        return [t for (t,) in db.execute("SELECT t FROM log WHERE kind = 'rx' ORDER BY id")]
    finally:
        db.close()


def trial(folder: Path, n: int, rng: random.Random) -> dict:
    path = folder / f"killed-{n}.smartbms-recording"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "smartbms_gui.cli", "record", "--simulator", str(path)],
                             stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stderr.readline()  # "Recording the simulator to … until Ctrl-C": streaming
        if "Recording" not in line:
            raise SystemExit(f"smartbms record did not start: {line!r}")
        time.sleep(rng.uniform(1.5, 3.5))
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    times = rows_of(path)
    gaps = [b - a for a, b in zip(times, times[1:])]
    period = statistics.median(gaps) if gaps else 0.5
    age = killed_at - times[-1]
    # the next message after the newest stored one arrived about one period later; if that was
    # before the kill, it was received and lost
    next_arrival = times[-1] + period
    loss = max(killed_at - next_arrival, 0.0) if killed_at > next_arrival + 0.02 else 0.0
    return {"rows": len(times), "period_s": round(period, 3), "age_s": round(age, 3), "loss_s": round(loss, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.trials):
            result = trial(Path(folder), n, rng)
            results.append(result)
            print(f"trial {n + 1}: {result['rows']:3d} rows, one message every {result['period_s']:.2f} s, "
                  f"newest row {result['age_s']:.3f} s old at the kill, lost {result['loss_s']:.3f} s", flush=True)
    ages = [r["age_s"] for r in results]
    losses = [r["loss_s"] for r in results]
    worst = max(losses)
    print(f"age of the newest stored row: median {statistics.median(ages):.3f} s, max {max(ages):.3f} s")
    print(f"lost: median {statistics.median(losses):.3f} s, max {worst:.3f} s (goal ≤ {GOAL_S} s): "
          + ("met" if worst <= GOAL_S else "NOT met"))
    print(json.dumps({"benchmark": "kill_loss", "trials": len(results), "max_loss_s": worst,
                      "median_loss_s": statistics.median(losses), "max_age_s": max(ages),
                      "median_age_s": statistics.median(ages), "goal_s": GOAL_S, "met": worst <= GOAL_S}))


if __name__ == "__main__":
    main()
