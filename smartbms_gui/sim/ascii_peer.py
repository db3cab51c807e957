"""The simulated BMS's ASCII personality (BLE, Gen2 and Gen3): commands in, echoes, replies and the
live stream out — the bytes docs/protocol.md §3 describes, encoded with the protocol's own encoders.

Behaviour (what the app must cope with, as on the real device):
- every command ends in CR; the device echoes it at once (`PW1234!` → `PW1234!\\r`);
- the reply (`OK`, `KO`, `NA`, `WRONG` or a settings record) is held until the next byte arrives —
  any byte, not only `$` (docs/protocol.md §3): a client that only repeats its command still gets
  the earlier answer, before the echo of the repeat;
- `E!` starts the stream, `D!` stops it; the stream stops by itself when nothing has been received
  for `keepalive_timeout_s` (1.6 s): the app sends `$` about every 330 ms;
- Gen3 ends every stream record with CR (a client used on real Gen3 hardware splits on CR alone);
  Gen2 separates the records of one message with spaces and ends the message with CR;
- writes need a login (`PW<pin>!`) first, else `NA`; a value outside the parameter table's range
  gets `KO` on its last byte.
- [?] Whether the firmware applies each byte of a 16-bit value as it arrives or only with the low
  byte is UNKNOWN (docs/protocol.md §3.2). The simulator assumes the worst by default: each byte is
  stored as it arrives, so a write cut after its high byte leaves a value that is neither the old
  nor the new one (V max 3.80 → 4.20 V with only the high byte landed holds 5.08 V), and a low byte
  refused with `KO` leaves the high byte stored. `AsciiPeer(apply_bytes="last")` takes the benign
  reading instead (the bytes wait for the last one), for tests of that reading only.

Assumptions where the sources are silent (docs/simulator.md lists them): reads need no login;
`E!` and `D!` are answered `OK` (the reference does not say; fault `start_stop_unanswered` leaves
them unanswered); the wake-up `0x05` is neither echoed nor answered; `S3@` and `SRYn@` exist on
Gen3 only (Gen2 answers `WRONG`); a write to an address nothing lives at gets `KO`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from smartbms_gui.protocol import ascii_records, commands, params
from smartbms_gui.protocol.ascii_records import RECORD_FIELDS, SocHistoryBlock
from smartbms_gui.protocol.errors import ProtocolError
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.stream import encode_stream_record
from smartbms_gui.sim import records
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.wire_faults import chance, damage

KEEPALIVE_TIMEOUT_S = 1.6
CELLS_PER_MESSAGE = 8
MAX_LINE = 128  # longer than any command: garbage, answered WRONG
FLUSH_BYTE = commands.FLUSH[0]
CR = commands.TERMINATOR[0]
WAKE = 0x05
#: how the bytes of a multi-byte value are applied: "each" as they arrive (the worst case, default) or
#: "last" only when the last byte arrives [?] (docs/protocol.md §3.2: UNKNOWN)
APPLY_BYTES = ("each", "last")


class AsciiPeer:
    """One app connection to the simulated BMS over the ASCII wire.

    `receive(data, now=None)` takes app bytes; `poll(now)` emits what is due (stream records,
    delayed replies); output goes to `on_output(bytes)`. `now` is wall-clock seconds (the runner's
    monotonic clock); without it `receive` uses the time of the last poll.
    """

    def __init__(
        self,
        battery: SimulatedBattery,
        generation: Generation | None = None,
        *,
        cells_per_message: int = CELLS_PER_MESSAGE,
        keepalive_timeout_s: float = KEEPALIVE_TIMEOUT_S,
        apply_bytes: str = "each",
    ) -> None:
        if apply_bytes not in APPLY_BYTES:
            raise ValueError(f"apply_bytes must be one of {APPLY_BYTES}, not {apply_bytes!r}")
        self.battery = battery
        self.apply_bytes = apply_bytes
        self.generation = Generation(generation if generation is not None else battery.generation)
        self.cells_per_message = max(1, int(cells_per_message))
        self.keepalive_timeout_s = keepalive_timeout_s
        self.on_output: Callable[[bytes], None] = _discard
        self.logged_in = False
        self.streaming = False
        self._now = 0.0
        self._last_rx: float | None = None
        self._next_stream_at = 0.0
        self._first_message_due = False  # a start was answered: its first message goes out at once
        self._next_cell = 1
        self._line = bytearray()
        self._held: list[bytes] = []
        self._delayed: list[tuple[float, bytes]] = []
        # apply_bytes="last": (parameter name, index of the next byte, value so far) of a value whose
        # last byte has not arrived; any other command drops it, so it never leaks into a later write
        self._pending: tuple[str, int, int] | None = None
        self._reboots_seen = battery.faults.reboots
        self._silent_until = 0.0
        self._rng = random.Random(battery.seed * 7919 + 17)
        #: counters for tests and the simulator panel
        self.commands_received = 0
        self.stream_messages = 0

    # ------------------------------------------------------------------ app → device

    def receive(self, data: bytes, now: float | None = None) -> None:
        if now is not None:
            self._now = now
        if not self._link_up():
            return
        self._last_rx = self._now
        for byte in data:
            # Any byte releases a held reply, before the byte itself is handled (so the earlier reply
            # comes before the echo of a repeated command).
            self._flush()
            if byte == FLUSH_BYTE:
                continue
            if byte == CR:
                line = bytes(self._line)
                self._line.clear()
                self._command(line)
            elif byte == 0x0A:
                continue
            else:
                self._line.append(byte)
                if len(self._line) > MAX_LINE:
                    self._line.clear()
                    self._reply(commands.REPLY_MALFORMED)
        if self._first_message_due and not self._held:
            # The first message right after the start's OK, not at the runner's next tick (up to
            # 0.1 s later: most of the time from the start command to the first value on screen).
            # Assumption: the protocol does not say how soon a BMS sends its first message after E!
            # (docs/protocol.md); one may come up to a message interval later, and the app waits for
            # it either way. It always comes after the OK here, as the reply is answered first.
            self._stream_if_due(self._now)

    def _command(self, line: bytes) -> None:
        self.commands_received += 1
        text = line.decode("latin-1")
        if line in (b"", bytes([WAKE])):
            return  # the wake-up: no echo, no answer (assumption)
        self._send(line + b"\r")  # the echo, at once
        try:
            command: commands.Command | None = commands.parse_command(text)
        except ProtocolError:
            command = None
        if not self._continues_pending(command):
            self._pending = None  # only the next byte of the same value continues it
        faults = self.battery.faults
        if faults.is_active("missing_replies") and chance(self._rng, faults.params("missing_replies"), 1.0):
            return
        for name, word in (("reply_ko", commands.REPLY_REFUSED), ("reply_na", commands.REPLY_NOT_AUTHORISED),
                           ("reply_wrong", commands.REPLY_MALFORMED)):
            if faults.is_active(name):
                self._reply(word)
                return
        if command is None:
            self._reply(commands.REPLY_MALFORMED)
            return
        if command.kind == "login":
            self.logged_in = self.battery.check_pin(command.pin or "")
            self._reply(commands.REPLY_OK if self.logged_in else commands.REPLY_NOT_AUTHORISED)
        elif command.kind == "read":
            self._reply(self._read(command.record or ""))
        elif command.kind == "write":
            self._write_command(command.address or 0, command.value or 0)
        elif command.kind == "start":
            if not self.streaming:
                self.streaming = True
                self._next_stream_at = self._now
                self._first_message_due = True  # sent once the OK has gone out (end of `receive`)
            if not faults.is_active("start_stop_unanswered"):
                self._reply(commands.REPLY_OK)
        elif command.kind == "stop":
            self.streaming = False
            if not faults.is_active("start_stop_unanswered"):
                self._reply(commands.REPLY_OK)

    def _continues_pending(self, command: commands.Command | None) -> bool:
        if self._pending is None or command is None or command.kind != "write":
            return False
        found = params.parameter_at_address(command.address or 0, hardware=False)
        return found is not None and (found[0].name, found[1]) == self._pending[:2]

    # ------------------------------------------------------------------ reads

    def _read(self, record: str) -> str:
        b = self.battery
        if record == "TS":
            return ascii_records.encode_timestamp(b.device_counter)
        if record.startswith("L") and record[1:].isdigit():
            return ascii_records.encode_cell_log(b.cell_log[int(record[1:])])
        if record.startswith("H") and len(record) == 2:
            k = int(record[1], 16)
            per = ascii_records.HISTORY_VALUES_PER_BLOCK
            values = tuple(b.soc_history[k * per:(k + 1) * per])
            return ascii_records.encode_soc_history(SocHistoryBlock(k, b.history_index, values))
        if record in ("S3", "SRY0", "SRY1") and self.generation != Generation.GEN3:
            return commands.REPLY_MALFORMED
        if record == "V":
            return ascii_records.encode_settings_record("V", records.version_record_raw(b))
        return ascii_records.encode_settings_record(record, settings_record_raw(b, record, self.generation))

    # ------------------------------------------------------------------ writes

    def _write_command(self, address: int, value: int) -> None:
        """One byte write, with the write faults: unanswered, low byte refused, late answers."""
        faults = self.battery.faults
        found = params.parameter_at_address(address, hardware=False)
        last_of_several = found is not None and found[0].width > 1 and found[1] == found[0].width - 1
        if faults.is_active("write_unanswered"):
            p = faults.params("write_unanswered")
            nth = faults.count("write_unanswered")
            if (last_of_several if p.get("low_byte") else nth == int(p.get("nth", 1))):
                if p.get("applied"):
                    self._write(address, value)
                return  # the echo went out; the answer never comes
        if faults.is_active("write_low_byte_ko") and last_of_several:
            self._reply(commands.REPLY_REFUSED)
            return
        answer = self._write(address, value)
        if faults.is_active("slow_write_replies"):
            delay = float(faults.params("slow_write_replies").get("delay_s", 2.5))
            self._delayed.append((self._now + delay, answer.encode("latin-1") + b"\r"))
            return
        self._reply(answer)

    def _write(self, address: int, value: int) -> str:
        """Store one byte; the answer word. (Subclasses in tests override it to refuse addresses.)"""
        if not self.logged_in:
            return commands.REPLY_NOT_AUTHORISED
        found = params.parameter_at_address(address, hardware=False)
        if found is None:
            return commands.REPLY_REFUSED
        param, byte_index = found
        if self.generation not in param.generations:
            return commands.REPLY_REFUSED
        if param.kind == "action":
            if value != 1:
                return commands.REPLY_REFUSED
            if param.name == "clear_energy_counters":
                self.battery.clear_energy_counters()
            return commands.REPLY_OK
        stored = self.battery.settings.get(param.name, 0)
        pending = self._pending
        current = pending[2] if pending is not None and pending[0] == param.name else stored
        raw = params.merge_byte(param, current, byte_index, value)
        if byte_index < param.width - 1:
            if self.apply_bytes == "each":
                # [?] the worst case: this byte is stored now, whatever the bytes after it do
                self.battery.set_setting_raw(param.name, raw)
            else:
                self._pending = (param.name, byte_index + 1, raw)
            return commands.REPLY_OK
        self._pending = None
        if param.problem(param.to_value(raw)):
            return commands.REPLY_REFUSED  # with apply_bytes="each" the earlier bytes stay stored
        self.battery.set_setting_raw(param.name, raw)
        return commands.REPLY_OK

    # ------------------------------------------------------------------ device → app

    def _reply(self, text: str) -> None:
        self._held.append(text.encode("latin-1") + b"\r")

    def _flush(self) -> None:
        if not self._held:
            return
        data = b"".join(self._held)
        self._held.clear()
        faults = self.battery.faults
        if faults.is_active("slow_replies"):
            delay = float(faults.params("slow_replies").get("delay_s", 2.0))
            self._delayed.append((self._now + delay, data))
            return
        self._send(data)

    def _send(self, data: bytes) -> None:
        if not self._link_up():
            return
        data = damage(data, self.battery.faults, self._rng)
        self.on_output(data)

    def _link_up(self) -> bool:
        return not self.battery.faults.is_active("link_drop") and self._now >= self._silent_until

    def poll(self, now: float) -> None:
        self._now = now
        faults = self.battery.faults
        if faults.reboots != self._reboots_seen:
            self._reboots_seen = faults.reboots
            self._reset_session()
            self._silent_until = now + float(faults.last_reboot.get("downtime_s", 2.0))
        if self.streaming and self._last_rx is not None and now - self._last_rx > self.keepalive_timeout_s:
            self.streaming = False  # no keep-alive: the device stops talking
        if self._delayed:
            due = [d for t, d in self._delayed if t <= now]
            self._delayed = [(t, d) for t, d in self._delayed if t > now]
            for data in due:
                self._send(data)
        self._stream_if_due(now)

    def _stream_if_due(self, now: float) -> None:
        self._first_message_due = False
        if self.streaming and now >= self._next_stream_at:
            interval = self.battery.normal.message_interval_s
            self._next_stream_at = max(self._next_stream_at + interval, now)
            if self._link_up():
                self._send(self.stream_message())

    def _reset_session(self) -> None:
        self.logged_in = False
        self.streaming = False
        self._first_message_due = False
        self._line.clear()
        self._held.clear()
        self._delayed.clear()
        self._pending = None
        self._last_rx = None

    def stream_message(self) -> bytes:
        """One message cycle: the pack records and the next few cells (advances the cell rotation)."""
        b = self.battery
        g = self.generation
        items = [encode_stream_record(r, g) for r in records.pack_records(b, g)]
        reporting = b.link_broken_after() or b.cell_count
        for _ in range(min(self.cells_per_message, reporting)):
            if self._next_cell > reporting:
                self._next_cell = 1
            items.append(encode_stream_record(records.cell_record(b, self._next_cell, g), g))
            self._next_cell += 1
        self.stream_messages += 1
        if g is Generation.GEN3:
            return "".join(item + "\r" for item in items).encode("ascii")
        return (" ".join(items) + "\r").encode("ascii")

    _stream_message = stream_message  # the earlier private name, still used by some tests


def settings_record_raw(battery: SimulatedBattery, kind: str, generation: Generation) -> tuple[int | None, ...]:
    """The raw fields of a settings record from the battery's stored settings (by the parameter table).

    A field whose setting does not exist on this generation ends the record (Gen2 sends a shorter
    S2 [?]); a field no setting maps to is sent as `X`.
    """
    by_field = {p.field: p for p in params.PARAMETERS if p.record == kind}
    raw: list[int | None] = []
    for spec in sorted(RECORD_FIELDS[kind], key=lambda s: s.index):
        param = by_field.get(spec.name)
        if param is not None and generation not in param.generations:
            break
        if param is None or param.read_only:
            raw.append(None)
        else:
            raw.append(battery.settings.get(param.name))
    return tuple(raw)


def _discard(data: bytes) -> None:
    """Output before anyone listens goes nowhere."""
