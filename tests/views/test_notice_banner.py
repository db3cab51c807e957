"""Notices from the device layer stay in sight: the factory-PIN warning of a real battery opens a
banner (translated, with a way to the PIN), until dismissed or the next connection; the built-in
simulator's factory PIN is not worth a warning."""

from __future__ import annotations

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.client import DEFAULT_PIN_WARNING
from smartbms_gui.messages import Message
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def _window(qtbot, tmp_path):
    window = MainWindow(DeviceBridge(), app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_factory_pin_warning_stays_until_dismissed(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert not window.notice_banner.isVisible()
    window.bridge.noticeRaised.emit(DEFAULT_PIN_WARNING)
    assert window.notice_banner.isVisible() and window.change_pin_button.isVisible()
    assert "factory PIN 1234" in window.notice_label.text()
    other = Message("Your BMS did not report {what}.", what="S3")
    window.bridge.noticeRaised.emit(other)
    window.bridge.noticeRaised.emit(DEFAULT_PIN_WARNING)  # the same note is not repeated
    assert window.notices() == [str(DEFAULT_PIN_WARNING), "Your BMS did not report S3."]
    window.change_pin_button.click()
    assert window.stack.currentWidget() is window.settings_page
    window.clear_notices()
    assert not window.notice_banner.isVisible() and window.notices() == []


def test_the_simulator_s_factory_pin_is_not_a_warning(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.bridge.battery = object()  # a simulated battery is running
    window.bridge.noticeRaised.emit(DEFAULT_PIN_WARNING)
    assert not window.notice_banner.isVisible()
    window.bridge.battery = None
