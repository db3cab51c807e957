"""A live page behind another page of a shown window does not redraw (nobody sees it); shown again it
catches up at once with everything that changed meanwhile. A page on its own still refreshes."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.live_page import LivePage


class Bridge(BridgeBase):

    live = None


class Counting(LivePage):
    def __init__(self, bridge) -> None:
        super().__init__(bridge)
        self.seen: list[frozenset] = []

    def refresh(self, changed: frozenset) -> None:
        self.seen.append(changed)


def test_a_page_behind_another_waits_and_catches_up_when_shown(qtbot):
    bridge = Bridge()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, behind = Counting(bridge), Counting(bridge)
    stack.addWidget(front)
    stack.addWidget(behind)
    stack.setCurrentWidget(front)
    stack.show()
    qtbot.waitExposed(stack)
    bridge.liveChanged.emit({"pack_voltage_v"})
    bridge.liveChanged.emit({"cells"})
    qtbot.waitUntil(lambda: any("cells" in c for c in front.seen))
    assert any("pack_voltage_v" in c for c in front.seen)
    # the other page heard the same, drew nothing, and kept what changed
    assert behind.seen == [] and behind.behind_another_page()
    stack.setCurrentWidget(behind)  # shown: caught up before its first paint
    assert behind.seen and {"pack_voltage_v", "cells"} <= set().union(*behind.seen)


def test_a_page_on_its_own_refreshes_as_before(qtbot):
    bridge = Bridge()
    page = Counting(bridge)
    qtbot.addWidget(page)  # never shown: its own window, not behind another page
    assert not page.behind_another_page()
    bridge.liveChanged.emit({"soc_pct"})
    qtbot.waitUntil(lambda: bool(page.seen))
    assert "soc_pct" in page.seen[0]
