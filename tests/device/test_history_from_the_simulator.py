"""The simulated battery's own log and history through the real session, client and ASCII wire: every
event type with its cell and value, the log's ring wrapping, a reboot between two reads that restarts
the battery's counter, refused reads, and a battery that does not know these records at all."""

from __future__ import annotations

import time

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device import history
from smartbms_gui.device.errors import Refused
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import commands
from smartbms_gui.protocol.ascii_records import HISTORY_HOURS
from smartbms_gui.sim.ascii_peer import AsciiPeer


class MemoryPeer(AsciiPeer):
    """The simulator, with some of the §3.4 records refused (KO), answered WRONG, or never answered."""

    def __init__(self, *args, refused=(), wrong=(), silent=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.refused, self.wrong, self.silent = set(refused), set(wrong), set(silent)
        self.asked: list[str] = []

    def _command(self, line: bytes) -> None:
        text = line.decode("latin-1")
        if text.endswith("@"):
            self.asked.append(text[:-1])
            if text[:-1] in self.silent:
                self._send(line + b"\r")  # the echo, and no answer
                return
        super()._command(line)

    def _read(self, record: str) -> str:
        if record in self.refused:
            return commands.REPLY_REFUSED
        if record in self.wrong:
            return commands.REPLY_MALFORMED
        return super()._read(record)


ALL_MEMORY = {"TS"} | {f"L{n}" for n in range(10)} | {f"H{k:X}" for k in range(14)}


async def started(generation=3, **peer_options) -> Sim:
    return await Sim(generation, peer_class=MemoryPeer, **peer_options).start()


async def connected(sim, **options) -> DeviceSession:
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **{**FAST, **options})
    assert (await session.connect(5)).phase is Phase.STREAMING
    return session


@pytest.mark.parametrize("fault, params, keys, cell, value, unit", [
    ("cell_under_voltage", {"cell": 5, "voltage_v": 2.61}, ["voltage_low"], 5, 2.61, "V"),
    ("cell_over_voltage", {"cell": 3, "voltage_v": 3.77}, ["voltage_high"], 3, 3.77, "V"),
    ("temperature_high", {"cell": 4, "temperature_c": 61.0}, ["temperature_high"], 4, 61.0, "°C"),
    ("temperature_low", {"cell": 6, "temperature_c": -25.0},
     ["temperature_low_discharge", "temperature_low_charge"], 6, -25.0, "°C"),
    ("cell_link_broken", {"after_cell": 9}, ["communication"], 10, None, ""),
])
async def test_each_event_type_reads_back_with_its_cell_value_and_time(fault, params, keys, cell, value,
                                                                        unit):
    sim = await started()
    session = await connected(sim)
    try:
        sim.battery.faults.inject(fault, **params)
        injected_at = time.time()
        log = await session.read_cell_log()
        assert log.complete
        assert sorted(e.key for e in log.events) == sorted(keys)
        for event in log.events:
            assert event.cell == cell and event.unit == unit
            if value is None:
                assert event.value is None
            else:
                assert event.value == pytest.approx(value, abs=0.9 if unit == "°C" else 0.005)
            assert event.age_s is not None and event.age_s <= 2 and not event.approximate
            assert abs(event.at.timestamp() - injected_at) < 3
    finally:
        await session.close()
        await sim.stop()


async def test_the_log_ring_wraps_newest_first_and_the_oldest_gone():
    sim = Sim(3, peer_class=MemoryPeer)
    battery = sim.battery
    for n in range(13):  # thirteen events a minute apart: slots 0…2 hold the last three
        battery.faults.inject("cell_over_voltage", cell=n + 1)
        battery.step(30)
        battery.faults.clear("cell_over_voltage")
        battery.step(30)
    await sim.start()
    session = await connected(sim)
    try:
        log = await session.read_cell_log()
        assert log.complete and log.empty_slots == ()
        assert [e.cell for e in log.events] == list(range(13, 3, -1))  # newest first, cells 1…3 gone
        assert [e.slot for e in log.events] == [2, 1, 0, 9, 8, 7, 6, 5, 4, 3]
        ages = [e.age_s for e in log.events]
        assert ages == sorted(ages) and ages[-1] - ages[0] == 9 * 60
    finally:
        await session.close()
        await sim.stop()


async def test_the_history_ring_reads_oldest_first_across_its_wrap():
    sim = await started()
    battery = sim.battery
    battery.history_index = 5  # the newest value mid-ring: the oldest is at index 6
    session = await connected(sim)
    try:
        soc = await session.read_soc_history()
        assert soc.complete and len(soc.hours) == HISTORY_HOURS
        expected = [battery.soc_history[(5 + 1 + n) % HISTORY_HOURS] for n in range(HISTORY_HOURS)]
        assert [h.soc_pct for h in soc.hours] == expected
        assert all(h.soc_pct is not None for h in soc.hours)  # a fresh simulator has its week
    finally:
        await session.close()
        await sim.stop()


async def test_a_reboot_between_two_reads_keeps_the_times_known_before():
    sim = await started()
    battery = sim.battery
    session = await connected(sim, silence_s=0.8)
    try:
        battery.faults.inject("cell_over_voltage", cell=2)
        first = await session.read_cell_log()
        [before] = first.events
        battery.faults.clear("cell_over_voltage")
        # the battery restarts and its seconds counter with it [?]: the old event now lies "after now"
        battery.faults.inject("device_reboot", counter_reset=1, downtime_s=0.2)
        await until(lambda: session.connects >= 2 and session.state.phase is Phase.STREAMING, timeout=10,
                    what="the session connected again after the reboot")
        battery.faults.inject("temperature_high", cell=7)
        second = await session.read_cell_log()
        assert second.device_now < first.device_now  # the counter went back
        old = next(e for e in second.events if e.key == "voltage_high")
        new = next(e for e in second.events if e.key == "temperature_high")
        assert old.at == before.at  # kept from the first read, not "time unknown"
        assert old.age_s >= before.age_s and old.device_time == before.device_time
        # new since the first read: its time comes from the restarted counter, which cannot tell
        # whether it was counted before or after the restart: "about"
        assert new.approximate and new.age_s is not None and new.age_s <= 2
        # a new session has no earlier read: the old event's time is not known at all
        fresh = await connected(sim)
        try:
            third = await fresh.read_cell_log()
            old3 = next(e for e in third.events if e.key == "voltage_high")
            assert old3.at is None and old3.age_s is None
        finally:
            await fresh.close()
    finally:
        await session.close()
        await sim.stop()


async def test_a_refused_slot_is_reported_and_the_rest_shown():
    sim = await started(refused={"L1"})
    battery = sim.battery
    battery.faults.inject("cell_over_voltage", cell=2)
    battery.faults.clear("cell_over_voltage")
    battery.faults.inject("cell_under_voltage", cell=4)
    session = await connected(sim)
    try:
        log = await session.read_cell_log()
        [problem] = log.problems
        assert problem.record == "L1" and problem.code == "refused" and isinstance(problem.error, Refused)
        assert sim.peer.asked.count("L1") == 1  # a refusal is an answer: not asked again
        assert [e.key for e in log.events] == ["voltage_high"] and not log.complete
    finally:
        await session.close()
        await sim.stop()


async def test_a_damaged_answer_is_retried_then_reported():
    sim = await started()
    battery = sim.battery
    battery.faults.inject("cell_over_voltage", cell=2)
    session = await connected(sim)
    try:
        original = sim.peer._read

        def damaged(record):
            answer = original(record)
            if record != "L0":
                return answer
            body, _, check = answer.rpartition("_")
            return f"{body}_{(int(check, 16) + 1) & 0xFF:02X}"

        sim.peer._read = damaged
        log = await session.read_cell_log()
        [problem] = log.problems
        assert problem.record == "L0" and problem.code == "damaged"
        assert sim.peer.asked.count("L0") == FAST["retries"] + 1
        assert log.events == () and log.device_now is not None  # not an empty log: a problem
    finally:
        await session.close()
        await sim.stop()


async def test_every_record_refused_raises_the_refusal_not_an_empty_log():
    sim = await started(refused=ALL_MEMORY)
    session = await connected(sim)
    try:
        with pytest.raises(Refused):
            await session.read_cell_log()
        assert session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


@pytest.mark.parametrize("how", ["silent", "wrong"])
async def test_a_bms_without_these_records_is_not_available_on_this_bms(how):
    sim = await started(generation=2, **{how: ALL_MEMORY})
    session = await connected(sim)
    try:
        with pytest.raises(history.NotOnThisBms, match="not available on this BMS"):
            await session.read_history()
        assert not any(r.startswith("H") for r in sim.peer.asked)  # the history is not asked for
        assert session.state.phase is Phase.STREAMING  # the live values go on
    finally:
        await session.close()
        await sim.stop()
