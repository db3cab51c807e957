"""The charge and load relay algorithm, exactly as the manual's "Algorithm" tables.

Each relay has an *enable* column and a *disable* column. Disable wins; when neither column holds
(for example a cell between V bypass and V max while the SoC is above charge restart), the relay
keeps its state — that gap is the manual's anti-toggling hysteresis. Gen3's V min / V max
hysteresis settings widen the gap (an inference from their descriptions; zero on Gen2).

The manual has one "T min"; the settings record has T min charge and T min discharge, so the
charge relay uses T min charge and the load relay T min discharge (assumption, stated here and in
docs/simulator.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class RelayLimits:
    vmin_v: float
    vmax_v: float
    vbypass_v: float
    tmin_charge_c: float
    tmin_discharge_c: float
    tmax_c: float
    charge_restart_pct: float
    discharge_restart_pct: float
    critical_mode: bool
    # Gen3 only (0 on Gen2, which is then exactly the manual): how far the cells must recover past
    # V min / V max before the relay that opened there may close again.
    vmin_hysteresis_v: float = 0.0
    vmax_hysteresis_v: float = 0.0


def charge_relay(
    cell_v: np.ndarray, cell_t: np.ndarray, soc_pct: float, comm_ok: bool, lim: RelayLimits, was_on: bool
) -> bool:
    """Next state of the "allowed to charge" relay."""
    temps_ok = bool(np.all(cell_t > lim.tmin_charge_c) and np.all(cell_t < lim.tmax_c))
    temps_bad = bool(np.any(cell_t < lim.tmin_charge_c) or np.any(cell_t > lim.tmax_c))
    if lim.critical_mode:
        disable = bool(np.any(cell_v >= lim.vmax_v)) or temps_bad or not comm_ok
        enable = bool(np.all(cell_v < lim.vmax_v - lim.vmax_hysteresis_v)) and temps_ok and comm_ok
    else:
        disable = (
            bool(np.any(cell_v >= lim.vmax_v))
            or bool(np.all(cell_v >= lim.vbypass_v))
            or temps_bad
            or not comm_ok
        )
        enable = (
            bool(np.all(cell_v < lim.vbypass_v))
            and bool(np.all(cell_v < lim.vmax_v - lim.vmax_hysteresis_v))
            and soc_pct < lim.charge_restart_pct
            and temps_ok
            and comm_ok
        )
    if disable:
        return False
    if enable:
        return True
    return was_on


def load_relay(
    cell_v: np.ndarray, cell_t: np.ndarray, soc_pct: float, comm_ok: bool, lim: RelayLimits, was_on: bool
) -> bool:
    """Next state of the "allowed to discharge" (load) relay."""
    temps_ok = bool(np.all(cell_t > lim.tmin_discharge_c) and np.all(cell_t < lim.tmax_c))
    temps_bad = bool(np.any(cell_t < lim.tmin_discharge_c) or np.any(cell_t > lim.tmax_c))
    disable = bool(np.any(cell_v <= lim.vmin_v)) or temps_bad or not comm_ok
    enable = bool(np.all(cell_v > lim.vmin_v + lim.vmin_hysteresis_v)) and temps_ok and comm_ok
    if not lim.critical_mode:
        enable = enable and soc_pct >= lim.discharge_restart_pct
    if disable:
        return False
    if enable:
        return True
    return was_on
