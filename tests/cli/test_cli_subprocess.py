"""Real processes: the installed `smartbms` entry point, and `smartbms-sim --serial` read over its pty."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def command(name: str, module: str) -> list[str]:
    script = Path(sys.executable).parent / name
    return [str(script)] if script.exists() else [sys.executable, "-m", module]


SMARTBMS = command("smartbms", "smartbms_gui.cli")
SIM = command("smartbms-sim", "smartbms_gui.sim.cli")


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("SMARTBMS_")}
    out.update(extra)
    return out


def test_entry_point_version_and_a_user_error():
    done = subprocess.run([*SMARTBMS, "--version"], capture_output=True, text=True, timeout=30, env=env())
    assert done.returncode == 0 and done.stdout.startswith("smartbms ")
    done = subprocess.run([*SMARTBMS, "settings", "set", "vmax_v", "9", "--simulator", "--json"],
                          capture_output=True, text=True, timeout=30, env=env(SMARTBMS_PIN="1234"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "outside" in done.stderr and "Traceback" not in done.stderr


def test_the_package_runs_as_a_module():
    """`python -m smartbms_gui.cli` is the same command (where no script was installed)."""
    done = subprocess.run([sys.executable, "-m", "smartbms_gui.cli", "switches", "decode", "10100000",
                           "--json"], capture_output=True, text=True, timeout=30, env=env())
    assert done.returncode == 0, done.stderr
    decoded = json.loads(done.stdout)
    assert decoded["normal"]["vbypass_v"] == 3.4 and decoded["hidden"] == {"sensor_a": 500, "cells": 4}


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_monitor_reads_the_simulator_pty_as_json():
    sim = subprocess.Popen([*SIM, "--serial", "--cells", "8", "--speed", "10"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True, env=env())
    try:
        port = sim.stdout.readline().strip()
        assert port.startswith("/dev/")
        done = subprocess.run([*SMARTBMS, "monitor", "--serial", port, "--json", "--seconds", "3.5"],
                              capture_output=True, text=True, timeout=30, env=env())
        got = subprocess.run([*SMARTBMS, "settings", "get", "--serial", port, "--json"],
                             capture_output=True, text=True, timeout=30, env=env())
        refused = subprocess.run([*SMARTBMS, "settings", "set", "vmax_v", "3.6", "--serial", port],
                                 capture_output=True, text=True, timeout=30, env=env())
    finally:
        sim.terminate()
        sim.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) >= 2  # the simulator sends one frame per second (switch 1 OFF)
    for r in records:
        assert r["type"] == "frame" and r["cell_count"] == 8 and 1 <= r["cell"] <= 8
        assert 20.0 < r["pack_voltage_v"] < 30.0  # 8 LFP cells, in volts
    cells = [r["cell"] for r in records]
    assert all(b == a % 8 + 1 for a, b in zip(cells, cells[1:]))  # the rotation, no frame missed

    assert got.returncode == 0, got.stderr
    frame_settings = json.loads(got.stdout)
    assert frame_settings["source"] == "serial frame"
    assert frame_settings["settings"]["vmax_v"] == records[0]["vmax_v"]
    assert frame_settings["settings"]["capacity_wh"] == records[0]["capacity_wh"]
    assert refused.returncode == 5 and "read-only" in refused.stderr


def default_sigint() -> None:
    """In the child: Ctrl-C acts as in a terminal. A test run started in the background (`pytest &`,
    CI wrappers) hands its children SIGINT ignored, and asyncio then leaves it ignored."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_ends_a_recording_cleanly(tmp_path):
    import signal
    import time

    target = tmp_path / "stopped"
    rec = subprocess.Popen([*SMARTBMS, "record", str(target), "--simulator", "--speed", "10"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(SMARTBMS_PIN="1234"),
                           preexec_fn=default_sigint)
    path = tmp_path / "stopped.smartbms-recording"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and "Recording" not in rec.stderr.readline():
            pass  # connected and recording
        time.sleep(1.5)
        rec.send_signal(signal.SIGINT)
        out, err = rec.communicate(timeout=20)
    finally:
        if rec.poll() is None:  # never leave a recorder running after a failure
            rec.kill()
            rec.wait(timeout=10)
    assert rec.returncode == 0, err
    assert f"to {path}" in out
    replay = subprocess.run([*SMARTBMS, "monitor", "--replay", str(path), "--json"], capture_output=True,
                            text=True, timeout=30, env=env())
    assert replay.returncode == 0 and len(replay.stdout.splitlines()) > 5
