"""Fixtures for the plots tests (helpers live in plots_sim.py, a uniquely named module)."""

import pytest
from plots_sim import FakeBridge


@pytest.fixture
def bridge(qtbot):
    return FakeBridge()
