"""`smartbms monitor/record --ble A --ble B …` against `smartbms-sim --ble --count 3` in another process:
several Bluetooth packs at once through one virtual radio, labelled by the serial their module
advertises (found by the look-up scan), with the site's totals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from free_ports import candidate_ports, is_in_use

pytest.importorskip("bumble")

from smartbms_gui.sim import packs  # noqa: E402

SCRIPT = Path(sys.executable).parent / "smartbms"
SMARTBMS = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "smartbms_gui.cli"]
ADDRESSES = [packs.ble_address(i) for i in range(3)]
SERIALS = [f"{packs.pack_serial(i):05d}" for i in range(3)]


def env(**extra: str) -> dict[str, str]:
    import os

    out = {k: v for k, v in os.environ.items() if not k.startswith("SMARTBMS_")}
    out.update(extra)
    return out


@pytest.fixture(scope="module")
def site_sim():
    for port in candidate_ports():
        proc = subprocess.Popen([sys.executable, "-m", "smartbms_gui.sim.cli", "--ble", "--count", "3",
                                 "--cells", "8", "--generation", "3", "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env())
        line = ""
        for line in proc.stderr:
            if "Connect the app with" in line or "cannot serve" in line:
                break
        if "Connect the app with" in line:
            break
        proc.wait(10)
        if not is_in_use(line):
            pytest.fail(f"smartbms-sim --ble --count 3 ended early (code {proc.returncode}): {line}")
    else:
        pytest.fail("smartbms-sim found every free port taken")
    try:
        yield env(SMARTBMS_BLE_BACKEND="bumble", SMARTBMS_BUMBLE_HCI=f"tcp-client:127.0.0.1:{port}",
                  SMARTBMS_PIN="1234")
    finally:
        proc.terminate()
        proc.wait(10)


def smartbms(environment: dict[str, str], *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([*SMARTBMS, *argv], capture_output=True, text=True, timeout=90, env=environment,
                          check=False)


def test_monitor_three_bluetooth_packs_at_once(site_sim):
    args = [a for address in ADDRESSES for a in ("--ble", address)]
    done = smartbms(site_sim, "monitor", *args, "--seconds", "3", "--json")
    assert done.returncode == 0, done.stderr
    got = [json.loads(line) for line in done.stdout.splitlines()]
    assert {o["pack"] for o in got} == {*SERIALS, "site"}  # each module's own advertised serial
    socs = {o["pack"]: o["soc_pct"] for o in got if o["type"] == "energy"}
    assert len(socs) == 3 and len(set(socs.values())) == 3  # three different packs
    site = [o for o in got if o["pack"] == "site"][-1]
    assert site["online"] == 3 and min(socs.values()) <= site["soc_pct"] <= max(socs.values())


def test_record_two_bluetooth_packs_and_a_simulator(site_sim, tmp_path):
    done = smartbms(site_sim, "record", str(tmp_path / "mix"), "--ble", ADDRESSES[2], "--simulator",
                    "--ble", ADDRESSES[0], "--seconds", "2", "--json")
    assert done.returncode == 0, done.stderr
    got = [json.loads(line) for line in done.stdout.splitlines()]
    # the built-in simulator's serial 03330 is the first module's too: those two go by position
    assert [(o["pack"], Path(o["path"]).name) for o in got[:-1]] == [
        (SERIALS[2], "mix-pack1.smartbms-recording"), (2, "mix-pack2.smartbms-recording"),
        (3, "mix-pack3.smartbms-recording")]
    assert got[-1]["pack"] == "site" and got[-1]["recorded"] == 3
    assert all(o["bytes"] > 0 for o in got[:-1])
