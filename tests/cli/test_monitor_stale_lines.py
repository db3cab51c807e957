"""The human summary of `smartbms monitor`: a line only for new data, one line marked STALE when the
link is lost, then nothing until a record arrives (old values never reappear with new times)."""

from __future__ import annotations

from smartbms_gui.cli.monitor import SummaryLines, stale_mark
from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol.frame import decode_frame
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer


def test_summary_lines_during_an_outage():
    clock = [100.0]
    live = LiveState(clock=lambda: clock[0])
    peer = FramePeer(SimulatedBattery(cells=4, seed=1))
    lines = SummaryLines()
    live.set_link(True)
    records = 0

    def record() -> None:
        nonlocal records
        live.apply(decode_frame(peer.next_frame()), clock[0])
        records += 1

    record()
    first = lines.line(live, records)
    assert first is not None and "STALE" not in first
    clock[0] += 1.0
    assert lines.line(live, records) is None  # nothing new: no line
    record()
    assert lines.line(live, records) is not None

    clock[0] += 5.0
    live.set_link(False)  # the session lost the link
    marked = lines.line(live, records)
    assert marked is not None and marked.endswith("STALE (last data 5 s ago)")
    for _ in range(22):  # a 40 s outage: nothing more
        clock[0] += 1.0
        assert lines.line(live, records) is None

    live.set_link(True)
    record()
    again = lines.line(live, records)
    assert again is not None and "STALE" not in again
    assert stale_mark(live) == ""
