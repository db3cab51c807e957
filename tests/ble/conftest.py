"""Fixtures of tests/ble; the helpers live in ble_bumble_rig.py."""

import pytest
from ble_bumble_rig import BleRig


@pytest.fixture(params=[2, 3], ids=["gen2", "gen3"])
async def rig(request):
    r = await BleRig(request.param).start()
    yield r
    await r.stop()
