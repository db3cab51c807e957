"""The navigation rail on screen: its rows span the band (a click anywhere along a row picks it: the
delegate gives no width of its own, the list in list mode gives the rows the viewport's width), and it
repaints in the new theme's colours when the theme changes while it is shown (read from what the
window shows, the platform's copy of it, not from a fresh render)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views.theme import apply_theme
from smartbms_gui.views.widgets.nav_rail import NavRail

PAGES = ("overview", "details", "settings")


def _shown_rail(qtbot) -> tuple[QWidget, NavRail]:
    """A rail with three pages, the first picked, in a shown window (keep the window: it owns the rail)."""
    window = QWidget()
    qtbot.addWidget(window)
    rail = NavRail()
    QHBoxLayout(window).addWidget(rail)
    for key in PAGES:
        rail.add_page(key, key.title(), key)
    rail.setCurrentRow(0)
    window.resize(400, 500)
    window.show()
    qtbot.waitExposed(window)
    return window, rail


def _on_screen(widget: QWidget, x: int, y: int) -> QColor:
    window = widget.window()
    shot = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    point = widget.mapTo(window, widget.rect().topLeft())
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(round((point.x() + x) * ratio), round((point.y() + y) * ratio))


def test_a_click_anywhere_along_a_row_picks_it(qtbot):
    _window, rail = _shown_rail(qtbot)
    viewport = rail.viewport()
    for row in (1, 2):
        rect = rail.visualRect(rail.model().index(row, 0))
        assert rect.left() == 0 and rect.width() == viewport.width()
        assert rect.height() == rail.row_height()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() - 3, rect.center().y()))
        assert rail.currentRow() == row and rail.key_at(rail.currentRow()) == PAGES[row]


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_the_rail_repaints_in_the_new_theme(qtbot, qapp, first, then):
    apply_theme(qapp, first)
    try:
        _window, rail = _shown_rail(qtbot)
        below_rows = (rail.width() // 2, rail.height() - 5)  # the band's background, no row there
        wanted = QColor(tokens.COLOURS[first]["rail"])
        qtbot.waitUntil(lambda: _on_screen(rail, *below_rows) == wanted)

        apply_theme(qapp, then)
        wanted = QColor(tokens.COLOURS[then]["rail"])
        assert wanted != QColor(tokens.COLOURS[first]["rail"])
        qtbot.waitUntil(lambda: _on_screen(rail, *below_rows) == wanted)
    finally:
        apply_theme(qapp, "light")
