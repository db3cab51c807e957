"""`smartbms monitor --serial --json` through a silent BMS behind a plugged USB adapter (a real pty):
the loss is told once (a note and one `"record": "link"` object with `"stale": true`), nothing is
repeated while the BMS is silent, and "live again" comes with the first real record."""

from __future__ import annotations

import json
import threading
import time

from json_contract import check

from smartbms_gui.cli import device as cli_device
from smartbms_gui.cli import main
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer


def test_monitor_tells_a_silent_spell_once(cable, capsys, monkeypatch):
    # A shorter silence limit than the command's 5 s, so that one test sees several reopen attempts.
    options = cli_device.session_options

    def quick(choice, *, one_shot):
        return {**options(choice, one_shot=one_shot), "silence_s": 0.8, "backoff_max_s": 0.5}

    monkeypatch.setattr(cli_device, "session_options", quick)
    peer = FramePeer(SimulatedBattery(cells=4, seed=9))
    stop = threading.Event()
    spells = {"silent_from": 1.2, "silent_until": 4.2}  # seconds after the BMS began to talk

    def bms() -> None:
        started = time.monotonic()
        while not stop.wait(0.1):
            age = time.monotonic() - started
            if not spells["silent_from"] <= age < spells["silent_until"]:
                cable.write(peer.next_frame())

    talker = threading.Thread(target=bms, daemon=True)
    talker.start()
    try:
        code = main(["monitor", "--serial", cable.link_path, "--json", "--seconds", "6.5"])
    finally:
        stop.set()
        talker.join(5)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err.count("link lost") == 1, err
    assert err.count("live again") == 1, err
    objects = [json.loads(line) for line in out.splitlines()]
    links = [(i, o) for i, o in enumerate(objects) if o["record"] == "link"]
    assert [o["state"] for _, o in links] == ["lost", "live"], links
    (lost_at, lost), (back_at, back) = links
    for obj in (lost, back):
        check("monitor link", obj)
    assert lost["stale"] is True and lost["age_s"] >= 0.8 and "no data" in lost["reason"]
    assert back["stale"] is False
    # Nothing between the two but the record that made the link live again.
    between = objects[lost_at + 1:back_at]
    assert all(o["record"] == "frame" for o in between) and len(between) <= 1, between
    assert sum(o["record"] == "frame" for o in objects[back_at:]) >= 5  # and frames go on after it
