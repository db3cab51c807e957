"""What the Settings page keeps and clears around an Apply, a Revert and a connection, through the real
bridge, session, client and simulator peer: Revert clears the last Apply's results, a failed connection
shows the last values read as a plain disconnect does, and edits an Apply cut by a disconnect did not
write stay pending across the reconnect."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtWidgets import QApplication
from settings_rig import PageRig, until

from smartbms_gui.device.state import Phase


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot, write_timeout_s=1.0, late_answer_s=0.3)
    yield rig
    await rig.close()


async def test_revert_clears_the_last_applys_results_in_the_rows_and_in_the_list(rig):
    battery = await rig.simulator()
    page = rig.page
    rig.type("solar_peak_w", "2500")
    await rig.apply()
    assert battery.setting("solar_peak_w") == 2500
    [line] = rig.texts(page.result_list)
    assert line.startswith("Solar peak power: written and read back: ")
    rig.type("vmin_v", "2.95")
    page.revert_button.click()
    QApplication.processEvents()
    assert page.row_status["solar_peak_w"].text() == ""
    assert rig.texts(page.result_list) == []
    assert not page.result_list.isVisible() and not page.results_heading.isVisible()
    assert page.results == {}


async def test_a_failed_connection_shows_the_last_values_read_as_a_disconnect_does_and_saves_them(rig, tmp_path):
    await rig.bridge.connect_simulator(serial="1111")
    await until(lambda: "vmax_v" in rig.bridge.live.settings, what="the settings")
    battery = rig.bridge.battery
    page = rig.page
    vmax = page.editors["vmax_v"].field.text()
    assert vmax == f"{battery.setting('vmax_v'):.3f}"
    await rig.bridge.disconnect()
    QApplication.processEvents()
    assert "the values shown are the last ones read" in page.banner.text()
    assert page.save_button.isEnabled()
    await rig.bridge.connect_simulator(pin="0000", serial="2222")  # the simulator's PIN is 1234
    await until(lambda: rig.bridge.state.phase is Phase.FAILED, timeout=10, what="the wrong PIN refused")
    QApplication.processEvents()
    assert page.editors["vmax_v"].field.text() == vmax
    assert "the values shown are the last ones read" in page.banner.text(), page.banner.text()
    assert page.save_button.isEnabled()
    assert page.changes() == []  # the shown values are the old side: nothing pending
    path = tmp_path / "after-wrong-pin.json"
    assert page.save_to_path(path)  # the values shown, with the facts of the connection that read them
    saved = json.loads(path.read_text())
    assert saved["settings"]["vmax_v"] == pytest.approx(battery.setting("vmax_v"))
    assert saved["settings"]["capacity_wh"] == battery.setting("capacity_wh")
    assert saved["device"]["serial"] == "1111" and saved["device"]["generation"] == 2


async def test_edits_an_apply_cut_by_a_disconnect_did_not_write_stay_pending_across_the_reconnect(qtbot):
    rig = PageRig(qtbot)
    try:
        battery = await rig.simulator()
        page = rig.page
        battery.faults.inject("slow_write_replies")  # every byte write is answered 2.5 s late
        typed = {"solar_peak_w": "2500", "inverter_peak_w": "3000", "capacity_wh": "4000"}
        for name, text in typed.items():
            rig.type(name, text)
        page.apply_button.click()
        await asyncio.sleep(1.0)  # the first byte of Solar peak power sent, its answer not yet come
        assert page._writing
        await rig.bridge.disconnect()  # the link drops with the batch half done
        await until(lambda: not page._writing, timeout=10, what="the write results")
        QApplication.processEvents()
        cut = rig.texts(page.result_list)
        assert cut and any("the link dropped before it was sent" in line for line in cut), cut
        assert [c.name for c in page.changes()] == list(typed)
        assert not page.apply_button.isEnabled()

        await rig.bridge.connect_simulator()  # connect again: the settings are read anew
        await rig.bridge.wait_streaming(10)
        assert rig.bridge.battery is battery  # the same simulated battery, its fault still on: end it
        battery.faults.clear("slow_write_replies")
        await until(lambda: "vmax_v" in rig.bridge.live.settings, what="the settings")
        await until(lambda: page.apply_button.isEnabled(), what="Apply enabled again")
        QApplication.processEvents()
        read = rig.bridge.live.settings
        # What was typed is still in the fields, pending against the values read on this connection ...
        assert {n: page.editors[n].field.text() for n in typed} == typed
        assert page.pending()[0] == {n: int(t) for n, t in typed.items() if read[n] != int(t)}
        assert [c.old for c in page.changes()] == [read[c.name] for c in page.changes()]
        assert all(page.row_labels[c.name].font().bold() for c in page.changes())
        # ... and the cut Apply's results stay readable until a new Apply or Revert
        assert rig.texts(page.result_list) == cut
        await rig.apply()
        assert {n: rig.bridge.battery.setting(n) for n in typed} == {n: int(t) for n, t in typed.items()}
        assert page.changes() == []
        assert all("written and read back" in line for line in rig.texts(page.result_list))
    finally:
        await rig.close()


async def test_edits_typed_while_a_connection_is_set_up_stay_pending_when_its_settings_are_read(rig):
    await rig.simulator()
    page = rig.page
    await rig.bridge.disconnect()
    rig.type("vmin_v", "2.95")
    await rig.bridge.connect_simulator()
    await rig.bridge.wait_streaming(10)
    await until(lambda: "vmax_v" in rig.bridge.live.settings, what="the settings")
    QApplication.processEvents()
    assert page.editors["vmin_v"].field.text() == "2.95"
    assert page.pending()[0] == {"vmin_v": 2.95}
    page.revert_button.click()  # Revert still shows what the battery holds
    assert page.editors["vmin_v"].field.text() == f"{rig.bridge.live.settings['vmin_v']:.3f}"


async def test_connecting_to_another_battery_clears_the_last_applys_results_but_keeps_the_edits(rig):
    await rig.bridge.connect_simulator(serial="1111")
    await until(lambda: "vmax_v" in rig.bridge.live.settings, what="the settings")
    page = rig.page
    rig.type("solar_peak_w", "2500")
    await rig.apply()
    assert page.row_status["solar_peak_w"].property("kind") == "ok" and rig.texts(page.result_list)
    rig.type("vmin_v", "2.95")
    await rig.bridge.connect_simulator(serial="2222")
    await until(lambda: "vmax_v" in rig.bridge.live.settings, what="the settings")
    QApplication.processEvents()
    assert rig.texts(page.result_list) == [] and page.row_status["solar_peak_w"].text() == ""
    assert page.pending()[0] == {"vmin_v": 2.95}
