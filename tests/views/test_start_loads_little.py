"""What the start loads before the window is first shown with live values (docs/performance.md): the
Overview, the device client and the simulator, and nothing a later moment needs: the plots library,
Bluetooth, the serial port listing, the About box, MQTT publishing, the Recordings window."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from smartbms_gui.app import STARTUP_PROBE_ENV

# The real entry point on the simulator with the start-up probe; the modules loaded when the window is
# shown (its first picture, with the first live values) are printed as JSON on one line.
CODE = r"""
import json, sys
from smartbms_gui import app

phase = app._phase
seen = {}

def watch(name):
    phase(name)
    if name == "window shown":
        seen["modules"] = sorted(sys.modules)

app._phase = watch
code = app.main(["--simulator"])
print("modules-at-show " + json.dumps(seen.get("modules")))
sys.exit(code)
"""

NOT_BEFORE_THE_FIRST_PICTURE = (
    "numpy",
    "pyqtgraph",
    "bleak",
    "serial",
    "smartbms_gui.transport.serial_ports",
    "smartbms_gui.views.about",
    "smartbms_gui.views.publishing",
    "smartbms_gui.device.publish",
    "smartbms_gui.views.recordings_window",
    "smartbms_gui.views.plots_page",
    "smartbms_gui.views.settings_page",
    "smartbms_gui.views.battery_details",
)


def test_the_first_picture_loads_only_what_it_shows(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path),
               **{STARTUP_PROBE_ENV: "1"})
    result = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("modules-at-show "))
    modules = set(json.loads(line.split(" ", 1)[1]))
    # what the first picture needs is there (the snapshot was taken at the right moment)
    assert {"smartbms_gui.views.overview", "smartbms_gui.device.client", "smartbms_gui.sim.battery"} <= modules
    loaded = sorted(name for name in modules
                    if any(name == early or name.startswith(early + ".") for early in NOT_BEFORE_THE_FIRST_PICTURE))
    assert loaded == []
