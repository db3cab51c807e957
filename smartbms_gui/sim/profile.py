"""A solar and household-load day: what the charger offers and the inverter asks, in watts.

Solar follows a clear-sky bell from 06:00 to 20:00 scaled by a slowly drifting cloud factor;
the load is a base load with a morning and an evening peak and short random spikes. Both are
deterministic for a given seed.
"""

from __future__ import annotations

import math
import random

DAY_S = 86400.0


class DayProfile:
    def __init__(self, solar_peak_w: float, inverter_peak_w: float, rng: random.Random) -> None:
        self.solar_peak_w = solar_peak_w
        self.inverter_peak_w = inverter_peak_w
        self.rng = rng
        self._cloud = 1.0
        self._spike_w = 0.0
        self._spike_left_s = 0.0

    def solar_w(self, clock_s: float) -> float:
        hour = (clock_s % DAY_S) / 3600.0
        if hour <= 6.0 or hour >= 20.0:
            return 0.0
        bell = math.sin(math.pi * (hour - 6.0) / 14.0) ** 1.5
        return self.solar_peak_w * bell * self._cloud

    def load_w(self, clock_s: float) -> float:
        hour = (clock_s % DAY_S) / 3600.0
        base = 0.04
        morning = 0.10 * math.exp(-((hour - 7.5) ** 2) / 0.8)
        evening = 0.15 * math.exp(-((hour - 19.5) ** 2) / 2.0)
        return self.inverter_peak_w * (base + morning + evening) + self._spike_w

    def advance(self, dt_s: float) -> None:
        """Move the weather and the random appliances on by dt."""
        # clouds: a mean-reverting random walk between 0.2 and 1.0
        k = min(1.0, dt_s / 1800.0)
        self._cloud += k * (0.85 - self._cloud) + self.rng.gauss(0.0, 0.08) * math.sqrt(k)
        self._cloud = min(1.0, max(0.2, self._cloud))
        # an appliance (kettle, pump) now and then
        self._spike_left_s -= dt_s
        if self._spike_left_s <= 0.0:
            self._spike_w = 0.0
            if self.rng.random() < min(1.0, dt_s / 1200.0):
                self._spike_w = self.rng.uniform(0.1, 0.4) * self.inverter_peak_w
                self._spike_left_s = self.rng.uniform(60.0, 600.0)
