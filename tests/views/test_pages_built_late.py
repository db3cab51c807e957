"""Start-up: the pages not shown first are built late (when first shown, or in idle time), yet keep
every behaviour: the rail and View menu list them from the start, and the Plots page has every sample
recorded since the first one, also those that came before the page was built."""

from __future__ import annotations

import asyncio
import time

import pytest

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.state import Phase
from smartbms_gui.views.connection_bar import DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow

LATE = ("plots", "events", "history", "switches", "site")


async def until(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge()
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    yield win
    await bridge.disconnect()


def test_late_pages_are_listed_before_they_are_built(window):
    for key in LATE:
        assert window.pages.built(key) is None, f"{key} was built at start"
    keys = [window.nav.item(i).data(0x0100) for i in range(window.nav.count())]
    assert set(LATE) <= set(keys) == set(window.pages)
    titles = [a.text() for a in window.page_actions]
    assert "Plots" in titles and "History" in titles
    window.show_page("history")  # showing a page builds it, in its place
    history = window.pages.built("history")
    assert history is not None and window.stack.currentWidget() is history
    assert window.stack.indexOf(history) == keys.index("history") and history.accessibleName() == "History"
    assert window.page("switches") is window.switches is window.pages["switches"]


async def test_plots_keeps_the_samples_that_came_before_it_was_built(window):
    seen: list[float] = []
    window.bridge.itemReceived.connect(lambda _item: seen.append(time.time()))
    window.connection_bar.select(DeviceTarget("simulator"))
    window.connection_bar.connect_button.click()
    await until(lambda: window.bridge.state.phase is Phase.STREAMING, what="streaming")
    await until(lambda: len(seen) >= 5, what="five live items")
    assert window.pages.built("plots") is None
    before = len(seen)
    plots = window.plots  # built now
    assert plots.live_data.items >= before  # none of the early samples is lost
    assert plots.live_data.first_time <= seen[0] + 0.001
    kinds = [e.kind for e in plots.live_data.events]
    assert "connected" in kinds  # the connection made before the page existed is marked too
    count = plots.live_data.items
    await until(lambda: plots.live_data.items > count, what="the page collecting by itself")
