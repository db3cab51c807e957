"""Client and session logic against the simulated battery over the in-process link (real protocol bytes)."""

import asyncio
import itertools
import logging
import random

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device import session as session_module
from smartbms_gui.device.client import AsciiClient
from smartbms_gui.device.errors import BatchStopped, LinkDown, Malformed, Refused, RequestTimeout, WrongPin
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession, backoff_delay
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.transport.base import Transport, Wire


def make_session(sim, **overrides):
    events = {"states": [], "items": [], "errors": [], "notices": [], "bytes": []}
    options = {**FAST, **overrides}
    live = options.pop("live", LiveState(generation=sim.generation))
    session = DeviceSession(
        sim.link, pin=options.pop("pin", "1234"), generation=sim.generation, live=live,
        on_state=events["states"].append, on_item=lambda item, t: events["items"].append(item),
        on_error=events["errors"].append, on_notice=events["notices"].append,
        on_bytes=lambda data, t: events["bytes"].append(data), **options)
    return session, events


async def test_connect_reads_settings_and_streams(sim):
    session, events = make_session(sim)
    state = await session.connect(5)
    assert state.phase is Phase.STREAMING
    phases = [s.phase for s in events["states"]]
    assert phases.index(Phase.AUTHENTICATING) < phases.index(Phase.READING_SETTINGS) < phases.index(Phase.STREAMING)
    # like the official app: D! after the login and before the first E! (docs/protocol.md §3)
    commands_sent = [d for d in sim.sent if d != b"$"]
    assert commands_sent[:5] == [b"\x05\r", b"PW1234!\r", b"D!\r", b"V@\r", b"S1@\r"]
    assert commands_sent.index(b"D!\r") < commands_sent.index(b"E!\r")
    expected = params.parameter("vmax_v").to_value(sim.battery.settings["vmax_v"])
    assert session.settings["vmax_v"] == expected
    assert session.live.settings["vmax_v"] == expected
    if sim.generation == 3:
        assert "relay1_function" in session.settings and "chemistry" in session.settings
    else:
        assert "chemistry" not in session.settings
    await until(lambda: any(isinstance(i, PackRecord) for i in events["items"]), what="a pack record")
    await asyncio.sleep(0.1)
    assert session.client.decoder.dropped == 0
    assert session.live.get("pack_voltage_v") == pytest.approx(sim.battery.pack_voltage_v, abs=0.1)
    assert not session.live.stale
    await session.close()
    assert session.state.phase is Phase.DISCONNECTED
    assert sim.sent[-2:] == [b"D!\r", b"$"]  # the stream is stopped politely on close


async def test_wrong_pin_fails_without_retrying(sim2):
    session, events = make_session(sim2, pin="9999")
    state = await session.connect(5)
    assert state.phase is Phase.FAILED and state.reason == "wrong PIN"
    assert isinstance(events["errors"][0], WrongPin)
    assert "Wrong PIN" in str(events["errors"][0])
    await asyncio.sleep(0.3)
    assert session.connects == 1  # a wrong PIN is not hammered again
    await session.close()


async def test_factory_pin_earns_a_notice_and_a_custom_pin_does_not(sim2):
    session, events = make_session(sim2)
    await session.connect(5)
    await session.close()
    assert len(events["notices"]) == 1 and "1234" in events["notices"][0]

    sim2.battery.change_pin("4821")
    session, events = make_session(sim2, pin="4821")
    assert (await session.connect(5)).phase is Phase.STREAMING
    await session.close()
    assert events["notices"] == []


async def test_write_reads_back_and_resumes_stream(sim2):
    session, events = make_session(sim2)
    await session.connect(5)
    results = await session.write_settings({"vmax_v": 3.6, "capacity_wh": 5000.0})
    assert [r.ok for r in results] == [True, True], results
    assert results[0].value == 3.6
    assert params.parameter("vmax_v").to_value(sim2.battery.settings["vmax_v"]) == 3.6
    assert session.settings["capacity_wh"] == 5000.0
    writes = [d for d in sim2.sent if d.endswith(b"!\r") and b"-" in d]
    assert writes == params.encode_write(params.parameter("vmax_v"), 3.6, hardware=False) + \
        params.encode_write(params.parameter("capacity_wh"), 5000.0, hardware=False)
    # the stream is paused once for the batch of writes and read-backs, then started again (the
    # first D! is the one sent before the first E! at connect)
    assert sim2.sent.count(b"D!\r") == 2 and sim2.sent.count(b"E!\r") == 2
    before = len(events["items"])
    await until(lambda: len(events["items"]) > before, what="more records")
    await session.close()


async def test_write_refused_names_the_setting_stops_the_batch_and_changes_nothing():
    address = params.parameter("vmin_v").address
    sim = await Sim(2, refuse={address, address + 1}).start()
    try:
        session, _ = make_session(sim)
        await session.connect(5)
        before = dict(sim.battery.settings)
        results = await session.write_settings({"vmin_v": 2.8, "vmax_v": 3.6})
        assert not results[0].ok and isinstance(results[0].error, Refused)
        assert results[0].error.setting == "vmin_v" and "KO" in results[0].message
        assert "V min" in results[0].message and "still holds the old value" in results[0].message
        assert results[0].value == session.settings["vmin_v"]  # read back at once
        assert not results[1].ok and isinstance(results[1].error, BatchStopped)
        assert "not written" in results[1].message and "V min" in results[1].message
        assert sim.battery.settings == before
        assert not [d for d in sim.sent if d.startswith(b"0") and d.endswith(b"-050!\r")]  # V max never sent
        assert session.state.phase is Phase.STREAMING
        await session.close()
    finally:
        await sim.stop()


async def test_invalid_change_is_not_sent(sim2):
    session, _ = make_session(sim2)
    await session.connect(5)
    count = len(sim2.sent)
    results = await session.write_settings({"vmin_v": 3.7, "vmax_v": 3.6})
    assert not any(r.ok for r in results)
    assert "V min" in results[0].message or "V max" in results[0].message
    assert not [d for d in sim2.sent[count:] if b"-" in d]
    results = await session.write_settings({"chemistry": 1})  # Gen3 only
    assert not results[0].ok and "Gen2" in results[0].message
    await session.close()


async def test_read_timeout_is_retried_then_reported(sim2):
    transport = sim2.link()
    await transport.open()
    client = AsciiClient(transport, "1234", sim2.generation, timeout_s=0.15, retries=2, keepalive_s=0.05,
                         late_answer_s=0.05)
    sim2.battery.faults.inject("missing_replies")
    before = sim2.peer.commands_received
    with pytest.raises(RequestTimeout) as caught:
        await client.read_record("S1")
    assert sim2.peer.commands_received - before == 3
    assert "3 attempts" in str(caught.value)
    # and a reply that comes back on the second attempt is taken
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, sim2.battery.faults.clear, "missing_replies")
    record = await client.read_record("S2")
    assert record.kind == "S2" and client.timeouts >= 4
    await transport.close()


async def test_one_request_in_flight_including_keepalive(sim2):
    transport = sim2.link()
    await transport.open()
    client = AsciiClient(transport, "1234", sim2.generation, keepalive_s=0.02)
    log = []
    real_write = transport.write

    async def write(data):
        log.append(("tx", data))
        await real_write(data)

    transport.write = write
    real_reply = client._on_reply

    def on_reply(text):
        if client._waiter is not None and not client._waiter.future.done():
            real_reply(text)
            if client._waiter is not None and client._waiter.future.done():
                log.append(("answer", text))
        else:
            real_reply(text)

    client._on_reply = on_reply
    await client.login()
    client.streaming = True
    client._start_keepalive()
    await asyncio.gather(*(client.read_record(k) for k in ("V", "S1", "S2")))
    await asyncio.sleep(0.1)  # keep-alives go out while idle...
    await asyncio.gather(*(client.read_record(k) for k in ("S1", "S2", "V")), asyncio.sleep(0.05))
    client.detach()
    # Between a command and its answer only flush bytes may be written.
    in_flight = False
    for kind, data in log:
        if kind == "tx" and data != b"$":
            assert not in_flight, log
            in_flight = True
        elif kind == "answer":
            in_flight = False
    assert client.keepalives_sent >= 1
    await transport.close()


async def test_keepalive_keeps_the_stream_alive(sim2):
    session, events = make_session(sim2, keepalive_s=0.33)
    loop = asyncio.get_running_loop()
    before_connect = loop.time()
    await session.connect(5)
    streaming_since = loop.time()
    stopped = []  # any moment the device had stopped its stream for want of a keep-alive

    def keepalives() -> int:
        if not sim2.peer.streaming:
            stopped.append(loop.time() - streaming_since)
        return sim2.sent[sim2.sent.index(b"E!\r") + 1:].count(b"$")

    # Streaming for longer than the device's 1.6 s keep-alive timeout, with at least 6 keep-alives
    # sent: conditions waited for, not counted after a fixed 2 s (a busy loop fires them late).
    await until(lambda: keepalives() >= 6 and loop.time() - streaming_since > 2.0, timeout=15,
                what="2 s of stream and six keep-alives")
    sent, elapsed = keepalives(), loop.time() - before_connect
    assert sim2.peer.streaming and not stopped, stopped  # the device's stream never stopped meanwhile
    assert session.connects == 1  # not kept up by reconnecting
    # Not more often than every 0.33 s: load can only make them rarer, so this side stays strict.
    assert sent <= elapsed / 0.33 + 1, (sent, elapsed)
    count = len(events["items"])
    await until(lambda: len(events["items"]) > count, what="more records")
    await session.close()


async def test_drop_marks_stale_then_reconnects_and_resumes(sim2):
    session, events = make_session(sim2, backoff_initial_s=0.3)
    await session.connect(5)
    await until(lambda: session.live.get("pack_voltage_v") is not None, what="live values")
    assert session.live.link_up and not session.live.stale
    sim2.links[-1].drop()
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
    assert session.live.stale and not session.live.link_up
    assert session.state.retry_in_s is not None and session.state.retry_in_s >= 1
    assert "Reconnecting in" in session.state.text
    # the values keep their age while the link is down
    assert session.live.age("pack_voltage_v") is not None
    await session.wait_for(lambda s: s.phase is Phase.STREAMING, 3)
    assert session.connects == 2 and session.drops == 1 and session.live.link_up
    count = len(events["items"])
    await until(lambda: len(events["items"]) > count, what="more records")
    await session.close()


def test_backoff_grows_exponentially_with_bounded_jitter():
    plain = [backoff_delay(n, jitter=0.0) for n in range(1, 8)]
    assert plain == [1, 2, 4, 8, 16, 30, 30]
    rng = random.Random(5)
    for n in range(1, 8):
        delays = {backoff_delay(n, jitter=0.25, rng=rng) for _ in range(50)}
        assert all(0.75 * plain[n - 1] <= d <= 1.25 * plain[n - 1] for d in delays)
        assert len(delays) > 1  # jitter really spreads them


async def test_failing_link_backs_off_and_gives_up(monkeypatch):
    attempts = []
    scheduled = []  # the waits the session itself scheduled, exactly

    def factory():
        attempts.append(asyncio.get_running_loop().time())
        raise OSError("no such device")

    def recorded_backoff(attempt, **options):
        delay = backoff_delay(attempt, **options)
        scheduled.append(delay)
        return delay

    monkeypatch.setattr(session_module, "backoff_delay", recorded_backoff)
    states = []
    session = DeviceSession(factory, on_state=states.append, backoff_initial_s=0.05, backoff_factor=2.0,
                            jitter=0.0, max_attempts=3)
    state = await session.connect(5)
    assert state.phase is Phase.FAILED and "3 attempts" in state.reason
    assert len(attempts) == 3
    # The schedule is the session's own numbers (exact); the wall gaps only check that it waited them.
    assert scheduled == [0.05, 0.1]
    gaps = [b - a for a, b in itertools.pairwise(attempts)]
    # Never early (strict: loop timers do not fire before their time). The upper side is what a busy
    # machine stretches, so it is only held below the session's 1 s countdown tick: a wait that
    # ignored the scheduled delay would take at least that long.
    assert all(delay <= gap < 1.0 for delay, gap in zip(scheduled, gaps)), (scheduled, gaps)
    assert any(s.phase is Phase.RECONNECTING for s in states)


async def test_write_cut_by_a_drop_is_reported_and_never_repeated(sim2):
    session, _ = make_session(sim2, backoff_initial_s=0.2)
    await session.connect(5)
    link = sim2.links[-1]
    real_write = link.write
    vmax_hi = params.encode_write(params.parameter("vmax_v"), 3.6, hardware=False)[0]

    async def write(data):
        await real_write(data)
        if data == vmax_hi:
            link.drop()

    link.write = write
    results = await session.write_settings({"vmax_v": 3.6, "capacity_wh": 5000.0})
    assert [r.ok for r in results] == [False, False]
    assert all(isinstance(r.error, LinkDown) for r in results)
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
    assert "may or may not" in results[0].message and "not repeated" in results[0].message
    assert "not written" in results[1].message
    await session.wait_for(lambda s: s.phase is Phase.STREAMING, 3)
    await asyncio.sleep(0.3)
    writes = [d for d in sim2.sent if b"-" in d and d.endswith(b"!\r")]
    assert writes == [vmax_hi]  # once, and nothing of the second setting
    # after the reconnect the settings were read again: the screen shows what the battery holds
    assert session.settings["capacity_wh"] == params.parameter("capacity_wh").to_value(
        sim2.battery.settings["capacity_wh"])
    await session.close()


async def test_writes_while_down_are_refused_not_queued(sim2):
    session, _ = make_session(sim2, backoff_initial_s=5.0)
    await session.connect(5)
    sim2.links[-1].drop()
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
    results = await session.write_settings({"vmax_v": 3.6})
    assert not results[0].ok and isinstance(results[0].error, LinkDown)
    await session.close()
    assert not [d for d in sim2.sent if b"-" in d]


async def test_garbled_bytes_do_not_kill_the_session(sim2):
    session, events = make_session(sim2)
    await session.connect(5)
    sim2.battery.faults.inject("garbled_bytes", probability=0.03)
    await until(lambda: session.client.decoder.dropped > 0, what="a damaged record dropped")
    await asyncio.sleep(0.5)  # more damage while streaming
    sim2.battery.faults.clear("garbled_bytes")
    assert session.state.phase is Phase.STREAMING
    count = len(events["items"])
    await until(lambda: len(events["items"]) > count, what="more records")
    await session.close()


async def test_the_pin_is_never_logged_nor_recorded(sim2, caplog):
    caplog.set_level(logging.DEBUG)
    sim2.battery.change_pin("4821")
    session, events = make_session(sim2, pin="4821")
    await session.connect(5)
    await session.write_settings({"vmax_v": 3.6})
    sim2.links[-1].drop()
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
    await session.wait_for(lambda s: s.phase is Phase.STREAMING, 3)
    await until(lambda: sum(b.count(b"C_") for b in events["bytes"]) >= 24, what="stream bytes recorded")
    await session.close()
    recorded = b"".join(events["bytes"])
    assert b"PW****!" in recorded  # the echo was recorded, masked
    assert b"4821" not in recorded and b"34383231" not in recorded
    text = caplog.text + "".join(repr(s) for s in events["states"]) + repr(session.client) + repr(session.settings)
    assert "4821" not in text and "34383231" not in text
    # the raw bytes still hold every stream record: only the PIN was masked
    assert recorded.count(b"U_") >= 1 and recorded.count(b"C_") >= 8


async def test_battery_refusing_everything_changes_nothing_and_says_so(sim2):
    session, _ = make_session(sim2)
    await session.connect(5)
    before = dict(sim2.battery.settings)
    sim2.battery.faults.inject("reply_ko")
    results = await session.write_settings({"vmax_v": 3.6, "capacity_wh": 5000.0})
    assert [r.ok for r in results] == [False, False]
    assert all(isinstance(r.error, Refused) for r in results)
    assert "V max" in results[0].message and "KO" in results[0].message
    assert sim2.battery.settings == before
    assert not [d for d in sim2.sent if b"-" in d and d.endswith(b"!\r")]
    sim2.battery.faults.clear("reply_ko")
    await session.close()


async def test_a_record_this_generation_lacks_is_refused_clearly(sim2):
    transport = sim2.link()
    await transport.open()
    client = AsciiClient(transport, "1234", sim2.generation)
    before = sim2.peer.commands_received
    with pytest.raises(Malformed) as caught:
        await client.read_record("S3")  # Gen3 only: a Gen2 battery answers WRONG
    assert "WRONG" in str(caught.value)
    assert sim2.peer.commands_received - before == 1  # an answer is not retried
    client.detach()
    await transport.close()


async def test_a_silent_stream_after_a_device_reboot_is_recovered(sim2):
    """The battery restarts (stream stopped, login lost) while the link stays up: the session notices
    the silence, reconnects, logs in again and streams."""
    session, events = make_session(sim2, silence_s=1.0)
    await session.connect(5)
    sim2.battery.faults.inject("device_reboot", downtime_s=0.3)
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 4)
    assert "no data" in session.state.reason
    await session.wait_for(lambda s: s.phase is Phase.STREAMING, 4)
    count = len(events["items"])
    await until(lambda: len(events["items"]) > count, what="records after the reboot")
    assert session.connects == 2 and sim2.peer.logged_in
    await session.close()


async def test_changing_the_pin_is_used_for_the_next_login(sim2):
    session, events = make_session(sim2)
    await session.connect(5)
    results = await session.write_settings({"pin": "4821"})
    assert results[0].ok, results
    assert sim2.battery.check_pin("4821") and not sim2.battery.check_pin("1234")
    assert "4821" not in repr(results)
    sim2.links[-1].drop()
    await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
    assert (await session.connect(5)).phase is Phase.STREAMING  # logged in with the new PIN
    assert not any(isinstance(e, WrongPin) for e in events["errors"])
    await session.close()


class _CancelLosingLink(Transport):
    """A link whose open() loses the first cancel, as `asyncio.wait_for` does before Python 3.12
    when the cancel lands just as the awaited ATT request completes; then it starts a long pause
    (the BRSP start-up wait). Its close() must still run."""

    wire = Wire.ASCII
    description = "cancel-losing link"

    def __init__(self):
        super().__init__()
        self.pausing = asyncio.Event()
        self.closed = False

    @property
    def is_open(self):
        return False

    async def open(self):
        try:
            await asyncio.Event().wait()  # the request in flight when the user closes
        except asyncio.CancelledError:
            pass  # lost, as wait_for loses it
        self.pausing.set()
        await asyncio.sleep(30)

    async def write(self, data):
        raise AssertionError("nothing is written while connecting")

    async def close(self):
        self.closed = True


async def test_close_while_connecting_survives_a_lost_cancel():
    link = _CancelLosingLink()
    session = DeviceSession(lambda: link, pin="1234", **FAST)
    session.start()
    await until(lambda: session.state.phase is Phase.CONNECTING, what="connecting")
    await asyncio.sleep(0)  # the task is inside open()
    loop = asyncio.get_running_loop()
    started = loop.time()
    await session.close()
    assert link.pausing.is_set()  # the first cancel really was lost
    # the repeated cancel ended the pause, not the 3 s limit (room for a slow machine, below the limit)
    assert loop.time() - started < 2.0
    assert link.closed and session.state.phase is Phase.DISCONNECTED
