"""`smartbms monitor --serial` keeps going through a pulled and replugged cable."""

from __future__ import annotations

import json
import re
import threading
import time

from smartbms_gui.cli import main
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer


def test_monitor_survives_a_replug(cable, capsys):
    peer = FramePeer(SimulatedBattery(cells=6, seed=7))
    stop = threading.Event()
    replugged = threading.Event()

    def device() -> None:
        started = time.monotonic()
        pulled = False
        while not stop.is_set():
            age = time.monotonic() - started
            if not pulled and age > 1.2:
                cable.pull()
                pulled = True
            if pulled and not replugged.is_set() and age > 1.8:
                cable.plug()
                replugged.set()
            if cable.master is not None:
                cable.write(peer.next_frame())
            time.sleep(0.1)

    writer = threading.Thread(target=device, daemon=True)
    writer.start()
    try:
        code = main(["monitor", "--serial", cable.link_path, "--json", "--seconds", "5"])
    finally:
        stop.set()
        writer.join(5)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert replugged.is_set()
    assert f"waiting for {cable.link_path} to return" in err
    assert "live again" in err
    objects = [json.loads(line) for line in out.splitlines()]
    # The pulled cable is one `link` object each way among the frames (docs/cli.md).
    assert [(o["state"], o["stale"]) for o in objects if o["record"] == "link"] == [("lost", True), ("live", False)]
    frames = [o for o in objects if o["record"] == "frame"]
    times = [f["time"] for f in frames]
    gap = max(b - a for a, b in zip(times, times[1:]))
    assert gap > 0.5  # the pause while the cable was out ...
    late = [t for t in times if t > times[0] + 2.0]
    assert len(late) >= 5  # ... and frames again after it came back
    assert all(f["cell_count"] == 6 for f in frames)
    # The rotating key/value bytes arrive composed, in SI units, once every byte of a value is in.
    first, last = frames[0]["key_values"], frames[-1]["key_values"]
    assert len(first) < len(last)
    assert 0 < last["soh_pct"] <= 100
    assert 2.0 < last["vlow_v"] < 4.5 and 2.0 < last["vnominal_v"] < 4.5  # volts per cell, not raw words
    assert re.fullmatch(r"\d+\.\d+\.\d+", last["firmware"])
    assert "charged_wh" in last and "charged_kwh" not in last  # one unit per quantity: Wh
