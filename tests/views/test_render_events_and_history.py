"""Render the Events and History pages with a battery that has logged events, at 1366×768 and
1920×1080, light and dark, and once in Dutch and German, for people to look at (tests/output/views/).
The asserts catch blank or cut renders and a table that does not show its rows; the eyes the rest."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.theme import apply_theme

SIZES = ((1366, 768), (1920, 1080))


def give_events(battery) -> None:
    """A few events of different kinds, minutes to hours apart."""
    for fault, params in (("temperature_low", {"cell": 2}), ("cell_over_voltage", {"cell": 7}),
                          ("cell_link_broken", {"after_cell": 11}), ("cell_under_voltage", {"cell": 4})):
        battery.faults.inject(fault, **params)
        battery.step(20)
        battery.faults.clear(fault)
        battery.step(3 * 3600)


async def _window(qtbot, tmp_path) -> MainWindow:
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    window.start()
    await until(lambda: bridge.battery is not None, timeout=8, what="the simulator")
    give_events(bridge.battery)
    window.events_page.read()
    await until(lambda: window.events_page.table.rowCount() >= 4 and not window.events_page.reading,
                timeout=20, what="the events")
    await until(lambda: window.pages["history"].soc_history is not None, timeout=20, what="the history")
    return window


async def _grab(window, key, path, size) -> None:
    app = QApplication.instance()
    window.resize(*size)
    window.show()
    window.show_page(key)
    app.processEvents()
    await asyncio.sleep(0)
    app.processEvents()
    image = window.grab().toImage()
    assert (image.width(), image.height()) == size
    assert image.save(str(path))


@pytest.mark.parametrize("mode", ["light", "dark"])
async def test_render_events_and_history(qtbot, tmp_path, output_dir, mode):
    app = QApplication.instance()
    apply_theme(app, mode)
    window = await _window(qtbot, tmp_path)
    try:
        for size in SIZES:
            for key in ("events", "history"):
                await _grab(window, key, output_dir / f"h17_{key}_{size[0]}x{size[1]}_{mode}.png", size)
            # every event row is on screen, not scrolled away, at both sizes
            table = window.events_page.table
            assert table.viewport().height() >= table.rowCount() * table.verticalHeader().defaultSectionSize()
    finally:
        await window.bridge.disconnect()
        apply_theme(app, "light")


@pytest.mark.parametrize("language", ["nl", "de"])
async def test_render_translated(qtbot, tmp_path, output_dir, language):
    app = QApplication.instance()
    i18n.install_translator(app, language)
    try:
        window = await _window(qtbot, tmp_path)
        try:
            for key in ("events", "history"):
                await _grab(window, key, output_dir / f"h17_{key}_1366x768_{language}.png", (1366, 768))
        finally:
            await window.bridge.disconnect()
    finally:
        i18n.install_translator(app, "en")
