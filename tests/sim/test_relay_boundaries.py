"""The edges of the manual's relay tables, where enable (strict) and disable (strict or ≥/≤) meet:
a value exactly at a limit satisfies neither column for temperatures, so the relay keeps its state."""

import pytest

from smartbms_gui.sim.relays import RelayLimits, charge_relay, load_relay


def limits(critical):
    return RelayLimits(vmin_v=2.9, vmax_v=3.65, vbypass_v=3.5, tmin_charge_c=2.0, tmin_discharge_c=2.0,
                       tmax_c=55.0, charge_restart_pct=90.0, discharge_restart_pct=20.0, critical_mode=critical)


V = [3.3, 3.3, 3.3, 3.3]
T = [25.0, 25.0, 25.0, 25.0]

# (relay, voltages, temperatures, soc, expected when previously OFF, expected when previously ON, why)
EDGES = [
    ("charge", V, [2.0, 25, 25, 25], 50, False, True, "T = T min: neither enable (>) nor disable (<)"),
    ("charge", V, [55.0, 25, 25, 25], 50, False, True, "T = T max: neither enable (<) nor disable (>)"),
    ("load", V, [2.0, 25, 25, 25], 50, False, True, "T = T min"),
    ("load", V, [55.0, 25, 25, 25], 50, False, True, "T = T max"),
    ("charge", [3.3, 3.65, 3.3, 3.3], T, 50, False, False, "a cell = V max disables (≥)"),
    ("load", [3.3, 2.9, 3.3, 3.3], T, 50, False, False, "a cell = V min disables (≤)"),
]
NORMAL_ONLY = [
    ("charge", V, T, 90.0, False, True, "SoC = charge restart: enable needs SoC < restart"),
    ("charge", [3.5, 3.5, 3.5, 3.5], T, 50, False, False, "all cells = V bypass disables (≥)"),
    ("load", V, T, 19.9, False, True, "SoC just below discharge restart: no enable, no disable"),
]


@pytest.mark.parametrize("critical", [False, True], ids=["normal", "critical"])
@pytest.mark.parametrize("relay, volts, temps, soc, from_off, from_on, why", EDGES, ids=[e[-1] for e in EDGES])
def test_edges_in_both_modes(critical, relay, volts, temps, soc, from_off, from_on, why):
    decide = charge_relay if relay == "charge" else load_relay
    args = ([float(v) for v in volts], [float(t) for t in temps], soc, True, limits(critical))
    assert decide(*args, was_on=False) is from_off, why
    assert decide(*args, was_on=True) is from_on, why


@pytest.mark.parametrize("relay, volts, temps, soc, from_off, from_on, why", NORMAL_ONLY,
                         ids=[e[-1] for e in NORMAL_ONLY])
def test_soc_and_bypass_edges_in_normal_mode(relay, volts, temps, soc, from_off, from_on, why):
    decide = charge_relay if relay == "charge" else load_relay
    args = ([float(v) for v in volts], [float(t) for t in temps], soc, True, limits(False))
    assert decide(*args, was_on=False) is from_off, why
    assert decide(*args, was_on=True) is from_on, why
    # critical mode ignores SoC and V bypass: with every cell and temperature inside the limits, it enables
    assert decide(*args[:4], limits(True), was_on=False) is True
