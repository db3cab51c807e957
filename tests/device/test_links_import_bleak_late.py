"""The window starts without bleak: device.links imports transport/ble.py (and bleak, ~0.1 s of CPU)
on the first use of Bluetooth, so a start on the simulator or the serial cable never pays for it
(benchmarks/bench_startup.py). Bluetooth itself still works through the same names."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from smartbms_gui.device import links
import smartbms_gui.views.main_window
early = sorted(m for m in ("bleak", "smartbms_gui.transport.ble") if m in sys.modules)
factory = links.ble_link("AA:BB:CC:DD:EE:FF", 2)
after_factory = "bleak" in sys.modules
transport = factory()
print(early, after_factory, type(transport).__name__, links.FoundDevice.__name__, "bleak" in sys.modules)
"""


def test_bleak_is_imported_on_the_first_bluetooth_link_not_at_start():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["[]", "False", "BleTransport", "FoundDevice", "True"]
