"""What the app sends over the ASCII command protocol (docs/protocol.md §3), and the parser
the simulator uses to understand it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ProtocolError

FLUSH = b"$"  # makes the device release a held reply; also the stream keep-alive
KEEPALIVE = FLUSH
TERMINATOR = b"\r"

REPLY_OK = "OK"
REPLY_REFUSED = "KO"
REPLY_NOT_AUTHORISED = "NA"
REPLY_MALFORMED = "WRONG"
RESULT_REPLIES = frozenset({REPLY_OK, REPLY_REFUSED, REPLY_NOT_AUTHORISED, REPLY_MALFORMED})

READABLE_RECORDS = ("V", "S1", "S2", "S3", "SRY0", "SRY1", "TS") + tuple(f"L{i}" for i in range(10)) + tuple(
    f"H{k:X}" for k in range(14))
MAX_ADDRESS = 0xFFF


def wake_up() -> list[bytes]:
    """`$`, then 0x05 CR; the caller waits ~1.5 s after connecting before the first command."""
    return [FLUSH, b"\x05" + TERMINATOR]


def login(pin: str) -> bytes:
    pin = str(pin)
    if not re.fullmatch(r"[0-9]{4}", pin):
        raise ValueError("the PIN has four digits")
    return b"PW" + pin.encode("ascii") + b"!" + TERMINATOR


def read(kind: str) -> bytes:
    if kind not in READABLE_RECORDS:
        raise ValueError(f"no such record to read: {kind!r}")
    return kind.encode("ascii") + b"@" + TERMINATOR


def write_byte(address: int, value: int) -> bytes:
    if not 0 <= address <= MAX_ADDRESS:
        raise ValueError(f"address {address:#x} out of 000..FFF")
    if not 0 <= value <= 0xFF:
        raise ValueError(f"byte value {value} out of 0..255")
    return f"{value:02X}-{address:03X}!".encode("ascii") + TERMINATOR


def write_word(address_hi: int, value: int) -> list[bytes]:
    """A 16-bit value: high byte to `address_hi`, then low byte to `address_hi + 1`."""
    if not 0 <= value <= 0xFFFF:
        raise ValueError(f"word value {value} out of 0..65535")
    return [write_byte(address_hi, value >> 8), write_byte(address_hi + 1, value & 0xFF)]


def start_stream() -> bytes:
    return b"E!" + TERMINATOR


def stop_stream() -> bytes:
    return b"D!" + TERMINATOR


@dataclass(frozen=True)
class Command:
    kind: str  # login | read | write | start | stop | wake
    pin: str | None = None
    record: str | None = None
    address: int | None = None
    value: int | None = None

    def __repr__(self) -> str:  # the PIN never appears in logs
        if self.kind == "login":
            return "Command(login, pin=****)"
        return (f"Command({self.kind}, record={self.record}, address={self.address}, value={self.value})")


_WRITE = re.compile(r"([0-9A-Fa-f]{2})-([0-9A-Fa-f]{3})!")
_LOGIN = re.compile(r"PW([0-9]{4})!")


def parse_command(line: str) -> Command:
    """Parse one command line (without its CR) as the device would."""
    text = line.strip()
    if text in ("\x05", ""):
        return Command("wake")
    if m := _LOGIN.fullmatch(text):
        return Command("login", pin=m.group(1))
    if text == "E!":
        return Command("start")
    if text == "D!":
        return Command("stop")
    if m := _WRITE.fullmatch(text):
        return Command("write", address=int(m.group(2), 16), value=int(m.group(1), 16))
    if text.endswith("@") and text[:-1] in READABLE_RECORDS:
        return Command("read", record=text[:-1])
    shown = "PW****" if text.startswith("PW") else text[:20]
    raise ProtocolError(f"unknown command {shown!r}", record="command")
