"""The simulated BMS's ASCII personality (BLE, Gen2 and Gen3): commands in, echoes, replies and the
live stream out — the bytes docs/protocol.md §3 describes, encoded with the protocol's own encoders.

Behaviour (what the app must cope with, as on the real device):
- every command ends in CR; the device echoes it at once (`PW1234!` → `PW1234!\\r`);
- the reply (`OK`, `KO`, `NA`, `WRONG` or a settings record) is held until a `$` byte arrives;
- `E!` starts the stream, `D!` stops it; the stream stops by itself when nothing has been received
  for `keepalive_timeout_s` (1.6 s): the app sends `$` about every 330 ms;
- writes need a login (`PW<pin>!`) first, else `NA`; a value outside the parameter table's range
  gets `KO` and changes nothing; a 16-bit value is applied when its low byte arrives.

Assumptions where the sources are silent (docs/simulator.md lists them): reads need no login;
`E!` and `D!` are answered `OK`; the wake-up `0x05` is neither echoed nor answered; `S3@` and
`SRYn@` exist on Gen3 only (Gen2 answers `WRONG`); a write to an address nothing lives at gets `KO`.
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
    ) -> None:
        self.battery = battery
        self.generation = Generation(generation if generation is not None else battery.generation)
        self.cells_per_message = max(1, int(cells_per_message))
        self.keepalive_timeout_s = keepalive_timeout_s
        self.on_output: Callable[[bytes], None] = _discard
        self.logged_in = False
        self.streaming = False
        self._now = 0.0
        self._last_rx: float | None = None
        self._next_stream_at = 0.0
        self._next_cell = 1
        self._line = bytearray()
        self._held: list[bytes] = []
        self._delayed: list[tuple[float, bytes]] = []
        self._pending_raw: dict[str, int] = {}  # multi-byte values being assembled, by parameter name
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
            if byte == FLUSH_BYTE:
                self._flush()
            elif byte == CR:
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

    def _command(self, line: bytes) -> None:
        self.commands_received += 1
        text = line.decode("latin-1")
        if line in (b"", bytes([WAKE])):
            return  # the wake-up: no echo, no answer (assumption)
        self._send(line + b"\r")  # the echo, at once
        faults = self.battery.faults
        if faults.is_active("missing_replies") and chance(self._rng, faults.params("missing_replies"), 1.0):
            return
        for name, word in (("reply_ko", commands.REPLY_REFUSED), ("reply_na", commands.REPLY_NOT_AUTHORISED),
                           ("reply_wrong", commands.REPLY_MALFORMED)):
            if faults.is_active(name):
                self._reply(word)
                return
        try:
            command = commands.parse_command(text)
        except ProtocolError:
            self._reply(commands.REPLY_MALFORMED)
            return
        if command.kind == "login":
            self.logged_in = self.battery.check_pin(command.pin or "")
            self._reply(commands.REPLY_OK if self.logged_in else commands.REPLY_NOT_AUTHORISED)
        elif command.kind == "read":
            self._reply(self._read(command.record or ""))
        elif command.kind == "write":
            self._reply(self._write(command.address or 0, command.value or 0))
        elif command.kind == "start":
            if not self.streaming:
                self.streaming = True
                self._next_stream_at = self._now
            self._reply(commands.REPLY_OK)
        elif command.kind == "stop":
            self.streaming = False
            self._reply(commands.REPLY_OK)

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

    def _write(self, address: int, value: int) -> str:
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
        current = self._pending_raw.get(param.name, self.battery.settings.get(param.name, 0))
        raw = params.merge_byte(param, current, byte_index, value)
        if byte_index < param.width - 1:
            # the high byte(s) wait in the register file for the low byte
            self._pending_raw[param.name] = raw
            return commands.REPLY_OK
        self._pending_raw.pop(param.name, None)
        if param.problem(param.to_value(raw)):
            return commands.REPLY_REFUSED
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
        if self.streaming and now >= self._next_stream_at:
            interval = self.battery.normal.message_interval_s
            self._next_stream_at = max(self._next_stream_at + interval, now)
            if self._link_up():
                self._send(self.stream_message())

    def _reset_session(self) -> None:
        self.logged_in = False
        self.streaming = False
        self._line.clear()
        self._held.clear()
        self._delayed.clear()
        self._pending_raw.clear()
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
