"""When the cell log and SoC history are read (`device/history_reader.py`), with a session whose reads
the test answers: after connecting, on a new `T` log index (also when the first `T` record comes only
after the first read), a failed log read tried again after a pause, a BMS without a log left alone,
a request during a read done right after it, and which events are new."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from device_sim_rig import until

from smartbms_gui.device import history, history_reader
from smartbms_gui.device.errors import RequestTimeout
from smartbms_gui.device.history_reader import HistoryReader, new_events
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol.ascii_records import LogEvent
from smartbms_gui.protocol.stream import TemperatureRecord

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def event(slot: int, time_: int, cell: int = 1) -> history.CellLogEvent:
    return history.CellLogEvent(slot, 2, LogEvent.VOLTAGE_HIGH, 3.7, "V", cell, time_, 10, NOW)


class FakeSession:
    """Answers the reads with `self.log` (a list of events) or raises `self.fail`; counts the reads."""

    def __init__(self) -> None:
        self.log: list[history.CellLogEvent] = []
        self.fail: Exception | None = None
        self.calls: list[str] = []
        self.gate: asyncio.Event | None = None

    def history_unavailable(self):
        return None

    def _cell_log(self) -> history.CellLog:
        events = tuple(sorted(self.log, key=lambda e: -e.device_time))
        return history.CellLog(NOW, 1000, events, ())

    async def _answer(self, what: str):
        self.calls.append(what)
        if self.gate is not None:
            await self.gate.wait()
        if self.fail is not None:
            raise self.fail

    async def read_history(self, on_progress=None):
        await self._answer("both")
        soc = history.SocHistory(NOW, NOW, "computer", ())
        return self._cell_log(), soc

    async def read_cell_log(self, on_progress=None):
        await self._answer("log")
        return self._cell_log()


def t_record(index):
    return TemperatureRecord(20.0, 1, 25.0, 2, index)


@pytest.fixture
def rig():
    session = FakeSession()
    results, new = [], []
    reader = HistoryReader(session, on_result=results.append, on_new_events=new.extend)
    yield session, reader, results, new
    reader.close()


async def test_connecting_reads_both_and_a_new_index_reads_the_log(rig):
    session, reader, results, new = rig
    reader.state(ConnectionState(Phase.STREAMING))
    await until(lambda: reader.reads == 1, what="the first read")
    assert session.calls == ["both"] and results[0].soc_history is not None
    # the first T record comes after the first read: an empty log and no index agree, nothing is read
    reader.item(t_record(None))
    await asyncio.sleep(0)
    assert session.calls == ["both"]
    session.log = [event(0, 900, cell=3)]
    reader.item(t_record(0))
    await until(lambda: reader.reads == 2, what="the log read")
    assert session.calls == ["both", "log"] and results[-1].soc_history is None
    assert [(e.slot, e.cell) for e in new] == [(0, 3)]
    reader.item(t_record(0))  # the same index again: nothing new
    await asyncio.sleep(0)
    assert session.calls == ["both", "log"]


async def test_a_log_that_had_events_before_the_first_t_record_is_not_read_twice(rig):
    session, reader, _results, new = rig
    session.log = [event(3, 500), event(4, 800)]
    reader.state(ConnectionState(Phase.STREAMING))
    await until(lambda: reader.reads == 1, what="the first read")
    reader.item(t_record(4))  # the newest event's slot: what was read
    await asyncio.sleep(0)
    assert session.calls == ["both"] and new == []


async def test_a_failed_log_read_is_tried_again_after_a_pause(rig, monkeypatch):
    monkeypatch.setattr(history_reader, "RETRY_S", 0.3)
    session, reader, results, _new = rig
    reader.state(ConnectionState(Phase.STREAMING))
    await until(lambda: reader.reads == 1, what="the first read")
    session.fail = RequestTimeout("no answer")
    session.log = [event(0, 900)]
    reader.item(t_record(0))
    await until(lambda: reader.reads == 2, what="the failed read")
    assert results[-1].error is session.fail and reader.error is session.fail
    session.fail = None
    reader.item(t_record(0))  # too soon: not yet
    await asyncio.sleep(0)
    assert session.calls == ["both", "log"]
    loop = asyncio.get_running_loop()
    start = loop.time()
    while reader.reads < 3:
        reader.item(t_record(0))  # a T record about every 50 ms
        await asyncio.sleep(0.05)
        assert loop.time() - start < 3, "the read was not tried again"
    assert loop.time() - start >= 0.2 and results[-1].cell_log is not None and reader.error is None


async def test_a_bms_without_a_log_is_not_asked_again_on_t_records(rig):
    session, reader, _results, _new = rig
    session.fail = history.NotOnThisBms("not available on this BMS")
    reader.state(ConnectionState(Phase.STREAMING))
    await until(lambda: reader.reads == 1, what="the first read")
    for index in (0, 1, 2):
        reader.item(t_record(index))
        await asyncio.sleep(0)
    assert session.calls == ["both"]


async def test_a_request_during_a_read_follows_it(rig):
    session, reader, results, _new = rig
    session.gate = asyncio.Event()
    reader.state(ConnectionState(Phase.STREAMING))
    await until(lambda: session.calls == ["both"], what="the read to begin")
    reader.request()
    assert reader.busy and reader.more_queued
    session.gate.set()
    await until(lambda: reader.reads == 2 and not reader.busy, what="both reads")
    assert session.calls == ["both", "both"] and not reader.more_queued


def test_new_events_are_those_not_read_before_except_unread_slots():
    before = history.CellLog(NOW, 1000, (event(1, 500), event(0, 400)), (),
                             (history.BlockProblem("L2", RequestTimeout("x")),))
    after = history.CellLog(NOW, 1100, (event(3, 1050), event(2, 450), event(1, 500), event(0, 400)), ())
    assert [e.slot for e in new_events(before, after)] == [3]  # slot 2 was not read before: not "new"
