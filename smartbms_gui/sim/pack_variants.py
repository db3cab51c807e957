"""Simulated packs of one site that differ a little (issue 19), so a site of N simulators shows what
divergence looks like: each pack its own seed (cell spread), a slightly different starting SoC and
cell capacity, and its own serial number.

`pack_variant(index)` gives the `SimulatedBattery` keyword arguments of the pack at `index`
(0-based); `pack_serial(index)` the serial number its BLE advert carries (the first pack has the
single simulator's 3330). Pack 0 is the single simulator's battery (seed 0, 60 %, 100 Ah), so a site
of one pack equals today's simulator.
"""

from __future__ import annotations

from typing import Any

#: The single simulator's advertised serial (sim/ble_peripheral.py); pack n advertises this + n.
FIRST_SERIAL = 3330

# Offsets that repeat every 8 packs: no two neighbouring packs alike, the spread within a few %.
_SOC_OFFSETS_PCT = (0.0, 4.0, -3.0, 7.0, -6.0, 2.0, -8.0, 5.0)
_CAPACITY_FACTORS = (1.0, 0.97, 1.03, 0.95, 1.02, 0.99, 1.05, 0.96)


def pack_variant(index: int, *, cells: int = 16, initial_soc_pct: float = 60.0,
                 cell_capacity_ah: float = 100.0) -> dict[str, Any]:
    """`SimulatedBattery(**pack_variant(i))` keyword arguments of pack `index` of a simulated site."""
    if index < 0:
        raise ValueError(f"pack index must be 0 or more, got {index}")
    k = index % len(_SOC_OFFSETS_PCT)
    return {"cells": cells, "seed": index,
            "initial_soc_pct": min(100.0, max(0.0, initial_soc_pct + _SOC_OFFSETS_PCT[k])),
            "cell_capacity_ah": cell_capacity_ah * _CAPACITY_FACTORS[k]}


def pack_serial(index: int) -> int:
    """The serial number (0..65535) simulated pack `index` advertises."""
    return (FIRST_SERIAL + index) % 65536
