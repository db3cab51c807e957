"""A simulated run as the app would receive it: the simulator's real bytes, cut into BLE-sized
fragments, with their arrival times."""

from __future__ import annotations

from smartbms_gui.protocol.frame import encode_frame
from smartbms_gui.sim import records
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery


def ascii_run(seconds: float, *, cells: int = 16, start: float = 1_700_000_000.0, step: float = 0.25,
              seed: int = 3, fragment: int = 20) -> list[tuple[float, bytes]]:
    battery = SimulatedBattery(cells=cells, seed=seed)
    peer = AsciiPeer(battery)
    out: list[tuple[float, bytes]] = []
    now = start
    peer.on_output = lambda data: out.extend(
        (now, data[i:i + fragment]) for i in range(0, len(data), fragment))
    peer.poll(now)
    peer.receive(b"E!\r$", now)
    while now < start + seconds:
        now += step
        battery.step(step)
        peer.receive(b"$", now)  # keep-alive, as the app sends it
        peer.poll(now)
    return out


def frame_run(seconds: float, *, cells: int = 16, start: float = 1_700_000_000.0, interval: float = 0.5,
              seed: int = 4) -> list[tuple[float, bytes]]:
    battery = SimulatedBattery(cells=cells, seed=seed)
    out = []
    now = start
    n = 0
    while now < start + seconds:
        battery.step(interval)
        data = encode_frame(records.frame(battery, n % cells + 1, n % 19))
        out.append((now, data[:30]))  # a serial read can cut a frame anywhere
        out.append((now + 0.01, data[30:]))
        now += interval
        n += 1
    return out


