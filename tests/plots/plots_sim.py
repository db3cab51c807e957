"""A stand-in for the DeviceBridge (its signals and `live`), and simulated items to plot."""

from __future__ import annotations

from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.stream import ReplyLine, StreamDecoder
from smartbms_gui.sim import records
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.views.bridge_base import BridgeBase


class FakeBridge(BridgeBase):

    def __init__(self):
        super().__init__()
        self.live = LiveState()


def simulated_bytes(seconds: float, *, cells: int = 16, start: float = 1_700_000_000.0, step: float = 1.0,
                    seed: int = 2, hook=None):
    """(t, bytes): one stream message of the simulator per `step` (`hook(battery, t)` may change it)."""
    battery = SimulatedBattery(cells=cells, seed=seed)
    peer = AsciiPeer(battery, cells_per_message=max(8, cells // 4))
    out = []
    t = start
    while t < start + seconds:
        battery.step(step)
        if hook is not None:
            hook(battery, t)
        out.append((t, peer.stream_message()))
        t += step
    return out


def simulated_items(seconds: float, **kw):
    """(t, item) decoded from the simulator's own stream bytes."""
    decoder = StreamDecoder()
    return [(t, item) for t, data in simulated_bytes(seconds, **kw) for item in decoder.feed(data)
            if type(item) is not ReplyLine]


def simulated_frames(seconds: float, *, cells: int = 8, start: float = 1_700_000_000.0, interval: float = 0.5):
    battery = SimulatedBattery(cells=cells, seed=6)
    out = []
    for n in range(int(seconds / interval)):
        battery.step(interval)
        out.append((start + n * interval, records.frame(battery, n % cells + 1, n % 19)))
    assert all(type(f) is Frame for _t, f in out)
    return out




def irregular_stream(seconds: float, *, cells: int = 16, start: float = 1_700_000_000.0, seed: int = 3,
                     hook=None, gaps=()):
    """(t, bytes) of the simulator's stream at uneven times: messages 0.3–1.7 s apart (as over a
    real link), every cell in every message, and silences: `gaps` is a list of (from, to) offsets
    from `start` with no message. `hook(battery, t)` may change the battery before each message."""
    import random

    rng = random.Random(seed)
    battery = SimulatedBattery(cells=cells, seed=seed)
    peer = AsciiPeer(battery, cells_per_message=cells)
    out = []
    t = start
    while t < start + seconds:
        dt = rng.uniform(0.3, 1.7)
        battery.step(dt)
        t += dt
        if any(start + a <= t < start + b for a, b in gaps):
            continue
        if hook is not None:
            hook(battery, t)
        out.append((t, peer.stream_message()))
    return out


def wait_loaded(qtbot, page, timeout: int = 60_000) -> None:
    """Let the event loop run until the page shows the recording (or seek) it was loading."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=timeout)


def decode(chunks):
    """(t, item) of (t, bytes), with the live decoder."""
    decoder = StreamDecoder()
    return [(t, item) for t, data in chunks for item in decoder.feed(data) if type(item) is not ReplyLine]
