"""`smartbms scan`, `monitor`, `record` and `export`."""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path
from typing import Any

from smartbms_gui.cli_common import (
    EXIT_FAILED,
    EXIT_USAGE,
    OutputClosed,
    UserError,
    add_json_flag,
    note,
    print_json,
    say,
)
from smartbms_gui.cli_device import add_device_options, connect, describe, device_choice, session_for
from smartbms_gui.cli_records import key_values_to_json, record_to_json
from smartbms_gui.protocol.frame import Frame

# ----------------------------------------------------------------------------------------- scan


def run_scan(args: argparse.Namespace) -> int:
    from smartbms_gui.transport.serial_ports import list_ports

    try:
        ports = list_ports()
    except Exception as exc:  # noqa: BLE001 - a broken port enumeration must not hide the BLE scan
        ports = []
        note(f"could not list serial ports: {exc}")
    ble: list[dict[str, Any]] = []
    ble_error: str | None = None
    if not args.no_ble:
        if not args.json:
            note(f"Looking for batteries over Bluetooth for {args.seconds:g} s ...")
        try:
            ble = asyncio.run(_scan_ble(args.seconds))
        except Exception as exc:  # noqa: BLE001 - no adapter, no permission, no BlueZ: say so, go on
            from smartbms_gui.transport.base import TransportError

            ble_error = str(exc) if isinstance(exc, TransportError) else \
                f"Bluetooth scan not possible: {str(exc) or type(exc).__name__}"
    if args.json:
        out: dict[str, Any] = {"serial": [p.as_dict() for p in ports], "ble": ble}
        if ble_error:
            out["ble_error"] = ble_error
        print_json(out)
    else:
        say("Serial ports:" if ports else "Serial ports: none found")
        for p in ports:
            say(f"  {p.label}")
        if not args.no_ble:
            if ble_error:
                note(ble_error)
            else:
                say("Bluetooth batteries:" if ble else "Bluetooth batteries: none found")
                for d in ble:
                    say(f"  {d['address']}  {d['name'] or '(no name)'}  {d['type']}  serial {d['serial']}  "
                        f"Gen{d['generation']}  RSSI {d['rssi']}")
    return 0


async def _scan_ble(seconds: float) -> list[dict[str, Any]]:
    """123\\SmartBMS adverts seen within `seconds`, recognised by company id (protocol.md §1)."""
    from smartbms_gui.transport.ble import BleScanner

    found = await BleScanner().scan(seconds)
    return [{
        "address": d.address,
        "name": d.name,
        "type": d.type_label,
        "serial": d.serial,
        "generation": int(d.generation),
        "rssi": d.rssi,
    } for d in found]


# -------------------------------------------------------------------------------------- monitor


def add_monitor_parser(sub) -> None:
    monitor = sub.add_parser("monitor", help="show live values (or replay a recording)",
                             description="Show the battery's live values. With --json: one JSON object "
                                         "per decoded record, SI units (V, A, °C, Wh, %).")
    add_json_flag(monitor)
    add_device_options(monitor, replay=True)
    monitor.add_argument("--seconds", type=float, default=None, metavar="N", help="stop after N seconds")
    monitor.set_defaults(run=run_monitor)


def _wall(t_monotonic: float) -> float:
    return time.time() - time.monotonic() + t_monotonic


def _is_record(item: Any) -> bool:
    from smartbms_gui.protocol.frame import Frame
    from smartbms_gui.protocol.stream import RECORD_TYPES

    return isinstance(item, (Frame, *RECORD_TYPES))


def summary_line(live) -> str:
    """One human line from the live model."""

    def num(name: str, fmt: str, unit: str) -> str:
        value = live.get(name)
        return "--" if value is None else f"{value:{fmt}} {unit}"

    cells = live.cell_count
    got = live.cells_received
    parts = [
        time.strftime("%H:%M:%S"),
        f"pack {num('pack_voltage_v', '.2f', 'V')}",
        f"battery {num('battery_current_a', '+.2f', 'A')}",
        f"SoC {num('soc_pct', '.0f', '%')}",
        f"cells received {got}/{cells}" if cells else "cells --",
        f"lowest {num('lowest_cell_v', '.3f', 'V')}",
        f"highest {num('highest_cell_v', '.3f', 'V')}",
        f"T {num('lowest_temp_c', '.1f', '°C')}..{num('highest_temp_c', '.1f', '°C')}",
    ]
    extras = [f"SoH {live.get('soh_pct'):.0f} %" if isinstance(live.get("soh_pct"), (int, float)) else "",
              f"firmware {live.get('firmware')}" if live.get("firmware") else ""]
    parts += [e for e in extras if e]
    if live.charge_allowed is not None:
        parts.append(f"charge {'on' if live.charge_allowed else 'off'}, load {'on' if live.load_allowed else 'off'}")
    return "  ".join(parts)


def run_monitor(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0", EXIT_USAGE)
    if getattr(args, "replay", None):
        return run_replay(args)
    choice = device_choice(args)
    return asyncio.run(_monitor(args, choice))


async def _monitor(args: argparse.Namespace, choice) -> int:
    from smartbms_gui.device.model import LiveState

    live = LiveState(generation=choice.generation)
    count = 0

    def on_item(item: Any, t: float) -> None:
        nonlocal count
        if not _is_record(item):
            return
        count += 1
        if args.json:
            record = record_to_json(item, _wall(t))
            if isinstance(item, Frame):
                # The rotating key/value bytes composed into SI values (SoH %, V low V, firmware, ...),
                # only those whose bytes all arrived within the last 60 s.
                record["key_values"] = key_values_to_json(live.key_values.values(t))
            print_json(record)

    session = session_for(choice, args, live=live, one_shot=False, on_item=on_item)
    await connect(session, choice, args.timeout)
    _report_link_changes(session, choice)
    if choice.read_only and not args.json:
        note("The USB serial link is read-only: live values only, no settings changes.")
    try:
        loop = asyncio.get_running_loop()
        end = None if args.seconds is None else loop.time() + args.seconds
        next_line = loop.time() + 1.0
        try:
            while (end is None or loop.time() < end) and not OutputClosed.closed:
                await asyncio.sleep(0.2 if end is None else max(0.0, min(0.2, end - loop.time())))
                if not args.json and count and loop.time() >= next_line:
                    next_line = loop.time() + 1.0
                    say(summary_line(live))
        except asyncio.CancelledError:
            _stopped_by_user()  # Ctrl-C is the normal way to end a monitor: a clean exit 0
    finally:
        await session.close()
    if not args.json:
        note(f"{count} records received")
    return 0


def _stopped_by_user() -> None:
    """Ctrl-C arrived as a cancellation of the main task: accept it as the end of the command."""
    task = asyncio.current_task()
    if task is not None:
        task.uncancel()


def _report_link_changes(session, choice) -> None:
    """After the first connection, tell (on stderr) when the link drops and comes back."""
    from smartbms_gui.device.state import Phase

    last = [session.state.phase]

    def on_state(state) -> None:
        if state.phase is Phase.RECONNECTING and last[0] is not Phase.RECONNECTING:
            waiting = f"waiting for {choice.target} to return" if choice.kind == "serial" else "reconnecting"
            note(f"{describe(choice)}: link lost ({state.reason or 'no data'}); {waiting}")
        elif state.phase is Phase.STREAMING and last[0] is not Phase.STREAMING:
            note(f"{describe(choice)}: live again")
        last[0] = state.phase

    previous = session.on_state

    def chained(state) -> None:
        on_state(state)
        if previous is not None:
            previous(state)

    session.on_state = chained


def run_replay(args: argparse.Namespace) -> int:
    """Decode a recording with device/replay.py (the same decoders as the live link), as fast as it reads."""
    from smartbms_gui.device.model import LiveState
    from smartbms_gui.device.recording import RecordingWarning, open_recording
    from smartbms_gui.device.replay import decode_items

    try:
        reader = open_recording(args.replay)
    except RecordingWarning as exc:
        raise UserError(str(exc), EXIT_USAGE) from None
    count = 0
    with reader:
        live = LiveState(generation=reader.info.generation)
        first_t = None
        for t, item in decode_items(reader):
            first_t = t if first_t is None else first_t
            if (args.seconds is not None and t - first_t > args.seconds) or OutputClosed.closed:
                break
            if not _is_record(item):
                continue
            count += 1
            live.apply(item, t)
            if args.json:
                print_json(record_to_json(item, t))
            elif type(item).__name__ in ("Frame", "PackRecord"):
                say(time.strftime("%H:%M:%S", time.localtime(t)) + summary_line(live)[8:])
        for warning in reader.warnings:
            note(str(warning))
    if not args.json:
        note(f"{count} records in {Path(args.replay).name}")
    return 0


# --------------------------------------------------------------------------------- record/export


def add_record_parsers(sub) -> None:
    record = sub.add_parser("record", help="record everything the battery sends to a file",
                            description="Record the raw data of a connection (crash-safe) for later replay "
                                        "or export. The PIN is masked in the recording.")
    add_json_flag(record)
    record.add_argument("file", metavar="FILE", help="recording file (.smartbms-recording is added if missing)")
    add_device_options(record)
    record.add_argument("--seconds", type=float, default=None, metavar="N", help="stop after N seconds")
    record.set_defaults(run=run_record)

    export = sub.add_parser("export", help="export a recording as CSV",
                            description="Turn a recording into a CSV file of decoded values.")
    add_json_flag(export)
    export.add_argument("recording", metavar="RECORDING", help="a file made with `smartbms record`")
    export.add_argument("-o", "--output", metavar="CSV", help="CSV file to write (default: next to the recording)")
    export.add_argument("--force", action="store_true", help="overwrite the CSV file if it exists")
    export.set_defaults(run=run_export)


def _recording_path(text: str) -> Path:
    from smartbms_gui.device.recording import FILE_SUFFIX

    path = Path(text)
    if path.suffix not in (FILE_SUFFIX, ".sqlite", ".db"):
        path = path.with_name(path.name + FILE_SUFFIX)
    if path.exists():
        raise UserError(f"{path} exists already: choose another name (recordings are never overwritten)",
                        EXIT_USAGE)
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist", EXIT_USAGE)
    return path


def run_record(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0", EXIT_USAGE)
    choice = device_choice(args)
    path = _recording_path(args.file)
    return asyncio.run(_record(args, choice, path))


async def _record(args: argparse.Namespace, choice, path: Path) -> int:
    from smartbms_gui.device.recording import Recorder

    session = session_for(choice, args, one_shot=False)
    recorder = Recorder(path, wire="frame" if choice.kind == "serial" else "ascii",
                        generation=int(choice.generation), description=describe(choice), monotonic=True,
                        on_warning=lambda w: note(f"recording: {w}"))
    received = 0

    def count_bytes(data: bytes, t: float) -> None:
        nonlocal received
        received += len(data)

    session.on_bytes = count_bytes
    recorder.attach(session)  # chains to count_bytes
    try:
        await connect(session, choice, args.timeout)
        if not args.json:
            note(f"Recording {describe(choice)} to {path} " +
                 ("until Ctrl-C" if args.seconds is None else f"for {args.seconds:g} s"))
        loop = asyncio.get_running_loop()
        end = None if args.seconds is None else loop.time() + args.seconds
        try:
            while end is None or loop.time() < end:
                await asyncio.sleep(1.0 if end is None else max(0.0, min(1.0, end - loop.time())))
        except asyncio.CancelledError:
            _stopped_by_user()  # Ctrl-C ends a recording normally; everything received is kept
    finally:
        await session.close()
        recorder.close()
    if recorder.warnings:
        raise UserError(f"the recording stopped: {recorder.warnings[-1]}", EXIT_FAILED)
    if args.json:
        print_json({"path": str(path), "bytes": received, "rows": recorder.rows_written})
    else:
        say(f"Recorded {received} bytes to {path}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from smartbms_gui.device.export import ExportError, export_csv
    from smartbms_gui.device.recording import RecordingWarning

    source = Path(args.recording)
    out = Path(args.output) if args.output else source.with_suffix(".csv")
    if out.resolve() == source.resolve():
        raise UserError("the CSV file must not be the recording itself", EXIT_USAGE)
    if out.exists() and not args.force:  # an earlier export may hold edits: never replace it silently
        raise UserError(f"{out} exists already: add --force to overwrite it", EXIT_USAGE)
    try:
        result = export_csv(source, out)
    except RecordingWarning as exc:
        raise UserError(str(exc), EXIT_USAGE) from None
    except ExportError as exc:
        raise UserError(str(exc), EXIT_FAILED) from None
    for warning in result.warnings:
        note(str(warning))
    if args.json:
        print_json({"path": str(result.path), "rows": result.rows, "cells": result.cells,
                    "columns": len(result.headers)})
    else:
        say(f"Wrote {result.rows} rows ({result.cells} cells) to {result.path}")
    return 0
