"""Frame decoder under floods: speed and memory (docs/protocol.md §4.1).

    .venv/bin/python benchmarks/bench_frame_resync.py [--megabytes 20]

Feeds `FrameDecoder` in 4 KB reads: random garbage, printable text, the worst case (bytes made
only of "+", "-" and "X": every place is a candidate start), and clean frames each behind a stray
byte. For the garbage it also reports the peak of Python allocations (tracemalloc) above the input
itself and the decoder's buffer: both must stay flat whatever the flood's size. The last line is
JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc

from smartbms_gui.protocol.frame import Frame, FrameDecoder, encode_frame

READ = 4096


def feed(data: bytes) -> tuple[float, int, int]:
    """(seconds, frames, largest buffer held between reads)."""
    decoder = FrameDecoder()
    frames = held = 0
    start = time.perf_counter()
    for i in range(0, len(data), READ):
        frames += len(decoder.feed(data[i:i + READ]))
        held = max(held, decoder.buffered)
    return time.perf_counter() - start, frames, held


def peak_memory(data: bytes) -> int:
    """Peak bytes allocated while decoding, beyond the input (tracemalloc)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    feed(data)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak


def stray_byte_frames(count: int) -> bytes:
    rng = random.Random(2)
    out = bytearray()
    for i in range(count):
        out.append(rng.randrange(256))
        out += encode_frame(Frame.build(
            pack_voltage_v=52.0, charge_current_a=10.0, discharge_current_a=None, battery_current_a=-3.0,
            lowest_cell_v=3.2, lowest_cell=2, highest_cell_v=3.4, highest_cell=7, lowest_temp_c=18,
            lowest_temp_cell=1, highest_temp_c=24, highest_temp_cell=5, cell=i % 16 + 1, cell_count=16,
            cell_voltage_v=3.3, cell_temperature_c=21, status1=3, solar_today_wh=1200, stored_wh=800,
            consumed_today_wh=400, soc_pct=80, solar_total_kwh=1500, consumed_total_kwh=1400, key=i % 19,
            key_value=7, capacity_kwh=10.0, vmin_v=2.8, vmax_v=3.9, vbypass_v=3.5))
    return bytes(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=20.0)
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    rng = random.Random(1)
    results: dict[str, float] = {}
    garbage = rng.randbytes(size)
    seconds, frames, held = feed(garbage)
    print(f"random garbage, {args.megabytes:g} MB: {size / seconds / 1e6:6.1f} MB/s, {frames} frames, "
          f"buffer <= {held} bytes")
    results.update(garbage_mb_per_s=round(size / seconds / 1e6, 1), garbage_frames=frames, garbage_buffer=held)
    small, large = peak_memory(garbage[:size // 10]), peak_memory(garbage)
    print(f"peak allocation while decoding: {small / 1024:.0f} KiB for a tenth, {large / 1024:.0f} KiB for all")
    results.update(peak_kib_tenth=round(small / 1024), peak_kib_all=round(large / 1024))
    text = bytes(rng.randrange(32, 127) for _ in range(size // 10))
    seconds, frames, _ = feed(text)
    print(f"printable text:      {len(text) / seconds / 1e6:6.1f} MB/s, {frames} frames")
    results.update(text_mb_per_s=round(len(text) / seconds / 1e6, 1), text_frames=frames)
    signs = bytes(rng.choice(b"+-X") for _ in range(size // 20))
    seconds, frames, _ = feed(signs)
    print(f"only + - X (worst):  {len(signs) / seconds / 1e6:6.2f} MB/s, {frames} frames")
    results.update(signs_mb_per_s=round(len(signs) / seconds / 1e6, 2), signs_frames=frames)
    clean = stray_byte_frames(100_000)
    seconds, frames, _ = feed(clean)
    print(f"frames behind a stray byte: {frames / seconds:,.0f} frames/s ({frames} of 100000)")
    results.update(stray_frames_per_s=round(frames / seconds), stray_frames=frames)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
