"""A simulated battery that has lived a little before the CLI opens it: a logged cell event and thirty
hours of SoC history (the CLI's `--simulator` starts a fresh one, whose log is empty)."""

from __future__ import annotations

import pytest

from smartbms_gui.sim import battery as sim_battery
from smartbms_gui.sim.ascii_peer import AsciiPeer


class BatteryWithPast(sim_battery.SimulatedBattery):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("past_week", False)  # only the thirty hours lived here
        super().__init__(*args, **kwargs)
        self.faults.inject("cell_under_voltage", cell=3)
        self.step(5)
        self.faults.clear("cell_under_voltage")
        self.max_substep_s = 60.0
        self.step(30 * 3600)
        self.max_substep_s = 5.0


@pytest.fixture
def battery_with_past(monkeypatch):
    """The CLI builds its simulator from the module attribute at run time: give it this battery."""
    monkeypatch.setattr(sim_battery, "SimulatedBattery", BatteryWithPast)


def damage_answers(monkeypatch, records: set[str]) -> None:
    """Every answer to these records arrives with a wrong checksum."""
    original = AsciiPeer._read

    def damaged(self, record):
        answer = original(self, record)
        if record in records:
            body, _, check = answer.rpartition("_")
            return f"{body}_{(int(check, 16) + 1) & 0xFF:02X}"
        return answer

    monkeypatch.setattr(AsciiPeer, "_read", damaged)
