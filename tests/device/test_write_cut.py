"""A settings write cut half-way (docs/protocol.md §3.2): the client stops, reads the record back at
once, and the user is told what the battery holds now; the rest of the batch is not sent.

The reference's own example: V max 3.80 → 4.20 V with only the high byte landed reads 5.08 V.
3.80 V = raw 0x2F8 (bytes `02` `F8`), 4.20 V = raw 0x348 (`03` `48`): the wire must show `03-050!`,
then `48-051!`, then nothing more than the read-back.
"""

import pytest
from device_sim_rig import FAST, Sim

from smartbms_gui.device.errors import BatchStopped, NotAuthorised, Refused, RequestTimeout
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params
from smartbms_gui.sim.ascii_peer import AsciiPeer

VMAX = params.parameter("vmax_v")


async def started(peer_class=None):
    sim = await Sim(2, peer_class=peer_class).start()
    sim.battery.set_setting_raw("vmax_v", 0x2F8)  # 3.80 V
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation,
                            live=LiveState(generation=sim.generation), **FAST)
    assert (await session.connect(5)).phase is Phase.STREAMING
    assert session.settings["vmax_v"] == pytest.approx(3.80)
    return sim, session


def writes(sim) -> list[bytes]:
    return [d for d in sim.sent if d.endswith(b"!\r") and b"-" in d]


async def test_the_references_example_high_byte_landed_reads_5_08_v():
    sim, session = await started()
    try:
        sim.battery.faults.inject("write_unanswered", low_byte=1)  # the low byte is lost on the way
        results = await session.write_settings({"vmax_v": 4.20, "vmin_v": 2.95})
        cut, stopped = results
        assert sim.battery.settings["vmax_v"] == 0x3F8  # what the simulated battery holds
        assert writes(sim) == [b"03-050!\r", b"48-051!\r"]  # nothing after the failed byte, no V min
        assert not cut.ok and isinstance(cut.error, RequestTimeout) and cut.halts_batch
        assert cut.value == pytest.approx(5.08)
        assert session.settings["vmax_v"] == pytest.approx(5.08)
        assert session.live.settings["vmax_v"] == pytest.approx(5.08)
        text = cut.message
        assert text.startswith("V max: the write was cut after its first byte: the battery did not "
                               "answer the second byte within 0.6 s")
        assert "5.08 V" in text and "neither the old value (3.8 V) nor the new one (4.2 V)" in text
        assert "dangerous" in text and "write V max again" in text
        assert not stopped.ok and isinstance(stopped.error, BatchStopped)
        assert stopped.message.startswith("V min: not written") and "V max" in stopped.message
        assert session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


@pytest.mark.parametrize("fault, options, error_type, held_raw, words", [
    ("write_low_byte_ko", {}, Refused, 0x3F8, ["refused the second byte (KO)", "5.08 V", "neither"]),
    ("write_unanswered", {"nth": 1}, RequestTimeout, 0x2F8,
     ["did not answer its first byte", "nothing more was sent", "still holds the old value 3.8 V"]),
    ("write_unanswered", {"low_byte": 1, "applied": 1}, RequestTimeout, 0x348,
     ["did not answer the second byte", "holds the new value 4.2 V all the same"]),
    ("slow_write_replies", {"delay_s": 5.0}, RequestTimeout, 0x3F8,
     ["did not answer its first byte", "5.08 V", "neither"]),
])
async def test_each_way_a_byte_fails_is_read_back_and_explained(fault, options, error_type, held_raw, words):
    sim, session = await started()
    try:
        sim.battery.faults.inject(fault, **options)
        [result] = await session.write_settings({"vmax_v": 4.20})
        assert sim.battery.settings["vmax_v"] == held_raw
        assert not result.ok and isinstance(result.error, error_type) and result.error.setting == "vmax_v"
        assert result.value == VMAX.to_value(held_raw) == session.settings["vmax_v"]
        for word in words:
            assert word in result.message, result.message
        sent = writes(sim)
        assert sent == [b"03-050!\r", b"48-051!\r"][:len(sent)] and sent  # never a byte after the failure
    finally:
        await session.close()
        await sim.stop()


class _ReadBackFails(AsciiPeer):
    """The link goes bad right after the high byte: the low byte and the read-back go unanswered."""

    def _write(self, address, value):
        answer = super()._write(address, value)
        if address == VMAX.address:
            self.battery.faults.inject("missing_replies")
        return answer


async def test_when_the_read_back_fails_too_every_possible_value_is_named():
    sim, session = await started(_ReadBackFails)
    try:
        [result] = await session.write_settings({"vmax_v": 4.20})
        assert not result.ok and result.halts_batch and result.value is None and not result.verified
        assert "not known" in result.message
        assert "3.8 V, 5.08 V or 4.2 V" in result.message  # old, only the high byte, new
        sim.battery.faults.clear("missing_replies")
    finally:
        await session.close()
        await sim.stop()


async def test_a_refused_one_byte_setting_stops_the_batch_before_anything_else_is_sent():
    sim, session = await started()
    try:
        sim.battery.faults.inject("reply_na")
        # the stream pause (D!) is refused too: nothing at all is written
        results = await session.write_settings({"charge_restart_pct": 80, "vmax_v": 4.2})
        assert [r.ok for r in results] == [False, False]
        assert all(isinstance(r.error, NotAuthorised) for r in results)
        assert writes(sim) == []
    finally:
        sim.battery.faults.clear("reply_na")
        await session.close()
        await sim.stop()


async def test_a_pin_change_cut_half_way_never_shows_the_pin_and_logs_in_with_what_is_held():
    sim, session = await started()
    try:
        sim.battery.faults.inject("write_unanswered", nth=3)  # the third digit is lost
        [result] = await session.write_settings({"pin": "4821"})
        assert sim.battery.pin == "4834"  # two new digits landed on the old 1234
        assert not result.ok and result.halts_batch and result.value is None
        assert "cut after 2 of its 4 digits" in result.message
        assert "neither the old nor the new one" in result.message
        for secret in ("4821", "4834", "1234"):
            assert secret not in result.message and secret not in repr(result)
        sim.battery.faults.clear("write_unanswered")
        sim.links[-1].drop()
        await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 2)
        assert (await session.connect(5)).phase is Phase.STREAMING  # logged in with the PIN it holds
    finally:
        await session.close()
        await sim.stop()


async def test_a_slow_write_answer_within_the_write_timeout_is_taken():
    """The write timeout is its own (the official app waits ~3 s): an answer slower than the read
    timeout but within the write timeout is a success, not a cut."""
    sim = await Sim(2).start()
    # 0.6 s answers: always slower than the 0.3 s read timeout (load only delays them further), and
    # within a write timeout of 3 s (the official app's) even when a busy machine delays them.
    options = {**FAST, "timeout_s": 0.3, "write_timeout_s": 3.0}
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **options)
    try:
        await session.connect(5)
        sim.battery.faults.inject("slow_write_replies", delay_s=0.6)
        [result] = await session.write_settings({"vmax_v": 3.6})
        assert result.ok, result
        assert VMAX.to_value(sim.battery.settings["vmax_v"]) == 3.6
    finally:
        await session.close()
        await sim.stop()


def test_the_write_timeout_defaults_to_at_least_the_official_apps_3_s():
    import inspect

    from smartbms_gui.device.client import AsciiClient

    for cls in (AsciiClient, DeviceSession):
        defaults = inspect.signature(cls).parameters
        assert defaults["write_timeout_s"].default >= 3.0
        assert defaults["timeout_s"].default < defaults["write_timeout_s"].default


@pytest.mark.parametrize("fault, options, cut, halfway", [
    ("write_unanswered", {"low_byte": 1}, "neither", True),
    ("write_unanswered", {"nth": 1}, "old", False),
    ("write_unanswered", {"low_byte": 1, "applied": 1}, "new", False),
])
async def test_a_cut_result_says_what_is_held_against_old_and_new_and_what_it_means(
        fault, options, cut, halfway):
    sim, session = await started()
    try:
        sim.battery.faults.inject(fault, **options)
        [result] = await session.write_settings({"vmax_v": 4.20})
        assert result.cut == cut and result.written_halfway is halfway
        assert result.before == pytest.approx(3.80) and result.requested == 4.20
        if cut == "neither":
            # 5.08 V: above the range, and above both 3.80 and 4.20 V: over-voltage protection is looser
            assert str(result.meaning) == (
                "5.08 V is outside the range the BMS is meant to work with, 2–5 V. The protection is now "
                "looser than both the old and the new value: the BMS acts only at 5.08 V.")
        else:
            assert result.meaning is None
    finally:
        await session.close()
        await sim.stop()


async def test_a_completed_write_is_no_cut():
    sim, session = await started()
    try:
        [result] = await session.write_settings({"vmax_v": 3.70})
        assert result.ok and result.cut is None and not result.written_halfway and result.meaning is None
    finally:
        await session.close()
        await sim.stop()
