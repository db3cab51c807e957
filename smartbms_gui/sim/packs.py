"""Several simulated packs of one site: alike, but not the same, so the site's divergence shows.

A site is several packs in parallel, each with its own BMS. Pack `index` (0-based) of a site built
from `seed` gets:

- its own random seed (`seed + index`): its own capacity spread, sensor zero error, SoH;
- a state of charge a few percent from the others (`SOC_STEPS_PCT`: 60, 56, 64, 52, 68, … % for the
  default 60 %), as packs that were commissioned apart or balance differently;
- a capacity within a few percent (`CAPACITY_STEPS`: 100, 98, 101, 97, … Ah per cell);
- its own serial number (`serial_number`: 3330, 3331, …) and Bluetooth address (`ble_address`).

Everything else (cells, chemistry, generation) is the same for every pack, as an installer builds a
site. The same `count` and `seed` always give the same packs.
"""

from __future__ import annotations

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery

MAX_PACKS = 16
SERIAL_BASE = 3330
#: state of charge of pack i relative to the site's: far enough apart that pack 1 and 3 differ by 8 %
SOC_STEPS_PCT = (0.0, -4.0, 4.0, -8.0, 8.0, -2.0, 2.0, -6.0, 6.0, -10.0, 10.0, -3.0, 3.0, -5.0, 5.0, -1.0)
#: capacity factor of pack i
CAPACITY_STEPS = (1.00, 0.98, 1.01, 0.97, 1.02, 0.99, 1.03, 0.96,
                  1.00, 0.98, 1.01, 0.97, 1.02, 0.99, 1.03, 0.96)


def serial_number(index: int) -> int:
    """The serial number the module of pack `index` (0-based) advertises."""
    return SERIAL_BASE + index


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
    batteries = []
    for index in range(count):
        soc = min(98.0, max(5.0, initial_soc_pct + SOC_STEPS_PCT[index]))
        batteries.append(SimulatedBattery(
            cells=cells, chemistry=chemistry, seed=seed + index, generation=Generation(int(generation)),
            initial_soc_pct=soc, cell_capacity_ah=cell_capacity_ah * CAPACITY_STEPS[index]))
    return batteries
