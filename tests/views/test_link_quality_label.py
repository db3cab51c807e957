"""The status bar shows the link quality and how many records were held back as implausible
(issue 21 item 9), from the running simulator with garbled bytes injected."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import theme
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


async def test_status_bar_counts_what_was_held_back(qtbot, tmp_path):
    app = QApplication.instance()
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    label = window.link_quality
    try:
        assert not label.isVisibleTo(window)  # nothing received yet
        window.start()
        await until(lambda: bridge.live.cells_received == 16, timeout=8, what="the cells")
        label.refresh()
        assert label.isVisibleTo(window) and label.text().startswith("Link quality")
        bridge.battery.faults.inject("garbled_bytes", probability=0.03)
        await until(lambda: bridge.session.plausibility.counts.held_back > 0, timeout=8, what="one held back")
        label.refresh()
        assert "held back" in label.text()
        counts = bridge.session.plausibility.counts
        assert f"· {counts.held_back} held back" in label.text()
        folder = os.environ.get("SMARTBMS_PNG_DIR")
        if folder:  # for a person to look at: SMARTBMS_PNG_DIR=/tmp/x pytest this file
            window.resize(1366, 768)
            window.show()
            for mode in ("light", "dark"):
                theme.apply_theme(app, mode)
                app.processEvents()
                window.grab().save(str(Path(folder) / f"link_quality_{mode}.png"))
            theme.apply_theme(app, "light")
    finally:
        if bridge.battery is not None:
            bridge.battery.faults.clear("garbled_bytes")
        await bridge.disconnect()
