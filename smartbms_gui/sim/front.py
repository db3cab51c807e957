"""The simulator's one front: a simulated battery with its runner and its ASCII peer, built in one place.

The window (through the factory app.py installs in device/simulators.py), the command line
(`smartbms --simulator`) and `smartbms-sim` build their simulated packs here, so a pack of a site
(`index`, sim/packs.py) is the same battery everywhere. The device layer links to `peer` (and
`runner`, when the transport drives it) through `device/links.py`; the simulator panel reads
`battery` and changes faults through `faults`, the battery's fault registry (sim/faults.py).

    front = SimulatorFront(cells=16, generation=2, speed=60, index=1, faults=[("link_drop", {})])
    factory = links.link_for("simulator", front)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim import ascii_peer, frame_peer, packs
from smartbms_gui.sim import battery as sim_battery
from smartbms_gui.sim.faults import Faults
from smartbms_gui.sim.runner import SimulatorRunner


class SimulatorFront:
    """One simulated pack: `battery`, `runner` (speed × wall time) and `peer` (the ASCII wire).

    `index`: pack `index` (0-based) of a simulated site: its seed, state of charge and capacity
    differ a little (`packs.pack_variant`) and it shows `packs.pack_serial(index)`; None: the
    battery exactly as `cells`, `seed` and `battery_options` say (the window's single simulator).
    `faults`: (name, parameters) pairs injected before the first step, so they are already in the
    cell log when it is first read. `wire`: the peer the runner polls: "ascii" (the app's command
    wire), "frame" (the serial cable's 58-byte frame) or None (a virtual BLE module brings its own).
    """

    def __init__(self, *, cells: int = 16, generation: Generation | int = Generation.GEN2, speed: float = 1.0,
                 seed: int = 0, index: int | None = None,
                 faults: Iterable[tuple[str, dict[str, Any]]] = (), wire: str | None = "ascii",
                 **battery_options: Any) -> None:
        self.generation = Generation(int(generation))
        self.index = index
        options: dict[str, Any] = {"cells": cells, "seed": seed}
        if index is not None:
            options = packs.pack_variant(index, cells=cells, seed=seed)
        options.update(battery_options)
        # classes looked up at build time: tests give the simulator other ones (monkeypatch)
        self.battery = sim_battery.SimulatedBattery(generation=self.generation, **options)
        for name, values in faults:
            self.battery.faults.inject(name, **values)
        self.runner = SimulatorRunner(self.battery, speed=speed)
        self.peer: Any = None
        if wire == "ascii":
            self.peer = ascii_peer.AsciiPeer(self.battery, self.generation)
        elif wire == "frame":
            self.peer = frame_peer.FramePeer(self.battery)
        elif wire is not None:
            raise ValueError(f"unknown simulator wire {wire!r}: ascii, frame or None")
        if self.peer is not None:
            self.runner.attach(self.peer)

    @property
    def faults(self) -> Faults:
        """The battery's fault registry (inject, clear, listeners)."""
        return self.battery.faults

    @property
    def cells(self) -> int:
        return self.battery.cell_count

    @property
    def serial(self) -> str | None:
        """The serial number a pack of a site shows (five digits), None for the single simulator."""
        return None if self.index is None else self.serial_of(self.index)

    # The device layer's factory (device/simulators.py) asks these of the class it was given.

    @staticmethod
    def serial_of(index: int) -> str:
        """The serial number (five digits) pack `index` of a simulated site shows."""
        return f"{packs.pack_serial(index):05d}"

    max_packs = packs.MAX_PACKS
