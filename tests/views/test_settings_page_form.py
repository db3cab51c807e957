"""The Settings form itself: before any connection, in German, with pending edits, and the side lists."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from settings_rig import PageRig

from smartbms_gui.protocol import params
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.settings_texts import range_text


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot)
    yield rig
    await rig.close()


@pytest.fixture
def english():
    i18n.install_translator(QApplication.instance(), "en")  # (en_US numbers: 6,553,500)


@pytest.fixture
def german():
    app = QApplication.instance()
    i18n.install_translator(app, "de")
    yield
    i18n.install_translator(app, "en")


def test_before_any_connection_nothing_claims_values_and_no_raw_numbers_show(english, rig):
    page = rig.page
    QApplication.processEvents()
    assert "no settings have been read" in page.banner.text() and "last ones read" not in page.banner.text()
    assert not page.save_button.isEnabled()
    for name, editor in page.editors.items():
        param = editor.param
        if param.kind != "number" or param.read_only:
            continue
        hint = editor.field.placeholderText()
        assert hint in ("", range_text(param).removesuffix(param.unit).strip()), (name, hint)
        assert "e+" not in hint and "e-" not in hint
        room = editor.field.width() - 8
        assert editor.field.fontMetrics().horizontalAdvance(hint) <= room, (name, hint)  # never cut off
    assert page.editors["capacity_wh"].field.placeholderText() == ""  # 100–6,553,500 does not fit
    assert page.editors["vmax_v"].field.placeholderText() == "2.000–5.000"
    bypass = page.editors["vbypass_v"]
    assert bypass.field.text() == "–" and bypass.unit.isHidden()  # no "– V"


async def test_german_shows_decimal_commas_takes_either_mark_and_fits_the_pin_hints(qtbot, german):
    rig = PageRig(qtbot)
    try:
        battery = await rig.simulator()
        page = rig.page
        vmax = battery.setting("vmax_v")
        assert page.editors["vmax_v"].field.text() == f"{vmax:.3f}".replace(".", ",")
        assert page.editors["vbypass_v"].field.text() == f"{battery.vbypass_v:.3f}".replace(".", ",")
        rig.type("vmax_v", "3,6")
        assert page.pending() == ({"vmax_v": 3.6}, {})
        rig.type("vmax_v", "3.6")  # a point works too
        assert page.pending() == ({"vmax_v": 3.6}, {})
        rig.type("vmax_v", f"{vmax:.2f}")  # the BMS's value typed another way is no change
        assert page.pending() == ({}, {})
        assert rig.texts(page.diff_list) == []
        rig.type("vmin_v", "2,8")
        assert rig.texts(page.diff_list)[0].endswith("→ 2,800 V")
        await _until_cells(rig, 16)
        page.calculator.ah.setValue(200)  # the user types the Ah of one cell
        assert page.calculator.result.text().startswith("<b>7.600 Wh</b> (10.240 Wh")  # German grouping
        pin = page.editors["pin"]
        for box in (pin.field, pin.repeat):
            hint = box.placeholderText()
            assert hint in ("neue PIN", "wiederholen")
            assert box.fontMetrics().horizontalAdvance(hint) <= box.width() - 8, hint
    finally:
        await rig.close()


async def test_the_capacity_advice_starts_from_the_connected_packs_cells(rig):
    page = rig.page
    calc = page.calculator
    # nothing known yet: no made-up 4 × 200 Ah advice and nothing to Use
    assert calc.cells.text() == "? cells" and calc.ah.text() == "type Ah"
    assert calc.advised_wh() == 0 and not calc.use_button.isEnabled()
    assert "LiFePO4 assumed" in calc.source.text()
    await rig.simulator(cells=16)
    await _until_cells(rig, 16)
    assert not calc.use_button.isEnabled() and "Type the Ah" in calc.result.text()
    calc.ah.setValue(200)
    assert calc.volts.value() == 3.2 and calc.use_button.isEnabled()
    assert calc.advised_wh() == 7600  # 16 × 200 Ah × 3.2 V × 0.75 = 7680 → 7600 Wh
    calc.cells.setValue(15)  # the user's count stays
    calc.set_pack_cells(16)
    assert calc.cells.value() == 15


async def test_the_capacity_advice_takes_the_gen3_chemistry_and_says_what_use_does_to_the_soc(rig):
    page = rig.page
    await rig.simulator(cells=16, generation=3)
    await _until_cells(rig, 16)
    calc = page.calculator
    from settings_rig import until

    await until(lambda: "LiFePO4 (LFP)" in calc.source.text(), what="the battery's chemistry")
    [result] = await rig.bridge.session.write_settings({"chemistry": 3})  # Li-ion NMC, read back
    assert result.ok, result
    await until(lambda: calc.volts.value() == 3.7, what="the NMC nominal voltage")
    assert "Li-ion NMC" in calc.source.text()
    calc.ah.setValue(100)  # 16 × 100 Ah × 3.7 V × 0.75 = 4440 → 4400 Wh
    assert calc.advised_wh() == 4400
    stored, capacity = rig.bridge.live.get("stored_wh"), rig.bridge.live.settings["capacity_wh"]
    assert stored is not None and capacity
    calc.set_energy(stored, capacity)
    text = calc.effect.text()
    if stored > 4400:
        assert "stick at 100 %" in text
    else:
        assert text.startswith("With this capacity the SoC would read about")
    calc.use_button.click()  # pending only: nothing is written until Apply
    assert page.pending()[0] == {"capacity_wh": 4400.0}


async def _until_cells(rig, count):
    from settings_rig import until

    await until(lambda: rig.bridge.live.cell_count == count, what=f"{count} cells")
    await until(lambda: rig.page.calculator.cells.value() == count, what="the calculator")


async def test_pending_edits_are_marked_in_the_form_and_the_side_lists_take_their_natural_size(rig):
    await rig.simulator()
    page = rig.page
    QApplication.processEvents()
    assert not page.diff_list.isVisible() and not page.issue_list.isVisible()
    assert not page.result_list.isVisible() and not page.problems_heading.isVisible()
    assert page.pending_heading.text() == "<b>Pending changes:</b> none"
    label, field = page.row_labels["vmin_v"], page.editors["vmin_v"].field
    assert not label.font().bold() and not field.font().bold()
    rig.type("vmin_v", "2.8")
    rig.type("vmax_v", "3.45")  # below V bypass: a problem
    QApplication.processEvents()
    assert label.font().bold() and field.font().bold() and "not written until" in label.toolTip()
    assert page.row_labels["vmax_v"].font().bold()
    assert not page.row_labels["tmax_c"].font().bold()
    for box in (page.diff_list, page.issue_list):
        assert box.isVisible()
        rows = [box.visualItemRect(box.item(i)) for i in range(box.count())]
        assert rows[-1].bottom() <= box.viewport().height()  # every item shows, no scrolling
        assert box.height() < page.height() / 3  # not the whole column
    page.revert()
    QApplication.processEvents()
    assert not label.font().bold() and not field.font().bold()
    assert not page.diff_list.isVisible()




async def test_a_field_whose_value_cannot_be_applied_is_framed_in_the_danger_colour(rig):
    from PySide6.QtGui import QColor

    from smartbms_gui.views import theme

    theme.apply_theme(QApplication.instance(), "light")  # the frame is the app style's
    await rig.simulator()
    page = rig.page
    vmin, tmin, vmax = (page.editors[n].field for n in ("vmin_v", "tmin_charge_c", "vmax_v"))
    rig.type("vmin_v", "3.9")  # above V bypass: a cross-field error on the edited field
    rig.type("tmin_charge_c", "abc")  # not a number
    rig.type("vmax_v", "3.6")  # edited and fine
    QApplication.processEvents()
    assert vmin.property("invalid") and tmin.property("invalid") and not vmax.property("invalid")

    def danger_pixels(field) -> int:
        image = field.grab().toImage()
        danger = QColor(theme.token("danger"))
        edges = [*range(6), *range(image.width() - 6, image.width())]  # (inside the ring when focused)
        return sum(1 for y in range(image.height()) for x in edges
                   if max(abs(image.pixelColor(x, y).red() - danger.red()),
                          abs(image.pixelColor(x, y).green() - danger.green()),
                          abs(image.pixelColor(x, y).blue() - danger.blue())) < 60)

    assert danger_pixels(vmin) > 10 and danger_pixels(tmin) > 10 and danger_pixels(vmax) == 0
    rig.type("tmin_charge_c", "2")  # fixed: the frame goes
    QApplication.processEvents()
    assert not tmin.property("invalid") and danger_pixels(tmin) == 0
    page.revert()
    QApplication.processEvents()
    assert not vmin.property("invalid")


@pytest.mark.parametrize("language, signs", [("en", {"group_sign": ","}),
                                             ("de", {"decimal_sign": ",", "group_sign": "."})])
def test_the_window_formats_every_value_with_the_command_lines_formatter(language, signs):
    """One formatter (params.value_text) for window and command line; the window passes its locale's signs."""
    from smartbms_gui.views.settings_texts import format_value

    app = QApplication.instance()
    i18n.install_translator(app, language)
    try:
        for param in params.PARAMETERS:
            if param.kind != "number":
                continue
            for value in (param.minimum, param.maximum, param.quantise(param.default or param.minimum)):
                assert format_value(param, value) == params.value_text(param, value, **signs), param.name
    finally:
        i18n.install_translator(app, "en")
