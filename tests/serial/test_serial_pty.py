"""The serial transport over a real pseudo-terminal: noise, partial frames, pauses and a replug."""

from __future__ import annotations

import asyncio
import random

import pytest

from smartbms_gui.protocol.frame import FRAME_LENGTH, Frame, FrameDecoder, encode_frame
from smartbms_gui.transport.base import LinkLost, Wire
from smartbms_gui.transport.serial import (
    PortNotFound,
    ReadOnlyLink,
    SerialLinkState,
    SerialTransport,
)

# The decoder sees arrival times stamped by the reader thread, which a busy machine delays. So a
# pause starts only once the bytes before it have arrived (`Collector.pause`): the arrival gap is
# then at least PAUSE_S whatever the load, and GAP_S can sit close below it, leaving bytes that
# must count as one burst (a frame in two writes) up to GAP_S of delay.
GAP_S = 0.2  # the decoder's silence boundary, shortened from 0.3 s to keep the test fast
PAUSE_S = 0.25  # a pause the writer makes after its bytes arrived: longer than GAP_S


def make_frame(i: int, cells: int = 16) -> Frame:
    """A distinct, plausible frame: cell i rotates, pack voltage and key change with i."""
    return Frame.build(
        pack_voltage_v=52.0 + i * 0.005, charge_current_a=10.0 + i * 0.125, discharge_current_a=None,
        battery_current_a=-3.25, lowest_cell_v=3.21, lowest_cell=2, highest_cell_v=3.35, highest_cell=7,
        lowest_temp_c=18.0, lowest_temp_cell=1, highest_temp_c=24.0, highest_temp_cell=5,
        cell=i % cells + 1, cell_count=cells, cell_voltage_v=3.2 + (i % 20) * 0.005, cell_temperature_c=21.0,
        status1=0b11, solar_today_wh=1200 + i, stored_wh=800, consumed_today_wh=400, soc_pct=80,
        solar_total_kwh=1500, consumed_total_kwh=1400, key=i % 19, key_value=(i * 7) % 256,
        capacity_kwh=10.0, vmin_v=2.8, vmax_v=3.9, vbypass_v=3.5,
    )


class Collector:
    """What the device layer does with the bytes: a FrameDecoder fed with arrival times."""

    def __init__(self) -> None:
        self.decoder = FrameDecoder(gap_s=GAP_S)
        self.frames: list[Frame] = []
        self.chunks = 0
        self.received = 0  # bytes
        self.arrived = asyncio.Event()
        self.bytes_arrived = asyncio.Event()

    def __call__(self, data: bytes, t: float) -> None:
        self.chunks += 1
        self.received += len(data)
        self.bytes_arrived.set()
        new = self.decoder.feed(data, t)
        self.frames += new
        if new:
            self.arrived.set()

    async def wait_for_bytes(self, count: int, timeout: float = 5.0) -> None:
        """Until `count` bytes in all have reached the decoder (stamped and fed)."""
        async def _wait() -> None:
            while self.received < count:
                self.bytes_arrived.clear()
                await self.bytes_arrived.wait()

        await asyncio.wait_for(_wait(), timeout)

    async def pause(self, written: int, seconds: float = PAUSE_S) -> None:
        """The writer's silence, started once the `written` bytes so far have arrived."""
        await self.wait_for_bytes(written)
        await asyncio.sleep(seconds)

    async def wait_for(self, count: int, timeout: float = 3.0) -> None:
        async def _wait() -> None:
            while len(self.frames) < count:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(_wait(), timeout)


async def wait_state(transport: SerialTransport, state: SerialLinkState, timeout: float = 3.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while transport.state is not state:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"state stayed {transport.state}, wanted {state}")
        await asyncio.sleep(0.01)


def noise(rng: random.Random, n: int) -> bytes:
    return bytes(rng.randrange(256) for _ in range(n))


async def test_every_valid_frame_is_decoded_and_none_invented(cable):
    rng = random.Random(9)
    f = [encode_frame(make_frame(i)) for i in range(14)]
    # Each step is one write; a float is a pause. Every intact frame either follows a pause (a
    # boundary) or has an intact neighbour right behind it (two checksums confirm the boundary),
    # which is what the protocol promises to be decodable.
    script: list[bytes | float] = [
        noise(rng, 40), PAUSE_S,                            # line noise when the cable goes in
        f[0][:30], PAUSE_S,                                 # a frame cut short by the replug
        f[1], PAUSE_S,                                      # a frame after a silence
        noise(rng, 17) + f[2] + f[3], PAUSE_S,              # noise glued to the front of two frames
        f[4] + f[5] + f[6][:20] + f[7] + f[8], PAUSE_S,     # a truncated frame between locked frames
        f[9][:25], f[9][25:], PAUSE_S,                      # one frame in two reads, no pause between
        f[10] + noise(rng, 5), PAUSE_S,                     # trailing noise after a frame
        f[11], PAUSE_S, f[12], PAUSE_S, f[13], PAUSE_S,     # the device's normal rhythm
    ]
    expected = [make_frame(i) for i in range(1, 14) if i != 6]

    transport = SerialTransport(cable.link_path, read_timeout_s=0.05)
    collector = Collector()
    transport.add_receiver(collector)
    await transport.open()
    try:
        assert transport.wire is Wire.FRAME and not transport.writable and transport.is_hardware
        written = 0
        for step, following in zip(script, [*script[1:], None]):
            if isinstance(step, float):
                await collector.pause(written, step)
                continue
            cable.write(step)
            written += len(step)
            if isinstance(following, bytes):
                # two writes without a pause: the second goes out once the first was read, so
                # they really are two reads of one burst (less than GAP_S apart)
                await collector.wait_for_bytes(written)
        await collector.wait_for(len(expected))
        # every byte was decoded as it arrived: anything invented would be among the frames now
        await collector.wait_for_bytes(written)
    finally:
        await transport.close()

    assert collector.frames == expected
    assert collector.decoder.frames == len(expected)
    assert transport.bytes_received == sum(len(s) for s in script if isinstance(s, bytes))
    assert collector.decoder.dropped_bytes > 0  # the noise and the cut frames went somewhere


async def test_reader_reopens_after_the_cable_is_pulled_and_plugged_back(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05, reopen_interval_s=0.05)
    collector = Collector()
    lost: list[Exception | None] = []
    states: list[SerialLinkState] = []
    transport.add_receiver(collector)
    transport.set_lost_callback(lost.append)
    transport.add_state_listener(states.append)
    await transport.open()
    try:
        cable.write(encode_frame(make_frame(1)))
        await collector.wait_for(1)

        cable.pull()
        await wait_state(transport, SerialLinkState.WAITING_FOR_PORT)
        assert len(lost) == 1 and isinstance(lost[0], LinkLost)
        assert cable.link_path in str(lost[0])
        assert transport.status_text == f"waiting for {cable.link_path} to return"
        assert not transport.is_open

        await asyncio.sleep(0.3)  # several reopen attempts fail while the port is away: no crash
        assert transport.state is SerialLinkState.WAITING_FOR_PORT and len(lost) == 1

        cable.plug()
        await wait_state(transport, SerialLinkState.OPEN)
        await collector.pause(FRAME_LENGTH)  # the device's next frame comes after its usual silence
        cable.write(encode_frame(make_frame(2)))
        await collector.pause(2 * FRAME_LENGTH)
        cable.write(encode_frame(make_frame(3)))
        await collector.wait_for(3)
    finally:
        await transport.close()

    assert collector.frames == [make_frame(1), make_frame(2), make_frame(3)]
    assert states == [SerialLinkState.OPEN, SerialLinkState.WAITING_FOR_PORT, SerialLinkState.OPEN,
                      SerialLinkState.CLOSED]
    assert transport.losses == 1 and transport.reopens == 1 and len(lost) == 1


async def test_a_frame_cut_by_the_pull_is_dropped_not_invented(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=0.05, reopen_interval_s=0.05)
    collector = Collector()
    transport.add_receiver(collector)
    await transport.open()
    try:
        cable.write(encode_frame(make_frame(1)))
        await collector.wait_for(1)
        await collector.pause(FRAME_LENGTH)
        cable.write(encode_frame(make_frame(2))[: FRAME_LENGTH // 2])  # half a frame, then the pull
        await collector.wait_for_bytes(FRAME_LENGTH + FRAME_LENGTH // 2)  # it reached the decoder
        cable.pull()
        await wait_state(transport, SerialLinkState.WAITING_FOR_PORT)
        cable.plug()
        await wait_state(transport, SerialLinkState.OPEN)
        await asyncio.sleep(PAUSE_S)  # (the half frame arrived before the pull: this pause follows it)
        cable.write(encode_frame(make_frame(3)))
        await collector.wait_for(2)
        await collector.wait_for_bytes(2 * FRAME_LENGTH + FRAME_LENGTH // 2)  # all decoded
    finally:
        await transport.close()
    assert collector.frames == [make_frame(1), make_frame(3)]


async def test_the_port_is_read_only():
    transport = SerialTransport("/dev/does-not-matter")
    with pytest.raises(ReadOnlyLink, match="read-only"):
        await transport.write(b"E!\r")


async def test_a_missing_port_is_a_clear_error(tmp_path):
    missing = str(tmp_path / "ttyUSB7")
    transport = SerialTransport(missing)
    with pytest.raises(PortNotFound) as info:
        await transport.open()
    assert missing in str(info.value) and "plug in" in str(info.value)
    assert transport.state is SerialLinkState.CLOSED
    await transport.close()  # safe on a transport that never opened


async def test_close_is_prompt_and_safe_twice(cable):
    transport = SerialTransport(cable.link_path, read_timeout_s=5.0)  # a long blocking read
    await transport.open()
    loop = asyncio.get_running_loop()
    started = loop.time()
    await transport.close()
    await transport.close()
    assert loop.time() - started < 2.5  # cancel_read woke the reader; it did not wait 5 s
    assert transport.state is SerialLinkState.CLOSED
