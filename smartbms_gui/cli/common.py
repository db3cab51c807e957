"""What every `smartbms` subcommand shares: exit codes, user errors, JSON output, the PIN.

Exit codes (docs/cli.md lists them for scripts):
  0  done
  1  the device or the operation failed (KO, WRONG, no answer, read-back mismatch, internal error)
  2  usage: bad arguments, unknown setting name, value out of range, bad settings file
  3  authentication: wrong PIN, or no PIN available
  4  link: port or device not found, busy, no permission, connection lost, no Bluetooth adapter
  5  refused by the link: settings writes over the read-only serial link, or an address that is
     not published for real hardware (`settings load`: after writing the rest of the file)
  6  cancelled at the confirmation prompt
  7  written halfway: a settings write was cut after a byte, and the battery now holds a value that is
     neither the old nor the new one (or it could not be read back to tell); the message says which
  130 interrupted (Ctrl-C); `monitor` and `record` end normally (0) on Ctrl-C
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from smartbms_gui.protocol import params

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_LINK = 4
EXIT_REFUSED = 5
EXIT_CANCELLED = 6
EXIT_HALF_WRITTEN = 7
EXIT_INTERRUPTED = 130

#: the longest `--seconds` a command runs for (a year): more is a typing error, and a wait that long
#: is beyond what the event loop's clock takes
MAX_SECONDS = 366 * 86_400.0

PIN_ENV = "SMARTBMS_PIN"
NEW_PIN_ENV = "SMARTBMS_NEW_PIN"


class UserError(Exception):
    """Ends the command with a one-line message on stderr and `code` as the exit status.

    `names`: file names (or other names) the message may start with; the line's first letter is
    capitalised as a sentence's, but never a name's ("rec is a folder", not "Rec is a folder")."""

    def __init__(self, message: str, code: int = EXIT_USAGE, *, names: Iterable[object] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.names = tuple(str(name) for name in names)


class OneLineArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see `{self.prog} --help`)", EXIT_USAGE)


#: a value that starts with "-" but is a number, not an option: -10, -.5, -2,5, -1e3, -inf, -nan
_NEGATIVE_VALUE = re.compile(r"^-(\.?\d|,\d|inf|nan)", re.IGNORECASE)


def accept_negative_values(parser: argparse.ArgumentParser) -> None:
    """Let a positional VALUE start with "-" when it is a number (`settings set tmin_discharge_c -1e1`,
    `... vmax_v -inf`): argparse alone takes "-inf" and "-1e1" for unknown options. The parser must
    have no option that looks like a negative number (none of ours has)."""
    parser._negative_number_matcher = _NEGATIVE_VALUE  # (argparse's own test, widened)


def shortened(text: str, limit: int = 40) -> str:
    """`text` cut to `limit` characters, for a one-line message that quotes what was typed."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _number(text: str) -> float:
    """A decimal number as the window reads it ("3,6" and "3.6": `params.parse_number`); ValueError if not."""
    value = params.parse_number(text)
    if value is None:
        raise ValueError(text)
    return value


def number_option(kind: type = float, *, minimum: float | None = None, maximum: float | None = None,
                  above: float | None = None, unit: str = "") -> Callable[[str], Any]:
    """The `type=` of a numeric option: a finite number (an int when `kind` is int) within the range,
    else a usage error naming the option, what was given and what it takes ("argument --seconds:
    'nan' is not a finite number"). `above`: the value must be more than it (0 for a duration).
    Every numeric option of the command line goes through here, so nan, inf and out-of-range values
    are refused the same way everywhere."""
    unit_text = f" {unit}" if unit else ""

    def number(x: float) -> str:  # (31622400, not 3.16224e+07)
        return f"{x:g}" if abs(x) < 1e6 else str(int(x))

    def wanted() -> str:
        low = f"more than {number(above)}" if above is not None else number(minimum or 0)
        if maximum is None:
            return f"{low}{unit_text} or more" if above is None else f"{low}{unit_text}"
        if above is not None:
            return f"{low}, up to {number(maximum)}{unit_text}"
        return f"from {low} to {number(maximum)}{unit_text}"

    def convert(text: str) -> Any:
        shown = repr(shortened(text))
        if kind is int and len(str(text).strip().lstrip("+-")) > 30:  # (int() refuses 4,300 digits)
            raise argparse.ArgumentTypeError(f"{shown} is out of range: give {wanted()}")
        try:
            if "_" in str(text):  # (int() and float() take "1_000": no group separator, as in the window)
                raise ValueError(text)
            value = int(text, 10) if kind is int else _number(text)
        except (ValueError, TypeError):
            whole = "whole " if kind is int else ""
            raise argparse.ArgumentTypeError(f"{shown} is not a {whole}number ({wanted()})") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{shown} is not a finite number ({wanted()})")
        if ((above is not None and not value > above) or (minimum is not None and value < minimum)
                or (maximum is not None and value > maximum)):
            raise argparse.ArgumentTypeError(f"{shown} is out of range: give {wanted()}")
        return value

    convert.__name__ = kind.__name__  # (argparse names the type in its own messages)
    return convert


def json_safe(value: Any) -> Any:
    """Plain JSON types: enums by name, NaN/inf as null, tuples as lists."""
    import enum

    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        if isinstance(value, enum.Enum):
            return value.name.lower() if not isinstance(value, int) else int(value)
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, enum.Enum):
        return value.name.lower()
    if isinstance(value, dict):
        return {str(json_safe(k) if not isinstance(k, str) else k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in value]
    return str(value)


class OutputClosed:
    """Set when the reader of stdout went away (`smartbms monitor --json | head`)."""

    closed = False


def print_json(obj: Any, *, stream=None) -> None:
    """One JSON object on one line, flushed (so a pipe sees each record at once)."""
    _write((stream or sys.stdout), json.dumps(json_safe(obj), ensure_ascii=False) + "\n")


def _write(out, text: str) -> None:
    if OutputClosed.closed:
        return
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        # The reader left: stop writing, and keep Python from complaining at exit.
        OutputClosed.closed = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        except (OSError, ValueError, AttributeError):
            pass


def say(text: str = "") -> None:
    """Human output on stdout (never used with --json)."""
    _write(sys.stdout, text + "\n")


def note(text: str) -> None:
    """Progress and hints on stderr: never mixed into the JSON on stdout."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def read_pin(prompt: str = "PIN of the battery: ") -> str:
    """The PIN from $SMARTBMS_PIN, else a prompt that does not echo. Never printed or logged."""
    pin = os.environ.get(PIN_ENV)
    if pin is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError(
                f"no PIN: set the environment variable {PIN_ENV} or run in a terminal to be asked", EXIT_AUTH
            )
        try:
            pin = getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt):
            raise UserError("no PIN entered", EXIT_AUTH) from None
    return check_pin(pin)


def check_pin(pin: str, where: str = "") -> str:
    """The PIN without surrounding blanks, or a UserError (never repeating the PIN)."""
    pin = pin.strip()
    if len(pin) != 4 or not pin.isdigit() or not pin.isascii():
        raise UserError(f"{where}the PIN has exactly four digits 0-9", EXIT_AUTH)
    return pin


def read_new_pin() -> str:
    """A new PIN for `settings set pin -`: $SMARTBMS_NEW_PIN, else asked twice without echo on a
    terminal, else the first line of standard input (`echo 4321 | smartbms settings set pin -`)."""
    pin = os.environ.get(NEW_PIN_ENV)
    if pin is None:
        if not sys.stdin:
            raise UserError(f"No new PIN: set {NEW_PIN_ENV}, pipe it on standard input or run in a terminal",
                            EXIT_USAGE)
        if not sys.stdin.isatty():
            pin = sys.stdin.readline()
            if not pin.strip():
                raise UserError("No new PIN on standard input; nothing was written", EXIT_USAGE)
        else:
            first = getpass.getpass("New PIN (4 digits): ")
            if getpass.getpass("New PIN again: ") != first:
                raise UserError("The two new PINs differ; nothing was written", EXIT_USAGE)
            pin = first
    return pin.strip()


#: Why `settings set pin 4321` is refused (the PIN would stay in the shell's history and show in the
#: process list of every user of the computer).
PIN_ON_COMMAND_LINE = ("A PIN typed on the command line stays in the shell's history and shows in the process "
                       "list: give - instead and type it at the prompt, pipe it on standard input "
                       f"(echo NNNN | smartbms settings set pin - …) or set {NEW_PIN_ENV}")


def confirm(question: str, *, assume_yes: bool) -> None:
    """Ask yes/no on stderr; raise UserError(EXIT_CANCELLED) unless the answer is yes."""
    if assume_yes:
        return
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline() if sys.stdin else ""
    except (OSError, EOFError, KeyboardInterrupt):  # no stdin to ask on (a script)
        answer = ""
    if not answer:
        sys.stderr.write("\n")
        raise UserError("not written: no answer to the question; add --yes to write without asking", EXIT_CANCELLED)
    if answer.strip().lower() not in ("y", "yes"):
        raise UserError("cancelled: nothing was written", EXIT_CANCELLED)


def add_json_flag(parser: argparse.ArgumentParser, *, group_level: bool = False) -> None:
    """`--json` on a subcommand. On a command group it gets its own dest (`json_group`) because a
    sub-subcommand's default would otherwise overwrite it; `main()` merges the two."""
    parser.add_argument("--json", action="store_true", dest="json_group" if group_level else "json",
                        help="print only JSON on stdout (messages go to stderr)")
