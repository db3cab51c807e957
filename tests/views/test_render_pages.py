"""Render every page to PNG at 1366×768 and 1920×1080, light and dark, for people to look at.

The files land in tests/output/views/ (git-ignored). The asserts catch blank or cut renders; the
eyes catch the rest.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.theme import apply_theme

SIZES = ((1366, 768), (1920, 1080))


def _distinct_colours(image, samples=400) -> int:
    w, h = image.width(), image.height()
    seen = set()
    for i in range(samples):
        seen.add(image.pixel((i * 7919) % w, (i * 104729) % h))
    return len(seen)


async def _render_all(window, output_dir, mode, tag):
    app = QApplication.instance()
    saved = []
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        for key in list(window.pages):
            window.show_page(key)
            page = window.pages[key]
            if hasattr(page, "refresh_now"):
                page.refresh_now()
            app.processEvents()
            await asyncio.sleep(0)
            app.processEvents()
            image = window.grab().toImage()
            assert (image.width(), image.height()) == (width, height)
            assert _distinct_colours(image) > 5, f"{key} looks blank"
            path = output_dir / f"{key}{tag}_{width}x{height}_{mode}.png"
            assert image.save(str(path))
            saved.append(path)
    return saved


@pytest.mark.parametrize("mode", ["light", "dark"])
async def test_render_every_page(qtbot, tmp_path, output_dir, mode):
    app = QApplication.instance()
    apply_theme(app, mode)
    bridge = DeviceBridge(**FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16 and bridge.live.get("stored_wh") is not None,
                    timeout=8, what="a full picture")
        bridge.battery.faults.inject("temperature_high", cell=3)
        await until(lambda: any(on for on in bridge.live.lights.values()), timeout=8, what="a warning light")
        saved = await _render_all(window, output_dir, mode, "")
        assert len(saved) >= 2 * 5

        # the settings page while editing: a pending change, a cross-field problem, a refused write
        page = window.settings_page
        window.resize(1366, 768)
        window.show_page("settings")
        page.editors["vmin_v"].field.setText("2.800")
        bridge.battery.faults.inject("reply_ko")
        page.apply()
        await until(lambda: not page._writing, timeout=8, what="the refused write")
        bridge.battery.faults.clear("reply_ko")
        page.editors["vmax_v"].field.setText("3.45")
        page._recheck()
        page.show_help(page.editors["vmax_v"].param)
        app.processEvents()
        assert window.grab().save(str(output_dir / f"settings_editing_1366x768_{mode}.png"))

        # a 255-cell pack: the details page as tiles and as a heat map
        await bridge.connect_simulator(cells=255, pin="1234")
        await until(lambda: bridge.live.cells_received >= 40, timeout=15, what="some of 255 cells")
        window.resize(1366, 768)
        window.show_page("details")
        for heat in (False, True):
            window.details.set_heatmap(heat)
            window.details.refresh_now()
            app.processEvents()
            image = window.grab().toImage()
            assert image.save(str(output_dir / f"details255{'_heatmap' if heat else ''}_1366x768_{mode}.png"))
    finally:
        await bridge.disconnect()
        apply_theme(app, "light")
