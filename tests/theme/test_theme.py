"""Theme: light and dark palettes differ, "system" follows the OS, status styles differ in shape and word."""

import pytest
from PySide6.QtGui import QPalette

from smartbms_gui.views import theme


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    theme.apply_theme(qapp, "light")


def _window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_light_and_dark_palettes_differ_and_keep_text_readable(qapp):
    assert theme.apply_theme(qapp, "light") == "light"
    light_window = _window_lightness(qapp)
    light_text = qapp.palette().color(QPalette.ColorRole.WindowText).lightness()
    assert qapp.style().baseStyle().name().lower() == "fusion"  # Fusion under theme.AppStyle

    assert theme.apply_theme(qapp, "dark") == "dark"
    dark_window = _window_lightness(qapp)
    dark_text = qapp.palette().color(QPalette.ColorRole.WindowText).lightness()

    assert light_window > 200 and dark_window < 80
    # text contrasts with its background in both
    assert light_window - light_text > 150
    assert dark_text - dark_window > 150
    assert theme.current_mode() == "dark" and theme.effective_mode() == "dark"


def test_unknown_mode_is_refused_with_the_choices(qapp):
    with pytest.raises(theme.ThemeError, match="light, dark, system"):
        theme.apply_theme(qapp, "purple")


def test_system_mode_follows_the_os_and_its_changes(qapp, monkeypatch):
    prefers_dark = {"value": False}
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: prefers_dark["value"])
    seen = []
    theme.theme_changed().connect(seen.append)

    assert theme.apply_theme(qapp, "system") == "light"
    prefers_dark["value"] = True
    # the OS switches to dark while the app runs
    from PySide6.QtCore import Qt
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_mode() == "system"
    assert theme.effective_mode() == "dark"
    assert _window_lightness(qapp) < 80
    assert seen[-2:] == ["light", "dark"]
    theme.theme_changed().disconnect(seen.append)


def test_a_chosen_mode_ignores_os_changes(qapp, monkeypatch):
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: True)
    theme.apply_theme(qapp, "system")
    theme.apply_theme(qapp, "light")
    from PySide6.QtCore import Qt
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.effective_mode() == "light"


def test_cell_states_differ_in_symbol_and_word_not_only_colour(qapp):
    styles = [theme.cell_state_style(name) for name in ("ok", "balancing", "out_of_range")]
    assert len({s.symbol for s in styles}) == 3
    assert len({s.label() for s in styles}) == 3
    assert len({s.light for s in styles}) == 3 and len({s.dark for s in styles}) == 3
    assert theme.cell_state_style("OUT_OF_RANGE").badge() == "▲ Out of range"


def test_cell_state_style_accepts_the_protocol_enum(qapp):
    status = pytest.importorskip("smartbms_gui.protocol.status")
    for member in status.CellState:
        assert theme.cell_state_style(member) is theme.CELL_STATE_STYLE[member.name.lower()]


def test_unknown_cell_state_names_the_known_ones(qapp):
    with pytest.raises(theme.ThemeError, match="ok, balancing, out_of_range"):
        theme.cell_state_style("melting")


def test_status_colours_follow_the_theme(qapp):
    style = theme.cell_state_style("balancing")
    theme.apply_theme(qapp, "light")
    assert style.colour == style.light
    theme.apply_theme(qapp, "dark")
    assert style.colour == style.dark


def test_warning_lights_and_relays_differ_in_shape(qapp):
    assert theme.warning_light_style(True).symbol != theme.warning_light_style(False).symbol
    assert theme.relay_style(True).symbol != theme.relay_style(False).symbol
    assert theme.warning_light_style(True).label() == "On"


def test_pyqtgraph_follows_the_theme(qapp):
    from smartbms_gui import qt_env

    qt_env.prepare()
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    theme.apply_theme(qapp, "dark")
    assert pg.getConfigOption("background") == theme.PLOT_COLOURS["dark"]["background"]
    assert plot.backgroundBrush().color().name().upper() == theme.PLOT_COLOURS["dark"]["background"]
    theme.apply_theme(qapp, "light")
    assert plot.backgroundBrush().color().name().upper() == theme.PLOT_COLOURS["light"]["background"]
    axis_pen = plot.getPlotItem().getAxis("left").textPen().color().name().upper()
    assert axis_pen == theme.PLOT_COLOURS["light"]["foreground"]
    plot.deleteLater()


def test_plots_inside_pages_follow_the_theme_and_a_dying_one_is_skipped(qapp):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from smartbms_gui import qt_env

    qt_env.prepare()
    import pyqtgraph as pg

    page = QWidget()
    layout = QVBoxLayout(page)
    inner, dying = pg.PlotWidget(), pg.PlotWidget()
    layout.addWidget(inner)
    layout.addWidget(dying)
    dying.deleteLater()  # deletion under way when the theme changes
    theme.apply_theme(qapp, "dark")
    assert inner.backgroundBrush().color().name().upper() == theme.PLOT_COLOURS["dark"]["background"]
    theme.apply_theme(qapp, "light")
    assert inner.backgroundBrush().color().name().upper() == theme.PLOT_COLOURS["light"]["background"]
    page.deleteLater()
