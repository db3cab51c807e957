"""Talking to one battery over an open transport: the ASCII command protocol and the serial frame.

`AsciiClient` owns the request/answer discipline of docs/protocol.md §3: one request in flight at a
time through one lock (the `$` keep-alive too), each answer awaited with a timeout, reads retried
a bounded number of times. Everything the device sends goes through one `StreamDecoder`: stream
records go to `on_item`, `ReplyLine` tokens answer the request in flight.

`FrameClient` is the read-only serial wire: frames in, frames out to `on_item`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
)
from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.errors import ProtocolError
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.transport.base import Transport, TransportError
from smartbms_gui.transport.reasons import reason

log = logging.getLogger(__name__)

ItemCallback = Callable[[Any, float], None]

DEFAULT_PIN = "1234"
DEFAULT_PIN_WARNING = (
    "This battery still uses the factory PIN 1234. Anyone nearby with the app can change its "
    "settings: consider choosing your own PIN in Settings."
)

GEN2_RECORDS = ("V", "S1", "S2")
GEN3_RECORDS = ("V", "S1", "S2", "S3", "SRY0", "SRY1")


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

    @property
    def message(self) -> str:
        return "" if self.error is None else str(self.error)

    def __repr__(self) -> str:  # the PIN is a setting too: never show it
        shown = "****" if self.name == "pin" else repr(self.requested)
        return f"WriteResult({self.name}, requested={shown}, ok={self.ok}, error={self.message!r})"


@dataclass
class _Waiter:
    """The request in flight: what it sent and what answer it waits for."""

    echo: str  # the command text the device echoes first
    expect: str  # "status" (OK/KO/NA/WRONG) or a settings record kind
    future: asyncio.Future
    echoed: bool = False


def _label(data: bytes) -> str:
    """A command as text for messages and logs; a login never shows its PIN."""
    text = data.rstrip(b"\r").decode("ascii", "replace")
    return "PW****!" if text.startswith("PW") else text


class AsciiClient:
    """The ASCII command protocol over one open transport (BLE or the simulator link).

    `wake_wait_s` is the pause after the wake-up bytes (~1.5 s on the real module; tests against
    the simulator shorten it). `timeout_s` is per attempt; reads get `retries` more attempts.
    Writes are never retried: a byte write that timed out may still have landed.
    """

    def __init__(
        self,
        transport: Transport,
        pin: str | None,
        generation: Generation = Generation.GEN2,
        *,
        wake_wait_s: float = 1.5,
        timeout_s: float = 1.5,
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
        self.retries = retries
        self.keepalive_s = keepalive_s
        self.on_item = on_item
        self.on_notice = on_notice
        self.decoder = StreamDecoder(self.generation)
        self._lock = asyncio.Lock()
        self._waiter: _Waiter | None = None
        self._keepalive_task: asyncio.Task | None = None
        self._link_error: Exception | None = None
        self.streaming = False
        self.records: dict[str, ascii_records.SettingsRecord] = {}
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
        waiter = self._waiter
        if waiter is not None and not waiter.future.done():
            waiter.future.set_exception(LinkDown("The link dropped while waiting for the battery's answer."))
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
        """Every settings record of this generation → {parameter name: value} (PIN left out)."""
        for kind in settings_records_for(self.generation):
            await self.read_record(kind)
        return params.decode_settings(self.records)

    async def start_stream(self) -> None:
        await self._request(commands.start_stream(), "status", retries=self.retries)
        self.streaming = True
        self._start_keepalive()

    async def stop_stream(self) -> None:
        self._stop_keepalive()
        self.streaming = False
        await self._request(commands.stop_stream(), "status", retries=self.retries)

    # ------------------------------------------------------------------ writes

    async def write_setting(self, param: params.Parameter, value: Any) -> WriteResult:
        """Write one setting (byte, or word high byte first), then read its record back and compare.

        Raises nothing for the device's answers: they come back as a failed `WriteResult`
        naming the setting. `LinkDown` is raised, because the caller must stop writing.
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
            except (Refused, NotAuthorised, Malformed, RequestTimeout) as exc:
                error = type(exc)(f"{param.label}: not written, the battery did not pause its live stream "
                                  f"first ({exc})", setting=name)
                await self.resume_stream()
                return WriteResult(name, value, False, error=error)
        try:
            for command in data:
                try:
                    await self._request(command, "status", retries=0, setting=param)
                except RequestTimeout as exc:
                    # Not retried: the byte may have landed. Say so instead of guessing.
                    return WriteResult(name, value, False, error=exc)
                except (Refused, NotAuthorised, Malformed) as exc:
                    return WriteResult(name, value, False, error=exc)
            if not param.readable:
                return WriteResult(name, value, True, value=value, verified=False)
            try:
                record = await self.read_record(param.record)
            except (RequestTimeout, Refused, NotAuthorised, Malformed) as exc:
                return WriteResult(name, value, False, error=RequestTimeout(
                    f"{param.label} was written but could not be read back to check it: {exc}", setting=name))
            raw = record.raw_value(param.field)
            expected = param.to_raw(value)
            if raw != expected:
                shown = param.to_value(raw) if raw is not None else "not available"
                error = ReadBackMismatch(
                    f"{param.label}: wrote {_shown(param, value)} but the battery reports {_shown(param, shown)}. "
                    "The setting may be limited by the battery; check it and try again.",
                    setting=name, written=value, read_back=shown)
                return WriteResult(name, value, False, value=None if raw is None else shown, error=error)
            return WriteResult(name, value, True, value=param.to_value(raw))
        finally:
            if was_streaming:
                await self.resume_stream()

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

    # ------------------------------------------------------------------ request machinery

    async def _send(self, data: bytes) -> None:
        if self._link_error is not None:
            raise LinkDown("The link is down.")
        try:
            await self._transport.write(data)
        except TransportError as exc:
            raise LinkDown(f"The link dropped while sending: {reason(exc)}.") from exc

    async def _request(self, data: bytes, expect: str, *, retries: int, setting: params.Parameter | None = None):
        label = _label(data)
        async with self._lock:
            last_error: DeviceError | None = None
            for attempt in range(retries + 1):
                loop = asyncio.get_running_loop()
                waiter = _Waiter(echo=data.rstrip(b"\r").decode("latin-1"), expect=expect,
                                 future=loop.create_future())
                self._waiter = waiter
                try:
                    self.requests_sent += 1
                    await self._send(data)
                    await self._send(commands.FLUSH)  # the device may hold its answer until the next byte
                    answer = await self._await(waiter)
                except RequestTimeout as exc:
                    self.timeouts += 1
                    last_error = exc
                    log.info("no answer to %s (attempt %d of %d)", label, attempt + 1, retries + 1)
                    continue
                finally:
                    self._waiter = None
                if expect == "status" or answer in commands.RESULT_REPLIES:
                    # A record read answered KO/NA/WRONG is a refusal, not a damaged record: no retry.
                    return self._check_status(answer, label, setting)
                try:
                    return ascii_records.parse_settings_record(expect, answer)
                except ProtocolError as exc:
                    last_error = Malformed(f"The {expect} record arrived damaged ({exc}).", command=label)
                    log.info("damaged %s record (attempt %d of %d): %s", expect, attempt + 1, retries + 1, exc)
                    continue
            what = f"{setting.label}: " if setting is not None else ""
            if isinstance(last_error, RequestTimeout):
                raise RequestTimeout(
                    f"{what}the battery did not answer {label} within {self.timeout_s:g} s "
                    f"({retries + 1} attempt{'s' if retries else ''}). Check that it is in range and powered.",
                    setting=setting.name if setting else None, command=label)
            assert last_error is not None
            raise last_error

    async def _await(self, waiter: _Waiter) -> str:
        """Wait for the answer, sending `$` every keep-alive period so the device keeps talking."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
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

    def _check_status(self, answer: str, label: str, setting: params.Parameter | None) -> str:
        name = setting.name if setting is not None else None
        what = setting.label if setting is not None else label
        if answer == commands.REPLY_OK:
            return answer
        if answer == commands.REPLY_REFUSED:
            raise Refused(f"{what}: the battery refused the change (KO). The value may be outside what this "
                          "battery accepts.", setting=name, command=label)
        if answer == commands.REPLY_NOT_AUTHORISED:
            raise NotAuthorised(f"{what}: not allowed (NA): the PIN was not accepted. Reconnect with the right "
                                "PIN.", setting=name, command=label)
        raise Malformed(f"{what}: the battery did not understand the command (WRONG). This is a bug in the "
                        "app; please report it.", setting=name, command=label)

    # ------------------------------------------------------------------ receiving

    def _on_bytes(self, data: bytes, t: float) -> None:
        for item in self.decoder.feed(data):
            if isinstance(item, ReplyLine):
                self._on_reply(item.text.strip())
            elif self.on_item is not None:
                self.on_item(item, t)

    def _on_reply(self, text: str) -> None:
        waiter = self._waiter
        if not text or text in ("$", "\x05") or waiter is None or waiter.future.done():
            return
        if text == waiter.echo:
            waiter.echoed = True
            return
        if text in commands.RESULT_REPLIES:
            if waiter.expect == "status" or text != commands.REPLY_OK:
                waiter.future.set_result(text)
            return
        if waiter.expect != "status" and "_" in text:
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


def _shown(param: params.Parameter, value: Any) -> str:
    if param.kind == "pin":
        return "****"
    if isinstance(value, float):
        return f"{value:g} {param.unit}".strip()
    return f"{value} {param.unit}".strip()


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
