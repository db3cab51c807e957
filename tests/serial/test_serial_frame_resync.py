"""Stray bytes and foreign data over a real pty, through the real serial transport.

A stray byte right before every frame (no silence between) loses no frame; a line that carries
bytes but no 123\\SmartBMS frame says so through the link's lost callback, which the session shows
as the reason of its connection state (the window's connection bar, `smartbms monitor`).
"""

from __future__ import annotations

import asyncio
import os
import random
import threading

from smartbms_gui.cli import main
from smartbms_gui.device.client import FrameClient
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.messages import Message
from smartbms_gui.protocol.frame import FRAME_LENGTH, Frame, encode_frame
from smartbms_gui.transport.base import LinkLost
from smartbms_gui.transport.serial import NO_FRAMES, NoFrames, SerialLinkState, SerialTransport

NO_FRAMES_TEXT = "data on the port, but no 123\\SmartBMS frames: wrong port or cable?"


def make_frame(i: int, cells: int = 16) -> Frame:
    return Frame.build(
        pack_voltage_v=52.0 + i * 0.005, charge_current_a=10.0 + i * 0.125, discharge_current_a=None,
        battery_current_a=-3.25, lowest_cell_v=3.21, lowest_cell=2, highest_cell_v=3.35, highest_cell=7,
        lowest_temp_c=18.0, lowest_temp_cell=1, highest_temp_c=24.0, highest_temp_cell=5,
        cell=i % cells + 1, cell_count=cells, cell_voltage_v=3.2 + (i % 20) * 0.005, cell_temperature_c=21.0,
        status1=0b11, solar_today_wh=1200 + i, stored_wh=800, consumed_today_wh=400, soc_pct=80,
        solar_total_kwh=1500, consumed_total_kwh=1400, key=i % 19, key_value=(i * 7) % 256,
        capacity_kwh=10.0, vmin_v=2.8, vmax_v=3.9, vbypass_v=3.5,
    )


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.01)


class Garbage:
    """A writer thread on the pty's master: random bytes (never a frame) until stopped. Non-blocking,
    so it never hangs while the port is closed between two connection attempts."""

    def __init__(self, cable, chunk: int = 256, seed: int = 1) -> None:
        self.cable, self.chunk, self.rng = cable, chunk, random.Random(seed)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        os.set_blocking(self.cable.master, False)
        while not self.stop.is_set():
            try:
                os.write(self.cable.master, self.rng.randbytes(self.chunk))
            except (BlockingIOError, OSError):
                pass
            self.stop.wait(0.02)  # the writer's pace (~13 kB/s), not a wait in the test

    def __enter__(self) -> Garbage:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop.set()
        self.thread.join(5)


async def test_100_frames_each_behind_a_stray_byte_through_the_transport(cable):
    rng = random.Random(21)
    frames = [make_frame(i) for i in range(100)]
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05)
    got: list[Frame] = []
    client = FrameClient(transport, on_item=lambda frame, t: got.append(frame))
    await transport.open()
    try:
        for start in range(0, 100, 10):  # ten bursts of ten frames, no silence inside a burst
            cable.write(b"".join(bytes([rng.randrange(256)]) + encode_frame(f) for f in frames[start:start + 10]))
        await until(lambda: len(got) >= 100 or transport.bytes_received >= 100 * (FRAME_LENGTH + 1),
                    what="all bytes read")
        await until(lambda: len(got) >= 100, timeout=2.0, what="100 frames")
    finally:
        await transport.close()
        client.detach()
    assert got == frames
    assert transport.frames_seen == 100


async def test_a_flood_of_bytes_without_frames_is_reported_once(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05, no_frames_s=30.0, no_frames_bytes=2000)
    lost: list[Exception | None] = []
    transport.set_lost_callback(lost.append)
    await transport.open()
    try:
        cable.write(random.Random(2).randbytes(2500))
        await until(lambda: lost, what="the no-frames report")
        assert len(lost) == 1 and isinstance(lost[0], NoFrames) and isinstance(lost[0], LinkLost)
        assert str(lost[0]) == NO_FRAMES_TEXT and isinstance(str(lost[0]), Message)
        assert transport.state is SerialLinkState.OPEN  # the port itself is fine: still reading
        assert "no 123\\SmartBMS frames" in transport.status_text
        # frames again: the report clears, and is made again when frames stop a second time
        cable.write(encode_frame(make_frame(1)) + encode_frame(make_frame(2)))
        await until(lambda: transport.frames_seen == 2, what="two frames")
        assert transport.status_text == f"reading {cable.link_path} (read-only frame link)"
        cable.write(random.Random(3).randbytes(2500))
        await until(lambda: len(lost) == 2, what="the second report")
    finally:
        await transport.close()


async def test_a_trickle_of_bytes_without_frames_is_reported_after_its_seconds(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05, no_frames_s=0.4)
    lost: list[Exception | None] = []
    transport.set_lost_callback(lost.append)
    await transport.open()
    rng = random.Random(4)
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        while not lost:
            written = transport.bytes_received + 20
            cable.write(rng.randbytes(20))
            await until(lambda w=written: transport.bytes_received >= w, what="20 bytes read")
            assert loop.time() - started < 10, "no report"
        assert isinstance(lost[0], NoFrames)
        assert loop.time() - started >= 0.4  # not before the bytes spanned no_frames_s
    finally:
        await transport.close()


async def test_frames_with_noise_around_them_are_never_reported(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05, no_frames_s=0.3, no_frames_bytes=2000)
    lost: list[Exception | None] = []
    transport.set_lost_callback(lost.append)
    await transport.open()
    rng = random.Random(5)
    loop = asyncio.get_running_loop()
    started = loop.time()
    i = 0
    try:
        while loop.time() - started < 1.0:  # several times no_frames_s, at the line's full speed
            noise = rng.randbytes(rng.randrange(0, 200))
            written = transport.bytes_received + len(noise) + FRAME_LENGTH
            cable.write(noise + encode_frame(make_frame(i)))
            i += 1
            await until(lambda w=written: transport.bytes_received >= w, what="bytes read")
        await until(lambda: transport.frames_seen == i, timeout=2.0, what="every frame")
    finally:
        await transport.close()
    assert lost == []


async def test_the_session_shows_the_reason_on_its_connection_state(cable):
    states: list[ConnectionState] = []

    def link() -> SerialTransport:
        return SerialTransport(cable.link_path, auto_reopen=False, read_timeout_s=0.05, no_frames_s=0.3)

    session = DeviceSession(link, on_state=states.append, backoff_initial_s=0.1, backoff_max_s=0.2, jitter=0.0)
    with Garbage(cable):
        session.start()
        # Bytes but no frame: never "live" (an open port says nothing about the battery), and the
        # state the user sees names the problem.
        await until(lambda: any(s.reason == NO_FRAMES for s in states), what="the no-frames reason")
    await session.close()
    assert not any(s.phase is Phase.STREAMING for s in states)
    named = next(s for s in states if s.reason == NO_FRAMES)
    assert isinstance(named.reason, Message)
    assert NO_FRAMES_TEXT in str(named.text)


async def test_when_data_stops_entirely_the_reason_stays_no_data(cable):
    states: list[ConnectionState] = []

    def link() -> SerialTransport:
        return SerialTransport(cable.link_path, auto_reopen=False, read_timeout_s=0.05, no_frames_s=0.3)

    session = DeviceSession(link, on_state=states.append, silence_s=0.5, backoff_initial_s=0.1,
                            backoff_max_s=0.2, jitter=0.0)
    session.start()
    cable.write(random.Random(6).randbytes(30))  # a little noise, then nothing
    await until(lambda: any(str(s.reason) == "no data for 0.5 s" for s in states), what="the no-data reason")
    await session.close()
    assert not any(s.reason == NO_FRAMES for s in states)


def test_smartbms_monitor_names_the_problem(cable, capsys):
    with Garbage(cable, chunk=1024):
        code = main(["monitor", "--serial", cable.link_path, "--seconds", "2"])
    out, err = capsys.readouterr()
    # A port with bytes but no frame is never "live": the command ends as for a port with no battery
    # (exit 4), naming the problem and its likely cause in one line.
    assert code == 4, err
    assert err.strip().endswith(NO_FRAMES_TEXT), err
    assert err.count("\n") == 1, err
