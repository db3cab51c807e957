"""The overview's flow arrows move on one shared clock, and only while shown with a fresh current:
a hidden overview or a battery at rest costs no timer wake-ups."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from smartbms_gui.views.widgets.flow_arrow import FlowArrow, animation_clock


def make_pair(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    a, b = FlowArrow("Solar current: x"), FlowArrow("Load current: y")
    layout.addWidget(a)
    layout.addWidget(b)
    return holder, a, b


def test_the_clock_runs_only_while_a_shown_arrow_has_a_current(qtbot):
    holder, a, b = make_pair(qtbot)
    clock = animation_clock()
    a.set_flow(+1)
    assert not clock.timer.isActive()  # not shown yet
    holder.show()
    qtbot.waitExposed(holder)
    assert a.moving and not b.moving and clock.timer.isActive()
    b.set_flow(-1)
    assert clock.arrows.count(a) == 1 and b.moving
    phase = a._phase
    qtbot.waitUntil(lambda: a._phase != phase, timeout=3000)
    a.set_flow(+1, stale=True)  # a value gone stale stops moving
    assert not a.moving and b.moving
    holder.hide()
    assert not b.moving and not clock.timer.isActive()
    holder.show()
    qtbot.waitExposed(holder)
    assert b.moving and clock.timer.isActive()
    b.set_flow(0)
    assert not clock.arrows and not clock.timer.isActive()


def test_an_arrow_deleted_while_moving_leaves_the_clock(qtbot):
    holder, a, _b = make_pair(qtbot)
    holder.show()
    qtbot.waitExposed(holder)
    a.set_flow(+1)
    assert a.moving
    holder.deleteLater()
    qtbot.waitUntil(lambda: a not in animation_clock().arrows, timeout=3000)
    assert not animation_clock().timer.isActive()


def _chevron_columns(arrow: FlowArrow) -> list[int]:
    """The x of every column of the chevron band that holds the arrow's colour (line rows excluded)."""
    from smartbms_gui.views.widgets import colors

    image = arrow.grab().toImage()
    ink = colors.ok()
    y = image.height() // 2 - 4  # above the line, through the chevrons' upper arms
    columns = []
    for x in range(image.width() // 6, image.width() * 4 // 6):  # clear of the head and the ends
        c = image.pixelColor(x, y)
        if abs(c.red() - ink.red()) + abs(c.green() - ink.green()) + abs(c.blue() - ink.blue()) < 60:
            columns.append(x)
    return columns


def test_the_chevrons_move_with_the_current_each_way(qtbot):
    holder, right, left = make_pair(qtbot)
    holder.resize(400, 80)
    holder.show()
    qtbot.waitExposed(holder)
    right.set_flow(+1)
    left.set_flow(-1)
    for arrow, direction in ((right, +1), (left, -1)):
        arrow._phase = 0.0
        before = _chevron_columns(arrow)
        arrow._phase = 0.25  # a quarter of the spacing on
        after = _chevron_columns(arrow)
        assert before and after, "no chevron drawn"
        # the shift that lays the chevrons before onto those after (less than half a spacing each way)
        overlap = {k: len({x + k for x in before} & set(after)) for k in range(-8, 9)}
        shift = max(overlap, key=overlap.get)
        assert direction * shift >= 2, (direction, overlap)  # they move the way the current flows
