"""Four packs at once over one virtual radio, through bleak (`BleakClient` with the bumble backend).

Before the fix a second connect while the first was pending broke both: bumble's `Device.connect`
let two LE Create Connection commands race, the second was refused (Command Disallowed) and its
clean-up made the first connection's completion fail an assertion, so it never resolved. The
radio now queues connects as an operating system's stack does (`VirtualRadio.connect`).
"""

import asyncio

from ble_bumble_rig import BACKEND, FAST, until
from bumble.link import LocalLink

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.sim import packs
from smartbms_gui.sim.ble_peripheral import VirtualSite
from smartbms_gui.transport.ble import BleTransport
from smartbms_gui.transport.ble_bumble_backend import VirtualRadio


class Pack:
    def __init__(self, index, module, radio):
        self.index = index
        self.module = module
        self.live = LiveState(generation=module.generation)
        self.items = []
        self.phases = []
        self.session = DeviceSession(
            lambda: BleTransport(module.address, module.generation, serial=f"{module.serial:05d}",
                                 backend=BACKEND, radio=radio, rts_wait_s=0.05, mode_wait_s=0.05),
            pin="1234", generation=module.generation, live=self.live, **FAST,
            on_item=lambda item, t: self.items.append(item),
            on_state=lambda state: self.phases.append(state.phase))

    def packs_received(self):
        return sum(isinstance(i, PackRecord) for i in self.items)


async def start_site(count, generations):
    link = LocalLink()
    by_generation = {g: packs.site_batteries(count, cells=8, seed=5, generation=g) for g in (2, 3)}
    batteries = [by_generation[g][i] for i, g in enumerate(generations)]
    site = await VirtualSite(batteries, tick_s=0.02).start(link)
    radio = VirtualRadio(link)
    return site, radio, [Pack(i, m, radio) for i, m in enumerate(site.modules)]


async def stop_site(site, radio, pack_list):
    for pack in pack_list:
        await pack.session.close()
    await site.stop()
    await radio.close()


async def test_four_packs_connect_at_once_each_with_its_own_values():
    site, radio, pack_list = await start_site(4, (2, 3, 2, 3))
    try:
        states = await asyncio.gather(*(p.session.connect(15) for p in pack_list))
        assert [s.phase for s in states] == [Phase.STREAMING] * 4
        assert radio.queued_connects >= 1  # the four connects really overlapped
        # each session talks to its own module, with its own serial and generation
        assert [p.session.transport.description for p in pack_list] == [
            f"BLE 123\\SmartBMS {packs.pack_serial(i):05d}" for i in range(4)]
        assert [p.session.generation for p in pack_list] == [Generation(g) for g in (2, 3, 2, 3)]
        await until(lambda: all(p.live.get("soc_pct") is not None for p in pack_list), 10, "SoC of all four")
        # the packs differ (sim/packs.py) and each session shows its own battery's state of charge
        for pack, battery in zip(pack_list, site.batteries):
            assert abs(pack.live.get("soc_pct") - battery.soc_pct) <= 1.0
        assert len({round(p.live.get("soc_pct")) for p in pack_list}) == 4
        # every module heard only its own session: each got exactly one login
        for pack in pack_list:
            logins = b"".join(pack.module.received).count(b"PW1234!")
            assert logins == 1, (pack.index, logins)
    finally:
        await stop_site(site, radio, pack_list)


async def test_one_pack_dropping_does_not_disturb_the_others():
    site, radio, pack_list = await start_site(4, (2, 2, 3, 3))
    try:
        await asyncio.gather(*(p.session.connect(15) for p in pack_list))
        dropped, others = pack_list[1], [p for i, p in enumerate(pack_list) if i != 1]
        before = [p.packs_received() for p in others]
        phases_before = [len(p.phases) for p in others]
        site.runners[1].stop()  # the pack's BMS goes quiet and its module leaves the air
        await dropped.module.drop_link()
        await until(lambda: dropped.session.state.phase is Phase.RECONNECTING, 5, "pack 2 reconnecting")
        assert dropped.live.stale
        # meanwhile the other three stream on, undisturbed
        await until(lambda: all(p.packs_received() >= b + 3 for p, b in zip(others, before)), 10,
                    "three more pack records from each other pack")
        assert [p.session.state.phase for p in others] == [Phase.STREAMING] * 3
        assert [len(p.phases) for p in others] == phases_before  # not one state change
        assert not any(p.live.stale for p in others)
        # the dropped pack comes back by itself once its BMS runs again
        site._tasks.append(asyncio.get_running_loop().create_task(site.runners[1].run()))
        await until(lambda: dropped.session.state.phase is Phase.STREAMING, 15, "pack 2 live again")
        assert dropped.module.connections == 2
        assert [p.session.state.phase for p in others] == [Phase.STREAMING] * 3
    finally:
        await stop_site(site, radio, pack_list)


async def test_a_connect_given_up_leaves_the_radio_free_for_the_other_packs():
    """A pack removed while connecting (its connect cancelled), and one whose connect timed out, must not
    leave the radio's controller with a connect pending: it would refuse every later connect."""
    from bumble import core as bumble_core

    site, radio, pack_list = await start_site(2, (2, 3))
    try:
        nowhere = "F0:12:3B:00:AA:AA"  # no module advertises here: the connect stays pending
        waiting = asyncio.get_running_loop().create_task(radio.connect(nowhere, 20))
        await until(lambda: radio._connecting is not None and radio._connecting.locked(), 5,
                    "the connect under way")
        await until(lambda: radio._device is not None and radio._device.is_le_connecting, 5, "pending")
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        try:
            await radio.connect(nowhere, 0.3)
        except bumble_core.TimeoutError:
            pass
        else:
            raise AssertionError("a connect to nowhere succeeded")
        states = await asyncio.gather(*(p.session.connect(15) for p in pack_list))
        assert [s.phase for s in states] == [Phase.STREAMING] * 2
    finally:
        await stop_site(site, radio, pack_list)
