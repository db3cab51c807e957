"""The rail's rows span the whole band: a click anywhere along a row, even at its right end past the
title, picks that page (the delegate gives no width of its own; the list in list mode gives the rows
the viewport's width)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from smartbms_gui.views.widgets.nav_rail import NavRail


def test_a_click_anywhere_along_a_row_picks_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    rail = NavRail()
    QHBoxLayout(window).addWidget(rail)
    for key in ("overview", "details", "settings"):
        rail.add_page(key, key.title(), key)
    rail.setCurrentRow(0)
    window.resize(400, 500)
    window.show()
    qtbot.waitExposed(window)

    viewport = rail.viewport()
    for row in (1, 2):
        rect = rail.visualRect(rail.model().index(row, 0))
        assert rect.left() == 0 and rect.width() == viewport.width()
        assert rect.height() == rail.row_height()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() - 3, rect.center().y()))
        assert rail.currentRow() == row and rail.key_at(rail.currentRow()) == ("details", "settings")[row - 1]
