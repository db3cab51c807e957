"""The week a fresh simulated battery has behind it: 168 plausible hourly SoC values for its `Hk@` ring,
and the lifetime energy counters of a battery that has been in use for a while.

A battery in use has a history; a simulator that starts with an empty ring would show a blank chart
until a week of simulated time had passed. The values follow a day of a small solar system (the SoC
rises in the sunny hours and falls in the evening and at night), with seeded variation from day to
day, and end at the battery's present SoC so the ring joins the live values without a jump.
"""

from __future__ import annotations

import random

HOURS = 168
SUNNY_HOURS = range(9, 17)  # the clock hours whose end finds the battery charged more


def week_rng(seed: int) -> random.Random:
    """The seeded generator of a battery's past week and lifetime counters: a stream of its own, apart
    from the one that draws its cells (adding the week changes no cell)."""
    return random.Random(f"smartbms-sim-past-week-{seed}")


def past_week(rng: random.Random, soc_now_pct: float, newest_hour_of_day: int) -> list[int]:
    """168 SoC values in %, oldest first; the last is the hour ending at `newest_hour_of_day`:00."""
    day_factor = [rng.uniform(0.55, 1.2) for _ in range(HOURS // 24 + 2)]  # cloudy to sunny days
    values = [float(soc_now_pct)]
    for back in range(1, HOURS):
        later_hour = (newest_hour_of_day - back + 1) % 24  # the hour the later value ended
        day = back // 24
        if later_hour - 1 in SUNNY_HOURS or later_hour in SUNNY_HOURS:
            change = 6.0 * day_factor[day] + rng.gauss(0.0, 1.0)
        else:
            change = -2.6 + rng.gauss(0.0, 0.6)
        earlier = values[-1] - change
        values.append(float(min(100.0, max(8.0, earlier))))
    return [int(round(v)) for v in reversed(values)]


def lifetime_kwh(rng: random.Random, capacity_wh: float) -> tuple[float, float, float, float]:
    """(charged, discharged, solar, consumed) kWh of a battery in use: 50 to 400 full cycles so far,
    a round trip of 94-97 %, and 40-80 % more solar yield than went into the battery (the rest fed
    the load directly, which the consumed total counts too)."""
    charged = rng.uniform(50.0, 400.0) * capacity_wh / 1000.0
    discharged = charged * rng.uniform(0.94, 0.97)
    solar = charged * rng.uniform(1.4, 1.8)
    return charged, discharged, solar, discharged + (solar - charged)
