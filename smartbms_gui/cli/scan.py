"""`smartbms scan`: serial ports (the FTDI cable first) and 123\\SmartBMS modules over Bluetooth."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from smartbms_gui.cli.common import add_json_flag, note, number_option, print_json, say


def add_parser(sub) -> None:
    scan = sub.add_parser("scan", help="list serial ports (the FTDI cable first) and Bluetooth batteries",
                          description="List serial ports, with FTDI FT232 adapters (the SmartBMS USB cable) "
                                      "marked, and look for batteries over Bluetooth.")
    add_json_flag(scan)
    scan.add_argument("--seconds", type=number_option(above=0, maximum=3600, unit="s"), default=5.0,
                      metavar="S", help="Bluetooth scan time (default 5)")
    scan.add_argument("--no-ble", action="store_true", help="list serial ports only")
    scan.set_defaults(run=run_scan)


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
                        f"Gen{d['generation'] or '?'}  RSSI {d['rssi']}")
    return 0


async def _scan_ble(seconds: float) -> list[dict[str, Any]]:
    """123\\SmartBMS adverts seen within `seconds`, recognised by company id (docs/protocol.md §1)."""
    from smartbms_gui.transport.ble import BleScanner

    found = await BleScanner().scan(seconds)
    return [{
        "address": d.address,
        "name": d.name,
        "type": d.type_label,
        "serial": d.serial,
        "generation": None if d.generation is None else int(d.generation),  # None: unknown type
        "rssi": d.rssi,
    } for d in found]
