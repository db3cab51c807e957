"""The Settings page binds to the edit model (device/settings_edit.py): the form is checked once per edit,
and one Apply does not check it again on the page — from the click to the results the parameter table's
validation runs once, the session's own last guard before sending."""

from __future__ import annotations

import pytest
from settings_rig import PageRig


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot)
    yield rig
    await rig.close()


async def test_one_apply_validates_once(rig, validations):
    battery = await rig.simulator()
    page = rig.page
    calls = validations  # (the fixture in tests/conftest.py)
    rig.type("vmax_v", "3.6")
    rig.type("tmax_c", "50")
    assert len(calls) == 2  # once per edit
    assert [c.name for c in page.changes()] == ["vmax_v", "tmax_c"] and len(calls) == 2  # (kept)
    calls.clear()
    await rig.apply()
    assert len(calls) == 1, calls
    assert battery.setting("vmax_v") == pytest.approx(3.6)
    assert page.row_status["vmax_v"].icon_name() == "check" and page.changes() == []
    assert page.edit.results["vmax_v"].ok and page.edit.edits == {}


async def test_a_failed_write_stays_pending_in_the_model_and_the_form(rig):
    battery = await rig.simulator()
    page = rig.page
    before = battery.setting("vmax_v")
    rig.type("vmax_v", "3.6")
    battery.faults.inject("reply_ko")  # every command is refused
    try:
        await rig.apply()
    finally:
        battery.faults.clear("reply_ko")
    assert battery.setting("vmax_v") == before
    assert not page.edit.results["vmax_v"].ok
    assert page.edit.edits == {"vmax_v": pytest.approx(3.6)}
    assert [c.name for c in page.changes()] == ["vmax_v"]  # the typed value is not lost
    assert page.row_status["vmax_v"].icon_name() != "check"
