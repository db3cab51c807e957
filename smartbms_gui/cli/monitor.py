"""`smartbms monitor`: live values from a battery (or several: a site), or a recording replayed through
the same decoders.

Every JSON object carries `"pack"`: the pack's serial number when known (a module's advert, a simulated
pack's), else its 1-based position on the command line. With several packs the site's totals and
divergence warnings (`device/site.py`) follow once a second as objects with `"pack": "site"`
(`site_packs.py`).

An outage is told once: when the link is lost (the battery went silent, the cable or the module went
away) one note on stderr and one `"record": "link"` object with `"stale": true` (JSON), or one summary
line marked STALE (text); nothing more until a real record arrives again ("live again"). A summary
line is printed only when something new came in, so old values never appear with new times.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path
from typing import Any

from smartbms_gui.cli.common import (
    EXIT_USAGE,
    MAX_SECONDS,
    OutputClosed,
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
from smartbms_gui.cli.record_json import key_values_to_json, record_to_json
from smartbms_gui.cli.recording import recording_warning_text
from smartbms_gui.protocol.frame import Frame


def add_parser(sub) -> None:
    from smartbms_gui.device.site import DEFAULT_SOC_SPREAD_PCT, DEFAULT_VOLTAGE_SPREAD_V

    monitor = sub.add_parser("monitor", help="show live values of one or more packs (or replay a recording)",
                             description="Show the battery's live values. With --json: one JSON object "
                                         "per decoded record, SI units (V, A, °C, Wh, %), each with "
                                         "\"pack\" (the serial number, else the position). Several packs: "
                                         "repeat --ble/--serial/--simulator; the site's totals and "
                                         "divergence warnings follow once a second (\"pack\": \"site\").")
    add_json_flag(monitor)
    add_device_options(monitor, replay=True, several=True)
    monitor.add_argument("--seconds", type=number_option(above=0, maximum=MAX_SECONDS, unit="s"),
                         default=None, metavar="N", help="stop after N seconds")
    site = monitor.add_argument_group("several packs")
    site.add_argument("--soc-spread", type=number_option(minimum=0, maximum=100, unit="%"),
                      default=DEFAULT_SOC_SPREAD_PCT, metavar="PCT",
                      help="warn when the packs' SoC are more than PCT apart "
                           f"(default {DEFAULT_SOC_SPREAD_PCT:g})")
    site.add_argument("--voltage-spread", type=number_option(minimum=0, maximum=1000, unit="V"),
                      default=DEFAULT_VOLTAGE_SPREAD_V, metavar="V",
                      help="warn when the packs' voltages are more than V apart "
                           f"(default {DEFAULT_VOLTAGE_SPREAD_V:g})")
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


def last_data_at(live) -> float | None:
    """The monotonic time of the newest value in `live`, or None."""
    return max((t for name in live.values() if (t := live.updated_at(name)) is not None), default=None)


def stale_mark(live, now: float | None = None) -> str:
    """"" while the values are fresh; else "STALE (last data N s ago)" for the human lines."""
    if not live.stale:
        return ""
    latest = last_data_at(live)
    if latest is None:
        return "STALE (no data yet)"
    age = (live.clock() if now is None else now) - latest
    return f"STALE (last data {age:.0f} s ago)"


class SummaryLines:
    """When a human summary line is due: once a second while new records come, once more marked
    stale when the values went stale, then nothing until data comes again."""

    def __init__(self) -> None:
        self.shown_records = 0
        self.shown_stale = False

    def line(self, live, records: int) -> str | None:
        if records > self.shown_records:
            self.shown_records = records
            self.shown_stale = False
            return summary_line(live)
        if records and live.stale and not self.shown_stale:
            self.shown_stale = True
            return f"{summary_line(live)}  {stale_mark(live)}"
        return None


def run_monitor(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0", EXIT_USAGE)
    if getattr(args, "replay", None):
        if args.packs:
            raise UserError("--replay plays one recording: not together with --ble, --serial or --simulator",
                            EXIT_USAGE)
        return run_replay(args)
    choices = device_choices(args)
    thresholds = site_thresholds(args) if len(choices) > 1 else None
    return run_until_stopped(_start(args, choices, thresholds))


def site_thresholds(args: argparse.Namespace):
    from smartbms_gui.device.site import SiteError, Thresholds

    try:
        return Thresholds(soc_spread_pct=args.soc_spread, voltage_spread_v=args.voltage_spread)
    except SiteError as exc:
        raise UserError(f"--soc-spread / --voltage-spread: {exc}", EXIT_USAGE) from None


async def _start(args: argparse.Namespace, choices: list, thresholds) -> int:
    await lookup_ble(choices)
    if len(choices) == 1:
        return await _monitor(args, choices[0])
    from smartbms_gui.cli.site_packs import monitor_site

    return await monitor_site(args, choices, thresholds)


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
            print_json(item_json(choice.label, item, t, live))

    session = session_for(choice, args, live=live, one_shot=False, on_item=on_item)
    held = HeldBackReport()
    await connect(session, choice, args.timeout)
    _report_link_changes(session, choice, live, json_label=choice.label if args.json else None)
    if choice.read_only and not args.json:
        note("The USB serial link is read-only: live values only, no settings changes.")
    try:
        loop = asyncio.get_running_loop()
        end = None if args.seconds is None else loop.time() + args.seconds
        next_line = loop.time() + 1.0
        lines = SummaryLines()
        try:
            while (end is None or loop.time() < end) and not OutputClosed.closed:
                await asyncio.sleep(0.2 if end is None else max(0.0, min(0.2, end - loop.time())))
                if args.json:
                    held.report(session, choice.label)
                if not args.json and count and loop.time() >= next_line:
                    next_line = loop.time() + 1.0
                    text = lines.line(live, count)
                    if text is not None:
                        say(text + held_back_text(session.plausibility.counts))
        except asyncio.CancelledError:
            stopped_by_user()  # Ctrl-C is the normal way to end a monitor: a clean exit 0
    finally:
        await session.close()
    if args.json:
        held.report(session, choice.label, force=True)
    else:
        note(f"{count} records received" + held_back_text(session.plausibility.counts, final=True))
    return 0


def held_back_text(counts, *, final: bool = False) -> str:
    """The plausibility filter's count for the human line (device/plausibility.py)."""
    if not counts.checked:
        return ""
    if final:
        return f"; {counts.held_back} held back as implausible (link quality {counts.quality_pct:.1f} %)"
    return f"  held back {counts.held_back} (link quality {counts.quality_pct:.1f} %)"


class HeldBackReport:
    """`--json`: a `plausibility` object when more records were held back, at most once a second, and
    at the end when any was (a clean link adds no objects to the records)."""

    def __init__(self) -> None:
        self.last = 0
        self.next_at = 0.0

    def report(self, session, label: str | int, *, force: bool = False) -> None:
        counts = session.plausibility.counts
        now = time.monotonic()
        if not counts.held_back or (not force and (counts.held_back == self.last or now < self.next_at)):
            return
        self.last, self.next_at = counts.held_back, now + 1.0
        print_json({"pack": label, "record": "plausibility", "type": "plausibility", "time": time.time(),
                    "checked": counts.checked, "held_back": counts.held_back, "delayed": counts.delayed,
                    "unreadable": counts.broken,
                    "link_quality_pct": round(counts.quality_pct, 2)})


def item_json(label: str | int, item: Any, t: float, live) -> dict[str, Any]:
    """One decoded record as its JSON object, with `"pack"` first."""
    record = {"pack": label, **record_to_json(item, _wall(t))}
    if isinstance(item, Frame):
        # The rotating key/value bytes composed into SI values (SoH %, V low V, firmware, ...),
        # only those whose bytes all arrived within the last 60 s.
        record["key_values"] = key_values_to_json(live.key_values.values(t))
    return record


def link_json(label: str | int, state: str, live, reason: str = "") -> dict[str, Any]:
    """The `"record": "link"` object: the link was lost (`"stale": true`) or is live again."""
    latest = last_data_at(live)
    obj: dict[str, Any] = {"pack": label, "record": "link", "type": "link", "time": round(time.time(), 3),
                           "state": state, "stale": state != "live",
                           "age_s": None if latest is None else round(live.clock() - latest, 1)}
    if reason:
        obj["reason"] = str(reason)
    return obj


def _report_link_changes(session, choice, live, *, json_label: str | int | None = None) -> None:
    """After the first connection, tell (on stderr; with `json_label` also as a `link` object) when the
    link is lost and when it is live again: once each, however many attempts lie between."""
    from smartbms_gui.device.state import Phase

    live_now = [session.state.phase is Phase.STREAMING]

    def on_state(state) -> None:
        if live_now[0] and state.phase not in (Phase.STREAMING, Phase.DISCONNECTED):
            live_now[0] = False
            waiting = f"waiting for {choice.target} to return" if choice.kind == "serial" else "reconnecting"
            note(f"{describe(choice)}: link lost ({state.reason or 'no data'}); {waiting}")
            if json_label is not None:
                print_json(link_json(json_label, "lost", live, state.reason))
        elif not live_now[0] and state.phase is Phase.STREAMING:
            live_now[0] = True
            note(f"{describe(choice)}: live again")
            if json_label is not None:
                print_json(link_json(json_label, "live", live))

    session.listen("state", on_state)


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
                print_json({"pack": 1, **record_to_json(item, t)})  # one recording: one pack
            elif type(item).__name__ in ("Frame", "PackRecord"):
                say(time.strftime("%H:%M:%S", time.localtime(t)) + summary_line(live)[8:])
        for warning in reader.warnings:
            note(recording_warning_text(warning))
    if not args.json:
        note(f"{count} records in {Path(args.replay).name}")
    return 0
