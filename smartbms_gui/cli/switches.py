"""`smartbms switches hidden | normal | decode`: the IN board's option-switch tables.

Pure table work (protocol/switches.py), no device needed. Two JSON shapes are fixed because
scripts depend on them (docs/cli.md): `hidden`/`normal` print an object whose "switches" maps
"1".."8" to "ON"/"OFF"; `decode` prints {"normal": {...}, "hidden": {"sensor_a", "cells"}}.
"""

from __future__ import annotations

import argparse

from smartbms_gui.cli.common import EXIT_USAGE, UserError, add_json_flag, number_option, print_json, say
from smartbms_gui.protocol import switches as sw


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "switches",
        help="option-switch positions for the IN board (no device needed)",
        description="Work out or read the positions of the eight option switches on the IN board.",
    )
    add_json_flag(parser, group_level=True)
    sub = parser.add_subparsers(dest="switches_command", metavar="{hidden,normal,decode}", required=True)

    hidden = sub.add_parser(
        "hidden",
        help="positions that store the current sensor and number of cells (hidden factory settings)",
        description="Positions of switches 1-7 for the hidden factory settings, and the switch-8 procedure.",
    )
    add_json_flag(hidden)
    hidden.add_argument("--sensor", type=number_option(int, minimum=0), required=True, metavar="AMPS",
                        help="current sensor rating in A: " + ", ".join(map(str, sw.SENSOR_AMPS)))
    hidden.add_argument("--cells", type=number_option(int, minimum=0), required=True, metavar="N",
                        help="cells in series, 2-255 (rounded up to the next table value)")
    hidden.set_defaults(run=run_hidden)

    normal = sub.add_parser(
        "normal",
        help="positions for normal use: V bypass, mode, message rate",
        description="Positions of the option switches for normal use (switch 8 stays OFF).",
    )
    add_json_flag(normal)
    normal.add_argument("--vbypass", type=number_option(minimum=0), required=True, metavar="VOLTS",
                        help="balancing voltage: " + ", ".join(f"{v:.1f}" for v in sw.VBYPASS_CHOICES))
    normal.add_argument("--mode", choices=("normal", "critical"), default="normal",
                        help="normal (recommended) or critical mode (switch 5)")
    normal.add_argument("--fast", action="store_true", help="a message every 0.5 s instead of 1.0 s (switch 1)")
    normal.add_argument("--no-blind-spot", action="store_true",
                        help="turn the blind spot around 0 A off (switch 3; on is recommended)")
    normal.add_argument("--auto-zero", action="store_true",
                        help="switch 4 ON: current sensor zero calibration (only with no current flowing)")
    normal.set_defaults(run=run_normal)

    decode = sub.add_parser(
        "decode",
        help="what a row of switch positions means",
        description="Read eight switch positions, switch 1 first, 1 = ON (for example 10110000).",
    )
    add_json_flag(decode)
    decode.add_argument("bits", metavar="BITS", help="eight characters 0/1, switch 1 first, 1 = ON")
    decode.set_defaults(run=run_decode)


def _switch_map(row: sw.SwitchRow) -> dict[str, str]:
    return {str(i): ("ON" if on else "OFF") for i, on in enumerate(row, start=1)}


def _print_block(row: sw.SwitchRow, upto: int = 8) -> None:
    say("  switch: " + " ".join(f"{i:>3}" for i in range(1, upto + 1)))
    say("          " + " ".join(f"{('ON' if on else 'OFF'):>3}" for on in row[:upto]))


def _hidden_procedure(row: sw.SwitchRow) -> list[str]:
    positions = ", ".join(f"{i} {'ON' if on else 'OFF'}" for i, on in enumerate(row[:7], start=1))
    return [
        "Write down where switches 1-7 are now: you put them back at the end.",
        f"Set switches 1-7: {positions}.",
        "Turn switch 8 ON, then OFF again: the BMS stores the current sensor and the number of cells.",
        "Put switches 1-7 back where they were. Leave switch 8 OFF.",
        "If you changed the current sensor, calibrate it: with no current flowing, turn switch 4 ON "
        "until the currents read 0 A, then OFF again.",
    ]


def _switch_error(exc: sw.SwitchError) -> UserError:
    return UserError(str(exc), EXIT_USAGE)


def run_hidden(args: argparse.Namespace) -> int:
    try:
        row = sw.encode_hidden(args.sensor, args.cells)
        sensor = sw.sensor(args.sensor)
        table_cells = sw.table_cells_for(args.cells)
    except sw.SwitchError as exc:
        raise _switch_error(exc) from None
    procedure = _hidden_procedure(row)
    notes = []
    if table_cells != args.cells:
        notes.append(f"{args.cells} cells is not in the table: use the {table_cells}-cell setting "
                     "(the next higher value; the manual says this has no drawbacks).")
    if sensor.min_in_board_version:
        notes.append(f"The {sensor.amps} A sensor needs IN board version {sensor.min_in_board_version} or later.")
    if args.json:
        print_json({
            "switches": _switch_map(row),
            "sensor_a": sensor.amps,
            "cells": args.cells,
            "table_cells": table_cells,
            "procedure": procedure,
            "notes": notes,
        })
        return 0
    say(f"Hidden factory settings: {sensor.amps} A current sensor, {table_cells} cells")
    _print_block(row, 7)
    for text in notes:
        say(f"Note: {text}")
    say("Procedure (switch 8):")
    for n, step in enumerate(procedure, start=1):
        say(f"  {n}. {step}")
    return 0


def run_normal(args: argparse.Namespace) -> int:
    settings = sw.NormalSettings(
        fast_messages=args.fast,
        vbypass_v=args.vbypass,
        blind_spot=not args.no_blind_spot,
        auto_zero=args.auto_zero,
        critical_mode=args.mode == "critical",
    )
    try:
        row = sw.encode_normal(settings)
    except sw.SwitchError as exc:
        raise _switch_error(exc) from None
    if args.json:
        print_json({"switches": _switch_map(row), **_normal_dict(settings, row)})
        return 0
    say("Option switches for normal use")
    _print_block(row)
    for line in sw.describe_normal(row):
        say(f"  {line}")
    return 0


def _normal_dict(settings: sw.NormalSettings, row: sw.SwitchRow) -> dict:
    return {
        "fast_messages": settings.fast_messages,
        "message_interval_s": settings.message_interval_s,
        "vbypass_v": settings.vbypass_v,
        "blind_spot": settings.blind_spot,
        "auto_zero": settings.auto_zero,
        "critical_mode": settings.critical_mode,
        "mode": "critical" if settings.critical_mode else "normal",
        "switch8_on": row[sw.SWITCH_STORE_HIDDEN - 1],
    }


def parse_bits(text: str) -> sw.SwitchRow:
    """Exactly eight 0/1 characters, switch 1 first, 1 = ON."""
    if len(text) != 8 or set(text) - {"0", "1"}:
        raise UserError(
            f"switch positions must be eight characters 0 or 1, switch 1 first (1 = ON), "
            f"for example 10110000; got {text!r}",
            EXIT_USAGE,
        )
    return tuple(c == "1" for c in text)


def run_decode(args: argparse.Namespace) -> int:
    row = parse_bits(args.bits)
    normal = sw.decode_normal(row)
    hidden = sw.decode_hidden(row)
    if args.json:
        print_json({
            "normal": _normal_dict(normal, row),
            "hidden": {"sensor_a": hidden.sensor_a, "cells": hidden.cells},
        })
        return 0
    _print_block(row)
    say("In normal use:")
    for line in sw.describe_normal(row):
        say(f"  {line}")
    say("As hidden settings (stored only when switch 8 is toggled ON and OFF):")
    for line in sw.describe_hidden(row):
        say(f"  {line}")
    return 0
