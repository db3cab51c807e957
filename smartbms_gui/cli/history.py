"""`smartbms log` and `smartbms history`: what the battery itself remembers (docs/protocol.md §3.4).

`log` reads the BMS's seconds counter (`TS@`) and its ten event slots (`L0@` … `L9@`): each event with
its local time, how long ago, the event in words, the value and the cell. `history` (also spelt
`soc-history`, its first name) reads the fourteen blocks of the 168-hour SoC ring (`H0@` … `HD@`) and
prints one line per day with a column per hour. Both go through `DeviceSession.read_cell_log` /
`read_soc_history` (between the keep-alives of the running stream; paused only for a battery that
answers nothing so). A battery that answers none of these records (Gen2 firmware may lack them) is
"not available on this BMS" (exit 1). The serial cable cannot ask for them: refused (exit 5) before
the port is opened. A record that could not be read is named on stderr and the rest is printed; the
exit code is then 1. When not one record could be read the command fails with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import datetime

from smartbms_gui.cli.common import EXIT_FAILED, EXIT_REFUSED, UserError, add_json_flag, note, print_json, say
from smartbms_gui.cli.device import add_device_options, connect, device_choice, session_for
from smartbms_gui.device import history

CLOCK_WAIT_S = 2.5  # for an `M` record with the battery's clock, which places the history's hours
SERIAL_REFUSED = ("the USB serial cable only carries the live data frame: the cell log and the SoC history "
                  "are read over Bluetooth (--ble ADDRESS)")


def add_parser(sub) -> None:
    log = sub.add_parser("log", help="the battery's cell event log (its last ten events)",
                         description="Read the cell event log the BMS keeps (its last ten events: V low, "
                                     "V high, T low, T high, communication) with when they happened. "
                                     "--json: {\"events\": [{slot, time, age_s, event, cell, value, unit}]}, "
                                     "newest first, empty slots left out.")
    add_json_flag(log)
    add_device_options(log)
    log.set_defaults(run=run_log)

    soc = sub.add_parser("history", aliases=["soc-history"], help="the battery's SoC of the last 168 hours",
                         description="Read the hourly state of charge the BMS keeps for the last 7 days "
                                     "(168 values); one line per day, a column per hour. --json: "
                                     "{\"hours\": [{end, soc_pct}]}, 168 hours, oldest first.")
    add_json_flag(soc)
    add_device_options(soc)
    soc.set_defaults(run=run_soc_history)


async def _read(args: argparse.Namespace, choice, what: str):
    from smartbms_gui.device.model import LiveState

    live = LiveState(generation=choice.generation)
    session = session_for(choice, args, live=live, one_shot=True)
    await connect(session, choice, args.timeout)
    try:
        if what == "log":
            return await session.read_cell_log()
        loop = asyncio.get_running_loop()
        end = loop.time() + CLOCK_WAIT_S
        while live.get("clock") is None and loop.time() < end:
            await asyncio.sleep(0.05)
        return await session.read_soc_history()
    finally:
        await session.close()


def _open_choice(args: argparse.Namespace):
    choice = device_choice(args)
    if choice.read_only:
        raise UserError(SERIAL_REFUSED, EXIT_REFUSED)
    return choice


def _report_problems(problems) -> int:
    for problem in problems:
        note(f"warning: {problem.record}: {problem.message}")
    return EXIT_FAILED if problems else 0


def _problems_json(problems) -> list[dict]:
    return [{"record": p.record, "reason": p.code, "message": p.message} for p in problems]


def _local(at: datetime | None) -> str | None:
    return None if at is None else history.local_iso(at)


def ago_text(seconds: float) -> str:
    if seconds < 60:
        return "< 1 min ago"  # not "0 min ago"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 72 * 3600:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


# ------------------------------------------------------------------------------------------- log


def run_log(args: argparse.Namespace) -> int:
    choice = _open_choice(args)
    log: history.CellLog = asyncio.run(_read(args, choice, "log"))
    if args.json:
        obj: dict = {"events": [_event_json(e) for e in log.events]}
        if log.problems:
            obj["problems"] = _problems_json(log.problems)
        print_json(obj)
        return _report_problems(log.problems)
    if not log.events:
        unread = sum(p.record.startswith("L") for p in log.problems)
        say(f"No events in the slots read; {unread} of {history.LOG_SLOTS} could not be read." if unread
            else "The log is empty: no cell events recorded.")
    else:
        now = time.time()
        rows = [("When", "Ago", "Event", "Value", "Cell")]
        for e in log.events:
            when = e.at.astimezone().strftime("%Y-%m-%d %H:%M") if e.at else "time unknown"
            if e.at and e.approximate:
                when = "about " + when
            ago = ago_text(now - e.at.timestamp()) if e.at else "--"
            value = ("--" if e.value is None
                     else f"{e.value:.3f} V" if e.unit == "V" else f"{e.value:.1f} °C")
            rows.append((when, ago, e.name, value, "--" if e.cell is None else str(e.cell)))
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            say("  ".join(text.rjust(w) if i in (1, 3, 4) else text.ljust(w)
                          for i, (text, w) in enumerate(zip(r, widths))).rstrip())
        say(f"{len(log.events)} events, newest first; "
            f"{len(log.empty_slots)} of {history.LOG_SLOTS} slots empty.")
    return _report_problems(log.problems)


def _event_json(e: history.CellLogEvent) -> dict:
    obj = {"slot": e.slot, "time": _local(e.at), "age_s": e.age_s, "event": e.key, "cell": e.cell,
           "value": None if e.value is None else round(e.value, 3), "unit": e.unit or ""}
    if e.event is None:
        obj["type"] = e.code  # an event type this app does not know ("event": "unknown")
    if e.approximate:
        obj["approximate"] = True
    return obj


# ------------------------------------------------------------------------------------------- SoC


def run_soc_history(args: argparse.Namespace) -> int:
    choice = _open_choice(args)
    soc: history.SocHistory = asyncio.run(_read(args, choice, "soc"))
    if args.json:
        obj = {"hours": [{"end": _local(h.at) if soc.newest_at else None,
                          "soc_pct": h.soc_pct if h.read else None} for h in soc.hours]}
        if soc.problems:
            obj["problems"] = _problems_json(soc.problems)
        print_json(obj)
        return _report_problems(soc.problems)
    if soc.newest_at is None:
        say("No hour of the history could be read.")
        return _report_problems(soc.problems)
    clock = "the battery's clock" if soc.clock == "battery" else "this computer's clock"
    say(f"State of charge (%) per hour, local time; the newest hour is "
        f"{soc.newest_at.astimezone():%Y-%m-%d %H:%M} (placed by {clock}). -- no value, ?? not read.")
    say(" " * 14 + " ".join(f"{h:>3}" for h in range(24)))
    days: dict[str, list[str]] = {}
    for hour in soc.hours:
        local = hour.at.astimezone()
        row = days.setdefault(f"{local:%a %Y-%m-%d}", ["   "] * 24)
        row[local.hour] = "??" if not hour.read else ("--" if hour.soc_pct is None else str(hour.soc_pct))
    for day, row in days.items():
        say(f"{day:<14}" + " ".join(f"{cell:>3}" for cell in row))
    return _report_problems(soc.problems)
