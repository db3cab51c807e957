"""Scanning and connecting never overlap (many adapters fail when they do): a connect stops a running
scan, and a scan asked for during a connect starts only once the connect is over."""

import asyncio

from ble_bumble_rig import BACKEND, BleRig, until

from smartbms_gui.transport import ble
from smartbms_gui.transport.ble import BleScanner


async def test_a_connect_stops_the_scan_and_a_scan_waits_for_the_connect():
    rig = await BleRig(2).start()
    try:
        scanner = BleScanner(backend=BACKEND, radio=rig.radio)
        await scanner.start()
        await until(lambda: scanner.found, what="the module seen")
        transport = rig.transport()
        # The BRSP start-up is held until the test lets it go, so the connect stays under way however
        # slow the machine (a fixed start-up pause could end before the checks below on a busy one).
        release = asyncio.Event()
        start_brsp = transport._start_brsp

        async def held_start_brsp(client):
            await release.wait()
            await start_brsp(client)

        transport._start_brsp = held_start_brsp
        opening = asyncio.ensure_future(transport.open())
        await until(lambda: ble.RADIO.connecting == 1, what="the connect under way")
        await until(lambda: not scanner.scanning, what="the scan stopped by the connect")

        second = BleScanner(backend=BACKEND, radio=rig.radio)
        scan_started = asyncio.ensure_future(second.start())
        await asyncio.sleep(0.1)  # time for a scan that did not wait to start
        assert not opening.done() and not scan_started.done() and not second.scanning
        release.set()
        await asyncio.wait_for(opening, 10)
        assert transport.is_open and ble.RADIO.connecting == 0
        await asyncio.wait_for(scan_started, 2.0)
        assert second.scanning
        await second.stop()
        await transport.close()
    finally:
        await rig.stop()


def test_the_radio_works_on_a_fresh_event_loop_after_another_one():
    """The app's loop (qasync) and each test's loop differ; the shared radio must follow them."""

    async def wait_idle():
        await asyncio.wait_for(ble.RADIO.idle_event().wait(), 10.0)  # a limit for a failing run only

    async def connect_then_wait():
        await ble.RADIO.begin_connect()
        waiter = asyncio.ensure_future(wait_idle())
        await asyncio.sleep(0.01)
        ble.RADIO.end_connect()
        await waiter

    asyncio.run(connect_then_wait())
    asyncio.run(connect_then_wait())  # a second loop: the event the first loop waited on must not be reused
