"""A settings backup says which battery it came from: generation, firmware code and the serial number
of a module found by a scan (the window passes the scan's serial through to the bridge)."""

from __future__ import annotations

from types import SimpleNamespace

from smartbms_gui import preferences as app_prefs
from smartbms_gui.protocol.ascii_records import SettingsRecord
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def _drive(coro) -> None:
    """Run a coroutine that does not wait on anything to its end, here and now."""
    try:
        coro.send(None)
    except StopIteration:
        pass


def _window(qtbot, tmp_path):
    window = MainWindow(DeviceBridge(), app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    return window


def test_a_scanned_module_s_serial_reaches_the_connection_call(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path)
    found = SimpleNamespace(address="F0:12:3B:00:0D:02", rssi=-60, type_label="Gen3 (Raytac)", serial="03330",
                            generation=3, name="123\\SmartBMS")
    calls = []

    async def connect_ble(address, generation, pin, **kw):
        calls.append((address, generation, pin, kw))

    monkeypatch.setattr(window.bridge, "connect_ble", connect_ble)
    monkeypatch.setattr(window, "_run", _drive)
    window._connect(MainWindow.target_from_scan(found), "1234")
    assert calls == [("F0:12:3B:00:0D:02", 3, "1234", {"serial": "03330"})]


def test_the_backup_names_generation_firmware_and_serial(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.bridge.serial = "03330"
    window.bridge.live.apply(SettingsRecord("V", (0x330B, None, None, 3, 700)))  # V@ as read at connect
    meta = window.settings_page._meta()
    assert meta.serial == "03330" and meta.firmware == "0x330B" and int(meta.generation) == 2


async def test_saved_through_the_real_bridge_on_the_simulator_the_file_has_serial_and_firmware(qtbot, tmp_path):
    # The window's way: the page sees the bridge through the BridgeSwitch; the connection's facts (serial
    # given at connecting, firmware from the V record read at connecting) reach the page's edit model.
    import json

    from test_main_window_simulator import FAST, until

    from smartbms_gui.views.bridge_switch import BridgeSwitch
    from smartbms_gui.views.settings_page import SettingsPage

    bridge = DeviceBridge(record=False, **FAST)
    page = SettingsPage(BridgeSwitch(bridge))
    qtbot.addWidget(page)
    bridge.stateChanged.connect(page.set_connection)
    try:
        await bridge.connect_simulator(cells=8, serial="03330")
        await bridge.wait_streaming(10)
        await until(lambda: page.save_button.isEnabled(), what="the settings read")
        assert page.save_to_path(tmp_path / "backup.json")
        device = json.loads((tmp_path / "backup.json").read_text())["device"]
        assert device["serial"] == "03330"
        assert device["firmware"] is not None and device["firmware"] == bridge.live.get("firmware")
        assert device["generation"] == 2
        facts = page.edit.facts
        assert facts.connected and facts.writable and not facts.hardware and facts.serial == "03330"
    finally:
        await bridge.disconnect()
