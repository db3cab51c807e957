"""CSV export: one column per cell, units in the headers, values as decoded; raw copy."""

from __future__ import annotations

import csv

import pytest
from recording_sim import ascii_run, frame_run

from smartbms_gui.device.export import ExportError, export_csv, export_raw
from smartbms_gui.device.recording import Recorder, RecordingReader
from smartbms_gui.device.replay import decode_items
from smartbms_gui.protocol.frame import Frame
from smartbms_gui.protocol.stream import CellRecord, EnergyRecord, PackRecord


def _record(path, chunks, **kw):
    kw.setdefault("coalesce_s", 0.0)
    with Recorder(path, **kw) as rec:
        for t, data in chunks:
            rec.record_bytes(data, t)
    return rec.path


def test_csv_has_summary_and_cell_columns_with_units(tmp_path):
    chunks = ascii_run(60, cells=16)
    path = _record(tmp_path / "r.smartbms-recording", chunks)
    result = export_csv(path, tmp_path / "out.csv")
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[:4] == ["Time (local, ISO 8601)", "Unix time (s)", "Pack voltage (V)", "Battery current (A)"]
    for name in ("Solar current (A)", "Load current (A)", "State of charge (%)", "Lowest cell voltage (V)",
                 "Highest cell voltage (V)", "Cell spread (V)", "Lowest temperature (°C)"):
        assert name in header
    assert header[-32:-16] == [f"Cell {n} voltage (V)" for n in range(1, 17)]
    assert header[-16:] == [f"Cell {n} temperature (°C)" for n in range(1, 17)]
    assert result.cells == 16 and result.headers == header
    data = rows[1:]
    assert len(data) == result.rows and 55 <= len(data) <= 62  # one row per second with data
    assert all(len(r) == len(header) for r in data)
    # the last row holds the newest decoded values
    items = list(decode_items(path))
    last_pack = [i for _t, i in items if type(i) is PackRecord][-1]
    last_soc = [i for _t, i in items if type(i) is EnergyRecord][-1]
    last_cell5 = [i for _t, i in items if type(i) is CellRecord and i.cell == 5][-1]
    row = dict(zip(header, data[-1]))
    assert float(row["Pack voltage (V)"]) == pytest.approx(last_pack.pack_voltage_v, abs=5e-4)
    assert float(row["Battery current (A)"]) == pytest.approx(last_pack.battery_current_a, abs=5e-4)
    assert float(row["State of charge (%)"]) == pytest.approx(last_soc.soc_pct)
    assert float(row["Cell 5 voltage (V)"]) == pytest.approx(last_cell5.voltage_v, abs=5e-4)
    assert float(row["Cell 5 temperature (°C)"]) == pytest.approx(last_cell5.temperature_c, abs=0.05)
    spread = float(row["Highest cell voltage (V)"]) - float(row["Lowest cell voltage (V)"])
    assert float(row["Cell spread (V)"]) == pytest.approx(spread, abs=2e-3)
    assert float(row["Unix time (s)"]) == pytest.approx(items[-1][0], abs=1e-3)


def test_csv_from_the_serial_frame_fills_cells_as_they_arrive(tmp_path):
    chunks = frame_run(20, cells=8)
    path = _record(tmp_path / "f.smartbms-recording", chunks, wire="frame")
    export_csv(path, tmp_path / "f.csv")
    with open(tmp_path / "f.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    frames = [i for _t, i in decode_items(path) if type(i) is Frame]
    assert frames
    assert rows[0]["Cell 8 voltage (V)"] == ""  # not reported yet in the first second
    assert rows[-1]["Cell 8 voltage (V)"] != ""
    assert float(rows[-1]["Load current (A)"]) == pytest.approx(frames[-1].discharge_current_a, abs=1e-3)


def test_raw_export_is_a_complete_recording(tmp_path):
    chunks = ascii_run(10)
    path = _record(tmp_path / "r.smartbms-recording", chunks)
    copy = export_raw(path, tmp_path / "copy.smartbms-recording")
    assert [e.data for e in RecordingReader(copy).entries()] == [d for _t, d in chunks]


def test_export_to_an_unwritable_place_is_a_clear_error(tmp_path):
    path = _record(tmp_path / "r.smartbms-recording", ascii_run(3))
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="Choose another file"):
        export_csv(path, tmp_path / "file" / "out.csv")
    with pytest.raises(ExportError, match="Choose another folder"):
        export_raw(path, tmp_path / "file" / "out.smartbms-recording")
