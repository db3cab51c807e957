"""The serial personality: one 58-byte frame per message interval (option switch 1), one cell per
frame in turn, the key/value pairs 0..18 in rotation, all decoded back by the app's protocol code."""

import pytest

from smartbms_gui.protocol.frame import FrameDecoder, KeyValueAccumulator, decode_frame
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer


def run(peer, seconds, step=0.05):
    sent = []
    peer.on_output = sent.append
    t = 0.0
    while t <= seconds + 1e-9:
        peer.poll(t)
        t += step
    return sent


@pytest.mark.parametrize("fast", [True, False])
def test_frame_rate_follows_switch_1(fast):
    battery = SimulatedBattery(cells=5, seed=1)
    battery.set_switch(1, fast)
    interval = battery.normal.message_interval_s
    assert interval == (0.5 if fast else 1.0)
    sent = run(FramePeer(battery), 10.0)
    assert len(sent) == round(10.0 / interval) + 1  # one at t=0, then one per interval
    assert all(len(frame) == 58 for frame in sent)


def test_cells_and_key_values_rotate_and_decode_to_the_batterys_values():
    battery = SimulatedBattery(cells=5, seed=2)
    battery.step(600.0)
    peer = FramePeer(battery)
    frames = [decode_frame(peer.next_frame()) for _ in range(40)]
    assert [f.cell for f in frames[:11]] == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1]
    assert [f.key for f in frames[:21]] == list(range(19)) + [0, 1]
    assert all(f.cell_count == 5 for f in frames)
    for f in frames[:5]:
        assert f.cell_voltage_v == pytest.approx(float(battery.cell_voltages_v[f.cell - 1]), abs=0.0026)
    acc = KeyValueAccumulator()
    for i, f in enumerate(frames[:19]):
        acc.update_from_frame(f, now=float(i))
    values = acc.values(now=19.0)
    assert values["soh_pct"] == pytest.approx(round(battery.soh_pct))
    assert values["vlow_v"] == pytest.approx(battery.setting("vlow_v"), abs=0.0026)
    assert values["vfull_v"] == pytest.approx(battery.vbypass_v, abs=0.0026)
    assert values["firmware"] == ".".join(str(n) for n in battery.firmware)
    # and a byte stream of them resynchronises in the app's decoder
    decoder = FrameDecoder()
    out = []
    for n, _frame in enumerate(frames):
        out += decoder.feed(peer.next_frame(), now=n * 0.5)
    assert len(out) == len(frames)
