"""`smartbms settings set/load` when a 16-bit write is cut after its high byte (docs/protocol.md §3.2):
its own exit code (7), what the battery holds now and what it means, and the two commands that write
again or restore; nothing is retried on its own. The simulator behind `--simulator` loses the second
byte of every 16-bit write (`write_unanswered` with low_byte=1, sim/faults.py)."""

from __future__ import annotations

import json

import pytest

from smartbms_gui.cli import main
from smartbms_gui.cli.common import EXIT_HALF_WRITTEN
from smartbms_gui.protocol import params
from smartbms_gui.sim import ascii_peer
from smartbms_gui.sim import battery as sim_battery

SIM = ["--simulator", "--speed", "10"]
BATTERIES: list[sim_battery.SimulatedBattery] = []


class LosesTheSecondByte(sim_battery.SimulatedBattery):
    """The CLI's simulated battery, V max at 3.80 V, losing the low byte of every word written."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.set_setting_raw("vmax_v", 0x2F8)  # 3.80 V
        self.faults.inject("write_unanswered", low_byte=1)
        BATTERIES.append(self)


class RecordingPeer(ascii_peer.AsciiPeer):
    """The CLI's simulator peer, keeping every command line it received (the wire, in order)."""

    def _command(self, line: bytes) -> None:
        SEEN.append(line.decode("latin-1"))
        super()._command(line)


SEEN: list[str] = []


@pytest.fixture(autouse=True)
def cut_battery(monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    monkeypatch.delenv("SMARTBMS_BLE_BACKEND", raising=False)
    monkeypatch.setattr(sim_battery, "SimulatedBattery", LosesTheSecondByte)
    monkeypatch.setattr(ascii_peer, "AsciiPeer", RecordingPeer)
    BATTERIES.clear()
    SEEN.clear()
    yield


def byte_writes() -> list[str]:
    return [c for c in SEEN if c.endswith("!") and "-" in c]


def test_set_cut_after_the_high_byte_exits_7_naming_what_the_battery_holds_and_both_ways_back(capsys):
    code = main(["settings", "set", "vmax_v", "4.2", *SIM])
    out, err = capsys.readouterr()
    assert code == EXIT_HALF_WRITTEN == 7, err
    [battery] = BATTERIES
    assert battery.settings["vmax_v"] == 0x3F8  # only the high byte landed: 5.08 V
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("smartbms: V max: written halfway: the battery now holds 5.080 V, neither the "
                          "old value 3.800 V nor the new 4.200 V.")
    assert "outside the range" in err and "looser than both the old and the new value" in err
    assert "Write it again: `smartbms settings set vmax_v 4.200`" in err
    assert "restore the old value: `smartbms settings set vmax_v 3.800`" in err
    # never retried: the high byte once, the low byte once (lost), then only the read-back
    assert byte_writes() == ["03-050!", "48-051!"]


def test_load_cut_after_the_high_byte_stops_the_batch_and_exits_7(capsys, tmp_path):
    path = tmp_path / "backup.json"
    assert main(["settings", "save", str(path), *SIM]) == 0
    capsys.readouterr()
    document = json.loads(path.read_text())
    document["settings"]["vmax_v"] = 4.2
    document["settings"]["tmax_c"] = 50.0  # after V max in the table
    path.write_text(json.dumps(document))
    code = main(["settings", "load", str(path), *SIM, "--yes"])
    out, err = capsys.readouterr()
    assert code == EXIT_HALF_WRITTEN, err
    battery = BATTERIES[-1]
    assert battery.settings["vmax_v"] == 0x3F8
    tmax = params.parameter("tmax_c")
    assert tmax.to_value(battery.settings["tmax_c"]) == pytest.approx(54.995)  # not sent
    assert "V max: FAILED" in out and "T max: FAILED: T max: not written" in out
    assert "written halfway: the battery now holds 5.080 V" in err
    assert "Write it again: `smartbms settings set vmax_v 4.200`" in err
    assert byte_writes() == ["03-050!", "48-051!"]  # T max never sent
