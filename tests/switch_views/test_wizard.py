"""The hidden-settings wizard: the manual's hidden table through its drawings, the restore step, export,
and a walk end to end against the simulator (switches flipped as the wizard draws them)."""

import re

import pytest
from manual_tables import MANUAL_CELLS, MANUAL_SENSORS, manual_cells
from PySide6.QtGui import QImage

from smartbms_gui.protocol import switches as sw
from smartbms_gui.views.switch_wizard import (
    PAGE_CALIBRATE,
    PAGE_RECORD,
    PAGE_RESTORE,
    PAGE_SET,
    PAGE_SUMMARY,
    PAGE_TOGGLE,
    PAGE_VERIFY,
    HiddenSettingsWizard,
)


@pytest.fixture
def wizard(qtbot):
    w = HiddenSettingsWizard(None)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(w, amps, cells):
    w.choose.sensor.setCurrentIndex(w.choose.sensor.findData(amps))
    w.choose.cells.setValue(cells)


@pytest.mark.parametrize("row,amps", MANUAL_SENSORS.items())
def test_every_sensor_row_through_the_set_drawing(wizard, row, amps):
    choose(wizard, amps, 16)
    wizard.set_page.initializePage()
    drawn = wizard.set_page.dip.positions()
    assert drawn[:3] == row and drawn[7] is False
    assert re.search(rf"(?<!\d){amps} A", wizard.set_page.rows.text())
    assert ("version 1.4" in wizard.choose.sensor_note.text()) == (amps >= 1000)


def test_every_cell_count_through_the_set_drawing(wizard):
    for cells in range(2, 256):
        choose(wizard, 100, cells)
        wizard.set_page.initializePage()
        expected = min(c for c in MANUAL_CELLS if c >= cells)
        assert manual_cells(wizard.set_page.dip.positions()) == expected
        assert re.search(rf"(?<!\d){expected} cells", wizard.set_page.rows.text())
        assert re.search(rf"(?<!\d){expected}(?!\d)", wizard.choose.mapping.text())


def test_pages_are_gated_by_their_confirmation(wizard):
    wizard.next()
    assert wizard.currentId() == PAGE_RECORD
    wizard.next()  # not confirmed yet
    assert wizard.currentId() == PAGE_RECORD
    wizard.record.confirm.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_SET


def walk_offline(w, recorded):
    choose(w, 400, 30)
    w.next()
    for n, on in enumerate(recorded, start=1):
        w.record.dip.setSwitch(n, on)
    for page, box in ((PAGE_RECORD, w.record.confirm), (PAGE_SET, w.set_page.confirm),
                      (PAGE_TOGGLE, w.toggle.confirm), (PAGE_RESTORE, w.restore.confirm)):
        assert w.currentId() == page
        box.setChecked(True)
        w.next()


def test_restore_step_shows_exactly_the_recorded_positions(wizard):
    recorded = (True, False, True, True, False, False, True, False)
    choose(wizard, 400, 30)
    wizard.next()
    for n, on in enumerate(recorded, start=1):
        wizard.record.dip.setSwitch(n, on)
    wizard.record.confirm.setChecked(True)
    wizard.next()
    assert wizard.set_page.dip.positions()[:7] == sw.encode_hidden(400, 32)[:7]
    for box in (wizard.set_page.confirm, wizard.toggle.confirm):
        box.setChecked(True)
        wizard.next()
    assert wizard.currentId() == PAGE_RESTORE
    assert wizard.restore.dip.positions() == recorded
    # the highlighted switches are the ones to flip back from the storing positions
    target = sw.encode_hidden(400, 32)
    assert wizard.restore.dip.highlighted() == {n for n in range(1, 8) if target[n - 1] != recorded[n - 1]}


def test_toggle_page_draws_8_on_then_off(wizard):
    walk_offline(wizard, (False,) * 8)
    assert wizard.toggle.dip_on.positions()[7] is True and wizard.toggle.dip_off.positions()[7] is False
    assert wizard.toggle.dip_on.positions()[:7] == sw.encode_hidden(400, 30)[:7]
    assert "Never leave switch 8 ON" in wizard.toggle.warning.text()


def test_offline_walk_and_export(wizard, tmp_path):
    walk_offline(wizard, (False, False, True, False, False, False, True, False))
    assert wizard.currentId() == PAGE_CALIBRATE
    assert "Not connected" in wizard.calibrate.current.text()
    assert not wizard.calibrate.isComplete()  # ticked or skipped, never passed by default
    wizard.calibrate.confirm.setChecked(True)  # offline: the installer watched 0 A elsewhere
    wizard.next()
    assert wizard.currentId() == PAGE_VERIFY
    assert "not connected" in wizard.verify.result.text()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    html = wizard.summary.summary_html()
    assert "400 A" in html and "30 in series → table entry 32" in html
    assert "1 OFF, 2 OFF, 3 ON, 4 OFF, 5 OFF, 6 OFF, 7 ON, 8 OFF" in html
    pdf, png = tmp_path / "record.pdf", tmp_path / "record.png"
    wizard.summary.export_pdf(str(pdf))
    wizard.summary.export_png(str(png))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 840 and image.height() > 600


def test_summary_prints_through_a_print_dialog(wizard, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    walk_offline(wizard, (False,) * 8)
    wizard.calibrate.skip.setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    wizard.summary.print_button.click()
    dialog = wizard.summary._dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()  # open(), not a blocking exec()
    dialog.reject()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    wizard.summary.print_to(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF") and len(printed) > 2000


def test_export_error_is_shown(wizard, tmp_path):
    walk_offline(wizard, (False,) * 8)
    wizard.summary._save("png", str(tmp_path / "missing-folder" / "x.png"))
    assert "Could not save" in wizard.summary.status.text()


def set_board(battery, positions, switches=range(1, 9)):
    for n in switches:
        if battery.switches[n - 1] != positions[n - 1]:
            battery.set_switch(n, positions[n - 1])


def test_end_to_end_against_the_simulator(qtbot, battery, sim_bridge):
    """The installer's walk: every switch flipped on the simulated IN board as the wizard draws it.

    The app side is SimLinkBridge: the simulator's real ASCII stream bytes → StreamDecoder → LiveState,
    in simulated time, so the auto zero can run for seconds at no cost. test_wizard_device_bridge.py
    walks the same path through the app's real DeviceBridge and session in real time.
    """
    original = tuple(battery.switches)
    assert battery.cell_count == 16 and battery.hidden_sensor_a == 100 and battery.hidden_cells == 16
    # The installer has fitted 22 cell boards; the IN board still holds the factory 16. The BMS
    # reports the cells it finds (the simulator's reading of the manual, docs/simulator.md).
    battery.resize(22)
    sim_bridge.advance(3)
    w = HiddenSettingsWizard(sim_bridge)
    qtbot.addWidget(w)
    w.show()
    assert w.choose.cells.value() == 22  # taken from the reported cell count
    choose(w, 250, 22)
    w.next()

    # 2. record: the BMS fills in V bypass (2, 6, 7) at once and the message rate (1) after a few messages
    sim_bridge.advance(4)
    drawn = w.record.dip.positions()
    assert (drawn[0], drawn[1], drawn[5], drawn[6]) == (original[0], original[1], original[5], original[6])
    assert set(w.state.prefilled) == {1, 2, 6, 7}
    for n in range(1, 9):
        w.record.dip.setSwitch(n, battery.switches[n - 1])  # the rest by looking at the board
    w.record.confirm.setChecked(True)
    w.next()

    # 3. set 1-7 like the drawing
    target = w.set_page.dip.positions()
    set_board(battery, target, range(1, 8))
    w.set_page.confirm.setChecked(True)
    w.next()

    # 4. switch 8 ON, then OFF: the simulated BMS stores 250 A / 24 cells
    assert w.toggle.dip_on.positions() == target[:7] + (True,)
    battery.set_switch(8, True)
    battery.set_switch(8, False)
    w.toggle.confirm.setChecked(True)
    w.next()

    # 5. put them back as recorded
    assert w.restore.dip.positions() == original
    set_board(battery, w.restore.dip.positions())
    w.restore.confirm.setChecked(True)
    w.next()

    # 6. auto zero with no current flowing; the live current goes to 0
    assert w.currentId() == PAGE_CALIBRATE
    battery.solar_override_w = 0.0
    battery.load_override_w = 0.0
    battery.set_switch(4, True)
    sim_bridge.advance(10)
    assert w.calibrate.current.text().endswith("— zero"), w.calibrate.current.text()
    assert w.calibrate.current.icon_name() == "check"
    battery.set_switch(4, original[3])
    w.calibrate.confirm.setChecked(True)
    w.next()

    # 7. verify: the new count reaches the app through the stream
    sim_bridge.advance(6)
    assert battery.hidden_cells == 24 and battery.hidden_sensor_a == 250  # table entry above 22
    assert battery.cell_count == 22 and sim_bridge.live.cell_count == 22
    assert w.state.verified_ok is True, w.verify.result.text()
    assert "22 cells" in w.verify.result.text() and w.verify.result.icon_name() == "check"
    assert tuple(battery.switches) == original
    w.next()
    assert w.currentId() == PAGE_SUMMARY
    assert "250 A" in w.summary.summary_html() and "done" in w.summary.summary_html()


def test_forgotten_toggle_is_explained(qtbot, battery, sim_bridge):
    w = HiddenSettingsWizard(sim_bridge)
    qtbot.addWidget(w)
    w.show()
    choose(w, 100, 48)
    w.next()
    for box in (w.record.confirm, w.set_page.confirm, w.toggle.confirm, w.restore.confirm):
        box.setChecked(True)
        w.next()
    w.calibrate.skip.setChecked(True)  # the sensor type did not change
    w.next()
    sim_bridge.advance(2)
    assert w.state.verified_ok is False
    assert "reports 16 cells, but you chose 48" in w.verify.result.text()
    assert w.verify.result.icon_name() == "cross"  # shown as an error, not as plain text
    assert "toggle switch 8 again" in w.verify.details.text()


def test_defaults_are_the_factory_sensor_and_16_cells_offline(wizard):
    assert wizard.choose.sensor.currentData() == 100 and wizard.choose.cells.value() == 16
    assert (wizard.state.sensor_a, wizard.state.cells) == (100, 16)
