"""`smartbms record` (everything a battery sends, crash-safe, PIN masked) and `smartbms export` (CSV)."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path

from smartbms_gui.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    MAX_SECONDS,
    UserError,
    add_json_flag,
    note,
    number_option,
    print_json,
    say,
)
from smartbms_gui.cli.device import (
    add_device_options,
    connect,
    describe,
    device_choices,
    lookup_ble,
    run_until_stopped,
    session_for,
    stopped_by_user,
)


def add_parser(sub) -> None:
    record = sub.add_parser("record", help="record everything one or more packs send, to a file per pack",
                            description="Record the raw data of a connection (crash-safe) for later replay "
                                        "or export. The PIN is masked in the recording. Several packs "
                                        "(repeat --ble/--serial/--simulator): one recording per pack, "
                                        "FILE-pack1, FILE-pack2, … in the order given.")
    add_json_flag(record)
    record.add_argument("file", metavar="FILE",
                        help="recording file (.smartbms-recording is added if missing); with several packs "
                             "the name the packs' files start with")
    add_device_options(record, several=True)
    record.add_argument("--seconds", type=number_option(above=0, maximum=MAX_SECONDS, unit="s"),
                        default=None, metavar="N", help="stop after N seconds")
    record.set_defaults(run=run_record)

    export = sub.add_parser("export", help="export a recording as CSV",
                            description="Turn a recording into a CSV file of decoded values.")
    add_json_flag(export)
    export.add_argument("recording", metavar="RECORDING", help="a file made with `smartbms record`")
    export.add_argument("-o", "--output", metavar="CSV", help="CSV file to write (default: next to the recording)")
    export.add_argument("--force", action="store_true", help="overwrite the CSV file if it exists")
    export.add_argument("--excel", action="store_true",
                        help="start the file with a UTF-8 byte-order mark, so that Excel shows °C right")
    export.set_defaults(run=run_export)


def _recording_path(text: str) -> Path:
    from smartbms_gui.device.recording import FILE_SUFFIX

    if not text.strip():
        raise UserError("FILE is empty: give the recording a file name", EXIT_USAGE)
    path = Path(text)
    if path.suffix not in (FILE_SUFFIX, ".sqlite", ".db"):
        path = path.with_name(path.name + FILE_SUFFIX)
    if path.exists():
        raise UserError(f"{path} exists already: choose another name (recordings are never overwritten)",
                        EXIT_USAGE, names=[path])
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist", EXIT_USAGE)
    return path


def pack_recording_paths(text: str, count: int) -> list[Path]:
    """The files of a site's recording: `FILE-pack1.smartbms-recording`, `FILE-pack2…`, by the packs'
    order on the command line (a position is known before connecting; the serial numbers are in
    the output and in each recording's description). None may exist already."""
    from smartbms_gui.device.recording import FILE_SUFFIX

    if not text.strip():
        raise UserError("FILE is empty: give the recording a file name", EXIT_USAGE)
    base = Path(text)
    if base.suffix in (FILE_SUFFIX, ".sqlite", ".db"):
        base = base.with_suffix("")
    return [_recording_path(str(base.with_name(f"{base.name}-pack{n}{FILE_SUFFIX}")))
            for n in range(1, count + 1)]


def run_record(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0", EXIT_USAGE)
    choices = device_choices(args)
    if len(choices) == 1:
        return run_until_stopped(_record(args, choices[0], _recording_path(args.file)))
    return run_until_stopped(_record_site(args, choices, pack_recording_paths(args.file, len(choices))))


async def _record_site(args: argparse.Namespace, choices: list, paths: list[Path]) -> int:
    """One recording per pack (cli/site_packs.py: one failing never stops the others)."""
    from smartbms_gui.cli.site_packs import SITE, Site

    await lookup_ble(choices)
    received: dict[str, int] = {}

    def count_bytes(pack, data: bytes) -> None:
        received[pack.key] = received.get(pack.key, 0) + len(data)

    site = Site(args, choices, record_paths=paths)
    for pack in site.sessions:
        pack.session.listen("bytes", lambda data, _t, pack=pack: count_bytes(pack, data))
    try:
        await site.open(args.timeout)
        if not args.json:
            note(f"Recording {len(choices)} packs to " + ", ".join(str(p) for p in paths) + " " +
                 _how_long(args.seconds))
        await _record_until_done(args.seconds)
    finally:
        await site.close()  # a pack that never went live leaves no file behind
    kept = [p for p in site.sessions if p.recorder is not None and p.recorder.went_live]
    # a pack whose recording could not be written is named by the error below, not as "Recorded"
    written = [p for p in kept if not p.recording_warnings]
    for pack in written:
        label = site.label(pack.key)
        path = Path(pack.recorder.path)
        size = _file_size(path)
        if args.json:
            print_json({"pack": label, "path": str(path), "bytes": received.get(pack.key, 0),
                        "rows": pack.recorder.rows_written, "file_bytes": size})
        else:
            say(f"Recorded {received.get(pack.key, 0)} bytes of pack {label} to {path} "
                f"({_size_text(size)} on disk)")
    if args.json:
        print_json({"pack": SITE, "packs": len(choices), "recorded": len(written),
                    "bytes": sum(received.get(p.key, 0) for p in written),
                    "rows": sum(p.recorder.rows_written for p in written)})
    stopped = [(p, p.recording_warnings[-1]) for p in kept if p.recording_warnings]
    if stopped:
        pack, warning = stopped[0]
        raise UserError(f"the recording of pack {site.label(pack.key)} stopped: {_without_live_view(warning)}",
                        EXIT_FAILED)
    site.check_all_went_live()
    return 0


async def _record(args: argparse.Namespace, choice, path: Path) -> int:
    from smartbms_gui.device.recording import Recorder, RecordingWarning

    await lookup_ble([choice])
    session = session_for(choice, args, one_shot=False)
    def warned(warning: RecordingWarning) -> None:  # (on the recorder's writer thread)
        if recorder.active:  # a warning it records on after (the disk could not keep up): a note
            note(f"recording: {_without_live_view(warning)}")
        # else the recording stopped: the command ends with that as its one error line

    recorder = Recorder(path, wire="frame" if choice.kind == "serial" else "ascii",
                        generation=int(choice.generation), description=describe(choice), monotonic=True,
                        on_warning=warned)
    received = 0

    def count_bytes(data: bytes, t: float) -> None:
        nonlocal received
        received += len(data)

    session.listen("bytes", count_bytes)
    recorder.attach(session)
    try:
        await connect(session, choice, args.timeout)
        if not args.json and recorder.active:
            note(f"Recording {describe(choice)} to {path} {_how_long(args.seconds)}")
        await _record_until_done(args.seconds, stop=lambda: not recorder.active)
    finally:
        await session.close()
        # A connection that never went live (wrong PIN, no battery) leaves no file behind, so the
        # same command can be run again with the same name.
        recorder.close(keep=recorder.went_live)
    if recorder.warnings:
        raise UserError(f"the recording stopped: {_without_live_view(recorder.warnings[-1])}", EXIT_FAILED)
    size = _file_size(path)
    if args.json:
        print_json({"pack": choice.label, "path": str(path), "bytes": received,
                    "rows": recorder.rows_written, "file_bytes": size})
    else:
        say(f"Recorded {received} bytes from the battery to {path} ({_size_text(size)} on disk)")
    return 0


async def _record_until_done(seconds: float | None, stop: Callable[[], bool] = lambda: False) -> None:
    """Let the recording run for `seconds` (None: until Ctrl-C, which ends it normally: everything
    received is kept), or until `stop()` says it has stopped (a folder it cannot write to)."""
    loop = asyncio.get_running_loop()
    end = None if seconds is None else loop.time() + seconds
    try:
        while (end is None or loop.time() < end) and not stop():
            await asyncio.sleep(0.25 if end is None else max(0.0, min(0.25, end - loop.time())))
    except asyncio.CancelledError:
        stopped_by_user()


def _without_live_view(warning: Exception) -> str:
    """A recorder's warning without the window's words about its live view (the command line has none):
    "Can't write … . The live view continues; choose a folder you can write to." ends "… . Choose a
    folder you can write to." """
    text = str(warning)
    text = text.replace(" The live view continues.", "")
    head, sep, tail = text.partition("The live view continues; ")
    return head + tail[:1].upper() + tail[1:] if sep else text


def _how_long(seconds: float | None) -> str:
    return "until Ctrl-C" if seconds is None else f"for {seconds:g} s"


def _file_size(path: Path) -> int:
    """The recording's size on disk (the database: rows, indexes, events); 0 when none was kept."""
    return path.stat().st_size if path.exists() else 0


def _size_text(size: int) -> str:
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def run_export(args: argparse.Namespace) -> int:
    from smartbms_gui.device.export import ExportError, export_csv
    from smartbms_gui.device.recording import RecordingWarning

    if not args.recording.strip():
        raise UserError("RECORDING is empty: name a file made with `smartbms record`", EXIT_USAGE)
    if args.output is not None and not args.output.strip():
        raise UserError("--output is empty: name the CSV file to write", EXIT_USAGE)
    source = Path(args.recording)
    out = Path(args.output) if args.output else source.with_suffix(".csv")
    if out.is_dir():
        raise UserError(f"{out} is a folder: name the CSV file to write", EXIT_USAGE, names=[out])
    if not out.parent.is_dir():  # (as record, report and settings save say it)
        raise UserError(f"folder {out.parent} does not exist", EXIT_USAGE)
    if out.resolve() == source.resolve():
        raise UserError("the CSV file must not be the recording itself", EXIT_USAGE)
    if out.exists() and not args.force:  # an earlier export may hold edits: never replace it silently
        raise UserError(f"{out} exists already: add --force to overwrite it", EXIT_USAGE, names=[out])
    try:
        with _TerminalProgress(f"Exporting {source.name}") as progress:
            result = export_csv(source, out, progress=progress, excel=args.excel)
    except RecordingWarning as exc:
        raise UserError(str(exc), EXIT_USAGE, names=[source, source.name]) from None
    except ExportError as exc:
        raise UserError(str(exc), EXIT_FAILED, names=[out, source]) from None
    for warning in result.warnings:
        note(recording_warning_text(warning))
    if args.json:
        obj = {"path": str(result.path), "rows": result.rows, "cells": result.cells,
               "columns": len(result.headers)}
        if result.history_path is not None:
            obj["history"] = str(result.history_path)
        print_json(obj)
    else:
        say(f"Wrote {result.rows} rows ({result.cells} cells) to {result.path}")
        if result.history_path is not None:
            say(f"Wrote the battery's cell log and SoC history as read to {result.history_path}")
    return 0


def recording_warning_text(warning: Exception) -> str:
    """A damaged recording's line on stderr. The reader's sentence for a file that has no row left
    ("… no row of it could be read; lost: 4.4 kB cut off its end.") is said plainly here: a short
    recording keeps its rows in the last pages of the file, so a cut there takes every row."""
    from smartbms_gui.device.recording import NO_ROW_READ

    message = warning.args[0] if warning.args else None
    if getattr(message, "template", None) != NO_ROW_READ:
        return str(warning)
    name, lost = message.args["name"], message.args["lost"]
    items = [str(item) for item in getattr(lost, "items", (lost,))]
    cut = [item for item in items if item.endswith(" cut off its end")]
    if cut:
        size = cut[0].removesuffix(" cut off its end")
        rest = [item for item in items if item is not cut[0] and not item.startswith(("the last ", "about the last "))]
        also = f" ({', '.join(rest)} too)" if rest else ""
        return (f"{name} is damaged: no row of it could be read: its last {size} are cut off, and every row was "
                f"in that part{also} (a short recording keeps its rows at the end of the file); nothing to "
                "export or replay.")
    return f"{name} is damaged: no row of it could be read (lost: {', '.join(items)}); nothing to export or replay."


class _TerminalProgress:
    """A line `Exporting NAME: 42 %` on stderr, rewritten in place, while stderr is a terminal (a long
    recording takes minutes); nothing at all for a script or a pipe, so stderr stays one line per
    problem there. The line is wiped at the end, also on Ctrl-C or an error."""

    MIN_INTERVAL_S = 0.2

    def __init__(self, what: str) -> None:
        stream = sys.stderr
        self.stream = stream if stream is not None and stream.isatty() else None
        self.what = what
        self.shown = ""
        self.last = 0.0

    def __call__(self, share: float) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        text = f"{self.what}: {share * 100:.0f} %"
        if text != self.shown and (now - self.last >= self.MIN_INTERVAL_S or share >= 1.0):
            self.last = now
            self._write("\r" + text.ljust(len(self.shown)))
            self.shown = text

    def __enter__(self) -> _TerminalProgress:
        return self

    def __exit__(self, *exc) -> None:
        if self.stream is not None and self.shown:
            self._write("\r" + " " * len(self.shown) + "\r")  # spaces: no terminal escape codes needed

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.stream = None  # the terminal went away: export on without progress
