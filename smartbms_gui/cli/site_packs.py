"""Several packs at once for `monitor` and `record`: opening them, the site objects, the site lines.

The packs run in one `device/pack_sessions.PackSessions`: each its own session, PIN, reconnect and
recording. One failing never stops the others:

- at the start, a pack that is not live within `--timeout` (out of range, a port not there yet)
  is named on stderr and keeps trying; a pack refused (wrong PIN) is named and left out. Only
  when not one pack went live does the command fail, with the first pack's reason and exit code;
- later, a pack's drop and return are notes on stderr, once each however many attempts lie between
  (with --json also `"record": "link"` objects); the others go on; a silent pack's line is marked STALE;
- at the end, packs that never went live are named in one line and the exit code says why
  (3: a PIN was refused, 4: a link), after everything else was shown or recorded.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path
from typing import Any

from smartbms_gui.cli.common import EXIT_AUTH, EXIT_LINK, OutputClosed, UserError, note, print_json, say
from smartbms_gui.cli.device import (
    DeviceChoice,
    describe,
    pack_pins,
    session_options,
    stopped_by_user,
    transport_factory,
)

#: the key of the site's own JSON objects
SITE = "site"


class Site:
    """The packs given on the command line, opened together (see the module text)."""

    def __init__(self, args: argparse.Namespace, choices: list[DeviceChoice], *, thresholds: Any = None,
                 on_item: Any = None, record_paths: list[Path] | None = None) -> None:
        from smartbms_gui.device.pack_sessions import PackSessions

        self.choices = choices
        self.by_key = {f"pack{c.position}": c for c in choices}
        self.went_live: set[str] = set()
        self.lost: set[str] = set()  # packs whose loss was told and that are not live again
        #: with --json: the link changes are objects on stdout too (the pack's LiveState gives the age)
        self.json = bool(getattr(args, "json", False))
        self.sessions = PackSessions(on_state=self._on_state, on_item=on_item, thresholds=thresholds)
        pins = pack_pins(choices)
        for n, (choice, pin) in enumerate(zip(choices, pins)):
            self.sessions.add(transport_factory(choice, args), key=f"pack{choice.position}",
                              name=describe(choice), pin=pin, generation=choice.generation,
                              serial=choice.serial,
                              record=None if record_paths is None else record_paths[n],
                              wire="frame" if choice.kind == "serial" else "ascii",
                              **session_options(choice, one_shot=False))
        self._started = False

    def label(self, key: str) -> str | int:
        return self.by_key[key].label

    def who(self, pack) -> str:
        return f"pack {self.label(pack.key)} ({pack.name})"

    async def open(self, timeout: float) -> None:
        """Start every pack; wait until each is live or settled (at most `timeout`). Raises the first
        pack's failure when none went live."""
        from smartbms_gui.device.errors import WrongPin
        from smartbms_gui.device.state import Phase

        states = await self.sessions.connect(timeout)
        self._started = True
        if not any(s.phase is Phase.STREAMING for s in states.values()):
            first = self.sessions.packs[0]
            error = first.errors[-1] if first.errors else None
            await self.sessions.close()
            if isinstance(error, WrongPin):
                raise UserError(f"{self.who(first)}: {error}", EXIT_AUTH)
            reason = error or first.state.text
            raise UserError(f"not one pack went live within {timeout:g} s; {self.who(first)}: {reason}",
                            EXIT_LINK)
        for pack in self.sessions:
            state = states[pack.key]
            if state.phase is Phase.FAILED:
                note(f"{self.who(pack)}: {state.text}; the other packs go on without it")
            elif state.phase is not Phase.STREAMING:
                note(f"{self.who(pack)}: not live yet ({state.text}); it keeps trying")

    def _on_state(self, pack, state) -> None:
        from smartbms_gui.cli.monitor import link_json
        from smartbms_gui.device.state import Phase

        if state.phase is Phase.STREAMING:
            if self._started and pack.key in self.lost:
                note(f"{self.who(pack)}: live again")
                if self.json:
                    print_json(link_json(self.label(pack.key), "live", pack.live))
            elif self._started and pack.key not in self.went_live:
                note(f"{self.who(pack)}: live")
            self.went_live.add(pack.key)
            self.lost.discard(pack.key)
        elif (state.phase not in (Phase.DISCONNECTED, Phase.STREAMING) and pack.key in self.went_live
              and pack.key not in self.lost and self._started):
            self.lost.add(pack.key)
            note(f"{self.who(pack)}: link lost ({state.reason or 'no data'}); reconnecting")
            if self.json:
                print_json(link_json(self.label(pack.key), "lost", pack.live, state.reason))

    async def close(self) -> None:
        await self.sessions.close()

    def check_all_went_live(self) -> None:
        """At the end: a UserError naming the packs that never went live (exit 3 when a PIN was refused)."""
        from smartbms_gui.device.errors import WrongPin

        never = [p for p in self.sessions if p.key not in self.went_live]
        if not never:
            return
        code = EXIT_AUTH if any(isinstance(e, WrongPin) for p in never for e in p.errors) else EXIT_LINK
        names = "; ".join(f"{self.who(p)}: {p.errors[-1] if p.errors else p.state.text}" for p in never)
        raise UserError(f"never live: {names}", code)

    # ------------------------------------------------------------------ the site as a whole

    def site_json(self, t_wall: float | None = None) -> dict[str, Any]:
        """The site's totals and divergence warnings as one JSON object (`"pack": "site"`); packs are
        named by their `"pack"` label."""
        from smartbms_gui.device.site import divergences, site_totals

        snapshots = self.sessions.snapshots()
        totals = site_totals(snapshots)
        obj: dict[str, Any] = {"pack": SITE, "record": SITE, "type": SITE,
                               "time": round(time.time() if t_wall is None else t_wall, 3)}
        obj.update(totals.to_dict())
        obj["unknown_capacity"] = [self.label(k) for k in totals.unknown_capacity]
        obj["missing"] = [self.label(k) for k in totals.missing]
        obj["divergences"] = [{**d.to_dict(), "packs": [self.label(k) for k in d.packs]}
                              for d in divergences(snapshots, self.sessions.thresholds)]
        return obj

    def site_line(self) -> str:
        """One human line of the site's totals."""
        from smartbms_gui.device.site import site_totals

        totals = site_totals(self.sessions.snapshots())

        def num(value: float | None, fmt: str, unit: str) -> str:
            return "--" if value is None else f"{value:{fmt}} {unit}"

        basis = {"capacity": " (weighted by capacity)", "equal": " (plain mean: a capacity unknown)"}
        parts = [time.strftime("%H:%M:%S"), f"site  {totals.online}/{totals.packs} online",
                 f"SoC {num(totals.soc_pct, '.0f', '%')}{basis.get(totals.soc_basis or '', '')}",
                 f"power {num(totals.power_w, '+.0f', 'W')}",
                 f"stored {num(None if totals.stored_wh is None else totals.stored_wh / 1000, '.2f', 'kWh')}"]
        if totals.missing:
            parts.append("not counted: " + ", ".join(str(self.label(k)) for k in totals.missing))
        return "  ".join(parts)

    def warning_lines(self) -> list[str]:
        from smartbms_gui.device.site import divergences

        snapshots = self.sessions.snapshots()
        return [f"warning: {d.message}" for d in divergences(snapshots, self.sessions.thresholds)]


async def monitor_site(args: argparse.Namespace, choices: list[DeviceChoice], thresholds: Any) -> int:
    """`smartbms monitor` with several packs (module text; the single-pack monitor is monitor.py)."""
    from smartbms_gui.cli.monitor import _is_record, item_json, stale_mark, summary_line

    count = 0
    site: Site | None = None

    def on_item(pack, item: Any, t: float) -> None:
        nonlocal count
        if not _is_record(item):
            return
        count += 1
        if args.json and site is not None:
            print_json(item_json(site.label(pack.key), item, t, pack.live))

    site = Site(args, choices, thresholds=thresholds, on_item=on_item)
    await site.open(args.timeout)
    if any(c.read_only for c in choices) and not args.json:
        note("The USB serial link is read-only: live values only, no settings changes.")
    shown_warnings: list[str] = []
    try:
        loop = asyncio.get_running_loop()
        end = None if args.seconds is None else loop.time() + args.seconds
        next_line = loop.time() + 1.0
        try:
            while (end is None or loop.time() < end) and not OutputClosed.closed:
                await asyncio.sleep(0.2 if end is None else max(0.0, min(0.2, end - loop.time())))
                if loop.time() < next_line:
                    continue
                next_line = loop.time() + 1.0
                if args.json:
                    print_json(site.site_json())
                    continue
                for pack in site.sessions:
                    line = summary_line(pack.live)  # "hh:mm:ss  pack 52.10 V  …"
                    stale = stale_mark(pack.live) if pack.key in site.went_live else ""
                    say(f"{line[:8]}  pack {site.label(pack.key)}:  {line[10:]}" + (f"  {stale}" if stale else ""))
                say(site.site_line())
                warnings = site.warning_lines()
                if warnings != shown_warnings:  # a warning is shown when it starts or changes
                    for line in warnings:
                        say(line)
                    shown_warnings = warnings
        except asyncio.CancelledError:
            stopped_by_user()  # Ctrl-C is the normal way to end a monitor: a clean exit 0
    finally:
        await site.close()
    if not args.json:
        note(f"{count} records received from {len(choices)} packs")
    site.check_all_went_live()
    return 0
