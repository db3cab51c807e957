"""Decoded records as JSON objects for `smartbms monitor --json`: SI units V, A, °C, Wh, %.

Stream records are dataclasses that already hold SI values; a serial frame holds raw integers
and exposes SI properties. Energies the device counts in kWh are given in Wh here (names end in
`_wh`), so every script sees one unit per quantity.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from smartbms_gui.protocol.frame import KEY_NAMES, Frame

# The frame's SI view, in wire order (docs/protocol.md §4). Raw fields are left out on purpose.
FRAME_FIELDS = (
    "pack_voltage_v", "charge_current_a", "discharge_current_a", "battery_current_a",
    "lowest_cell_v", "lowest_cell", "highest_cell_v", "highest_cell",
    "lowest_temp_c", "lowest_temp_cell", "highest_temp_c", "highest_temp_cell",
    "cell", "cell_count", "cell_voltage_v", "cell_temperature_c", "status1",
    "solar_today_wh", "stored_wh", "consumed_today_wh", "soc_pct",
    "solar_total_kwh", "consumed_total_kwh", "key", "key_value", "capacity_kwh",
    "vmin_v", "vmax_v", "vbypass_v",
)

_RECORD_TYPES = {
    "U": "pack", "V": "cell_extremes", "T": "temperatures", "C": "cell", "E": "energy",
    "M": "totals", "H": "health", "B": "balance",
}


def _si(name: str, value: Any) -> tuple[str, Any]:
    if name.endswith("_kwh") and isinstance(value, (int, float)) and not isinstance(value, bool):
        return name[: -len("_kwh")] + "_wh", round(float(value) * 1000.0, 3)
    if isinstance(value, float):
        return name, round(value, 6)
    return name, value


def record_to_json(item: Any, t_wall: float | None = None) -> dict[str, Any]:
    """One decoded record (stream record or frame) as a flat JSON-ready dict."""
    out: dict[str, Any] = {}
    if isinstance(item, Frame):
        out["record"] = "frame"
        out["type"] = "frame"
        for name in FRAME_FIELDS:
            key, value = _si(name, getattr(item, name))
            out[key] = value
        out["key_name"] = KEY_NAMES.get(item.key)
    else:
        letter = getattr(item, "letter", None) or type(item).__name__
        out["record"] = letter
        out["type"] = _RECORD_TYPES.get(letter, type(item).__name__)
        if dataclasses.is_dataclass(item):
            for f in dataclasses.fields(item):
                key, value = _si(f.name, getattr(item, f.name))
                out[key] = value
        else:
            out["text"] = str(item)
    out["time"] = round(time.time() if t_wall is None else t_wall, 3)
    return out


def key_values_to_json(values: dict[str, Any]) -> dict[str, Any]:
    """The frame's composed key/value pairs in the same units as the records (kWh counters as Wh)."""
    return dict(_si(name, value) for name, value in values.items())
