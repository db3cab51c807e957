"""One connection to one battery, kept alive: connect, PIN, settings, stream, reconnect.

`DeviceSession` runs a supervision task:

    connecting → authenticating → reading settings → streaming
        ↑                                               │ link dropped / stream went silent
        └──── reconnecting (in N s, exponential backoff with jitter) ◄──┘

A wrong PIN ends in `failed` (retrying would not help; the UI asks for the PIN again). While the
link is down the live values are marked stale; after a reconnect the settings are read again, so
the screen shows what the battery really holds (a write cut by a drop is reported, never repeated).

An outage is one state change. The loss is announced (values stale, `reconnecting`) the moment the
link drops or has been silent for `silence_s`, before the old link is closed; that close waits at
most `close_limit_s` and goes on in the background (a module out of range answers no disconnect),
and the next attempt opens a fresh link. The serial frame link is `streaming` only once a real
record has arrived: an open port with a silent BMS behind the adapter is a failed attempt (said in
the state, not as an error each time), so "live" never flickers on and off during an outage.

A batch of settings is written one by one and stops at the first setting whose write failed
half-way (a byte refused or unanswered, or the read-back failed): the client has read that record
back, the session stores what the battery now holds (and publishes it to `LiveState`), and the
settings after it are reported "not written" with the reason.

Every text for a person (errors, notices, the state's reason) is a `smartbms_gui.messages.Message`:
English for logs and the command line, translated by the views.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
from collections.abc import Callable
from typing import Any

from smartbms_gui import logs
from smartbms_gui.device import history, write_outcome
from smartbms_gui.device.client import AsciiClient, FrameClient, WriteResult
from smartbms_gui.device.errors import BatchStopped, DeviceError, LinkDown, RequestTimeout, WrongPin
from smartbms_gui.device.pin_mask import PinMask
from smartbms_gui.device.plausibility import PlausibilityFilter
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.messages import Label, Message, Quantity
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.base import Transport, TransportError, Wire

log = logging.getLogger(__name__)

TransportFactory = Callable[[], "Transport | Any"]


def backoff_delay(
    attempt: int,
    *,
    initial_s: float = 1.0,
    factor: float = 2.0,
    maximum_s: float = 30.0,
    jitter: float = 0.25,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before reconnect attempt `attempt` (1, 2, ...): 1, 2, 4, 8 … 30 s, ± jitter.

    Jitter spreads reconnects out so a laptop waking up next to several batteries does not hit
    them all at the same instant.
    """
    base = min(maximum_s, initial_s * factor ** max(0, attempt - 1))
    spread = (rng or random).uniform(-jitter, jitter)
    return max(0.0, base * (1.0 + spread))


#: what a session tells: the owner's `on_<event>` callbacks and `listen(event, …)` alike
EVENTS = ("state", "item", "bytes", "error", "notice", "settings", "generation")


class DeviceSession:
    """Connects through `transport_factory()` (called anew for each attempt) and keeps streaming.

    Callbacks (all optional, called on the loop's thread):
    `on_state(ConnectionState)`, `on_item(item, t)` for stream records and frames,
    `on_bytes(data, t)` raw received bytes for the recorder (PIN masked),
    `on_error(DeviceError)`, `on_notice(str)` for gentle warnings, `on_settings(dict)` after a read
    or a write changed the settings, `on_generation(Generation)` when the link settled another
    generation than the one given (a BLE module of unknown type: its GATT layout decides).
    Those are the owner's; anyone else listens (`listen("item", f)`: the recorder, a report, a
    command's counters) without replacing or wrapping them.
    """

    def __init__(
        self,
        transport_factory: TransportFactory,
        pin: str | None = None,
        generation: Generation = Generation.GEN2,
        *,
        live: Any = None,
        on_state: Callable[[ConnectionState], None] | None = None,
        on_item: Callable[[Any, float], None] | None = None,
        on_bytes: Callable[[bytes, float], None] | None = None,
        on_error: Callable[[DeviceError], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_settings: Callable[[dict], None] | None = None,
        on_generation: Callable[[Generation], None] | None = None,
        wake_wait_s: float = 1.5,
        timeout_s: float = 1.5,
        write_timeout_s: float = 3.5,
        late_answer_s: float = 1.0,
        retries: int = 2,
        keepalive_s: float = 0.33,
        silence_s: float = 5.0,
        close_limit_s: float = 2.0,
        backoff_initial_s: float = 1.0,
        backoff_factor: float = 2.0,
        backoff_max_s: float = 30.0,
        jitter: float = 0.25,
        max_attempts: int | None = None,
        first_attempts: int | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._factory = transport_factory
        self._pin = pin
        self.generation = Generation(generation)
        self.live = live
        self.on_state = on_state
        self.on_item = on_item
        self.on_bytes = on_bytes
        self.on_error = on_error
        self.on_notice = on_notice
        self.on_settings = on_settings
        self.on_generation = on_generation
        self._listeners: dict[str, list[Callable[..., Any]]] = {event: [] for event in EVENTS}
        self.wake_wait_s = wake_wait_s
        self.timeout_s = timeout_s
        self.write_timeout_s = write_timeout_s
        self.late_answer_s = late_answer_s
        self.retries = retries
        self.keepalive_s = keepalive_s
        self.silence_s = silence_s
        #: how long a teardown waits for the link's close() before going on without it (it finishes,
        #: or fails, in the background: a module that froze must not hold up the reconnect)
        self.close_limit_s = close_limit_s
        self._closing_links: set[asyncio.Task] = set()
        # A link may ask for quicker reconnects (a serial cable is back as soon as it is replugged):
        # its factory's `reconnect_backoff` caps the delays given here, it never lengthens them.
        hint = getattr(transport_factory, "reconnect_backoff", None) or {}
        backoff_initial_s = min(backoff_initial_s, hint.get("initial_s", backoff_initial_s))
        backoff_max_s = min(backoff_max_s, hint.get("maximum_s", backoff_max_s))
        self.backoff: dict[str, Any] = {
            "initial_s": backoff_initial_s, "factor": backoff_factor, "maximum_s": backoff_max_s,
            "jitter": jitter, "rng": rng or random.Random()}
        self.max_attempts = max_attempts
        #: attempts while the link has never been live (None: as many as `max_attempts`); after a live
        #: link the session keeps trying (a battery out of range for a while comes back)
        self.first_attempts = first_attempts
        #: the last attempt's error (a Message) while reconnecting or failed; "" once live
        self.problem: str = ""
        self._lasting = False
        self.ever_live = False
        self.state = ConnectionState(Phase.DISCONNECTED)
        self.transport: Transport | None = None
        self.client: AsciiClient | FrameClient | None = None
        self.settings: dict[str, Any] = {}
        self._task: asyncio.Task | None = None
        self._tearing_down = False
        self._closed = False
        self._lost = asyncio.Event()
        self._lost_reason: str = ""
        self._write_lock = asyncio.Lock()
        #: how the log and history are read: None = between the keep-alives, with the stream paused
        #: only when the battery answers nothing so (then True for this session); True/False fixed
        self.history_pause: bool | None = None
        #: the last cell log read (with the counter): a later read spots a reboot by it
        self.last_cell_log: history.CellLog | None = None
        self._mask = PinMask(pin or params.FACTORY_PIN)
        if pin:
            # Whatever a library logs (bumble dumps ATT payloads at DEBUG), the app's log masks this PIN.
            logs.add_secret(pin)
        self._last_rx = 0.0
        self._first_item: asyncio.Event | None = None
        #: bytes received while waiting for the first record: handed on once the link is live, so a
        #: recording has them after its "connected" mark (a replay starts a fresh decoder there)
        self._held_bytes: list[tuple[bytes, float]] | None = None
        self._planned_delay: float | None = None
        self._state_event = asyncio.Event()
        self._close_event = asyncio.Event()
        #: counters for diagnostics and tests
        self.connects = 0
        self.drops = 0
        #: holds back a single implausible record until the next one confirms it; `.counts` for the views
        self.plausibility = PlausibilityFilter()

    # ------------------------------------------------------------------ public API

    @property
    def link_description(self) -> str:
        return self.transport.description if self.transport is not None else ""

    @property
    def factory_pin(self) -> bool | None:
        """True when this session logs in with the factory PIN (the commissioning report warns);
        None over the serial cable, which needs no PIN. Says nothing else about the PIN."""
        if self.transport is None or self.transport.wire is not Wire.ASCII:
            return None
        from smartbms_gui.device.client import DEFAULT_PIN

        return (self._pin or DEFAULT_PIN) == DEFAULT_PIN

    def start(self) -> asyncio.Task:
        """Start the supervision task (idempotent). Must be called with the loop running."""
        if self._task is None or self._task.done():
            self._closed = False
            self._close_event.clear()
            self._task = asyncio.get_running_loop().create_task(self._supervise(), name="smartbms-session")
        return self._task

    async def connect(self, timeout: float | None = None) -> ConnectionState:
        """Start and wait until streaming, failed or `timeout`; returns the state reached."""
        self.start()
        await self.wait_for(lambda s: s.phase in (Phase.STREAMING, Phase.FAILED), timeout)
        return self.state

    async def wait_for(self, predicate: Callable[[ConnectionState], bool], timeout: float | None = None) -> None:
        async def reached() -> None:
            while not predicate(self.state):
                await self._state_event.wait()

        await asyncio.wait_for(reached(), timeout)

    async def write_settings(self, changes: dict[str, Any]) -> list[WriteResult]:
        """Write settings one by one (validated first). Never repeats a write cut by a link drop."""
        names = list(changes)
        if not names:
            return []
        problems = self._validate(changes)
        if problems:
            return [WriteResult(n, changes[n], False, error=DeviceError(
                problems.get(n) or Message("Not written: another setting in this change is invalid, so "
                                           "nothing was sent."), setting=n)) for n in names]
        async with self._write_lock:
            client = self.client
            if self.state.phase is not Phase.STREAMING or not isinstance(client, AsciiClient):
                if isinstance(client, FrameClient):
                    why = Message("Not written: this link is read-only (serial frame). Nothing was changed.")
                else:
                    why = Message("Not written: the battery is not connected ({state}). Nothing was changed.",
                                  state=self.state.text)
                return [WriteResult(n, changes[n], False, error=LinkDown(why, setting=n)) for n in names]
            # One pause of the live stream for the whole batch (the client would pause per setting).
            paused = client.streaming
            if paused:
                try:
                    await client.stop_stream()
                except DeviceError as exc:
                    if not isinstance(exc, LinkDown):
                        await client.resume_stream()
                    return [WriteResult(n, changes[n], False, error=type(exc)(
                        write_outcome.pause_refused_message(params.parameter(n), exc), setting=n))
                        for n in names]
            try:
                results, changed = await self._write_each(client, names, changes)
            finally:
                if paused:
                    await client.resume_stream()
            if changed:
                self._publish_settings()
            return results

    async def _write_each(self, client: AsciiClient, names: list[str], changes: dict[str, Any]
                          ) -> tuple[list[WriteResult], bool]:
        """The results, and whether `settings` changed (to be published)."""
        results: list[WriteResult] = []
        link_broken = False
        halted_by: params.Parameter | None = None
        changed = False
        for name in names:
            value = changes[name]
            param = params.parameter(name)
            if link_broken:
                results.append(WriteResult(name, value, False, error=LinkDown(Message(
                    "{label}: not written, the link dropped before it was sent. Connect again and apply it "
                    "again if you still want it.", label=Label(param.label)), setting=name)))
                continue
            if halted_by is not None:
                results.append(WriteResult(name, value, False, error=BatchStopped(
                    write_outcome.batch_stopped_message(param, halted_by), setting=name)))
                continue
            try:
                result = await client.write_setting(param, value)
            except LinkDown:
                link_broken = True
                result = WriteResult(name, value, False, error=LinkDown(Message(
                    "{label}: the link dropped while it was being written. The battery may or may not have "
                    "stored it; the settings are read again after reconnecting. It is not repeated "
                    "automatically.", label=Label(param.label)), setting=name))
            results.append(result)
            if param.kind == "pin":
                # The next (re)connect must log in with the PIN the battery holds now (read back, or the
                # new one when it could not be read back); it is masked like the old one.
                now = client.pin_in_device or (str(value) if result.ok else None)
                if now is not None and now != self._pin:
                    self._pin = now
                    self._mask = PinMask(now)
                    logs.add_secret(now)
            elif result.value is not None and param.readable:
                # Written, or not as asked, or cut half-way: show what the battery really holds.
                self.settings[name] = result.value
                changed = True
            elif result.halts_batch and param.readable and name in self.settings:
                # Cut half-way and not read back: the old value is no longer known to be true.
                del self.settings[name]
                changed = True
            if result.error is not None:
                self._error(result.error)
            if result.halts_batch:
                halted_by = param
        return results, changed

    # ------------------------------------------------------------------ cell log and SoC history

    async def read_cell_log(self, *, on_progress: history.Progress | None = None) -> history.CellLog:
        """The battery's cell event log (docs/protocol.md §3.4), newest first, with absolute times."""
        cell_log, _ = await self._read_memory(log=True, soc=False, on_progress=on_progress)
        assert cell_log is not None
        return cell_log

    async def read_soc_history(self, *, on_progress: history.Progress | None = None) -> history.SocHistory:
        """The battery's 168 hourly SoC values, oldest first, with their hours."""
        _, soc = await self._read_memory(log=False, soc=True, on_progress=on_progress)
        assert soc is not None
        return soc

    async def read_history(self, *, on_progress: history.Progress | None = None
                           ) -> tuple[history.CellLog, history.SocHistory]:
        """Both, with one pause of the live stream; `on_progress(done, total)` after every record."""
        cell_log, soc = await self._read_memory(log=True, soc=True, on_progress=on_progress)
        assert cell_log is not None and soc is not None
        return cell_log, soc

    def history_unavailable(self) -> DeviceError | None:
        """Why the log and history cannot be read now (`HistoryNotAvailable` over the serial cable,
        `LinkDown` when not connected), or None when they can."""
        try:
            self._history_client()
        except DeviceError as exc:
            return exc
        return None

    def _history_client(self) -> AsciiClient:
        client = self.client
        transport = self.transport
        if isinstance(client, FrameClient) or (transport is not None and transport.wire is Wire.FRAME):
            raise history.HistoryNotAvailable(history.SERIAL_MESSAGE)
        if self.state.phase is not Phase.STREAMING or not isinstance(client, AsciiClient):
            raise LinkDown(Message("Not read: the battery is not connected ({state}).",
                                   state=self.state.text))
        return client

    async def _read_memory(self, *, log: bool, soc: bool, on_progress: history.Progress | None
                           ) -> tuple[history.CellLog | None, history.SocHistory | None]:
        """Read the log and/or the history in one pause of the stream (the write lock keeps settings
        writes apart). Records that fail are reported in the results' `problems`; when not one record
        could be read, the first error is raised instead."""
        self._history_client()
        total = (len(history.LOG_RECORDS) if log else 0) + (len(history.HISTORY_RECORDS) if soc else 0)

        def part(offset: int) -> history.Progress | None:
            if on_progress is None:
                return None
            return lambda done, _count: on_progress(offset + done, total)

        async with self._write_lock:
            client = self._history_client()  # again: the link may have changed while a write ran
            pause = self.history_pause
            raw_log, raw_soc = await self._read_records(client, log, soc, part, pause=bool(pause))
            problems = (raw_log.problems if raw_log else []) + (raw_soc.problems if raw_soc else [])
            if pause is None and client.streaming and history.nothing_answered(problems, total):
                # [?] whether the BMS answers reads while it streams is not published: when nothing
                # was answered between the keep-alives, ask once more with the stream paused (D!)
                raw_log, raw_soc = await self._read_records(client, log, soc, part, pause=True)
                problems = (raw_log.problems if raw_log else []) + (raw_soc.problems if raw_soc else [])
                if not history.nothing_answered(problems, total):
                    self.history_pause = True  # this battery answers only with its stream paused
            elif pause is None and not history.nothing_answered(problems, total):
                self.history_pause = False
        failed = history.all_failed(problems, total)
        if failed is not None:
            raise failed
        now = time.time()
        cell_log = (history.build_cell_log(raw_log, now, self.last_cell_log) if raw_log is not None else None)
        if cell_log is not None and cell_log.device_now is not None:
            self.last_cell_log = cell_log
        soc_history = (history.build_soc_history(raw_soc, now, device_clock=self._device_clock())
                       if raw_soc is not None else None)
        return cell_log, soc_history

    async def _read_records(self, client: AsciiClient, log: bool, soc: bool, part, *, pause: bool
                            ) -> tuple[history.RawCellLog | None, history.RawSocHistory | None]:
        """One batch: the log and/or the history. When the log got no answer at all the history is
        not asked for (a battery without these records would cost every block's timeouts)."""
        raw_log: history.RawCellLog | None = None
        raw_soc: history.RawSocHistory | None = None
        async with client.stream_paused(pause):
            if log:
                raw_log = await client.read_cell_log(part(0), pause=False)
            if soc:
                offset = len(history.LOG_RECORDS) if log else 0
                log_count = len(history.LOG_RECORDS)
                if raw_log is not None and history.nothing_answered(raw_log.problems, log_count):
                    raw_soc = history.RawSocHistory(problems=[history.BlockProblem(k, RequestTimeout(Message(
                        "{record} not asked for: the battery answered none of the cell log records.",
                        record=k), command=f"{k}@"), "not_asked") for k in history.HISTORY_RECORDS])
                    callback = part(offset)
                    if callback is not None:
                        callback(len(history.HISTORY_RECORDS), len(history.HISTORY_RECORDS))
                else:
                    raw_soc = await client.read_soc_history(part(offset), pause=False)
        return raw_log, raw_soc

    def _device_clock(self) -> str | None:
        """The battery's clock "hh:mm" from a recent `M` record, if any (it places the history's hours)."""
        live = self.live
        if live is None or not hasattr(live, "age"):
            return None
        age = live.age("clock")
        clock = live.get("clock")
        return clock if isinstance(clock, str) and age is not None and age < 120.0 else None

    async def close(self) -> None:
        """Stop the stream politely, close the link, end the task. Safe to call twice."""
        self._closed = True
        self._close_event.set()
        self._lost.set()
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            try:
                # Streaming: the task stops the stream politely. Connecting, checking the PIN,
                # waiting to reconnect: nothing to finish, it is cancelled at once.
                await self._end_task(task, polite=self.state.phase is Phase.STREAMING)
            except asyncio.CancelledError:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                raise
        self._set_state(ConnectionState(Phase.DISCONNECTED, self.link_description))

    async def _end_task(self, task: asyncio.Task, *, polite: bool, within_s: float = 3.0) -> None:
        """Wait for the supervision task to end, cancelling it unless `polite`; after `within_s`
        it is cancelled whatever it is doing.

        A cancel can be lost: before Python 3.12, `asyncio.wait_for` drops a cancel that lands just
        as the awaited request completes, and BLE stacks await their ATT requests that way (bumble
        does; so may a platform backend). The task would then carry on connecting (a 10 s BRSP
        pause, a login) while the user has closed. So the cancel is repeated until the task
        reaches its teardown, which is left to finish (it releases the module).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within_s
        if not polite:
            task.cancel()
        while not task.done() and loop.time() < deadline:
            await asyncio.wait({task}, timeout=0.05)
            if not polite and not task.done() and not self._tearing_down:
                task.cancel()
        if not task.done():
            task.cancel()
            # The task reports its own failures; here it only has to be gone.
            await asyncio.gather(task, return_exceptions=True)

    # ------------------------------------------------------------------ supervision

    async def _supervise(self) -> None:
        attempt = 0
        self._tearing_down = False
        try:
            while not self._closed:
                ok = await self._connect_once(attempt)
                if self._closed or ok is None:
                    return
                # after a drop the count restarts; failed attempts in a row count up
                attempt = 1 if ok else attempt + 1
                limit = self._attempt_limit()
                if not ok and self._lasting and not self.ever_live:
                    # no adapter, Bluetooth off, no permission: trying again cannot help until the person acts
                    self._set_state(ConnectionState(Phase.FAILED, self.link_description,
                                                    reason=Message("gave up"), attempt=attempt,
                                                    problem=self.problem))
                    return
                if not ok and limit is not None and attempt >= limit:
                    tried = max(limit, 1)  # (0: one attempt only, the command line's choice)
                    gave_up = (Message("gave up after 1 attempt") if tried == 1
                               else Message("gave up after {count} attempts", count=tried))
                    self._set_state(ConnectionState(Phase.FAILED, self.link_description, reason=gave_up,
                                                    attempt=attempt, problem=self.problem))
                    return
                await self._wait_before_retry(attempt)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("session task failed")
            self._error(DeviceError(Message("Internal error in the connection: {error}", error=repr(exc))))
            self._set_state(ConnectionState(Phase.FAILED, self.link_description, reason=str(exc)))
        finally:
            self._tearing_down = True  # close() no longer cancels: the link is being released
            await self._teardown(polite=self._closed)

    def _attempt_limit(self) -> int | None:
        """How many failed attempts in a row end the session (None: never): `first_attempts` while the
        link has never been live (when given), else `max_attempts`."""
        if self.ever_live or self.first_attempts is None:
            return self.max_attempts
        return self.first_attempts

    async def _connect_once(self, attempt: int) -> bool | None:
        """One connection, held until it drops. True: it streamed; False: it failed; None: stop."""
        self._lost.clear()
        self._lost_reason = ""
        self._lasting = False
        self._set_state(ConnectionState(Phase.CONNECTING, self.link_description, attempt=attempt))
        streamed = False
        try:
            transport = self._factory()
            if inspect.isawaitable(transport):
                transport = await transport
            self.transport = transport
            self.plausibility.new_connection()  # its first records pass at once (nothing to compare)
            transport.set_lost_callback(self._on_lost)
            transport.add_receiver(self._on_raw)
            self._set_state(ConnectionState(Phase.CONNECTING, transport.description, attempt=attempt))
            await transport.open()
            self.connects += 1
            self._follow_generation(transport)
            if transport.wire is Wire.FRAME:
                self.client = FrameClient(transport, on_item=self._on_item)
                # An open port says nothing about the battery (a USB adapter answers without one):
                # live only once a real record has come.
                await self._first_record()
            else:
                client = AsciiClient(
                    transport, self._pin, self.generation, wake_wait_s=self.wake_wait_s,
                    timeout_s=self.timeout_s, write_timeout_s=self.write_timeout_s,
                    late_answer_s=self.late_answer_s, retries=self.retries, keepalive_s=self.keepalive_s,
                    on_item=self._on_item, on_notice=self._notice)
                self.client = client
                self._set_state(ConnectionState(Phase.AUTHENTICATING, transport.description))
                await client.wake_up()
                await client.login()
                # The official app sends D! before its first E! (docs/protocol.md §3): a battery still
                # streaming for an earlier connection goes quiet before the settings are read.
                await client.stop_stream()
                self._set_state(ConnectionState(Phase.READING_SETTINGS, transport.description))
                self.settings = await client.read_settings()
                if self.live is not None and "V" in client.records:
                    self.live.apply(client.records["V"])  # the firmware code (V@ field 0)
                self._publish_settings()
                await client.start_stream()
            self._last_rx = time.monotonic()
            self._set_stale(False)
            self.problem = ""
            self.ever_live = True
            self._set_state(ConnectionState(Phase.STREAMING, transport.description))
            self._release_bytes()
            streamed = True
            await self._hold()
            if not self._closed:
                self.drops += 1
                log.info("link lost: %s", self._lost_reason or "no reason given")
                self._announce_loss()
            return True
        except _NoData as exc:
            # Not an error to report again and again: the state says it (reconnecting: no data).
            if self._closed:
                return None
            self.problem = ""  # the reason says it all
            if not self._lost_reason:
                self._lost_reason = exc.message
            return False
        except WrongPin as exc:
            self._error(exc)
            self._set_state(ConnectionState(Phase.FAILED, self.link_description, reason=Message("wrong PIN")))
            return None
        except (TransportError, DeviceError, OSError, asyncio.TimeoutError) as exc:
            if self._closed:
                return None
            if isinstance(exc, DeviceError):
                error = exc
            elif isinstance(exc, TransportError):
                error = LinkDown(str(exc))  # transports word their messages for people already
            else:
                error = LinkDown(_link_message(exc))
            self._lasting = bool(getattr(exc, "lasting", False))
            self.problem = error.message if hasattr(error, "message") else str(error)
            self._error(error)
            if streamed:
                self.drops += 1
            return streamed
        finally:
            if not self._closed:
                await self._teardown(polite=False)

    async def _first_record(self) -> None:
        """Wait (at most `silence_s`) for the first record on this link; `_NoData` when none came."""
        got = asyncio.Event()
        previous = self._first_item
        self._first_item = got
        self._held_bytes = []
        waits = {asyncio.ensure_future(got.wait()), asyncio.ensure_future(self._lost.wait())}
        try:
            await asyncio.wait(waits, timeout=self.silence_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._first_item = previous
            for waiting in waits:
                waiting.cancel()
        if got.is_set():
            return
        if self._lost.is_set():
            # The link said why (a port with bytes but no frames: wrong port or cable?): keep its reason.
            raise _NoData(self._lost_reason or Message("link lost"))
        raise _NoData(Message("no data for {seconds}", seconds=Quantity(self.silence_s, "s")))

    def _announce_loss(self) -> None:
        """Say at once that the link is down (values stale, RECONNECTING), before the teardown, which
        may take a while (a BLE module that froze answers no disconnect)."""
        self._set_stale(True)
        self._planned_delay = backoff_delay(1, **self.backoff)  # the wait before the first retry
        self._set_state(ConnectionState(Phase.RECONNECTING, self.link_description,
                                        retry_in_s=max(1.0, round(self._planned_delay)), attempt=1,
                                        reason=self._lost_reason, problem=self.problem))

    async def _hold(self) -> None:
        """Wait while streaming; return when the link drops or the stream goes silent."""
        while not self._closed:
            try:
                await asyncio.wait_for(self._lost.wait(), timeout=min(1.0, self.silence_s))
                return
            except asyncio.TimeoutError:
                pass
            if time.monotonic() - self._last_rx > self.silence_s:
                self._lost_reason = Message("no data for {seconds}", seconds=Quantity(self.silence_s, "s"))
                return

    async def _wait_before_retry(self, attempt: int) -> None:
        self._set_stale(True)
        delay, self._planned_delay = self._planned_delay, None
        if delay is None:
            delay = backoff_delay(attempt, **self.backoff)
        # the number of the coming try: retries after a live link count from 1; a first connection
        # that failed `attempt` times tries for the (attempt + 1)th time
        next_try = attempt if self.ever_live else attempt + 1
        loop = asyncio.get_running_loop()
        end = loop.time() + delay
        while not self._closed:
            remaining = end - loop.time()
            if remaining <= 0:
                return
            self._set_state(ConnectionState(Phase.RECONNECTING, self.link_description,
                                            retry_in_s=max(1.0, round(remaining)), attempt=next_try,
                                            reason=self._lost_reason, problem=self.problem))
            # Wake early on close(); otherwise tick once a second for the countdown.
            try:
                await asyncio.wait_for(self._close_event.wait(), timeout=min(1.0, remaining))
            except asyncio.TimeoutError:
                pass

    async def _teardown(self, *, polite: bool) -> None:
        client, self.client = self.client, None
        transport, self.transport = self.transport, None
        if isinstance(client, AsciiClient) and polite and transport is not None and transport.is_open:
            try:
                client.timeout_s = min(client.timeout_s, 0.5)
                client.late_answer_s = min(client.late_answer_s, 0.3)
                if client.streaming:
                    await client.stop_stream()
            except (DeviceError, TransportError):
                pass
        if client is not None:
            client.detach()
        self._release_bytes()  # an attempt that got bytes but no record: they are recorded all the same
        tail = self._mask.flush()
        if tail and self._hears("bytes"):
            self._emit("bytes", tail, time.monotonic())
        if transport is not None:
            transport.set_lost_callback(None)
            transport.remove_receiver(self._on_raw)
            await self._close_link(transport)
        self._set_stale(True)
        # Keep the closed link only for its description in the state text.
        self.transport = None if self._closed else transport

    async def _close_link(self, transport: Transport) -> None:
        """Close `transport`, waiting at most `close_limit_s`; a close that takes longer goes on in
        the background (held here until it ends) and the session carries on with a fresh link."""
        closing = asyncio.get_running_loop().create_task(transport.close(), name="smartbms-close-link")
        self._closing_links.add(closing)
        closing.add_done_callback(self._closed_link)
        done, _ = await asyncio.wait({closing}, timeout=self.close_limit_s)
        if not done:
            log.info("closing %s takes longer than %.1f s; going on without waiting",
                     transport.description, self.close_limit_s)

    def _closed_link(self, task: asyncio.Task) -> None:
        self._closing_links.discard(task)
        if not task.cancelled() and task.exception() is not None:
            # closing a broken link may fail; the link is gone either way
            log.debug("closing the link failed: %r", task.exception())

    # ------------------------------------------------------------------ listeners

    def listen(self, event: str, callback: Callable[..., Any]) -> Callable[[], None]:
        """Call `callback` on `event` (one of EVENTS, with the arguments of the `on_<event>` callback)
        after the owner's own callback; returns a function that stops it."""
        if event not in EVENTS:
            raise ValueError(f"no session event {event!r}: one of {', '.join(EVENTS)}")
        listeners = self._listeners[event]
        listeners.append(callback)

        def stop() -> None:
            if callback in listeners:
                listeners.remove(callback)

        return stop

    def _hears(self, event: str) -> bool:
        return getattr(self, f"on_{event}") is not None or bool(self._listeners[event])

    def _emit(self, event: str, *args: Any) -> None:
        own = getattr(self, f"on_{event}")
        if own is not None:
            own(*args)
        for listener in tuple(self._listeners[event]):
            listener(*args)

    # ------------------------------------------------------------------ callbacks from below

    def _on_lost(self, exc: Exception | None) -> None:
        self._lost_reason = str(exc) if exc else Message("link lost")
        client = self.client
        if isinstance(client, AsciiClient):
            client.link_lost(exc)
        self._set_stale(True)
        self._lost.set()

    def _on_raw(self, data: bytes, t: float) -> None:
        self._last_rx = time.monotonic()
        if self._held_bytes is not None:
            self._held_bytes.append((data, t))
            return
        self._pass_bytes(data, t)

    def _release_bytes(self, *, drop: bool = False) -> None:
        held, self._held_bytes = self._held_bytes, None
        for data, t in held or ():
            if not drop:
                self._pass_bytes(data, t)

    def _pass_bytes(self, data: bytes, t: float) -> None:
        if self._hears("bytes"):
            masked = self._mask.feed(data)
            if masked:
                self._emit("bytes", masked, t)

    def _on_item(self, item: Any, t: float) -> None:
        if self._first_item is not None:
            self._first_item.set()  # a record came: the link is live, even if this one is held back
        # One garbled record never reaches the model, the plots, the lights or a listener (plausibility.py).
        for passed, when in self.plausibility.feed(item, t, getattr(self.client, "decoder", None)):
            if self.live is not None:
                self.live.apply(passed, when)
            self._emit("item", passed, when)

    def _notice(self, text: str) -> None:
        self._emit("notice", text)

    # ------------------------------------------------------------------ helpers

    def _validate(self, changes: dict[str, Any]) -> dict[str, str]:
        """{name: message} for changes that must not be sent; empty when all are fine."""
        merged = {k: v for k, v in self.settings.items()}
        merged.update(changes)
        known = {p.name for p in params.PARAMETERS}
        problems: dict[str, str] = {}
        for name in changes:
            if name not in known:
                problems[name] = Message("Unknown setting {name}: nothing was written.", name=repr(name))
            elif self.generation not in params.parameter(name).generations:
                problems[name] = Message("{label} does not exist on a Gen{generation} BMS: nothing was "
                                         "written.", label=Label(params.parameter(name).label),
                                         generation=int(self.generation))
            elif params.not_reported(params.parameter(name), self.settings):
                problems[name] = params.not_reported_reason(params.parameter(name))
        if problems:
            return problems
        # Actions and the PIN have no place in cross-field rules; check them on their own.
        for issue in params.validate(merged, generation=self.generation):
            if issue.is_error and any(n in changes for n in issue.names):
                target = next(n for n in issue.names if n in changes)
                problems.setdefault(target, Message("{problem} Nothing was written.", problem=issue.message))
        return problems

    def _follow_generation(self, transport: Transport) -> None:
        """A BLE link settles the generation from the module's services when the advert left it open
        (docs/protocol.md §1): the client, the live model and the recording follow it, so Gen3
        currents are not read with the Gen2 scale and the Gen3 settings are read."""
        settled = getattr(transport, "generation", None)
        if settled is None or Generation(settled) is self.generation:
            return
        log.info("the link settled Gen%d (was Gen%d)", int(settled), int(self.generation))
        self.generation = Generation(settled)
        if self.live is not None:
            self.live.generation = self.generation
        self._emit("generation", self.generation)

    def _publish_settings(self) -> None:
        if self.live is not None:
            self.live.replace_settings(self.settings)
        self._emit("settings", dict(self.settings))

    def _set_stale(self, stale: bool) -> None:
        """The model marks every value stale while the link is down (it keeps their ages)."""
        if self.live is not None:
            self.live.set_link(not stale)

    def _set_state(self, state: ConnectionState) -> None:
        if state == self.state:
            return
        self.state = state
        log.info("connection: %s", state.text)
        self._emit("state", state)
        event, self._state_event = self._state_event, asyncio.Event()
        event.set()

    def _error(self, error: DeviceError) -> None:
        log.warning("%s: %s", type(error).__name__, error)
        self._emit("error", error)


class _NoData(Exception):
    """The link opened but no record came within the silence limit."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)
        self.message = message


def _link_message(exc: BaseException) -> Message:
    """Plain words for a failure the link did not word itself; the raw text goes to the log only."""
    log.info("link failure: %r", exc)
    if isinstance(exc, asyncio.TimeoutError):
        return Message("The link failed: the battery did not answer in time. Check that the battery is "
                       "powered and in range.")
    return Message("The link failed. Check that the battery is powered and in range, then try again.")
