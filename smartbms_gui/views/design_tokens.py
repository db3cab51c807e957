"""The design tokens: every spacing, type size, corner radius and colour the screens use, in one place.

No Qt here, only numbers and hex colours, so the rules can be checked (tests/theme/test_design_tokens.py
computes the text contrast of every pair below) and described (docs/design.md). `theme.py` turns
them into Qt palettes, the style and the status styles; pages read them through `theme` or directly
(`SPACE["m"]`, `colour("surface")`).

Colours are *semantic*: a widget asks for "surface" or "text_muted", never for a grey. Each token has
a light and a dark value; both themes are first-class and hold the same contrast rules:

* body text (``TEXT_PAIRS``) ≥ 4.5:1 on every background it is drawn on (WCAG 2 AA);
* the state colours are used as text too (a relay's "Allowed", a cell's "Balancing"), so they are
  held to 4.5:1 on the window and on cards as well;
* borders, icons and the focus ring (``NON_TEXT_PAIRS``) ≥ 3:1 on what surrounds them.
"""

from __future__ import annotations

# --- spacing, shape, type ------------------------------------------------------------------------

#: Spacing scale in logical pixels (a 4 px grid). Margins inside a card are "l", between cards "m",
#: between a label and its field "s"; page margins "l".
SPACE: dict[str, int] = {"xxs": 2, "xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}

#: Corner radii: fields and buttons "s", cards "m", the rail's selection pill "l".
RADIUS: dict[str, int] = {"s": 4, "m": 8, "l": 10}

#: Type scale as multiples of the system font's point size (the user's font setting is respected,
#: sizes grow with it). "value" and "display" are minimums: overview values grow with their card.
TYPE: dict[str, float] = {
    "caption": 0.9,  # ages, units, hints under a value
    "body": 1.0,  # labels, fields, tables
    "rail": 1.05,  # navigation labels
    "title": 1.15,  # card and group titles (bold)
    "heading": 1.4,  # a page's own heading, wizard step titles
    "value": 1.8,  # a live value on a card
    "display": 2.6,  # the overview's big numbers (SoC, watts)
}

#: Weight of a type step (QFont.Weight values: 400 normal, 600 demibold, 700 bold).
WEIGHT: dict[str, int] = {"caption": 400, "body": 400, "rail": 500, "title": 600, "heading": 600,
                          "value": 700, "display": 700}

#: Icon sizes in logical pixels (drawn from SVG at the screen's pixel ratio, so crisp at 150 %, 200 %).
ICON: dict[str, int] = {"inline": 16, "button": 18, "rail": 22, "card": 24}

#: The focus ring: width and the gap between the ring and the focused widget.
FOCUS_RING = {"width": 2, "margin": 2}

#: The navigation rail: row height and the width it never goes under (wider for long translations).
RAIL = {"row_height": 40, "min_width": 176}

# --- colours -------------------------------------------------------------------------------------

#: Colour tokens per theme. Keep both dicts with the same keys (a test checks it).
COLOURS: dict[str, dict[str, str]] = {
    "light": {
        # surfaces
        "window": "#EEF0F3",  # page background
        "surface": "#FFFFFF",  # cards, group boxes, fields
        "surface_alt": "#F6F7F9",  # alternate rows
        "field": "#FFFFFF",  # inputs
        "button": "#E3E6EA",
        "border": "#C4C9D1",  # card outline (decorative: cards are also told apart by their fill)
        "control_border": "#6B7280",  # check box / radio outline, ≥ 3:1 on window and field
        # text
        "text": "#1B1F24",
        "text_muted": "#545B66",  # captions, units, hints
        "placeholder": "#6B7280",
        "disabled_text": "#8A9099",  # disabled controls (exempt from 4.5:1, as WCAG allows)
        "link": "#1F5FA8",
        "link_visited": "#6A3FA0",
        "tooltip": "#FFFFFF",
        "tooltip_text": "#1B1F24",
        # accent and focus
        "accent": "#245FA6",  # selection, primary buttons
        "on_accent": "#FFFFFF",
        "focus": "#1F5FA8",  # the focus ring
        # the navigation rail (deep blue in both themes, like the IN board's switch body)
        "rail": "#17324D",
        "rail_text": "#DCE6F0",
        "rail_hover": "#21425F",
        "rail_selected": "#2F6FB3",
        "rail_selected_text": "#FFFFFF",
        "rail_indicator": "#CFE6FF",  # the bar beside the selected page (≥ 3:1 on the rail)
        # states shared by cell tiles, warning lights, relays, the overview, plots and settings
        "ok": "#007A5A",  # in range, allowed, written and read back
        "caution": "#8F5C00",  # balancing, busy, edited (amber dark enough to read as text)
        "danger": "#C0392B",  # out of range, blocked, a lit warning light, invalid
        "off": "#646B75",  # an unlit light, not writable, no data
        "info": "#1F5FA8",  # notes, a replay, discharging
        # drawings
        "gauge_track": "#C8CDD4",
        "plot_background": "#FFFFFF",
        "plot_foreground": "#303030",
    },
    "dark": {
        "window": "#1F2124",
        "surface": "#2A2D31",
        "surface_alt": "#25282B",
        "field": "#33373C",
        "button": "#3A3E44",
        "border": "#464B52",
        "control_border": "#A0A6AE",
        "text": "#E8EAED",
        "text_muted": "#A9AFB7",
        "placeholder": "#9AA0AA",
        "disabled_text": "#868C94",  # about 3:1 on a dark button (1.5:1 read as missing, not disabled)
        "link": "#7DB4F5",
        "link_visited": "#B591E8",
        "tooltip": "#33373C",
        "tooltip_text": "#E8EAED",
        "accent": "#3A78C2",
        "on_accent": "#FFFFFF",
        "focus": "#7DB4F5",
        "rail": "#15171A",
        "rail_text": "#C9CED6",
        "rail_hover": "#24282D",
        "rail_selected": "#2F5E96",
        "rail_selected_text": "#FFFFFF",
        "rail_indicator": "#7DB4F5",
        "ok": "#2BC99A",
        "caution": "#F0C040",
        "danger": "#FF7A6B",
        "off": "#9CA2AA",
        "info": "#7DB4F5",
        "gauge_track": "#464B52",
        "plot_background": "#1A1C1F",
        "plot_foreground": "#D0D4DA",
    },
}

#: Plot series (light, dark): Okabe-Ito hues (colour-blind safe), lighter tints on the dark background.
#: Battery / solar / load are blue / orange-yellow / purple so they never read as one colour.
PLOT_SERIES: dict[str, tuple[str, str]] = {
    "pack": ("#0072B2", "#56B4E9"),
    "battery": ("#0072B2", "#56B4E9"),
    "solar": ("#E69F00", "#F0E442"),
    "load": ("#882255", "#D38CC4"),
    "soc": ("#009E73", "#2BC99A"),
    "lowest": ("#D55E00", "#FF8C5A"),
    "highest": ("#0072B2", "#56B4E9"),
    "spread": ("#882255", "#D38CC4"),
    "cells": ("#56B4E9", "#56B4E9"),
    "no_data": ("#8A8A8A", "#9A9A9A"),
}
#: Chosen cells on the Plots page: twelve distinguishable colours per theme (Okabe-Ito, then Tol's sets).
PLOT_CHOSEN: dict[str, tuple[str, ...]] = {
    "light": ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#882255", "#44AA99",
              "#117733", "#AA4499", "#999933", "#666666"),
    "dark": ("#56B4E9", "#F0E442", "#2BC99A", "#FF8C5A", "#D38CC4", "#E69F00", "#88CCEE", "#44AA99",
             "#DDCC77", "#CC6677", "#AA4499", "#BBBBBB"),
}

#: The state tokens: what each battery / link / setting state is drawn in.
STATES = ("ok", "caution", "danger", "off", "info")

#: Text colour → the backgrounds it is drawn on; each pair must reach 4.5:1 in both themes.
TEXT_PAIRS: dict[str, tuple[str, ...]] = {
    "text": ("window", "surface", "surface_alt", "field", "button"),
    "text_muted": ("window", "surface", "surface_alt"),
    "placeholder": ("field",),
    "link": ("window", "surface"),
    "tooltip_text": ("tooltip",),
    "on_accent": ("accent",),
    "rail_text": ("rail", "rail_hover"),
    "rail_selected_text": ("rail_selected",),
    **{state: ("window", "surface") for state in STATES},
}

#: Non-text marks → their surroundings; each pair must reach 3:1 (WCAG 1.4.11).
NON_TEXT_PAIRS: dict[str, tuple[str, ...]] = {
    "control_border": ("window", "surface", "field"),
    "focus": ("window", "surface", "field"),
    "rail_indicator": ("rail", "rail_selected"),
    "gauge_track": (),  # decorative: the ring's filled part carries the value, in a state colour
}


def colour(name: str, mode: str = "light") -> str:
    """One colour token for "light" or "dark"."""
    try:
        return COLOURS[mode][name]
    except KeyError:
        if mode not in COLOURS:
            raise KeyError(f"no theme {mode!r}; known: {', '.join(COLOURS)}") from None
        raise KeyError(f"no colour token {name!r}; known: {', '.join(COLOURS[mode])}") from None


def font_points(step: str, base_points: float) -> float:
    """The point size of a type step for a base (system) font size."""
    return base_points * TYPE[step]


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB" (0 black … 1 white)."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")

    def channel(text: str) -> float:
        s = int(text, 16) / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value[i:i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two "#RRGGBB" colours, 1 … 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_failures(mode: str) -> list[str]:
    """Every token pair of a theme below its minimum (empty when the theme holds the rules)."""
    tokens = COLOURS[mode]
    failures = []
    for minimum, pairs in ((4.5, TEXT_PAIRS), (3.0, NON_TEXT_PAIRS)):
        for fg, backgrounds in pairs.items():
            for bg in backgrounds:
                ratio = contrast(tokens[fg], tokens[bg])
                if ratio < minimum:
                    failures.append(f"{mode}: {fg} {tokens[fg]} on {bg} {tokens[bg]} is {ratio:.2f}:1 "
                                    f"(needs {minimum}:1)")
    return failures
