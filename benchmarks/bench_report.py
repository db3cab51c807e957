"""Commissioning report benchmark: the PDF of a 24-hour 255-cell recording.

Measures
- report_24h_s: from the recording's file name to the PDF on disk (`smartbms report --from-recording`'s
  path: observe the recording, build the content, draw the PDF); the target is 5 s or less;
- observe_s / build_s / render_s: its three parts;
- pages and pdf_kb: what came out.

The recording is made the way benchmarks/bench_plots.py makes one: the simulator's stream at one
message a second, cut into 20-byte BLE notifications, written by the real `Recorder` (kept with
--keep DIR so a second run does not make it again).

Usage: .venv/bin/python benchmarks/bench_report.py [--hours 24] [--keep DIR]
Prints figures for people, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_plots import CELLS, make_recording  # noqa: E402

TARGET_S = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=24.0)
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the recording in DIR")
    args = parser.parse_args()

    from smartbms_gui.report.content import ReportInfo, build_report
    from smartbms_gui.report.observe import observe_recording
    from smartbms_gui.report.render_pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    recording = folder / f"report-{CELLS}-cells-{args.hours:g}h.smartbms-recording"
    if not recording.exists():
        t0 = time.perf_counter()
        rows, size = make_recording(recording, args.hours)
        print(f"made {recording.name}: {rows} rows, {size / 1e6:.1f} MB of stream in "
              f"{time.perf_counter() - t0:.1f} s")
    pdf = folder / "report.pdf"
    t0 = time.perf_counter()
    observation = observe_recording(recording)
    t1 = time.perf_counter()
    report = build_report(observation, ReportInfo(site="Benchmark", language="en"))
    t2 = time.perf_counter()
    pages = write_pdf(report, pdf)
    t3 = time.perf_counter()
    result = {
        "hours": args.hours,
        "cells": CELLS,
        "report_24h_s": round(t3 - t0, 3),
        "observe_s": round(t1 - t0, 3),
        "build_s": round(t2 - t1, 3),
        "render_s": round(t3 - t2, 3),
        "pages": pages,
        "pdf_kb": round(pdf.stat().st_size / 1024, 1),
        "series_points": len(observation.series),
        "target_s": TARGET_S,
        "within_target": (t3 - t0) <= TARGET_S,
    }
    print(f"report of a {args.hours:g} h {CELLS}-cell recording: {result['report_24h_s']:.2f} s "
          f"(observe {result['observe_s']:.2f} s, build {result['build_s']:.2f} s, "
          f"render {result['render_s']:.2f} s); {pages} pages, {result['pdf_kb']} KB, "
          f"{result['series_points']} chart points")
    print(json.dumps(result))
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
