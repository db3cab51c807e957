"""`smartbms monitor` and `record` with several packs (repeated link options), against real simulators,
a real pty for `--serial`, and the JSON contract of docs/cli.md."""

from __future__ import annotations

import json
import os

import pytest
from json_contract import check

from smartbms_gui.cli import main
from smartbms_gui.device.recording import RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.protocol.stream import EnergyRecord


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    for n in range(1, 5):
        monkeypatch.delenv(f"SMARTBMS_PIN_{n}", raising=False)
    monkeypatch.delenv("SMARTBMS_BLE_BACKEND", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def objects(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]  # every stdout line is JSON


def test_four_simulators_each_pack_labelled_and_the_site_totals(capsys):
    code, out, err = run(capsys, "monitor", *["--simulator"] * 4, "--speed", "10", "--seconds", "2.6",
                         "--json")
    assert code == 0, err
    got = objects(out)
    labels = {o["pack"] for o in got}
    assert labels == {"03330", "03331", "03332", "03333", "site"}
    sites = [o for o in got if o["pack"] == "site"]
    assert len(sites) >= 2
    for site in sites:
        check("monitor site", site)
    last = sites[-1]
    assert last["packs"] == last["online"] == 4 and last["missing"] == []
    socs = {o["pack"]: o["soc_pct"] for o in got if o["type"] == "energy"}
    assert len(set(socs.values())) == 4  # the packs differ a little (sim/packs.py) …
    assert min(socs.values()) <= last["soc_pct"] <= max(socs.values())
    # … enough that the default 10 % SoC spread warns, naming the packs by their labels
    soc_warning = [d for d in last["divergences"] if d["kind"] == "soc"]
    assert soc_warning and set(soc_warning[0]["packs"]) <= {"03330", "03331", "03332", "03333"}
    for obj in got:
        if obj["pack"] != "site":
            check(f"monitor {obj['type']}", obj)


def test_a_higher_spread_threshold_silences_the_warning(capsys):
    code, out, err = run(capsys, "monitor", "--simulator", "--simulator", "--simulator", "--simulator",
                         "--soc-spread", "50", "--speed", "10", "--seconds", "1.6", "--json")
    assert code == 0, err
    sites = [o for o in objects(out) if o["pack"] == "site"]
    assert sites and not [d for d in sites[-1]["divergences"] if d["kind"] == "soc"]
    code, out, err = run(capsys, "monitor", "--simulator", "--simulator", "--soc-spread", "0",
                         "--seconds", "1")
    assert code == 2 and "soc_spread_pct" in err and out == ""


def test_single_pack_output_only_gains_the_pack_key(capsys):
    code, out, err = run(capsys, "monitor", "--simulator", "--seconds", "1.2", "--json")
    assert code == 0, err
    got = objects(out)
    assert got and {o["pack"] for o in got} == {"03330"}  # no site objects for one pack
    for obj in got:
        check(f"monitor {obj['type']}", obj)


def test_human_output_has_a_line_per_pack_and_a_site_line(capsys):
    code, out, err = run(capsys, "monitor", "--simulator", "--simulator", "--speed", "10", "--seconds", "1.5")
    assert code == 0, err
    lines = out.splitlines()
    assert any("pack 03330:" in line for line in lines) and any("pack 03331:" in line for line in lines)
    assert any("site  2/2 online" in line and "SoC" in line for line in lines)


def test_a_wrong_pin_on_one_pack_the_others_go_on_and_the_exit_code_says_so(capsys, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN_2", "9999")
    code, out, err = run(capsys, "monitor", "--simulator", "--simulator", "--simulator", "--seconds", "1.5",
                         "--json")
    assert code == 3
    got = objects(out)
    assert {o["pack"] for o in got if o["pack"] != "site"} == {"03330", "03332"}
    assert [o for o in got if o["pack"] == "site"][-1]["missing"] == ["03331"]
    assert "pack 03331 (simulator 2)" in err and "the other packs go on" in err
    assert err.strip().splitlines()[-1].startswith("smartbms: Never live: pack 03331")
    assert "9999" not in err + out  # the PIN is never shown


def test_the_same_link_twice_and_other_commands_with_two_packs_are_usage_errors(capsys):
    code, out, err = run(capsys, "monitor", "--serial", "/dev/x", "--serial", "/dev/x")
    assert code == 2 and "given twice" in err
    code, out, err = run(capsys, "settings", "get", "--simulator", "--simulator")
    assert code == 2 and "one battery at a time" in err
    code, out, err = run(capsys, "monitor", "--replay", "x.smartbms-recording", "--simulator")
    assert code == 2 and "--replay plays one recording" in err


def test_record_several_packs_one_file_each(capsys, tmp_path):
    code, out, err = run(capsys, "record", str(tmp_path / "site"), *["--simulator"] * 3,
                         "--seconds", "1.5", "--json")
    assert code == 0, err
    got = objects(out)
    packs, site = got[:-1], got[-1]
    check("record site", site)
    assert site["pack"] == "site" and site["packs"] == site["recorded"] == 3
    assert [p["pack"] for p in packs] == ["03330", "03331", "03332"]
    assert [os.path.basename(p["path"]) for p in packs] == [
        f"site-pack{n}.smartbms-recording" for n in (1, 2, 3)]
    socs = []
    for p in packs:
        check("record", p)
        assert p["bytes"] > 0 and p["rows"] > 0
        with RecordingReader(p["path"]) as reader:
            energy = [item for _, item in decode_items(reader) if isinstance(item, EnergyRecord)]
            assert "03330" <= reader.info.description[-5:] <= "03332"  # the serial is in its description
        socs.append(energy[-1].soc_pct)
    assert len(set(socs)) == 3  # each file holds its own pack
    assert site["bytes"] == sum(p["bytes"] for p in packs)
    # never overwritten: the same command again is refused before connecting
    code, out, err = run(capsys, "record", str(tmp_path / "site"), "--simulator", "--simulator",
                         "--seconds", "1")
    assert code == 2 and "site-pack1.smartbms-recording exists already" in err


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs a folder no one can write to (/proc)")
def test_packs_whose_recording_could_not_be_written_are_not_reported_as_recorded(capsys):
    code, out, err = run(capsys, "record", "/proc/no-recording", "--simulator", "--simulator", "--seconds", "1")
    assert code == 1 and "Recorded" not in out and "0 bytes on disk" not in out
    assert err.strip().splitlines()[-1].startswith("smartbms: The recording of pack ")
    code, out, _err = run(capsys, "record", "/proc/no-recording", "--simulator", "--simulator", "--seconds", "1",
                          "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and lines == [{"pack": "site", "packs": 2, "recorded": 0, "bytes": 0, "rows": 0}]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")
async def test_a_serial_cable_and_a_simulator_together(capsys):
    """A real pty with the simulator's 58-byte frames (a pack without a serial number: its position)
    beside a loopback simulator."""
    import asyncio

    pytest.importorskip("serial")
    from smartbms_gui.sim.battery import SimulatedBattery
    from smartbms_gui.sim.cli import PtyServer
    from smartbms_gui.sim.frame_peer import FramePeer
    from smartbms_gui.sim.runner import SimulatorRunner

    pty = PtyServer()
    peer = FramePeer(SimulatedBattery(cells=8, seed=9))
    peer.on_output = pty.write
    runner = SimulatorRunner(peer.battery, tick_s=0.02)
    runner.attach(peer)
    loop = asyncio.get_running_loop()
    loop.add_reader(pty.master, pty.drain)
    task = loop.create_task(runner.run())
    try:
        # main() runs its own event loop: on a thread, while this loop serves the pty
        argv = ["monitor", "--serial", pty.path, "--simulator", "--seconds", "3.5", "--json"]
        code = await asyncio.to_thread(main, argv)
    finally:
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)
        loop.remove_reader(pty.master)
        pty.close()
    out, err = capsys.readouterr()
    assert code == 0, err
    got = objects(out)
    frames = [o for o in got if o["type"] == "frame"]
    assert frames and {o["pack"] for o in frames} == {1}  # the cable: its position
    for frame in frames:
        check("monitor frame", frame)
    # the first --simulator is the site's first simulated pack, at position 2
    assert {o["pack"] for o in got if o["type"] == "pack"} == {"03330"}
    sites = [o for o in got if o["pack"] == "site"]
    assert sites and sites[-1]["online"] == 2
