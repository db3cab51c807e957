"""A focused check box or radio button is ringed around its whole rectangle, and its box is drawn inside
the ring with a gap, never under it (Fusion draws the box at the very edge of the control)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyleFactory, QVBoxLayout, QWidget

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme

ROOM = tokens.FOCUS_RING["width"] + tokens.FOCUS_RING["margin"]


def _near(c: QColor, want: QColor, tolerance: int = 60) -> bool:
    return abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < tolerance


@pytest.fixture(params=["light", "dark"])
def themed(request):
    app = QApplication.instance()
    theme.apply_theme(app, request.param)
    yield request.param
    theme.apply_theme(app, "light")


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_the_box_sits_inside_the_ring_with_a_gap(qtbot, themed, kind):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    control, other = kind("I turned switch 8 ON and back OFF", window), kind("other", window)
    layout.addWidget(control)
    layout.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus, timeout=3000)

    focused = control.grab().toImage()
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus, timeout=3000)
    unfocused = control.grab().toImage()
    ring, box = QColor(theme.token("focus")), QColor(theme.colours()["indicator_border"])
    width, height = focused.width(), focused.height()
    middle = height // 2
    assert _near(focused.pixelColor(0, middle), ring) and _near(focused.pixelColor(width - 1, middle), ring)
    # where the box is drawn: the ring (2 px) and its gap come first, on every side
    box_columns = [x for x in range(min(width, 40)) if _near(unfocused.pixelColor(x, middle), box, 40)]
    assert box_columns and box_columns[0] >= ROOM
    box_rows = [y for y in range(height) if _near(unfocused.pixelColor(box_columns[0], y), box, 40)]
    assert box_rows[0] >= ROOM and box_rows[-1] <= height - 1 - ROOM
    # and the ring changes nothing but its own band (its rounded corners reach a little further in)
    band, corner = tokens.FOCUS_RING["width"], tokens.FOCUS_RING["width"] + tokens.RADIUS["s"]

    def in_ring(x: int, y: int) -> bool:
        edge_x, edge_y = min(x, width - 1 - x), min(y, height - 1 - y)
        return min(edge_x, edge_y) < band or (edge_x < corner and edge_y < corner)

    changed = [(x, y) for y in range(height) for x in range(width)
               if focused.pixel(x, y) != unfocused.pixel(x, y)]
    outside = [(x, y) for x, y in changed if not in_ring(x, y)]
    assert changed and not outside, outside[:40]

    fusion = QStyleFactory.create("Fusion")
    plain = kind(control.text())
    plain.setStyle(fusion)
    assert control.sizeHint().width() == plain.sizeHint().width() + 2 * ROOM
    assert control.sizeHint().height() == plain.sizeHint().height() + 2 * ROOM
