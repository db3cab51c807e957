"""Helpers for the view tests (a module of its own: test files import it by a unique name)."""

from __future__ import annotations

from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import FrameDecoder, encode_frame
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.views.bridge_base import BridgeBase


class FakeClock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def feed_records(live: LiveState, records, generation=Generation.GEN2) -> None:
    """Encode records to stream bytes, decode them again and apply them (the bytes path a link takes)."""
    text = "".join(stream.encode_stream_record(r, generation) + "\r" for r in records)
    decoder = stream.StreamDecoder(generation)
    items = decoder.feed(text.encode("ascii"))
    assert decoder.dropped == 0, decoder.last_error
    for item in items:
        live.apply(item)


def feed_frames(live: LiveState, frames) -> None:
    decoder = FrameDecoder()
    data = b"".join(encode_frame(f) for f in frames)
    frames_out = decoder.feed(data, live.clock())
    assert len(frames_out) == len(frames)
    for frame in frames_out:
        live.apply(frame)


class LiveOnlyBridge(BridgeBase):
    """The part of `DeviceBridge` a page needs to show a `LiveState`: `live` (and the signals)."""

    def __init__(self, live: LiveState) -> None:
        super().__init__()
        self.live = live
        live.add_listener(self.liveChanged.emit)
