"""The overview's card text grows with the window: body size at 1366x768 (nothing clipped), about 1.4×
at 1920x1080 (no small values in big empty cards); values stay bigger than their captions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def _sizes(window):
    tile = window.overview.tiles["solar_power"]
    return tile._caption.font().pointSizeF(), tile._value.font().pointSizeF()


def test_card_text_grows_from_laptop_to_full_hd_and_back(qtbot, tmp_path):
    app = QApplication.instance()
    window = MainWindow(DeviceBridge(record=False), app_prefs.Preferences(),
                        prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    app.processEvents()
    caption_small, value_small = _sizes(window)
    assert value_small > caption_small
    assert caption_small == window.font().pointSizeF()  # the body size on a laptop
    window.resize(1920, 1080)
    app.processEvents()
    caption_big, value_big = _sizes(window)
    assert value_big >= 1.3 * value_small and caption_big >= 1.3 * caption_small
    assert value_big / caption_big == pytest.approx(value_small / caption_small)  # the type scale is kept
    for tile in window.overview.tiles.values():
        assert tile._value.height() >= tile._value.fontMetrics().height()  # not clipped
    window.resize(1366, 768)
    app.processEvents()
    assert _sizes(window) == (caption_small, value_small)
    overview = window.overview
    assert overview.minimumSizeHint().height() <= window.stack.height()
