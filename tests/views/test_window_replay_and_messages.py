"""Main window: the replay banner, errors that stop holding once Live, the serial-port dialog's visible
problems, and the Bluetooth list sorted by signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt
from test_main_window_simulator import FAST, connect_sim, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.recording import Recorder
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.views.connection_bar import ConnectionBar, DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.serial_port_dialog import SerialPortDialog

START = 1_700_000_000.0


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge(record=False, **FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    await bridge.disconnect()


def make_recording(path, seconds=60):
    """The simulator's own stream bytes, one message a second, recorded as the app records a link."""
    battery = SimulatedBattery(cells=8, seed=3)
    peer = AsciiPeer(battery, cells_per_message=8)
    with Recorder(path, description="Simulator") as rec:
        t = START
        while t < START + seconds:
            battery.step(1.0)
            rec.record_bytes(peer.stream_message(), t)
            t += 1.0
    return rec.path


async def test_a_replay_is_announced_with_its_file_and_time_and_back_to_live_ends_it(window, tmp_path, qtbot):
    path = make_recording(tmp_path / "garage.smartbms-recording")
    assert not window.replay_banner.isVisibleTo(window)
    assert window.plots.open_recording(path)
    assert window.is_replaying() and window.replay_banner.isVisibleTo(window)
    text = window.replay_label.text()
    assert "garage.smartbms-recording" in text and text.startswith("Replaying")
    # the banner names the recorded time of what the pages show (the end of the recording), and
    # follows it within a second
    assert START + 50 <= window._replay_t <= START + 60
    last = QDateTime.fromSecsSinceEpoch(int(window._replay_t)).toString("HH:mm:ss")
    qtbot.waitUntil(lambda: last in window.replay_label.text(), timeout=3000)  # (the window's 1 s timer)
    assert window.connection_bar.state_label.text() == "Showing a recording (not connected)"
    assert window.connection_bar.mark_icon() == "replay"
    window.overview.refresh_now()
    assert window.overview.tile_text("pack_voltage") != "–"  # the pages show the recording
    window.live_button.click()
    assert not window.is_replaying() and not window.replay_banner.isVisibleTo(window)
    assert window.connection_bar.state_label.text() == "Not connected"


async def test_connecting_during_a_replay_ends_the_replay(window, tmp_path):
    assert window.plots.open_recording(make_recording(tmp_path / "r.smartbms-recording", 20))
    state = await connect_sim(window)
    assert state.phase is Phase.STREAMING
    assert not window.is_replaying() and not window.replay_banner.isVisibleTo(window)
    assert "Live" in window.connection_bar.state_label.text()


async def test_an_old_error_is_cleared_when_the_link_goes_live(window):
    state = await connect_sim(window, pin="9999")
    assert state.phase is Phase.FAILED
    await until(lambda: window.statusBar().currentMessage() != "", what="the error in the status bar")
    assert window.connection_bar.mark_icon() == "cross"
    message = window.statusBar().currentMessage()
    await window.bridge.disconnect()  # (so connect_sim waits for the new session, not the failed one)
    assert window.statusBar().currentMessage() == message
    state = await connect_sim(window, pin="1234")
    assert state.phase is Phase.STREAMING
    await until(lambda: window.statusBar().currentMessage() == "", what="the old error to go")
    assert window.connection_bar.mark_icon() == "check"


async def test_the_users_disconnect_takes_the_old_error_away(window):
    state = await connect_sim(window, pin="9999")
    assert state.phase is Phase.FAILED
    await until(lambda: window.statusBar().currentMessage() != "", what="the error in the status bar")
    window.connection_bar.disconnectRequested.emit()  # what the bar's Disconnect button sends
    assert window.statusBar().currentMessage() == ""
    await until(lambda: not window.bridge.connected, what="the link to close")


class Port:
    def __init__(self, device, label):
        self.device, self.label = device, label


def test_the_serial_dialog_shows_why_no_port_is_listed(qtbot):
    def refused():
        raise PermissionError("Permission denied: '/dev/serial/by-id'")

    dialog = SerialPortDialog(refused)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Permission denied" in dialog.problem_text() and dialog.problem.isVisible()
    assert dialog.problem.icon_name() == "warning"
    empty = SerialPortDialog(lambda: [])
    qtbot.addWidget(empty)
    empty.show()
    assert "No serial port found" in empty.problem_text() and empty.problem.isVisible()
    assert empty.ports.lineEdit().placeholderText()  # the edit field itself says what to type
    found = SerialPortDialog(lambda: [Port("/dev/ttyUSB0", "/dev/ttyUSB0 — FT232R USB UART")])
    qtbot.addWidget(found)
    found.show()
    assert found.problem_text() == "" and found.port() == "/dev/ttyUSB0"


def test_bluetooth_results_are_listed_strongest_first_with_the_signal_in_words(qtbot):
    bar = ConnectionBar()
    qtbot.addWidget(bar)
    bar.add_target(DeviceTarget("ble", "AA:00:00:00:00:01", "SmartBMS 0012345", 2, -87))
    bar.add_target(DeviceTarget("ble", "AA:00:00:00:00:02", "SmartBMS 0099887", 2, -58))
    bar.add_target(DeviceTarget("ble", "AA:00:00:00:00:03", "", 2, None))
    bar.add_target(DeviceTarget("ble", "AA:00:00:00:00:04", "SmartBMS 0044444", 2, -70))
    ble = [t.address[-2:] for t in bar.targets() if t.kind == "ble"]
    assert ble == ["02", "04", "01", "03"]
    texts = [bar.picker.itemText(i) for i in range(4)]
    assert texts[0].endswith("strong signal") and texts[1].endswith("good signal")
    assert texts[2].endswith("weak signal")
    assert texts[3] == "Unnamed device AA:00:00:00:00:03"
    assert "-58 dBm" in bar.picker.itemData(0, Qt.ItemDataRole.ToolTipRole)
    # a new sighting moves the device to its new place and keeps it chosen
    bar.picker.setCurrentIndex(2)
    bar.add_target(DeviceTarget("ble", "AA:00:00:00:00:01", "SmartBMS 0012345", 2, -50))
    assert bar.targets()[0].address.endswith("01") and bar.current_target().address.endswith("01")
    assert [t.kind for t in bar.targets()][-2:] == ["simulator", "serial-pick"]


def test_the_connection_mark_is_an_icon_for_every_phase(qtbot):
    bar = ConnectionBar()
    qtbot.addWidget(bar)
    expected = [(Phase.DISCONNECTED, "ring"), (Phase.CONNECTING, "busy"), (Phase.AUTHENTICATING, "busy"),
                (Phase.READING_SETTINGS, "busy"), (Phase.STREAMING, "check"), (Phase.RECONNECTING, "busy"),
                (Phase.FAILED, "cross"), (Phase.DISCONNECTED, "cross")]  # a failure stays until the next try
    for phase, icon in expected:
        bar.set_state(ConnectionState(phase))
        assert bar.mark_icon() == icon, phase
        assert not bar.state_mark.pixmap().isNull()


def test_the_file_menu_save_follows_the_settings_page(qtbot, tmp_path):
    """"Save settings to file…" in the File menu is enabled exactly when the page's Save button is:
    once settings were read from a battery."""
    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import MainWindow

    window = MainWindow(DeviceBridge(), app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    page = window.settings_page
    assert not window.save_action.isEnabled() and not page.save_button.isEnabled()
    read = {"vmax_v": 3.65, "vmin_v": 2.9}
    window.bridge.live.update_settings(read)
    window.bridge.settingsChanged.emit(read)  # as the bridge does once the session read them
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert window.save_action.isEnabled()
