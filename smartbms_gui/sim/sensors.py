"""The IN board's current sensors: range, resolution, offset error, blind spot and auto zero.

Resolutions and blind spots come from the manual's "Current measurement specifications" table
(protocol/switches.SENSORS). A sensor has a small zero offset (seeded), which
is why the manual has an auto-zero procedure (switch 4) and a blind spot (switch 3).
"""

from __future__ import annotations

import random

from smartbms_gui.protocol import switches

#: seconds of switch 4 ON with no current before the readings settle to 0 ("a couple of seconds")
AUTO_ZERO_TIME_CONSTANT_S = 0.8

def sensor_spec(sensor_a: int) -> tuple[float, float]:
    """(resolution A, blind spot A) for a sensor type, from the manual's table in protocol/switches."""
    try:
        spec = switches.sensor(int(sensor_a))
        return spec.resolution_a, spec.blind_spot_a
    except switches.SwitchError:
        # a Gen3 sensor (125/250/500/1000 A in S3@) is not in the Gen2 list: the Gen2 pattern is
        # 0.5 % of the rating per step and a blind spot of ±1 % (assumption)
        return sensor_a / 200.0, sensor_a / 100.0


class CurrentSensor:
    def __init__(self, sensor_a: int, rng: random.Random) -> None:
        self.rng = rng
        self.offset_a = 0.0
        self.zero_a = 0.0
        self.set_type(sensor_a)
        # the zero error a fresh sensor has before anyone runs auto zero: about one resolution step
        self.offset_a = rng.uniform(-1.2, 1.2) * self.resolution_a

    def set_type(self, sensor_a: int) -> None:
        self.sensor_a = int(sensor_a)
        self.resolution_a, self.blind_spot_a = sensor_spec(self.sensor_a)

    def raw_reading(self, true_a: float) -> float:
        """What the sensor's analogue side sees before zero correction (noise about 0.1 step)."""
        noise = self.rng.gauss(0.0, 0.1 * self.resolution_a)
        return true_a + self.offset_a + noise

    def auto_zero(self, raw_a: float, dt_s: float) -> None:
        """Switch 4 ON: the zero point follows the reading (valid only with no current flowing)."""
        k = min(1.0, dt_s / AUTO_ZERO_TIME_CONSTANT_S)
        self.zero_a += k * (raw_a - self.zero_a)

    def measure(self, raw_a: float, blind_spot_on: bool) -> float:
        x = raw_a - self.zero_a
        x = max(-self.sensor_a, min(self.sensor_a, x))
        x = round(x / self.resolution_a) * self.resolution_a
        if blind_spot_on and abs(x) <= self.blind_spot_a:
            return 0.0
        return x
