"""The subcommands that talk to a battery or a recording: scan, monitor, settings, record, export."""

from __future__ import annotations

import argparse

from smartbms_gui import cli_monitor, cli_settings
from smartbms_gui.cli_common import add_json_flag


def add_parsers(sub) -> None:
    scan = sub.add_parser("scan", help="list serial ports (the FTDI cable first) and Bluetooth batteries",
                          description="List serial ports, with FTDI FT232 adapters (the SmartBMS USB cable) "
                                      "marked, and look for batteries over Bluetooth.")
    add_json_flag(scan)
    scan.add_argument("--seconds", type=float, default=5.0, metavar="S", help="Bluetooth scan time (default 5)")
    scan.add_argument("--no-ble", action="store_true", help="list serial ports only")
    scan.set_defaults(run=cli_monitor.run_scan)

    cli_monitor.add_monitor_parser(sub)
    cli_monitor.add_record_parsers(sub)
    cli_settings.add_parser(sub)


__all__ = ["add_parsers", "argparse"]
