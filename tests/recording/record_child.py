"""Child process for the kill -9 test: records the simulator's live bytes in real time and prints
one line per recorded chunk ("<t> <hex bytes>") so the parent knows what was handed to the recorder,
and a line "alive <t>" on every turn of its loop, so the parent knows until when this process ran."""

import sys
import time

from smartbms_gui.device.recording import Recorder
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery


def main(path: str) -> None:
    recorder = Recorder(path, wire="ascii", generation=2, description="Simulator")
    battery = SimulatedBattery(cells=32, seed=9)
    peer = AsciiPeer(battery)

    def on_output(data: bytes) -> None:
        for i in range(0, len(data), 20):
            part = data[i:i + 20]
            t = time.time()
            recorder.record_bytes(part, t)
            print(f"{t!r} {part.hex()}", flush=True)

    peer.on_output = on_output
    now = time.monotonic()
    print("started", flush=True)
    peer.poll(now)
    peer.receive(b"E!\r$", now)
    while True:  # until killed
        print(f"alive {time.time()!r}", flush=True)
        time.sleep(0.02)
        new = time.monotonic()
        battery.step(new - now)
        now = new
        peer.receive(b"$", now)
        peer.poll(now)


if __name__ == "__main__":
    main(sys.argv[1])
