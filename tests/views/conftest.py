"""Fixtures for the view tests: a LiveState fed through real protocol bytes, and output folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbms_gui import qt_env

qt_env.prepare()

from smartbms_gui.device.model import LiveState

OUTPUT = Path(__file__).resolve().parent.parent / "output" / "views"


from views_rig import FakeClock, feed_frames, feed_records  # noqa: E402,F401


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def live(clock):
    state = LiveState(clock=clock)
    state.set_link(True)
    return state


@pytest.fixture
def output_dir():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT
