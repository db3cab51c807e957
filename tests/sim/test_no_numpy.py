"""The simulator is on the app's start path (`smartbms --simulator`, the Simulator page), so it must not
import numpy: importing numpy alone costs the start about 50 ms. In a fresh interpreter (this test
process has numpy loaded long ago), build a pack through the simulator's front, step it through
balancing, overrides, a fault and a resize, and read it through both wires: numpy stays out."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, sys

from smartbms_gui.sim import front as sim_front
from smartbms_gui.sim import records
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.protocol import commands
from smartbms_gui.protocol.frame import decode_frame
from smartbms_gui.protocol.stream import CellRecord, PackRecord, StreamDecoder

front = sim_front.SimulatorFront(cells=16, generation=3, speed=60.0)
battery = front.battery
battery.step(3600.0)
battery.override_cell(2, voltage_v=3.80)  # above V max: the charge relay opens
over_vmax = not battery.charge_allowed
battery.clear_overrides()
battery.faults.inject("cell_under_voltage", cell=3)
battery.step(60.0)
battery.resize(20)
battery.step(60.0)

received = bytearray()
front.peer.on_output = received.extend
front.peer.receive(commands.start_stream() + commands.FLUSH, front.runner.now)
for _ in range(40):
    front.runner.advance(0.25)
    front.peer.receive(commands.KEEPALIVE, front.runner.now)
items = StreamDecoder(front.generation).feed(bytes(received))

alone = SimulatedBattery(cells=255, seed=4)
alone.step(600.0)
frame = decode_frame(FramePeer(alone).next_frame())
record = records.frame(alone, 1, 0)
volts = [float(v) for v in alone.cell_voltages_v]

print(json.dumps({
    "numpy": sorted(m for m in sys.modules if m == "numpy" or m.startswith("numpy.")),
    "over_vmax_opens_charge": over_vmax,
    "cells": battery.cell_count,
    "pack_records": sum(isinstance(i, PackRecord) for i in items),
    "cell_records": sorted({i.cell for i in items if isinstance(i, CellRecord)}),
    "frame_cells": frame.cell_count,
    "frame_lowest": [record.lowest_cell, record.lowest_cell_v],
    "true_lowest": [volts.index(min(volts)) + 1, float(min(volts))],
}))
"""


def test_the_simulator_runs_and_streams_without_importing_numpy():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["numpy"] == []
    # and the simulator did its work in that process
    assert seen["over_vmax_opens_charge"] is True
    assert seen["cells"] == 20
    assert seen["pack_records"] >= 1
    assert seen["cell_records"] == list(range(1, 21))
    assert seen["frame_cells"] == 255
    assert seen["frame_lowest"][0] == seen["true_lowest"][0]
    assert abs(seen["frame_lowest"][1] - seen["true_lowest"][1]) < 0.003
    assert 2.5 < seen["frame_lowest"][1] < 3.7
