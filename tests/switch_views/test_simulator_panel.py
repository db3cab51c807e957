"""The simulator panel: switches flipped on the simulated IN board, faults, speed."""

import pytest
from PySide6.QtCore import Qt

from smartbms_gui.protocol import switches as sw
from smartbms_gui.sim.faults import FAULTS
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.views.simulator_panel import SimulatorPanel


@pytest.fixture
def panel(qtbot, battery):
    runner = SimulatorRunner(battery, speed=1.0)
    widget = SimulatorPanel(battery, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_panel_shows_the_boards_switches(panel, battery):
    assert panel.dip.positions() == tuple(battery.switches)
    assert "100 A sensor, 16 cells" in panel.switch_state.text()


def test_click_flips_the_simulated_switch(qtbot, panel, battery):
    before = battery.switches[2]
    qtbot.mouseClick(panel.dip, Qt.MouseButton.LeftButton, pos=panel.dip._slot_rect(2).center().toPoint())
    assert battery.switches[2] is (not before)
    assert battery.normal.blind_spot is (not before)


def test_switch_8_toggle_through_the_panel_stores_hidden_settings(panel, battery):
    original = tuple(battery.switches)
    target = sw.encode_hidden(500, 60)  # 500 A, 64 cells
    for n in range(1, 8):
        panel.dip.setSwitch(n, target[n - 1])
    assert battery.hidden_cells == 16  # nothing stored yet
    panel.dip.setSwitch(8, True)
    panel.dip.setSwitch(8, False)
    assert battery.hidden_cells == 64 and battery.hidden_sensor_a == 500
    # the stored setting and the pack's real cells, both shown (the pack keeps its 16 cell boards)
    assert "500 A sensor, 64 cells. The pack reports 16 cells." in panel.switch_state.text()
    for n in range(1, 9):
        panel.dip.setSwitch(n, original[n - 1])
    assert tuple(battery.switches) == original and battery.hidden_cells == 64 and battery.cell_count == 16


def test_switches_flipped_elsewhere_show_up(panel, battery):
    battery.set_switch(5, True)
    assert panel.dip.isOn(5)
    assert "critical mode" in panel.switch_state.text()


def test_faults_inject_and_clear(panel, battery):
    box = panel.fault_boxes["cell_over_voltage"]
    box.setChecked(True)
    assert battery.faults.is_active("cell_over_voltage")
    box.setChecked(False)
    assert not battery.faults.is_active("cell_over_voltage")
    battery.faults.inject("link_drop")
    panel.refresh()
    assert panel.fault_boxes["link_drop"].isChecked()
    panel.clear_all.click()
    assert battery.faults.active() == {} and not panel.fault_boxes["link_drop"].isChecked()
    assert set(panel.fault_boxes) | set(panel.fault_buttons) == set(FAULTS)


def test_reboot_is_a_one_shot(panel, battery):
    before = battery.faults.reboots
    panel.fault_buttons["device_reboot"].click()
    assert battery.faults.reboots == before + 1


def test_speed(qtbot, panel):
    with qtbot.waitSignal(panel.speedChanged) as blocker:
        panel.speed.setCurrentIndex(panel.speed.findData(60.0))
    assert panel.runner.speed == 60.0 and blocker.args == [60.0]
    panel.speed.setCurrentIndex(panel.speed.findData(0.0))
    assert panel.runner.speed == 0.0


def test_panel_without_runner(qtbot, battery):
    widget = SimulatorPanel(battery)
    qtbot.addWidget(widget)
    widget.speed.setCurrentIndex(widget.speed.findData(10.0))  # no runner: only the signal
    assert widget.speed.currentData() == 10.0


def test_sun_and_load(panel, battery):
    assert panel.sun.text() == "Day profile" and battery.solar_override_w is None
    panel.sun.setValue(0)
    panel.load.setValue(1500)
    assert battery.solar_override_w == 0.0 and battery.load_override_w == 1500.0
    battery.step(5)
    assert battery.battery_current_a < 0  # the load drains the pack
    panel.load.setValue(-1)
    assert battery.load_override_w is None


def test_closed_panel_stops_listening(qtbot, battery):
    widget = SimulatorPanel(battery)
    assert widget._battery_switches_changed in battery.switch_listeners
    widget.deleteLater()
    qtbot.wait(10)
    battery.set_switch(1, not battery.switches[0])  # must not touch the deleted widgets
    assert widget._battery_switches_changed not in battery.switch_listeners


def test_fault_labels_are_translated_titles_keyed_by_the_simulators_names(panel, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from smartbms_gui.views import simulator_panel

    # Every fault the simulator offers has its own title (not the sim's snake_case name).
    for name in FAULTS:
        widget = panel.fault_boxes.get(name) or panel.fault_buttons[name]
        assert simulator_panel.fault_title(name) in widget.text()
        assert "_" not in widget.text() and widget.text()[0].isupper()
        assert widget.toolTip() == simulator_panel.fault_help(name, "") != ""  # a translated help per fault
    # The title goes through the translator, in the panel's context.
    seen = []

    def fake_translate(context, text, *args):
        seen.append((context, text))
        return "<" + text + ">"

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(fake_translate))
    assert simulator_panel.fault_title("cell_over_voltage") == "<Cell over voltage>"
    assert ("SimulatorPanel", "Truncated messages") in seen
    assert simulator_panel.fault_help("link_drop", "x") == "<The link to the app goes silent in both directions.>"
    assert simulator_panel.fault_help("a_future_fault", "its own words") == "its own words"


def test_fault_boxes_follow_the_registry_without_waiting_for_the_timer(panel, battery):
    """A fault injected elsewhere (a schedule, a script) reaches the panel through the registry's
    listener, not only on the next refresh tick."""
    panel._timer.stop()
    battery.faults.inject("cell_over_voltage")
    assert panel.fault_boxes["cell_over_voltage"].isChecked()
    battery.faults.clear("cell_over_voltage")
    assert not panel.fault_boxes["cell_over_voltage"].isChecked()


def test_closed_panel_stops_listening_to_the_faults(qtbot, battery):
    widget = SimulatorPanel(battery)
    widget.deleteLater()
    qtbot.waitUntil(lambda: widget._faults_changed not in battery.faults._listeners, timeout=2000)
    battery.faults.inject("cell_over_voltage")  # must not touch the deleted widgets


@pytest.mark.parametrize("language,width,columns", [("de", 786, 2), ("en", 786, 3), ("de", 1152, 3)],
                         ids=["de-smallest", "en-smallest", "de-1366x768"])
def test_faults_take_as_many_columns_as_fit_whole(qtbot, qapp, battery, language, width, columns):
    """786 px: the page in a window of the smallest size. In German three columns scrolled sideways and
    cut the third column's names off; the faults take two columns there instead."""
    from PySide6.QtWidgets import QScrollArea

    from smartbms_gui.views import translator as i18n

    i18n.install_translator(qapp, language)
    try:
        widget = SimulatorPanel(battery)
    finally:
        i18n.install_translator(qapp, "en")
    qtbot.addWidget(widget)
    widget.resize(width, 580)
    widget.show()
    area = widget.findChild(QScrollArea)
    grid = widget.fault_grid
    qtbot.waitUntil(lambda: widget.fault_columns == columns and not area.horizontalScrollBar().isVisible()
                    and widget.fault_widgets[-1].geometry().right() <= area.viewport().width())
    placed = [grid.getItemPosition(grid.indexOf(w))[:2] for w in widget.fault_widgets]
    assert placed == [divmod(i, columns) for i in range(len(widget.fault_widgets))]  # reading order
    for fault in widget.fault_widgets:
        assert fault.width() >= fault.sizeHint().width(), fault.text()
