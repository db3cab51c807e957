"""Render every wizard page, the switches page and the simulator panel to PNG (light and dark).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/switch_views/render_screens.py

Writes tests/output/switch_views/<screen>_<mode>_<width>x<height>.png. Connected screens use the
simulator through the real ASCII stream (sim_link.SimLinkBridge).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from smartbms_gui.views import qt_fixes  # noqa: E402

qt_fixes.install()

from sim_link import SimLinkBridge  # noqa: E402

from smartbms_gui.sim.battery import SimulatedBattery  # noqa: E402
from smartbms_gui.views.simulator_panel import SimulatorPanel  # noqa: E402
from smartbms_gui.views.switch_wizard import HiddenSettingsWizard  # noqa: E402
from smartbms_gui.views.switches_page import SwitchesPage  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "output" / "switch_views"
SIZES = ((1366, 768), (1920, 1080))


def apply_mode(app: QApplication, mode: str) -> None:
    try:
        from smartbms_gui.views.theme import apply_theme
    except ImportError:  # theme.py not there yet: a plain dark palette
        from PySide6.QtGui import QColor, QPalette
        if mode == "dark":
            p = QPalette()
            for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                                 (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#eeeeee"),
                                 (QPalette.ColorRole.Button, "#3a3a3a"), (QPalette.ColorRole.ButtonText, "#eeeeee")):
                p.setColor(role, QColor(colour))
            app.setPalette(p)
        else:
            app.setPalette(app.style().standardPalette())
        return
    apply_theme(app, mode)


def save(widget, name: str, mode: str, size) -> Path:
    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{name}_{mode}_{size[0]}x{size[1]}.png"
    widget.grab().save(str(path))
    return path


def render_wizard(mode: str, size, bridge) -> list[Path]:
    wizard = HiddenSettingsWizard(bridge)
    wizard.resize(*size)
    wizard.show()
    QApplication.processEvents()
    paths = []
    checks = {1: "recorded", 2: "set", 3: "toggled", 4: "restored"}
    wizard.choose.cells.setValue(17)
    wizard.choose.sensor.setCurrentIndex(6)  # 1000 A: shows the v1.4 note
    for page in range(8):
        if page == 1:
            if bridge is not None:
                bridge.advance(4)  # a few messages: the message rate (switch 1) gets filled in
            wizard.record.dip.setSwitch(3, True)
        if page == 5 and bridge is not None:
            bridge.advance(3)
        paths.append(save(wizard, f"wizard{page + 1}", mode, size))
        if page in checks:
            wizard.setField(checks[page], True)
        wizard.next()
    wizard.close()
    return paths


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    written = []
    for mode in ("light", "dark"):
        apply_mode(app, mode)
        for size in SIZES:
            battery = SimulatedBattery(cells=16, seed=1)
            bridge = SimLinkBridge(battery)
            bridge.advance(5)
            written += render_wizard(mode, size, bridge)
            page = SwitchesPage(bridge)
            for tab in range(3):
                page.tabs.setCurrentIndex(tab)
                written.append(save(page, f"switches_tab{tab + 1}", mode, size))
            page.close()
            panel = SimulatorPanel(battery, runner=bridge.runner)
            panel.battery.faults.inject("cell_over_voltage")
            panel.refresh()
            written.append(save(panel, "simulator_panel", mode, size))
            panel.close()
    print("\n".join(str(p) for p in written))


if __name__ == "__main__":
    main()
