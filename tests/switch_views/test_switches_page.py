"""The Switches page: the manual's normal table through the setter's drawing, the decoder for all 256 rows."""

import re

import pytest
from manual_tables import MANUAL_CELLS, MANUAL_SENSORS, MANUAL_VBYPASS, manual_cells

from smartbms_gui.protocol import switches as sw
from smartbms_gui.views.switches_page import SwitchesPage


@pytest.fixture
def page(qtbot):
    widget = SwitchesPage(None)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.mark.parametrize("row,volts", MANUAL_VBYPASS.items())
def test_vbypass_row_through_the_setter(page, row, volts):
    setter = page.setter
    setter.vbypass.setCurrentIndex(setter.vbypass.findData(volts))
    assert setter.vbypass.currentText() == f"{volts:.2f} V"  # written as everywhere on the page
    drawn = setter.dip.positions()
    assert (drawn[1], drawn[5], drawn[6]) == row
    assert drawn[7] is False


@pytest.mark.parametrize("switch,control", [(1, "rate"), (3, "blind_spot"), (4, "auto_zero"), (5, "critical_mode")])
def test_single_switch_rows_through_the_setter(page, switch, control):
    setter = page.setter
    setter.normal_mode.setChecked(True)
    setter.blind_spot.setChecked(False)
    setter.auto_zero.setChecked(False)
    setter.rate.setCurrentIndex(0)
    assert setter.dip.positions()[switch - 1] is False
    widget = getattr(setter, control)
    if control == "rate":
        widget.setCurrentIndex(1)  # every 0.5 s
    else:
        widget.setChecked(True)
    assert setter.dip.positions()[switch - 1] is True
    assert setter.auto_zero_note.isVisibleTo(setter) == (control == "auto_zero")


def test_setter_summary_names_positions(page):
    page.setter.setSettings(sw.NormalSettings(fast_messages=True, vbypass_v=3.6, blind_spot=True))
    assert "1 ON, 2 OFF, 3 ON, 4 OFF, 5 OFF, 6 ON, 7 OFF" in page.setter.summary.text()


def flip_to(dip, row):
    for n, on in enumerate(row, start=1):
        dip.setSwitch(n, on)  # the user's path: emits positionsChanged


def test_decoder_all_256_positions(page):
    decoder = page.decoder
    for value in range(256):
        row = tuple(bool(value >> (7 - i) & 1) for i in range(8))
        flip_to(decoder.dip, row)
        normal, hidden = decoder.normal.text(), decoder.hidden.text()
        assert f"{MANUAL_VBYPASS[(row[1], row[5], row[6])]:.1f} V" in normal
        assert ("0.5 s" if row[0] else "1.0 s") in normal
        assert ("enabled" if row[2] else "disabled") in normal
        assert ("ACTIVE" if row[3] else "inactive") in normal
        assert ("critical mode" if row[4] else "normal mode") in normal
        # the manual: "Option switch nr 5 (v1.5+)"
        assert ("needs IN board v1.5 or later" in normal) == row[4]
        assert ("must never be left ON" in normal) == row[7]
        amps = MANUAL_SENSORS[row[:3]]
        # \b: "4" must not pass for 48, "25 A" not for 250 A
        assert re.search(rf"current sensor: {amps} A\b", hidden), hidden
        assert re.search(rf"number of cells: {manual_cells(row)}\b", hidden), hidden
        assert ("v1.4" in hidden) == (amps >= 1000)


def test_the_mode_help_says_switch_5_needs_in_board_v1_5(page):
    assert "IN board version 1.5 or later" in page.setter.modes.text()


def test_hidden_tab_lists_the_manual_tables(page):
    html = page._sensor_table_html() + page._cell_table_html()
    for amps in MANUAL_SENSORS.values():
        assert f"{amps} A" in html
    for cells in MANUAL_CELLS:
        assert re.search(rf"<td[^>]*>{cells}</td>", html), cells
    assert "border='1'" not in html  # single grid lines (border-collapse), not HTML's double borders


def test_button_opens_the_wizard_without_blocking(qtbot, page):
    page.tabs.setCurrentIndex(2)
    page.open_wizard.click()  # returns at once: open(), not exec()
    assert page.wizard is not None and page.wizard.isVisible()
    assert page.openWizard() is page.wizard  # a second click does not stack wizards
    page.wizard.close()


def test_connected_page_shows_the_bms_vbypass(qtbot, sim_bridge):
    widget = SwitchesPage(sim_bridge)
    qtbot.addWidget(widget)
    assert "3.50 V" in widget.setter.from_bms.text()
    assert "16 cells" in widget.reported.text()


def test_connected_setter_starts_from_the_bms_and_keeps_the_users_choice(qtbot, sim_bridge, battery):
    """V bypass (2, 6, 7) at once, switch 1 once the stream's rhythm is known; the rest as drawn."""
    battery.set_switch(1, True)  # the simulated IN board sends every 0.5 s
    widget = SwitchesPage(sim_bridge)
    qtbot.addWidget(widget)
    setter = widget.setter
    assert setter.settings().vbypass_v == sw.decode_normal(tuple(battery.switches)).vbypass_v
    assert setter.settings().fast_messages is False  # not known yet: not guessed
    sim_bridge.advance(5)
    assert setter.settings().fast_messages is True
    assert "Filled in from it: switches 1, 2, 6, 7" in setter.from_bms.text()
    # the user picks another V bypass: later reports do not undo it
    other = next(i for i in range(setter.vbypass.count()) if setter.vbypass.itemData(i) != 3.5)
    setter.vbypass.setCurrentIndex(other)
    setter.vbypass.activated.emit(other)
    sim_bridge.advance(3)
    assert setter.vbypass.currentIndex() == other
    assert "Your own choices are kept" in setter.from_bms.text()


def test_the_reported_cell_count_is_marked_in_the_hidden_table(qtbot, sim_bridge):
    widget = SwitchesPage(sim_bridge)
    qtbot.addWidget(widget)
    text = widget.cell_table.text()
    assert "16 (this BMS)" in text
    assert len(re.findall(r"<tr><td style='[^']*background-color", text)) == 1  # one row marked
    assert "(this BMS" not in widget._cell_table_html(None)
    assert "16 (this BMS: 13)" in widget._cell_table_html(13)  # not in the table: the next higher entry


def test_switch_texts_use_the_user_s_decimal_sign(qapp):
    """German and Dutch installers read "0,5 s", "3,4 V" and "0,125 A", not the English point."""
    from PySide6.QtCore import QLocale

    from smartbms_gui.protocol import switches as sw
    from smartbms_gui.views import switch_texts

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        lines = switch_texts.normal_meaning_lines((True,) + (False,) * 7)  # switch 1 ON: 0.5 s
        text = "\n".join(lines)
        assert "0,5 s" in text and "3,4 V" in text
        small = min(sw.SENSORS, key=lambda s: s.resolution_a)
        assert f"{small.resolution_a}".replace(".", ",") in switch_texts.sensor_label(small)
        big = max(sw.SENSORS, key=lambda s: s.amps)
        assert f"{big.amps} A" in switch_texts.sensor_label(big)  # no group separator
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("width,side_by_side", [(1140, True), (770, False)], ids=["1366x768", "smallest"])
def test_the_drawing_is_whole_beside_or_below_the_choices(qtbot, width, side_by_side):
    """The page's width in a 1366 px window: the drawing beside the choices. At the window's smallest
    size (1000x640) side by side the drawing was cut off after switch 7 and the tab scrolled sideways:
    the drawing goes below the choices instead."""
    from PySide6.QtWidgets import QScrollArea

    widget = SwitchesPage(None)
    qtbot.addWidget(widget)
    widget.resize(width, 600)
    widget.show()
    setter = widget.setter
    area = next(a for a in widget.findChildren(QScrollArea) if a.widget() is setter)

    def laid_out() -> bool:
        mode = setter.critical_mode
        corner = mode.mapTo(setter, mode.rect().bottomRight())  # the choices' last control
        dip = setter.dip.geometry()
        placed = dip.left() > corner.x() if side_by_side else dip.top() > corner.y()
        return setter.side_by_side() == side_by_side and placed and setter.width() <= area.viewport().width()

    qtbot.waitUntil(laid_out)
    assert not area.horizontalScrollBar().isVisible()
    dip = setter.dip.geometry()
    assert dip.width() >= setter.dip.minimumSizeHint().width()
    assert setter.mapTo(area.viewport(), dip.topRight()).x() <= area.viewport().width()
