"""The drawn DIP block: mouse, keyboard, read-only mode, signal, accessibility."""

import pytest
from PySide6.QtCore import QPoint, Qt

from smartbms_gui.views.dip_switch import DipSwitchBlock, render_image


@pytest.fixture
def dip(qtbot):
    widget = DipSwitchBlock()
    qtbot.addWidget(widget)
    widget.resize(600, 270)
    widget.show()
    return widget


def centre_of(widget, switch):
    return widget._slot_rect(switch - 1).center().toPoint()


@pytest.mark.parametrize("switch", range(1, 9))
def test_click_flips_that_switch_only(qtbot, dip, switch):
    with qtbot.waitSignal(dip.positionsChanged) as blocker:
        qtbot.mouseClick(dip, Qt.MouseButton.LeftButton, pos=centre_of(dip, switch))
    expected = tuple(i == switch for i in range(1, 9))
    assert dip.positions() == expected and blocker.args == [expected]
    qtbot.mouseClick(dip, Qt.MouseButton.LeftButton, pos=centre_of(dip, switch))
    assert dip.positions() == (False,) * 8


def test_click_on_the_number_counts_too(qtbot, dip):
    below = centre_of(dip, 5) + QPoint(0, int(dip._unit()[0] * 1.6))
    qtbot.mouseClick(dip, Qt.MouseButton.LeftButton, pos=below)
    assert dip.isOn(5)


def test_keyboard(qtbot, dip):
    dip.setFocus()
    qtbot.keyClick(dip, Qt.Key.Key_Right)
    qtbot.keyClick(dip, Qt.Key.Key_Right)
    qtbot.keyClick(dip, Qt.Key.Key_Space)
    assert dip.positions() == (False, False, True, False, False, False, False, False)
    qtbot.keyClick(dip, Qt.Key.Key_Down)
    assert not dip.isOn(3)
    qtbot.keyClick(dip, Qt.Key.Key_Up)
    qtbot.keyClick(dip, Qt.Key.Key_Up)  # already ON: stays ON
    assert dip.isOn(3)
    qtbot.keyClick(dip, Qt.Key.Key_8)
    assert dip.isOn(8) and dip.currentSwitch() == 8
    qtbot.keyClick(dip, Qt.Key.Key_Home)
    qtbot.keyClick(dip, Qt.Key.Key_Return)
    assert dip.isOn(1)


def test_read_only_ignores_mouse_and_keys(qtbot, dip):
    dip.setEditable(False)
    dip.setPositions((True,) + (False,) * 7)
    qtbot.mouseClick(dip, Qt.MouseButton.LeftButton, pos=centre_of(dip, 2))
    qtbot.keyClick(dip, Qt.Key.Key_Space)
    assert dip.positions() == (True,) + (False,) * 7
    assert dip.focusPolicy() == Qt.FocusPolicy.NoFocus and dip.toolTip()


def test_set_positions_is_silent_and_checked(qtbot, dip):
    with qtbot.assertNotEmitted(dip.positionsChanged):
        dip.setPositions((True,) * 8)
    assert dip.positions() == (True,) * 8
    with pytest.raises(ValueError):
        dip.setPositions((True,) * 7)


def test_accessible_description_follows_state(dip):
    dip.setSwitch(2, True)
    text = dip.accessibleDescription()
    assert "switch 1 OFF" in text and "switch 2 ON" in text


def test_highlight_and_image(dip):
    dip.setHighlighted({1, 2, 3})
    assert dip.highlighted() == {1, 2, 3}
    image = render_image((True,) * 8, highlight={8}, width=300, height=140)
    assert image.width() == 300 and not image.isNull()


def test_legible_at_small_size(qtbot, dip):
    dip.resize(*[dip.minimumSizeHint().width(), dip.minimumSizeHint().height()])
    s, _, _ = dip._unit()
    assert s >= 30  # one switch pitch: the numbers are drawn at 0.55 × this


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_focus_ring_shows_where_it_crosses_the_blue_board(qapp, qtbot, dip, mode):
    from smartbms_gui.views import theme

    theme.apply_theme(qapp, mode)
    try:
        dip.activateWindow()
        dip.setFocus()
        qtbot.waitUntil(dip.hasFocus)
        image = dip.grab().toImage()
        slot = dip._slot_rect(0).toRect()
        y = slot.center().y()
        row = [image.pixelColor(x, y) for x in range(slot.left())]
        board = next(i for i, c in enumerate(row) if c.blue() > 120 and c.blue() > c.red() + 60)  # the board
        blue = row[board + 4].lightness()  # (past the board's darker edge)
        # between the board's edge and the first slot only the ring is drawn: it must stand out
        halo = [c for c in row[board + 4:] if abs(c.lightness() - blue) > 50]
        assert halo, "the focus ring has no halo on the board: its dashes vanish there"
    finally:
        theme.apply_theme(qapp, "light")


@pytest.mark.parametrize("language", ["en", "nl", "de"])
def test_the_on_word_keeps_a_clear_gap_to_the_arrow(qapp, qtbot, language):
    """Dutch "AAN" came within 3 px of the arrow; the word now shrinks to keep its gap in any language."""
    from smartbms_gui.views import translator

    translator.install_translator(qapp, language)
    try:
        widget = DipSwitchBlock(editable=False)
        qtbot.addWidget(widget)
        widget.resize(600, 270)
        widget.show()
        image = widget.grab().toImage()
        s, x0, _ = widget._unit()
        body = widget._body_rect()
        band = range(int(body.top() + 0.3 * s), int(body.top() + 0.7 * s))  # the ON word's and the arrow head's rows
        ink = [any(image.pixelColor(x, y).lightness() < 100 for y in band) for x in range(int(body.left()))]
        runs, x = [], 0
        while x < len(ink):  # the inked runs left to right: the word's letters, then the arrow head
            if ink[x]:
                start = x
                while x < len(ink) and ink[x]:
                    x += 1
                runs.append((start, x))
            x += 1
        gaps = [b[0] - a[1] for a, b in zip(runs, runs[1:])]
        assert len(runs) >= 2 and gaps[-1] >= 0.2 * s, (language, runs)
    finally:
        translator.install_translator(qapp, "en")
