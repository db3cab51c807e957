"""Battery details never states an all-clear without data, marks old data, and keeps its text whole.

No data (never connected, wrong PIN), data gone old (disconnect), lights lit and a light clicked;
German at 1366x768 with two and three lights; numbers in the user's language.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from views_rig import LiveOnlyBridge, feed_records

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.status import WarningLight, status1_for_lights
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.battery_details import BatteryDetailsPage
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.widgets import colors

ALL_CLEAR = status1_for_lights({}, charge_allowed=True, load_allowed=True)


def page_for(qtbot, live):
    page = BatteryDetailsPage(LiveOnlyBridge(live))
    page.resize(1216, 690)
    qtbot.addWidget(page)
    return page


def cells(n=16, status1=ALL_CLEAR, volts=3.31, temps=None):
    temps = temps or [22.0] * n
    return [stream.CellExtremesRecord(volts, 1, volts, 1, 3.5)] + [
        stream.CellRecord(i + 1, n, volts, temps[i], status1, None) for i in range(n)]


ALL_CLEAR_WORDS = ("No warning lights on", "All cells report", "no cell is outside")


@pytest.mark.parametrize("link_up", [False, True], ids=["never connected", "connected, nothing yet"])
def test_no_data_is_said_plainly_and_never_as_all_clear(qtbot, clock, link_up):
    live = LiveState(clock=clock)
    live.set_link(link_up)
    page = page_for(qtbot, live)
    page.refresh_now()
    text = page.explain_title.text() + page.explain_body.text()
    assert "No data yet" in page.explain_title.text()
    assert not any(words in text for words in ALL_CLEAR_WORDS)
    assert {lamp.accessibleDescription() for lamp in page.lights.lamps.values()} == {"unknown"}
    assert page.received.text() == "No cells yet"
    assert page.stale_note.isHidden()


def test_after_a_disconnect_everything_is_last_known_and_greyed(qtbot, live, clock):
    page = page_for(qtbot, live)
    feed_records(live, cells())
    page.refresh_now()
    assert page.explain_title.text() == "No warning lights on"
    assert page.explain_title.styleSheet() == "" and colors.text_colour(page.summary) is None
    live.set_link(False)
    clock.t += 5
    page.refresh_now()
    title = page.explain_title.text()
    assert title.startswith("Last known, 5 s ago") and "No warning lights on" not in title
    assert "not connected" in page.explain_body.text()
    assert "All cells report" not in page.explain_body.text()
    grey = colors.stale_text_on(page.palette().window().color()).name()
    for label in (page.explain_title, page.explain_body):
        assert grey in label.styleSheet()
    assert colors.text_colour(page.summary) == grey
    assert page.summary.palette().color(QPalette.ColorRole.WindowText).name() == grey
    assert "(5 s old)" in page.summary.text().replace("\xa0", " ")
    assert not page.stale_note.isHidden() and "5 s" in page.stale_note.text()
    assert all(t.stale for t in page.grid.cells)
    assert {page.grid.tile_word(t) for t in page.grid.cells} == {"no data"}
    assert {lamp.accessibleDescription() for lamp in page.lights.lamps.values()} == {"off (last known)"}


def test_lit_lights_after_a_disconnect_are_marked_as_when_last_heard(qtbot, live, clock):
    page = page_for(qtbot, live)
    lit = status1_for_lights({WarningLight.VH: True}, charge_allowed=False, load_allowed=True)
    live.update_settings({"vmin_v": 2.9, "vmax_v": 3.65})
    feed_records(live, cells(status1=lit, volts=3.7))
    live.set_link(False)
    clock.t += 12
    page.refresh_now()
    assert page.explain_title.text() == "Warning lights on when last heard, 12 s ago"
    assert page.lights.lamps["VH"].accessibleDescription() == "on (last known)"
    assert page.lit_lights() == {"VH"}


def test_a_clicked_light_that_is_off_is_not_listed_as_on(qtbot, live):
    page = page_for(qtbot, live)
    lit = status1_for_lights({WarningLight.VH: True}, charge_allowed=False, load_allowed=True)
    feed_records(live, cells(status1=lit))
    page.refresh_now()
    page.lights.lamps["E"].clicked.emit("E")
    body = page.explain_body.text()
    on_part, _, about_part = body.partition("About this light")
    assert "Vh — a cell is above V max" in on_part
    assert "E — cell communication error" not in on_part
    assert "E — cell communication error" in about_part and "(off)" in about_part
    assert "(ON)" not in body and "(off)" not in on_part


def test_only_some_cells_recent_is_not_called_all_cells(qtbot, live, clock):
    page = page_for(qtbot, live)
    feed_records(live, cells())
    clock.t += 40  # every cell is old now, the link is still up, but new pack records arrive
    feed_records(live, [stream.PackRecord(53.0, 1.0, 1.0, 0.0)] + cells(16)[1:3])
    page.refresh_now()
    assert len(page.grid.cells) == 16
    assert "All cells report" not in page.explain_body.text()
    assert "2 of 16 cells have reported recently" in page.explain_body.text()


def test_stale_text_reads_on_both_themes_backgrounds():
    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            v = v / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    for colours in (theme.LIGHT_COLOURS, theme.DARK_COLOURS):
        for role in ("base", "window"):
            background = QColor(colours[role])
            text = colors.stale_text_on(background)
            hi, lo = sorted((luminance(background), luminance(text)), reverse=True)
            assert (hi + 0.05) / (lo + 0.05) >= 4.5, (colours[role], text.name())


def test_numbers_use_the_decimal_comma_in_german(qtbot, live, qapp):
    i18n.install_translator(qapp, "de")
    try:
        page = page_for(qtbot, live)
        feed_records(live, [stream.CellExtremesRecord(3.305, 2, 3.75, 1, 3.5)] + cells(2, volts=3.31)[1:])
        page.refresh_now()
        assert page.grid.volts_text(3.31) == "3,310 V"
        summary = page.summary.text().replace("\xa0", " ")
        assert "3,750 V" in summary and "3,305 V" in summary
        assert "3.31" not in page.grid.describe(page.grid.cells[1])
    finally:
        i18n.install_translator(qapp, "en")


@pytest.mark.parametrize("lights", [
    {WarningLight.E: True, WarningLight.VL: True},
    {WarningLight.VH: True, WarningLight.VL: True, WarningLight.TH: True},
], ids=["E+Vl", "Vh+Vl+Th"])
def test_the_explanation_is_never_cut_in_german_at_1366x768(qtbot, tmp_path, lights):
    app = QApplication.instance()
    i18n.install_translator(app, "de")
    bridge = DeviceBridge()
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json",
                        list_serial_ports=lambda: [])
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        window.show_page("details")
        qtbot.waitExposed(window)
        status = status1_for_lights(lights, charge_allowed=False, load_allowed=False)
        bridge.live.set_link(True)
        feed_records(bridge.live, cells(status1=status))
        page = window.details
        page.refresh_now()
        body, scroll = page.explain_body, page.panel_scroll
        labels = (page.explain_title, body, page.legend)
        qtbot.waitUntil(lambda: all(lb.height() >= lb.heightForWidth(lb.width()) for lb in labels))
        assert "Prüfung" in body.text()  # German
        content = scroll.widget()
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
            assert label.geometry().bottom() <= content.height()
        # every line can be scrolled into view
        reachable = scroll.verticalScrollBar().maximum() + scroll.viewport().height()
        assert reachable >= page.legend.geometry().bottom()
        assert not scroll.horizontalScrollBar().isVisible()
        # and the legend folds away to give the explanation the room
        page.legend_toggle.setChecked(False)
        assert page.legend.isHidden()
    finally:
        i18n.install_translator(app, "en")
