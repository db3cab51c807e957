"""Export of a recording: CSV (summary columns and one column per cell) and the raw recording.

The CSV is made by replaying the recording through the same decoders and the same `LiveState`
the screens use, then writing one row per `interval_s` in which something arrived, with the
newest value of every column (empty where nothing is known yet). Units are in the headers.
PNG/SVG of the plots are made on the views side (pyqtgraph exporters).

A long recording takes a while (a 24-hour, 255-cell one: minutes), so both exports are made to run
on a worker thread: `progress(share)` hears how far they are (0…1, rising, 1 once the file is in
place) and a set `cancel` event (anything with `is_set()`) stops them between rows with
`ExportCancelled`. Either way the export is all or nothing: a cancelled or failed export leaves no
file and an earlier file of the same name as it was.
"""

from __future__ import annotations

import csv
import datetime as _dt
import glob
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from smartbms_gui import files
from smartbms_gui.messages import Message

from ..protocol.scaling import Generation
from . import history, history_json
from .model import LiveState
from .recording import EventKind, RecordingReader, RecordingWarning
from .replay import decode_items

# (value name in LiveState, header text with unit)
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pack_voltage_v", "Pack voltage (V)"),
    ("battery_current_a", "Battery current (A)"),
    ("solar_current_a", "Solar current (A)"),
    ("load_current_a", "Load current (A)"),
    ("soc_pct", "State of charge (%)"),
    ("lowest_cell_v", "Lowest cell voltage (V)"),
    ("lowest_cell", "Lowest cell (number)"),
    ("highest_cell_v", "Highest cell voltage (V)"),
    ("highest_cell", "Highest cell (number)"),
    ("cell_spread_v", "Cell spread (V)"),
    ("lowest_temp_c", "Lowest temperature (°C)"),
    ("highest_temp_c", "Highest temperature (°C)"),
    ("charge_allowed", "Charge allowed (1/0)"),
    ("load_allowed", "Load allowed (1/0)"),
    ("status1", "Status1 (bits)"),
)
TIME_HEADERS = ("Time (local, ISO 8601)", "Unix time (s)")


def cell_voltage_header(n: int) -> str:
    return f"Cell {n} voltage (V)"


def cell_temperature_header(n: int) -> str:
    return f"Cell {n} temperature (°C)"


@dataclass
class ExportResult:
    path: Path
    rows: int
    cells: int
    headers: list[str]
    warnings: list[RecordingWarning] = field(default_factory=list)
    #: the battery's cell log and SoC history as read during the recording (`NAME-history.csv`), or None
    history_path: Path | None = None


class ExportError(Exception):
    """The export file could not be written; the message says why and what to do."""


class ExportCancelled(ExportError):
    """The export was cancelled: nothing was written, an earlier file of that name is unchanged."""


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...  # a threading.Event fits


ProgressCallback = Callable[[float], None]

#: Share of the CSV progress bar for the first pass (it only decodes; the second also writes).
_COUNT_PASS_SHARE = 0.1
#: Smallest progress step reported (so a callback that redraws is called at most ~500 times).
_PROGRESS_STEP = 0.002
#: Pages of the recording copied per step of the raw export (4 MB at SQLite's 4 kB pages).
RAW_PAGES_PER_STEP = 1024


class _Progress:
    """Progress through a time span, in passes, for `export_csv`; checks the cancel flag.
    Called between rows on the worker thread: it must stay cheap."""

    def __init__(self, report: ProgressCallback | None, cancel: CancelFlag | None, out: Path,
                 first: float, last: float) -> None:
        self.report = report
        self.cancel = cancel
        self.out = out
        self.first = first
        self.span = last - first if last > first else 1.0
        self.low, self.high = 0.0, 1.0
        self.sent = -1.0

    def pass_share(self, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.send(low)

    def at(self, t: float) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ExportCancelled(cancelled_text(self.out))
        if self.report is not None:
            done = min(max((t - self.first) / self.span, 0.0), 1.0)
            share = self.low + (self.high - self.low) * done
            if share - self.sent >= _PROGRESS_STEP:
                self.send(share)

    def send(self, share: float) -> None:
        if self.report is not None and share > self.sent:
            self.sent = share
            self.report(share)


def cancelled_text(out: Path) -> Message:
    return Message("Export cancelled: {path} was not written (an earlier file of that name is unchanged).",
                   path=out)


def _fmt(value, digits: int) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return f"{float(value):.{digits}f}"


def _summary_value(live: LiveState, name: str):
    if name == "cell_spread_v":
        low, high = live.get("lowest_cell_v"), live.get("highest_cell_v")
        return None if low is None or high is None else high - low
    if name == "charge_allowed":
        return live.charge_allowed
    if name == "load_allowed":
        return live.load_allowed
    return live.get(name)


_DIGITS = {"pack_voltage_v": 3, "lowest_cell_v": 3, "highest_cell_v": 3, "cell_spread_v": 3,
           "battery_current_a": 3, "solar_current_a": 3, "load_current_a": 3, "soc_pct": 0,
           "lowest_temp_c": 1, "highest_temp_c": 1}


def export_csv(source, out_path: str | os.PathLike[str], *, interval_s: float = 1.0,
               start: float | None = None, end: float | None = None,
               progress: ProgressCallback | None = None, cancel: CancelFlag | None = None,
               excel: bool = False) -> ExportResult:
    """Write the CSV of a recording (path or open reader). Returns what was written.

    `excel=True` starts the file with a UTF-8 byte-order mark: without it Excel reads the file in
    the computer's ANSI code page and shows "Â°C" for "°C" (other programs skip the mark).

    `progress(share)` (0…1) and `cancel` (checked between rows; raises `ExportCancelled`) are for
    running it on a worker thread, see the module text. A reader passed in must not be used
    elsewhere meanwhile."""
    reader = source if isinstance(source, RecordingReader) else RecordingReader(source)
    owned = reader is not source
    out = Path(out_path)
    remove_stale_parts(out)
    remove_stale_parts(history_path_for(out))
    try:
        first, last = reader.time_range()
        # Rows recorded after this moment (a live recording) are not in the export.
        stop = last if end is None else min(end, last)
        tracker = _Progress(progress, cancel, out, first, stop)
        # All or nothing: a full disk or a cancelled export never leaves half a CSV (or destroys an
        # earlier export of the same name). Opened first: a wrong folder fails before the work.
        try:
            with files.replacing(out, newline="", encoding="utf-8-sig" if excel else "utf-8") as handle:
                cells = _count_cells(reader, stop, tracker)
                headers = list(TIME_HEADERS) + [h for _n, h in SUMMARY_COLUMNS]
                headers += [cell_voltage_header(n) for n in range(1, cells + 1)]
                headers += [cell_temperature_header(n) for n in range(1, cells + 1)]
                live = LiveState(generation=Generation(reader.info.generation), clock=lambda: 0.0)
                rows = _write_rows(csv.writer(handle), headers, cells, reader, live, interval_s, start, stop,
                                   tracker)
                # Before the CSV takes its place: a history file that can't be written (a folder of
                # that name, a full disk) leaves the earlier CSV as it was too, not a new CSV beside
                # an old history.
                history_out = _export_memory(reader, out, stop)
        except OSError as exc:
            raise ExportError(files.describe_write_error(exc, out)) from exc
        tracker.send(1.0)
        return ExportResult(out, rows, cells, headers, list(reader.warnings), history_out)
    finally:
        if owned:
            reader.close()


#: A part file untouched this long belongs to an export that was killed (a running one writes on).
STALE_PART_S = 600.0


def remove_stale_parts(out: Path, *, now: float | None = None) -> list[Path]:
    """Delete the hidden part files (`.NAME.*.part`, see `files.replacing`) an export of `out` that was
    killed (or lost power) left beside it; a part file written in the last `STALE_PART_S` is left
    alone (another export may be writing it)."""
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = list(out.parent.glob(f".{glob.escape(out.name)}.*.part"))
    except OSError:
        return []
    for part in candidates:
        try:
            if now - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def history_path_for(out: Path) -> Path:
    """Where the cell log and SoC history of an export go: `NAME-history.csv` beside `NAME.csv`."""
    return out.with_name(f"{out.stem}-history.csv")


def recorded_memory(reader: RecordingReader, stop: float | None = None
                    ) -> tuple[history.CellLog | None, history.SocHistory | None]:
    """The newest cell log and SoC history the recording holds as read (up to `stop`), or None each."""
    cell_log = soc = None
    for entry in reader.events():
        if stop is not None and entry.t > stop:
            break
        try:
            if entry.kind == EventKind.CELL_LOG.value:
                cell_log = history_json.loads_cell_log(entry.text)
            elif entry.kind == EventKind.SOC_HISTORY.value:
                soc = history_json.loads_soc_history(entry.text)
        except ValueError as exc:
            reader.warnings.append(RecordingWarning(Message("A recorded cell log or SoC history could not be "
                                                            "read: {problem}", problem=str(exc))))
    return cell_log, soc


def _export_memory(reader: RecordingReader, out: Path, stop: float) -> Path | None:
    """`NAME-history.csv` (all or nothing, as `history.csv_text` words it) when the recording holds a
    cell log or SoC history; None otherwise."""
    cell_log, soc = recorded_memory(reader, stop)
    if cell_log is None and soc is None:
        return None
    target = history_path_for(out)
    try:
        files.write_text(target, history.csv_text(cell_log, soc))
    except OSError as exc:
        raise ExportError(files.describe_write_error(exc, target)) from exc
    return target


def _count_cells(reader: RecordingReader, stop: float, tracker: _Progress) -> int:
    """First pass: how many cell columns (the largest cell count seen up to the end)."""
    tracker.pass_share(0.0, _COUNT_PASS_SHARE)
    cells = 0
    for t, item in decode_items(reader):
        if t > stop:
            break
        tracker.at(t)  # a cancel raises here (and below), inside `replacing`: the part file goes
        count = getattr(item, "cell_count", None)
        if count and count > cells:
            cells = int(count)
    return cells


def _write_rows(writer, headers: list[str], cells: int, reader: RecordingReader, live: LiveState,
                interval_s: float, start: float | None, stop: float, tracker: _Progress) -> int:
    """Second pass: one row per `interval_s` with data, the newest value of every column."""
    tracker.pass_share(_COUNT_PASS_SHARE, 1.0)
    rows = 0
    writer.writerow(headers)
    bucket = None
    pending_t = None

    def write_row(t: float) -> None:
        nonlocal rows
        stamp = _dt.datetime.fromtimestamp(t).isoformat(timespec="milliseconds")
        row = [stamp, f"{t:.3f}"]
        row += [_fmt(_summary_value(live, name), _DIGITS.get(name, 3)) for name, _h in SUMMARY_COLUMNS]
        volts = [""] * cells
        temps = [""] * cells
        for cell in live.cells[:cells]:
            volts[cell.index - 1] = _fmt(cell.voltage_v, 3)
            temps[cell.index - 1] = _fmt(cell.temperature_c, 1)
        writer.writerow(row + volts + temps)
        rows += 1

    for t, item in decode_items(reader):
        tracker.at(t)
        if start is not None and t < start:
            live.apply(item, t)
            continue
        if t > stop:
            break
        b = int(t // interval_s)
        if bucket is not None and b != bucket and pending_t is not None:
            write_row(pending_t)
        bucket = b
        live.apply(item, t)
        pending_t = t
    if pending_t is not None:
        write_row(pending_t)
    return rows


def export_raw(source: str | os.PathLike[str], out_path: str | os.PathLike[str], *,
               progress: ProgressCallback | None = None, cancel: CancelFlag | None = None) -> Path:
    """A consistent copy of the recording database (safe while it is still being recorded).

    Copied in steps of `RAW_PAGES_PER_STEP` pages; `progress` and `cancel` as for `export_csv`."""
    out = Path(out_path)
    part = out.with_name(f".{out.name}.part")  # copied beside the target, then moved over it in one step

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise ExportCancelled(cancelled_text(out))  # SQLite's backup is abandoned, the part removed
        if progress is not None and total > 0:
            progress((total - remaining) / total)

    if not Path(source).is_file():  # sqlite3.connect would make an empty database of a wrong path
        raise ExportError(Message("No recording at {path}: nothing was copied.", path=source))
    try:
        src = sqlite3.connect(str(source))
        try:
            if part.exists():
                part.unlink()
            # One read snapshot for all the steps: without it, every row the recorder writes between
            # two steps restarts the copy, and a live recording might never finish copying.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(str(part))
            try:
                with dst:
                    src.backup(dst, pages=RAW_PAGES_PER_STEP, progress=step)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to hand over
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(part, out)
    except (sqlite3.Error, OSError, ExportCancelled) as exc:
        for leftover in (part, part.with_name(part.name + "-journal")):
            if leftover.exists():
                leftover.unlink()
        if isinstance(exc, ExportCancelled):
            raise
        if isinstance(exc, OSError):
            raise ExportError(files.describe_write_error(exc, out)) from exc
        raise ExportError(Message("Can't copy the recording to {path}: {reason}. Choose another folder (an "
                                  "earlier file of that name is unchanged).",
                                  path=out, reason=str(exc))) from exc
    if progress is not None:
        progress(1.0)
    return out
