"""The 58-byte serial "extended data output" frame (docs/protocol.md §4) [U].

9600 8N1, big-endian, no header: one frame every 0.5 s or 1 s. Byte 57 is the sum of bytes 0..56
& 0xFF. `FrameDecoder` finds the frames in a byte stream by their own structure, one byte at a time
(the checksum, the sign bytes, a working pack's values or a confirming neighbour), never by silences.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import astuple, dataclass, fields

from . import scaling
from .errors import ChecksumError, FrameError

FRAME_LENGTH = 58
_LAYOUT = struct.Struct(">3scHcHcHHBHBHBHBBBHHB3s3s3sB3s3sBBHHHHB")
assert _LAYOUT.size == FRAME_LENGTH
_SIGNS = (b"+", b"-", b"X")
KEY_OFFSET = 25  # byte 47 carries key + 25


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame as raw integers (exact round trip); SI values are properties."""

    pack_voltage_raw: int  # 24-bit x 5 mV
    charge_sign: bytes  # b"+", b"-" or b"X" (absent)
    charge_raw: int  # I1, x 0.125 A
    discharge_sign: bytes
    discharge_raw: int  # I2
    battery_sign: bytes
    battery_raw: int  # Isum
    lowest_cell_raw: int
    lowest_cell: int
    highest_cell_raw: int
    highest_cell: int
    lowest_temp_raw: int
    lowest_temp_cell: int
    highest_temp_raw: int
    highest_temp_cell: int
    cell: int  # the cell this frame reports (rotates through the pack)
    cell_count: int
    cell_voltage_raw: int
    cell_temperature_raw: int
    status1: int
    solar_today_wh: int
    stored_wh: int
    consumed_today_wh: int
    soc_pct: int
    solar_total_kwh: int
    consumed_total_kwh: int
    key_code: int  # key + 25
    key_value: int
    capacity_raw: int  # x 0.1 kWh
    # [?] Bytes 51-56 (V min, V max, V bypass settings): docs/protocol.md §4 gives no scale. Read
    # x 5 mV like the cell voltages they are compared with: the maker's own serial driver (for
    # Victron Venus) decodes them with the same function as the cell voltages, and x 5 mV puts
    # the simulator's and real settings in the manual's 2.0-5.0 V cell range.
    vmin_raw: int
    vmax_raw: int
    vbypass_raw: int

    # --- SI views ---
    @property
    def pack_voltage_v(self) -> float:
        return scaling.cell_voltage_v(self.pack_voltage_raw)

    @staticmethod
    def _current(sign: bytes, raw: int) -> float | None:
        if sign == b"X":
            return None
        amps = raw * scaling.FRAME_CURRENT_AMP_PER_LSB
        return -amps if sign == b"-" else amps

    @property
    def charge_current_a(self) -> float | None:
        return self._current(self.charge_sign, self.charge_raw)

    @property
    def discharge_current_a(self) -> float | None:
        return self._current(self.discharge_sign, self.discharge_raw)

    @property
    def battery_current_a(self) -> float | None:
        return self._current(self.battery_sign, self.battery_raw)

    @property
    def lowest_cell_v(self) -> float:
        return scaling.cell_voltage_v(self.lowest_cell_raw)

    @property
    def highest_cell_v(self) -> float:
        return scaling.cell_voltage_v(self.highest_cell_raw)

    @property
    def lowest_temp_c(self) -> float:
        return scaling.temperature_c(self.lowest_temp_raw)

    @property
    def highest_temp_c(self) -> float:
        return scaling.temperature_c(self.highest_temp_raw)

    @property
    def cell_voltage_v(self) -> float:
        return scaling.cell_voltage_v(self.cell_voltage_raw)

    @property
    def cell_temperature_c(self) -> float:
        return scaling.temperature_c(self.cell_temperature_raw)

    @property
    def capacity_kwh(self) -> float:
        return self.capacity_raw * 0.1

    @property
    def vmin_v(self) -> float:
        return scaling.cell_voltage_v(self.vmin_raw)

    @property
    def vmax_v(self) -> float:
        return scaling.cell_voltage_v(self.vmax_raw)

    @property
    def vbypass_v(self) -> float:
        return scaling.cell_voltage_v(self.vbypass_raw)

    @property
    def key(self) -> int:
        return self.key_code - KEY_OFFSET

    @classmethod
    def build(cls, *, pack_voltage_v: float, charge_current_a: float | None, discharge_current_a: float | None,
              battery_current_a: float | None, lowest_cell_v: float, lowest_cell: int, highest_cell_v: float,
              highest_cell: int, lowest_temp_c: float, lowest_temp_cell: int, highest_temp_c: float,
              highest_temp_cell: int, cell: int, cell_count: int, cell_voltage_v: float,
              cell_temperature_c: float, status1: int, solar_today_wh: float, stored_wh: float,
              consumed_today_wh: float, soc_pct: float, solar_total_kwh: float, consumed_total_kwh: float,
              key: int, key_value: int, capacity_kwh: float, vmin_v: float, vmax_v: float,
              vbypass_v: float) -> Frame:
        """A frame from SI values (the simulator's encoder)."""

        def current(amps: float | None) -> tuple[bytes, int]:
            if amps is None:
                return b"X", 0
            raw = min(0xFFFF, int(round(abs(amps) / scaling.FRAME_CURRENT_AMP_PER_LSB)))
            return (b"-" if amps < 0 else b"+"), raw

        v = scaling.cell_voltage_raw
        t = scaling.temperature_raw
        c1, c2, cb = current(charge_current_a), current(discharge_current_a), current(battery_current_a)
        return cls(min(v(pack_voltage_v), 0xFFFFFF), *c1, *c2, *cb, v(lowest_cell_v), lowest_cell,
                   v(highest_cell_v), highest_cell, t(lowest_temp_c), lowest_temp_cell, t(highest_temp_c),
                   highest_temp_cell, cell, cell_count, v(cell_voltage_v), t(cell_temperature_c), status1,
                   int(round(solar_today_wh)), int(round(stored_wh)), int(round(consumed_today_wh)),
                   int(round(soc_pct)), int(round(solar_total_kwh)), int(round(consumed_total_kwh)),
                   key + KEY_OFFSET, key_value, int(round(capacity_kwh * 10)), v(vmin_v), v(vmax_v),
                   v(vbypass_v))


_U24_FIELDS = frozenset({"pack_voltage_raw", "solar_today_wh", "stored_wh", "consumed_today_wh",
                         "solar_total_kwh", "consumed_total_kwh"})
_FIELD_NAMES = tuple(f.name for f in fields(Frame))
_U24_INDEXES = tuple(i for i, name in enumerate(_FIELD_NAMES) if name in _U24_FIELDS)


def frame_checksum(data: bytes) -> int:
    return sum(data[:FRAME_LENGTH - 1]) & 0xFF


def _check_plausible(frame: Frame) -> None:
    for name in ("charge_sign", "discharge_sign", "battery_sign"):
        if getattr(frame, name) not in _SIGNS:
            raise FrameError(f"sign byte {getattr(frame, name)!r} is not +, - or X", record="frame", field=name)
    if frame.cell_count == 0 or frame.cell > frame.cell_count:
        raise FrameError(f"cell {frame.cell} of {frame.cell_count}", record="frame", field="cell")
    if frame.soc_pct > 100:
        raise FrameError(f"SoC {frame.soc_pct} %", record="frame", field="soc_pct")
    if frame.key_code < KEY_OFFSET:
        raise FrameError(f"key code {frame.key_code} below {KEY_OFFSET}", record="frame", field="key")


def decode_frame(data: bytes) -> Frame:
    """Decode exactly one 58-byte frame; raise `FrameError` / `ChecksumError` when it is not one."""
    if len(data) != FRAME_LENGTH:
        raise FrameError(f"{len(data)} bytes, a frame has {FRAME_LENGTH}", record="frame")
    if frame_checksum(data) != data[FRAME_LENGTH - 1]:
        raise ChecksumError(f"checksum {data[57]:02X} does not match content ({frame_checksum(data):02X})",
                            record="frame", field="checksum")
    values = list(_LAYOUT.unpack(data)[:-1])
    for i in _U24_INDEXES:
        values[i] = int.from_bytes(values[i], "big")
    frame = Frame(*values)
    _check_plausible(frame)
    return frame


def encode_frame(frame: Frame) -> bytes:
    values = list(astuple(frame))
    for i in _U24_INDEXES:
        values[i] = int(values[i]).to_bytes(3, "big")
    body = _LAYOUT.pack(*values, 0)
    return body[:-1] + bytes([sum(body[:-1]) & 0xFF])


# ---- finding the frames in a byte stream (docs/protocol.md §4, "Finding the frames") ----------------

# A frame can start only where its three sign bytes (offsets 3, 6, 9) are "+", "-" or "X". The
# regex engine finds such places at C speed, so a flood of garbage costs little: it matches at the
# first sign byte (offset 3) and looks ahead for the other two.
_SIGN_RUN = re.compile(rb"[+\-X](?=..[+\-X]..[+\-X])", re.DOTALL)
_FIRST_SIGN = 3
_MAX_CELL_RAW = 2000  # 10 V: twice the manual's 5.0 V top of the cell range, x 5 mV
_MAX_TEMP_RAW = 511  # 206 degC (x 0.857 - 232.1): no working sensor reads more
_MAX_PACK_RAW = 255 * _MAX_CELL_RAW  # 255 cells of 10 V
_MAX_KEY_CODE = KEY_OFFSET + 18  # keys 0..18 (KEY_NAMES)


def looks_like_a_pack(frame: Frame) -> bool:
    """The frame's values are those of a working pack: enough, with the checksum and the sign bytes,
    to take one frame that follows noise as a frame (random bytes pass all of it about once in
    10^17 tries). Cell numbers lie within the pack, lowest <= highest, cell voltages <= 10 V,
    temperatures <= 206 degC, the pack <= 255 cells of 10 V, a known key."""
    count = frame.cell_count
    return (1 <= frame.cell <= count and 1 <= frame.lowest_cell <= count and 1 <= frame.highest_cell <= count
            and 1 <= frame.lowest_temp_cell <= count and 1 <= frame.highest_temp_cell <= count
            and frame.lowest_cell_raw <= frame.highest_cell_raw <= _MAX_CELL_RAW
            and frame.cell_voltage_raw <= _MAX_CELL_RAW
            and frame.lowest_temp_raw <= frame.highest_temp_raw <= _MAX_TEMP_RAW
            and frame.cell_temperature_raw <= _MAX_TEMP_RAW
            and frame.pack_voltage_raw <= _MAX_PACK_RAW
            and frame.key_code <= _MAX_KEY_CODE)


def _same_pack(a: Frame, b: Frame) -> bool:
    """Two frames of one pack: the cell count, the capacity and the three voltage settings (9 bytes)."""
    return (a.cell_count == b.cell_count and a.capacity_raw == b.capacity_raw and a.vmin_raw == b.vmin_raw
            and a.vmax_raw == b.vmax_raw and a.vbypass_raw == b.vbypass_raw)


class FrameDecoder:
    """Finds frames in a byte stream with noise, stray bytes, partial frames and replugs.

    Locked (after a frame), it takes the next 58 bytes as the next frame when their checksum and
    fields hold and the pack's fixed values match the last frame's (`_same_pack`). Otherwise it slides
    one byte at a time and takes a frame at the first place where the checksum, the three sign bytes
    and the decoder's checks hold and one of these confirms it: the pack's fixed values match the last
    frame's; with no last frame, the values are those of a working pack (`looks_like_a_pack`); or the
    next 58 bytes are a frame of the same pack. So once the pack is known, a frame whose fixed values
    differ waits for the next frame to confirm it (a settings change shows one frame later): a frame
    cut short on the wire followed by the next one's head passes the one-byte checksum about once in
    256, often with every field check and a working pack's values too, and taken, it would swallow
    the good frame behind it. A frame that lost only its checksum byte is whole without it, and the
    next frame's first byte passes as its checksum once in 256: that frame is taken (its values are
    right), and the next frame then starts one byte earlier than the lock expects, so the locked
    decoder also tries the place one byte back (it keeps the last frame's last byte for that) before
    it slides. Silences play no part: a frame split over reads at any offset, or right behind a stray
    byte, is found the same way. Memory stays bounded: without a frame, only the last 57 bytes (a
    frame's possible start) are kept, or 115 while a frame waits for its confirming neighbour.

    `gap_s` and the `now` given to `feed` are accepted for older callers and not used.
    """

    def __init__(self, gap_s: float | None = None) -> None:
        self.gap_s = gap_s
        self._buf = bytearray()
        #: 1 while the buffer starts with the last byte of the frame taken last (kept for the lock's
        #: look one byte back: that byte may have been the next frame's first), else 0
        self._kept = 0
        self._locked = False
        self._last: Frame | None = None
        self.frames = 0
        self.dropped_bytes = 0
        self.resyncs = 0
        self.last_error: FrameError | None = None

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def buffered(self) -> int:
        """Bytes held for a frame that may still complete."""
        return len(self._buf) - self._kept

    def reset(self) -> None:
        """Forget the bytes held (the port was reopened); the pack's last frame still confirms."""
        self.dropped_bytes += len(self._buf) - self._kept
        self._buf.clear()
        self._kept = 0
        self._locked = False

    def feed(self, data: bytes, now: float = 0.0) -> list[Frame]:
        buf = self._buf
        buf += data
        out: list[Frame] = []
        pos = self._kept
        end = len(buf)
        while end - pos >= FRAME_LENGTH:
            if self._locked:
                frame = self._frame_at(buf, pos)
                if frame is not None and self._last is not None and _same_pack(frame, self._last):
                    out.append(frame)
                    self._last = frame
                    pos += FRAME_LENGTH
                    continue
                # the last frame may have lost its checksum byte and taken this frame's first as it
                early = self._frame_at(buf, pos - 1) if pos >= 1 else None
                if early is not None and self._last is not None and _same_pack(early, self._last):
                    out.append(early)
                    self._last = early
                    self.resyncs += 1
                    pos += FRAME_LENGTH - 1
                    continue
                self._locked = False
                self.resyncs += 1
            start, frame = self._search(buf, pos)
            self.dropped_bytes += start - pos
            pos = start
            if frame is None:
                break
            out.append(frame)
            self._last = frame
            self._locked = True
            pos += FRAME_LENGTH
        # locked: keep the last frame's last byte for the look one byte back
        keep = 1 if self._locked and pos >= 1 else 0
        if pos - keep:
            del buf[:pos - keep]
        self._kept = keep
        self.frames += len(out)
        return out

    def _frame_at(self, buf: bytearray, i: int) -> Frame | None:
        """The frame at `buf[i:i + 58]` when its checksum holds and `decode_frame` accepts it."""
        end = i + FRAME_LENGTH - 1
        if (sum(buf[i:end]) & 0xFF) != buf[end]:
            return None
        try:
            return decode_frame(bytes(buf[i:end + 1]))
        except FrameError as exc:
            self.last_error = exc  # the checksum held: worth a line in the diagnostics
            return None

    def _search(self, buf: bytearray, pos: int) -> tuple[int, Frame | None]:
        """(where the next frame starts, the frame) or (where to keep bytes from, None)."""
        end = len(buf)
        last_start = end - FRAME_LENGTH  # the last place a whole frame fits
        for match in _SIGN_RUN.finditer(buf, pos + _FIRST_SIGN):
            i = match.start() - _FIRST_SIGN
            if i > last_start:
                return i, None
            frame = self._frame_at(buf, i)
            if frame is None:
                continue
            if _same_pack(frame, self._last) if self._last is not None else looks_like_a_pack(frame):
                return i, frame
            if i + FRAME_LENGTH > last_start:
                return i, None  # wait for the next frame to confirm this one
            following = self._frame_at(buf, i + FRAME_LENGTH)
            if following is not None and _same_pack(frame, following):
                return i, frame
        return max(pos, last_start + 1), None


# ---- the rotating key/value pairs ------------------------------------------------------------------

KEY_NAMES = {0: "soh", 1: "efficiency", 2: "vlow_hi", 3: "vlow_lo", 4: "vnominal_hi", 5: "vnominal_lo",
             6: "firmware_major_minor", 7: "firmware_patch", 8: "cycles_hi", 9: "cycles_lo",
             10: "charged_2", 11: "charged_1", 12: "charged_0", 13: "discharged_2", 14: "discharged_1",
             15: "discharged_0", 16: "status2", 17: "vfull_hi", 18: "vfull_lo"}


def encode_key_values(*, soh_pct: float, efficiency_pct: float, vlow_v: float, vnominal_v: float,
                      firmware: tuple[int, int, int], charge_cycles: float, charged_kwh: float,
                      discharged_kwh: float, status2: int, vfull_v: float) -> dict[int, int]:
    """The 19 rotating bytes by key, the inverse of `KeyValueAccumulator` (the simulator sends these).

    Words go high byte first; counters wider than their bytes wrap as the device's would.
    """
    major, minor, patch = firmware
    vlow = scaling.cell_voltage_raw(vlow_v)
    vnom = scaling.cell_voltage_raw(vnominal_v)
    vfull = scaling.cell_voltage_raw(vfull_v)
    cycles = round(charge_cycles) & 0xFFFF
    charged = int(charged_kwh) & 0xFFFFFF
    discharged = int(discharged_kwh) & 0xFFFFFF
    table = {
        0: round(soh_pct),
        1: round(efficiency_pct),
        2: vlow >> 8, 3: vlow & 0xFF,
        4: vnom >> 8, 5: vnom & 0xFF,
        6: (major & 0xF) << 4 | (minor & 0xF),
        7: patch & 0xFF,
        8: cycles >> 8, 9: cycles & 0xFF,
        10: charged >> 16, 11: (charged >> 8) & 0xFF, 12: charged & 0xFF,
        13: discharged >> 16, 14: (discharged >> 8) & 0xFF, 15: discharged & 0xFF,
        16: status2,
        17: vfull >> 8, 18: vfull & 0xFF,
    }
    return {key: max(0, min(255, int(value))) for key, value in table.items()}


class KeyValueAccumulator:
    """Collects the rotating extra values (full cycle ~20 s); a value older than `expiry_s` is stale."""

    def __init__(self, expiry_s: float = 60.0) -> None:
        self.expiry_s = expiry_s
        self._raw: dict[int, tuple[int, float]] = {}

    def update(self, key: int, value: int, now: float) -> None:
        if key in KEY_NAMES:
            self._raw[key] = (value, now)

    def update_from_frame(self, frame: Frame, now: float) -> None:
        self.update(frame.key, frame.key_value, now)

    def _fresh(self, now: float, *keys: int) -> list[int] | None:
        out = []
        for key in keys:
            entry = self._raw.get(key)
            if entry is None or now - entry[1] > self.expiry_s:
                return None
            out.append(entry[0])
        return out

    def _composed(self, now: float) -> dict[str, tuple[tuple[int, ...], Callable[..., object]]]:
        def word(hi: int, lo: int) -> int:
            return (hi << 8) | lo

        return {
            "soh_pct": ((0,), lambda v: float(v[0])),
            "efficiency_pct": ((1,), lambda v: float(v[0])),
            "vlow_v": ((2, 3), lambda v: scaling.cell_voltage_v(word(*v))),  # [?] cell scale
            "vnominal_v": ((4, 5), lambda v: scaling.cell_voltage_v(word(*v))),
            "firmware": ((6, 7), lambda v: f"{v[0] >> 4}.{v[0] & 0xF}.{v[1]}"),
            "charge_cycles": ((8, 9), lambda v: float(word(*v))),
            "charged_kwh": ((10, 11, 12), lambda v: float((v[0] << 16) | (v[1] << 8) | v[2])),
            "discharged_kwh": ((13, 14, 15), lambda v: float((v[0] << 16) | (v[1] << 8) | v[2])),
            "status2": ((16,), lambda v: v[0]),
            "vfull_v": ((17, 18), lambda v: scaling.cell_voltage_v(word(*v))),
        }

    def values(self, now: float) -> dict[str, object]:
        """Every value whose bytes are all fresh, by name (SI units)."""
        out = {}
        for name, (keys, compose) in self._composed(now).items():
            raw = self._fresh(now, *keys)
            if raw is not None:
                out[name] = compose(raw)
        return out

    def age(self, name: str, now: float) -> float | None:
        """Seconds since the oldest byte of that value arrived; `None` if never."""
        keys = self._composed(now)[name][0]
        times = [self._raw[k][1] for k in keys if k in self._raw]
        if len(times) != len(keys):
            return None
        return now - min(times)
