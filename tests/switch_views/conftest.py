"""Shared set-up for the switch view tests: the PySide6 reference-count fix and the simulator link."""

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).parent))  # for sim_link and manual_tables (unique names)

from smartbms_gui.views import qt_fixes  # noqa: E402

qt_fixes.install()


@pytest.fixture
def battery():
    from smartbms_gui.sim.battery import SimulatedBattery

    return SimulatedBattery(cells=16, seed=3)


@pytest.fixture
def sim_bridge(battery, qtbot):
    from sim_link import SimLinkBridge

    bridge = SimLinkBridge(battery)
    bridge.advance(3)
    return bridge
