"""Fixtures for the plots tests (helpers live in plots_sim.py, a uniquely named module)."""

import pytest
from plots_sim import FakeBridge

from smartbms_gui import qt_env

qt_env.prepare()

from smartbms_gui.views.plots_page import PlotsPage  # noqa: E402 (after qt_env.prepare)


@pytest.fixture
def bridge(qtbot):
    return FakeBridge()


@pytest.fixture
def page(qtbot, bridge):
    """The Plots page on the fake bridge, shown at 1366x768 (a test module may bring its own)."""
    page = PlotsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page
