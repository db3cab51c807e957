"""What the Settings page keeps and clears around an Apply, a Revert and a connection, through the real
bridge, session, client and simulator peer: Revert clears the last Apply's results, a failed connection
shows the last values read as a plain disconnect does, and edits an Apply cut by a disconnect did not
write stay pending across the reconnect."""

from __future__ import annotations

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
