"""What the Settings page says after a write, through the real bridge, session, client and simulator peer:
a value stored on the BMS's own grid, a refused write, a write cut half-way (docs/protocol.md §3.2)."""

from __future__ import annotations

import pytest
from settings_rig import PageRig, until

from smartbms_gui.protocol import params
from smartbms_gui.views.status_items import item_kind


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot, write_timeout_s=1.0, late_answer_s=0.3)
    yield rig
    await rig.close()


async def test_a_temperature_is_said_to_be_stored_on_the_bms_grid_while_typing_and_after_the_write(rig):
    battery = await rig.simulator()
    page = rig.page
    rig.type("tmax_c", "50")
    # 50 °C is raw 329.2 on the 0.857 °C grid: the BMS holds raw 329 = 49.853 °C.
    assert page.row_status["tmax_c"].text() == "will be stored as 49.9 °C, the nearest step the BMS can hold"
    assert rig.texts(page.diff_list) == ["T max: 55.0 °C → 49.9 °C"]
    await rig.apply()
    assert battery.setting("tmax_c") == pytest.approx(49.853, abs=1e-3)
    assert page.row_status["tmax_c"].text() == \
        "written; stored as 49.9 °C, the nearest step the BMS can hold"
    assert page.row_status["tmax_c"].icon_name() == "check"  # the shipped SVG tick, not a ✔ glyph
    assert page.changes() == []


async def test_a_refused_write_is_said_once_and_an_earlier_applys_results_are_cleared(rig):
    battery = await rig.simulator()
    page = rig.page
    rig.type("tmax_c", "50")
    await rig.apply()
    assert page.row_status["tmax_c"].icon_name() == "check"
    before = battery.setting("vmin_v")
    rig.type("vmin_v", "2.7")
    battery.faults.inject("reply_ko")  # every command is refused, the pause of the live stream (D!) first
    try:
        await rig.apply()
    finally:
        battery.faults.clear("reply_ko")
    assert battery.setting("vmin_v") == before
    status = page.row_status["vmin_v"].text()
    assert page.row_status["vmin_v"].icon_name() == "cross"
    assert status == ("Not written: the battery refused to pause its live data for the change (KO), so "
                      "nothing was sent. Apply again; if it refuses again, disconnect and connect again.")
    assert page.row_status["tmax_c"].text() == "" and not page.row_status["tmax_c"].isVisible()
    assert rig.texts(page.result_list) == ["V min: " + status]
    assert item_kind(page.result_list.item(0)) == "failed"
    assert page.editors["vmin_v"].field.text() == "2.700"  # nothing typed is lost
    assert [c.name for c in page.changes()] == ["vmin_v"]


async def test_a_word_cut_after_its_high_byte_shows_what_the_battery_holds_in_the_device_layers_words(rig):
    battery = await rig.simulator()
    page = rig.page
    rig.type("vmax_v", "3.8")
    await rig.apply()
    # The reference's example: V max 3.80 → 4.20 V with only the high byte landed reads 5.08 V.
    rig.type("vmax_v", "4.2")
    rig.type("tmax_c", "52")  # after V max in the batch: not sent once V max failed
    battery.faults.inject("write_unanswered", low_byte=1)
    try:
        await rig.apply()
    finally:
        battery.faults.clear("write_unanswered")
    assert battery.setting("vmax_v") == pytest.approx(5.08)
    result = page.results["vmax_v"]
    device_words = str(result.error)
    assert device_words.startswith("V max: the write was cut after its first byte")
    status = page.row_status["vmax_v"].text()
    assert status == "The" + device_words[len("V max: the"):]  # shown as given, once, without the label
    assert "5.08 V" in status and "dangerous" in status
    # ... in the Last apply list and on hover: the row itself shows the held value in its own red line
    assert not page.row_status["vmax_v"].isVisible() and page.row_cut["vmax_v"].isVisible()
    assert page.row_cut["vmax_v"].held_label.toolTip() == status
    assert page.row_status["tmax_c"].text().startswith("Not written. The write of V max before it failed")
    lines = rig.texts(page.result_list)
    assert [line.split(":")[0] for line in lines] == ["V max", "T max"]
    assert {item_kind(page.result_list.item(i)) for i in range(2)} == {"failed"}
    # The battery's value now is the old value for the next Apply; the user's edits stay pending.
    assert rig.texts(page.diff_list) == ["V max: 5.080 V → 4.200 V", "T max: 55.0 °C → 52.4 °C"]
    assert page.apply_button.isEnabled()


def test_the_cli_and_the_window_each_say_how_v_bypass_is_changed(qapp):
    reason = params.parameter("vbypass_v").not_writable_reason
    assert "option switches 2, 6 and 7" in reason and "smartbms switches normal --vbypass" in reason
    assert "Switches page" not in reason  # the CLI has no pages; the window has its own button


async def _cut_vmax(rig):
    """V max 3.80 → 4.20 V with the low byte lost: the battery holds 5.08 V (neither value)."""
    battery = await rig.simulator()
    page = rig.page
    rig.type("vmax_v", "3.8")
    await rig.apply()
    rig.type("vmax_v", "4.2")
    rig.type("tmax_c", "52")  # not sent once V max failed; stays pending
    battery.faults.inject("write_unanswered", low_byte=1)
    try:
        await rig.apply()
    finally:
        battery.faults.clear("write_unanswered")
    assert battery.setting("vmax_v") == pytest.approx(5.08)
    return battery, page


async def test_a_cut_word_shows_what_is_held_in_red_with_its_meaning_and_offers_two_explicit_actions(rig):
    battery, page = await _cut_vmax(rig)
    cut = page.row_cut["vmax_v"]
    assert cut.isVisible()
    held = cut.held_label.text()
    assert held.startswith("Written halfway: the battery now holds 5.080 V, neither the old value (3.800 V) "
                           "nor the new one (4.200 V).")
    assert "outside the range" in held and "looser than both the old and the new value" in held
    assert "color: #C0392B" in cut.held_label.styleSheet()  # red (light theme), and a warning icon
    assert not cut.icon.pixmap().isNull()
    assert cut.write_again_button.text() == "Write again (4.200 V)" and cut.write_again_button.isEnabled()
    assert cut.restore_button.text() == "Restore old value (3.800 V)" and cut.restore_button.isEnabled()
    assert not page.row_cut["tmax_c"].isVisible()
    # Never a retry on its own: the write is over and the battery keeps 5.08 V until a button is pressed.
    assert battery.setting("vmax_v") == pytest.approx(5.08) and not page._writing and not page._tasks


async def test_write_again_writes_the_new_value_and_clears_the_warning(rig):
    battery, page = await _cut_vmax(rig)
    cut = page.row_cut["vmax_v"]
    cut.write_again_button.click()
    assert page._writing and not cut.isVisible()
    await until(lambda: not page._writing, timeout=10, what="the write results")
    assert battery.setting("vmax_v") == pytest.approx(4.20)
    assert page.row_status["vmax_v"].text() == "written and read back: 4.200 V"
    assert page.row_status["vmax_v"].icon_name() == "check"
    assert page.row_status["vmax_v"].isVisible() and not cut.isVisible()
    assert rig.texts(page.diff_list) == ["T max: 55.0 °C → 52.4 °C"]  # the other edit stays pending


async def test_restore_old_value_writes_what_the_battery_held_before(rig):
    battery, page = await _cut_vmax(rig)
    page.row_cut["vmax_v"].restore_button.click()
    await until(lambda: not page._writing, timeout=10, what="the write results")
    assert battery.setting("vmax_v") == pytest.approx(3.80)
    assert page.row_status["vmax_v"].text() == "written and read back: 3.800 V"
    assert page.row_status["vmax_v"].icon_name() == "check"
    assert page.editors["vmax_v"].field.text() == "3.800"
    assert [c.name for c in page.changes()] == ["tmax_c"]  # V max no longer pending
