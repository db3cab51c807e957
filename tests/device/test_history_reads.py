"""The cell log (`TS@`, `L0@`…`L9@`) and the SoC history (`H0@`…`HD@`) through the real session, client
and ASCII wire: the reference's literal answers, and a battery that damages, withholds or drops them."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from device_sim_rig import FAST, Sim, until
from history_rig import (
    BLOCK_0_INDEX_OUT_OF_RANGE,
    LOG,
    NEWEST_SLOT,
    NOW,
    LiteralPeer,
    expected_soc,
    literal_answers,
)

from smartbms_gui.device import history
from smartbms_gui.device.errors import LinkDown, Malformed, RequestTimeout
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.ascii_records import HISTORY_HOURS, LogEvent
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport


async def literal_sim(**peer_options):
    sim = Sim(2, peer_class=LiteralPeer, answers=literal_answers(), **peer_options)
    return await sim.start()


async def connected(sim, **options):
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **{**FAST, **options})
    assert (await session.connect(5)).phase is Phase.STREAMING
    return session


def commands_after(sim, start: int) -> list[bytes]:
    return [data for data in sim.sent[start:] if data != b"$"]


# ------------------------------------------------------------------------------------------ the reference


async def test_the_literal_cell_log_becomes_events_with_their_times():
    sim = await literal_sim()
    session = await connected(sim)
    try:
        before = time.time()
        log = await session.read_cell_log()
        after = time.time()
        assert log.device_now == NOW and log.complete
        assert log.empty_slots == (9,)
        by_slot = {e.slot: e for e in log.events}
        assert set(by_slot) == set(range(9))
        for slot, (_, expected) in LOG.items():
            if expected is None:
                continue
            code, value, unit, cell, age = expected
            event = by_slot[slot]
            assert event.code == code and event.unit == unit and event.cell == cell, slot
            assert event.age_s == age, slot
            if value is None:
                assert event.value is None, slot
            else:
                assert event.value == pytest.approx(value, abs=1e-3), slot
            if age is None:
                assert event.at is None, slot
            else:  # now − time before the moment the counter was read
                assert before - age - 1 <= event.at.timestamp() <= after - age + 1, slot
        assert by_slot[8].event is None and by_slot[8].name == "unknown event (7)"
        assert by_slot[0].event is LogEvent.VOLTAGE_LOW and by_slot[0].name == "V low"
        assert by_slot[2].name == "T low (discharge)" and by_slot[5].name == "T low (charge)"
        # newest first; the two without a known time last
        ages = [e.age_s for e in log.events]
        assert ages[:7] == sorted(a for a in ages if a is not None) and ages[7:] == [None, None]
    finally:
        await session.close()
        await sim.stop()


async def test_the_literal_history_is_oldest_first_with_gaps_and_hours():
    sim = await literal_sim()
    live = LiveState()
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        await until(lambda: live.get("clock") is not None, what="an M record with the battery's clock")
        soc = await session.read_soc_history()
        assert soc.complete and len(soc.hours) == HISTORY_HOURS
        order = [(NEWEST_SLOT + 1 + n) % HISTORY_HOURS for n in range(HISTORY_HOURS)]
        assert [h.soc_pct for h in soc.hours] == [expected_soc(s) for s in order]
        assert soc.hours[-1].soc_pct == 100  # slot 29, the newest
        assert soc.hours[0].soc_pct is None and soc.hours[1].soc_pct is None  # FF and XX
        assert all(h.read for h in soc.hours)
        steps = {b.at - a.at for a, b in zip(soc.hours, soc.hours[1:])}
        assert steps == {timedelta(hours=1)}
        assert soc.hours[-1].at == soc.newest_at
        assert soc.clock == "battery"  # placed by the M record's minutes
        minutes = int(live.get("clock").split(":")[1])
        assert soc.newest_at.minute == (soc.read_at - timedelta(minutes=minutes)).minute
        assert timedelta(0) <= soc.read_at - soc.newest_at < timedelta(hours=1, minutes=2)
    finally:
        await session.close()
        await sim.stop()


async def test_the_reads_go_between_the_keepalives_with_the_stream_running():
    sim = await literal_sim()
    session = await connected(sim)
    try:
        start = len(sim.sent)
        progress = []
        log, soc = await session.read_history(on_progress=lambda done, total: progress.append((done, total)))
        sent = commands_after(sim, start)
        reads = [d for d in sent if d.endswith(b"@\r")]
        assert reads == [b"TS@\r"] + [f"L{n}@\r".encode() for n in range(10)] + \
            [f"H{k:X}@\r".encode() for k in range(14)]
        assert b"D!\r" not in sent and b"E!\r" not in sent  # the live view goes on
        assert b"$" in sim.sent[start:]  # the keep-alive between the requests
        assert progress == [(n, 25) for n in range(1, 26)]
        assert log.complete and soc.complete
        assert session.history_pause is False
        assert session.client.streaming and session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


async def test_a_battery_that_answers_only_with_its_stream_stopped_is_read_paused():
    sim = await literal_sim(quiet_while_streaming=True)
    session = await connected(sim)
    try:
        start = len(sim.sent)
        log, soc = await session.read_history()
        assert log.complete and soc.complete and len(log.events) == 9
        sent = commands_after(sim, start)
        assert sent.count(b"D!\r") == 1 and sent.count(b"E!\r") == 1
        # first TS@ and L0@ between the keep-alives (unanswered), then everything with the stream paused
        assert sent.index(b"D!\r") > sent.index(b"L0@\r")
        assert session.history_pause is True and session.client.streaming
        start = len(sim.sent)
        await session.read_cell_log()  # remembered: paused at once this time
        sent = commands_after(sim, start)
        assert sent[0] == b"D!\r" and sent.count(b"TS@\r") == 1
    finally:
        await session.close()
        await sim.stop()


# ------------------------------------------------------------------------------------------ the unexpected


async def test_a_damaged_block_is_read_again():
    sim = await literal_sim(damaged={"L3": 1, "H5": 2})
    session = await connected(sim)
    try:
        log, soc = await session.read_history()
        assert log.complete and soc.complete
        assert sim.peer.asked.count("L3") == 2 and sim.peer.asked.count("H5") == 3
        assert {e.slot for e in log.events} == set(range(9))
    finally:
        await session.close()
        await sim.stop()


async def test_a_block_damaged_every_time_is_reported_and_the_rest_kept():
    sim = await literal_sim(damaged={"H2": 99, "L4": 99})
    session = await connected(sim)
    try:
        log, soc = await session.read_history()
        [log_problem] = log.problems
        assert log_problem.record == "L4" and isinstance(log_problem.error, Malformed)
        assert log_problem.code == "damaged"
        assert "damaged" in log_problem.message and "checksum" in log_problem.message
        assert {e.slot for e in log.events} == set(range(9)) - {4}
        [problem] = soc.problems
        assert problem.record == "H2" and "damaged" in problem.message
        order = [(NEWEST_SLOT + 1 + n) % HISTORY_HOURS for n in range(HISTORY_HOURS)]
        for hour, slot in zip(soc.hours, order):
            if 24 <= slot < 36:
                assert not hour.read and hour.soc_pct is None
            else:
                assert hour.read and hour.soc_pct == expected_soc(slot)
        assert session.client.streaming
    finally:
        await session.close()
        await sim.stop()


async def test_a_ring_index_out_of_range_is_a_bad_block():
    answers = literal_answers()
    answers["H0"] = BLOCK_0_INDEX_OUT_OF_RANGE
    sim = await Sim(2, peer_class=LiteralPeer, answers=answers).start()
    session = await connected(sim)
    try:
        soc = await session.read_soc_history()
        [problem] = soc.problems
        assert problem.record == "H0" and "200" in problem.message and "outside" in problem.message
        assert soc.hours[-1].soc_pct == 100  # the others still place the ring
        assert sum(not h.read for h in soc.hours) == 12
    finally:
        await session.close()
        await sim.stop()


async def test_two_unanswered_in_a_row_end_the_batch_with_the_reason():
    sim = await literal_sim(silent={"H3", "H4"})
    session = await connected(sim)
    try:
        soc = await session.read_soc_history()
        assert [p.record for p in soc.problems] == [f"H{k:X}" for k in range(3, 14)]
        assert "not asked for" in soc.problems[-1].message and "H3 and H4" in soc.problems[-1].message
        assert [p.code for p in soc.problems] == ["unanswered"] * 2 + ["not_asked"] * 9
        assert sum(h.read for h in soc.hours) == 3 * 12
        assert "H5" not in sim.peer.asked
    finally:
        await session.close()
        await sim.stop()


async def test_an_unanswered_block_is_reported_after_its_retries():
    sim = await literal_sim(silent={"L7", "HA"})
    session = await connected(sim)
    try:
        log, soc = await session.read_history()
        assert [p.record for p in log.problems] == ["L7"] and [p.record for p in soc.problems] == ["HA"]
        assert all(isinstance(p.error, RequestTimeout) for p in log.problems + soc.problems)
        assert "L7@" in log.problems[0].message and "did not answer" in log.problems[0].message
        assert sim.peer.asked.count("L7") == FAST["retries"] + 1
        assert len(log.events) == 8
        assert session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


async def test_nothing_answered_is_not_available_on_this_bms_and_the_stream_goes_on():
    sim = await literal_sim()
    session = await connected(sim)
    try:
        sim.battery.faults.inject("missing_replies")
        asked_before = len(sim.peer.asked)
        with pytest.raises(history.NotOnThisBms,
                           match="not available on this BMS: it did not answer TS@ and L0@"):
            await session.read_cell_log()
        # two records unanswered after their retries: the rest is not asked for (it would take minutes);
        # once between the keep-alives, once more with the stream paused
        attempts = FAST["retries"] + 1
        assert sim.peer.asked[asked_before:] == (["TS"] * attempts + ["L0"] * attempts) * 2
        sim.battery.faults.clear("missing_replies")
        await until(lambda: session.client is not None and session.client.streaming, what="the stream again")
        log = await session.read_cell_log()  # and the next read works
        assert log.complete
    finally:
        await session.close()
        await sim.stop()


async def test_a_link_drop_mid_read_keeps_what_was_read():
    sim = await literal_sim(drop_after="L4", on_drop=lambda: sim.links[-1].drop())
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        log = await session.read_cell_log()
        assert log.device_now == NOW
        assert {e.slot for e in log.events} == {0, 1, 2, 3}
        assert [p.record for p in log.problems] == [f"L{n}" for n in range(4, 10)]
        assert all(isinstance(p.error, LinkDown) and p.code == "link" for p in log.problems)
        assert "link dropped" in log.problems[-1].message
    finally:
        await session.close()
        await sim.stop()


async def test_garbled_bytes_never_give_a_wrong_value():
    """The simulator's own log and history through its garbled-bytes fault: what is read is right."""
    sim = Sim(2, speed=1.0)
    battery = sim.battery
    battery.faults.inject("cell_over_voltage", cell=4)
    battery.step(10)
    battery.faults.clear("cell_over_voltage")
    battery.max_substep_s = 60.0  # thirty hours of history quickly
    battery.step(30 * 3600)
    battery.max_substep_s = 5.0
    await sim.start()
    session = await connected(sim, retries=4)
    try:
        # One garbled byte always breaks the checksum; two that cancel out are rare at this rate
        # (about 1 run in 1000), and would be the protocol's limit, not the app's.
        battery.faults.inject("garbled_bytes", probability=0.004)
        log, soc = await session.read_history()
        battery.faults.clear("garbled_bytes")
        truth = {e.slot: e for e in battery.cell_log}
        for event in log.events:
            assert event.device_time == truth[event.slot].time and event.cell == truth[event.slot].cell
        read = {p.record for p in log.problems + soc.problems}
        assert len(log.events) + len(log.empty_slots) + len([r for r in read if r.startswith("L")]) == 10
        assert any(e.event is LogEvent.VOLTAGE_HIGH and e.cell == 4 for e in log.events) or "L0" in read
        ring = battery.soc_history
        newest = battery.history_index
        order = [(newest + 1 + n) % HISTORY_HOURS for n in range(HISTORY_HOURS)]
        for hour, slot in zip(soc.hours, order):
            if hour.read:
                assert hour.soc_pct == ring[slot]
    finally:
        await session.close()
        await sim.stop()


# ------------------------------------------------------------------------------------------ not possible


async def test_over_the_serial_cable_it_says_so():
    battery = SimulatedBattery(cells=4, seed=5)
    peer = FramePeer(battery)
    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    import asyncio

    task = asyncio.get_running_loop().create_task(runner.run())
    session = DeviceSession(lambda: LoopbackTransport(peer, description="Serial (simulated)"))
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        with pytest.raises(history.HistoryNotAvailable, match="not available over the USB serial cable"):
            await session.read_cell_log()
        with pytest.raises(history.HistoryNotAvailable):
            await session.read_soc_history()
        assert isinstance(session.history_unavailable(), history.HistoryNotAvailable)
    finally:
        await session.close()
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)


async def test_not_connected_is_a_link_error():
    session = DeviceSession(lambda: None, pin="1234")
    with pytest.raises(LinkDown, match="not connected"):
        await session.read_history()
    assert isinstance(session.history_unavailable(), LinkDown)
