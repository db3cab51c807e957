"""A Gen3 battery's settings in German: the Gen3-only group titles and choice items are translated
(a Gen2 screen tour never shows them, so they come from the parameter table itself)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox
from test_main_window_simulator import FAST, until

from smartbms_gui.views import translator as i18n
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.settings_page import SettingsPage


async def test_gen3_groups_and_choices_are_german(qtbot):
    app = QApplication.instance()
    i18n.install_translator(app, "de")
    bridge = DeviceBridge(**FAST)
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    try:
        await bridge.connect_simulator(generation=3)
        await until(lambda: "chemistry" in getattr(page, "editors", {}), timeout=10, what="the Gen3 rows")
        for _ in range(3):
            app.processEvents()
            await asyncio.sleep(0)
        titles = {box.title() for box in page.findChildren(QGroupBox)}
        assert "Strom und SoC" in titles and "Relais 1" in titles, titles
        chemistry = page.editors["chemistry"].field
        assert isinstance(chemistry, QComboBox)
        items = [chemistry.itemText(i) for i in range(chemistry.count())]
        assert "Andere" in items and "Lithiumtitanat (LTO)" in items, items
        function = page.editors["relay1_function"].field
        assert "Laden erlaubt" in [function.itemText(i) for i in range(function.count())]
    finally:
        await bridge.disconnect()
        i18n.install_translator(app, "en")
