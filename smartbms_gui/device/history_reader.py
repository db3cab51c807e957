"""When the battery's own memory is read (docs/protocol.md §3.4): after connecting, on request, and the
cell log again whenever the `T` record's log index (its fifth field: the slot of the newest event)
changes. No Qt: the window's bridge feeds it the connection states and the stream records and turns
its callbacks into signals; a test can drive it the same way.

Reads run as tasks on the session's loop, one at a time (a request during a read is done right after
it), through the session's one-request lock between the keep-alives, so the live values go on. An event
that was not in the previous log of this battery is "new": `on_new_events` hears it (the window raises
a notice); the first read after starting has nothing to compare with and announces nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from smartbms_gui.device import history
from smartbms_gui.device.errors import DeviceError
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol.stream import TemperatureRecord

log = logging.getLogger(__name__)

RETRY_S = 10.0  # a log read that failed is tried again on a T record after this pause
_UNSET = object()
_FAILED = object()


class HistoryReader:
    """`connected()`/`state(ConnectionState)`, `item(record)` and `request()` in; callbacks out:
    `on_result(HistoryRead)` after every read (a log-only read has `soc_history=None`),
    `on_progress(done, total)`, `on_new_events(list[CellLogEvent])`, `on_started()`."""

    def __init__(self, session: Any, *, on_result: Callable[[history.HistoryRead], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 on_new_events: Callable[[list[history.CellLogEvent]], None] | None = None,
                 on_started: Callable[[], None] | None = None) -> None:
        self.session = session
        self.on_result = on_result
        self.on_progress = on_progress
        self.on_new_events = on_new_events
        self.on_started = on_started
        self.cell_log: history.CellLog | None = None
        self.soc_history: history.SocHistory | None = None
        #: the last error that stopped a read (None after a read that gave something)
        self.error: DeviceError | None = None
        self.log_index: int | None = None
        self._index_seen = False  # a T record arrived on this connection
        #: the T log index the shown log belongs to: the one seen when its read began, or (before any T
        #: record) the slot of its newest event; _UNSET before a log read, _FAILED: read again
        self._index_read: Any = _UNSET
        self._retry_at = 0.0  # after a failed log read: not again before this (loop time)
        self.reads = 0  # finished reads (for tests and diagnostics)
        self._task: asyncio.Task | None = None
        self._wanted: tuple[bool, bool] | None = None  # (log, soc) asked for while a read runs
        self._streaming = False
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task | None:
        """The running read (with the reads queued behind it), or None."""
        return self._task if self.busy else None

    @property
    def more_queued(self) -> bool:
        """Another read was asked for while this one ran: it follows at once (the window keeps its
        "reading" state through both)."""
        return self._wanted is not None

    # ------------------------------------------------------------------ inputs

    def state(self, state: ConnectionState) -> None:
        streaming = state.phase is Phase.STREAMING
        if streaming and not self._streaming:
            self._streaming = True
            self.log_index = None
            self._index_seen = False
            self._index_read = _UNSET
            self._retry_at = 0.0
            if self.session.history_unavailable() is None:
                self._want(log=True, soc=True)
        elif not streaming:
            self._streaming = False

    def item(self, item: Any) -> None:
        """A `T` record: its fifth field is the slot of the newest event (absent while the log is empty
        [?]); an index other than the one the shown log was read at means a new event. A log read that
        failed is tried again on a later `T` record, at most every `RETRY_S`."""
        if not isinstance(item, TemperatureRecord):
            return
        self.log_index = item.log_index
        self._index_seen = True
        if self._index_read is _UNSET:
            return  # the first read of this connection is still to come (or running)
        if (self._streaming and item.log_index != self._index_read and not self.busy
                and asyncio.get_running_loop().time() >= self._retry_at):
            self._want(log=True, soc=False)

    def request(self) -> asyncio.Task | None:
        """Read both now (or right after a read that is running); the task of the read."""
        self._want(log=True, soc=True)
        return self._task

    def close(self) -> None:
        self._closed = True
        self._wanted = None
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()

    # ------------------------------------------------------------------ reading

    def _want(self, *, log: bool, soc: bool) -> None:
        if self._closed:
            return
        if self.busy:
            old = self._wanted or (False, False)
            self._wanted = (old[0] or log, old[1] or soc)
            return
        self._task = asyncio.get_running_loop().create_task(self._run(log, soc), name="history reader")

    async def _run(self, log_wanted: bool, soc_wanted: bool) -> None:
        while True:
            await self._read_once(log_wanted, soc_wanted)
            wanted, self._wanted = self._wanted, None
            if wanted is None or self._closed:
                return
            log_wanted, soc_wanted = wanted

    async def _read_once(self, log_wanted: bool, soc_wanted: bool) -> None:
        start_index = self.log_index if self._index_seen else _UNSET
        if self.on_started is not None:
            self.on_started()
        session = self.session
        result: history.HistoryRead
        try:
            if log_wanted and soc_wanted:
                cell_log, soc = await session.read_history(on_progress=self.on_progress)
                result = history.HistoryRead(cell_log, soc)
            elif log_wanted:
                result = history.HistoryRead(await session.read_cell_log(on_progress=self.on_progress))
            else:
                result = history.HistoryRead(soc_history=await session.read_soc_history(
                    on_progress=self.on_progress))
        except DeviceError as exc:
            result = history.HistoryRead(error=exc)
        except Exception as exc:  # noqa: BLE001 - a read that fails must not end the reader
            log.exception("reading the cell log and history failed")
            result = history.HistoryRead(error=DeviceError(str(exc)))
        self.reads += 1
        if isinstance(result.error, history.HistoryNotAvailable):
            self._index_read = _UNSET  # this battery has no log to follow (or the link cannot ask)
        elif log_wanted and (result.error is not None or result.cell_log is None or result.cell_log.problems):
            self._index_read = _FAILED  # the next T record asks again, after a pause
            self._retry_at = asyncio.get_running_loop().time() + RETRY_S
        elif log_wanted and result.cell_log is not None:
            self._index_read = start_index if start_index is not _UNSET else newest_slot(result.cell_log)
        previous = self.cell_log
        if result.error is not None:
            self.error = result.error
        else:
            self.error = None
            if result.cell_log is not None:
                self.cell_log = result.cell_log
            if result.soc_history is not None:
                self.soc_history = result.soc_history
        if self.on_result is not None:
            self.on_result(result)
        if result.cell_log is not None and previous is not None:
            new = new_events(previous, result.cell_log)
            if new and self.on_new_events is not None:
                self.on_new_events(new)


def newest_slot(cell_log: history.CellLog) -> int | None:
    """The slot of the newest event by the battery's counter (what the `T` record's log index names),
    None for an empty log."""
    timed = [(e.device_time, e.slot) for e in cell_log.events if e.device_time is not None]
    if timed:
        return max(timed)[1]
    return cell_log.events[0].slot if cell_log.events else None


def new_events(before: history.CellLog, after: history.CellLog) -> list[history.CellLogEvent]:
    """The events of `after` that `before` did not hold (same slot, type, counter time, value and cell),
    newest first. A slot `before` could not read is not taken for new."""
    unread = {int(p.record[1:]) for p in before.problems
              if p.record.startswith("L") and p.record[1:].isdigit()}
    known = {e.identity for e in before.events}
    return [e for e in after.events if e.identity not in known and e.slot not in unread]
