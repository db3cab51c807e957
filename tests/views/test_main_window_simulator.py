"""The main window against the simulator, through the real DeviceBridge, session, ASCII wire and peer.

Pages refresh on a Qt timer; the tests run on a plain asyncio loop, so they call `refresh_now()`.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params
from smartbms_gui.views.connection_bar import DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.widgets.cell_grid import STATE_OUT

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}


async def until(predicate, timeout=5.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.03)


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge(**FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    await bridge.disconnect()


async def connect_sim(win: MainWindow, *, generation: int = 2, pin: str = "1234", cells: int | None = None):
    bridge = win.bridge
    if generation != 2 or cells is not None:
        bridge.sim_defaults["generation"] = generation
        bridge.sim_defaults["cells"] = cells or 16
    win.connection_bar.select(DeviceTarget("simulator"))
    win.connection_bar.pin.setText(pin)
    win.connection_bar.connect_button.click()
    await until(lambda: bridge.session is not None, what="a session")
    state = await bridge.wait_streaming(10)
    return state


async def test_first_run_starts_on_the_simulator_and_shows_live_values(window, tmp_path):
    bridge = window.bridge
    assert window.prefs.first_run
    window.start()
    await until(lambda: bridge.state.phase is Phase.STREAMING, what="streaming")
    await until(lambda: bridge.live.cells_received == 16 and bridge.live.get("stored_wh") is not None,
                what="all cells and the E record")
    for page in (window.overview, window.details):
        page.refresh_now()
    volts = bridge.live.get("pack_voltage_v")
    assert window.overview.tile_text("pack_voltage") == f"{volts:.2f} V"
    assert abs(volts - bridge.battery.pack_voltage_v) < 0.2
    assert window.overview.gauge.value() == bridge.live.get("soc_pct")
    assert len(window.details.grid.cells) == 16
    assert all(t.voltage_v is not None for t in window.details.grid.cells)
    assert "Live" in window.connection_bar.state_label.text()
    # the device is remembered, and a simulator page is there to drive it
    saved = app_prefs.load(tmp_path / "prefs.json")
    assert saved.last_device is not None and saved.last_device.kind == "simulator"
    assert "simulator" in window.pages
    # settings page shows the simulator's values
    editor = window.settings_page.editors["vmax_v"]
    assert editor.field.text() == f"{bridge.battery.setting('vmax_v'):.3f}"


def _type(qtbot, editor, text):
    editor.field.clear()
    qtbot.keyClicks(editor.field, text)


async def _apply(window):
    page = window.settings_page
    assert page.apply_button.isEnabled(), [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    page.apply_button.click()
    await until(lambda: not page._writing, timeout=8, what="the write results")
    return page


async def test_each_kind_of_setting_is_written_and_read_back_from_the_simulator(window, qtbot):
    await connect_sim(window, generation=3)
    battery = window.bridge.battery
    page = window.settings_page
    assert "chemistry" in page.editors  # Gen3 extras appear for a Gen3 device
    _type(qtbot, page.editors["vmax_v"], "3.600")  # number, 2-byte word
    _type(qtbot, page.editors["charge_pause_delay_s"], "10")  # number, 1 byte
    _type(qtbot, page.editors["charge_restart_pct"], "85")  # number, address UNKNOWN on hardware
    chemistry = page.editors["chemistry"].field  # choice
    chemistry.setCurrentIndex(chemistry.findData(3))
    chemistry.activated.emit(chemistry.currentIndex())
    critical = page.editors["critical_mode"].field  # bool
    want_critical = not battery.setting("critical_mode")
    critical.click()
    changes = {c.name: c.new for c in page.changes()}
    assert changes == {"vmax_v": 3.6, "charge_pause_delay_s": 10, "charge_restart_pct": 85, "chemistry": 3,
                       "critical_mode": want_critical}
    assert page.diff_list.count() == 5
    await _apply(window)
    assert battery.setting("vmax_v") == pytest.approx(3.6)
    assert battery.setting("charge_pause_delay_s") == 10
    assert battery.setting("charge_restart_pct") == 85
    assert battery.setting("chemistry") == 3
    assert battery.setting("critical_mode") == want_critical
    for name in changes:
        assert page.row_status[name].icon_name() == "check", (name, page.row_status[name].text())
    assert page.changes() == []  # the editors now show what the BMS holds
    assert page.editors["vmax_v"].field.text() == "3.600"


async def test_pin_change_and_clear_counters_work_on_the_simulator(window, qtbot):
    await connect_sim(window)
    battery = window.bridge.battery
    page = window.settings_page
    pin = page.editors["pin"]
    qtbot.keyClicks(pin.field, "4321")
    qtbot.keyClicks(pin.repeat, "4320")
    assert not page.apply_button.isEnabled()
    assert "differ" in page.row_status["pin"].text()
    pin.repeat.clear()
    qtbot.keyClicks(pin.repeat, "4321")
    page.editors["clear_energy_counters"].field.click()
    diff_text = " ".join(page.diff_list.item(i).text() for i in range(page.diff_list.count()))
    assert "4321" not in diff_text and "****" in diff_text
    await _apply(window)
    assert battery.check_pin("4321")
    assert page.row_status["pin"].icon_name() == "check"
    assert page.row_status["clear_energy_counters"].icon_name() == "check"


async def test_typing_is_checked_at_once_with_ranges_and_cross_field_rules(window, qtbot):
    await connect_sim(window)
    page = window.settings_page
    _type(qtbot, page.editors["vmax_v"], "5.5")
    assert "outside" in page.row_status["vmax_v"].text()
    field = page.editors["vmax_v"].field
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert "Vh light" in page.help_box.text()  # the focused setting is explained beside the form
    assert not page.apply_button.isEnabled()
    _type(qtbot, page.editors["vmax_v"], "3.45")  # below V bypass 3.5
    assert "V bypass" in page.row_status["vmax_v"].text()
    assert not page.apply_button.isEnabled()
    _type(qtbot, page.editors["vmax_v"], "abc")
    assert "not a number" in page.row_status["vmax_v"].text()
    page.revert_button.click()
    assert page.changes() == [] and page.row_status["vmax_v"].text() == ""


async def test_a_refused_write_shows_KO_and_keeps_the_edit(window, qtbot):
    await connect_sim(window)
    battery = window.bridge.battery
    page = window.settings_page
    before = battery.setting("vmin_v")
    _type(qtbot, page.editors["vmin_v"], "2.800")
    battery.faults.inject("reply_ko")
    await _apply(window)
    battery.faults.clear("reply_ko")
    assert battery.setting("vmin_v") == before
    text = page.row_status["vmin_v"].text()
    assert page.row_status["vmin_v"].icon_name() == "cross" and "KO" in text
    assert page.editors["vmin_v"].field.text() == "2.800"  # nothing typed is lost
    assert [c.name for c in page.changes()] == ["vmin_v"]


async def test_wrong_pin_is_said_plainly(window):
    state = await connect_sim(window, pin="9999")
    assert state.phase is Phase.FAILED
    await until(lambda: "PIN" in window.connection_bar.state_label.text(), what="the PIN message")
    assert "wrong PIN" in window.connection_bar.state_label.text()
    assert window.connection_bar.connect_button.text().replace("&", "") == "Connect"


async def test_an_injected_fault_lights_the_right_warning_and_reddens_the_right_cell(window):
    await connect_sim(window)
    bridge = window.bridge
    bridge.battery.faults.inject("cell_over_voltage", cell=5)
    await until(lambda: bridge.live.lights
                and any(k.name == "VH" and on for k, on in bridge.live.lights.items())
                and bridge.live.cells[4].state.name == "OUT_OF_RANGE", timeout=8, what="Vh and cell 5")
    window.details.refresh_now()
    assert window.details.lit_lights() == {"VH"}
    states = [t.state for t in window.details.grid.cells]
    assert states[4] == STATE_OUT
    assert states.count(STATE_OUT) == 1
    assert window.details.grid.highest == 5
    assert "Vh" in window.details.explain_body.text()
    window.overview.refresh_now()
    assert "Off: a cell is at or above V max" in window.overview.charge_relay.text()
    assert window.overview.charge_relay.icon_name() == "cross"  # a fault


async def test_link_drop_shows_reconnecting_then_recovers(window):
    await connect_sim(window)
    bridge = window.bridge
    seen = []
    bridge.stateChanged.connect(lambda s: seen.append(window.connection_bar.state_label.text()))
    bridge.battery.faults.inject("link_drop")
    await until(lambda: bridge.state.phase is Phase.RECONNECTING, timeout=6, what="reconnecting")
    assert any("Reconnecting in" in text for text in seen), seen
    window.overview.refresh_now()
    assert window.overview.tiles["pack_voltage"].is_stale()
    bridge.battery.faults.clear("link_drop")
    await until(lambda: bridge.state.phase is Phase.STREAMING, timeout=8, what="streaming again")
    assert "Live" in window.connection_bar.state_label.text()
    await until(lambda: not bridge.live.is_stale("pack_voltage_v"), what="fresh data")
    window.overview.refresh_now()
    assert not window.overview.tiles["pack_voltage"].is_stale()


async def test_unknown_address_settings_are_disabled_on_hardware_with_the_reason(window, qtbot):
    await connect_sim(window)
    page = window.settings_page
    page._link_facts = (True, True)  # as a BLE link reports (transport.is_hardware)
    window.bridge.session.transport.is_hardware = True
    page.set_connection(window.bridge.state)
    for name in ("pin", "clear_energy_counters", "charge_restart_pct", "discharge_restart_pct"):
        editor = page.editors[name]
        assert params.parameter(name).address is None
        assert not editor.field.isEnabled(), name
        assert "not published" in page.row_status[name].text()
    assert page.editors["vmax_v"].field.isEnabled()
    assert not page.editors["vbypass_v"].field.isEnabled() or page.editors["vbypass_v"].param.read_only


async def test_save_and_load_show_the_diff_before_writing(window, qtbot, tmp_path):
    await connect_sim(window)
    battery = window.bridge.battery
    page = window.settings_page
    path = tmp_path / "backup.json"
    page.save_to_path(path)
    assert "pin" not in path.read_text()
    text = path.read_text().replace('"vmax_v": 3.65', '"vmax_v": 3.55')
    path.write_text(text)
    changes = page.load_from_path(path)
    assert [(c.name, c.new) for c in changes] == [("vmax_v", 3.55)]
    assert battery.setting("vmax_v") == pytest.approx(3.65)  # nothing written yet
    assert "nothing has been written" in page.result_list.item(0).text()
    bad = tmp_path / "bad.json"
    bad.write_text("{broken")
    assert page.load_from_path(bad) == []
    assert "cannot be loaded" in page.result_list.item(0).text()
    assert [c.name for c in page.changes()] == ["vmax_v"]  # the bad file lost nothing
