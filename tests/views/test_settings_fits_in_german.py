"""The settings page in German at 1366×768: the 75 % advice row fits, no sideways scrolling."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


async def test_settings_page_needs_no_horizontal_scroll_bar_in_german(qtbot, tmp_path):
    app = QApplication.instance()
    i18n.install_translator(app, "de")
    bridge = DeviceBridge(**FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        page = window.settings_page
        await until(lambda: getattr(page, "calculator", None) is not None, timeout=8,
                    what="the settings rows")
        window.resize(1366, 768)
        window.show()
        window.show_page("settings")
        for _ in range(3):
            app.processEvents()
            await asyncio.sleep(0)
        assert any("Empfehlung" in label.text() for label in page.calculator.findChildren(QLabel))  # German
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        assert not scroll.horizontalScrollBar().isVisible(), "the settings form scrolls sideways in German"
        assert page.calculator.geometry().right() <= page.calculator.parentWidget().width()
    finally:
        await bridge.disconnect()
        i18n.install_translator(app, "en")
