"""At 1366x768 (a common laptop) the Overview and the Simulator page fit without scrolling, and the
Overview's solar and load cards are filled by their power rings rather than empty space."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


async def test_overview_and_simulator_fit_1366x768(qtbot, tmp_path):
    app = QApplication.instance()
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16 and bridge.live.get("stored_wh") is not None,
                    timeout=8, what="a full picture")
        window.resize(1366, 768)
        window.show()
        window.show_page("overview")
        window.overview.refresh_now()
        app.processEvents()
        await asyncio.sleep(0)
        app.processEvents()
        overview = window.overview
        assert overview.minimumSizeHint().height() <= window.stack.height()
        # the rings take the room of the cards (no big empty band above the values)
        for gauge in (overview.solar_gauge, overview.load_gauge):
            card = gauge.parentWidget()
            assert gauge.height() >= 0.45 * card.height(), (gauge.height(), card.height())
        for mark in overview.health.values():
            assert mark.isVisible() and mark.height() >= mark.label.fontMetrics().height()

        window.show_page("simulator")
        app.processEvents()
        await asyncio.sleep(0)
        app.processEvents()
        area = window.simulator_panel.findChild(QScrollArea)
        assert area.verticalScrollBar().maximum() == 0, "the Simulator page needs scrolling at 1366x768"
    finally:
        await bridge.disconnect()
