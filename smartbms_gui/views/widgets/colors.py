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


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
