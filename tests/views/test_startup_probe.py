"""The start-up probe benchmarks/bench_startup.py uses: the real entry point on the simulator says
when the first live value is painted, and closes by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from smartbms_gui.app import STARTUP_PROBE_ENV


def test_the_app_reports_its_first_live_paint_and_exits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path), **{STARTUP_PROBE_ENV: "1"})
    started = time.time()
    result = subprocess.run([sys.executable, "-m", "smartbms_gui.app", "--simulator", "--log-level", "INFO"],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    ended = time.time()
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-live-painted ")]
    assert len(lines) == 1, result.stdout
    words = lines[0].split()
    painted, cpu = float(words[1]), float(words[3])
    assert started < painted < ended
    assert words[2] == "cpu" and 0 < cpu < ended - started + 5  # this process's CPU time (all threads)
    log = (tmp_path / "SmartBMS Desktop" / "log" / "smartbms.log").read_text(encoding="utf-8")
    # the paint came after the link went live, not from the empty window
    assert "connection: Live" in log
    assert log.index("connection: Live") < log.rindex("connection: Disconnected")

    # the phases the start passed, in order, all before the paint
    phases = [line.split(" ", 2) for line in result.stdout.splitlines() if line.startswith("startup-phase ")]
    assert [name for _, _, name in phases] == [
        "app modules imported", "Qt application made", "simulator loaded", "window modules imported",
        "window built", "first live value", "window shown"]
    times = [float(at) for _, at, _ in phases]
    assert started < times[0] and times == sorted(times) and times[-1] <= painted
    assert result.stdout.index("startup-phase") < result.stdout.index("first-live-painted")
