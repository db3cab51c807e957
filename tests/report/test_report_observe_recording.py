"""What the report reads from a long recording without decoding all of it: the row search it samples
with, the chart points, the pack at the end, and a long recording against a full decode."""

from __future__ import annotations

import bisect
import random

import pytest

from smartbms_gui.device.recording import Recorder, RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.protocol import stream
from smartbms_gui.report import observe
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

START = 1_760_000_000.0


def _record(path, seconds: int, cells: int = 16, *, seed: int = 3) -> None:
    """The simulator's stream at one message a second, each cut into BLE-sized rows."""
    battery = SimulatedBattery(cells=cells, seed=seed)
    peer = AsciiPeer(battery)
    with Recorder(path, description="Simulator", coalesce_s=0.0) as recorder:
        for s in range(seconds):
            battery.step(1.0)
            message = peer.stream_message()
            for i in range(0, len(message), 120):
                recorder.record_bytes(message[i:i + 120], START + s + 0.01 * (i // 120))
            if s % 300 == 299:
                recorder.flush()


@pytest.fixture(scope="module")
def long_recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("observe") / "long.smartbms-recording"
    _record(path, 1500)
    return path


def test_the_row_search_finds_what_a_scan_finds(long_recording):
    with RecordingReader(long_recording) as reader:
        rows = reader._db.execute("SELECT id, t FROM log ORDER BY id").fetchall()
        ids, times = [r[0] for r in rows], [r[1] for r in rows]
        low, high = ids[0], ids[-1] + 1
        rng = random.Random(5)
        probes = [START - 10, times[0], times[-1], times[-1] + 10] + [rng.uniform(times[0], times[-1])
                                                                      for _ in range(150)]
        for t in probes:
            expected_index = bisect.bisect_left(times, t)
            expected = ids[expected_index] if expected_index < len(ids) else high
            assert observe._row_at(reader, t, low, high) == expected, t
            # and from a later lower bound, as the sampling uses it
            start = ids[max(0, expected_index - 7)]
            assert observe._row_at(reader, t, start, high) == expected, t


def test_a_long_recording_is_sampled_and_agrees_with_a_full_decode(long_recording):
    obs = observe.observe_recording(long_recording, points=100)
    assert obs.series.sampled
    assert 95 <= len(obs.series) <= 100
    assert obs.series.t == sorted(obs.series.t)
    # every sampled point is a real U record of the recording, with the V record of its message
    packs = {}
    spreads = {}
    for t, item in decode_items(long_recording):
        if type(item) is stream.PackRecord:
            packs[t] = item.pack_voltage_v
        elif type(item) is stream.CellExtremesRecord:
            spreads.setdefault(round(t), item.highest_v - item.lowest_v)
    for t, volts, spread in zip(obs.series.t, obs.series.pack_v, obs.series.spread_v):
        assert packs[t] == volts
        assert spread == pytest.approx(spreads[round(t)])
    # the pack at the end: every cell, the relays, as a full decode of the last minutes has them
    assert obs.cell_count == 16 and all(c.voltage_v is not None for c in obs.cells)
    assert obs.charge_allowed is True and obs.load_allowed is True
    assert obs.relays_seen == {"charge": {True}, "load": {True}}
    assert obs.message_interval_s == pytest.approx(1.0, abs=0.05)


def test_a_short_recording_has_a_point_per_message(tmp_path):
    path = tmp_path / "short.smartbms-recording"
    _record(path, 40)
    obs = observe.observe_recording(path)
    assert not obs.series.sampled
    assert len(obs.series) == 40
    assert all(s is not None for s in obs.series.spread_v)
