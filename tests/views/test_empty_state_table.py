"""A table with no rows says why, in the middle of its view, in both themes; a row takes the words
away; screen readers get them as the table's description. The Events page and the Recordings
window use it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from smartbms_gui.views import theme
from smartbms_gui.views.recordings_window import RecordingsWindow
from smartbms_gui.views.widgets.empty_table import EmptyStateTable


def _ink_rows(table: EmptyStateTable) -> list[int]:
    """The view's pixel rows that hold anything but the view's background (the words, if any)."""
    image = table.viewport().grab().toImage()
    base = table.palette().color(QPalette.ColorRole.Base).rgb()
    step = max(1, image.width() // 200)
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).rgb() != base for x in range(0, image.width(), step))]


@pytest.fixture(params=["light", "dark"])
def table(request, qtbot):
    app = QApplication.instance()
    theme.apply_theme(app, request.param)
    widget = EmptyStateTable(0, 3)
    widget.horizontalHeader().hide()
    widget.setShowGrid(False)
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    theme.apply_theme(app, "light")


def test_the_words_stand_in_the_middle_while_there_is_no_row(table):
    assert _ink_rows(table) == []  # no words set: a plain view
    table.set_empty_text("Nothing logged yet")
    ink = _ink_rows(table)
    assert ink, "the words are not drawn"
    middle = table.viewport().height() / 2
    assert min(ink) > middle - 40 and max(ink) < middle + 40  # one line, centred
    assert table.accessibleDescription() == "Nothing logged yet"

    table.setRowCount(1)
    table.setItem(0, 0, QTableWidgetItem(""))
    table.setRowHeight(0, 4)  # a row with nothing to draw: any ink in the middle would be the words
    assert not table.showing_empty_text() and table.accessibleDescription() == ""
    assert [y for y in _ink_rows(table) if y > 20] == []

    table.setRowCount(0)  # empty again: the words come back
    assert _ink_rows(table) and table.accessibleDescription() == "Nothing logged yet"


def test_the_words_read_on_the_view_in_either_theme(table):
    table.set_empty_text("Nothing logged yet")
    image = table.viewport().grab().toImage()
    base = table.palette().color(QPalette.ColorRole.Base)
    inks = {QColor(image.pixel(x, y)).rgb() for y in _ink_rows(table) for x in range(image.width())}
    strongest = max(theme.contrast_ratio(QColor(rgb).name(), base.name()) for rgb in inks)
    assert strongest >= 4.5


def test_an_empty_recordings_folder_says_what_will_come(qtbot, tmp_path):
    window = RecordingsWindow(SimpleNamespace(recordings_folder_path=tmp_path, recorder=None), "no limits",
                              lambda _path: True)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 0 and window.table.showing_empty_text()
    assert "Every connection is recorded" in window.table.empty_text()
