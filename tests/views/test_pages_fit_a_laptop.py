"""At 1366x768 (a common laptop) the Overview and the Simulator page fit without scrolling, and the
Overview's solar and load cards are filled by their power rings rather than empty space."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


@pytest.fixture
async def started(qtbot, tmp_path):
    """The window on the simulator, once every cell and the stored energy have come."""
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16 and bridge.live.get("stored_wh") is not None,
                    timeout=8, what="a full picture")
        yield window
    finally:
        await bridge.disconnect()


async def test_overview_and_simulator_fit_1366x768(started):
    app = QApplication.instance()
    window = started
    window.resize(1366, 768)
    window.show()
    window.show_page("overview")
    window.overview.refresh_now()
    app.processEvents()
    await asyncio.sleep(0)
    app.processEvents()
    overview = window.overview
    assert overview.minimumSizeHint().height() <= window.stack.height()
    # the rings take the room of the cards (no big empty band above the values)
    for gauge in (overview.solar_gauge, overview.load_gauge):
        card = gauge.parentWidget()
        assert gauge.height() >= 0.45 * card.height(), (gauge.height(), card.height())
    for mark in overview.health.values():
        assert mark.isVisible() and mark.height() >= mark.label.fontMetrics().height()

    window.show_page("simulator")
    app.processEvents()
    await asyncio.sleep(0)
    app.processEvents()
    area = window.simulator_panel.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() == 0, "the Simulator page needs scrolling at 1366x768"


async def test_a_wrapped_relay_reason_is_never_cut_at_the_smallest_window(started, qtbot):
    """At the window's smallest size (1000x640) "On: discharging allowed" wraps onto three lines in the
    relays card: every line is shown (a mark of one fixed height cut the third off)."""
    window = started
    window.resize(window.minimumSize())
    window.show()
    window.show_page("overview")
    window.overview.refresh_now()
    overview = window.overview
    marks = (overview.charge_relay, overview.load_relay, overview.lights_note)
    qtbot.waitUntil(lambda: all(m.label.width() > 0 for m in marks))
    QApplication.processEvents()
    line = overview.load_relay.label.fontMetrics().height()
    wrapped = [m for m in marks if m.label.heightForWidth(m.label.width()) > 2 * line]
    assert wrapped, "no reason wraps onto three lines at this size: the test shows nothing"
    for mark in marks:
        label = mark.label
        assert label.height() >= label.heightForWidth(label.width()), (label.text(), label.height())
