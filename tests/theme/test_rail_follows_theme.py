"""The navigation rail repaints in the new theme's colours when the theme changes while it is on
screen: read from what the window shows (the platform's copy of it), not from a fresh render."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views.theme import apply_theme
from smartbms_gui.views.widgets.nav_rail import NavRail


def _on_screen(widget: QWidget, x: int, y: int) -> QColor:
    window = widget.window()
    shot = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    point = widget.mapTo(window, widget.rect().topLeft())
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(round((point.x() + x) * ratio), round((point.y() + y) * ratio))


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_the_rail_repaints_in_the_new_theme(qtbot, qapp, first, then):
    apply_theme(qapp, first)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        rail = NavRail()
        QHBoxLayout(window).addWidget(rail)
        for key in ("overview", "details", "settings"):
            rail.add_page(key, key.title(), key)
        window.resize(400, 500)
        window.show()
        qtbot.waitExposed(window)
        below_rows = (rail.width() // 2, rail.height() - 5)  # the band's background, no row there
        wanted = QColor(tokens.COLOURS[first]["rail"])
        qtbot.waitUntil(lambda: _on_screen(rail, *below_rows) == wanted)

        apply_theme(qapp, then)
        wanted = QColor(tokens.COLOURS[then]["rail"])
        assert wanted != QColor(tokens.COLOURS[first]["rail"])
        qtbot.waitUntil(lambda: _on_screen(rail, *below_rows) == wanted)
    finally:
        apply_theme(qapp, "light")
