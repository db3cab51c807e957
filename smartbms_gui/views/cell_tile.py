"""One cell as the Battery details page shows it.

No Qt here: `pack_cells` works the tiles out, `widgets.cell_grid.CellGrid` paints them.
"""

from __future__ import annotations

from dataclasses import dataclass

STATE_OK = "ok"
STATE_BALANCING = "balancing"
STATE_OUT = "out"
STATE_UNKNOWN = "unknown"


@dataclass
class CellTile:
    number: int  # 1-based, as the manual shows (#001)
    voltage_v: float | None = None
    temperature_c: float | None = None
    state: str = STATE_UNKNOWN
    stale: bool = False
    age_s: float | None = None
    volt_out: bool = False  # the voltage is outside V min … V max
    temp_out: bool = False  # the temperature is outside T min … T max
    silent: bool = False  # stopped reporting: the cell-board link is broken before it (light E)
    from_bms: bool = False  # the voltage is the BMS's lowest/highest record, newer than the cell's own
    superseded: bool = False  # older than the BMS's lowest/highest and outside them: out of date
