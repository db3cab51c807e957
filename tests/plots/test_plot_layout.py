"""How the plots page reads (audit M2, M3, M4, M6, M14, L6, L7): titles never run into the
next row and the event lanes keep their names in every language; short data fills the width;
autoscale does not invent precision; empty rows say so; legends sit beside the data; battery,
solar and load differ in both themes; numbers are written the user's way; the position label
says "Live" only while a link streams."""

from __future__ import annotations

import time

import numpy as np
import pytest
from plots_sim import simulated_bytes, simulated_items
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QStyle

from smartbms_gui.device.recording import Recorder
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol.stream import CellExtremesRecord, EnergyRecord, PackRecord
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.plot_buffers import FIT_MIN_S
from smartbms_gui.views.plot_rows import EVENT_LANES, LocaleAxis, axis_font, tr, y_limits
from smartbms_gui.views.plots_page import PlotsPage


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    def use(code):
        i18n.install_translator(qapp, code)
    yield use
    i18n.install_translator(qapp, "en")


def make_page(qtbot, bridge, size=(1366, 768)):
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def rows(page):
    return {r.key: r for r in page.rows}


def drawn_texts(axis):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


@pytest.mark.parametrize("code", ["en", "de", "nl", "xx"])  # xx: the pseudo-locale, every text longer
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_titles_stay_in_their_row_and_event_lanes_keep_their_names(qtbot, bridge, language, code, size):
    language(code)
    page = make_page(qtbot, bridge, size)
    now = time.time()
    page.data.feed_many(simulated_items(120, cells=16, start=now - 120))
    page.redraw()

    def titles_inside_and_lanes_named():
        for row in page._visible:
            axis = row.plot.getAxis("left")
            if not row.title:
                continue
            margin = axis.label.document().documentMargin()  # blank space around the text
            label = axis.label.mapRectToScene(axis.label.boundingRect()).adjusted(0, margin, 0, -margin)
            own = row.plot.sceneBoundingRect()
            inside = own.top() - 1 <= label.top() and label.bottom() <= own.bottom() + 1
            assert inside, (code, row.key, row.title)
        lanes = drawn_texts(page.events_row.plot.getAxis("left"))
        assert sorted(lanes) == sorted(tr(lane) for lane in EVENT_LANES), code

    # Titles are fitted once the layout has settled after the resize: wait for that, not a fixed time.
    qtbot.waitUntil(titles_inside_and_lanes_named, timeout=5000)


@pytest.mark.parametrize("code", ["en", "nl"])  # Dutch: the rows' names need the most height
@pytest.mark.parametrize("size", [(786, 580), (1152, 708)], ids=["1000x640", "1366x768"])
def test_event_lanes_have_a_line_each_and_the_time_axis_is_whole(qtbot, bridge, language, code, size):
    """The page's size in a window of the smallest size and of 1366x768: the four lane names had less
    than a line each and ran into each other (the time axis below them took its height from theirs);
    made taller, the row must not push the time axis out of the view. Where the rows together need
    more height than the page has, the plots scroll."""
    language(code)
    page = make_page(qtbot, bridge, size)
    line = QFontMetricsF(axis_font()).height()
    events = page.events_row.plot

    def laid_out():
        lanes = events.vb.height() / 4  # the y range is one unit per lane
        inside = events.sceneBoundingRect().bottom() <= page.graphics.viewport().height() + 0.5
        return page._visible[-1] is page.events_row and lanes >= 0.9 * line and inside

    qtbot.waitUntil(laid_out, timeout=5000)
    assert events.getAxis("bottom").style["showValues"]


@pytest.mark.parametrize("code,width,beside", [("de", 786, True), ("de", 1152, False), ("en", 1152, False)],
                         ids=["de-smallest", "de-1366x768", "en-1366x768"])
def test_the_menus_move_to_the_replay_line_when_the_first_is_full(qtbot, qapp, bridge, language, code, width,
                                                                  beside):
    """786 px: the page in a window of the smallest size, where the German first line squeezed the cell
    choice ("Heatmap (alle Ze"): the Plots and Export menus end the replay line there instead."""
    theme.apply_theme(qapp, "light")  # as the app does: its check boxes are wider than Qt's own
    language(code)
    page = make_page(qtbot, bridge, (width, 580))
    first_line = [page.window_combo, page.follow_box, page.lock_box, page.cell_combo]

    def laid_out():
        whole = all(w.width() >= w.sizeHint().width() for w in [*first_line, page.rows_button,
                                                                 page.export_button])
        line = page.rows_button.geometry().top() > page.cell_combo.geometry().bottom()
        return page.menus_beside_replay() == beside and line == beside and whole

    qtbot.waitUntil(laid_out, timeout=5000)


def test_a_replay_keeps_its_line_for_its_own_controls(qtbot, qapp, bridge, language, tmp_path):
    # German at the smallest size: the menus end the replay line while live; a replay's play, speed and
    # seek controls need that line, so the menus go back to the first one, and return after it
    theme.apply_theme(qapp, "light")
    language("de")
    page = make_page(qtbot, bridge, (786, 580))
    qtbot.waitUntil(page.menus_beside_replay, timeout=5000)
    with Recorder(tmp_path / "r.smartbms-recording") as rec:
        for t, data in simulated_bytes(30, cells=8, start=time.time() - 100):
            rec.record_bytes(data, t)
    page.open_recording(rec.path)
    qtbot.waitUntil(lambda: page.replay is not None and not page.menus_beside_replay(), timeout=5000)
    page.show_live()
    qtbot.waitUntil(page.menus_beside_replay, timeout=5000)


def test_short_data_fills_the_width_then_the_window_follows(qtbot, bridge):
    page = make_page(qtbot, bridge)
    now = time.time()
    items = simulated_items(40, cells=8, start=now - 40)
    page.data.feed_many(items)
    page.set_window(900)
    page.redraw()
    first = items[0][0]
    assert page.x_range() == pytest.approx((first, first + FIT_MIN_S), abs=1e-3)
    page.data.feed_many(simulated_items(1200, cells=8, start=now + 1))
    page.redraw()
    last = page.data.last_time
    assert page.x_range() == pytest.approx((last - 900, last), abs=1e-3)


def test_autoscale_keeps_a_minimum_span_per_quantity(qtbot, bridge):
    page = make_page(qtbot, bridge)
    now = time.time()
    for s in range(60):  # quantised, nearly constant data
        t = now - 60 + s
        page.feed(PackRecord(53.01, 4.0, 3.0 + 0.1 * (s % 2), 1.0), t)
        page.feed(EnergyRecord(0, 0, 0, 60.0), t)
        page.feed(CellExtremesRecord(3.310, 1, 3.315 if s % 3 else 3.314, 2, 3.5), t)
    page.redraw()
    shown = rows(page)
    spans = {key: np.diff(shown[key].plot.vb.viewRange()[1])[0] for key in ("pack", "current", "soc",
                                                                             "extremes", "spread")}
    assert spans["soc"] >= 5 and spans["spread"] >= 20 and spans["extremes"] >= 0.02
    assert spans["pack"] >= 0.5 and spans["current"] >= 2
    assert shown["spread"].plot.vb.viewRange()[1][0] >= -0.1 * spans["spread"]  # no room far below zero
    # the numbers drawn: whole percent, whole millivolts, millivolts of a cell (no 59.6 / 59.8 / 60.2 …)
    for key, decimals in (("soc", 0), ("spread", 0), ("extremes", 2)):
        texts = drawn_texts(shown[key].plot.getAxis("left"))
        assert len(texts) >= 2 and all(len(t.partition(".")[2]) <= decimals for t in texts), (key, texts)
    assert y_limits(99.0, 100.0, 5.0, 0.0, 100.0)[1] <= 100.0 + 5 * 0.2  # SoC stays near 100 %


def test_rows_say_no_data_yet_instead_of_a_made_up_axis(qtbot, bridge):
    page = make_page(qtbot, bridge)
    page.redraw()
    data_rows = [r for r in page.rows if r is not page.events_row]
    for row in data_rows:
        assert row.no_data.isVisible() and not row.plot.getAxis("left").style["showValues"], row.key
        assert row.no_data.textItem.toPlainText() == "No data yet"
    now = time.time()
    page.data.feed_many(simulated_items(30, cells=8, start=now - 30))
    page.redraw()
    for row in data_rows:
        assert not row.no_data.isVisible() and row.plot.getAxis("left").style["showValues"], row.key


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_legends_beside_the_data_and_distinct_currents(qtbot, bridge, mode):
    app = QApplication.instance()
    theme.apply_theme(app, mode)
    try:
        page = make_page(qtbot, bridge)
        now = time.time()
        page.data.feed_many(simulated_items(60, cells=8, start=now - 60))
        page.set_cell_mode("chosen")
        page.redraw()
        shown = rows(page)
        beside = ((shown["current"], shown["current"].legend), (shown["extremes"], shown["extremes"].legend),
                  (shown["cell_volts"], shown["cell_volts"].chosen_legend))

        def legends_beside_the_data():
            for row, legend in beside:
                area = row.plot.vb.sceneBoundingRect()
                box = legend.sceneBoundingRect()
                assert box.width() > 10 and not box.intersects(area), row.key

        qtbot.waitUntil(legends_beside_the_data, timeout=5000)  # once the layout has settled
        pens = [curve.opts["pen"] for curve, _column, _colour in shown["current"].curves]
        assert all(pen.widthF() >= 2 for pen in pens)
        colours = [QColor(pen.color()) for pen in pens]
        for i in range(3):
            for j in range(i + 1, 3):
                a, b = colours[i], colours[j]
                distance = np.linalg.norm(np.subtract(a.getRgb()[:3], b.getRgb()[:3]))
                assert distance > 100, (mode, a.name(), b.name())
        names = [action.text() for action in page.rows_menu.actions()]
        assert len(set(names)) == len(names) and "Cells" not in names and "Cell voltage" not in names
    finally:
        theme.apply_theme(app, "light")


def test_menu_buttons_leave_room_for_their_arrow(qtbot, bridge):
    page = make_page(qtbot, bridge)
    for button in (page.rows_button, page.export_button):
        assert isinstance(button, QPushButton) and button.menu() is not None
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        text = QFontMetricsF(button.font()).horizontalAdvance(button.text())
        assert button.width() >= text + arrow + 8


def test_position_label_says_live_only_while_streaming(qtbot, bridge, tmp_path):
    page = make_page(qtbot, bridge)
    assert page.position_text() == "Not connected"
    for phase, text in ((Phase.CONNECTING, "Connecting…"), (Phase.STREAMING, "Live"),
                        (Phase.RECONNECTING, "Link lost: reconnecting"),
                        (Phase.DISCONNECTED, "Not connected"), (Phase.FAILED, "Not connected")):
        bridge.stateChanged.emit(ConnectionState(phase))
        assert page.position_text() == text, phase
    bridge.stateChanged.emit(ConnectionState(Phase.STREAMING))
    with Recorder(tmp_path / "r.smartbms-recording") as rec:
        for t, data in simulated_bytes(30, cells=8, start=time.time() - 100):
            rec.record_bytes(data, t)
    page.open_recording(rec.path)
    assert "/" in page.position_text() and "×1" in page.position_text()  # a replay position
    bridge.stateChanged.emit(ConnectionState(Phase.DISCONNECTED))
    assert "/" in page.position_text()  # the replay keeps its position
    page.show_live()
    assert page.position_text() == "Not connected"


def test_numbers_are_written_the_users_way(qtbot, bridge, language):
    language("de")
    assert LocaleAxis(orientation="left").tickStrings([3.3, 3.35, -0.0], 1, 0.05) == ["3,30", "3,35", "0,00"]
    page = make_page(qtbot, bridge)
    now = time.time()
    page.feed(PackRecord(52.88, 0.0, -3.5, 3.5), now)
    page.feed(CellExtremesRecord(3.305, 1, 3.75, 5, 3.5), now)
    text = page.show_readout(now)
    assert "52,88 V" in text and "-3,5 A" in text and "+3,5 A" in text and "3,305–3,750 V" in text
    assert "445 mV" in text
    page.redraw()
    ticks = rows(page)["extremes"].plot.getAxis("left")
    lo, hi = rows(page)["extremes"].plot.vb.viewRange()[1]
    spacing, values = ticks.tickValues(lo, hi, ticks.height())[0]
    assert any("," in s for s in ticks.tickStrings(values, 1, spacing))
