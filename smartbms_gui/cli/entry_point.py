"""`smartbms`: the command line of SmartBMS Desktop (a composition root: it may wire anything).

Each subcommand lives in a module of this package named after it (scan, monitor, recording,
settings, switches, history, report). This file builds the parser, runs the chosen command and turns every
user-facing failure into one line on stderr plus an exit code (the codes are listed in common.py
and docs/cli.md). Tracebacks are shown only with
SMARTBMS_DEBUG=1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from smartbms_gui import __version__
from smartbms_gui.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    OneLineArgumentParser,
    UserError,
)

PROG = "smartbms"


def build_parser() -> OneLineArgumentParser:
    from smartbms_gui.cli import history, monitor, recording, report, scan, settings, switches

    parser = OneLineArgumentParser(
        prog=PROG,
        description="Monitor and configure a 123\\SmartBMS from the command line.",
        epilog="Exit codes: 0 done, 1 device/operation failed, 2 usage or invalid value, 3 wrong or "
               "missing PIN, 4 link or port not found/lost, 5 refused by the link (read-only serial, "
               "unpublished address), 6 cancelled, 7 written halfway (the battery holds neither the old nor "
               "the new value), 130 interrupted. The PIN comes from $SMARTBMS_PIN "
               "or a prompt that does not echo.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                parser_class=OneLineArgumentParser)
    for command in (scan, monitor, recording, settings, switches, history, report):
        command.add_parser(sub)
    __import__("smartbms_gui.cli.publish", fromlist=["add_parser"]).add_parser(sub)  # smartbms publish (MQTT)
    return parser


def _set_up_logging(debug: bool) -> None:
    """The window's logging setup (smartbms_gui.logs), without its log file: the PIN is masked and
    other packages' lines (bleak, bumble, dbus_fast) lose their payload bytes before any handler
    sees them. SMARTBMS_DEBUG=1 shows every line at DEBUG on stderr; otherwise library records stay
    silent (the command reports errors itself, in one line): no handler writes them, and Python's
    last-resort stderr handler stays quiet because the root logger has one."""
    from smartbms_gui import logs

    logs.setup_logging("DEBUG" if debug else "WARNING", console=debug, file=False, capture=False)


def _one_line(text: str, names: Sequence[str] = ()) -> str:
    """One line that starts with a capital letter, as a sentence does (the messages are written in
    lower case to be combined). Only a plain word is capitalised: a file name, a setting's name or
    anything quoted at the start is left exactly as it is. `names` are the names the message may
    start with (the file a command was given: "rec" is a plain word, but a folder's name)."""
    line = " ".join(str(text).split())
    first = line.split(" ", 1)[0].rstrip(":,;")
    if any(name and line.startswith(" ".join(name.split())) for name in names):
        return line
    return line[:1].upper() + line[1:] if first.isalpha() and first.islower() else line


def _file_names(exc: BaseException) -> tuple[str, ...]:
    """The file names an OSError names (its message may start with one)."""
    return tuple(str(name) for name in (getattr(exc, "filename", None), getattr(exc, "filename2", None))
                 if name is not None)


def _describe_unexpected(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"{text} ({type(exc).__name__}; run with SMARTBMS_DEBUG=1 for details)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script passes it to sys.exit)."""
    from smartbms_gui.cli.errors import exit_code_for

    debug = os.environ.get("SMARTBMS_DEBUG") == "1"
    _set_up_logging(debug)
    try:
        parser = build_parser()
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        args.json = bool(getattr(args, "json", False) or getattr(args, "json_group", False))
        return int(args.run(args) or 0)
    except UserError as exc:
        sys.stderr.write(f"{PROG}: {_one_line(exc.message, exc.names)}\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: Interrupted\n")
        return EXIT_INTERRUPTED
    except SystemExit as exc:  # argparse --help / --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except Exception as exc:
        if debug:
            raise
        code, message = exit_code_for(exc)
        if code == EXIT_FAILED and message is None:
            message = "Unexpected error: " + _describe_unexpected(exc)
        sys.stderr.write(f"{PROG}: {_one_line(message, _file_names(exc))}\n")
        return code
