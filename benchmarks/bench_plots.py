"""Plots and replay benchmark (offscreen): a 255-cell pack with 24 hours of 1 Hz history.

Measures
- replay_24h_s: opening a 24-hour recording in the plots page until it is shown (every byte
  decoded by the live decoders and filed into the plot buffers), the page's own `open_recording`
  path with the event loop running;
- gui_stall_open_24h_ms: the GUI thread's longest stall meanwhile: the longest gap between the
  ticks of a 5 ms GUI-thread timer from the click until the recording is shown and drawn (the page
  loads on a worker thread; before that it blocked for the whole load); gui_stall_seek_24h_ms the
  same for a seek to the middle of the recording;
- redraw_ms_median / redraw_ms_p99: one redraw tick with one second of new data (following, 24 h
  window, heat maps of all 255 cells), including painting the pixels; redraw_cpu_ms_p99 is the same
  in this process's CPU time, which a busy shared machine disturbs far less than the wall clock;
- arrival_to_pixel_ms: p99 of the time from `feed()` of a message's records to their pixels
  painted, with the page's own timer in a running event loop, messages 50-300 ms apart (the device
  sends one every 0.5 s or 1 s); a stress figure (0-40 ms apart) is printed too;
- rss_mb_after_7d: resident memory after a 7-day accelerated live run (a child process, so the
  figure is not inflated by the other parts); the RSS after each day is printed to show it is flat.

Usage: .venv/bin/python benchmarks/bench_plots.py [--hours 24] [--keep DIR] [--no-seven-days]
Prints figures for people, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CELLS = 255
START = 1_750_000_000.0  # a fixed wall-clock start, so runs are comparable


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def make_recording(path: Path, hours: float) -> tuple[int, int]:
    """The simulator's live stream for `hours` at one message a second, cut into 20-byte BLE
    notifications a few milliseconds apart, recorded by the real `Recorder`."""
    from smartbms_gui.device.recording import Recorder
    from smartbms_gui.sim.ascii_peer import AsciiPeer
    from smartbms_gui.sim.battery import SimulatedBattery

    battery = SimulatedBattery(cells=CELLS, seed=11)
    peer = AsciiPeer(battery)
    rows = 0
    size = 0
    with Recorder(path, description="Simulator 255 cells") as recorder:
        for s in range(int(hours * 3600)):
            battery.step(1.0)
            message = peer.stream_message()
            size += len(message)
            t = START + s
            for i in range(0, len(message), 20):
                recorder.record_bytes(message[i:i + 20], t + 0.002 * (i // 20))
                rows += 1
            if s % 600 == 599:
                recorder.flush()  # this writes far faster than real time: let the disk keep up
        assert recorder.dropped_rows == 0, recorder.warnings
    return rows, size


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def open_and_watch(page, action) -> tuple[float, float, int]:
    """Run `action()` (an open or a seek) with the event loop running until the page shows the result
    and has drawn it: (seconds until shown, the GUI thread's longest stall in ms, timer ticks seen
    while it loaded). A 5 ms GUI-thread timer ticks throughout; a stall is a gap between two ticks
    (the first gap starts at the call)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loading = getattr(page, "is_loading", lambda: False)  # (a page that loaded on the GUI thread)
    loop = QEventLoop()
    shown: list[float] = []

    def watch() -> None:
        if not loading():
            if not shown:
                shown.append(time.perf_counter())
                page.redraw()  # what the page's timer does next, timed here as a part of the stall
            elif time.perf_counter() - shown[0] > 0.2:
                loop.quit()

    watcher = QTimer()
    watcher.timeout.connect(watch)
    ticker.start(5)
    watcher.start(10)
    t0 = time.perf_counter()
    ticks.append(t0)
    action()
    loop.exec()
    ticker.stop()
    watcher.stop()
    ticks.append(time.perf_counter())
    stall = max(b - a for a, b in zip(ticks, ticks[1:]))
    during = sum(1 for t in ticks[1:-1] if t < shown[0])
    return shown[0] - t0, stall * 1000, during


def one_second_of_items(decoded: list, second: int) -> list:
    return [item for t, item in decoded if int(t - START) == second]


def seven_days(hours: float, recording: Path) -> None:
    """Child process: a live page fed 7 days (the recorded day decoded again each day, shifted later),
    one batch and one redraw per simulated minute."""
    from PySide6.QtWidgets import QApplication

    from smartbms_gui.device.replay import decode_items

    app = QApplication([])
    from smartbms_gui.views.plots_page import PlotsPage

    length = hours * 3600
    page = PlotsPage(None)
    page.resize(1366, 768)
    page.set_window(24 * 3600)
    page.show()
    app.processEvents()
    base = rss_mb()
    print(f"  7-day run: RSS at start {base:.0f} MB", flush=True)
    per_day = []
    for d in range(7):
        offset = d * length
        batch = []
        next_draw = START + offset + 60
        for t, item in decode_items(recording):  # streamed: the benchmark holds no day in memory
            batch.append((t + offset, item))
            if t + offset >= next_draw:  # an accelerated clock: one redraw per simulated minute
                page.data.feed_many(batch)
                batch = []
                page.redraw()
                next_draw += 60
        page.data.feed_many(batch)
        page.redraw()
        app.processEvents()
        per_day.append(rss_mb())
        print(f"  after day {d + 1}: RSS {per_day[-1]:.0f} MB", flush=True)
    print(json.dumps({"rss_per_day": per_day}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=24.0, help="length of the history (default 24)")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep/reuse the generated recording")
    parser.add_argument("--no-seven-days", action="store_true", help="skip the 7-day memory run (minutes)")
    parser.add_argument("--seven-days", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seven_days is not None:
        seven_days(args.hours, args.seven_days)
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-plots-"))
    folder.mkdir(parents=True, exist_ok=True)
    recording = folder / f"bench-{CELLS}-cells-{args.hours:g}h.smartbms-recording"
    if not recording.exists():
        t0 = time.perf_counter()
        rows, size = make_recording(recording, args.hours)
        print(f"recording: {args.hours:g} h, {CELLS} cells, {rows} rows, {size / 1e6:.1f} MB of stream bytes, "
              f"file {recording.stat().st_size / 1e6:.1f} MB, made in {time.perf_counter() - t0:.1f} s")
    else:
        print(f"recording: reusing {recording}")

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from smartbms_gui.device.replay import decode_items
    from smartbms_gui.views.plots_page import PlotsPage

    page = PlotsPage(None)
    page.resize(1366, 768)
    page.show()
    app.processEvents()

    # --- replay: open the whole recording in the page, then seek to its middle
    replay_s, stall_ms, ticks = open_and_watch(page, lambda: page.open_recording(recording))
    assert page.replay is not None, page.status.text()
    print(f"replay: opening {args.hours:g} h into the page took {replay_s:.2f} s "
          f"({page.data.items} items, plot buffers {page.data.nbytes() / 1e6:.0f} MB); the GUI thread's "
          f"longest stall {stall_ms:.0f} ms, {ticks} ticks of a 5 ms timer while it loaded")
    middle = page.replay.start + page.replay.duration / 2
    seek_s, seek_stall_ms, seek_ticks = open_and_watch(page, lambda: page.seek(middle))
    print(f"seek to the middle: {seek_s:.2f} s; the GUI thread's longest stall {seek_stall_ms:.0f} ms, "
          f"{seek_ticks} ticks while it loaded")

    # --- redraw: one second of new data per tick, 24 h window, following, heat maps
    decoded_tail = [(t, i) for t, i in decode_items(recording) if t >= START + args.hours * 3600 - 400]
    seconds = sorted({int(t - START) for t, _ in decoded_tail})
    page.set_window(24 * 3600)
    page.set_follow(True)
    viewport = page.graphics.viewport()
    results = {}
    cpu = {}
    for mode in ("heat", "lines", "chosen"):
        page.set_cell_mode(mode)
        page.redraw()
        viewport.repaint()
        times = []
        cpu_times = []
        shift = (args.hours * 3600) if mode != "heat" else 0.0  # new data keeps arriving later
        shift += {"heat": 0, "lines": 1, "chosen": 2}[mode] * 400
        for s in seconds[-300:]:
            for t, item in decoded_tail:
                if int(t - START) == s:
                    page.feed(item, t + shift)
            t0, c0 = time.perf_counter(), time.process_time()
            page.redraw()
            viewport.repaint()
            times.append((time.perf_counter() - t0) * 1000)
            cpu_times.append((time.process_time() - c0) * 1000)
        results[mode] = times
        cpu[mode] = cpu_times
        print(f"redraw ({mode}, 24 h window, {CELLS} cells): median {statistics.median(times):.1f} ms, "
              f"p99 {percentile(times, 99):.1f} ms (CPU time: median {statistics.median(cpu_times):.1f} ms, "
              f"p99 {percentile(cpu_times, 99):.1f} ms)")
    page.set_cell_mode("heat")
    for window in (60, 3600):
        page.set_window(window)
        page.redraw()
        times = []
        cpu_times = []
        for s in seconds[-100:]:
            for t, item in decoded_tail:
                if int(t - START) == s:
                    page.feed(item, t + 3 * 400 + 2 * args.hours * 3600)
            t0, c0 = time.perf_counter(), time.process_time()
            page.redraw()
            viewport.repaint()
            times.append((time.perf_counter() - t0) * 1000)
            cpu_times.append((time.process_time() - c0) * 1000)
        print(f"redraw (heat, {window // 60} min window): median {statistics.median(times):.1f} ms, "
              f"p99 {percentile(times, 99):.1f} ms (CPU time: median {statistics.median(cpu_times):.1f} ms, "
              f"p99 {percentile(cpu_times, 99):.1f} ms)")
    redraw = results["heat"]

    # --- arrival to pixel: the page's own timer in a running event loop. A message (the records
    # of one second) arrives, we wait until the page has redrawn and its pixels are painted.
    # Realistic: messages 50-300 ms apart (the device sends one every 0.5 s or 1 s). Stress: every
    # 0-40 ms, so most arrivals wait for the 30 Hz limit.
    page.set_window(24 * 3600)
    rng = random.Random(1)

    def arrival_to_pixel(samples: int, gap_s: tuple[float, float], base_t: float) -> list[float]:
        delays = []
        for s in seconds[-samples:]:
            deadline = time.perf_counter() + rng.uniform(*gap_s)
            while time.perf_counter() < deadline:
                app.processEvents()
            count = page.redraws
            arrival = time.perf_counter()
            for t, item in decoded_tail:
                if int(t - START) == s:
                    page.feed(item, t + base_t)
            while page.redraws == count:
                app.processEvents()
            viewport.repaint()  # the paint the event loop would do next, done now and timed
            delays.append((time.perf_counter() - arrival) * 1000)
        return delays

    delays = arrival_to_pixel(120, (0.05, 0.3), 4 * 400 + 3 * args.hours * 3600)
    stress = arrival_to_pixel(200, (0.0, 0.04), 5 * 400 + 4 * args.hours * 3600)
    print(f"arrival to pixel, a message every 50-300 ms: median {statistics.median(delays):.1f} ms, "
          f"p99 {percentile(delays, 99):.1f} ms")
    print(f"arrival to pixel, stress (a message every 0-40 ms, redraw capped at 30 Hz): "
          f"median {statistics.median(stress):.1f} ms, p99 {percentile(stress, 99):.1f} ms")
    rss_main = rss_mb()
    print(f"RSS of this process with a {args.hours:g} h recording open: {rss_main:.0f} MB")

    # --- 7 days, in a clean child process
    if args.no_seven_days:
        print(json.dumps({"redraw_ms_median": round(statistics.median(redraw), 2),
                          "redraw_ms_p99": round(percentile(redraw, 99), 2),
                          "redraw_cpu_ms_p99": round(percentile(cpu["heat"], 99), 2),
                          "arrival_to_pixel_ms": round(percentile(delays, 99), 1),
                          "replay_24h_s": round(replay_s * (24 / args.hours), 2),
                          "gui_stall_open_24h_ms": round(stall_ms, 1),
                          "gui_stall_seek_24h_ms": round(seek_stall_ms, 1)}))
        os._exit(0)
    child = subprocess.run([sys.executable, __file__, "--hours", str(args.hours), "--seven-days", str(recording)],
                           capture_output=True, text=True, env=dict(os.environ))
    for line in child.stdout.splitlines()[:-1]:
        print(line)
    if child.returncode != 0:
        print(child.stderr[-2000:])
        raise SystemExit("the 7-day run failed")
    per_day = json.loads(child.stdout.splitlines()[-1])["rss_per_day"]
    print(f"7-day run: RSS after day 1 {per_day[0]:.0f} MB, after day 7 {per_day[-1]:.0f} MB "
          f"(growth {per_day[-1] - per_day[0]:+.0f} MB)")

    figures = {
        "redraw_ms_median": round(statistics.median(redraw), 2),
        "redraw_ms_p99": round(percentile(redraw, 99), 2),
        "redraw_cpu_ms_p99": round(percentile(cpu["heat"], 99), 2),
        "arrival_to_pixel_ms": round(percentile(delays, 99), 1),
        "rss_mb_after_7d": round(per_day[-1], 1),
        "replay_24h_s": round(replay_s * (24 / args.hours), 2),
        "gui_stall_open_24h_ms": round(stall_ms, 1),
        "gui_stall_seek_24h_ms": round(seek_stall_ms, 1),
    }
    goals = {"redraw_ms_p99": 16, "arrival_to_pixel_ms": 50, "rss_mb_after_7d": 300, "replay_24h_s": 5,
             "gui_stall_open_24h_ms": 100}
    for key, goal in goals.items():
        print(f"  {key}: {figures[key]} (goal < {goal}) {'ok' if figures[key] < goal else 'MISSED'}")
    page.close()
    print(json.dumps(figures))
    os._exit(0)  # skip Qt/pyqtgraph teardown at exit (slow, and not what is measured)


if __name__ == "__main__":
    main()
