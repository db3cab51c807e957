"""The settings the serial data frame carries (docs/protocol.md §4), as parameter-table values.

Every frame holds V min, V max, V bypass and the capacity; V low and V nominal come among the
frame's rotating keys (a full cycle takes about 20 s), so they are missing until their keys
arrived. Read from a `LiveState` fed with frames. One table for the window's Settings page and
`smartbms settings get --serial`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smartbms_gui.protocol import params


@dataclass(frozen=True)
class FrameSetting:
    model_name: str  # the LiveState value
    name: str  # the parameter-table row
    scale: float  # model unit → the row's unit (kWh → Wh)
    rotating: bool = False  # sent among the rotating keys, not in every frame


FRAME_SETTINGS: tuple[FrameSetting, ...] = (
    FrameSetting("vmin_v", "vmin_v", 1.0),
    FrameSetting("vmax_v", "vmax_v", 1.0),
    FrameSetting("bypass_v", "vbypass_v", 1.0),
    FrameSetting("capacity_kwh", "capacity_wh", 1000.0),
    FrameSetting("vlow_v", "vlow_v", 1.0, rotating=True),
    FrameSetting("vnominal_v", "vnominal_v", 1.0, rotating=True),
)


def frame_settings(live: Any) -> dict[str, float]:
    """Parameter name → value for every frame-carried setting the model holds (missing ones left out)."""
    values: dict[str, float] = {}
    for setting in FRAME_SETTINGS:
        value = live.get(setting.model_name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            values[setting.name] = round(value * setting.scale, params.parameter(setting.name).decimals)
    return values
