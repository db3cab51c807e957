"""The settings-edit model without Qt (device/settings_edit.py), against the simulator over the loopback
link: edit → one check (validation, diff, what this link writes) → one write batch → one result per
setting through the one listener. Also a bad value, a word cut half-way and a setting a real BMS
cannot take."""

import pytest
from device_sim_rig import FAST

from smartbms_gui.device import settings_edit
from smartbms_gui.device.errors import BatchStopped, RequestTimeout
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.settings_edit import UNPUBLISHED, LinkFacts, SettingsEdit
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params


def byte_writes(sim) -> list[bytes]:
    return [d for d in sim.sent if d.endswith(b"!\r") and b"-" in d]


async def connected(sim, *, hardware=False):
    def link():
        transport = sim.link()
        transport.is_hardware = hardware
        return transport

    live = LiveState(generation=sim.generation)
    session = DeviceSession(link, pin="1234", generation=sim.generation, live=live, **FAST)
    assert (await session.connect(5)).phase is Phase.STREAMING
    facts = LinkFacts.of(session, live, connected=True, serial="03330")
    edit = SettingsEdit(session.settings, facts)
    outcomes = []
    edit.add_listener(outcomes.append)
    return session, edit, outcomes


async def test_edit_check_write_and_one_result_per_setting(sim2, validations):
    session, edit, outcomes = await connected(sim2)
    try:
        facts = edit.facts
        assert facts.writable and not facts.hardware and facts.connected
        assert facts.serial == "03330" and facts.firmware is not None and facts.generation is sim2.generation
        before = edit.device["vmax_v"]
        edit.edit("vmax_v", 3.6)
        edit.edit("tmax_c", 50.0)
        check = edit.check()
        assert edit.check() is check  # worked out once until something changes
        assert [(c.name, c.old, c.new) for c in check.changes] == [("vmax_v", before, 3.6), ("tmax_c",
                                                                   edit.device["tmax_c"], 50.0)]
        assert check.can_apply and not check.refused and not check.errors
        assert check.batch == {"vmax_v": 3.6, "tmax_c": 50.0}
        assert len(validations) == 1

        outcome = await edit.apply(session.write_settings)
        # One Apply: the model's one check, and the session's own guard before sending.
        assert len(validations) == 2
        assert outcomes == [outcome] and outcome.ok and not outcome.held
        assert [r.name for r in outcome.results] == ["vmax_v", "tmax_c"]
        assert sim2.battery.setting("vmax_v") == pytest.approx(3.6)
        assert edit.results["tmax_c"].value == pytest.approx(params.parameter("tmax_c").quantise(50.0))
        assert edit.edits == {} and edit.check().changes == []  # written: nothing pending any more
        assert edit.device["vmax_v"] == pytest.approx(3.6)  # what was read back
        assert not edit.writing
    finally:
        await session.close()


async def test_a_bad_value_blocks_the_batch_and_nothing_is_sent(sim2):
    session, edit, outcomes = await connected(sim2)
    try:
        edit.edit("vmax_v", edit.device["vmin_v"] - 0.1)  # V max below V min: a cross-field rule
        check = edit.check()
        assert check.errors and not check.can_apply
        assert "vmax_v" in check.errors[0].names
        edit.edit("vmax_v", 9.9)  # outside the range
        assert any("outside" in str(i.message) for i in edit.check().errors)
        assert await edit.apply(session.write_settings) is None
        assert byte_writes(sim2) == [] and outcomes == []
        assert edit.edits == {"vmax_v": 9.9}  # still pending, to be corrected
        # A problem with typed text (given by whoever parsed it) blocks it too.
        edit.set_edits({"vmax_v": 3.6}, {"tmax_c": "T max: 'abc' is not a number"})
        assert edit.check().has_errors and not edit.check().can_apply
    finally:
        await session.close()


async def test_a_word_cut_half_way_stops_the_batch_and_says_what_the_battery_holds(sim2):
    sim2.battery.set_setting_raw("vmax_v", 0x2F8)  # 3.80 V
    session, edit, outcomes = await connected(sim2)
    try:
        sim2.battery.faults.inject("write_unanswered", low_byte=1)  # the low byte is lost on the way
        edit.edit("vmax_v", 4.20)
        edit.edit("tmax_c", 50.0)  # after V max in the table, so in the batch
        outcome = await edit.apply(session.write_settings)
        assert outcomes == [outcome] and not outcome.ok
        cut, stopped = outcome.results
        assert byte_writes(sim2) == [b"03-050!\r", b"48-051!\r"]  # nothing after the failed byte
        assert isinstance(cut.error, RequestTimeout) and cut.written_halfway and cut.value == pytest.approx(5.08)
        assert isinstance(stopped.error, BatchStopped)
        assert edit.device["vmax_v"] == pytest.approx(5.08)  # what the battery holds now (read back)
        # Both stay pending with the values asked for: nothing typed is lost.
        assert edit.edits == {"vmax_v": 4.20, "tmax_c": 50.0}
        # Write again (one value, asked for by a person): the other edit stays pending.
        sim2.battery.faults.clear("write_unanswered")
        again = await edit.apply_one(session.write_settings, "vmax_v", 4.20)
        assert again is not None and again.ok and [r.name for r in again.results] == ["vmax_v"]
        assert sim2.battery.setting("vmax_v") == pytest.approx(4.20)
        assert edit.edits == {"tmax_c": 50.0}
    finally:
        await session.close()


async def test_a_setting_a_real_bms_cannot_take_is_held_back_and_never_blocks_the_rest(sim2):
    session, edit, outcomes = await connected(sim2, hardware=True)
    try:
        assert edit.facts.hardware
        restart = edit.device["charge_restart_pct"]
        edit.set_edits({"charge_restart_pct": restart - 5, "vmax_v": 3.6})
        check = edit.check()
        [refusal] = check.refused
        assert refusal.change.name == "charge_restart_pct" and refusal.kind == UNPUBLISHED
        assert "not published" in str(refusal.reason)
        assert check.can_apply and check.batch == {"vmax_v": 3.6}
        outcome = await edit.apply(session.write_settings)
        assert outcome.held == {UNPUBLISHED: ["charge_restart_pct"]}
        assert [r.name for r in outcome.results] == ["vmax_v"] and outcome.ok
        assert sim2.battery.setting("charge_restart_pct") == restart  # nothing sent to an UNKNOWN address
        assert sim2.battery.setting("vmax_v") == pytest.approx(3.6)
    finally:
        await session.close()


def test_without_a_link_the_last_link_s_facts_stay():
    class Transport:
        writable, is_hardware = False, True

    class Session:
        transport = Transport()
        generation = 3

    serial = LinkFacts.of(Session(), None, connected=True)
    assert not serial.writable and serial.hardware and int(serial.generation) == 3
    Session.transport = None
    later = LinkFacts.of(Session(), None, connected=False, previous=serial)
    assert not later.writable and later.hardware and not later.connected
    edit = SettingsEdit({"vmax_v": 3.65}, later)
    edit.edit("vmax_v", 3.6)
    assert edit.check().refused[0].kind == settings_edit.SERIAL and not edit.check().can_apply


@pytest.mark.parametrize("text, number", [("3.65", 3.65), ("3,65", 3.65), (" 3,650 ", 3.65), ("\u22125", -5.0),
                                          ("-1e1", -10.0), ("1.000,5", None), ("abc", None), ("", None)])
def test_numbers_are_read_as_the_window_reads_them(text, number):
    assert params.parse_number(text) == number
