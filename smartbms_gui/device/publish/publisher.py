"""`MqttPublisher`: the live data of one or more batteries on an MQTT broker (module text of
`device/publish/__init__.py`; the topics in `payloads.py`).

Promises:

- a state message per battery every `interval_s` while its link is live, and one at once when a
  warning light or a relay changes; each is queued first and leaves the queue only when the broker
  acknowledged it (QoS 1), so a broker that goes away loses nothing younger than `queue_limit_s`,
  and the queue goes out in order after the reconnect;
- the broker is tried again with a growing pause (1 s doubling to 10 s, ±20 % jitter); a refused login
  is not retried (the phase is FAILED with the broker's reason) until `restart()`;
- `<prefix>/status` is `online` while connected, and the broker itself sets it `offline` (the last
  will) when the publisher goes without saying goodbye (a killed app, a pulled network cable);
- each battery's `availability` follows its link, so a pulled battery cable shows as offline too;
- the retained discovery configs (and availability) are sent again after every connect, so a
  broker restarted without persistence knows the batteries again.

The cells' message is the latest only (QoS 0): it is not queued while the broker is away.
Use on one asyncio loop (the window's qasync loop or the command line's).
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from smartbms_gui.device.model import LIGHTS, LINK, RELAYS, LiveState
from smartbms_gui.device.publish import payloads
from smartbms_gui.device.publish.config import PublishConfig, topic_id
from smartbms_gui.device.publish.outbox import Outbox, Outgoing
from smartbms_gui.messages import Message

log = logging.getLogger(__name__)

BACKOFF_INITIAL_S = 1.0
BACKOFF_MAX_S = 10.0
#: state messages handed to the broker at once when a queue goes out (paho's in-flight window is 20)
SEND_WINDOW = 20
#: how long `close()` waits for the queue to go out before saying goodbye
CLOSE_FLUSH_S = 3.0
#: MQTT 3.1.1 CONNACK codes and MQTT 5 reason codes that retrying will not change (in words the window
#: translates: `Message`s; the command line and the logs see their English)
_NO_VERSION = Message("the broker does not speak this MQTT version")
_NO_CLIENT_ID = Message("the broker refused the client id")
_BAD_LOGIN = Message("wrong user name or password")
_NOT_AUTHORISED = Message("not authorised")
_REFUSED_V3 = {1: _NO_VERSION, 2: _NO_CLIENT_ID, 4: _BAD_LOGIN, 5: _NOT_AUTHORISED}
_REFUSED_V5 = {132: _NO_VERSION, 133: _NO_CLIENT_ID, 134: _BAD_LOGIN, 135: _NOT_AUTHORISED,
               138: Message("banned by the broker"), 140: Message("the broker refused the login method")}
#: refusals that may pass (MQTT 3.1.1 "server unavailable", MQTT 5 "server unavailable" and "busy")
_UNAVAILABLE = {3, 136, 137}


class PublisherPhase(enum.Enum):
    STOPPED = "stopped"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    WAITING = "waiting"  # the broker went away or could not be reached: trying again soon
    FAILED = "failed"  # refused (login, client id, version): not retried by itself


@dataclass(frozen=True)
class PublisherStatus:
    phase: PublisherPhase = PublisherPhase.STOPPED
    broker: str = ""
    #: state messages waiting for the broker
    queued: int = 0
    #: state messages taken since the start (sent + queued + dropped, less any sent twice after a drop)
    made: int = 0
    #: state messages acknowledged by the broker since the start (one resent after a cut connection counts
    #: twice: the broker may have had it already)
    sent: int = 0
    #: state messages dropped because they were older than the queue limit
    dropped: int = 0
    #: the last thing that went wrong, in words (kept after the reconnect, as the window shows it)
    last_error: str = ""
    retry_in_s: float | None = None
    batteries: int = 0

    @property
    def connected(self) -> bool:
        return self.phase is PublisherPhase.CONNECTED

    def text(self) -> str:
        """One English line for the command line and the logs (the window words it itself)."""
        where = f" {self.broker}" if self.broker else ""
        if self.phase is PublisherPhase.CONNECTED:
            line = f"connected to{where}"
        elif self.phase is PublisherPhase.CONNECTING:
            line = f"connecting to{where}"
        elif self.phase is PublisherPhase.WAITING:
            line = f"broker{where} away" + (f", trying again in {self.retry_in_s:.0f} s"
                                            if self.retry_in_s is not None else "")
        elif self.phase is PublisherPhase.FAILED:
            line = f"refused by{where}"
        else:
            line = "stopped"
        if self.queued:
            line += f"; {self.queued} queued"
        if self.dropped:
            line += f"; {self.dropped} dropped (older than the queue limit)"
        if self.last_error and self.phase is not PublisherPhase.CONNECTED:
            line += f"; {self.last_error}"
        return line


class ConnectionLost(Exception):
    """The broker's connection dropped (the broker went away, the network failed)."""


@dataclass
class _Battery:
    serial: str
    live: LiveState
    name: str
    listener: Callable[[frozenset], None]
    cells_due: bool = False


def _code(exc: BaseException) -> int | None:
    if type(exc).__name__ not in ("MqttConnectError", "MqttCodeError"):
        return None
    rc = getattr(exc, "rc", None)
    value = getattr(rc, "value", rc)
    return value if isinstance(value, int) else None


def _refusal(exc: BaseException) -> Message | None:
    """The words for a refused connection that retrying will not change, else None."""
    if type(exc).__name__ != "MqttConnectError":
        return None
    value = _code(exc)
    if value is None:
        return None
    return _REFUSED_V5.get(value) if value >= 128 else _REFUSED_V3.get(value)


#: (what the socket, ssl or paho says, lower case) → the words; aiomqtt keeps only the text of an OSError
_SAID = (
    (("certificate verify failed", "certificate_verify_failed"), "certificate"),
    (("[ssl", "ssl:", "tls", "wrong version number", "handshake"), "tls"),
    (("errno 111", "errno 61", "errno 10061", "connection refused"), "refused"),
    (("name or service not known", "nodename nor servname", "getaddrinfo", "errno -2", "errno -3",
      "errno -5", "errno 11001", "temporary failure in name resolution"), "host"),
    (("timed out", "timeout"), "timeout"),
    (("network is unreachable", "no route to host", "errno 101", "errno 113", "errno 65", "errno 51"),
     "network"),
    (("connection reset", "broken pipe", "errno 104", "errno 32", "errno 54"), "reset"),
)


def _detail(text: str) -> str:
    """The library's text less its noise: "[SSL: X] words (_ssl.c:1000)" → "words"."""
    text = re.sub(r"\s*\(_ssl\.c:\d+\)", "", text)
    text = re.sub(r"^\[[^\]]*\]\s*", "", text)
    return text.strip() or text


def _plain_words(text: str) -> Message | None:
    lowered = text.lower()
    for needles, kind in _SAID:
        if not any(n in lowered for n in needles):
            continue
        if kind == "certificate":
            return Message("the broker's certificate was not accepted ({detail})",
                           detail=_detail(text.split("certificate verify failed:")[-1]))
        if kind == "tls":
            return Message("the secure connection (TLS) failed ({detail})", detail=_detail(text))
        if kind == "refused":
            return Message("connection refused: no broker answers at that address and port")
        if kind == "host":
            return Message("the broker's host name was not found")
        if kind == "timeout":
            return Message("no answer from the broker (timed out)")
        if kind == "network":
            return Message("the network cannot reach the broker")
        return Message("the broker closed the connection")
    return None


def describe_error(exc: BaseException) -> str:
    """Words for what aiomqtt/paho or the socket raised: a `Message` (the window translates it) for
    what is known, else the library's own text."""
    refused = _refusal(exc)
    if refused is not None:
        return Message("refused: {reason}", reason=refused)
    if _code(exc) in _UNAVAILABLE:
        return Message("the broker is unavailable just now")
    if isinstance(exc, ConnectionLost):
        return str(exc)
    text = str(exc) or type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, OSError) and str(cause) not in text:
        text = f"{text} ({cause.strerror or cause})"
    return _plain_words(text) or text


def _lasting(exc: BaseException) -> bool:
    return _refusal(exc) is not None


class MqttPublisher:
    """See the module text. `password`: from the keyring or the caller; never stored, never logged."""

    def __init__(self, config: PublishConfig, *, password: str | None = None,
                 on_status: Callable[[PublisherStatus], None] | None = None,
                 wall_clock: Callable[[], float] = time.time, backoff_initial_s: float = BACKOFF_INITIAL_S,
                 backoff_max_s: float = BACKOFF_MAX_S) -> None:
        self.config = config.checked()
        self.backoff_initial_s = backoff_initial_s
        self.backoff_max_s = backoff_max_s
        self._retry_now = False
        self._password = password or None
        if self._password:
            from smartbms_gui import logs

            logs.add_secret(self._password)
        self.on_status = on_status
        self._wall = wall_clock
        self._batteries: dict[str, _Battery] = {}
        self._outbox = Outbox(config.queue_limit_s)
        #: retained control messages by topic, latest value only, in the order first asked for
        self._control: dict[str, bytes] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._closing = False
        self._sent = 0
        self._made = 0
        self._status = PublisherStatus(broker=config.url)
        self._waiters: list[tuple[Callable[[PublisherStatus], bool], asyncio.Future]] = []

    # ------------------------------------------------------------------ batteries

    @property
    def status(self) -> PublisherStatus:
        return self._status

    @property
    def serials(self) -> list[str]:
        return list(self._batteries)

    def add_battery(self, serial: str, live: LiveState, *, name: str = "") -> None:
        """Publish this battery's live model under its serial (again: replaces the earlier one)."""
        serial = str(serial)
        if serial in self._batteries:
            self._drop_listener(self._batteries[serial])
        battery = _Battery(serial, live, name, listener=_ignore)
        battery.listener = self._listener_for(battery)
        live.add_listener(battery.listener)
        self._batteries[serial] = battery
        self._announce(battery)
        self._update(batteries=len(self._batteries))

    def _listener_for(self, battery: _Battery) -> Callable[[frozenset], None]:
        def listener(names: frozenset) -> None:
            self._on_change(battery, names)

        return listener

    def remove_battery(self, serial: str, *, remove_entities: bool = True) -> None:
        """Stop publishing this battery. `remove_entities`: its Home Assistant entities go too (empty
        retained configs); else it stays known there, shown offline (the window moved to another battery)."""
        battery = self._batteries.pop(str(serial), None)
        if battery is None:
            return
        self._drop_listener(battery)
        if remove_entities:
            messages = list(payloads.removal_messages(self.config, battery.serial))
        else:
            messages = [(payloads.availability_topic(self.config, battery.serial), payloads.OFFLINE.encode())]
        for topic, payload in messages:
            self._control.pop(topic, None)
            self._control[topic] = payload
        self._update(batteries=len(self._batteries))
        self._wake.set()

    def _drop_listener(self, battery: _Battery) -> None:
        battery.live.remove_listener(battery.listener)

    def _announce(self, battery: _Battery) -> None:
        """Discovery (when on) and the battery's availability, as control messages."""
        if self.config.discovery:
            for topic, payload in payloads.discovery_messages(self.config, battery.serial, name=battery.name):
                self._control[topic] = payload
        self._set_availability(battery)

    def _set_availability(self, battery: _Battery) -> None:
        topic = payloads.availability_topic(self.config, battery.serial)
        self._control.pop(topic, None)  # the newest word goes last
        self._control[topic] = (payloads.ONLINE if battery.live.link_up else payloads.OFFLINE).encode()
        self._wake.set()

    def _on_change(self, battery: _Battery, names: frozenset) -> None:
        # called on every decoded record: keep the common case (nothing of ours changed) cheap
        if LINK in names:
            self._set_availability(battery)
        if (LIGHTS in names or RELAYS in names) and payloads.has_values(battery.live):
            self._queue_state(battery)

    def _queue_state(self, battery: _Battery) -> None:
        obj = payloads.state_payload(battery.live, self._wall())
        self._outbox.push(Outgoing(payloads.state_topic(self.config, battery.serial), payloads.encode(obj),
                                   time.monotonic()))
        self._made += 1
        self._wake.set()
        self._update()

    def publish_now(self) -> None:
        """Take a state message (and the cells) of every live battery now, as the timer does."""
        for battery in self._batteries.values():
            if payloads.has_values(battery.live):
                self._queue_state(battery)
                battery.cells_due = self.config.cells and bool(battery.live.cells)
        if not self._status.connected:
            self._outbox.expire(time.monotonic())  # the limit is on waiting for the broker, not on sending
        self._update()

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._closing = False
            # ensure_future: also from a Qt slot on the qasync loop, where no loop may be "running" just then
            self._task = asyncio.ensure_future(self._run())

    def restart(self, config: PublishConfig | None = None, *, password: str | None = None) -> None:
        """Start again after FAILED (or with new settings: call `close()` first)."""
        if config is not None:
            self.config = config.checked()
            self._outbox.limit_s = config.queue_limit_s
        if password is not None:
            self._password = password or None
        self.start()

    async def close(self) -> None:
        """Send what is queued (for up to CLOSE_FLUSH_S), say `offline`, disconnect cleanly."""
        self._closing = True
        self._wake.set()
        task, self._task = self._task, None
        if task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(task), CLOSE_FLUSH_S + 2.0)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
            except Exception:  # noqa: BLE001 - closing: already reported through the status
                log.debug("the publisher ended with an error", exc_info=True)
        for battery in list(self._batteries.values()):
            self._drop_listener(battery)
        self._update(phase=PublisherPhase.STOPPED, retry_in_s=None)

    async def wait_for(self, predicate: Callable[[PublisherStatus], bool], timeout: float | None = None
                       ) -> PublisherStatus:
        if predicate(self._status):
            return self._status
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)

    def _update(self, **changes: Any) -> None:
        status = replace(self._status, queued=len(self._outbox), dropped=self._outbox.dropped, sent=self._sent,
                         made=self._made, **changes)
        if status == self._status:
            return
        self._status = status
        for predicate, future in list(self._waiters):
            if not future.done() and predicate(status):
                future.set_result(status)
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # noqa: BLE001 - a listener must not stop the publisher
                log.exception("the publisher's status listener failed")

    async def _run(self) -> None:
        ticker = asyncio.get_running_loop().create_task(self._tick(), name="mqtt-publisher-timer")
        delay = self.backoff_initial_s
        try:
            while not self._closing:
                self._update(phase=PublisherPhase.CONNECTING, retry_in_s=None)
                self._retry_now = False
                try:
                    await self._connection()
                    delay = self.backoff_initial_s
                    if self._closing:
                        break
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - aiomqtt's MqttError, OSError, ssl errors
                    if self._closing:
                        break
                    error = describe_error(exc)
                    log.info("MQTT broker %s: %s", self.config.url, error)
                    if _lasting(exc):
                        self._update(phase=PublisherPhase.FAILED, last_error=error, retry_in_s=None)
                        return
                    wait = delay * random.uniform(0.8, 1.2)
                    self._update(phase=PublisherPhase.WAITING, last_error=error, retry_in_s=wait)
                    await self._pause(wait)
                    delay = min(delay * 2, self.backoff_max_s)
        finally:
            ticker.cancel()
            await asyncio.gather(ticker, return_exceptions=True)

    def retry_now(self) -> None:
        """Cut the pause before the next connection attempt short (the window's "Connect now")."""
        self._retry_now = True
        self._wake.set()

    async def _pause(self, seconds: float) -> None:
        self._wake.clear()
        end = asyncio.get_running_loop().time() + seconds
        while not self._closing and not self._retry_now:
            left = end - asyncio.get_running_loop().time()
            if left <= 0:
                return
            try:
                await asyncio.wait_for(self._wake.wait(), left)
            except asyncio.TimeoutError:
                return
            self._wake.clear()

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        interval = self.config.interval_s
        next_t = loop.time() + interval
        while True:
            await asyncio.sleep(max(0.0, next_t - loop.time()))
            next_t += interval
            if next_t < loop.time():  # the loop was held up: do not catch up in a burst
                next_t = loop.time() + interval
            self.publish_now()

    def _client(self, *, will: bool = True):
        import ssl

        import aiomqtt

        config = self.config
        tls_context = None
        if config.tls:
            tls_context = ssl.create_default_context(cafile=config.ca_file or None)  # checks name and chain
        protocol = aiomqtt.ProtocolVersion.V5 if config.protocol == "5" else aiomqtt.ProtocolVersion.V311
        last_will = aiomqtt.Will(config.bridge_topic, payloads.OFFLINE.encode(), qos=1, retain=True) if will else None
        client = aiomqtt.Client(config.host, config.port, username=config.username or None,
                                password=self._password if config.username else None,
                                identifier=config.effective_client_id, protocol=protocol, will=last_will,
                                keepalive=config.keepalive_s, tls_context=tls_context, timeout=10.0,
                                logger=logging.getLogger("smartbms_gui.device.publish.paho"))
        # aiomqtt warns above 10 calls waiting for their acknowledgement; a queue goes out SEND_WINDOW at once
        client.pending_calls_threshold = 2 * SEND_WINDOW
        return client

    async def _connection(self) -> None:
        client = self._client()
        async with client:
            self._update(phase=PublisherPhase.CONNECTED, retry_in_s=None)
            log.info("MQTT: connected to %s", self.config.url)
            await client.publish(self.config.bridge_topic, payloads.ONLINE.encode(), qos=1, retain=True)
            for battery in self._batteries.values():
                self._announce(battery)  # retained messages again: the broker may have restarted empty
            loop = asyncio.get_running_loop()
            watcher = loop.create_task(self._watch(client))
            sender = loop.create_task(self._send(client))
            done, pending = await asyncio.wait({watcher, sender}, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if self._outbox.in_flight:
                self._outbox.failed()
            errors = [e for e in (t.exception() for t in done if not t.cancelled()) if e is not None]
            if errors:
                raise errors[0]  # (every task's error retrieved: none is "never retrieved")
            if self._closing:
                await self._goodbye(client)

    async def _watch(self, client) -> None:
        """Ends (raising ConnectionLost) when the connection drops, even while nothing is sent."""
        try:
            async for _message in client.messages:
                pass
        except Exception as exc:  # noqa: BLE001 - aiomqtt's MqttError("Disconnected during message iteration")
            raise ConnectionLost(Message("the connection to the broker was lost")) from exc
        raise ConnectionLost(Message("the connection to the broker was lost"))

    async def _goodbye(self, client) -> None:
        try:
            await client.publish(self.config.bridge_topic, payloads.OFFLINE.encode(), qos=1, retain=True,
                                 timeout=2.0)
        except Exception as exc:  # noqa: BLE001 - the will says the same if this fails
            log.info("MQTT: could not say offline: %s", describe_error(exc))

    async def _send(self, client) -> None:
        outbox = self._outbox
        while True:
            self._wake.clear()
            if self._control:
                topic = next(iter(self._control))
                payload = self._control[topic]
                await client.publish(topic, payload, qos=1, retain=True)
                if self._control.get(topic) is payload:
                    del self._control[topic]
                continue
            if len(outbox):
                batch = outbox.take(SEND_WINDOW)
                try:
                    await asyncio.gather(*(client.publish(m.topic, m.payload, qos=1) for m in batch))
                except BaseException:
                    outbox.failed()
                    raise
                outbox.done()
                self._sent += len(batch)
                self._update()
                continue
            due = [b for b in self._batteries.values() if b.cells_due]
            if due:
                for battery in due:
                    battery.cells_due = False
                    if battery.live.cells:
                        obj = payloads.cells_payload(battery.live, self._wall())
                        await client.publish(payloads.cells_topic(self.config, battery.serial),
                                             payloads.encode(obj), qos=0)
                continue
            if self._closing:
                return
            await self._wake.wait()


async def check_connection(config: PublishConfig, password: str | None = None, *, timeout: float = 8.0) -> None:
    """Connect once and publish a test message with QoS 1 (the window's "Test connection"); raises
    `ConnectionCheckFailed` with the reason in words."""
    # its own client id (the broker would otherwise end the running publisher's connection), and no will
    own = replace(config, client_id=f"{config.effective_client_id}-check")
    client = MqttPublisher(own, password=password)._client(will=False)

    async def once() -> None:
        async with client:
            # not retained, not on a topic the running publisher uses: connecting changes nothing
            await client.publish(f"{config.prefix}/connection_test", b"ok", qos=1)

    try:
        await asyncio.wait_for(once(), timeout)
    except (asyncio.TimeoutError, TimeoutError):
        raise ConnectionCheckFailed(Message("no answer from {url} within {seconds} s", url=config.url,
                                            seconds=f"{timeout:g}")) from None
    except Exception as exc:  # noqa: BLE001 - aiomqtt's MqttError, OSError, ssl errors: all in words
        raise ConnectionCheckFailed(describe_error(exc)) from None


class ConnectionCheckFailed(Exception):
    """The broker could not be reached or refused (the text says why: `args[0]`, a `Message` when known)."""


def _ignore(names: frozenset) -> None:
    pass


def battery_id(serial: str | None, position: int) -> str:
    """The topic level of a battery whose serial number may be unknown (then `pack<position>`)."""
    return topic_id(serial) if serial else f"pack{position}"
