"""Preferences → Units on the Plots page: with Imperial the cell temperature row (its title, the heat
map's values and colour scale, the lines, the read-out) is in °F, switched while the page shows data;
the CSV export keeps its documented °C. A window with a saved imperial preference builds the page in °F."""

from __future__ import annotations

import csv
import time

import numpy as np
import pytest
from plots_sim import simulated_bytes, simulated_items, wait_loaded

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.recording import Recorder
from smartbms_gui.protocol.stream import CellRecord
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


def _temps(page):
    return page.cell_rows["cell_temps"]


def _ticks(row) -> list[str]:
    axis = row.colorbar.axis
    return axis.tickStrings([20.0, 30.0], 1.0, 10.0)


def test_the_temperature_row_follows_the_units_while_shown(page):
    now = time.time()
    items = simulated_items(300, cells=8, start=now - 300)
    for t, item in items:
        page.feed(item, t)
    page.redraw()
    row = _temps(page)
    assert row.title[0].startswith("°C") and all(text.endswith("°C") for text in _ticks(row))
    celsius = np.array(row.image.image, dtype=float)
    levels_c = row.colorbar.levels()
    last_t, last_cell = [(t, i) for t, i in items if type(i) is CellRecord and i.cell == 8][-1]
    assert "Cell 8: " in page.show_readout(last_t, cell_y=8)
    assert "°C" in page.show_readout(last_t, cell_y=8)

    page.set_units("imperial")  # as Preferences → Units does, the page showing its data
    page.redraw()
    assert row.title[0].startswith("°F") and "°C" not in " ".join(row.title)
    assert all(text.endswith("°F") for text in _ticks(row))
    fahrenheit = np.array(row.image.image, dtype=float)
    assert np.allclose(fahrenheit, celsius * 1.8 + 32, equal_nan=True)
    levels_f = row.colorbar.levels()
    assert levels_f[1] - levels_f[0] >= 9.0 - 1e-9  # the 5 °C minimum span, in °F
    assert min(levels_f) > max(levels_c)  # (room temperatures: °F numbers are higher)
    text = page.show_readout(last_t, cell_y=8)
    assert "°F" in text and "°C" not in text
    shown = round(last_cell.temperature_c * 1.8 + 32)
    assert f"{shown} °F" in text

    page.set_cell_mode("chosen")
    page.set_chosen_cells([8])
    page.redraw()
    assert row.title[-1] == "°F" or "(°F)" in " ".join(row.title)
    _x, y = row.chosen[0].getData()
    assert y[-1] == pytest.approx(last_cell.temperature_c * 1.8 + 32, abs=0.6)
    low, high = row.plot.vb.viewRange()[1]
    assert low <= y[-1] <= high

    page.set_units("metric")
    page.redraw()
    _x, y = row.chosen[0].getData()
    assert y[-1] == pytest.approx(last_cell.temperature_c, abs=0.4) and "(°C)" in " ".join(row.title)


def test_the_csv_export_keeps_celsius(page, qtbot, tmp_path):
    path = tmp_path / "small.smartbms-recording"
    with Recorder(path, coalesce_s=0.0) as recorder:
        for t, data in simulated_bytes(60, cells=8, start=time.time() - 60):
            recorder.record_bytes(data, t)
    page.set_units("imperial")
    page.set_window(24 * 3600)
    assert page.open_recording(path)
    wait_loaded(qtbot, page)
    outcomes = []
    page.exportFinished.connect(lambda ok, text: outcomes.append((ok, text)))
    assert page.export("csv", tmp_path / "out.csv")
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert outcomes[0][0], outcomes[0]
    rows = list(csv.reader((tmp_path / "out.csv").open(encoding="utf-8")))
    header = rows[0]
    assert "Cell 1 temperature (°C)" in header and not any("°F" in h for h in header)
    column = header.index("Cell 1 temperature (°C)")
    values = [float(r[column]) for r in rows[1:] if r[column]]
    assert values and all(0 < v < 60 for v in values)  # °C of a battery indoors, not °F
    page.close_recording()


async def test_a_window_with_imperial_units_builds_the_plots_in_fahrenheit(qtbot, tmp_path):
    bridge = DeviceBridge()
    win = MainWindow(bridge, app_prefs.Preferences(units="imperial"), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    try:
        assert win.pages.built("plots") is None
        plots = win.plots
        assert plots.units == "imperial"
        assert _temps(plots).title[0].startswith("°F")
        assert plots.temperature_text(25.0) == "77 °F"
    finally:
        await bridge.disconnect()


async def test_changing_the_units_in_preferences_reaches_a_built_plots_page(qtbot, tmp_path):
    import dataclasses

    bridge = DeviceBridge()
    prefs = app_prefs.Preferences()
    win = MainWindow(bridge, prefs, prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    try:
        plots = win.plots
        assert _temps(plots).title[0].startswith("°C")
        win._apply_preferences(dataclasses.replace(prefs, units="imperial"))
        assert plots.units == "imperial" and _temps(plots).title[0].startswith("°F")
    finally:
        await bridge.disconnect()
