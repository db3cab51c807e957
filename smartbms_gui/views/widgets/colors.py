"""Status colours for the painted widgets, taken from the theme's status styles (one source of truth)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from smartbms_gui.views import theme


def ok() -> QColor:  # green: in the safe range
    return theme.cell_state_style("ok").qcolor()


def balancing() -> QColor:  # yellow: above V bypass, bypass resistor on
    return theme.cell_state_style("balancing").qcolor()


def out_of_range() -> QColor:  # red: above V max / below V min
    return theme.cell_state_style("out_of_range").qcolor()


def lit() -> QColor:
    return theme.warning_light_style(True).qcolor()


def unknown() -> QColor:  # grey: not received yet
    return theme.warning_light_style(False).qcolor()


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#111111") if luminance > 140 else QColor("#ffffff")


def stale_text(widget: QWidget) -> QColor:
    """The greyed text colour for values that are old."""
    return widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


def stale_text_on(background: QColor) -> QColor:
    """Greyed text that still reads on `background` (contrast about 5:1 on the themes' bases)."""
    return QColor("#A8A8A8") if background.lightness() < 128 else QColor("#666666")


def out_text(dark: bool) -> QColor:
    """Text for an out-of-range value on a tile tinted red (the state colour, readable as text)."""
    return QColor("#FF8A7D") if dark else QColor("#A52A1E")


# The heat map's shades, lowest to highest cell voltage: ColorBrewer "Blues" (light to dark), a hue
# none of the state colours (green, yellow, red) uses.
_SHADES = ("#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C")


def voltage_shade(fraction: float) -> QColor:
    """The heat map's colour at `fraction` (0 = the pack's lowest voltage, 1 = its highest)."""
    fraction = min(1.0, max(0.0, fraction)) * (len(_SHADES) - 1)
    i = min(int(fraction), len(_SHADES) - 2)
    a, b, t = QColor(_SHADES[i]), QColor(_SHADES[i + 1]), fraction - i
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


#: the widget property that holds the text colour `set_text_colour` gave it
_TEXT_COLOUR = "smartbmsTextColour"


def set_text_colour(widget: QWidget, colour: str | None) -> None:
    """Colour a widget's text (None: the application palette's again), touching the widget only on a
    change (live values arrive several times a second).

    Through the widget's palette, not a style sheet: a widget with a style sheet of its own is drawn
    through Qt's style-sheet style, whose polish and paint cost more on each of the dozens of values
    the Overview and Battery details colour (about 9 ms of the start, measured)."""
    colour = colour or None
    if widget.property(_TEXT_COLOUR) == colour:
        return
    widget.setProperty(_TEXT_COLOUR, colour)
    if colour is None:
        widget.setPalette(QPalette())  # no role of its own: all from the parent and the application
        return
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour))  # every colour group: active, inactive and disabled
    widget.setPalette(palette)


def text_colour(widget: QWidget) -> str | None:
    """The colour `set_text_colour` gave the widget's text (None: the palette's)."""
    return widget.property(_TEXT_COLOUR) or None
