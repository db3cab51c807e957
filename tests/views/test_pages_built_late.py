"""Start-up: the pages not shown first are built late (when first shown, or in idle time), yet keep
every behaviour: the rail and View menu list them from the start, and the Plots page has every sample
recorded since the first one, also those that came before the page was built."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.state import Phase
from smartbms_gui.views.connection_bar import DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow

LATE = ("details", "settings", "plots", "events", "history", "switches", "site")


async def until(predicate, timeout=10.0, what="condition", qt_timers=False):
    """Wait on the test's asyncio loop; with `qt_timers` Qt's timers run too (the window's idle page
    builds: without them a page is built only when it is asked for)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        if qt_timers:
            QCoreApplication.processEvents()
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


async def test_plots_built_late_marks_the_connection_when_it_happened(window):
    """The Connected marker of a connection made before the Plots page existed is where the stream
    started, not where the page was built; and the first records (they can come while the settings
    are read, before the stream counts as confirmed) are not cut off from the rest by a break."""
    streaming_at: list[float] = []
    seen: list[float] = []
    window.bridge.stateChanged.connect(
        lambda state: streaming_at.append(time.time()) if state.phase is Phase.STREAMING else None)
    window.bridge.itemReceived.connect(lambda _item: seen.append(time.time()))
    window.connection_bar.select(DeviceTarget("simulator"))
    window.connection_bar.connect_button.click()
    await until(lambda: streaming_at and len(seen) >= 5 and seen[-1] - streaming_at[0] > 0.3,
                what="a message well after the stream started")
    assert window.pages.built("plots") is None
    data = window.plots.live_data  # built now, the stream's start some way back
    [connected] = [e for e in data.events if e.kind == "connected"]
    assert abs(connected.t - streaming_at[0]) < 0.05, "marked when the page was built, not when it happened"
    cells = data.cell_volts
    rows = cells.window(seen[0] - 1, time.time() + 1, 4000).lo
    assert len(rows) and not np.isnan(rows).all(axis=1).any(), "a break cuts the first records off"


async def test_details_and_settings_built_late_show_the_link_they_missed(window):
    """Only the Overview is built with the window; Details and Settings, built after the link came up,
    show that link (connected, the settings read) and the File menu's Save follows the Settings page."""
    assert window.pages.built("details") is None and window.pages.built("settings") is None
    assert not window.save_action.isEnabled()  # nothing read yet
    window.connection_bar.select(DeviceTarget("simulator"))
    window.connection_bar.connect_button.click()
    await until(lambda: window.bridge.state.phase is Phase.STREAMING, what="streaming")
    await until(lambda: window.pages.built("settings") is not None, what="the idle build of Settings", qt_timers=True)
    settings = window.settings_page
    assert settings.connection.phase is Phase.STREAMING
    vmax = window.bridge.live.settings["vmax_v"]
    assert settings.editors["vmax_v"].field.text() == f"{vmax:.3f}"
    assert window.save_action.isEnabled()
    details = window.details
    assert details.connection.phase is Phase.STREAMING
    await until(lambda: window.pages.built("simulator") is not None, what="the idle build of the Simulator page",
                qt_timers=True)
    assert window.simulator_panel.battery is window.bridge.battery


async def test_saved_units_apply_from_the_start(qtbot, tmp_path):
    """A saved imperial preference shows °F on the Overview and on a Details page built later."""
    bridge = DeviceBridge()
    win = MainWindow(bridge, app_prefs.Preferences(units="imperial"), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    try:
        assert win.overview.units == "imperial"
        assert win.pages.built("details") is None
        assert win.details.units == "imperial"
        win._apply_preferences(app_prefs.Preferences(units="metric"))
        assert win.overview.units == win.details.units == "metric"
    finally:
        await bridge.disconnect()


async def test_a_simulator_page_never_built_leaves_with_its_simulator(window):
    window.connection_bar.select(DeviceTarget("simulator"))
    window.connection_bar.connect_button.click()
    await until(lambda: "simulator" in window.pages, what="the Simulator page listed")
    assert window.pages.built("simulator") is None  # listed, not built (no idle time in this test)
    count = window.nav.count()
    await window.bridge.disconnect()
    await until(lambda: "simulator" not in window.pages, what="the Simulator page gone")
    assert window.nav.count() == count - 1 == window.stack.count()
    assert "Simulator" not in [action.text() for action in window.page_actions]
    assert window.simulator_panel is None


async def test_publishing_is_attached_in_idle_time_before_the_pages(window):
    """MQTT publishing is not part of the window's first picture: it is attached in the idle time after
    the first live value, before the first late page, and follows the preferences from then on."""
    assert window._publishing is None
    window.connection_bar.select(DeviceTarget("simulator"))
    window.connection_bar.connect_button.click()
    await until(lambda: window.bridge.state.phase is Phase.STREAMING, what="streaming")
    await until(lambda: window._publishing is not None, what="publishing attached", qt_timers=True)
    assert window.publishing is window._publishing  # attached once
    assert window.publishing.indicator is not None and window.publishing.indicator.isHidden()  # off by default
    assert window.publishing.status is None
