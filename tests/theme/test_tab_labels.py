"""Tab labels keep the dots of capital umlauts: Fusion moves a tab that is not selected down and clipped
its label there, so "Überlagert" on the Site page read "Uberlagert" until it was chosen."""

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from smartbms_gui.views import theme


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    theme.apply_theme(qapp, "light")


def _tab_label_image(qtbot, text: str, selected: bool):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Packs")
    tabs.addTab(QWidget(), text)
    tabs.setCurrentIndex(1 if selected else 0)
    tabs.resize(360, 80)
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    return bar.grab(bar.tabRect(1)).toImage()


def _strong_differences(a, b) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 60)


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("selected", [False, True])
def test_a_capital_umlaut_keeps_its_dots_on_every_tab(qapp, qtbot, mode, selected):
    theme.apply_theme(qapp, mode)
    with_dots = _tab_label_image(qtbot, "Überlagert Ärger", selected)
    without = _tab_label_image(qtbot, "Uberlagert Arger", selected)
    # the only difference is the four dots: each at least a pixel of ink where the plain letters have none
    assert _strong_differences(with_dots, without) >= 4
