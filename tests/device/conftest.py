"""Fixtures of tests/device; the helpers live in device_sim_rig.py."""

import pytest
from device_sim_rig import Sim


@pytest.fixture(params=[2, 3], ids=["gen2", "gen3"])
async def sim(request):
    s = await Sim(request.param).start()
    yield s
    await s.stop()


@pytest.fixture
async def sim2():
    s = await Sim(2).start()
    yield s
    await s.stop()
