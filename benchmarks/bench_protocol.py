"""Decoding speed of the protocol layer on one core.

Goal: >= 300,000 stream records/s and >= 100,000 frames/s, so a 24-hour recording of a 255-cell
pack replays in seconds. Also the cost of hostile input: 200 KB of `C_C_…` in one chunk (a replayed
or recorded file can hand over that much at once), as one token (dropped before decoding) and as
4 KB tokens (each searched for a glued record, a bounded search). Prints figures, then one JSON
object on the last line.
"""

from __future__ import annotations

import json
import random
import time

from smartbms_gui.protocol import frame as fr
from smartbms_gui.protocol import stream as st


def _stream_sample(n_cells: int = 255) -> bytes:
    rng = random.Random(1)
    parts = ["U_2A30_+0050_+0010_-0040", "V_0294_03_02A8_01_02BC", "T_0115_02_014F_07", "E_0FA0_1388_07D0_50",
             "M_04D2_0929_0C:1E", "H_5F_1388_1450_5E_2710_2648", "B_0064_005A_0BB8_07D0"]
    for cell in range(1, n_cells + 1):
        parts.append(f"C_{cell:02X}_{n_cells:02X}_{rng.randint(640, 700):04X}_{rng.randint(290, 320):04X}_03")
    return (" ".join(parts) + "\r").encode()


def bench_stream(seconds: float = 2.0) -> float:
    data = _stream_sample()
    chunks = [data[i:i + 20] for i in range(0, len(data), 20)]  # as BLE delivers it
    decoder = st.StreamDecoder()
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for chunk in chunks:
            count += len(decoder.feed(chunk))
    return count / (time.perf_counter() - start)


def bench_frames(seconds: float = 2.0) -> float:
    frames = []
    for cell in range(1, 256):
        frames.append(fr.encode_frame(fr.Frame.build(
            pack_voltage_v=840.0, charge_current_a=10, discharge_current_a=-3, battery_current_a=7,
            lowest_cell_v=3.3, lowest_cell=2, highest_cell_v=3.4, highest_cell=5, lowest_temp_c=20,
            lowest_temp_cell=1, highest_temp_c=30, highest_temp_cell=3, cell=cell, cell_count=255,
            cell_voltage_v=3.35, cell_temperature_c=25, status1=3, solar_today_wh=1000, stored_wh=2000,
            consumed_today_wh=500, soc_pct=80, solar_total_kwh=100, consumed_total_kwh=90, key=cell % 19,
            key_value=98, capacity_kwh=5.0, vmin_v=2.9, vmax_v=3.65, vbypass_v=3.5)))
    data = b"".join(frames)
    decoder = fr.FrameDecoder()
    count = 0
    t = 0.0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for i in range(0, len(data), 512):  # serial reads of up to 512 bytes
            count += len(decoder.feed(data[i:i + 512], t))
        t += 0.01
    return count / (time.perf_counter() - start)


def bench_garbage_ms(token_bytes: int | None, total: int = 200_000) -> float:
    """Milliseconds to feed `total` bytes of `C_C_…` in one chunk, cut into tokens of
    `token_bytes` (None: one token), then a good record, which must come out."""
    if token_bytes is None:
        garbage = b"C_" * (total // 2) + b" "
    else:
        piece = (b"C_" * (token_bytes // 2))[: token_bytes - 1] + b" "
        garbage = piece * (total // token_bytes)
    data = garbage + b"U_2A30_X_+0010_-0004 "
    start = time.perf_counter()
    items = st.StreamDecoder().feed(data)
    elapsed = time.perf_counter() - start
    assert isinstance(items[-1], st.PackRecord), "the record after the garbage was lost"
    return elapsed * 1000.0


def main() -> None:
    records = bench_stream()
    frames = bench_frames()
    one_token = bench_garbage_ms(None)
    tokens_4k = bench_garbage_ms(st.StreamDecoder.MAX_TOKEN)
    print(f"stream records decoded: {records:,.0f} /s  (goal >= 300,000)")
    print(f"frames decoded:         {frames:,.0f} /s  (goal >= 100,000)")
    print(f"200 KB of C_C_… as one token:    {one_token:,.1f} ms")
    print(f"200 KB of C_C_… as 4 KB tokens:  {tokens_4k:,.1f} ms")
    print(json.dumps({"stream_records_per_s": round(records), "frames_per_s": round(frames),
                      "garbage_200kb_one_token_ms": round(one_token, 2),
                      "garbage_200kb_4kb_tokens_ms": round(tokens_4k, 2)}))


if __name__ == "__main__":
    main()
