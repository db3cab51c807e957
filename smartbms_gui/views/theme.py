"""Light and dark themes, and the named colours + shapes every screen uses for battery states.

One Fusion-based palette per mode, so the app looks the same on Windows, macOS and Linux, and
"system" follows the OS colour scheme (Qt 6.5+ ``QStyleHints.colorScheme()``), also when it
changes while the app runs.

Status styles (cells, warning lights, relays) never rely on colour alone: each state also has its
own symbol and its own word, so colour-blind installers can read them. The colours follow the
maker's app (green safe, yellow balancing, red out of range) in tints from the Okabe-Ito
colour-blind-safe set.

The symbols also exist as SVG icons (``resources/icons/status/``, drawn in the state's colour by
``status_pixmap``): a minimal Linux install may lack the fonts that hold glyphs such as ✔ ✖ ● ○, and
would show boxes instead. Screens that show a state mark use the icon; ``symbol`` stays for text
(tooltips, copied text) and for code that paints letters itself.

Fusion is wrapped in a small proxy style (``AppStyle``): check boxes and radio buttons get a border
that stands out from the window in both themes (≥ 3:1 contrast, ``INDICATOR_BORDER``), dialog
buttons carry no icons (Qt's built-in OK/Cancel icons are low-resolution and appear on X11 only),
group boxes are drawn as cards and the focused control gets a focus ring.

Every colour, size and spacing comes from ``design_tokens`` (docs/design.md); ``token()`` reads a
colour token for the theme shown now, ``token_style()`` writes a style sheet with tokens that follows
the theme.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMargins,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QStyleOptionTab,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

import smartbms_gui
from smartbms_gui import qt_env
from smartbms_gui.views import design_tokens as tokens

MODES = ("light", "dark", "system")


class ThemeError(ValueError):
    """An unknown theme mode was asked for."""


# --- status styles -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusStyle:
    """How one state looks: a colour per theme, a symbol that differs in shape, and a word."""

    light: str  # colour on a light background (hex)
    dark: str  # colour on a dark background (hex)
    symbol: str  # a shape that differs between states, so colour is never the only cue
    text: str  # English source text; show it through label()
    context: str = "Status"
    icon: str = ""  # the same shape as an SVG in resources/icons/status (see status_pixmap)

    @property
    def colour(self) -> str:
        """The colour for the theme in use now."""
        return self.dark if effective_mode() == "dark" else self.light

    def qcolor(self) -> QColor:
        return QColor(self.colour)

    def label(self) -> str:
        """The state's word in the user's language."""
        return QCoreApplication.translate(self.context, self.text)

    def badge(self) -> str:
        """Symbol and word together, e.g. "▲ Out of range"."""
        return f"{self.symbol} {self.label()}"

    def pixmap(self, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
        """The state's icon in the state's colour (for the theme in use now)."""
        return status_pixmap(self.icon, self.colour, size, device_pixel_ratio)


# The colours come from the design tokens (design_tokens.COLOURS: "ok", "caution", "danger", "off",
# "info"), so tiles, lights, relays, the overview, plots and settings draw a state in one colour.
def _token_pair(name: str) -> tuple[str, str]:
    return tokens.COLOURS["light"][name], tokens.COLOURS["dark"][name]


# Keys are the lower-case names of protocol.status.CellState (OK, BALANCING, OUT_OF_RANGE).
CELL_STATE_STYLE: dict[str, StatusStyle] = {
    "ok": StatusStyle(*_token_pair("ok"), "●", QT_TRANSLATE_NOOP("CellState", "OK"), "CellState", "dot"),
    "balancing": StatusStyle(
        *_token_pair("caution"), "◆", QT_TRANSLATE_NOOP("CellState", "Balancing"), "CellState", "diamond"
    ),
    "out_of_range": StatusStyle(
        *_token_pair("danger"), "▲", QT_TRANSLATE_NOOP("CellState", "Out of range"), "CellState", "arrow-up"
    ),
}

# A warning light (E, Vh, Vl, Th, Tl) lit or dark: filled versus hollow as well as red versus grey.
# The grey of an unlit light keeps ≥ 4.5:1 contrast with the window in both themes (test_design_tokens).
WARNING_LIGHT_STYLE: dict[bool, StatusStyle] = {
    True: StatusStyle(*_token_pair("danger"), "●", QT_TRANSLATE_NOOP("WarningLight", "On"), "WarningLight",
                      "dot"),
    False: StatusStyle(*_token_pair("off"), "○", QT_TRANSLATE_NOOP("WarningLight", "Off"), "WarningLight",
                       "ring"),
}

# Charge / load relay: allowed (closed) or blocked (open).
RELAY_STYLE: dict[bool, StatusStyle] = {
    True: StatusStyle(*_token_pair("ok"), "✔", QT_TRANSLATE_NOOP("Relay", "Allowed"), "Relay", "check"),
    False: StatusStyle(*_token_pair("danger"), "✖", QT_TRANSLATE_NOOP("Relay", "Blocked"), "Relay", "cross"),
}

# Marks that are not a battery state: the link (busy, idle) and notes on a page.
BUSY_STYLE = StatusStyle(*_token_pair("caution"), "◔", QT_TRANSLATE_NOOP("Status", "Busy"), "Status", "busy")
INFO_STYLE = StatusStyle(*_token_pair("info"), "ⓘ", QT_TRANSLATE_NOOP("Status", "Note"), "Status", "info")
WARNING_STYLE = StatusStyle(*_token_pair("danger"), "⚠", QT_TRANSLATE_NOOP("Status", "Warning"), "Status",
                            "warning")


def _state_key(state: object) -> str:
    if isinstance(state, enum.Enum):
        return state.name.lower()
    return str(state).lower()


def cell_state_style(state: object) -> StatusStyle:
    """The style for a ``protocol.status.CellState`` member or its name ("ok", "balancing", ...)."""
    key = _state_key(state)
    try:
        return CELL_STATE_STYLE[key]
    except KeyError:
        raise ThemeError(f"no style for cell state {state!r}; known: {', '.join(CELL_STATE_STYLE)}") from None


def warning_light_style(on: bool) -> StatusStyle:
    return WARNING_LIGHT_STYLE[bool(on)]


def relay_style(allowed: bool) -> StatusStyle:
    return RELAY_STYLE[bool(allowed)]


# --- icons ---------------------------------------------------------------------------------------

ICON_DIR = Path(smartbms_gui.__file__).resolve().parent / "resources" / "icons"
STATUS_ICON_DIR = ICON_DIR / "status"
NAV_ICON_DIR = ICON_DIR / "nav"
#: Every status icon the app ships (file stem in STATUS_ICON_DIR).
STATUS_ICONS = ("check", "cross", "dot", "ring", "busy", "warning", "info", "arrow-up", "arrow-down",
                "diamond", "replay", "lock", "edit")
#: Every navigation icon (file stem in NAV_ICON_DIR); "page" is the one for a page without its own.
NAV_ICONS = ("overview", "details", "settings", "plots", "history", "switches", "simulator", "events",
             "site", "page")
DEFAULT_NAV_ICON = "page"
_ICON_SETS = {"status": (STATUS_ICON_DIR, STATUS_ICONS), "nav": (NAV_ICON_DIR, NAV_ICONS)}


@cache
def _svg_source(name: str, kind: str = "status") -> bytes:
    folder, known = _ICON_SETS[kind]
    path = folder / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ThemeError(f"{kind} icon {name!r} is missing ({path}); known: {', '.join(known)}") from exc


@lru_cache(maxsize=512)
def _render_svg(name: str, kind: str, colour: str, size: int, device_pixel_ratio: float) -> QPixmap:
    svg = _svg_source(name, kind).replace(b"currentColor", colour.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ThemeError(f"{kind} icon {name!r} is not a valid SVG")
    pixels = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def status_pixmap(name: str, colour: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A status icon drawn in `colour`, `size` logical pixels square (sharp at the given pixel ratio).

    Drawn with QSvgRenderer rather than an image plugin, so it does not depend on Qt's SVG icon
    engine being deployed. The SVGs paint in ``currentColor``, which is replaced by `colour`.
    """
    return _render_svg(name, "status", colour, size, device_pixel_ratio)


def nav_pixmap(name: str, colour: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A navigation icon (resources/icons/nav) drawn like `status_pixmap`: rendered from the SVG at
    ``size × device_pixel_ratio`` pixels, so it stays crisp at 150 % and 200 % scaling."""
    return _render_svg(name, "nav", colour, size, device_pixel_ratio)


def nav_icon(name: str, colour: str, size: int = 16) -> QIcon:
    """A QIcon of a navigation icon (menus), at 1×, 1.5× and 2×."""
    icon = QIcon()
    for ratio in (1.0, 1.5, 2.0):
        icon.addPixmap(nav_pixmap(name, colour, size, ratio))
    return icon


def status_icon(name: str, colour: str, size: int = 16) -> QIcon:
    """A QIcon of a status icon (for buttons, list items), at 1× and 2×."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(status_pixmap(name, colour, size, ratio))
    return icon


# --- contrast ------------------------------------------------------------------------------------

def relative_luminance(colour: str | QColor) -> float:
    """WCAG 2 relative luminance of a colour (0 black … 1 white)."""
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21 (3:1 is the minimum for borders and icons, 4.5:1 for text)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --- palettes ------------------------------------------------------------------------------------

def _palette(colours: dict[str, str], disabled_text: str) -> QPalette:
    roles = {
        "window": QPalette.ColorRole.Window,
        "window_text": QPalette.ColorRole.WindowText,
        "base": QPalette.ColorRole.Base,
        "alternate_base": QPalette.ColorRole.AlternateBase,
        "tooltip_base": QPalette.ColorRole.ToolTipBase,
        "tooltip_text": QPalette.ColorRole.ToolTipText,
        "placeholder": QPalette.ColorRole.PlaceholderText,
        "text": QPalette.ColorRole.Text,
        "button": QPalette.ColorRole.Button,
        "button_text": QPalette.ColorRole.ButtonText,
        "bright_text": QPalette.ColorRole.BrightText,
        "light": QPalette.ColorRole.Light,
        "midlight": QPalette.ColorRole.Midlight,
        "mid": QPalette.ColorRole.Mid,
        "dark": QPalette.ColorRole.Dark,
        "shadow": QPalette.ColorRole.Shadow,
        "highlight": QPalette.ColorRole.Highlight,
        "highlighted_text": QPalette.ColorRole.HighlightedText,
        "link": QPalette.ColorRole.Link,
        "link_visited": QPalette.ColorRole.LinkVisited,
    }
    palette = QPalette()
    for name, role in roles.items():
        palette.setColor(role, QColor(colours[name]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.HighlightedText, QColor(disabled_text))
    return palette


def _palette_colours(mode: str) -> dict[str, str]:
    """The palette roles (and a few drawing colours) of a theme, from the design tokens."""
    t = tokens.COLOURS[mode]
    # Fusion's bevel shades are not part of the design; they only have to suit the window colour.
    bevels = ({"light": "#FFFFFF", "midlight": "#E0E3E7", "mid": "#B8BDC5", "dark": "#9FA5AE",
               "shadow": "#767C85"} if mode == "light" else
              {"light": "#5A5F66", "midlight": "#474B51", "mid": "#2A2D31", "dark": "#1A1C1F",
               "shadow": "#000000"})
    return {
        "window": t["window"], "window_text": t["text"], "base": t["field"],
        "alternate_base": t["surface_alt"], "tooltip_base": t["tooltip"], "tooltip_text": t["tooltip_text"],
        "placeholder": t["placeholder"], "text": t["text"], "button": t["button"],
        "button_text": t["text"], "bright_text": t["danger"], **bevels,
        "highlight": t["accent"], "highlighted_text": t["on_accent"], "link": t["link"],
        "link_visited": t["link_visited"],
        "indicator_border": t["control_border"],  # check box / radio button outline (AppStyle)
        "gauge_track": t["gauge_track"],  # the empty part of a ring gauge
        "disabled_text": t["disabled_text"],
        "surface": t["surface"], "border": t["border"], "focus": t["focus"],
    }


LIGHT_COLOURS = _palette_colours("light")
DARK_COLOURS = _palette_colours("dark")


def light_palette() -> QPalette:
    return _palette(LIGHT_COLOURS, LIGHT_COLOURS["disabled_text"])


def dark_palette() -> QPalette:
    return _palette(DARK_COLOURS, DARK_COLOURS["disabled_text"])


# Plot colours (pyqtgraph background / foreground) per effective mode.
PLOT_COLOURS = {
    mode: {"background": tokens.COLOURS[mode]["plot_background"],
           "foreground": tokens.COLOURS[mode]["plot_foreground"]}
    for mode in ("light", "dark")
}


def colours(mode: str | None = None) -> dict[str, str]:
    """The named colours of a theme ("light" / "dark"; default: the one shown now)."""
    return DARK_COLOURS if (mode or effective_mode()) == "dark" else LIGHT_COLOURS


def token(name: str, mode: str | None = None) -> str:
    """A colour token of design_tokens.COLOURS for the theme shown now (or `mode`)."""
    return tokens.colour(name, mode or effective_mode())


class _TokenStyle(QObject):
    """A widget's style sheet written with colour tokens ($danger, $text_muted …), redone on every
    theme change. A child of the widget, so the connection ends with it."""

    def __init__(self, widget: QWidget, template: str) -> None:
        super().__init__(widget)
        self.setObjectName("tokenStyle")
        self._template = Template(template)
        theme_changed().connect(self.apply)
        self.apply()

    def set_template(self, template: str) -> None:
        self._template = Template(template)
        self.apply()

    def apply(self, *_args) -> None:
        self.parent().setStyleSheet(self._template.substitute(tokens.COLOURS[effective_mode()]))


def without_button_icons(dialog: QMessageBox | QDialogButtonBox) -> None:
    """A dialog's buttons carry words, no icons (some Linux desktops give OK and Cancel icons): cleared
    where each dialog is made. Not by overriding the style hint Qt asks for that: Qt asks the app
    style for its hints some 2000 times while the window starts, and with AppStyle's override each
    question was a call into Python (about 7 ms of the start, measured)."""
    for button in dialog.buttons():
        button.setIcon(QIcon())


def token_style(widget: QWidget, template: str) -> None:
    """Style `widget` with a style sheet that names colour tokens as ``$name`` (follows the theme)."""
    old = widget.findChild(_TokenStyle, "tokenStyle", Qt.FindChildOption.FindDirectChildrenOnly)
    if old is not None:  # a new sheet replaces the old one
        old.set_template(template)
    else:
        _TokenStyle(widget, template)


# --- style ---------------------------------------------------------------------------------------

class AppStyle(QProxyStyle):
    """Fusion with check box / radio button outlines that show in the dark theme, cards and focus rings
    (dialog buttons lose their icons where the dialogs are made: `without_button_icons`)."""

    _OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                 QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    # Controls whose focus AppStyle rings (lists, tables, plots and the custom widgets show their own).
    _RINGED_CONTROLS = (QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_CheckBox,
                        QStyle.ControlElement.CE_RadioButton)
    _RINGED_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox,
                       QStyle.ComplexControl.CC_Slider, QStyle.ComplexControl.CC_ToolButton)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_FrameGroupBox:
            self._draw_card(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            return  # Fusion's dotted/faint focus rectangle: the ring below replaces it
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and widget is not None \
                and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            super().drawPrimitive(element, option, painter, widget)
            if widget.property("invalid"):
                self._draw_invalid_frame(option, painter)  # (before the ring: the ring stays on top)
            self._draw_focus_ring(option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED:
            return
        # Fusion outlines the box in the window colour darkened by 40 %: on a dark window that is
        # almost black on near-black. Draw our own outline on top, in both themes for one look.
        border = QColor(colours()["indicator_border"])
        if not option.state & QStyle.StateFlag.State_Enabled:
            border.setAlpha(110)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()

    # A check box or radio button is ringed around its whole rectangle, so it is that much larger and
    # its box and label are drawn that far in: Fusion draws the box at the very edge, where the ring
    # would run over it.
    _RING_ROOM = tokens.FOCUS_RING["width"] + tokens.FOCUS_RING["margin"]  # the ring and its gap to the box
    _RING_MARGINS = QMargins(_RING_ROOM, _RING_ROOM, _RING_ROOM, _RING_ROOM)
    _ROOMY = {QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton}
    _DRAWN_IN = {QStyle.ControlElement.CE_CheckBox, QStyle.ControlElement.CE_RadioButton}

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:  # noqa: N802
        found = super().sizeFromContents(kind, option, size, widget)
        if kind in self._ROOMY:
            return found.grownBy(self._RING_MARGINS)
        return found

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        drawn = option
        if element in self._DRAWN_IN and isinstance(option, QStyleOptionButton):
            drawn = QStyleOptionButton(option)
            drawn.rect = option.rect.marginsRemoved(self._RING_MARGINS)
        elif (element == QStyle.ControlElement.CE_TabBarTabLabel and isinstance(option, QStyleOptionTab)
              and not option.state & QStyle.StateFlag.State_Selected):
            # Fusion moves a tab that is not selected down and clips its label to the moved rectangle:
            # the dots of a capital umlaut ("Überlagert"), drawn above the font's ascent, were cut off.
            # The label's rectangle reaches up by that shift again; the text stays where it was.
            drawn = QStyleOptionTab(option)
            shift = self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget)
            drawn.rect = option.rect.adjusted(0, -shift, 0, 0)
        super().drawControl(element, drawn, painter, widget)
        if element in self._RINGED_CONTROLS:
            self._draw_focus_ring(option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in self._RINGED_COMPLEX:
            self._draw_focus_ring(option, painter, widget)

    @staticmethod
    def _draw_invalid_frame(option, painter) -> None:
        """A field whose value cannot be applied (its "invalid" property): its frame in the danger
        token; on a focused field just inside the focus ring, so both show."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(token("danger")), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        inset = tokens.FOCUS_RING["width"] + 0.75 if focused else 0.75
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2.0, 2.0)
        painter.restore()

    @staticmethod
    def _draw_focus_ring(option, painter, widget) -> None:
        """The focus ring: 2 px in the "focus" token around a focused control, in both themes.

        Drawn by the style (not by a widget following QApplication.focusChanged, whose dying-widget
        arguments are unsafe to wrap in Python), inside the control's own rectangle.
        """
        if not option.state & QStyle.StateFlag.State_HasFocus or widget is None or not widget.hasFocus():
            return
        if widget.window().windowType() == Qt.WindowType.Popup:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = tokens.FOCUS_RING["width"]
        painter.setPen(QPen(QColor(token("focus")), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        rect = QRectF(widget.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, tokens.RADIUS["s"], tokens.RADIUS["s"])
        painter.restore()

    @staticmethod
    def _draw_card(option, painter) -> None:
        """A group box is a card: the surface colour, a hairline border, rounded corners (tokens)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(token("border")), 1))
        painter.setBrush(QColor(token("surface")))
        radius = tokens.RADIUS["m"]
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.restore()


_app_style: AppStyle | None = None


# --- applying ------------------------------------------------------------------------------------

class _ThemeState(QObject):
    """Holds the chosen mode and tells listeners when the effective look changed."""

    changed = Signal(str)  # the effective mode, "light" or "dark"

    def __init__(self) -> None:
        super().__init__()
        self.mode = "system"
        self.effective = "light"
        self.following_os = False


@cache
def _theme_state() -> _ThemeState:
    return _ThemeState()


def theme_changed() -> Signal:
    """A signal emitted with "light" or "dark" after every apply (connect pages that paint colours)."""
    return _theme_state().changed


def current_mode() -> str:
    """The mode last asked for: "light", "dark" or "system"."""
    return _theme_state().mode


def effective_mode() -> str:
    """What is shown now: "light" or "dark" ("system" resolved)."""
    return _theme_state().effective


def system_prefers_dark(app: QGuiApplication | None = None) -> bool:
    app = app or QGuiApplication.instance()
    if app is None:
        return False
    hints = app.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def _resolve(mode: str, app: QGuiApplication) -> str:
    if mode == "system":
        return "dark" if system_prefers_dark(app) else "light"
    return mode


def apply_theme(app: QApplication, mode: str = "system") -> str:
    """Apply a theme to the whole app; returns the effective mode ("light" or "dark").

    ``mode`` is "light", "dark" or "system" (follow the OS, also when it changes later).
    """
    if mode not in MODES:
        raise ThemeError(f"unknown theme {mode!r}; choose one of: {', '.join(MODES)}")
    state = _theme_state()
    state.mode = mode
    effective = _resolve(mode, app)
    state.effective = effective

    global _app_style
    if _app_style is None or app.style() is not _app_style:
        _app_style = AppStyle()
        app.setStyle(_app_style)
    app.setPalette(dark_palette() if effective == "dark" else light_palette())

    hints = app.styleHints()
    if mode == "system" and not state.following_os and hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_os(app))
        state.following_os = True

    _apply_plot_colours(app, effective)
    state.changed.emit(effective)
    return effective


def _follow_os(app: QApplication) -> None:
    if current_mode() == "system":
        apply_theme(app, "system")


def _apply_plot_colours(app: QApplication, effective: str) -> None:
    """Set pyqtgraph's defaults and restyle plots that already exist, only if pyqtgraph is in use."""
    if "pyqtgraph" not in sys.modules:
        return
    qt_env.prepare()
    import pyqtgraph as pg

    colours = PLOT_COLOURS[effective]
    pg.setConfigOptions(background=colours["background"], foreground=colours["foreground"])
    import shiboken6

    # Walk the live widget trees, not app.allWidgets(): that list also holds widgets whose deletion
    # is under way (a page closed in the same event loop turn), and touching one of those crashed.
    views: list = []
    for top in app.topLevelWidgets():
        if shiboken6.isValid(top):
            views += [top] if isinstance(top, pg.GraphicsView) else []
            views += top.findChildren(pg.GraphicsView)
    for widget in views:
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, pg.PlotWidget):
            colour_plot(widget, effective)
        elif isinstance(widget, pg.GraphicsView):
            widget.setBackground(colours["background"])


def colour_plot(widget, mode: str) -> None:
    """A pyqtgraph PlotWidget in the theme's plot colours: background, axes and their text. A plot
    made after the start needs this itself: pyqtgraph's defaults are set only once it is loaded."""
    colours = PLOT_COLOURS[mode]
    widget.setBackground(colours["background"])
    for name in ("left", "bottom", "right", "top"):
        axis = widget.getPlotItem().getAxis(name)
        if axis is not None:
            axis.setPen(colours["foreground"])
            axis.setTextPen(colours["foreground"])
