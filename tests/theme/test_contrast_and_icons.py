"""Dark-theme visibility (palette numbers), the status icons that replace font glyphs, and the proxy style."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from smartbms_gui.views import theme


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    theme.apply_theme(qapp, "light")


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # WebAIM's published figure for #767676 on white is 4.54:1
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_check_box_and_radio_outlines_stand_out_from_the_window(mode):
    colours = theme.colours(mode)
    assert theme.contrast_ratio(colours["indicator_border"], colours["window"]) >= 3.0
    # the box's inside (base) is told apart by the outline, not by its own shade
    assert theme.contrast_ratio(colours["indicator_border"], colours["base"]) >= 3.0


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_unlit_warning_lights_and_idle_marks_stand_out_from_the_window(qapp, mode):
    theme.apply_theme(qapp, mode)
    window = theme.colours(mode)["window"]
    for style in (theme.warning_light_style(False), theme.warning_light_style(True), theme.relay_style(True),
                  theme.relay_style(False), theme.BUSY_STYLE, theme.INFO_STYLE):
        assert theme.contrast_ratio(style.colour, window) >= 3.0, (style.text, style.colour, window)


def test_every_status_icon_loads_and_paints_in_the_colour_asked_for(qapp):
    for name in theme.STATUS_ICONS:
        pixmap = theme.status_pixmap(name, "#C0392B", 32)
        assert not pixmap.isNull() and pixmap.size() == QSize(32, 32)
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        opaque = [QColor(image.pixel(x, y)) for x in range(32) for y in range(32)
                  if QColor.fromRgba(image.pixel(x, y)).alpha() == 255]
        assert len(opaque) > 20, name  # something is drawn, not an empty square
        wanted = QColor("#C0392B")
        # (antialiased edges that end up opaque may be off by a rounding step)
        assert all(max(abs(c.red() - wanted.red()), abs(c.green() - wanted.green()),
                       abs(c.blue() - wanted.blue())) <= 2 for c in opaque), name


def test_a_missing_icon_is_named(qapp):
    with pytest.raises(theme.ThemeError, match="status icon 'nope' is missing"):
        theme.status_pixmap("nope", "#000000", 16)


def test_every_state_style_has_an_icon_of_its_own_shape(qapp):
    styles = [*theme.CELL_STATE_STYLE.values(), *theme.WARNING_LIGHT_STYLE.values(),
              *theme.RELAY_STYLE.values()]
    assert all(s.icon in theme.STATUS_ICONS for s in styles)
    assert theme.warning_light_style(True).icon != theme.warning_light_style(False).icon
    assert theme.relay_style(True).icon != theme.relay_style(False).icon
    assert len({s.icon for s in theme.CELL_STATE_STYLE.values()}) == 3
    assert not theme.relay_style(True).pixmap(16, 2.0).isNull()


def test_dialog_buttons_carry_no_icons(qapp):
    """Where a desktop gives OK and Cancel icons, the app's dialogs take them off as they are made."""
    theme.apply_theme(qapp, "light")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    question = QMessageBox(QMessageBox.Icon.Question, "Remove", "Remove it?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    for dialog in (box, question):
        for button in dialog.buttons():  # as a desktop that shows icons on dialog buttons makes them
            button.setIcon(theme.status_icon("check", "#000000"))
        assert not any(button.icon().isNull() for button in dialog.buttons())
        theme.without_button_icons(dialog)
        assert all(button.icon().isNull() for button in dialog.buttons())
    # not by a style hint: Qt asks the app style for hints thousands of times while the window starts,
    # and a Python override makes each a call into Python
    assert "styleHint" not in vars(theme.AppStyle)


@pytest.mark.parametrize("kind, element", [(QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
                                           (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator)])
def test_an_unchecked_box_shows_its_outline_on_the_dark_window(qapp, kind, element):
    theme.apply_theme(qapp, "dark")
    box = kind("x")
    box.setChecked(False)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = qapp.style().subElementRect(element, option, box)
    window = QColor(theme.DARK_COLOURS["window"])
    # only the indicator's own pixels: some of them (its outline) stand out from the window
    pixels = [QColor(image.pixel(x, y)) for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1)]
    assert max(theme.contrast_ratio(p, window) for p in pixels) >= 3.0
    box.deleteLater()
