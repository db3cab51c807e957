"""The settings page in German (the longest texts) and English at 1366×768, at 1280×720 (a 1920×1080
laptop at 150 %) and at the window's smallest size: no sideways scrolling, and the side column's
buttons show their whole texts."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), None], ids=["1366x768", "1280x720", "smallest"])
async def test_settings_page_needs_no_horizontal_scroll_bar(qtbot, tmp_path, language, size):
    app = QApplication.instance()
    i18n.install_translator(app, language)
    bridge = DeviceBridge(**FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        page = window.settings_page
        await until(lambda: getattr(page, "calculator", None) is not None, timeout=8,
                    what="the settings rows")
        window.resize(*size) if size else window.resize(window.minimumSize())
        window.show()
        window.show_page("settings")
        for _ in range(3):
            app.processEvents()
            await asyncio.sleep(0)
        heading = "Empfehlung" if language == "de" else "advice"
        assert any(heading in label.text() for label in page.calculator.findChildren(QLabel))
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        assert not scroll.horizontalScrollBar().isVisible(), "the settings form scrolls sideways"
        assert page.calculator.geometry().right() <= page.calculator.parentWidget().width()
        for button in page.side.findChildren(QPushButton):
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    finally:
        await bridge.disconnect()
        i18n.install_translator(app, "en")
