"""What the session says the battery holds is what this connection read or wrote, nothing older:
settings an earlier connection read but this one could not are gone from the model, a cut write that
could not be read back leaves that setting unknown, a setting the BMS does not report is never
written, and no error or message carries a digit of a new PIN."""

from __future__ import annotations

from device_sim_rig import FAST, Sim

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer

SHORT_S3 = "01_00_C1"  # older Gen3 firmware: sensor and critical mode only (checksum 0xC1)


class _S3Peer(AsciiPeer):
    """Answers S3@ in full, or (when `short` is set) like older firmware with two fields, or refuses it."""

    answer = "full"

    def _read(self, record):
        if record == "S3" and self.answer == "short":
            return SHORT_S3
        if record == "S3" and self.answer == "refuse":
            return "WRONG"
        return super()._read(record)


async def test_a_failed_gen3_extra_read_forgets_what_an_earlier_connection_read():
    sim = await Sim(3, peer_class=_S3Peer).start()
    live = LiveState(generation=sim.generation)
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert live.settings["chemistry"] is not None and "tail_current_a" in live.settings
        sim.peer.answer = "refuse"
        sim.links[-1].drop()
        await session.wait_for(lambda s: s.phase is Phase.RECONNECTING, 3)
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert "chemistry" not in live.settings and "sensor" not in live.settings
        assert "vmax_v" in live.settings  # the required records were read again
    finally:
        await session.close()
        await sim.stop()


async def test_a_setting_the_bms_does_not_report_is_never_written():
    sim = await Sim(3, peer_class=_S3Peer).start()
    sim.peer.answer = "short"
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert session.settings["tail_current_a"] is None
        sent_before = len(sim.sent)
        [result] = await session.write_settings({"tail_current_a": 2.0})
        assert not result.ok and "does not report" in result.message
        assert not any(b"-092!" in data for data in sim.sent[sent_before:])
    finally:
        await session.close()
        await sim.stop()


async def test_a_cut_write_not_read_back_leaves_the_setting_unknown():
    sim = await Sim(2).start()
    live = LiveState(generation=sim.generation)
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert "vmax_v" in live.settings
        sim.battery.faults.inject("write_unanswered", low_byte=1)
        sim.battery.faults.inject("missing_replies")  # the read-back goes unanswered too
        [result] = await session.write_settings({"vmax_v": 3.6})
        assert not result.ok and result.value is None
        assert "vmax_v" not in session.settings and "vmax_v" not in live.settings
    finally:
        sim.battery.faults.clear("missing_replies")
        sim.battery.faults.clear("write_unanswered")
        await session.close()
        await sim.stop()


async def test_no_error_of_a_cut_pin_write_names_a_digit():
    sim = await Sim(2).start()
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        sim.battery.faults.inject("write_unanswered", nth=2)
        [result] = await session.write_settings({"pin": "5678"})
        assert not result.ok
        text = f"{result.message} {result.error!r} {result.error.command}"
        for digit_byte in ("35-F0", "36-F0", "37-F0", "38-F0"):
            assert digit_byte not in text
        assert result.error.command == "**-F01!"
    finally:
        sim.battery.faults.clear("write_unanswered")
        await session.close()
        await sim.stop()


async def test_the_firmware_field_of_the_version_record_reaches_the_live_model():
    sim = await Sim(2).start()
    live = LiveState(generation=sim.generation)
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        major, minor, patch = sim.battery.firmware
        assert live.get("firmware") == f"0x{major:X}{minor:X}{patch:02X}"  # as sent: V@ field 0 in hex
    finally:
        await session.close()
        await sim.stop()
