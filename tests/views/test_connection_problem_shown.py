"""A battery that never answers: the window gives up after a few tries and shows why and what to do,
whole (the state label wraps, it never cuts the sentence off)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.state import Phase
from smartbms_gui.transport.ble import BleTransport
from smartbms_gui.views.device_bridge import FIRST_ATTEMPTS, DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from tests.ble.test_connect_failure_message import failing_backend

PROBLEM = ("BLE 123\\SmartBMS 4711 did not answer. Move closer (within about 10 m), check that the "
           "battery is powered and that no phone is connected to it, then try again.")


async def test_a_battery_that_never_answers_is_given_up_with_the_whole_reason(qtbot, tmp_path):
    bridge = DeviceBridge(record=False, **{**FAST, "backoff_initial_s": 0.05, "backoff_max_s": 0.1})
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    backend = failing_backend(asyncio.TimeoutError())  # what bleak raises when nobody answers in time

    def link():
        return BleTransport("AA:BB:CC:DD:EE:FF", 2, name="123\\SmartBMS", serial="4711", backend=backend,
                            connect_attempts=1)

    try:
        await bridge.connect_transport(link, description="BLE 4711")
        await until(lambda: bridge.state.phase is Phase.FAILED, timeout=10, what="giving up")
        assert backend.attempts == FIRST_ATTEMPTS == 3
        label = window.connection_bar.state_label
        QApplication.processEvents()
        assert PROBLEM in label.text() and label.text().startswith("Failed")
        assert label.wordWrap()
        # the whole text fits the label's height at the width it was given: nothing is cut off
        assert label.heightForWidth(label.width()) <= label.height() + 1
        assert label.geometry().right() <= window.width()
        assert window.connection_bar.connect_button.text() == "&Connect"  # free to try again
    finally:
        await bridge.disconnect()


async def test_a_failed_scan_says_why_and_what_to_do_on_this_os_whole(qtbot, tmp_path, monkeypatch):
    """No system bus on Linux: dbus-fast raises FileNotFoundError; the bar says BlueZ is not running and
    how to start it (not "[Errno 2]", not macOS), in full, until the next scan."""
    from bleak.backends.scanner import BaseBleakScanner

    from smartbms_gui.device import links
    from smartbms_gui.transport.ble import BleScanner

    class NoBusScanner(BaseBleakScanner):
        def __init__(self, detection_callback, service_uuids=None, scanning_mode="active", **kwargs):
            super().__init__(detection_callback, service_uuids)

        async def start(self):
            raise FileNotFoundError(2, "No such file or directory")  # dbus-fast: no system_bus_socket

        async def stop(self):
            pass

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr(links, "scanner", lambda on_found=None, **o: BleScanner(on_found, backend=NoBusScanner))
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.connection_bar.scanRequested.emit()
    label = window.connection_bar.state_label
    await until(lambda: "BlueZ" in label.text(), what="the scan's problem in the bar")
    QApplication.processEvents()
    text = label.text()
    assert "sudo systemctl start bluetooth" in text and "Errno" not in text and "macOS" not in text
    assert text.startswith("Not connected\n")
    assert label.heightForWidth(label.width()) <= label.height() + 1  # whole, not cut off
    window.connection_bar.set_scanning(True)  # the next scan starts afresh
    assert "BlueZ" not in label.text()
