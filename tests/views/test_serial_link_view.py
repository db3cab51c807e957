"""Over the read-only serial frame (simulated End/OUT board output): settings are read-only with a note,
and a large pack fills in one cell per frame with "cells received k/N"."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device import links
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


async def test_serial_frame_link_is_read_only_and_counts_cells(qtbot, tmp_path):
    battery = SimulatedBattery(cells=64)
    peer = FramePeer(battery)
    runner = SimulatorRunner(battery, speed=40.0)
    runner.attach(peer)
    runner_task = asyncio.get_running_loop().create_task(runner.run())
    bridge = DeviceBridge(**FAST)
    window = MainWindow(bridge, app_prefs.Preferences(show_simulator=False), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        await bridge.connect_transport(links.simulator_link(peer, chunk_size=None, description="Serial (simulated)"))
        await until(lambda: bridge.state.phase is Phase.STREAMING, timeout=8, what="streaming")
        await until(lambda: 3 <= bridge.live.cells_received < 64, timeout=8, what="the first cells")
        window.details.refresh_now()
        assert window.details.received.text().startswith("Cells received ")
        assert window.details.received.text().endswith("/64")
        page = window.settings_page
        page.set_connection(bridge.state)
        assert "read-only" in page.banner.text()
        assert not page.editors["vmax_v"].field.isEnabled()
        assert "read-only" in page.row_status["vmax_v"].text()
        assert not page.apply_button.isEnabled()
    finally:
        await bridge.disconnect()
        runner.stop()
        await asyncio.gather(runner_task, return_exceptions=True)


async def test_every_control_of_these_pages_has_a_tooltip(qtbot, tmp_path):
    bridge = DeviceBridge(**FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    missing = []
    checked = 0
    for part in (window.connection_bar, window.overview, window.details, window.settings_page, window.nav):
        widgets = [part] + part.findChildren(QAbstractButton) + part.findChildren(QLineEdit) \
            + part.findChildren(QComboBox) + part.findChildren(QAbstractSpinBox) + part.findChildren(QListWidget)
        for widget in widgets:
            if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget)):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the inner editor of a combo/spin box: the box has the tooltip
            checked += 1
            if not widget.toolTip():
                missing.append(f"{type(widget).__name__} '{getattr(widget, 'text', lambda: '')()}' in "
                               f"{type(part).__name__}")
    assert not missing, missing
    assert checked > 25  # the check saw the pages' controls
    for action in window.menuBar().actions():
        for item in action.menu().actions():
            # Qt falls back to the text for toolTip(); the status tip is only there when we set one
            assert item.isSeparator() or item.statusTip(), item.text()
