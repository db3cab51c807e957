"""`smartbms-sim --ble` as its own process: the app finds and reads it through the environment-selected
bumble backend, exactly as on a machine without Bluetooth hardware."""

import asyncio
import subprocess
import sys

import pytest
from free_ports import candidate_ports, is_in_use

from smartbms_gui.device import links
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.stream import CellRecord
from smartbms_gui.sim import packs
from smartbms_gui.transport import ble, ble_bumble_backend


def start_sim(port: int, *extra: str) -> tuple[subprocess.Popen, str]:
    """Start `smartbms-sim --ble` on `port`; return it and its first line of note ("" if it ended)."""
    proc = subprocess.Popen([sys.executable, "-m", "smartbms_gui.sim.cli", "--ble", "--generation", "3",
                             "--cells", "6", "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # ready when it announces itself on stderr
    for line in proc.stderr:
        if "is advertising" in line:
            return proc, line
        if "cannot serve" in line:
            proc.wait(10)
            return proc, line
    proc.wait(10)
    return proc, ""


@pytest.fixture
def sim_process(monkeypatch, request):
    # The port is chosen here and bound by the process: if another process took it in between, the
    # simulator says so (exit 2, "address already in use") and it is started again on a new port.
    extra = getattr(request, "param", ())
    for port in candidate_ports():
        proc, line = start_sim(port, *extra)
        if "is advertising" in line:
            break
        if not is_in_use(line):
            pytest.fail(f"smartbms-sim --ble ended early (code {proc.returncode}): {line}")
    else:
        pytest.fail("smartbms-sim --ble found every free port taken")
    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    monkeypatch.setenv(ble_bumble_backend.ENV_HCI, f"tcp-client:127.0.0.1:{port}")
    ble_bumble_backend.set_default_radio(None)
    yield proc, port
    proc.terminate()
    proc.wait(5)
    ble_bumble_backend.set_default_radio(None)


async def test_the_app_scans_connects_and_streams_from_the_sim_process(sim_process):
    found = await links.scanner().scan(5.0, until=lambda d: d.advert.nus)
    assert [(d.serial, int(d.generation)) for d in found] == [("03330", 3)]
    # over HCI/TCP from the other process too, the Gen3 module's scan response brings the NUS UUID
    assert found[0].advert.nus and found[0].advert.company_id == 2330 and found[0].name == "123\\SmartBMS"
    items = []
    session = DeviceSession(links.ble_link(found[0].address, found[0].generation), pin="1234",
                            generation=found[0].generation, on_item=lambda item, t: items.append(item))
    try:
        assert (await session.connect(10)).phase is Phase.STREAMING
        assert session.transport.is_hardware is False  # the virtual module says so
        loop = asyncio.get_running_loop()
        end = loop.time() + 10  # a condition waited for; the limit only ends a failing run
        while not any(isinstance(i, CellRecord) for i in items) and loop.time() < end:
            await asyncio.sleep(0.05)
        cells = [i for i in items if isinstance(i, CellRecord)]
        assert cells and all(c.cell_count == 6 for c in cells)
    finally:
        await session.close()
        await ble_bumble_backend.default_radio().close()


def test_a_busy_port_is_a_clear_message(sim_process):
    _, port = sim_process
    result = subprocess.run([sys.executable, "-m", "smartbms_gui.sim.cli", "--ble", "--port", str(port)],
                            capture_output=True, text=True, timeout=20, check=False)
    assert result.returncode == 2
    assert f"TCP port {port}" in result.stderr and "another --port" in result.stderr


@pytest.mark.parametrize("sim_process", [("--count", "4")], indirect=True)
async def test_a_site_of_four_modules_from_one_process(sim_process):
    """`--count 4`: four modules with their own serials on one virtual radio, all four live at once
    in one app process, each pack its own (their states of charge differ, sim/packs.py)."""
    expected = [f"{packs.pack_serial(i):05d}" for i in range(4)]
    seen: set[str] = set()

    def all_four(device) -> bool:
        if device.advert.nus:
            seen.add(device.serial)
        return len(seen) == 4

    found = [d for d in await links.scanner().scan(10.0, until=all_four) if d.advert.nus]
    assert sorted(d.serial for d in found) == expected
    assert len({d.address for d in found}) == 4
    sessions = [DeviceSession(links.ble_link(d.address, d.generation, serial=d.serial), pin="1234",
                              generation=d.generation, live=LiveState(generation=d.generation))
                for d in sorted(found, key=lambda d: d.serial)]
    try:
        states = await asyncio.gather(*(s.connect(20) for s in sessions))
        assert [s.phase for s in states] == [Phase.STREAMING] * 4
        loop = asyncio.get_running_loop()
        end = loop.time() + 10  # a condition waited for; the limit only ends a failing run
        while any(s.live.get("soc_pct") is None for s in sessions) and loop.time() < end:
            await asyncio.sleep(0.05)
        socs = [s.live.get("soc_pct") for s in sessions]
        assert None not in socs and len(set(socs)) == 4, socs
    finally:
        for session in sessions:
            await session.close()
        await ble_bumble_backend.default_radio().close()


async def test_the_radio_comes_back_when_the_sim_process_is_started_again(sim_process):
    """The process serving the virtual radio restarted on the same port: the app's radio opens its HCI
    link again (before, every later connect timed out and was reported as a battery out of range)."""
    proc, port = sim_process
    radio = ble_bumble_backend.default_radio()
    found = await links.scanner().scan(5.0, until=lambda d: d.advert.nus)
    assert found
    first = DeviceSession(links.ble_link(found[0].address, found[0].generation), pin="1234",
                          generation=found[0].generation)
    try:
        assert (await first.connect(10)).phase is Phase.STREAMING
    finally:
        await first.close()
    proc.terminate()
    proc.wait(5)
    loop = asyncio.get_running_loop()
    end = loop.time() + 10
    while not radio._transport.source.terminated.done() and loop.time() < end:  # its socket closed
        await asyncio.sleep(0.05)
    again, line = start_sim(port)
    try:
        if "is advertising" not in line:
            pytest.skip(f"the port was taken in between: {line}")
        second = DeviceSession(links.ble_link(found[0].address, found[0].generation), pin="1234",
                               generation=found[0].generation)
        try:
            assert (await second.connect(15)).phase is Phase.STREAMING
        finally:
            await second.close()
    finally:
        await radio.close()
        again.terminate()
        again.wait(5)
