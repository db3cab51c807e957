"""`smartbms monitor --serial --json`: every frame object has exactly the keys docs/cli.md promises."""

from __future__ import annotations

import json
import threading
import time

from json_contract import check

from smartbms_gui.cli import main
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer


def test_frame_objects_match_the_documented_keys(cable, capsys):
    peer = FramePeer(SimulatedBattery(cells=4, seed=2))
    stop = threading.Event()

    def device() -> None:
        while not stop.is_set():
            cable.write(peer.next_frame())
            time.sleep(0.05)

    writer = threading.Thread(target=device, daemon=True)
    writer.start()
    try:
        code = main(["monitor", "--serial", cable.link_path, "--json", "--seconds", "1.5"])
    finally:
        stop.set()
        writer.join(5)
    out, err = capsys.readouterr()
    assert code == 0, err
    frames = [json.loads(line) for line in out.splitlines()]
    assert frames
    for frame in frames:
        check("monitor frame", frame)
