"""`smartbms-sim`: run the simulated 123\\SmartBMS outside the app.

    smartbms-sim --serial [--cells 16 --seed 0 --speed 60 --fault cell_over_voltage]
    smartbms-sim --ble --count 4

`--serial` opens a pseudo-terminal (Linux/macOS) that any serial client can open, prints its path
as the first line on stdout, and sends the 58-byte frame to it as the real End/OUT board's cable
would. `--ble` serves the virtual BLE peripheral (sim/ble_peripheral.py, when installed).
`--count N` simulates a site of N packs that differ a little (sim/packs.py): N modules on one
virtual radio, or N pseudo-terminals whose paths are the first N lines. Runs until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.faults import FAULT_KINDS, FAULTS, parse_fault_spec
from smartbms_gui.sim.front import SimulatorFront
from smartbms_gui.sim.packs import MAX_PACKS
from smartbms_gui.sim.runner import MAX_SPEED


def _fault_spec(text: str) -> tuple[str, dict[str, float]]:
    """`name` or `name:param=value,param=value`."""
    try:
        return parse_fault_spec(text)
    except ValueError as exc:
        text = str(exc).replace("smartbms-sim --list-faults", "--list-faults")
        raise argparse.ArgumentTypeError(text) from None


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"speed must be a number, got {text!r}") from None
    if not 1.0 <= value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"speed must be between 1 and {MAX_SPEED:g}, got {text}")
    return value


def _cells(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cells must be a whole number, got {text!r}") from None
    if not 2 <= value <= 255:
        raise argparse.ArgumentTypeError(f"the BMS supports 2 to 255 cells, got {value}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"count must be a whole number, got {text!r}") from None
    if not 1 <= value <= MAX_PACKS:
        raise argparse.ArgumentTypeError(f"count must be 1 to {MAX_PACKS} packs, got {value}")
    return value


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 1-65535, got {port}")
    return port


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartbms-sim",
        description="A simulated 123\\SmartBMS battery that speaks the real wire protocols.")
    link = parser.add_mutually_exclusive_group()
    link.add_argument("--serial", action="store_true",
                      help="serve the 58-byte serial frame on a pseudo-terminal; its path is the first line printed")
    link.add_argument("--ble", action="store_true", help="serve a virtual BLE peripheral (needs bumble)")
    parser.add_argument("--count", type=_count, default=1, metavar="N",
                        help=f"simulate a site of N packs (1-{MAX_PACKS}) that differ a little: distinct "
                             "serials (03330, 03331, ...), seeds (--seed + i) and states of charge; "
                             "with --ble N modules on one virtual radio, with --serial N pseudo-terminals "
                             "(the first N lines printed); --fault goes to every pack")
    parser.add_argument("--cells", type=_cells, default=16, help="number of cells, 2-255 (default 16)")
    parser.add_argument("--chemistry", choices=("LFP", "NMC"), default="LFP", help="cell chemistry (default LFP)")
    parser.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same battery")
    parser.add_argument("--speed", type=_speed, default=1.0, help="simulated seconds per real second, 1-3600")
    parser.add_argument("--generation", type=int, choices=(2, 3), default=2, help="BMS generation (default 2)")
    parser.add_argument("--fault", type=_fault_spec, action="append", default=[], metavar="NAME[:k=v,...]",
                        help="inject a fault at start (repeatable); see --list-faults")
    parser.add_argument("--list-faults", action="store_true", help="list the fault names and exit")
    parser.add_argument("--port", type=_port, default=9001,
                        help="with --ble: the local TCP port the app's virtual radio connects to (default 9001)")
    return parser


def make_fronts(args: argparse.Namespace, *, wire: str | None = "ascii") -> list[SimulatorFront]:
    """`--count` packs (sim/front.py, sim/packs.py), each with its runner and a peer on `wire`;
    a single pack is the battery exactly as given, the packs of a site differ a little. Faults go to
    every pack."""
    site = args.count > 1
    return [SimulatorFront(cells=args.cells, chemistry=args.chemistry, seed=args.seed,
                           generation=Generation(args.generation), speed=args.speed,
                           index=index if site else None, faults=args.fault, wire=wire)
            for index in range(args.count)]


def make_battery(args: argparse.Namespace) -> SimulatedBattery:
    return make_fronts(argparse.Namespace(**{**vars(args), "count": 1}), wire=None)[0].battery


def make_batteries(args: argparse.Namespace) -> list[SimulatedBattery]:
    """`--count` packs; pack 0 of a site is `make_battery`'s battery (sim/packs.py)."""
    return [front.battery for front in make_fronts(args, wire=None)]


class PtyServer:
    """A pseudo-terminal whose slave end a serial client opens; frames are written to the master."""

    def __init__(self) -> None:
        import tty

        self.master, self.slave = os.openpty()
        # raw mode on the slave: the line discipline must not turn CR bytes of a binary frame into NL
        tty.setraw(self.slave)
        os.set_blocking(self.master, False)
        self.path = os.ttyname(self.slave)
        self.dropped = 0

    def write(self, data: bytes) -> None:
        try:
            os.write(self.master, data)
        except BlockingIOError:
            self.dropped += len(data)  # nobody is reading: the bytes are lost, as on a real cable
        except OSError:
            self.dropped += len(data)

    def drain(self) -> None:
        """Discard what a client writes (the frame link carries no commands)."""
        with contextlib.suppress(BlockingIOError, OSError):
            os.read(self.master, 4096)

    def close(self) -> None:
        """Close both ends (once: a second call must not close a descriptor reused meanwhile)."""
        fds, self.master, self.slave = (self.master, self.slave), -1, -1
        for fd in fds:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)


async def serve_serial(args: argparse.Namespace) -> None:
    fronts = make_fronts(args, wire="frame")
    batteries = [front.battery for front in fronts]
    servers = [PtyServer() for _ in fronts]
    for server in servers:
        print(server.path, flush=True)
    runners = []
    loop = asyncio.get_running_loop()
    for front, server in zip(fronts, servers):
        front.peer.on_output = server.write
        runners.append(front.runner)
        loop.add_reader(server.master, server.drain)

    def stop() -> None:
        for runner in runners:
            runner.stop()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGTERM, stop)
    battery = batteries[0]
    what = (f"a {battery.cell_count}-cell {battery.chemistry.name} pack" if len(batteries) == 1 else
            f"a site of {len(batteries)} {battery.cell_count}-cell {battery.chemistry.name} packs")
    paths = ", ".join(server.path for server in servers)
    print(f"Simulating {what} (Gen{int(battery.generation)}, seed {args.seed}, ×{args.speed:g}); "
          f"serial frames on {paths}. Ctrl-C stops.", file=sys.stderr, flush=True)
    try:
        await asyncio.gather(*(runner.run() for runner in runners))
    finally:
        stop()
        for server in servers:
            loop.remove_reader(server.master)
            server.close()


async def serve_ble(args: argparse.Namespace) -> int:
    try:
        from smartbms_gui.sim import ble_peripheral  # the virtual BLE module, on bumble
    except ImportError as exc:
        print(f"smartbms-sim: the virtual BLE peripheral is not available ({exc}). "
              "Use --serial, or install the test extras (bumble).", file=sys.stderr)
        return 2
    fronts = make_fronts(args, wire=None)  # each virtual module brings its own peer
    batteries = [front.battery for front in fronts]
    battery = batteries[0]
    hci = f"tcp-server:127.0.0.1:{args.port}"
    if len(batteries) == 1:
        print(f"Simulating a {battery.cell_count}-cell {battery.chemistry.name} pack "
              f"(Gen{int(battery.generation)}, seed {args.seed}, ×{args.speed:g}) as a virtual BLE module. "
              "Ctrl-C stops.",
              file=sys.stderr, flush=True)
    else:
        print(f"Simulating a site of {len(batteries)} {battery.cell_count}-cell {battery.chemistry.name} "
              f"packs (Gen{int(battery.generation)}, seeds {args.seed}-{args.seed + len(batteries) - 1}, "
              f"×{args.speed:g}) as {len(batteries)} virtual BLE modules on one radio. Ctrl-C stops.",
              file=sys.stderr, flush=True)
    try:
        if len(batteries) == 1:
            runner = fronts[0].runner
            run_task = asyncio.get_running_loop().create_task(runner.run())
            try:
                await ble_peripheral.serve_ble(battery, battery.generation, runner=runner, hci=hci)
            finally:
                runner.stop()
                await asyncio.gather(run_task, return_exceptions=True)
        else:
            await ble_peripheral.serve_ble_site(batteries, speed=args.speed, hci=hci)
    except OSError as exc:
        print(f"smartbms-sim: cannot serve the virtual radio on TCP port {args.port} "
              f"({exc.strerror or exc}). Is another smartbms-sim --ble running? Stop it or choose "
              "another --port.", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_faults:
        for name, description in FAULTS.items():
            params = FAULT_KINDS[name].params
            extra = f"  [{', '.join(params)}]" if params else ""
            print(f"{name:20s} {description}{extra}")
        return 0
    if not (args.serial or args.ble):
        parser.error("choose a link: --serial (pseudo-terminal with the 58-byte frame) or --ble")
    if args.serial and not hasattr(os, "openpty"):
        print("smartbms-sim: --serial needs a pseudo-terminal (Linux or macOS). On Windows use a "
              "virtual COM-port pair and the app's built-in simulator.", file=sys.stderr)
        return 2
    try:
        if args.serial:
            asyncio.run(serve_serial(args))
            return 0
        return asyncio.run(serve_ble(args))
    except KeyboardInterrupt:
        print("smartbms-sim: stopped.", file=sys.stderr)
        return 0


if __name__ == "__main__":
    sys.exit(main())
