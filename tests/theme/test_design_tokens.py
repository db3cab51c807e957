"""The design tokens hold the contrast rules in both themes, and the palettes and state styles use them."""

import pytest

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_text_reaches_4_5_to_1_on_every_background_it_is_drawn_on(mode):
    checked = 0
    for fg, backgrounds in tokens.TEXT_PAIRS.items():
        for bg in backgrounds:
            ratio = tokens.contrast(tokens.colour(fg, mode), tokens.colour(bg, mode))
            assert ratio >= 4.5, f"{mode}: {fg} on {bg} is {ratio:.2f}:1"
            checked += 1
    assert checked >= 25  # text, muted text, the rail, and every state colour on window and cards
    assert tokens.contrast_failures(mode) == []


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_disabled_text_is_dimmer_than_muted_text_yet_still_readable(mode):
    """Disabled controls are exempt from 4.5:1, but a connected device's name in the disabled Device box
    must still be read: at least 2.5:1 on a button and a field, and below muted text, so it looks off."""
    for bg in ("button", "field"):
        back = tokens.colour(bg, mode)
        disabled = tokens.contrast(tokens.colour("disabled_text", mode), back)
        assert 2.5 <= disabled < tokens.contrast(tokens.colour("text_muted", mode), back), (mode, bg, disabled)


def test_the_contrast_computation_matches_published_wcag_figures():
    assert tokens.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert tokens.contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # WebAIM
    assert tokens.contrast("#777777", "#FFFFFF") < 4.5  # the first grey that fails on white
    # and the failure is reported by name: a too-light muted text in a copy of the tokens
    broken = dict(tokens.COLOURS["light"], text_muted="#9A9A9A")
    original = tokens.COLOURS["light"]
    tokens.COLOURS["light"] = broken
    try:
        assert any("text_muted" in f for f in tokens.contrast_failures("light"))
    finally:
        tokens.COLOURS["light"] = original


def test_both_themes_define_the_same_tokens():
    assert set(tokens.COLOURS["light"]) == set(tokens.COLOURS["dark"])
    for mode in ("light", "dark"):
        for value in tokens.COLOURS[mode].values():
            tokens.relative_luminance(value)  # every value is #RRGGBB


def test_scales_grow_monotonically():
    space = list(tokens.SPACE.values())
    assert space == sorted(space) and all(v % 2 == 0 for v in space)
    assert tokens.TYPE["caption"] < tokens.TYPE["body"] < tokens.TYPE["title"] < tokens.TYPE["heading"] \
        < tokens.TYPE["value"] < tokens.TYPE["display"]
    assert tokens.font_points("display", 10) == pytest.approx(10 * tokens.TYPE["display"])


def test_an_unknown_token_names_the_known_ones():
    with pytest.raises(KeyError, match="no colour token 'nope'"):
        tokens.colour("nope")
    with pytest.raises(KeyError, match="no theme 'sepia'"):
        tokens.colour("text", "sepia")


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_palettes_plots_and_state_styles_come_from_the_tokens(qapp, mode):
    t = tokens.COLOURS[mode]
    palette = theme.colours(mode)
    assert palette["window"] == t["window"] and palette["text"] == t["text"]
    assert palette["indicator_border"] == t["control_border"]
    assert theme.PLOT_COLOURS[mode]["background"] == t["plot_background"]
    pick = (lambda s: s.dark) if mode == "dark" else (lambda s: s.light)
    assert pick(theme.cell_state_style("ok")) == t["ok"]
    assert pick(theme.cell_state_style("balancing")) == t["caution"]
    assert pick(theme.cell_state_style("out_of_range")) == t["danger"]
    assert pick(theme.warning_light_style(True)) == t["danger"]
    assert pick(theme.warning_light_style(False)) == t["off"]
    assert pick(theme.relay_style(True)) == t["ok"]
    theme.apply_theme(qapp, mode)
    try:
        assert theme.token("surface") == t["surface"]
        assert qapp.palette().window().color().name().upper() == t["window"]
    finally:
        theme.apply_theme(qapp, "light")


def test_a_token_style_sheet_follows_the_theme(qtbot, qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel("Auto zero is ON")
    qtbot.addWidget(label)
    theme.apply_theme(qapp, "light")
    theme.token_style(label, "color: $danger; font-weight: bold;")
    assert label.styleSheet() == f"color: {tokens.COLOURS['light']['danger']}; font-weight: bold;"
    theme.apply_theme(qapp, "dark")
    try:
        assert label.styleSheet() == f"color: {tokens.COLOURS['dark']['danger']}; font-weight: bold;"
        theme.token_style(label, "color: $ok;")  # a new one replaces the old one
        theme.apply_theme(qapp, "dark")
        assert label.styleSheet() == f"color: {tokens.COLOURS['dark']['ok']};"
    finally:
        theme.apply_theme(qapp, "light")
