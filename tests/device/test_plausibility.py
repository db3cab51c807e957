"""A single garbled record never becomes a value (issue 21 item 9): the simulator's real wire bytes
garbled with a seeded RNG, decoded and filtered; a spike held back, a real step passed after one
record, a serial frame with two swapped bytes (its 8-bit sum still holds) caught, and the same over
a live session on the in-process link."""

import sys
from pathlib import Path

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.plausibility import PlausibilityFilter
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.frame import FRAME_LENGTH, FrameDecoder, encode_frame, frame_checksum
from smartbms_gui.sim import records
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench_plausibility  # noqa: E402  (the benchmark's simulator plan and judge of right and wrong)


def test_one_percent_garbled_bytes_leave_no_wrong_value():
    result = bench_plausibility.run(n=1200, garble_p=0.01, cells=16, seed=7)
    # without the filter, some decoded records carry wrong values (the probe measured 2.8 %)
    assert result["wrong_decoded"] > 100
    # through it: almost none beyond the filter's tolerances (a garbled tail of a record can look
    # like a whole one; a right extreme may be named for a cell whose value does not contradict it)
    assert result["wrong_passed"] <= 0.01 * result["wrong_decoded"], result["wrong_fields"]
    assert result["wrong_cell_number_passed"] <= 0.05 * result["wrong_decoded"], result["wrong_fields"]
    # what was held back is about what was garbled: few real records lost
    assert result["held_back"] < 1.3 * result["wrong_decoded"]
    assert result["broken"] > result["held_back"]  # most garbled records do not even decode
    assert 50.0 < result["link_quality_pct"] < 99.0


def test_a_clean_stream_passes_almost_everything():
    result = bench_plausibility.run(n=300, garble_p=0.0, cells=16, seed=7)
    assert result["wrong_passed"] == 0
    # nothing is held on a clean link: every record passes, at once (a real step may wait one record)
    assert result["held_back"] == 0
    assert result["passed"] == result["decoded"]
    assert result["delayed"] <= 3


def _u(volts: float, amps: float = 5.0) -> stream.PackRecord:
    return stream.PackRecord(volts, 1.0, amps, 2.0)


def _confirmed(flt: PlausibilityFilter, record, t: float) -> None:
    # the first records of a connection pass at once: nothing contradicts them
    assert flt.feed(record, t) == [(record, t)]
    assert flt.feed(record, t + 1) == [(record, t + 1)]


def test_a_single_spike_is_held_back_and_counted():
    flt = PlausibilityFilter()
    _confirmed(flt, _u(53.2), 0.0)
    assert flt.feed(_u(91.2), 2.0) == []  # a garbled digit: 38 V more
    assert flt.feed(_u(53.2), 3.0) == [(_u(53.2), 3.0)]
    assert flt.counts.held_back == 1 and flt.counts.quality_pct == pytest.approx(75.0)
    flt.new_connection()  # a new link: its first record passes at once, whatever came before
    assert flt.feed(_u(91.2), 10.0) == [(_u(91.2), 10.0)]


def test_a_real_step_passes_with_the_next_record():
    flt = PlausibilityFilter()
    _confirmed(flt, _u(53.2, 5.0), 0.0)
    assert flt.feed(_u(52.4, 80.0), 2.0) == []  # the load switched on: held for one record
    assert flt.feed(_u(52.4, 80.5), 3.0) == [(_u(52.4, 80.0), 2.0), (_u(52.4, 80.5), 3.0)]
    assert flt.counts.held_back == 0 and flt.counts.delayed == 1


def test_a_ramp_passes_one_record_late():
    flt = PlausibilityFilter()
    _confirmed(flt, _u(53.2, 0.0), 0.0)
    passed = [item.battery_current_a for t in range(2, 12) for item, _ in flt.feed(_u(53.2, 5.0 * t), t)]
    assert passed == [5.0 * t for t in range(2, 11)]
    assert flt.counts.held_back == 0


def _c(cell: int, volts: float, status1: int = 3) -> stream.CellRecord:
    return stream.CellRecord(cell, 4, volts, 25.0, status1)


def _start_cells(flt: PlausibilityFilter) -> None:
    v = stream.CellExtremesRecord(3.30, 1, 3.32, 4, 3.5)
    temps = stream.TemperatureRecord(24.0, 1, 26.0, 2)
    for t in (0.0, 1.0):
        flt.feed(v, t)
        flt.feed(temps, t)
        for cell, volts in enumerate((3.30, 3.31, 3.31, 3.32), 1):
            flt.feed(_c(cell, volts), t)


def test_a_relay_switching_is_confirmed_by_the_next_cell_record():
    flt = PlausibilityFilter()
    _start_cells(flt)
    assert flt.feed(_c(1, 3.30, status1=1), 2.0) == []  # load relay off: one record is not enough
    assert flt.feed(_c(2, 3.31, status1=1), 2.1) == [(_c(1, 3.30, 1), 2.0), (_c(2, 3.31, 1), 2.1)]
    # a single garbled status byte is dropped
    assert flt.feed(_c(3, 3.31, status1=0x43), 2.2) == []
    assert flt.feed(_c(4, 3.32, status1=1), 2.3) == [(_c(4, 3.32, 1), 2.3)]
    assert flt.counts.held_back == 1


def test_a_cell_outside_the_extremes_waits_for_the_next_extremes():
    flt = PlausibilityFilter()
    _start_cells(flt)
    assert flt.feed(_c(2, 3.71), 2.0) == []  # garbled: far above the highest cell
    assert flt.feed(stream.CellExtremesRecord(3.30, 1, 3.32, 4, 3.5), 3.0)[0][0].highest_v == 3.32
    assert flt.feed(stream.TemperatureRecord(24.0, 1, 26.0, 2), 3.0)
    assert flt.counts.held_back == 1  # the next extremes did not vouch for it: dropped
    # a real over-voltage: the V record moves with it (held one record), then the cell is released
    assert flt.feed(_c(2, 3.75), 4.0) == []
    assert flt.feed(stream.CellExtremesRecord(3.30, 1, 3.75, 2, 3.5), 4.0) == []
    released = flt.feed(stream.CellExtremesRecord(3.30, 1, 3.75, 2, 3.5), 5.0)
    assert (_c(2, 3.75), 4.0) in released


def test_extremes_naming_the_wrong_cell_are_held_back():
    flt = PlausibilityFilter()
    _start_cells(flt)
    # lowest cell garbled 01 → 04, whose own record says 3.32 V
    assert flt.feed(stream.CellExtremesRecord(3.30, 4, 3.32, 4, 3.5), 2.0) == []
    assert flt.feed(stream.CellExtremesRecord(3.30, 1, 3.32, 4, 3.5), 3.0) == [
        (stream.CellExtremesRecord(3.30, 1, 3.32, 4, 3.5), 3.0)]
    assert flt.counts.held_back == 1


def test_pack_voltage_against_the_sum_of_the_cells():
    flt = PlausibilityFilter()
    _start_cells(flt)  # the cells sum to 13.24 V
    assert flt.feed(_u(13.24), 2.0) == [(_u(13.24), 2.0)]  # agrees with its cells: passes at once
    flt2 = PlausibilityFilter()
    _start_cells(flt2)
    assert flt2.feed(_u(19.24), 2.0) == []  # 6 V above the sum of the cells: held
    assert flt2.feed(_u(13.24), 3.0) == [(_u(13.24), 3.0)]  # the held one disagreed: dropped
    assert flt2.counts.held_back == 1


def test_a_frame_with_two_swapped_bytes_passes_its_sum_but_not_the_filter():
    battery = SimulatedBattery(cells=16, seed=3, past_week=False)
    battery.step(1.0)
    frames = [encode_frame(records.frame(battery, cell, cell % 19)) for cell in range(1, 9)]
    bad = bytearray(frames[4])
    # the reported cell's voltage is bytes 26-27 (big-endian): swapped, 3.3 V reads as ~189 V
    voltage_at = 26
    bad[voltage_at], bad[voltage_at + 1] = bad[voltage_at + 1], bad[voltage_at]
    assert frame_checksum(bytes(bad[:FRAME_LENGTH - 1])) == bad[-1]  # the 8-bit sum still holds
    frames[4] = bytes(bad)
    decoded = FrameDecoder().feed(b"".join(frames), 0.0)
    assert len(decoded) == 8 and decoded[4].cell_voltage_v != pytest.approx(decoded[3].cell_voltage_v, abs=0.5)
    flt = PlausibilityFilter()
    passed = [frame for i, frame in enumerate(decoded) for frame, _ in flt.feed(frame, float(i))]
    assert decoded[4] not in passed and len(passed) == 7  # the spoilt one out, the others in
    assert flt.counts.held_back == 1


class SpikingPeer(AsciiPeer):
    """The simulator's ASCII peer with one U record garbled into a believable spike."""

    spike_at = 6

    def stream_message(self) -> bytes:
        data = super().stream_message()
        if self.stream_messages == self.spike_at:
            start = data.index(b"U_") + 2
            data = data[:start] + b"F" + data[start + 1:]  # pack voltage 0x0Cxx → 0xFCxx: ~323 V
        return data


async def test_a_garbled_record_never_reaches_the_model_or_the_listeners():
    sim = await Sim(2, peer_class=SpikingPeer).start()
    live = LiveState(generation=sim.generation)
    seen: list[float] = []
    live.add_listener(lambda names: seen.append(live.get("pack_voltage_v"))
                      if "pack_voltage_v" in names else None)
    items: list = []
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live,
                            on_item=lambda item, t: items.append(item), **FAST)
    try:
        await session.connect(5)
        await until(lambda: sim.peer.stream_messages > SpikingPeer.spike_at + 2, timeout=10,
                    what="messages after the spike")
        real = sim.battery.pack_voltage_v
        assert seen and max(seen) < real + 1.0
        assert all(item.pack_voltage_v < real + 1.0 for item in items if isinstance(item, stream.PackRecord))
        assert session.plausibility.counts.held_back >= 1
        assert live.get("pack_voltage_v") == pytest.approx(real, abs=0.2)
    finally:
        await session.close()
        await sim.stop()


def _frames(n: int = 6) -> list:
    battery = SimulatedBattery(cells=16, seed=3, past_week=False)
    battery.step(1.0)
    return [records.frame(battery, cell, cell % 19) for cell in range(1, n + 1)]


def test_a_frame_is_never_held_its_key_value_passes_at_once():
    import dataclasses

    frames = _frames()
    flt = PlausibilityFilter()
    assert flt.feed(frames[0], 0.0) == [(frames[0], 0.0)]  # the first frame of a connection: at once
    assert flt.feed(frames[1], 1.0) == [(frames[1], 1.0)]
    spike = dataclasses.replace(frames[2], battery_raw=frames[2].battery_raw + 800)  # +100 A for one frame
    (passed, when), = flt.feed(spike, 2.0)
    assert when == 2.0 and passed.key == spike.key and passed.key_value == spike.key_value
    assert passed.battery_current_a == frames[1].battery_current_a  # the last accepted value, for now
    assert flt.feed(frames[3], 3.0) == [(frames[3], 3.0)]  # the spike was not confirmed: dropped
    assert flt.counts.held_back == 1
    # a real step: the next frame confirms it, one frame later
    step = [dataclasses.replace(f, battery_raw=f.battery_raw + 800) for f in frames[4:6]]
    assert flt.feed(step[0], 4.0)[0][0].battery_current_a == frames[3].battery_current_a
    assert flt.feed(step[1], 5.0) == [(step[1], 5.0)]
    assert flt.counts.delayed == 1 and flt.counts.held_back == 1


async def test_a_clean_link_delivers_every_record_at_once_from_the_first():
    sim = await Sim(2).start()
    items: list = []
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation,
                            on_item=lambda item, t: items.append(item), **FAST)
    try:
        await session.connect(5)
        await until(lambda: sim.peer.stream_messages >= 3 and items, timeout=10, what="three messages")
        counts = session.plausibility.counts
        assert counts.held_back == 0
        # every record that came passed as it came (a real step of the simulated load may wait one record)
        assert len(items) + session.plausibility.held_now == counts.checked
        assert counts.delayed <= 1
        assert isinstance(items[0], stream.RECORD_TYPES)
    finally:
        await session.close()
        await sim.stop()
