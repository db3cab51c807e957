"""Serial path benchmark: frames/s through a real pty, and the reader's CPU at the device's 2 frames/s.

    .venv/bin/python benchmarks/bench_serial.py [--seconds 10] [--frames 20000]

Both runs go through what the app uses: SerialTransport (pyserial, reader thread) -> FrameClient
(FrameDecoder) -> LiveState. The frames come from a separate writer process on the pty's master
side, so the CPU measured here (time.process_time of this process: the reader thread, the asyncio
loop, the decoder and the model) is the reader's alone. Goal: < 1 % of one core at 2 frames/s.
The last line is JSON with the keys frames_per_s and cpu_percent_at_2hz.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
import tty

from smartbms_gui.device.client import FrameClient
from smartbms_gui.device.model import LiveState
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.transport.serial import SerialTransport

# The writer process: writes the frames it reads from stdin's first line (hex) to fd MASTER,
# either as fast as the pty takes them or at a fixed interval.
WRITER = r"""
import os, sys, time
fd, count, interval = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
frames = [bytes.fromhex(h) for h in sys.stdin.readline().split()]
start = time.monotonic()
for i in range(count):
    if interval:
        delay = start + i * interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    data = memoryview(frames[i % len(frames)])
    while data:
        data = data[os.write(fd, data):]
"""


def sample_frames(n: int = 64) -> list[bytes]:
    peer = FramePeer(SimulatedBattery(cells=16, seed=1))
    return [peer.next_frame() for _ in range(n)]


async def run(count: int, interval: float) -> tuple[int, float, float]:
    """Returns (frames decoded, wall seconds, CPU seconds of this process) while `count` frames arrive."""
    master, slave = os.openpty()
    tty.setraw(slave)
    port = os.ttyname(slave)
    transport = SerialTransport(port)
    live = LiveState()
    decoded = 0
    done = asyncio.Event()

    def on_frame(frame, t) -> None:
        nonlocal decoded
        live.apply(frame, t)
        decoded += 1
        if decoded >= count:
            done.set()

    FrameClient(transport, on_item=on_frame)
    await transport.open()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(master), str(count), str(interval)],
                              stdin=subprocess.PIPE, pass_fds=(master,), text=True)
    writer.stdin.write(" ".join(f.hex() for f in sample_frames()) + "\n")
    writer.stdin.close()
    cpu0, wall0 = time.process_time(), time.monotonic()
    try:
        await asyncio.wait_for(done.wait(), timeout=max(30.0, count * interval * 2 + 10))
    except asyncio.TimeoutError:
        pass
    cpu1, wall1 = time.process_time(), time.monotonic()
    writer.wait(timeout=30)
    await transport.close()
    os.close(master)
    os.close(slave)
    return decoded, wall1 - wall0, cpu1 - cpu0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the 2 frames/s run (default 10)")
    parser.add_argument("--frames", type=int, default=20000, help="frames for the throughput run (default 20000)")
    args = parser.parse_args()

    count, wall, cpu = asyncio.run(run(args.frames, 0.0))
    frames_per_s = count / wall if wall else 0.0
    print(f"throughput: {count} frames in {wall:.2f} s = {frames_per_s:,.0f} frames/s "
          f"({frames_per_s * 58 / 1000:,.0f} kB/s; the device sends 2 frames/s = 116 B/s); "
          f"CPU {cpu / wall * 100 if wall else 0:.0f} % of one core while flooding")

    slow = max(2, int(args.seconds * 2))
    count2, wall2, cpu2 = asyncio.run(run(slow, 0.5))
    cpu_percent = cpu2 / wall2 * 100 if wall2 else 0.0
    print(f"at the device's rate: {count2}/{slow} frames over {wall2:.1f} s, reader CPU {cpu2 * 1000:.1f} ms "
          f"= {cpu_percent:.3f} % of one core (goal < 1 %)")
    print(json.dumps({"frames_per_s": round(frames_per_s, 1), "cpu_percent_at_2hz": round(cpu_percent, 3),
                      "frames_at_2hz": count2, "seconds_at_2hz": round(wall2, 2)}))


if __name__ == "__main__":
    main()
