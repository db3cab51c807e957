"""Every row of the manual's relay tables ("Algorithm"), normal and critical mode, charge and load.

Each case sets the cells, the SoC and the relay's previous state, lets the BMS decide, and reads the
relay states back through the wire: the status field of the `V@` record, decoded with
`protocol/status.relays`.

Limits used (the simulator's LFP defaults): V min 2.90, V bypass 3.50 (switches), V max 3.65 V,
T min 2 °C (Gen2: one T min for both relays), T max 55 °C, charge restart 90 %, discharge restart 20 %.
"""

from __future__ import annotations

import pytest

from smartbms_gui.protocol import ascii_records, commands
from smartbms_gui.protocol.status import relays
from smartbms_gui.sim.battery import SimulatedBattery

OK_V = [3.30, 3.32, 3.31, 3.33]  # all between V min and V bypass
OK_T = [25.0, 26.0, 25.5, 25.0]


def _case(voltages=OK_V, temps=OK_T, soc=50.0, comm=True):
    return {"voltages": voltages, "temps": temps, "soc": soc, "comm": comm}


# (relay, mode, previous state, case, expected state, the manual's row)
CHARGE_NORMAL = [
    # Enable: all cells < V bypass AND SoC < charge restart AND T > T min AND T < T max AND communication
    ("charge", "normal", False, _case(soc=50.0), True, "enable: every condition holds"),
    # each enable condition missing (with no disable condition) -> the relay keeps its state
    ("charge", "normal", False, _case(soc=95.0), False, "no enable: SoC not below charge restart"),
    ("charge", "normal", True, _case(soc=95.0), True, "no disable: SoC above charge restart keeps it on"),
    ("charge", "normal", False, _case(voltages=[3.50, 3.30, 3.30, 3.30]), False,
     "no enable: one cell at V bypass"),
    ("charge", "normal", True, _case(voltages=[3.50, 3.30, 3.30, 3.30]), True,
     "no disable: only some cells at V bypass"),
    # Disable rows
    ("charge", "normal", True, _case(voltages=[3.30, 3.65, 3.30, 3.30]), False, "disable: a cell ≥ V max"),
    ("charge", "normal", True, _case(voltages=[3.50, 3.52, 3.55, 3.60], soc=50.0), False,
     "disable: all cells ≥ V bypass"),
    ("charge", "normal", True, _case(temps=[25.0, 0.0, 25.0, 25.0]), False, "disable: a cell < T min"),
    ("charge", "normal", True, _case(temps=[25.0, 25.0, 60.0, 25.0]), False, "disable: a cell > T max"),
    ("charge", "normal", True, _case(comm=False), False, "disable: no cell communication"),
]
LOAD_NORMAL = [
    # Enable: all cells > V min AND SoC ≥ discharge restart AND temperatures AND communication
    ("load", "normal", False, _case(soc=20.0), True, "enable: every condition holds (SoC = restart)"),
    ("load", "normal", False, _case(soc=10.0), False, "no enable: SoC below discharge restart"),
    ("load", "normal", True, _case(soc=10.0), True, "no disable: low SoC alone keeps it on"),
    ("load", "normal", True, _case(voltages=[3.30, 2.90, 3.30, 3.30]), False, "disable: a cell ≤ V min"),
    ("load", "normal", False, _case(voltages=[3.30, 2.95, 3.30, 3.30]), True, "enable: all cells > V min"),
    ("load", "normal", True, _case(temps=[0.0, 25.0, 25.0, 25.0]), False, "disable: a cell < T min"),
    ("load", "normal", True, _case(temps=[25.0, 25.0, 25.0, 57.0]), False, "disable: a cell > T max"),
    ("load", "normal", True, _case(comm=False), False, "disable: no cell communication"),
]
CHARGE_CRITICAL = [
    # Enable: all cells < V max AND temperatures AND communication (no SoC, no V bypass)
    ("charge", "critical", False, _case(soc=99.0), True, "enable: SoC plays no part"),
    ("charge", "critical", False, _case(voltages=[3.50, 3.55, 3.60, 3.60]), True,
     "enable: all cells at V bypass is no reason to stop"),
    ("charge", "critical", True, _case(voltages=[3.30, 3.30, 3.70, 3.30]), False, "disable: a cell ≥ V max"),
    ("charge", "critical", True, _case(temps=[25.0, 1.0, 25.0, 25.0]), False, "disable: a cell < T min"),
    ("charge", "critical", True, _case(temps=[56.0, 25.0, 25.0, 25.0]), False, "disable: a cell > T max"),
    ("charge", "critical", True, _case(comm=False), False, "disable: no cell communication"),
]
LOAD_CRITICAL = [
    ("load", "critical", False, _case(soc=5.0), True, "enable: SoC plays no part"),
    ("load", "critical", True, _case(voltages=[2.80, 3.30, 3.30, 3.30]), False, "disable: a cell ≤ V min"),
    ("load", "critical", True, _case(temps=[25.0, 25.0, -5.0, 25.0]), False, "disable: a cell < T min"),
    ("load", "critical", True, _case(temps=[25.0, 70.0, 25.0, 25.0]), False, "disable: a cell > T max"),
    ("load", "critical", True, _case(comm=False), False, "disable: no cell communication"),
]
ROWS = CHARGE_NORMAL + LOAD_NORMAL + CHARGE_CRITICAL + LOAD_CRITICAL


@pytest.mark.parametrize("relay, mode, previous, case, expected, row", ROWS,
                         ids=[r[-1] + f" [{r[0]} {r[1]}]" for r in ROWS])
def test_relay_table_row(make_wire, relay, mode, previous, case, expected, row):
    battery = SimulatedBattery(cells=4, seed=2)
    battery.set_switch(5, mode == "critical")
    wire = make_wire(battery)
    if not case["comm"]:
        battery.faults.inject("cell_link_broken", after_cell=2)
    battery.set_soc(case["soc"])
    battery.override_cells(voltages_v=case["voltages"], temperatures_c=case["temps"])
    battery.charge_allowed = previous if relay == "charge" else battery.charge_allowed
    battery.load_allowed = previous if relay == "load" else battery.load_allowed
    battery.evaluate()
    status = ascii_records.parse_settings_record("V", wire.ask(commands.read("V"))[1]).raw_value("status")
    charge, load = relays(status)
    assert (charge if relay == "charge" else load) is expected, row


def test_both_modes_and_relays_are_covered():
    covered = {(r[0], r[1]) for r in ROWS}
    assert covered == {("charge", "normal"), ("load", "normal"), ("charge", "critical"), ("load", "critical")}


def test_charge_restart_cycle_over_time():
    """Full pack: charge off at all ≥ V bypass; back on only once the SoC falls below charge restart."""
    b = SimulatedBattery(cells=4, seed=5)
    b.override_cells(voltages_v=[3.5, 3.52, 3.51, 3.55])
    assert not b.charge_allowed and b.soc_pct == 100.0  # the reset rule and the disable row together
    b.clear_overrides()
    b.set_soc(92.0)
    assert not b.charge_allowed  # 92 % is not below the 90 % charge restart
    b.set_soc(89.0)
    assert b.charge_allowed
