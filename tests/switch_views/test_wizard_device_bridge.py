"""The wizard end to end through the app's real DeviceBridge: session, ASCII wire and simulator peer.

Runs in real time on the asyncio loop (the simulator streams every 0.5 s), so it takes a few seconds.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.switch_wizard import PAGE_VERIFY, HiddenSettingsWizard

FAST = dict(silence_s=1.0, backoff_initial_s=0.3, backoff_max_s=0.6, jitter=0.0, timeout_s=0.5, retries=1)


async def until(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.fixture
async def bridge():
    b = DeviceBridge(**FAST)
    await b.connect_simulator(cells=7)  # a 7-cell pack: the table entry to store is 8
    state = await b.wait_streaming(10)
    assert state.phase is Phase.STREAMING
    await until(lambda: b.live.cell_count == 7, what="the cell count")
    yield b
    await b.disconnect()


async def test_wizard_against_the_simulator_through_the_device_bridge(qtbot, bridge):
    battery = bridge.battery
    original = tuple(battery.switches)
    w = HiddenSettingsWizard(bridge)
    qtbot.addWidget(w)
    w.show()
    assert w.choose.cells.value() == 7  # from the reported count
    w.choose.sensor.setCurrentIndex(w.choose.sensor.findData(50))
    w.next()
    # the message rate is read from the live stream's rhythm (switch 1 ON = every 0.5 s)
    await until(lambda: 1 in w.state.prefilled, what="switch 1 filled in from the message rate")
    assert w.record.dip.isOn(1) == original[0] and w.record.dip.positions()[5:7] == original[5:7]
    for n in range(1, 9):
        w.record.dip.setSwitch(n, battery.switches[n - 1])
    w.record.confirm.setChecked(True)
    w.next()
    target = w.set_page.dip.positions()
    for n in range(1, 8):
        battery.set_switch(n, target[n - 1])
    w.set_page.confirm.setChecked(True)
    w.next()
    battery.set_switch(8, True)
    battery.set_switch(8, False)
    w.toggle.confirm.setChecked(True)
    w.next()
    for n, on in enumerate(w.restore.dip.positions(), start=1):
        battery.set_switch(n, on)
    w.restore.confirm.setChecked(True)
    w.next()
    w.calibrate.skip.setChecked(True)  # calibration skipped here (the offline and SimLink tests cover it)
    w.next()
    assert w.currentId() == PAGE_VERIFY
    await until(lambda: w.state.verified_ok is True, what="the cell count checked")
    assert "7 cells" in w.verify.result.text()
    # the BMS keeps reporting its 7 cells; switch 8 stored the table entry 8 and the 50 A sensor
    assert battery.cell_count == 7 and battery.hidden_cells == 8 and battery.hidden_sensor_a == 50
    assert tuple(battery.switches) == original
