"""Turning raw §3.4 answers into the typed log and history: what the reference leaves to the app."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest
from history_rig import HISTORY, LOG, NOW, TS

from smartbms_gui.device import history
from smartbms_gui.device.errors import RequestTimeout
from smartbms_gui.protocol import ascii_records
from smartbms_gui.protocol.ascii_records import HISTORY_HOURS
from smartbms_gui.protocol.errors import ChecksumError, FieldError

READ_AT = datetime(2025, 3, 14, 15, 42, 10, tzinfo=timezone.utc).timestamp()


def raw_log() -> history.RawCellLog:
    raw = history.RawCellLog(now=ascii_records.parse_timestamp(TS), now_read_at=READ_AT)
    for slot, (line, _) in LOG.items():
        raw.lines[slot] = history.parse_log_line(slot, line)
    return raw


def blocks(index_of=lambda k: 0x1D):
    return [ascii_records.SocHistoryBlock(k, index_of(k), ascii_records.parse_soc_history(k, line).values)
            for k, line in enumerate(HISTORY)]


def test_absolute_times_are_the_counter_read_minus_the_age():
    log = history.build_cell_log(raw_log(), READ_AT + 5)
    assert log.read_at.timestamp() == READ_AT and log.device_now == NOW
    first = log.events[0]
    assert first.slot == 8 and first.age_s == 5  # unknown type, newest
    assert first.at == datetime.fromtimestamp(READ_AT - 5, tz=timezone.utc)
    assert [e.slot for e in log.events] == [8, 3, 5, 1, 0, 2, 4, 6, 7]


def test_without_the_counter_events_are_kept_without_times():
    raw = raw_log()
    raw.now, raw.now_read_at = None, None
    raw.problems.append(history.BlockProblem("TS", RequestTimeout("no answer")))
    log = history.build_cell_log(raw, READ_AT)
    assert len(log.events) == 9 and all(e.at is None and e.age_s is None for e in log.events)
    assert [e.slot for e in log.events] == sorted(e.slot for e in log.events)
    assert not log.complete


def test_an_unknown_type_keeps_its_code_a_damaged_line_raises():
    line = history.parse_log_line(8, LOG[8][0])
    assert line.code == 7 and line.cell == 5 and line.time == 0x12340
    with pytest.raises(ChecksumError):
        history.parse_log_line(8, LOG[8][0][:-2] + "21")
    with pytest.raises(FieldError):
        history.parse_log_line(2, "00012000_01_0226_AE")  # three fields (checksum right)


@pytest.mark.parametrize("raw_value, expected", [(0xFFFF, None), (0x0226, 2.75)])
def test_value_ffff_is_no_value(raw_value, expected):
    raw = history.RawCellLog(now=100, now_read_at=READ_AT,
                             lines={0: history.LogLine(0, 1, 50, raw_value, 3)})
    [event] = history.build_cell_log(raw, READ_AT).events
    assert event.value == (pytest.approx(expected) if expected is not None else None)
    assert event.unit == ("V" if expected is not None else "")


def test_the_newest_hour_follows_the_battery_clock_when_known():
    at, clock = history.newest_hour(READ_AT, "13:25")
    assert clock == "battery" and at == datetime(2025, 3, 14, 15, 17, tzinfo=timezone.utc)
    at, clock = history.newest_hour(READ_AT, None)
    # the computer's local hour (some zones are :30 or :45 off UTC)
    assert clock == "computer" and at.minute in (0, 30, 45) and at.second == 0
    assert timedelta(0) <= datetime.fromtimestamp(READ_AT, tz=timezone.utc) - at < timedelta(hours=1)


def test_a_new_hour_during_the_read_makes_the_rewritten_slot_unknown():
    # blocks 0..6 read at ring index 29 (0x1D), then the ring moved on to 30: blocks 7.. say 30
    raw = history.RawSocHistory(blocks(lambda k: 29 if k < 7 else 30), finished_at=READ_AT)
    soc = history.build_soc_history(raw, READ_AT)
    newest_first = list(reversed(soc.hours))
    assert not newest_first[0].read and newest_first[0].soc_pct is None  # slot 30: read before it was written
    assert newest_first[1].read and newest_first[1].soc_pct == 100  # slot 29
    assert sum(not h.read for h in soc.hours) == 1
    [problem] = soc.problems
    assert "new hour" in problem.message and "Read again" in problem.message


def test_a_value_over_100_is_not_a_percentage():
    values = list(ascii_records.parse_soc_history(0, HISTORY[0]).values)
    values[3] = 0xC8
    raw = history.RawSocHistory([ascii_records.SocHistoryBlock(0, 0x1D, tuple(values))], finished_at=READ_AT)
    soc = history.build_soc_history(raw, READ_AT)
    assert 200 not in soc.values
    assert any("200" in p.message for p in soc.problems)


def test_no_block_read_gives_no_hours():
    raw = history.RawSocHistory([], [history.BlockProblem("H0", RequestTimeout("x"))], finished_at=READ_AT)
    soc = history.build_soc_history(raw, READ_AT)
    assert soc.newest_at is None and len(soc.hours) == HISTORY_HOURS and not any(h.read for h in soc.hours)


def test_csv_holds_both_in_one_file():
    log = history.build_cell_log(raw_log(), READ_AT)
    soc = history.build_soc_history(history.RawSocHistory(blocks(), finished_at=READ_AT), READ_AT)
    rows = list(csv.reader(io.StringIO(history.csv_text(log, soc))))
    assert tuple(rows[0]) == history.CSV_HEADERS
    log_rows = [r for r in rows[1:] if r[0] == "cell log"]
    soc_rows = [r for r in rows[1:] if r[0] == "soc history"]
    assert len(log_rows) == 9 and len(soc_rows) == HISTORY_HOURS
    v_low = next(r for r in log_rows if r[3] == "V low")
    assert v_low[4:7] == ["2.750", "V", "3"] and v_low[2] == f"{837 / 3600:.2f}"
    assert soc_rows[-1][7] == "100" and soc_rows[0][7] == ""
    assert datetime.fromisoformat(soc_rows[-1][1]).astimezone(timezone.utc) == soc.newest_at


def _same_second(slots: list[int], now: int = 0x20000, time: int = 0x1FF00) -> history.RawCellLog:
    """A log whose `slots` all hold an event of the same second (V high on cell = slot + 1)."""
    raw = history.RawCellLog(now=now, now_read_at=READ_AT)
    for slot in range(history.LOG_SLOTS):
        code, when, cell = (2, time, slot + 1) if slot in slots else (0, 0, 0)
        raw.lines[slot] = history.LogLine(slot, code, when, 0, cell)
    return raw


@pytest.mark.parametrize("slots, newest_first", [
    ([0, 1], [1, 0]),           # written in turn: the later slot is the newer
    ([3, 4, 5], [5, 4, 3]),
    ([9, 0], [0, 9]),           # after slot 9 the ring goes on at 0
    ([8, 9, 0, 1], [1, 0, 9, 8]),
    (list(range(10)), list(range(9, -1, -1))),  # the whole ring in one second: no end to tell
])
def test_events_of_the_same_second_are_newest_first_in_ring_order(slots, newest_first):
    log = history.build_cell_log(_same_second(slots), READ_AT)
    assert [e.slot for e in log.events] == newest_first
    assert len({e.age_s for e in log.events}) == 1
