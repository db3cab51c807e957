"""At 1366×768 every DIP drawing on every wizard page, switches tab and the simulator panel is big
enough to read and lies wholly inside the window (nothing clipped)."""

import pytest
from PySide6.QtCore import QPoint, QRect

from smartbms_gui.views.dip_switch import DipSwitchBlock
from smartbms_gui.views.simulator_panel import SimulatorPanel
from smartbms_gui.views.switch_wizard import HiddenSettingsWizard
from smartbms_gui.views.switches_page import SwitchesPage

MIN_PITCH_PX = 38  # one switch column; its number is drawn at ~0.55 × this (≈ 21 px)


def visible_dips(window):
    return [d for d in window.findChildren(DipSwitchBlock) if d.isVisible()]


def assert_legible_and_inside(window, where: str) -> int:
    frame = window.rect()
    dips = visible_dips(window)
    for dip in dips:
        pitch, _, _ = dip._unit()
        assert pitch >= MIN_PITCH_PX, f"{where}: switch pitch {pitch:.1f} px"
        body = dip._body_rect().toAlignedRect()
        top_left = dip.mapTo(window, body.topLeft())
        drawn = QRect(top_left, body.size())
        assert frame.contains(drawn), f"{where}: drawing {drawn} outside {frame}"
        # the numbers and ON/OFF words under the body must fit in the widget too
        assert dip.mapTo(window, QPoint(0, dip.height())).y() <= frame.bottom() + 1, where
    return len(dips)


def test_every_wizard_page(qtbot):
    w = HiddenSettingsWizard(None)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    checks = {1: w.record.confirm, 2: w.set_page.confirm, 3: w.toggle.confirm, 4: w.restore.confirm,
              5: w.calibrate.skip}
    seen = 0
    for page in range(8):
        qtbot.wait(1)
        seen += assert_legible_and_inside(w, f"wizard page {page + 1}")
        if page in checks:
            checks[page].setChecked(True)
        w.next()
    assert seen == 7  # steps 1, 2, 3, 5, 6 draw one block each, step 4 two (8 ON, then OFF)


@pytest.mark.parametrize("tab", [0, 1])
def test_switches_page_tabs(qtbot, tab):
    page = SwitchesPage(None)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentIndex(tab)
    qtbot.wait(1)
    assert assert_legible_and_inside(page, f"switches tab {tab + 1}") == 1


def test_simulator_panel(qtbot, battery):
    panel = SimulatorPanel(battery)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.wait(1)
    assert assert_legible_and_inside(panel, "simulator panel") == 1
