"""`PackSessions`: several packs at once (simulators, a real pty cable, BLE over the virtual radio), each
with its own PIN, reconnect and recording; one failing never disturbs the others."""

from __future__ import annotations

import asyncio
import os

import pytest
from device_sim_rig import FAST, until

from smartbms_gui.device import links
from smartbms_gui.device.errors import WrongPin
from smartbms_gui.device.pack_sessions import PackSessions
from smartbms_gui.device.recording import RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.stream import EnergyRecord, PackRecord
from smartbms_gui.sim import packs
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner


class SimSite:
    """`count` simulated packs (sim/packs.py) with ASCII peers, running; plus helpers to stop one."""

    def __init__(self, count, *, cells=8, generation=2):
        self.batteries = packs.site_batteries(count, cells=cells, seed=11, generation=generation)
        self.peers = [AsciiPeer(b, b.generation) for b in self.batteries]
        self.runners = [SimulatorRunner(b, tick_s=0.02) for b in self.batteries]
        for runner, peer in zip(self.runners, self.peers):
            runner.attach(peer)
        self.tasks = []

    def start(self):
        loop = asyncio.get_running_loop()
        self.tasks = [loop.create_task(r.run()) for r in self.runners]
        return self

    async def stop(self):
        for r in self.runners:
            r.stop()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def pack_records(pack_items):
    return sum(isinstance(i, PackRecord) for i in pack_items)


async def test_three_simulated_packs_each_live_with_its_own_values_and_recording(tmp_path):
    sim = SimSite(3).start()
    items = {}
    site = PackSessions(on_item=lambda pack, item, t: items.setdefault(pack.key, []).append(item))
    try:
        for i, peer in enumerate(sim.peers):
            site.add(links.simulator_link(peer), name=f"Pack {i + 1}", pin="1234",
                     serial=f"{packs.pack_serial(i):05d}", record=tmp_path, simulated=True, **FAST)
        states = await site.connect(10)
        assert [s.phase for s in states.values()] == [Phase.STREAMING] * 3
        await until(lambda: all(p.live.get("soc_pct") is not None for p in site), 5, "SoC of every pack")
        for pack, battery in zip(site, sim.batteries):
            assert abs(pack.live.get("soc_pct") - battery.soc_pct) <= 1.0
        assert [p.label for p in site] == ["03330", "03331", "03332"]
        totals = site.totals()
        socs = [p.live.get("soc_pct") for p in site]
        assert totals.online == 3 and min(socs) <= totals.soc_pct <= max(socs)
        await until(lambda: all(pack_records(items.get(p.key, [])) >= 2 for p in site), 5, "records of each")
    finally:
        await site.close()
        await sim.stop()
    # one recording per pack, named after it, each holding its own pack's values
    files = sorted(tmp_path.iterdir())
    assert len(files) == 3, files
    for pack, battery in zip(site, sim.batteries):
        path = pack.recorder.path
        assert path.exists() and pack.serial in path.name
        with RecordingReader(path) as reader:
            energy = [item for _, item in decode_items(reader) if isinstance(item, EnergyRecord)]
        assert energy and abs(energy[-1].soc_pct - battery.soc_pct) <= 1.0


async def test_a_wrong_pin_on_one_pack_leaves_the_others_live(tmp_path):
    sim = SimSite(3).start()
    items = {}
    site = PackSessions(on_item=lambda pack, item, t: items.setdefault(pack.key, []).append(item))
    try:
        for i, peer in enumerate(sim.peers):
            (tmp_path / f"p{i}").mkdir()
            site.add(links.simulator_link(peer), pin="9999" if i == 1 else "1234",
                     record=tmp_path / f"p{i}", max_attempts=0, **FAST)
        states = await site.connect(10)
        assert [s.phase for s in states.values()] == [Phase.STREAMING, Phase.FAILED, Phase.STREAMING]
        assert any(isinstance(e, WrongPin) for e in site.pack("pack2").errors)
        assert not site.pack("pack1").errors and not site.pack("pack3").errors
        counts = [pack_records(items.get(k, [])) for k in ("pack1", "pack3")]
        await until(lambda: all(pack_records(items.get(k, [])) >= c + 2
                                for k, c in zip(("pack1", "pack3"), counts)), 5, "the others keep streaming")
        assert site.totals().missing == ("pack2",)
    finally:
        await site.close()
        await sim.stop()
    # the failed pack left no recording; the others did
    assert [bool(list((tmp_path / f"p{i}").iterdir())) for i in range(3)] == [True, False, True]


async def test_a_failing_listener_of_one_pack_disturbs_neither_its_link_nor_the_others():
    sim = SimSite(2).start()
    seen = {"pack1": 0, "pack2": 0}

    def on_item(pack, item, t):
        seen[pack.key] += 1
        if pack.key == "pack1":
            raise RuntimeError("a broken screen of pack 1")

    site = PackSessions(on_item=on_item)
    try:
        for peer in sim.peers:
            site.add(links.simulator_link(peer), pin="1234", **FAST)
        await site.connect(10)
        await until(lambda: min(seen.values()) >= 20, 10, "both packs go on delivering")
        assert [p.state.phase for p in site] == [Phase.STREAMING] * 2
        assert site.pack("pack1").live.get("pack_voltage_v") is not None  # its model still follows
    finally:
        await site.close()
        await sim.stop()


async def test_removing_one_pack_while_the_others_stream():
    sim = SimSite(3).start()
    site = PackSessions()
    try:
        for peer in sim.peers:
            site.add(links.simulator_link(peer), pin="1234", **FAST)
        await site.connect(10)
        removed = site.pack("pack2")
        await site.remove("pack2")
        assert removed.state.phase is Phase.DISCONNECTED
        assert [p.key for p in site] == ["pack1", "pack3"] and [p.position for p in site] == [1, 2]
        assert [p.state.phase for p in site] == [Phase.STREAMING] * 2
        with pytest.raises(ValueError):
            site.add(links.simulator_link(sim.peers[0]), key="pack1")
    finally:
        await site.close()
        await sim.stop()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")
async def test_a_mix_of_a_cable_a_simulator_and_bluetooth(tmp_path):
    """A pty cable (58-byte frames), a loopback simulator and a BLE module over the virtual radio, at once;
    then the cable is pulled: that pack reconnects on its own, the other two stream on."""
    pytest.importorskip("serial")
    from bumble.link import LocalLink

    from smartbms_gui.sim.ble_peripheral import VirtualSite
    from smartbms_gui.sim.cli import PtyServer
    from smartbms_gui.transport.ble_bumble_backend import BumbleClient, BumbleScanner, VirtualRadio

    batteries = packs.site_batteries(3, cells=8, seed=4)
    # pack 1: the cable
    pty = PtyServer()
    frame_peer = FramePeer(batteries[0])
    frame_peer.on_output = pty.write
    cable_runner = SimulatorRunner(batteries[0], tick_s=0.02)
    cable_runner.attach(frame_peer)
    loop = asyncio.get_running_loop()
    loop.add_reader(pty.master, pty.drain)
    cable_task = loop.create_task(cable_runner.run())
    # pack 2: the loopback simulator
    peer = AsciiPeer(batteries[1], batteries[1].generation)
    sim_runner = SimulatorRunner(batteries[1], tick_s=0.02)
    sim_runner.attach(peer)
    sim_task = loop.create_task(sim_runner.run())
    # pack 3: a BLE module
    link = LocalLink()
    ble_site = await VirtualSite([batteries[2]], addresses=[packs.ble_address(2)],
                                 serials=[packs.pack_serial(2)], tick_s=0.02).start(link)
    radio = VirtualRadio(link)
    module = ble_site.modules[0]

    items = {}
    site = PackSessions(on_item=lambda pack, item, t: items.setdefault(pack.key, []).append(item))
    try:
        site.add(links.serial_link(pty.path, read_timeout_s=0.05), name="Cable", wire="frame",
                 record=tmp_path, **FAST)
        site.add(links.simulator_link(peer), name="Sim", pin="1234", **FAST)
        site.add(links.ble_link(module.address, module.generation, serial="03332",
                                backend=(BumbleScanner, BumbleClient), radio=radio, rts_wait_s=0.05,
                                mode_wait_s=0.05),
                 name="BLE", pin="1234", serial="03332", **FAST)
        states = await site.connect(15)
        assert [s.phase for s in states.values()] == [Phase.STREAMING] * 3
        await until(lambda: any(isinstance(i, Frame) for i in items.get("pack1", [])), 10, "a frame")
        await until(lambda: all(p.live.get("soc_pct") is not None for p in site), 10, "SoC of every pack")
        for pack, battery in zip(site, batteries):
            assert abs(pack.live.get("soc_pct") - battery.soc_pct) <= 1.0, pack.name
        # the cable is pulled: only its pack notices
        loop.remove_reader(pty.master)
        pty.close()
        await until(lambda: site.pack("pack1").state.phase is Phase.RECONNECTING, 10,
                    "the cable pack reconnecting")
        counts = {k: pack_records(items.get(k, [])) for k in ("pack2", "pack3")}
        await until(lambda: all(pack_records(items.get(k, [])) >= counts[k] + 3 for k in counts), 10,
                    "the simulator and the BLE pack stream on")
        assert [site.pack(k).state.phase for k in ("pack2", "pack3")] == [Phase.STREAMING] * 2
    finally:
        await site.close()
        for runner in (cable_runner, sim_runner):
            runner.stop()
        await asyncio.gather(cable_task, sim_task, return_exceptions=True)
        await ble_site.stop()
        await radio.close()
        pty.close()
