"""Fixtures of tests/ble; the helpers live in ble_bumble_rig.py."""

import pytest
from ble_bumble_rig import BleRig


@pytest.fixture(params=[2, 3], ids=["gen2", "gen3"])
async def rig(request):
    r = await BleRig(request.param).start()
    yield r
    await r.stop()


@pytest.fixture
def qloop(qapp):
    """A qasync loop on the test's QApplication (the app's own loop kind)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()  # while the QApplication still exists
    asyncio.set_event_loop(None)
