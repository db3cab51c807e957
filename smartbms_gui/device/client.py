"""Talking to one battery over an open transport: the ASCII command protocol and the serial frame.

`AsciiClient` owns the request/answer discipline of docs/protocol.md §3: one request in flight at a
time through one lock (the `$` keep-alive too), each answer awaited with a timeout, reads retried
a bounded number of times. Everything the device sends goes through one `StreamDecoder`: stream
records go to `on_item`, `ReplyLine` tokens answer the request in flight.

An answer is never credited to the wrong request: after a request timed out, the next one first
waits out its late answer (`late_answer_s`); and once the device has been seen echoing commands, a
result word that comes before this command's echo belongs to an earlier command. A device that
never echoes is still understood.

Settings writes (docs/protocol.md §3.2): each byte waits up to `write_timeout_s` (the official app
waits ~3 s). After any byte fails (KO, NA, WRONG, no answer), nothing more is sent: the record is
read back at once and the result says what the battery holds now (`write_outcome`).

`FrameClient` is the read-only serial wire: frames in, frames out to `on_item`.

Messages (`smartbms_gui.messages.Message`, translated by the views) name a request in words ("the
PIN check", "the request to start the live data"); the command text itself is kept in
`DeviceError.command` for logs and diagnostics. A record read keeps its record name (S2@, L7@): the
history page and `smartbms log` name records that way.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from smartbms_gui.device import history, write_outcome
from smartbms_gui.device.errors import (
    DeviceError,
    LinkDown,
    Malformed,
    NotAuthorised,
    NotWritableOnHardware,
    ReadBackMismatch,
    Refused,
    RequestTimeout,
    WrongPin,
    short_reason,
)
from smartbms_gui.device.pin_mask import mask_command
from smartbms_gui.messages import Joined, Label, Message, Quantity, all_of, prefixed
from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.errors import ProtocolError
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.transport.base import Transport, TransportError
from smartbms_gui.transport.reasons import reason

log = logging.getLogger(__name__)

ItemCallback = Callable[[Any, float], None]

DEFAULT_PIN = params.FACTORY_PIN
DEFAULT_PIN_WARNING = Message(
    "This battery still uses the factory PIN 1234. Anyone nearby with the app can change its "
    "settings: consider choosing your own PIN in Settings."
)

GEN2_RECORDS = ("V", "S1", "S2")
GEN3_RECORDS = ("V", "S1", "S2", "S3", "SRY0", "SRY1")
#: Gen3 extras read best-effort: older firmware may lack or shorten them (docs/protocol.md §3.1), and
#: the stream works without them, so a failure marks their settings "not reported" instead
OPTIONAL_RECORDS = frozenset({"S3", "SRY0", "SRY1"})

#: how `_on_bytes` answers an `E!` waiter that saw a stream record instead of an `OK`
_STREAM_SEEN = "<stream record>"
#: the device's answers to a command, as opposed to echoes and stream records
_ANSWER_ERRORS = (Refused, NotAuthorised, Malformed, RequestTimeout)
#: a batch of log or history reads stops after this many records in a row went unanswered
UNANSWERED_IN_A_ROW = 2


def settings_records_for(generation: Generation) -> tuple[str, ...]:
    return GEN3_RECORDS if Generation(generation) is Generation.GEN3 else GEN2_RECORDS


@dataclass(frozen=True)
class WriteResult:
    """The outcome of writing one setting. `value` is what the device holds afterwards (read back)."""

    name: str
    requested: Any
    ok: bool
    value: Any = None
    error: DeviceError | None = None
    #: False when the setting is not reported by any record, so it could not be read back
    verified: bool = True
    #: True when a byte failed or the read-back failed: the rest of a batch must not be sent
    halts_batch: bool = False
    #: After a byte failed (the write was cut): what the battery holds now against what it held and
    #: what was asked, `write_outcome.OLD/NEW/NEITHER/UNKNOWN`; None when no byte failed.
    cut: str | None = None
    #: With `cut`: the value before the write (None when not known, and always for the PIN).
    before: Any = None
    #: With `cut` NEITHER (or UNKNOWN): what the value the battery holds means, in one sentence.
    meaning: Message | None = None

    @property
    def written_halfway(self) -> bool:
        """The battery may hold neither the old nor the new value: offer writing again or restoring."""
        return self.cut in (write_outcome.NEITHER, write_outcome.UNKNOWN)

    @property
    def message(self) -> str:
        """The error's English text (a Message: views translate it); "" when the write worked."""
        return "" if self.error is None else str(self.error)

    def __repr__(self) -> str:  # the PIN is a setting too: never show it
        shown = "****" if self.name == "pin" else repr(self.requested)
        return f"WriteResult({self.name}, requested={shown}, ok={self.ok}, error={self.message!r})"


@dataclass
class _Waiter:
    """The request in flight: what it sent and what answer it waits for."""

    echo: str  # the command text the device echoes first
    expect: str  # "status" (OK/KO/NA/WRONG), "start" (E!: OK or a stream record) or a record kind
    future: asyncio.Future
    echoed: bool = False


@dataclass
class _Orphan:
    """Answers still owed by commands that timed out: the next request waits them out first."""

    label: str
    missing: int
    deadline: float
    arrived: asyncio.Event


def _label(data: bytes) -> str:
    """A command as text for errors' `command` and logs: a login or a PIN byte never shows its digits."""
    return mask_command(data.rstrip(b"\r")).decode("ascii", "replace")


def _request_words(data: bytes) -> Message:
    """What a command asked, in words for a person (the command text stays in `DeviceError.command`)."""
    text = data.rstrip(b"\r")
    if text.startswith(b"PW"):
        return Message("the PIN check")
    if text == commands.start_stream().rstrip(b"\r"):
        return Message("the request to start the live data")
    if text == commands.stop_stream().rstrip(b"\r"):
        return Message("the request to pause the live data")
    if text.endswith(b"@"):
        return Message("the request for {record}", record=_label(data))
    return Message("the write")


def _attempts(count: int) -> Message:
    return Message("1 attempt") if count == 1 else Message("{count} attempts", count=count)


class AsciiClient:
    """The ASCII command protocol over one open transport (BLE or the simulator link).

    `wake_wait_s` is the pause after the wake-up bytes (~1.5 s on the real module; tests against
    the simulator shorten it). `timeout_s` is per attempt; reads get `retries` more attempts.
    `write_timeout_s` is the wait for a byte write's answer (the official app waits ~3 s).
    Writes are never retried: a byte write that timed out may still have landed. `late_answer_s`
    is how long a timed-out command's late answer is waited out before the next command.
    """

    def __init__(
        self,
        transport: Transport,
        pin: str | None,
        generation: Generation = Generation.GEN2,
        *,
        wake_wait_s: float = 1.5,
        timeout_s: float = 1.5,
        write_timeout_s: float = 3.5,
        late_answer_s: float = 1.0,
        retries: int = 2,
        keepalive_s: float = 0.33,
        on_item: ItemCallback | None = None,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self._transport = transport
        self._pin = pin
        self.generation = Generation(generation)
        self.wake_wait_s = wake_wait_s
        self.timeout_s = timeout_s
        self.write_timeout_s = write_timeout_s
        self.late_answer_s = late_answer_s
        self.retries = retries
        self.keepalive_s = keepalive_s
        self.on_item = on_item
        self.on_notice = on_notice
        self.decoder = StreamDecoder(self.generation)
        self._lock = asyncio.Lock()
        self._waiter: _Waiter | None = None
        self._keepalive_task: asyncio.Task | None = None
        self._link_error: Exception | None = None
        self._orphan: _Orphan | None = None
        self._echoes_seen = False  # the device echoes commands: answers must follow their echo
        self.streaming = False
        self.records: dict[str, ascii_records.SettingsRecord] = {}
        #: the PIN the battery holds as last read back after a PIN write (never logged); None before
        self.pin_in_device: str | None = None
        #: (command, answer) of answers that came after their command had timed out
        self.late_answers: list[tuple[str, str]] = []
        #: counters for diagnostics and tests
        self.requests_sent = 0
        self.keepalives_sent = 0
        self.timeouts = 0
        transport.add_receiver(self._on_bytes)

    # ------------------------------------------------------------------ lifecycle

    def detach(self) -> None:
        """Stop listening and stop the keep-alive (the link is gone or being closed)."""
        self._transport.remove_receiver(self._on_bytes)
        self._stop_keepalive()
        self.streaming = False

    def link_lost(self, exc: Exception | None = None) -> None:
        """The transport dropped: fail the request in flight at once instead of waiting it out."""
        self._link_error = exc or TransportError("link lost")
        self._orphan = None
        waiter = self._waiter
        if waiter is not None and not waiter.future.done():
            waiter.future.set_exception(LinkDown(Message("The link dropped while waiting for the battery's "
                                                         "answer.")))
        self._stop_keepalive()
        self.streaming = False

    # ------------------------------------------------------------------ session steps

    async def wake_up(self) -> None:
        """`$`, 0x05 CR, then the module's pause before it takes commands."""
        async with self._lock:
            for data in commands.wake_up():
                await self._send(data)
        await asyncio.sleep(self.wake_wait_s)

    async def login(self) -> None:
        """`PW<pin>!`: NA → WrongPin. The factory PIN works but earns a gentle notice."""
        pin = self._pin or DEFAULT_PIN
        try:
            await self._request(commands.login(pin), "status", retries=self.retries)
        except NotAuthorised:
            raise WrongPin() from None
        if pin == DEFAULT_PIN and self.on_notice is not None:
            self.on_notice(DEFAULT_PIN_WARNING)

    async def read_record(self, kind: str) -> ascii_records.SettingsRecord:
        """Read one settings record; a garbled or failed answer is retried, then reported."""
        record = await self._request(commands.read(kind), kind, retries=self.retries)
        self.records[kind] = record
        return record

    async def read_settings(self) -> dict[str, Any]:
        """Every settings record of this generation → {parameter name: value} (PIN left out).

        V, S1 and S2 are required. The Gen3 extras (S3, SRY0, SRY1) are read best-effort: a record
        that fails is left out, so its settings are "not reported", and a notice says so.
        """
        failed: list[tuple[str, DeviceError]] = []
        for kind in settings_records_for(self.generation):
            if kind not in OPTIONAL_RECORDS:
                await self.read_record(kind)
                continue
            try:
                await self.read_record(kind)
            except _ANSWER_ERRORS as exc:
                self.records.pop(kind, None)
                failed.append((kind, exc))
                log.warning("optional record %s not read: %s", kind, exc)
        if failed and self.on_notice is not None:
            self.on_notice(_optional_records_notice(failed))
        return params.decode_settings(self.records, generation=self.generation)

    async def start_stream(self) -> None:
        """`E!`. [?] docs/protocol.md §3 does not say whether `E!` is answered: an `OK`, or the first
        stream record after its echo, is taken as confirmation; KO/NA/WRONG are errors."""
        await self._request(commands.start_stream(), "start", retries=self.retries)
        self.streaming = True
        self._start_keepalive()

    async def stop_stream(self) -> None:
        """`D!`. [?] Whether `D!` is answered is not stated (docs/protocol.md §3): an `OK` or silence
        both mean stopped; KO/NA/WRONG are errors. A late answer is waited out by the next command."""
        self._stop_keepalive()
        self.streaming = False
        try:
            await self._request(commands.stop_stream(), "status", retries=0)
        except RequestTimeout:
            log.info("no answer to D!: taken as stopped (the reference does not say D! is answered)")

    # ------------------------------------------------------------------ writes

    async def write_setting(self, param: params.Parameter, value: Any) -> WriteResult:
        """Write one setting (byte, or word high byte first), then read its record back and compare.

        After any byte fails (KO, NA, WRONG, no answer within `write_timeout_s`) nothing more is
        sent: the record is read back at once, and the result carries what the battery holds now
        (`value`), a message saying whether that is the old value, the new one or neither, and
        `halts_batch`. Raises nothing for the device's answers; `LinkDown` is raised, because the
        caller must stop writing.
        """
        name = param.name
        try:
            data = params.encode_write(param, value, hardware=self._transport.is_hardware)
        except params.NotWritable as exc:
            return WriteResult(name, value, False, error=NotWritableOnHardware(exc.reason, setting=name))
        except params.ParameterError as exc:
            return WriteResult(name, value, False, error=DeviceError(str(exc), setting=name))
        was_streaming = self.streaming
        if was_streaming:
            # Replies are easier to tell apart from a quiet line, and the real app does the same.
            try:
                await self.stop_stream()
            except (Refused, NotAuthorised, Malformed) as exc:
                error = type(exc)(write_outcome.pause_refused_message(param, exc), setting=name)
                await self.resume_stream()
                return WriteResult(name, value, False, error=error)
        try:
            old_raw = self._reported_raw(param)
            if param.kind == "pin":
                self.pin_in_device = None  # known again only once this write is read back
            for index, command in enumerate(data):
                try:
                    await self._request(command, "status", retries=0, setting=param,
                                        timeout=self.write_timeout_s)
                except _ANSWER_ERRORS as exc:
                    # Not retried (the byte may have landed) and nothing more is sent.
                    return await self._after_failed_byte(param, value, old_raw, index, len(data), exc,
                                                         command)
            return await self._read_back(param, value)
        finally:
            if was_streaming:
                await self.resume_stream()

    def _reported_raw(self, param: params.Parameter) -> int | None:
        record = self.records.get(param.record) if param.readable and param.record is not None else None
        return None if record is None or param.field is None else record.raw_value(param.field)

    async def _read_back(self, param: params.Parameter, value: Any) -> WriteResult:
        """Every byte was answered OK: read the record back and compare in raw units."""
        name = param.name
        if not param.readable:
            return WriteResult(name, value, True, value=value, verified=False)
        assert param.record is not None and param.field is not None  # (readable says so)
        try:
            record = await self.read_record(param.record)
        except _ANSWER_ERRORS as exc:
            return WriteResult(name, value, False, halts_batch=True, error=RequestTimeout(
                write_outcome.not_read_back_message(param, exc), setting=name))
        raw = record.raw_value(param.field)
        if param.kind == "pin" and raw is not None:
            self.pin_in_device = param.to_value(raw)
        expected = param.to_raw(value)
        if raw != expected:
            held = param.to_value(raw) if raw is not None else Message("not available")
            error = ReadBackMismatch(Message(
                "{label}: wrote {written} but the battery reports {held}. The setting may be limited by the "
                "battery; check it and try again.", label=Label(param.label), written=_shown(param, value),
                held=_shown(param, held)), setting=name, written=value, read_back=held)
            shown_value = None if raw is None or param.secret else held
            return WriteResult(name, value, False, value=shown_value, error=error)
        return WriteResult(name, value, True, value=param.to_value(raw))  # (a PIN is masked wherever shown)

    async def _after_failed_byte(self, param: params.Parameter, value: Any, old_raw: int | None, index: int,
                                 count: int, error: DeviceError, command: bytes) -> WriteResult:
        """Byte `index` of `count` failed: read the record back now and say what the battery holds."""
        held_raw: int | None = None
        read_error: DeviceError | None = None
        late_before = len(self.late_answers)
        if param.readable and param.record is not None and param.field is not None:
            try:
                record = await self.read_record(param.record)
                held_raw = record.raw_value(param.field)
            except _ANSWER_ERRORS as exc:
                read_error = exc
        label = _label(command)
        late = [answer for cmd, answer in self.late_answers[late_before:] if cmd == label]
        if param.kind == "pin" and held_raw is not None:
            self.pin_in_device = param.to_value(held_raw)
        message = write_outcome.cut_message(
            param, index=index, count=count, error=error, timeout_s=self.write_timeout_s, old_raw=old_raw,
            new_raw=param.to_raw(value), held_raw=held_raw, read_error=read_error,
            late_answer=late[0] if late else None,
            settings=params.decode_settings(self.records, generation=self.generation),
            generation=self.generation)
        log.info("write cut: %s", message)  # the session reports it as an error
        held = None if held_raw is None or param.secret else param.to_value(held_raw)
        failure = type(error)(message, setting=param.name, command=error.command)
        state = write_outcome.held_state(param, old_raw=old_raw, new_raw=param.to_raw(value),
                                         held_raw=held_raw)
        before = None if old_raw is None or param.secret else param.to_value(old_raw)
        meaning = None
        if state == write_outcome.NEITHER and held is not None and before is not None:
            meaning = write_outcome.held_meaning(
                param, held=held, old=before, new=value,
                settings=params.decode_settings(self.records, generation=self.generation),
                generation=self.generation)
        return WriteResult(param.name, value, False, value=held, verified=held_raw is not None,
                           halts_batch=True, error=failure, cut=state, before=before, meaning=meaning)

    async def resume_stream(self) -> None:
        """Restart the stream after a write; a refusal here is reported, the link keeps going."""
        if self._link_error is not None:
            return
        try:
            await self.start_stream()
        except LinkDown:
            return  # the session reconnects, which restarts the stream
        except (Refused, NotAuthorised, Malformed, RequestTimeout) as exc:
            # The session notices the silent stream and reconnects, which restarts it.
            log.warning("the live stream did not restart after a write: %s", exc)

    # ------------------------------------------------------------------ cell log and SoC history

    @contextlib.asynccontextmanager
    async def stream_paused(self, pause: bool = True):
        """Pause the live stream (`D!`) around a batch of reads and restart it after, as a settings
        write does. Not streaming: nothing to pause. A refused pause raises (nothing was read) and the
        stream is restarted; a link drop raises `LinkDown`. `pause=False`: the reads go between the
        keep-alives with the stream running (the live view goes on)."""
        was_streaming = self.streaming and pause
        if was_streaming:
            try:
                await self.stop_stream()
            except (Refused, NotAuthorised, Malformed) as exc:
                await self.resume_stream()
                raise type(exc)(_read_pause_refused(exc), command=exc.command) from exc
        try:
            yield
        finally:
            if was_streaming:
                await self.resume_stream()

    async def read_cell_log(self, on_progress: history.Progress | None = None, *,
                            pause: bool = True) -> history.RawCellLog:
        """`TS@`, then `L0@` … `L9@` (docs/protocol.md §3.4), the stream paused meanwhile (or, with
        `pause=False`, each request between the keep-alives of the running stream).

        Each record is one request (retried when unanswered or damaged); one that still fails is
        kept in `problems` and the others are read all the same. After a link drop nothing more is
        sent and the records not asked for yet are listed as not read.
        """
        raw = history.RawCellLog()
        parsers: dict[str, Callable[[str], Any]] = {"TS": ascii_records.parse_timestamp}
        parsers.update({f"L{n}": functools.partial(history.parse_log_line, n)
                        for n in range(history.LOG_SLOTS)})
        reads = self._read_each(history.LOG_RECORDS, parsers, raw.problems, on_progress)
        async with self.stream_paused(pause):
            async for kind, answer in reads:
                if kind == "TS":
                    raw.now = answer
                    raw.now_read_at = time.time()
                else:
                    raw.lines[answer.slot] = answer
        return raw

    async def read_soc_history(self, on_progress: history.Progress | None = None, *,
                               pause: bool = True) -> history.RawSocHistory:
        """`H0@` … `HD@` (docs/protocol.md §3.4), the stream paused meanwhile unless `pause=False`;
        failures as `read_cell_log`."""
        raw = history.RawSocHistory()
        parsers = {kind: functools.partial(history.parse_history_block, k)
                   for k, kind in enumerate(history.HISTORY_RECORDS)}
        reads = self._read_each(history.HISTORY_RECORDS, parsers, raw.problems, on_progress)
        async with self.stream_paused(pause):
            async for _, block in reads:
                raw.blocks.append(block)
        raw.finished_at = time.time()
        return raw

    async def _read_each(self, kinds: tuple[str, ...], parsers: Mapping[str, Callable[[str], Any]],
                         problems: list[history.BlockProblem], on_progress: history.Progress | None):
        """Yield (kind, parsed answer) for each record read; failures go to `problems`.

        After a link drop, or `UNANSWERED_IN_A_ROW` records in a row unanswered after all their
        retries (a battery without these records, or gone quiet: each would cost the full timeouts),
        the records not asked for yet are listed as not read, with the reason.
        """
        unanswered = 0
        for done, kind in enumerate(kinds):
            try:
                answer = await self._request(commands.read(kind), kind, retries=self.retries,
                                             parse=parsers[kind])
            except LinkDown as exc:
                problems.append(history.BlockProblem(kind, exc))
                problems.extend(history.BlockProblem(k, LinkDown(Message(
                    "{record} not read: the link dropped before it was asked for.", record=k)), "link")
                    for k in kinds[done + 1:])
                if on_progress is not None:
                    on_progress(len(kinds), len(kinds))
                return
            except _ANSWER_ERRORS as exc:
                log.info("%s not read: %s", kind, exc)
                problems.append(history.BlockProblem(kind, exc))
                unanswered = unanswered + 1 if isinstance(exc, RequestTimeout) else 0
                if unanswered >= UNANSWERED_IN_A_ROW and done + 1 < len(kinds):
                    asked = all_of(kinds[done + 1 - unanswered:done + 1])
                    problems.extend(history.BlockProblem(k, RequestTimeout(Message(
                        "{record} not asked for: the battery did not answer {asked} before it. Read again "
                        "later.", record=k, asked=asked), command=f"{k}@"), "not_asked")
                        for k in kinds[done + 1:])
                    if on_progress is not None:
                        on_progress(len(kinds), len(kinds))
                    return
            else:
                unanswered = 0
                yield kind, answer
            if on_progress is not None:
                on_progress(done + 1, len(kinds))

    # ------------------------------------------------------------------ request machinery

    async def _send(self, data: bytes) -> None:
        if self._link_error is not None:
            raise LinkDown(Message("The link is down."))
        try:
            await self._transport.write(data)
        except TransportError as exc:
            raise LinkDown(Message("The link dropped while sending: {reason}.", reason=reason(exc))) from exc

    async def _request(self, data: bytes, expect: str, *, retries: int,
                       setting: params.Parameter | None = None, timeout: float | None = None,
                       parse: Callable[[str], Any] | None = None):
        label = _label(data)
        limit = self.timeout_s if timeout is None else timeout
        async with self._lock:
            await self._wait_out_late_answers()
            loop = asyncio.get_running_loop()
            last_error: DeviceError | None = None
            unanswered = 0  # attempts that timed out: their answers may still come
            try:
                for attempt in range(retries + 1):
                    waiter = _Waiter(echo=data.rstrip(b"\r").decode("latin-1"), expect=expect,
                                     future=loop.create_future())
                    self._waiter = waiter
                    try:
                        self.requests_sent += 1
                        if expect not in ("status", "start"):
                            # A record is awaited: its checksum decides before the stream parsers do,
                            # also for a device that does not echo (docs/protocol.md §3.3).
                            self.decoder.expect_reply()
                        await self._send(data)
                        await self._send(commands.FLUSH)  # the device may hold its answer until the next byte
                        answer = await self._await(waiter, limit)
                    except RequestTimeout as exc:
                        self.timeouts += 1
                        unanswered += 1
                        last_error = exc
                        log.info("no answer to %s (attempt %d of %d)", label, attempt + 1, retries + 1)
                        continue
                    finally:
                        self._waiter = None
                    if expect in ("status", "start") or answer in commands.RESULT_REPLIES:
                        # A record read answered KO/NA/WRONG is a refusal, not a damaged record: no retry.
                        return self._check_status(answer, data, setting)
                    try:
                        if parse is not None:
                            return parse(answer)
                        return ascii_records.parse_settings_record(expect, answer)
                    except ProtocolError as exc:
                        last_error = Malformed(Message("The {record} record arrived damaged ({problem}).",
                                                       record=expect, problem=str(exc)), command=label)
                        log.info("damaged %s record (attempt %d of %d): %s", expect, attempt + 1,
                                 retries + 1, exc)
                        continue
            finally:
                if unanswered and self._link_error is None:
                    deadline = loop.time() + self.late_answer_s
                    self._orphan = _Orphan(label, unanswered, deadline, asyncio.Event())
            if isinstance(last_error, RequestTimeout):
                text = Message("the battery did not answer {request} within {seconds} ({attempts}). Check "
                               "that it is in range and powered.", request=_request_words(data),
                               seconds=Quantity(limit, "s"), attempts=_attempts(retries + 1))
                raise RequestTimeout(prefixed(setting.label, text) if setting is not None else text,
                                     setting=setting.name if setting else None, command=label)
            assert last_error is not None
            raise last_error

    async def _wait_out_late_answers(self) -> None:
        """A command that timed out may still be answered: wait (sending `$`, which releases a held
        answer) until its answers came or `late_answer_s` passed, so none is taken for the next one."""
        orphan = self._orphan
        if orphan is None:
            return
        loop = asyncio.get_running_loop()
        while orphan.missing > 0 and self._orphan is orphan:
            remaining = orphan.deadline - loop.time()
            if remaining <= 0:
                break
            orphan.arrived.clear()
            await self._send(commands.FLUSH)
            try:
                await asyncio.wait_for(orphan.arrived.wait(), min(remaining, self.keepalive_s))
            except asyncio.TimeoutError:
                pass
        if self._orphan is orphan:
            self._orphan = None

    async def _await(self, waiter: _Waiter, limit: float) -> str:
        """Wait for the answer, sending `$` every keep-alive period so the device keeps talking."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise RequestTimeout("timeout")
            try:
                return await asyncio.wait_for(asyncio.shield(waiter.future), min(remaining, self.keepalive_s))
            except asyncio.TimeoutError:
                if waiter.future.done():
                    return waiter.future.result()
                if loop.time() >= deadline:
                    raise RequestTimeout("timeout") from None
                await self._send(commands.FLUSH)

    def _check_status(self, answer: str, data: bytes, setting: params.Parameter | None) -> str:
        label = _label(data)
        name = setting.name if setting is not None else None
        if answer in (commands.REPLY_OK, _STREAM_SEEN):
            return answer
        if setting is not None:
            if answer == commands.REPLY_REFUSED:
                text = Message("the battery refused the change (KO). The value may be outside what this "
                               "battery accepts.")
            elif answer == commands.REPLY_NOT_AUTHORISED:
                text = Message("not allowed (NA): the PIN was not accepted. Reconnect with the right PIN.")
            else:
                text = Message("the battery did not understand the command (WRONG). This is a bug in the "
                               "app; please report it.")
            text = prefixed(setting.label, text)
        else:
            request = _request_words(data)
            if answer == commands.REPLY_REFUSED:
                text = Message("The battery refused {request} (KO).", request=request)
            elif answer == commands.REPLY_NOT_AUTHORISED:
                text = Message("The battery did not allow {request} (NA): the PIN was not accepted. "
                               "Reconnect with the right PIN.", request=request)
            else:
                text = Message("The battery did not understand {request} (WRONG). This is a bug in the app; "
                               "please report it.", request=request)
        kinds = {commands.REPLY_REFUSED: Refused, commands.REPLY_NOT_AUTHORISED: NotAuthorised}
        raise kinds.get(answer, Malformed)(text, setting=name, command=label)

    # ------------------------------------------------------------------ receiving

    def _on_bytes(self, data: bytes, t: float) -> None:
        for item in self.decoder.feed(data):
            if isinstance(item, ReplyLine):
                self._on_reply(item.text.strip())
                continue
            waiter = self._waiter
            if (waiter is not None and waiter.expect == "start" and not waiter.future.done()
                    and (waiter.echoed or not self._echoes_seen)):
                waiter.future.set_result(_STREAM_SEEN)  # the stream runs: E! took effect
            if self.on_item is not None:
                self.on_item(item, t)

    def _on_reply(self, text: str) -> None:
        if not text or text in ("$", "\x05"):
            return
        is_answer = text in commands.RESULT_REPLIES or "_" in text
        waiter = self._waiter
        if waiter is None or waiter.future.done():
            orphan = self._orphan
            if orphan is not None and is_answer and orphan.missing > 0:
                orphan.missing -= 1
                self.late_answers.append((orphan.label, text))
                log.info("late answer %r to %s, after it had timed out: not taken for another command",
                         text if "_" not in text else "(a record)", orphan.label)
                orphan.arrived.set()
            return
        if text == waiter.echo:
            waiter.echoed = True
            self._echoes_seen = True
            return
        if not is_answer or (text == commands.REPLY_OK and waiter.expect not in ("status", "start")):
            return
        if "_" in text and waiter.expect in ("status", "start"):
            return
        if self._echoes_seen and not waiter.echoed:
            # This device echoes, and this command's echo has not come yet: an earlier command's answer.
            self.late_answers.append(("an earlier command", text))
            log.info("answer %r before the echo of %s: not taken for it",
                     text if "_" not in text else "(a record)", _label(waiter.echo.encode("latin-1")))
            return
        waiter.future.set_result(text)

    # ------------------------------------------------------------------ keep-alive

    def _start_keepalive(self) -> None:
        if self._keepalive_task is None or self._keepalive_task.done():
            self._keepalive_task = asyncio.get_running_loop().create_task(self._keepalive())

    def _stop_keepalive(self) -> None:
        task, self._keepalive_task = self._keepalive_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    async def _keepalive(self) -> None:
        """`$` about every 330 ms while streaming (the device stops after ~1.6 s of silence)."""
        while self.streaming:
            await asyncio.sleep(self.keepalive_s)
            async with self._lock:
                if not self.streaming:
                    return
                try:
                    await self._send(commands.FLUSH)
                except LinkDown:
                    return
                self.keepalives_sent += 1


_shown = write_outcome.shown


def _optional_records_notice(failed: list[tuple[str, DeviceError]]) -> Message:
    """The notice for Gen3 extra records the battery did not give: which settings show as not reported."""
    kinds = [kind for kind, _ in failed]
    labels = [Label(p.label) for p in params.PARAMETERS if p.record in kinds and p.kind != "pin"]
    listed: Joined | Message = Joined(labels[:4])
    if len(labels) > 4:
        listed = Message("{listed} and {count} more", listed=listed, count=len(labels) - 4)
    reasons = Joined((Message("{record}: {reason}", record=kind, reason=short_reason(error))
                      for kind, error in failed), "; ")
    return Message("The battery did not give its {records} settings ({reasons}). These settings show as not "
                   "reported: {listed}. The live values are not affected; older firmware may lack these "
                   "records. Reconnect to try again.", records=all_of(kinds), reasons=reasons,
                   listed=listed)


def _read_pause_refused(error: DeviceError) -> Message:
    """The live stream did not pause before a batch of reads (the cell log, the SoC history)."""
    if isinstance(error, NotAuthorised):
        return Message("Not read: the battery did not accept the PIN for this (NA), so nothing was asked. "
                       "Connect again with the right PIN.")
    if isinstance(error, Malformed):
        return Message("Not read: the battery did not understand the request to pause its live data (WRONG), "
                       "so nothing was asked. This is a bug in the app; please report it.")
    return Message("Not read: the battery refused to pause its live data (KO), so nothing was asked. Read "
                   "again; if it refuses again, disconnect and connect again.")


class FrameClient:
    """The serial frame wire: read-only. Frames go to `on_item` (the model accumulates the rotating
    key/value extras itself)."""

    def __init__(self, transport: Transport, *, on_item: ItemCallback | None = None, gap_s: float = 0.3) -> None:
        from smartbms_gui.protocol.frame import FrameDecoder

        self._transport = transport
        self.on_item = on_item
        self.decoder = FrameDecoder(gap_s=gap_s)
        transport.add_receiver(self._on_bytes)

    def detach(self) -> None:
        self._transport.remove_receiver(self._on_bytes)

    def _on_bytes(self, data: bytes, t: float) -> None:
        for frame in self.decoder.feed(data, t):
            if self.on_item is not None:
                self.on_item(frame, t)
