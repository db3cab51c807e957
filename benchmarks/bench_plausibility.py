"""Garbled bytes on the ASCII stream: how many decoded records carry wrong values, with and without
the plausibility filter (device/plausibility.py), and what the filter costs.

The simulator's battery runs its day profile; each message (U V T E M H B and 8 cells, as the ASCII
peer sends it) is encoded with the protocol's encoders, a share of its bytes is replaced by random
printable bytes (seeded), and the result is decoded and filtered. Every record that comes out is
compared with the record the simulator meant to send. Prints figures, then one JSON line.
A `V`/`T` record whose values are right but whose cell number (which cell is lowest/highest) was
garbled is counted apart (`wrong_cell_number_passed`): when the cells lie close together nothing
contradicts it.

    python benchmarks/bench_plausibility.py [--messages 3000] [--garble 0.01] [--cells 16] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from typing import Any

from smartbms_gui.device.plausibility import (
    CELL_TOLERANCE_V,
    CLOCK_STEP_MIN,
    INDEX_FIELDS,
    JUMPS,
    TEMP_TOLERANCE_C,
    PlausibilityFilter,
    clock_minutes,
    within,
)
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim import records
from smartbms_gui.sim.battery import SimulatedBattery


def messages(n: int, cells: int, seed: int, generation: Generation = Generation.GEN2,
             interval_s: float = 1.0) -> list[tuple[float, list[Any], dict[int, stream.CellRecord]]]:
    """(time, records sent, every cell's record at that time) per message, as the ASCII peer sends."""
    battery = SimulatedBattery(cells=cells, seed=seed, generation=generation, past_week=False)
    out = []
    next_cell = 1
    for k in range(n):
        battery.step(interval_s)
        sent = records.pack_records(battery, generation)
        for _ in range(min(8, cells)):
            sent.append(records.cell_record(battery, next_cell, generation))
            next_cell = next_cell % cells + 1
        every = {c: records.cell_record(battery, c, generation) for c in range(1, cells + 1)}
        out.append((k * interval_s, sent, every))
    return out


def wire(sent: list[Any], generation: Generation = Generation.GEN2) -> bytes:
    return (" ".join(stream.encode_stream_record(r, generation) for r in sent) + "\r").encode("ascii")


def garble(data: bytes, probability: float, rng: random.Random) -> bytes:
    out = bytearray(data)
    for i in range(len(out)):
        if rng.random() < probability:
            out[i] = rng.randrange(0x21, 0x7F)
    return bytes(out)


def wrong_fields(item: Any, sent: list[Any], every: dict[int, stream.CellRecord]) -> list[str]:
    """The fields of `item` that are further from what was sent than the filter's tolerances: a
    value within the field's jump tolerance of what was sent (for a cell: within the extremes sent
    with it, widened by the filter's tolerance; a garbled cell number is not detectable) counts as
    right."""
    truth = (every.get(item.cell) if isinstance(item, stream.CellRecord)
             else next((r for r in sent if type(r) is type(item)), None))
    if truth is None:
        return ["record"]
    if isinstance(item, stream.CellRecord):
        v = next(r for r in sent if isinstance(r, stream.CellExtremesRecord))
        c = next(r for r in sent if isinstance(r, stream.TemperatureRecord))
        bad = [name for name in ("status1", "status2", "cell_count") if getattr(item, name) != getattr(truth, name)]
        slack = CELL_TOLERANCE_V + 0.005  # and one step on the wire
        if not v.lowest_v - slack <= item.voltage_v <= v.highest_v + slack:
            bad.append("voltage_v")
        slack = TEMP_TOLERANCE_C + 0.86  # and one step on the wire
        if not c.lowest_c - slack <= item.temperature_c <= c.highest_c + slack:
            bad.append("temperature_c")
        return bad
    bad = [name for name, tolerance in JUMPS[type(item)].items()
           if not within(getattr(item, name), getattr(truth, name), tolerance)]
    if isinstance(item, stream.TotalsRecord):
        step = abs(clock_minutes(item.clock) - clock_minutes(truth.clock)) % 1440
        if min(step, 1440 - step) > CLOCK_STEP_MIN:
            bad.append("clock")
    return bad


def run(n: int = 3000, garble_p: float = 0.01, cells: int = 16, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    plan = messages(n, cells, seed)
    decoder = stream.StreamDecoder()
    flt = PlausibilityFilter()
    by_time = {t: (sent, every) for t, sent, every in plan}
    decoded = wrong_decoded = passed = wrong_passed = wrong_index_passed = sent_count = 0
    worst: dict[str, int] = {}
    filter_s = 0.0
    for t, sent, _every in plan:
        sent_count += len(sent)
        data = garble(wire(sent), garble_p, rng)
        for item in decoder.feed(data):
            if isinstance(item, stream.ReplyLine):
                continue
            decoded += 1
            if wrong_fields(item, *by_time[t]):
                wrong_decoded += 1
            start = time.perf_counter()
            out = flt.feed(item, t, decoder)
            filter_s += time.perf_counter() - start
            for good, when in out:
                passed += 1
                bad = wrong_fields(good, *by_time[when])
                if bad and all(name in INDEX_FIELDS for name in bad):
                    wrong_index_passed += 1  # a right value, said of the wrong cell (see the docstring)
                elif bad:
                    wrong_passed += 1
                for name in bad:
                    worst[f"{type(good).__name__}.{name}"] = worst.get(f"{type(good).__name__}.{name}", 0) + 1
    return {
        "messages": n, "garble_pct": 100 * garble_p, "cells": cells, "records_sent": sent_count,
        "decoded": decoded, "wrong_decoded": wrong_decoded,
        "wrong_decoded_pct": round(100 * wrong_decoded / max(1, decoded), 2),
        "passed": passed, "wrong_passed": wrong_passed,
        "wrong_passed_pct": round(100 * wrong_passed / max(1, passed), 3),
        "wrong_cell_number_passed": wrong_index_passed,
        "held_back": flt.counts.held_back, "delayed": flt.counts.delayed,
        "held_back_pct": round(100 * flt.counts.held_back / max(1, flt.counts.checked), 2),
        "broken": flt.counts.broken,
        "link_quality_pct": round(flt.counts.quality_pct, 2),
        "filter_us_per_record": round(1e6 * filter_s / max(1, decoded), 2),
        "wrong_fields": worst,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--garble", type=float, default=0.01, help="chance per byte (default 0.01)")
    parser.add_argument("--cells", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    clean = run(min(args.messages, 600), 0.0, args.cells, args.seed)
    result = run(args.messages, args.garble, args.cells, args.seed)
    print(f"clean stream: {clean['passed']} of {clean['decoded']} records passed, "
          f"{clean['held_back']} held back, {clean['delayed']} delayed for confirmation")
    print(f"{result['garble_pct']:g} % garbled bytes, {result['messages']} messages, {result['cells']} cells:")
    print(f"  decoded {result['decoded']} of {result['records_sent']} records sent; "
          f"{result['wrong_decoded']} wrong ({result['wrong_decoded_pct']} %)")
    print(f"  after the filter: {result['passed']} passed, {result['wrong_passed']} wrong "
          f"({result['wrong_passed_pct']} %), {result['wrong_cell_number_passed']} more with a right extreme "
          f"named for the wrong cell; held back {result['held_back']} ({result['held_back_pct']} %), "
          f"delayed {result['delayed']}; unreadable {result['broken']}; link quality {result['link_quality_pct']} %")
    print(f"  wrong fields that passed: {result['wrong_fields']}")
    print(f"  filter cost: {result['filter_us_per_record']} µs per record")
    print(json.dumps({**{k: v for k, v in result.items() if k != "wrong_fields"},
                      "clean_held_back": clean["held_back"], "clean_delayed": clean["delayed"]}))


if __name__ == "__main__":
    main()
