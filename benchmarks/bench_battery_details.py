"""Battery details at 255 cells: how long one refresh (model → tiles) and one full paint take.

Goal: a refresh plus a paint of all 255 cells well under 30 ms on one core, so the page can follow
the stream at its 10 Hz refresh cap without loading a laptop. Prints figures, then one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_battery_details.py
"""

from __future__ import annotations

import json
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from smartbms_gui import qt_env

qt_env.prepare()

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.status import status1_for_lights
from smartbms_gui.views.battery_details import BatteryDetailsPage


class _Bridge(QObject):
    liveChanged = Signal(object)

    def __init__(self, live):
        super().__init__()
        self.live = live


def _timed(fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds * 1000.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    live = LiveState()
    live.set_link(True)
    live.update_settings({"vmin_v": 2.9, "vmax_v": 3.65, "tmin_charge_c": 2.0, "tmax_c": 55.0})
    status = status1_for_lights({}, charge_allowed=True, load_allowed=True)
    for cell in range(1, 256):
        live.apply(stream.CellRecord(cell, 255, 3.30 + (cell % 7) * 0.05, 22.0 + cell % 5, status, None))
    page = BatteryDetailsPage(_Bridge(live))
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    results = {}
    for mode in ("tiles", "heatmap"):
        page.set_heatmap(mode == "heatmap")
        app.processEvents()
        results[f"refresh_ms_{mode}"] = _timed(page.refresh_now, 50)
        results[f"paint_ms_{mode}"] = _timed(page.grid.repaint, 50)
        print(f"{mode:8s}: refresh {results[f'refresh_ms_{mode}']:.2f} ms, "
              f"paint of the visible cells {results[f'paint_ms_{mode}']:.2f} ms")
    results["cells"] = 255
    results["widgets_per_cell"] = 0
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()}))


if __name__ == "__main__":
    main()
