"""The simulator's frames over a real pty into the device layer: damage, replug, recording."""

from __future__ import annotations

import asyncio
import random

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.recording import Recorder, RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.errors import ProtocolError
from smartbms_gui.protocol.frame import Frame, FrameDecoder, decode_frame
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.transport.serial import SerialTransport


def valid(data: bytes) -> Frame | None:
    try:
        return decode_frame(data)
    except ProtocolError:
        return None


async def test_simulator_frames_with_its_wire_faults_over_a_pty(cable):
    """The FramePeer's own damage (cut and garbled frames) plus line noise between frames."""
    battery = SimulatedBattery(cells=8, seed=3)
    battery.faults.inject("truncated_bytes")
    battery.faults.inject("garbled_bytes", probability=0.01)
    peer = FramePeer(battery)
    sent: list[bytes] = []
    peer.on_output = sent.append
    rng = random.Random(4)

    transport = SerialTransport(cable.link_path, read_timeout_s=0.05)
    decoder = FrameDecoder(gap_s=0.1)
    decoded: list[Frame] = []
    received = [0]  # bytes that reached the decoder

    def feed(data: bytes, t: float) -> None:
        received[0] += len(data)
        decoded.extend(decoder.feed(data, t))

    transport.add_receiver(feed)
    written = 0

    async def write_then_pause(data: bytes) -> None:
        # The decoder sees arrival times stamped by the reader thread, which a busy machine delays:
        # the device's silence (shortened to 0.13 s against the 0.1 s boundary) starts once the
        # bytes have arrived, so the arrival gap is at least 0.13 s whatever the load.
        nonlocal written
        cable.write(data)
        written += len(data)
        await until(lambda: received[0] >= written, what=f"{written} bytes read")
        await asyncio.sleep(0.13)

    await transport.open()
    try:
        now = 0.0
        for i in range(24):
            now += battery.normal.message_interval_s
            peer.poll(now)  # emits the next frame, possibly damaged by the active faults
            if i % 5 == 4:
                await write_then_pause(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 30))))
            await write_then_pause(sent[-1])
    finally:
        await transport.close()

    expected = [f for f in (valid(b) for b in sent) if f is not None]
    assert len(sent) == 24
    assert 0 < len(expected) < 24  # the faults really damaged some frames
    assert decoded == expected  # every valid frame, in order, and nothing else


async def wait_phase(session: DeviceSession, phase: Phase, timeout: float = 5.0) -> None:
    await session.wait_for(lambda s: s.phase is phase, timeout)


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    """Wait until `predicate()` holds (poll every 10 ms); fail after `timeout` s."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.01)


async def test_session_over_serial_survives_a_replug_without_losing_the_recording(cable, tmp_path):
    battery = SimulatedBattery(cells=4, seed=5)
    peer = FramePeer(battery)
    stop = asyncio.Event()

    async def device() -> None:  # the BMS keeps talking whether or not the cable is in
        while not stop.is_set():
            frame = peer.next_frame()
            if cable.master is not None:
                cable.write(frame)
            await asyncio.sleep(0.1)

    live = LiveState()
    items: list[tuple[float, Frame]] = []
    session = DeviceSession(
        lambda: SerialTransport(cable.link_path, auto_reopen=False, read_timeout_s=0.05),
        None, live=live, on_item=lambda item, t: items.append((t, item)),
        backoff_initial_s=0.1, backoff_max_s=0.2, jitter=0.0, silence_s=2.0)
    path = tmp_path / "replug.smartbms-recording"
    recorder = Recorder(path, wire="frame", description="pty", monotonic=True)
    recorder.attach(session)
    writer = asyncio.create_task(device())
    try:
        await session.connect(timeout=5)
        assert session.state.phase is Phase.STREAMING
        assert session.client is not None and not session.transport.writable
        await until(lambda: live.cells_received >= 4, what="four cells")
        before = len(items)

        cable.pull()
        await wait_phase(session, Phase.RECONNECTING)
        await asyncio.sleep(0.4)  # a few reopen attempts fail while the port is gone
        assert session.state.phase is not Phase.STREAMING
        cable.plug()
        await wait_phase(session, Phase.STREAMING)
        await until(lambda: len(items) >= before + 5, what="five frames after the replug")
    finally:
        stop.set()
        await writer
        await session.close()
        recorder.close()

    assert session.drops == 1 and session.connects == 2
    # Frames are the simulator's rotation: cell numbers follow each other without inventions.
    for _, frame in items:
        assert 1 <= frame.cell <= 4 and frame.cell_count == 4
    with RecordingReader(path) as reader:
        kinds = [e.kind for e in reader.events()]
        replayed = [item for _, item in decode_items(reader)]
    # The pulled cable is marked in the recording: connected, lost, back (then closed at the end).
    link_events = [k for k in kinds if k in ("connected", "disconnected", "reconnect")]
    assert link_events[:3] == ["connected", "disconnected", "reconnect"], kinds
    assert link_events[3:] in ([], ["disconnected"]), kinds
    # Everything received before and after the replug is in the one recording.
    assert len(replayed) >= len(items) - 1
    assert [f.cell for f in replayed[:before]] == [f.cell for _, f in items[:before]]
