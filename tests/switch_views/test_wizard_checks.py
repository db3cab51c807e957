"""The wizard enforces what the manual asks and checks what the battery reports:

- it is non-modal: with it open, the main window's Simulator page still flips the simulated switches;
- step 6 (auto zero) cannot be ticked or passed while the BMS reads a current;
- the last step fails when nothing was stored (the walk ticked through without flipping switch 8).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_wizard import choose, set_board

from smartbms_gui.views.switch_wizard import PAGE_CALIBRATE, PAGE_SUMMARY, PAGE_VERIFY, HiddenSettingsWizard


def walk_to_calibrate(w, battery, sim_bridge, *, flip=True):
    for n in range(1, 9):
        w.record.dip.setSwitch(n, battery.switches[n - 1])
    w.record.confirm.setChecked(True)
    w.next()
    if flip:
        set_board(battery, w.set_page.dip.positions(), range(1, 8))
        sim_bridge.advance(2)
    w.set_page.confirm.setChecked(True)
    w.next()
    if flip:
        battery.set_switch(8, True)
        battery.set_switch(8, False)
    w.toggle.confirm.setChecked(True)
    w.next()
    if flip:
        set_board(battery, w.restore.dip.positions())
        sim_bridge.advance(2)
    w.restore.confirm.setChecked(True)
    w.next()
    assert w.currentId() == PAGE_CALIBRATE


def test_step_6_refuses_the_tick_while_a_current_flows(qtbot, battery, sim_bridge):
    battery.solar_override_w = 0.0
    battery.load_override_w = 300.0  # an inverter still running
    sim_bridge.advance(3)
    w = HiddenSettingsWizard(sim_bridge)
    qtbot.addWidget(w)
    w.show()
    choose(w, 100, 16)
    w.next()
    walk_to_calibrate(w, battery, sim_bridge)
    page = w.calibrate
    assert abs(sim_bridge.live.battery_current_a) > 1
    assert "not zero yet" in page.current.text()
    assert not page.confirm.isEnabled() and "once the BMS reads 0 A" in page.blocked.text()
    page.confirm.setChecked(True)  # even forced, it does not let the wizard on
    assert not page.isComplete()
    w.next()
    assert w.currentId() == PAGE_CALIBRATE
    page.confirm.setChecked(False)
    battery.load_override_w = 0.0  # everything off: the current falls to zero
    sim_bridge.advance(4)
    assert page.current_is_zero() and page.confirm.isEnabled()
    page.confirm.setChecked(True)
    assert page.isComplete()
    battery.load_override_w = 300.0  # switched back on before going on: the tick no longer holds
    sim_bridge.advance(3)
    assert not page.isComplete() and "flowing again" in page.blocked.text()
    w.next()
    assert w.currentId() == PAGE_CALIBRATE
    page.skip.setChecked(True)  # or say the sensor did not change
    assert not page.confirm.isChecked()
    w.next()
    assert w.currentId() == PAGE_VERIFY and w.state.calibrated is False


def test_ticking_through_without_flipping_anything_fails_the_check(qtbot, battery, sim_bridge):
    w = HiddenSettingsWizard(sim_bridge)
    qtbot.addWidget(w)
    w.show()
    choose(w, 100, 16)  # what the board holds already: the count "matches" whether or not switch 8 moved
    w.next()
    walk_to_calibrate(w, battery, sim_bridge, flip=False)
    w.calibrate.skip.setChecked(True)
    w.next()
    sim_bridge.advance(2)
    assert w.currentId() == PAGE_VERIFY
    assert w.state.verified_ok is False, w.verify.result.text()
    assert "stored nothing new" in w.verify.result.text() and w.verify.result.icon_name() == "cross"
    assert "toggle switch 8 again" in w.verify.details.text()


def test_the_stored_change_is_confirmed_from_what_the_bms_reports(qtbot, battery, sim_bridge):
    w = HiddenSettingsWizard(sim_bridge)
    qtbot.addWidget(w)
    w.show()
    choose(w, 100, 16)  # the same settings again, but this time really stored with switch 8
    w.next()
    walk_to_calibrate(w, battery, sim_bridge)
    w.calibrate.skip.setChecked(True)
    w.next()
    sim_bridge.advance(2)
    assert w.state.verified_ok is True and "stored the sensor and the cell count" in w.verify.result.text()
    # the switches set in step 3 reached the BMS: it balanced at the target's V bypass meanwhile
    assert w.state.seen_bypass_during_store
    w.next()
    assert w.currentId() == PAGE_SUMMARY


async def test_the_wizard_is_not_modal_and_the_simulator_page_works_meanwhile(qtbot, tmp_path):
    from test_wizard_device_bridge import FAST, until

    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import MainWindow

    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    window.show()
    try:
        await bridge.connect_simulator()
        await bridge.wait_streaming(10)
        page = window.pages["switches"]
        wizard = page.openWizard()
        assert wizard.isVisible() and not wizard.isModal()
        assert wizard.windowModality() == Qt.WindowModality.NonModal
        assert QApplication.activeModalWidget() is None  # nothing blocks the main window
        await until(lambda: "simulator" in window.pages, what="the Simulator page")
        window.show_page("simulator")
        panel = window.pages["simulator"]
        assert panel.isEnabled() and panel.isVisible()
        # the installer flips switch 8 on the Simulator page while the wizard stays open
        before = bridge.battery.switches[7]
        panel.dip.setSwitch(8, not before)  # as a click on the drawing does
        await until(lambda: bridge.battery.switches[7] != before, what="switch 8 flipped on the simulated board")
        assert wizard.isVisible()
        wizard.close()
    finally:
        await bridge.disconnect()
