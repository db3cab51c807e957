"""Site window benchmark: eight 16-cell packs live in one window (issue 19).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_site_window.py [--packs 8] [--seconds 30]

Eight simulated batteries run in a separate process (as real packs are outside the computer), each
behind its own local TCP socket speaking the ASCII wire. The window process holds what the app
holds for a site: the main window with the Site page shown at 1920×1080, and per pack a
DeviceBridge (its own session, client, decoder, live model and recording to SQLite). The CPU
measured (time.process_time of this process: the Qt/asyncio loop, the decoders, the models, the
recorders' threads and the redraws) is the window's alone.

Redraw: every Site page redraw (the 4-a-second refresh from the packs' models, and the paint of
what changed, which Qt would do on the next loop turn) is timed; the pending paint is run at once
so that it is inside the measured time.

Goals: CPU ≤ 5 % of one core on average, redraw p99 ≤ 16 ms (wall time; `redraw_cpu_p99_ms` is the
same in this thread's CPU time, which other load on the machine does not stretch). The last line is
JSON with cpu_percent, redraw_p50_ms, redraw_p99_ms, redraw_cpu_p99_ms, redraws, packs, cells,
records_per_s, slowest_ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from smartbms_gui import qt_env  # noqa: E402

qt_env.prepare()

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smartbms_gui import preferences as app_prefs  # noqa: E402
from smartbms_gui.device.site import simulated_site  # noqa: E402
from smartbms_gui.device.state import Phase  # noqa: E402
from smartbms_gui.transport.base import LinkLost, Transport, TransportError, Wire  # noqa: E402

# The simulator process: one battery, runner and ASCII peer per pack, each on its own TCP port
# (printed on the first line), packs that differ a little (sim/packs.py).
SIMULATORS = r"""
import asyncio, sys
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.packs import pack_variant
from smartbms_gui.sim.runner import SimulatorRunner

async def serve(index):
    battery = SimulatedBattery(generation=Generation.GEN2, **pack_variant(index, cells=int(sys.argv[2])))
    peer = AsciiPeer(battery, Generation.GEN2)
    runner = SimulatorRunner(battery)
    runner.attach(peer)
    asyncio.get_running_loop().create_task(runner.run())

    async def client(reader, writer):
        peer.on_output = writer.write
        while data := await reader.read(4096):
            peer.receive(data)
        peer.on_output = lambda data: None

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    return server.sockets[0].getsockname()[1]

async def main():
    ports = [await serve(i) for i in range(int(sys.argv[1]))]
    print(" ".join(map(str, ports)), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

asyncio.run(main())
"""


class TcpTransport(Transport):
    """The ASCII wire over a local socket to the simulator process (benchmark only)."""

    wire = Wire.ASCII
    writable = True
    is_hardware = False

    def __init__(self, port: int, description: str) -> None:
        super().__init__()
        self.port = port
        self._description = description
        self._reader = self._writer = None
        self._task: asyncio.Task | None = None

    @property
    def description(self) -> str:
        return self._description

    @property
    def is_open(self) -> bool:
        return self._writer is not None

    async def open(self) -> None:
        try:
            self._reader, self._writer = await asyncio.open_connection("127.0.0.1", self.port)
        except OSError as exc:
            raise TransportError(str(exc)) from exc
        self._task = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        while self._reader is not None:
            data = await self._reader.read(4096)
            if not data:
                self._writer = None
                self._lost(LinkLost("simulator process closed the socket"))
                return
            self._deliver(data)

    async def write(self, data: bytes) -> None:
        if self._writer is None:
            raise LinkLost("closed")
        self._writer.write(data)
        await self._writer.drain()

    async def close(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        if self._task is not None:
            self._task.cancel()
        if writer is not None:
            writer.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


async def run(app: QApplication, packs: int, cells: int, seconds: float, warmup: float) -> dict:
    from smartbms_gui.app import install_simulator
    from smartbms_gui.views.device_bridge import DeviceBridge

    install_simulator()  # as app.py does: the simulated batteries come from sim/front.py
    from smartbms_gui.views.main_window import MainWindow

    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parent.parent),
                                                       os.environ.get("PYTHONPATH", "")]))
    sims = subprocess.Popen([sys.executable, "-c", SIMULATORS, str(packs), str(cells)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env, text=True)
    try:
        ports = [int(p) for p in sims.stdout.readline().split()]
        folder = Path(tempfile.mkdtemp(prefix="bench-site-"))
        prefs = app_prefs.Preferences(last_device=app_prefs.LastDevice("serial", "/dev/none", "", 2))
        prefs.site = simulated_site(packs, cells=cells).to_dict()
        window = MainWindow(DeviceBridge(record=False), prefs, prefs_path=folder / "prefs.json")
        window.resize(1920, 1080)
        window.show()
        window.show_page("site")
        page = window.site_page
        connections = page.connections
        for n, pack in enumerate(connections.ordered()):
            pack.bridge.record, pack.bridge.recordings_folder = True, folder
            def factory(port=ports[n], k=n):
                return TcpTransport(port, f"pack {k + 1}")

            await pack.bridge.connect_transport(factory,
                                                generation=2, pin="1234", description=f"pack {n + 1}")
        deadline = time.monotonic() + 30
        while not all(p.bridge.state.phase is Phase.STREAMING and p.bridge.live.cells_received == cells
                      for p in connections.ordered()):
            if time.monotonic() > deadline:
                raise SystemExit("the packs did not all go live within 30 s")
            await asyncio.sleep(0.1)

        times: list[float] = []
        cpu_times: list[float] = []  # the same redraws in CPU time of this thread (load on the machine aside)
        flush = page._flush

        def timed_flush() -> None:
            if not (page.isVisible() and page._dirty):
                return
            start, start_cpu = time.perf_counter(), time.thread_time()
            flush()
            # The paint of what changed, inside the measured time (else it follows on the next loop turn).
            QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
            times.append((time.perf_counter() - start) * 1000.0)
            cpu_times.append((time.thread_time() - start_cpu) * 1000.0)

        page._refresh_timer.timeout.disconnect()
        page._refresh_timer.timeout.connect(timed_flush)
        await asyncio.sleep(warmup)
        times.clear()
        cpu_times.clear()
        records0 = sum(p.bridge.session.client.decoder.records for p in connections.ordered())
        cpu0, wall0 = time.process_time(), time.monotonic()
        await asyncio.sleep(seconds)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        records = sum(p.bridge.session.client.decoder.records for p in connections.ordered()) - records0
        live = sum(p.bridge.state.phase is Phase.STREAMING for p in connections.ordered())
        await connections.disconnect_all()
        window.close()
        return {"cpu_percent": 100.0 * cpu / wall, "redraw_p50_ms": percentile(times, 50),
                "redraw_p99_ms": percentile(times, 99), "redraw_max_ms": max(times), "redraws": len(times),
                "redraw_cpu_p99_ms": percentile(cpu_times, 99),
                "packs": packs, "packs_live_at_end": live, "cells": cells, "records_per_s": records / wall,
                "seconds": round(wall, 1), "slowest_ms": [round(t, 1) for t in sorted(times)[-5:]]}
    finally:
        sims.stdin.close()
        sims.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=8)
    parser.add_argument("--cells", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(run(app, args.packs, args.cells, args.seconds, args.warmup))
    print(f"{result['packs']} packs × {result['cells']} cells, {result['records_per_s']:.0f} records/s: "
          f"CPU {result['cpu_percent']:.2f} % of one core; redraw p50 {result['redraw_p50_ms']:.2f} ms, "
          f"p99 {result['redraw_p99_ms']:.2f} ms ({result['redraws']} redraws)")
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))


if __name__ == "__main__":
    main()
