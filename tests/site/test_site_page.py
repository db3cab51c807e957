"""The Site page over real simulated packs: each pack its own DeviceBridge, session, ASCII wire and
peer. Pages refresh on a Qt timer; the tests run on a plain asyncio loop, so they call refresh_now()."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.site import LinkStatus, PackLink, Site, simulated_site, site_totals
from smartbms_gui.device.state import Phase
from smartbms_gui.i18n import format_quantity
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.site_connections import SiteConnections
from smartbms_gui.views.site_page import SitePage

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}


async def until(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.03)


def _all_live(connections, keys=None):
    packs = [p for p in connections.ordered() if keys is None or p.key in keys]
    return all(p.bridge.connected and p.bridge.live.get("soc_pct") is not None
               and p.bridge.live.get("lowest_cell_v") is not None and p.bridge.live.charge_allowed is not None
               for p in packs)


@pytest.fixture
async def site_page(qtbot, tmp_path):
    connections = SiteConnections(simulated_site(4), record=False, **FAST)
    page = SitePage(connections)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    yield page
    await connections.disconnect_all()


async def test_four_simulated_packs_live_with_totals_and_divergence(site_page):
    connections = site_page.connections
    tasks = connections.connect_all()
    assert len(tasks) == 4
    await until(lambda: _all_live(connections), what="four packs live")
    site_page.refresh_now()
    snaps = connections.snapshots()
    assert [s.link for s in snaps] == [LinkStatus.ONLINE] * 4
    # distinct serials, and packs that differ a little
    assert len({s.serial for s in snaps}) == 4
    assert len({round(s.soc_pct) for s in snaps}) > 1
    for snap in snaps:
        card = site_page.cards[snap.key]
        assert card.soc_label.text() == format_quantity(snap.soc_pct, "%", 0)
        assert card.text_of("voltage") == format_quantity(snap.pack_voltage_v, "V", 2)
        assert card.text_of("lowest").startswith(format_quantity(snap.lowest_cell_v, "V", 3))
        assert card.state_text().startswith("Live")
    totals = site_totals(snaps)
    assert totals.online == 4 and totals.soc_basis == "capacity"  # the simulators report their capacity
    assert site_page.totals["soc"].value.text() == format_quantity(totals.soc_pct, "%", 0)
    assert site_page.totals["online"].value.text() == "4 of 4"
    # the simulated packs start 3 to 7 % apart: over the default 5 % SoC limit
    spread = max(s.soc_pct for s in snaps) - min(s.soc_pct for s in snaps)
    assert spread > 5
    assert any(text.startswith("SoC ") for text in site_page.warning_texts())
    # raising the limit in the page clears the warning and is kept in the site
    seen = []
    connections.siteChanged.connect(seen.append)
    site_page.soc_limit.setValue(spread + 5)
    site_page.refresh_now()
    assert not any(text.startswith("SoC ") for text in site_page.warning_texts())
    assert seen and seen[-1].thresholds.soc_spread_pct == pytest.approx(spread + 5, abs=0.1)


async def test_one_failing_pack_never_disturbs_the_others(site_page):
    connections = site_page.connections
    first, second, third, fourth = connections.ordered()
    for pack in (first, third, fourth):
        connections.connect_pack(pack.key)
    connections.connect_pack(second.key, "9999")  # a wrong PIN
    await until(lambda: _all_live(connections, {first.key, third.key, fourth.key}), what="three packs live")
    await until(lambda: second.state.phase is Phase.FAILED, what="a failure")
    counts = {p.key: p.bridge.session.client.decoder.records for p in (first, third, fourth)}
    await until(lambda: all(p.bridge.session.client.decoder.records > counts[p.key] + 5
                            for p in (first, third, fourth)), what="the others streaming on")
    site_page.refresh_now()
    card = site_page.cards[second.key]
    assert "wrong PIN" in card.state_text()
    assert site_page.totals["online"].value.text() == "3 of 4"
    assert any(second.entry.name in text and "offline" in text for text in site_page.warning_texts())
    assert second.entry.name in site_page.totals_note.text()
    # the same pack with the right PIN joins without touching the others' sessions
    sessions = {p.key: p.bridge.session for p in (first, third, fourth)}
    card.connect_button.click()
    await until(lambda: _all_live(connections), what="all four live")
    assert all(p.bridge.session is sessions[p.key] for p in (first, third, fourth))
    # a pack whose link drops (out of range) goes offline and reconnects on its own; the others stay live
    fourth.bridge.battery.faults.inject("link_drop")
    await until(lambda: fourth.bridge.state.phase is Phase.RECONNECTING, what="the dropped pack reconnecting")
    counts = {p.key: p.bridge.session.client.decoder.records for p in (first, second, third)}
    await until(lambda: all(p.bridge.session.client.decoder.records > counts[p.key] + 5
                            for p in (first, second, third)), what="the others streaming on")
    site_page.refresh_now()
    assert [p.bridge.connected for p in (first, second, third)] == [True, True, True]
    assert site_page.totals["online"].value.text() == "3 of 4"
    assert not site_page.cards[fourth.key].state_text().startswith("Live")  # reconnecting, checking the PIN…
    fourth.bridge.battery.faults.clear("link_drop")
    await until(lambda: _all_live(connections), what="the dropped pack back")


async def test_add_rename_move_remove_packs(site_page, qtbot):
    connections = site_page.connections
    keys = [p.key for p in connections.ordered()]
    dialog = site_page.open_add_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ble"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "Bluetooth address" in dialog.problem.text() and len(connections.site.packs) == 4
    dialog.target.setEditText("AA:BB:CC:DD:EE:01")
    dialog.name_field.setText("Port")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert [p.name for p in connections.site.packs][-1] == "Port"
    new_key = connections.site.packs[-1].key
    assert connections.site.packs[-1].link == PackLink("ble", "AA:BB:CC:DD:EE:01", None)
    assert new_key in site_page.cards and len(site_page.cards) == 5
    # the same module twice is refused with the reason
    again = site_page.open_add_dialog()
    again.kind.setCurrentIndex(again.kind.findData("ble"))
    again.target.setEditText("aa:bb:cc:dd:ee:01")
    again.buttons.button(again.buttons.StandardButton.Ok).click()
    assert "twice" in again.problem.text() and len(connections.site.packs) == 5
    again.reject()
    connections.rename_pack(keys[0], "Bow")
    assert site_page.cards[keys[0]].name_label.text() == "Bow"
    site_page._move_pack(keys[0], 1)
    assert [p.key for p in connections.site.packs][:2] == [keys[1], keys[0]]
    assert site_page.cards_grid.indexOf(site_page.cards[keys[1]]) < site_page.cards_grid.indexOf(
        site_page.cards[keys[0]])
    await connections.remove_pack(new_key)
    assert new_key not in site_page.cards and len(connections.site.packs) == 4


async def test_the_site_is_remembered_and_reopened(qtbot, tmp_path):
    prefs_path = tmp_path / "prefs.json"
    last = app_prefs.LastDevice("serial", "/dev/nonexistent", "x", 2)
    prefs = app_prefs.Preferences(last_device=last)
    prefs.site = Site(name="Boat").with_pack(PackLink("simulator", seed=3, cells=8), "Port").with_pack(
        PackLink("simulator", seed=5, cells=8), "Starboard").to_dict()
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, prefs, prefs_path=prefs_path)
    qtbot.addWidget(window)
    connections = window.site_page.connections
    try:
        window.start()  # the last device is a serial port: only the site connects by itself
        await until(lambda: _all_live(connections), what="the remembered packs live")
        assert bridge.session is None
        assert [len(p.bridge.live.cells) for p in connections.ordered()] == [8, 8]
        assert window.site_page.title.text() == "Boat"
        connections.rename_pack(connections.site.packs[1].key, "Aft")
        saved = json.loads(prefs_path.read_text(encoding="utf-8"))
        assert [p["name"] for p in saved["site"]["packs"]] == ["Port", "Aft"]
        again = MainWindow(DeviceBridge(record=False), app_prefs.load(prefs_path), prefs_path=prefs_path)
        qtbot.addWidget(again)
        assert again.site_page.connections.site == connections.site
    finally:
        await connections.disconnect_all()


def test_a_damaged_remembered_site_says_so_and_loses_nothing(qtbot, tmp_path):
    prefs = app_prefs.Preferences()
    prefs.site = {"packs": [{"key": "a", "link": {"kind": "radio"}}]}
    window = MainWindow(DeviceBridge(record=False), prefs, prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    assert window.site_page.connections.site.packs == ()
    assert prefs.site == {"packs": [{"key": "a", "link": {"kind": "radio"}}]}  # kept until the user edits
    qtbot.waitUntil(lambda: "could not be read" in window.statusBar().currentMessage())


async def test_a_simulated_site_replaces_the_packs(site_page):
    connections = site_page.connections
    connections.connect_all()
    await until(lambda: _all_live(connections), what="four packs live")
    old = [p.bridge for p in connections.ordered()]
    await site_page.start_simulated_site(2, cells=8)
    assert len(connections.site.packs) == 2 and len(site_page.cards) == 2
    assert all(b.session is None for b in old)  # the old links were closed
    await until(lambda: _all_live(connections), what="two new packs live")
    assert [len(p.bridge.live.cells) for p in connections.ordered()] == [8, 8]


def test_the_app_starts_a_simulated_site(tmp_path):
    """`smartbms-gui --packs 3`: three simulated packs live on the Site page (a real process)."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "site.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    command = [sys.executable, "-m", "smartbms_gui.app", "--screenshot", str(out), "--packs", "3",
               "--cells", "8"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert QImage(str(out)).width() == 1366
    # the main connection and the three packs each went live
    assert result.stderr.count("connection: Live") >= 4, result.stderr[-3000:]
    bad = subprocess.run([sys.executable, "-m", "smartbms_gui.app", "--packs", "40"], env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2 and "--packs must be between 1 and 16" in bad.stderr


async def test_the_overlay_plots_one_quantity_of_every_pack(site_page):
    connections = site_page.connections
    connections.connect_all()
    await until(lambda: _all_live(connections), what="four packs live")
    overlay = site_page.overlay
    for n in range(3):
        overlay.sample(now=1000.0 + n)
    connections.ordered()[3].bridge.battery.faults.inject("link_drop")
    await until(lambda: not connections.ordered()[3].bridge.live.link_up, what="pack 4 down")
    overlay.sample(now=1003.0)
    overlay.set_quantity("voltage")
    overlay.redraw()
    for n, pack in enumerate(connections.ordered()):
        x, y = overlay.curves[pack.key].getData()
        assert list(x) == [1000.0, 1001.0, 1002.0, 1003.0]
        if n == 3:
            assert y[-1] != y[-1]  # offline: a gap (NaN), not the last value drawn on
        else:
            assert abs(y[-1] - pack.bridge.live.get("pack_voltage_v")) < 0.05
    assert overlay.legend_names() == [p.entry.name for p in connections.ordered()]
    # each name on one line beside its swatch (a wrapped "Pack / 1" could not be told apart)
    from PySide6.QtWidgets import QLabel
    names = [w for w in overlay.legend.findChildren(QLabel) if w.text().startswith("Pack")]
    assert names and all(label.sizeHint().height() < 1.5 * label.fontMetrics().height() for label in names)
    from smartbms_gui.views.site_overlay import LEGEND_NAME_EMS
    assert overlay.legend_area.width() < overlay.fontMetrics().horizontalAdvance("M") * (LEGEND_NAME_EMS + 8)


async def test_the_pages_show_the_chosen_pack(qtbot, tmp_path):
    """Overview, Battery details and the connection bar follow the pack chosen on the Site page."""
    from smartbms_gui.views.bridge_switch import BridgeSwitch
    from smartbms_gui.views.connection_bar import DeviceTarget

    last = app_prefs.LastDevice("serial", "/dev/nonexistent", "x", 2)
    prefs = app_prefs.Preferences(last_device=last)
    prefs.site = Site().with_pack(PackLink("simulator", seed=1, cells=8), "Port").with_pack(
        PackLink("simulator", seed=2, cells=12), "Starboard").to_dict()
    own = DeviceBridge(record=False, **FAST)
    window = MainWindow(BridgeSwitch(own), prefs, prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    page, connections = window.site_page, window.site_page.connections
    port, starboard = connections.ordered()
    try:
        window.start()
        await until(lambda: _all_live(connections) and starboard.bridge.live.cells_received == 12,
                    what="both packs live")
        assert page.shown.isVisible() or not window.isVisible()
        assert [page.shown.itemText(i) for i in range(page.shown.count())][1:] == ["Port", "Starboard"]
        page.cards[starboard.key].show_action.trigger()  # the card's "Show on the other pages"
        assert window.bridge.target is starboard.bridge and window.current_page_key() == "overview"
        assert "Starboard" in window.statusBar().currentMessage()
        assert page.shown.currentText() == "Starboard"
        window.overview.refresh_now()
        window.details.refresh_now()
        volts = starboard.bridge.live.get("pack_voltage_v")
        assert window.overview.tile_text("pack_voltage") == f"{volts:.2f} V"
        assert len(window.details.grid.cells) == 12
        assert "Live" in window.connection_bar.state_label.text()
        page.show_pack_on_pages(port.key)
        window.details.refresh_now()
        assert window.bridge.live is port.bridge.live and len(window.details.grid.cells) == 8
        # removing the pack shown puts the pages back on the window's own connection
        await connections.remove_pack(port.key)
        assert window.bridge.target is own and page.shown.currentIndex() == 0
        # the bar's Disconnect closes the battery shown; its Connect is the window's own connection
        page.show_pack_on_pages(starboard.key)
        window.connection_bar.connect_button.click()  # "Disconnect" while the pack is live
        await until(lambda: starboard.bridge.session is None, what="the shown pack disconnected")
        assert window.bridge.target is starboard.bridge
        window.connection_bar.select(DeviceTarget("simulator"))
        window.connection_bar.pin.setText("1234")
        window.connection_bar.connect_button.click()
        assert window.bridge.target is own
        await until(lambda: own.connected, what="the window's own simulator live")
        assert starboard.bridge.session is None  # the pack's link was not taken for it
        page.refresh_now()
        assert page.cards[starboard.key].connect_button.text() == "Connect"
        page.cards[starboard.key].connect_button.click()
        await until(lambda: _all_live(connections), what="the pack back from its card")
    finally:
        await connections.disconnect_all()
        await own.disconnect()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_overlay_takes_the_theme_and_follows_the_newest_minute(qtbot, mode):
    """The overlay is drawn in the theme's plot colours even when pyqtgraph was loaded after the
    theme was applied (at the start it is: its own defaults are black); its time axis shows the
    first minute across the width, as the Plots page does, until the mouse moves it."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from smartbms_gui.views import theme
    from smartbms_gui.views.plot_buffers import FIT_MIN_S
    from smartbms_gui.views.site_overlay import SiteOverlay

    app = QApplication.instance()
    theme.apply_theme(app, mode)
    pg.setConfigOptions(background="k", foreground="d")  # pyqtgraph's own defaults
    try:
        overlay = SiteOverlay(SiteConnections(simulated_site(2), record=False, **FAST))
        qtbot.addWidget(overlay)
        overlay.resize(900, 500)
        overlay.show()
        colours = theme.PLOT_COLOURS[mode]
        assert overlay.plot.backgroundBrush().color().name() == colours["background"].lower()
        assert overlay.plot.getAxis("bottom").textPen().color().name() == colours["foreground"].lower()

        start = time.time() - 14
        for n in range(15):  # fifteen seconds of samples (the packs are offline: gaps, but times)
            overlay.sample(now=start + n)
        overlay.redraw()
        x0, x1 = overlay.plot.getViewBox().viewRange()[0]
        assert x0 == pytest.approx(start, abs=0.01) and x1 == pytest.approx(start + FIT_MIN_S, abs=0.01)
        overlay.plot.grab()  # drawn: the date axis has picked its zoom level and font
        axis = overlay.plot.getAxis("bottom")
        spacing, values = axis.tickValues(x0, x1, axis.width())[0]  # the labelled ticks
        labels = axis.tickStrings(values, 1.0, spacing)
        assert labels and all(":" in text for text in labels), labels  # times of day, not "14.000"

        overlay.plot.getViewBox().sigRangeChangedManually.emit([True, False])  # the mouse pans it
        assert not overlay.follow_box.isChecked()
        overlay.sample(now=start + 15)
        overlay.redraw()
        assert overlay.plot.getViewBox().viewRange()[0] == pytest.approx([x0, x1], abs=0.01)
    finally:
        theme.apply_theme(app, "light")


async def test_a_simulated_site_is_named_in_the_window_language(site_page, qapp):
    from smartbms_gui.views import translator as i18n

    i18n.install_translator(qapp, "de")
    try:
        await site_page.start_simulated_site(1, cells=4)
    finally:
        i18n.install_translator(qapp, "en")
    assert site_page.connections.site.name == "Simulierte Anlage"
    assert site_page.title.text() == "Simulierte Anlage"  # a name: kept when the language changes back


def _header_whole(page: SitePage) -> bool:
    """Every shown widget of the header at least as wide as it asks to be (nothing squeezed or cut)."""
    widgets = [page.title, page.rename_button, page.shown_label, page.shown, *page.actions]
    return all(w.width() >= w.sizeHint().width() for w in widgets if not w.isHidden())


async def test_the_header_puts_its_actions_on_a_line_of_their_own_when_narrow(site_page, qtbot):
    from smartbms_gui.views.bridge_switch import BridgeSwitch

    page = site_page
    page.set_switch(BridgeSwitch(DeviceBridge(record=False)))  # "Other pages show:" and its choice
    page.resize(1110, 700)  # the page's width in a 1366 px window: one line
    page.show()
    qtbot.waitUntil(lambda: page.isVisible() and page.title.width() > 0)
    qtbot.waitUntil(lambda: _header_whole(page))
    assert page.header_lines() == 1
    # the window's smallest size: squeezed into one line the title and the choice were cut off
    page.resize(760, 640)
    qtbot.waitUntil(lambda: page.header_lines() == 2 and _header_whole(page)
                    and page.add_button.geometry().top() > page.title.geometry().bottom())
    page.resize(1110, 700)
    qtbot.waitUntil(lambda: page.header_lines() == 1 and _header_whole(page)
                    and page.add_button.geometry().top() < page.title.geometry().bottom())
    # a long site name needs the room as well
    page.connections.rename_site("The boathouse on the north bank of the lake, east mooring")
    qtbot.waitUntil(lambda: page.header_lines() == 2 and _header_whole(page))
