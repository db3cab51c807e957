"""Log files for installers to send in: rotating files in the user log folder, with the PIN masked.

``setup_logging(level)`` is the one logging setup of the window and the command line. It

- writes ``smartbms.log`` (rotated at 1 MB, 5 old files kept) in the user log folder
  (platformdirs ``user_log_dir("SmartBMS Desktop")``), readable by its owner only: the files are
  created 0600 (rotated ones too; older files are tightened), a folder it creates is 0700. The
  command line passes ``file=False``: it never writes the file (a cron job would otherwise rotate
  it under a running window); with SMARTBMS_DEBUG=1 it logs at DEBUG to stderr (``console``),
- masks the PIN everywhere: the login command ``PW1234!`` becomes ``PW****!`` (also in byte reprs
  and hex dumps), the S1 record's PIN field (four ASCII digits in hex), the byte writes that change
  the PIN (``34-F00!``), any value logged under a key named pin (``pin=1234``, ``"new_pin": "1234"``,
  ``extra={"pin": ...}``) becomes ``****``, and any PIN registered with ``add_secret()``,
- keeps the last warnings and errors in memory for "Copy diagnostics" (``recent_errors()``),
- strips the payload from every line of other packages' loggers (bleak, bumble, dbus_fast,
  asyncio ... and bumble's calls on the root logger): their debug lines dump ATT/HCI/D-Bus packets
  in hex and byte reprs, and a PIN cut over two 20-byte notifications or two hex lines cannot be
  found by a pattern. So in those lines every byte literal becomes ``<8 bytes>`` and every run of
  two or more hex digits that holds a digit becomes ``…`` (numbers too); only Bluetooth addresses,
  UUIDs and short ``0x`` handles stay, unless they hold two ASCII digit bytes in a row
  ("write <8 bytes> to handle 0x0012"). Our own loggers (``smartbms_gui.*``) keep their numbers:
  they never log a payload that can hold the PIN, and their text is masked as above,
- logs uncaught exceptions (Qt slots, threads) and Python warnings, so they reach both (the window;
  the command line passes ``capture=False`` and reports them as before).

Masking happens twice on purpose: when a record is made (a log record factory, so handlers added
later, such as a test's capture handler or a user's handler on the root logger, never see the PIN
or a payload: message, exception text and stack) and again in a filter on every handler on the
root logger when setup_logging runs (for ``extra=`` values, which are added after the record is
made: a handler added later sees those as given).
"""

from __future__ import annotations

import ast
import collections
import functools
import importlib.util
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from smartbms_gui import APP_NAME

LOG_FILE_NAME = "smartbms.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
RECENT_ERRORS_KEPT = 50
MASK = "****"

FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

# The login command in text, byte reprs (b'PW1234!\r') and in hex dumps ("50 57 31 32 33 34 21").
_LOGIN_TEXT = re.compile(r"PW\d+!")
_LOGIN_HEX = re.compile(r"(?i)50([\s:-]?)57(?:[\s:-]?3[0-9])+([\s:-]?)21")
# The S1 record carries the PIN as four ASCII digits in hex ("_31323334_"): an 8-digit hex field made
# of four 3x bytes, standing alone. Rare elsewhere, and masking an innocent one costs little.
_S1_PIN_FIELD = re.compile(r"(?<![0-9A-Za-z])(?:3[0-9]){4}(?![0-9A-Za-z])")
# Changing the PIN writes its four ASCII digits, one byte per address ("34-F00!" … "31-F03!"; the
# device echoes each). The simulator's addresses come from the parameter table; the hardware address
# is UNKNOWN today and joins automatically once the table knows it.
def _pin_write_pattern() -> re.Pattern:
    addresses = {0xF00}
    try:
        from smartbms_gui.protocol import params

        pin = params.parameter("pin")
        addresses = {a for a in (pin.address, pin.sim_address) if a is not None} or addresses
    except Exception:  # noqa: BLE001, S110 - the table is optional here: logging must work without it
        pass
    alternatives = "|".join(f"{a + i:03X}" for a in sorted(addresses) for i in range(4))
    return re.compile(rf"(?i)(?<![0-9A-F])3[0-9]-({alternatives})!")


_PIN_WRITE = _pin_write_pattern()
# A key named pin, new_pin, pin_code ... (not "spin", "pinned").
_PIN_KEY = r"\b(?:[A-Za-z]+_)?(?i:pin)(?:_[A-Za-z]+)?\b"
# Its value: "pin=1234", "pin: 1234", "'pin': '1234'", "new_pin=b'1234'", "PIN 1234". Digits, or anything
# quoted after = or :. Words after "PIN:" stay readable ("wrong PIN: the device said NA").
_PIN_VALUE = re.compile(
    _PIN_KEY + r"""(?P<sep>["']?\s*[:=]\s*|\s+)(?:(?P<quote>b?["'])(?P<quoted>[^"']*)["']|(?P<digits>\d+)\b)"""
)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


# -- other packages' lines: no payload ------------------------------------------------------------
OWN_LOGGER = "smartbms_gui"
#: Bluetooth packages that dump payloads: a record made in their files is treated as theirs even
#: under one of our logger names. (Any logger not ours is treated so anyway, also the root logger,
#: on which bumble's gatt_server logs.)
BYTE_DUMPING_PACKAGES = ("bleak", "bumble", "dbus_fast", "dbus_next", "bleak_winrt", "winrt", "objc")
PAYLOAD = "…"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_BYTES_LITERAL = re.compile(
    r"""(?<![0-9A-Za-z_])(?:bytearray\(|memoryview\()?(?P<literal>b(?P<q>['"])(?:\\.|(?!(?P=q))[^\\])*(?P=q))\)?""")
_HEX = "[0-9A-Fa-f]"
_IDENTIFIER_OR_RUN = re.compile(
    rf"(?P<mac>(?<![0-9A-Za-z])(?:{_HEX}{{2}}[:-]){{5}}{_HEX}{{2}}(?![0-9A-Za-z:-]))"
    rf"|(?P<uuid>(?<![0-9A-Za-z-]){_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}(?![0-9A-Za-z-]))"
    rf"|(?P<handle>(?<![0-9A-Za-z])0[xX]{_HEX}{{1,4}}(?![0-9A-Za-z]))"
    rf"|(?P<run>{_HEX}{{2,}})"
)
_DIGIT_BYTES = re.compile(r"3[0-9]3[0-9]")


def _holds_digit_bytes(identifier: str) -> bool:
    """Two ASCII digit bytes in a row ("3437"), byte-aligned: a piece of a PIN, whatever its shape."""
    digits = re.sub(r"[^0-9A-Fa-f]", "", identifier[2:] if identifier[:2] in ("0x", "0X") else identifier)
    digits = digits if len(digits) % 2 == 0 else "0" + digits
    return any(_DIGIT_BYTES.fullmatch(digits[i:i + 4]) for i in range(0, len(digits) - 3, 2))


def _payload_free(match: re.Match) -> str:
    text = match.group(0)
    if match.group("run") is None:  # an address, a UUID or a handle
        return PAYLOAD if _holds_digit_bytes(text) else text
    return PAYLOAD if any(c.isdigit() for c in text) else text


def _bytes_size(match: re.Match) -> str:
    try:
        size = len(ast.literal_eval(match.group("literal")))
        return f"<{size} byte{'' if size == 1 else 's'}>"
    except (ValueError, SyntaxError):
        return "<bytes>"


def strip_payload(text: str) -> str:
    """The text without anything that can carry payload bytes: colour codes go, byte literals become
    ``<N bytes>``, and every run of two or more hex digits holding a digit (hex dumps, numbers, a
    PIN in ASCII) becomes ``…``; Bluetooth addresses, UUIDs and short ``0x`` handles stay unless they
    hold two ASCII digit bytes in a row. Cut anywhere, a PIN leaves no two digits together."""
    text = _ANSI.sub("", text)
    text = _BYTES_LITERAL.sub(_bytes_size, text)
    return _IDENTIFIER_OR_RUN.sub(_payload_free, text)


@functools.lru_cache(maxsize=1)
def _byte_dumping_dirs() -> tuple[str, ...]:
    dirs = []
    for name in BYTE_DUMPING_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)  # finds the package without importing it
        except (ImportError, ValueError):
            continue
        for location in (spec.submodule_search_locations or []) if spec is not None else []:
            dirs.append(os.path.join(os.path.normcase(os.path.abspath(location)), ""))
    return tuple(dirs)


@functools.lru_cache(maxsize=512)
def _made_in_byte_dumping_package(pathname: str) -> bool:
    return bool(pathname) and os.path.normcase(os.path.abspath(pathname)).startswith(_byte_dumping_dirs())


def is_own_record(record: logging.LogRecord) -> bool:
    """Made by our code's loggers (smartbms_gui.*) and not by a byte-dumping package's module."""
    name = record.name
    if name != OWN_LOGGER and not name.startswith(OWN_LOGGER + "."):
        return False
    return not _made_in_byte_dumping_package(record.pathname or "")


class LoggingSetupError(ValueError):
    """setup_logging was given a level it does not know."""


def add_secret(value: str) -> None:
    """Mask this exact value (e.g. the PIN in use) wherever it appears as a whole number/word,
    also as ASCII hex the way the S1 record carries it ("4711" -> "34373131")."""
    value = str(value).strip()
    if len(value) >= 3:  # shorter values would mask ordinary numbers everywhere
        hex_form = value.encode("utf-8").hex()
        with _secrets_lock:
            _secrets.update({value, hex_form, hex_form.upper()})


def clear_secrets() -> None:
    with _secrets_lock:
        _secrets.clear()


def mask_text(text: str) -> str:
    """The text with every PIN form this module knows replaced by ****."""
    text = _LOGIN_TEXT.sub("PW" + MASK + "!", text)
    text = _LOGIN_HEX.sub(lambda m: "50" + m.group(1) + "57" + m.group(1) + "**" + m.group(2) + "21", text)
    text = _S1_PIN_FIELD.sub(MASK + MASK, text)
    text = _PIN_WRITE.sub(lambda m: "**-" + m.group(1) + "!", text)
    text = _PIN_VALUE.sub(_mask_pin_value, text)
    with _secrets_lock:
        secrets = list(_secrets)
    for secret in secrets:
        text = re.sub(r"(?<![0-9A-Za-z])" + re.escape(secret) + r"(?![0-9A-Za-z])", MASK, text)
    return text


def _mask_pin_value(match: re.Match) -> str:
    whole, start = match.group(0), match.start(0)
    if match.group("quote") is not None:
        if match.group("sep").strip() == "":  # "pin 'x'": a quoted word after a space, not a value
            return whole
        return whole[: match.start("quoted") - start] + MASK + whole[match.end("quoted") - start :]
    return whole[: match.start("digits") - start] + MASK


def _is_pin_key(key: object) -> bool:
    return isinstance(key, str) and re.fullmatch(_PIN_KEY, key) is not None


def _mask_message(record: logging.LogRecord) -> None:
    """Fold args into the message and mask it (args may hold the PIN or the login bytes)."""
    args = record.args
    if isinstance(args, Mapping) and args:
        args = {k: (MASK if _is_pin_key(k) else v) for k, v in args.items()}
        record.args = args
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a broken format string: keep it all, masked, rather than lose the line
        message = f"{record.msg!s} {record.args!r}"
    record.msg = mask_text(message) if is_own_record(record) else strip_payload(mask_text(message))
    record.args = None


def _mask_text_of(record: logging.LogRecord, text: str) -> str:
    return mask_text(text) if is_own_record(record) else strip_payload(mask_text(text))


def _mask_exception_and_stack(record: logging.LogRecord) -> None:
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = _mask_text_of(record, record.exc_text)
    if record.stack_info:
        record.stack_info = _mask_text_of(record, record.stack_info)


class PinMaskFilter(logging.Filter):
    """Masks the PIN in a record's message, its pin-named extra fields and its exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "_smartbms_masked", False):
            _mask_message(record)
            _mask_exception_and_stack(record)
            record._smartbms_masked = True
        for key in list(vars(record)):
            if _is_pin_key(key):
                setattr(record, key, MASK)
        return True


class RecentErrors(logging.Handler):
    """A bounded ring of the last warnings and errors, already masked, for the diagnostics text."""

    def __init__(self, capacity: int = RECENT_ERRORS_KEPT) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FILE_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record).splitlines()[0] if record.exc_info else self.format(record))
        except Exception:  # noqa: BLE001 - logging's own convention
            self.handleError(record)


_recent = RecentErrors()
_installed: list[logging.Handler] = []
_factory_installed = False


def recent_errors() -> list[str]:
    """The last warnings and errors (oldest first), PIN masked."""
    return list(_recent.lines)


def log_dir() -> Path:
    """The user log folder (not created)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The file setup_logging writes to, or where it would write by default."""
    for handler in _installed:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILE_NAME


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file only its owner can read: created 0600, and so every file rotation makes."""

    def _open(self):  # noqa: ANN202 - the stdlib's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # a file an older version made 0644 (no logging here: inside a handler)
            try:
                os.fchmod(fd, 0o600)
            except OSError:
                pass
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _owner_only(path: Path, mode: int) -> None:
    try:
        if path.exists() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)
    except OSError as exc:  # a file of another user: say so in the log, do not fail the app
        logging.getLogger(__name__).warning("could not make %s private: %s", path.name, exc)


def _make_private_folder(folder: Path) -> None:
    """Create the folder and each missing parent 0700; a folder that exists keeps its mode."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for part in reversed(missing):
        try:
            part.mkdir(mode=0o700)
        except FileExistsError:
            continue
        _owner_only(part, 0o700)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)  # raises the OSError that says why


def _install_record_factory() -> None:
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def masked_record(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _mask_message(record)
        _mask_exception_and_stack(record)
        record._smartbms_masked = True
        return record

    logging.setLogRecordFactory(masked_record)
    _factory_installed = True


def _level(level: int | str) -> int:
    if isinstance(level, int):
        return level
    value = logging.getLevelName(str(level).upper())
    if not isinstance(value, int):
        raise LoggingSetupError(f"unknown log level {level!r}; use DEBUG, INFO, WARNING or ERROR")
    return value


def setup_logging(
    level: int | str = "INFO",
    *,
    directory: str | Path | None = None,
    console: bool = False,
    file: bool = True,
    capture: bool = True,
) -> Path:
    """Send logs to the rotating file (``file``; the window) and stderr (``console``); returns the
    log file path (where it would be when ``file`` is False). ``capture``: also log uncaught
    exceptions and Python warnings (the window; the command line reports them itself, as before).

    Safe to call again (e.g. to change the level): it replaces what it installed before.
    """
    numeric = _level(level)
    folder = Path(directory) if directory is not None else log_dir()
    path = folder / LOG_FILE_NAME

    _remove_installed_handlers()
    root = logging.getLogger()

    _install_record_factory()
    mask = PinMaskFilter()

    if file:
        _make_private_folder(folder)
        for old in [path, *(path.with_name(f"{path.name}.{n}") for n in range(1, BACKUP_COUNT + 1))]:
            _owner_only(old, 0o600)
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        formatter = logging.Formatter(FILE_FORMAT)
        formatter.converter = time.gmtime  # UTC, so logs from different laptops line up
        file_handler.setFormatter(formatter)
        _installed.append(file_handler)
    _installed.append(_recent)  # also keeps Python's last-resort stderr handler quiet
    if console:
        stream_handler = logging.StreamHandler()
        stream_handler.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        _installed.append(stream_handler)

    for handler in _installed:
        if not any(isinstance(f, PinMaskFilter) for f in handler.filters):
            handler.addFilter(mask)
        root.addHandler(handler)
    # Handlers somebody else put on the root logger get the mask too.
    for handler in root.handlers:
        if not any(isinstance(f, PinMaskFilter) for f in handler.filters):
            handler.addFilter(mask)
    root.setLevel(numeric)
    if capture:
        logging.captureWarnings(True)
        _install_exception_hooks()
    return path


_previous_hooks: tuple | None = None


def _install_exception_hooks() -> None:
    """Uncaught exceptions (also those raised in Qt slots, which PySide reports through
    sys.excepthook, and in threads) go to the log and so into "Copy diagnostics"."""
    global _previous_hooks
    if _previous_hooks is not None:
        return
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    crash_log = logging.getLogger("smartbms_gui.uncaught")

    def log_uncaught(kind, value, traceback) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            crash_log.error("uncaught %s: %s", kind.__name__, value, exc_info=(kind, value, traceback))
        previous_sys(kind, value, traceback)

    def log_thread(args) -> None:
        if args.exc_type is not SystemExit:
            crash_log.error("uncaught %s in thread %s: %s", args.exc_type.__name__,
                            getattr(args.thread, "name", "?"), args.exc_value,
                            exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread(args)

    sys.excepthook = log_uncaught
    threading.excepthook = log_thread
    _previous_hooks = (previous_sys, previous_thread)


def _remove_exception_hooks() -> None:
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None


def _remove_installed_handlers() -> None:
    """Take off (and close) the handlers setup_logging installed; the recent-errors ring stays open."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        if handler is not _recent:
            handler.close()
    _installed.clear()


def shutdown_logging() -> None:
    """Remove and close what setup_logging installed (tests, and a clean exit)."""
    _remove_exception_hooks()
    logging.captureWarnings(False)
    _remove_installed_handlers()
