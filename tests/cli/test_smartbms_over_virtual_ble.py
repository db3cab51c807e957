"""`smartbms --ble` over the virtual Bluetooth radio: the simulator as a BLE module in another process.

Each `smartbms` run is its own process, as on a real machine; they reach the virtual module
through bumble's HCI-over-TCP controller (`SMARTBMS_BLE_BACKEND=bumble`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from free_ports import candidate_ports, is_in_use

pytest.importorskip("bumble")

from pathlib import Path  # noqa: E402

SCRIPT = Path(sys.executable).parent / "smartbms"
SMARTBMS = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "smartbms_gui.cli"]


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("SMARTBMS_")}
    out.update(extra)
    return out


ADDRESS = "F0:12:3B:00:0D:02"  # the virtual module's address (sim/ble_peripheral.py)

MODULE = r"""
import asyncio, sys
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.ble_peripheral import serve_ble

async def main():
    ready = asyncio.Event()
    task = asyncio.create_task(serve_ble(SimulatedBattery(cells=8, seed=2), hci=sys.argv[1], ready=ready))
    waiting = asyncio.create_task(ready.wait())
    await asyncio.wait({task, waiting}, return_when=asyncio.FIRST_COMPLETED)
    if ready.is_set():
        print("ready", flush=True)
    await task  # a failed start (a port taken) raises here: its traceback goes to stderr

asyncio.run(main())
"""


@pytest.fixture
def ble_module(tmp_path):
    # The port is chosen here and bound by the module's process; if another process took it in
    # between, the module dies with "address already in use" and is started again on a new port.
    for attempt, port in enumerate(candidate_ports()):
        errors = tmp_path / f"module-{attempt}.err"
        with errors.open("w") as sink:
            module = subprocess.Popen([sys.executable, "-c", MODULE, f"tcp-server:127.0.0.1:{port}"],
                                      stdout=subprocess.PIPE, stderr=sink, text=True, env=env())
        if module.stdout.readline().strip() == "ready":
            break
        module.wait(timeout=10)
        module.stdout.close()
        if not is_in_use(errors.read_text()):
            pytest.fail(f"the virtual module ended early (code {module.returncode}):\n{errors.read_text()}")
    else:
        pytest.fail("the virtual module found every free port taken")
    try:
        yield env(SMARTBMS_BLE_BACKEND="bumble", SMARTBMS_BUMBLE_HCI=f"tcp-client:127.0.0.1:{port}",
                  SMARTBMS_PIN="1234")
    finally:
        module.terminate()
        module.wait(timeout=10)


def smartbms(environment: dict[str, str], *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([*SMARTBMS, *argv], capture_output=True, text=True, timeout=60, env=environment,
                          check=False)


def test_settings_set_over_virtual_ble(ble_module):
    done = smartbms(ble_module, "settings", "set", "vmax_v", "3.7", "--ble", ADDRESS, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["name"] == "vmax_v" and result["value"] == 3.7 and result["verified"] is True
    # The BMS keeps it: a second process reads it back over a new connection.
    done = smartbms(ble_module, "settings", "get", "--ble", ADDRESS, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["settings"]["vmax_v"] == 3.7


def test_wrong_pin_over_virtual_ble(ble_module):
    done = smartbms({**ble_module, "SMARTBMS_PIN": "9999"}, "settings", "get", "--ble", ADDRESS)
    assert done.returncode == 3
    assert done.stdout == "" and done.stderr.count("\n") == 1 and "Wrong PIN" in done.stderr



def test_unpublished_address_is_written_to_the_virtual_module(ble_module):
    # The virtual module serves the simulator's marker service, so the opened BLE transport
    # reports "not hardware" and the simulator-only address may be written.
    done = smartbms(ble_module, "settings", "set", "charge_restart_pct", "81", "--ble", ADDRESS, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["value"] == 81


def test_scan_finds_the_virtual_module(ble_module):
    done = smartbms(ble_module, "scan", "--json", "--seconds", "1.5")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert "ble_error" not in found, found
    [module] = [d for d in found["ble"] if d["address"] == ADDRESS]
    assert module["generation"] in (2, 3) and isinstance(module["rssi"], int)
