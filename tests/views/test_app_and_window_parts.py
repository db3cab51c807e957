"""The entry point's options, the --screenshot path, scan results in the picker, preferences, PIN privacy."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from test_main_window_simulator import FAST, connect_sim

from smartbms_gui import preferences as app_prefs
from smartbms_gui.app import parse_args
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.advert import COMPANY_IDS, DeviceType, decode_advert, encode_advert
from smartbms_gui.transport.ble import FoundDevice
from smartbms_gui.views.connection_bar import DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def test_options_are_checked():
    args = parse_args(["--simulator", "--cells", "255", "--size", "1920x1080"])
    assert args.simulator and args.cells == 255 and args.size == (1920, 1080)
    assert parse_args(["--device", "AA:BB:CC:DD:EE:FF"]).device == "AA:BB:CC:DD:EE:FF"
    assert parse_args(["--serial", "/dev/ttyUSB0"]).serial == "/dev/ttyUSB0"
    for bad in (["--cells", "1"], ["--cells", "300"], ["--size", "big"], ["--simulator", "--serial", "x"]):
        with pytest.raises(SystemExit):
            parse_args(bad)


def test_version_and_help_exit_cleanly(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--version"])
    assert exit_info.value.code == 0
    assert "smartbms-gui" in capsys.readouterr().out


def test_screenshot_renders_the_window_and_exits(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "smartbms_gui.app", "--screenshot", str(out), "--page", "details",
                             "--theme", "dark"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert "Live" in result.stderr  # it really connected to the simulator before the shot
    assert not list(tmp_path.rglob("*.smartbms-recording*"))  # a screenshot run is never recorded


def test_an_unknown_page_is_an_error_that_lists_the_pages(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "smartbms_gui.app", "--screenshot", str(out), "--page", "nope"],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "unknown page 'nope'" in result.stderr and "details" in result.stderr and "simulator" in result.stderr
    assert not out.exists()


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge(**FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    yield win
    await bridge.disconnect()


async def test_scan_results_appear_with_type_serial_and_signal(window):
    advert = decode_advert(min(COMPANY_IDS), encode_advert(DeviceType(6), 3330))
    found = FoundDevice("C0:FF:EE:00:00:01", "123\\SmartBMS", -67, advert)
    window.bridge.scanResult.emit(found)
    window.bridge.scanResult.emit(found)  # seen twice: listed once
    targets = [t for t in window.connection_bar.targets() if t.kind == "ble"]
    assert len(targets) == 1
    label = window.connection_bar.picker.itemText(0)
    assert "03330" in label and "good signal" in label  # the signal in words, dBm in the tooltip
    assert "-67 dBm" in window.connection_bar.picker.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert targets[0].generation == 3
    assert [t.kind for t in window.connection_bar.targets()][-2:] == ["simulator", "serial-pick"]


async def test_the_pin_never_reaches_the_log(window, caplog):
    caplog.set_level(logging.DEBUG)
    state = await connect_sim(window, pin="8642")
    assert state.phase is Phase.FAILED
    assert "8642" not in caplog.text
    assert window.connection_bar.pin.text() == ""  # not kept in the field either
    assert window.connection_bar.pin.echoMode() == window.connection_bar.pin.EchoMode.Password


async def test_preferences_apply_prevent_auto_lock_and_the_simulator_page(window, monkeypatch, tmp_path):
    calls = []
    def acquire():
        calls.append("acquire")
        window.awake.active = True
        return True

    def release():
        calls.append("release")
        window.awake.active = False

    monkeypatch.setattr(window.awake, "acquire", acquire)
    monkeypatch.setattr(window.awake, "release", release)
    await connect_sim(window)
    assert "simulator" in window.pages
    window.open_preferences()
    dialog = window._preferences_dialog
    dialog.prevent_auto_lock.setChecked(True)
    dialog.show_simulator.setChecked(False)
    dialog.units.setCurrentIndex(dialog.units.findData("imperial"))
    dialog.accept()
    assert calls == ["acquire"]
    assert "simulator" not in window.pages
    assert window.details.units == "imperial"
    saved = app_prefs.load(tmp_path / "prefs.json")
    assert saved.prevent_auto_lock and not saved.show_simulator and saved.units == "imperial"
    assert "awake" in window.awake_note.text()
    await window.bridge.disconnect()
    assert calls == ["acquire", "release"]
    assert window.awake_note.text() == ""


async def test_a_chosen_device_is_offered_again_at_the_next_start(qtbot, tmp_path):
    prefs = app_prefs.Preferences(last_device=app_prefs.LastDevice("ble", "C0:FF:EE:00:00:01",
                                                                         "SmartBMS Gen3 03330", 3))
    bridge = DeviceBridge(**FAST)
    win = MainWindow(bridge, prefs, prefs_path=tmp_path / "p.json")
    qtbot.addWidget(win)
    target = win.connection_bar.current_target()
    assert target == DeviceTarget("ble", "C0:FF:EE:00:00:01", "SmartBMS Gen3 03330", 3)
    win.start()  # a BLE device needs its PIN: nothing connects by itself
    assert bridge.session is None


async def test_serial_port_is_picked_from_the_listed_ports(window):
    from smartbms_gui.transport.serial_ports import SerialPortInfo

    window.list_serial_ports = lambda: [SerialPortInfo("/dev/ttyFAKE0", "FT232R USB UART", 0x0403, 0x6001)]
    bar = window.connection_bar
    index = [t.kind for t in bar.targets()].index("serial-pick")
    bar.picker.setCurrentIndex(index)
    bar.picker.activated.emit(index)
    dialog = window._serial_dialog
    assert "FT232" in dialog.ports.itemText(0)
    assert dialog.port() == "/dev/ttyFAKE0"
    dialog.accept()
    assert bar.current_target() == DeviceTarget("serial", "/dev/ttyFAKE0", "/dev/ttyFAKE0")
    assert not bar.current_target().needs_pin and not bar.pin.isEnabled()
    bar.select(DeviceTarget("simulator"))  # back to a device with a PIN: the field is usable again
    assert bar.pin.isEnabled()


async def test_v_bypass_links_to_the_switches_page(window):
    from PySide6.QtWidgets import QPushButton

    buttons = [b for b in window.settings_page.findChildren(QPushButton) if "V bypass" in b.text()]
    assert len(buttons) == 1
    buttons[0].click()
    assert window.current_page_key() == "switches"
    window.show_page("details")
    window.details.vbypass_link.click()
    assert window.current_page_key() == "switches"
