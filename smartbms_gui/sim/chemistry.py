"""Cell chemistries: open-circuit-voltage curves and internal resistance.

The curves are typical shapes for prismatic cells at rest, good enough for a simulator: LFP is flat
in the middle and steep at both ends (which is why the manual balances at the top), NMC slopes
all the way. SoC above 100 % is over-charge: the voltage runs away, which is what makes a cell
cross V max when its neighbours are still below V bypass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Chemistry:
    name: str
    #: open-circuit voltage (V) at the state-of-charge points (fraction, may exceed 1 = over-charge)
    soc_points: tuple[float, ...]
    ocv_points: tuple[float, ...]
    nominal_v: float
    #: internal resistance of one cell at 25 °C for a 100 Ah cell (ohm); scales with 1/capacity
    resistance_ohm_100ah: float
    #: default option-switch V bypass and the settings defaults that suit the chemistry
    vbypass_v: float
    vmin_v: float
    vmax_v: float
    vlow_v: float
    # the points as arrays, made once in __post_init__ (not arguments, not compared or shown)
    _soc: np.ndarray = field(init=False, repr=False, compare=False)
    _ocv: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # arrays built once: np.interp is called every simulation step
        object.__setattr__(self, "_soc", np.asarray(self.soc_points, dtype=float))
        object.__setattr__(self, "_ocv", np.asarray(self.ocv_points, dtype=float))

    def ocv(self, soc: np.ndarray | float) -> np.ndarray:
        return np.interp(soc, self._soc, self._ocv)


LFP = Chemistry(
    name="LFP",
    soc_points=(0.0, 0.02, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 0.98,
                0.995, 1.0, 1.01, 1.02, 1.03),
    ocv_points=(2.50, 2.90, 3.05, 3.18, 3.24, 3.27, 3.29, 3.30, 3.31, 3.32, 3.33, 3.34, 3.36, 3.40,
                3.45, 3.52, 3.62, 3.75, 4.00),
    nominal_v=3.2,
    resistance_ohm_100ah=0.0008,
    vbypass_v=3.5,
    vmin_v=2.9,
    vmax_v=3.65,
    vlow_v=3.0,
)

NMC = Chemistry(
    name="NMC",
    soc_points=(0.0, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 1.0, 1.01, 1.03),
    ocv_points=(3.00, 3.30, 3.45, 3.55, 3.62, 3.68, 3.74, 3.82, 3.90, 3.98, 4.07, 4.12, 4.18, 4.30, 4.55),
    nominal_v=3.7,
    resistance_ohm_100ah=0.0012,
    vbypass_v=4.1,
    vmin_v=3.2,
    vmax_v=4.25,
    vlow_v=3.4,
)

CHEMISTRIES = {"LFP": LFP, "NMC": NMC}


def chemistry(name: str) -> Chemistry:
    try:
        return CHEMISTRIES[name.upper()]
    except KeyError:
        raise ValueError(f"unknown chemistry {name!r}: choose one of {', '.join(CHEMISTRIES)}") from None


def resistance_factor(temperature_c: np.ndarray) -> np.ndarray:
    """Cells get stiffer in the cold: about 3 % more resistance per degree below 25 °C."""
    return np.clip(1.0 + 0.03 * (25.0 - temperature_c), 0.6, 4.0)
