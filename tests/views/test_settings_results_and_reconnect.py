"""What the Settings page keeps and clears around an Apply, a Revert and a connection, through the real
bridge, session, client and simulator peer: Revert clears the last Apply's results, a failed connection
shows the last values read as a plain disconnect does, and edits an Apply cut by a disconnect did not
write stay pending across the reconnect."""

from __future__ import annotations

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
