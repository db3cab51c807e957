"""Several simulated packs of one site: alike, but not the same, so the site's divergence shows.

A site is several packs in parallel, each with its own BMS. Pack `index` (0-based) of a site built
from `seed` gets:

- its own random seed (`seed + index`): its own capacity spread, sensor zero error, SoH;
- a state of charge a few percent from the others (`SOC_STEPS_PCT`: 60, 56, 64, 52, 68, … % for the
  default 60 %), as packs that were commissioned apart or balance differently;
- a capacity within a few percent (`CAPACITY_STEPS`: 100, 98, 101, 97, … Ah per cell);
- its own serial number (`pack_serial`: 3330, 3331, …) and Bluetooth address (`ble_address`).

Everything else (cells, chemistry, generation) is the same for every pack, as an installer builds a
site. The same `count` and `seed` always give the same packs. `pack_variant(index)` gives one
pack's `SimulatedBattery` keyword arguments (for a pack made elsewhere, e.g. the window's site of
simulators); `site_batteries(count)` makes them all.
"""

from __future__ import annotations

from typing import Any

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery

MAX_PACKS = 16
SERIAL_BASE = 3330
#: state of charge of pack i relative to the site's (pack 2 and 3 differ by 8 %, pack 3 and 4 by 12 %)
SOC_STEPS_PCT = (0.0, -4.0, 4.0, -8.0, 8.0, -2.0, 2.0, -6.0, 6.0, -10.0, 10.0, -3.0, 3.0, -5.0, 5.0, -1.0)
#: capacity factor of pack i
CAPACITY_STEPS = (1.00, 0.98, 1.01, 0.97, 1.02, 0.99, 1.03, 0.96,
                  1.00, 0.98, 1.01, 0.97, 1.02, 0.99, 1.03, 0.96)


def pack_serial(index: int) -> int:
    """The serial number the module of pack `index` (0-based) advertises."""
    return (SERIAL_BASE + index) % 65536


def pack_variant(index: int, *, cells: int = 16, seed: int = 0, initial_soc_pct: float = 60.0,
                 cell_capacity_ah: float = 100.0) -> dict[str, Any]:
    """`SimulatedBattery(**pack_variant(i), ...)` keyword arguments of pack `index` (0-based); the steps
    repeat after `MAX_PACKS` packs."""
    if index < 0:
        raise ValueError(f"pack index must be 0 or more, got {index}")
    k = index % MAX_PACKS
    return {"cells": cells, "seed": seed + index,
            "initial_soc_pct": min(98.0, max(5.0, initial_soc_pct + SOC_STEPS_PCT[k])),
            "cell_capacity_ah": cell_capacity_ah * CAPACITY_STEPS[k]}


def ble_address(index: int) -> str:
    """The Bluetooth address of the module of pack `index` (0-based); pack 0 has the single-pack one."""
    return f"F0:12:3B:00:{(0x0D02 + index) >> 8:02X}:{(0x0D02 + index) & 0xFF:02X}"


def site_batteries(count: int, *, cells: int = 16, chemistry: str = "LFP", seed: int = 0,
                   generation: Generation | int = Generation.GEN2, initial_soc_pct: float = 60.0,
                   cell_capacity_ah: float = 100.0) -> list[SimulatedBattery]:
    """`count` packs (1 … MAX_PACKS) that differ a little (see the module text). Pack 0 is the battery
    a single simulator with this seed would be."""
    if not 1 <= count <= MAX_PACKS:
        raise ValueError(f"a simulated site has 1 to {MAX_PACKS} packs, got {count}")
    return [SimulatedBattery(chemistry=chemistry, generation=Generation(int(generation)),
                             **pack_variant(index, cells=cells, seed=seed, initial_soc_pct=initial_soc_pct,
                                            cell_capacity_ah=cell_capacity_ah))
            for index in range(count)]
