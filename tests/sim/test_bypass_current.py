"""Balancing as the manual specifies it: a cell above V bypass dissipates 1 A, the others nothing."""

import pytest

from smartbms_gui.sim.battery import SimulatedBattery


def test_a_cell_above_v_bypass_loses_one_amp_and_only_that_cell():
    b = SimulatedBattery(cells=4, seed=3)
    b.solar_override_w = 0.0
    b.load_override_w = 0.0
    b.cell_self_discharge = [0.0] * 4
    b.cell_soc = [0.5, 0.5, 1.02, 0.5]  # cell 3 well above V bypass
    b.step(5.0)  # the cell board sees the voltage, then bypasses from the next moment on
    b.step(5.0)
    assert b.cell_bypass == [False, False, True, False]
    assert b.cell_current_a[2] == pytest.approx(-1.0)
    assert [b.cell_current_a[i] for i in (0, 1, 3)] == pytest.approx([0.0, 0.0, 0.0])
    soc_before = list(b.cell_soc)
    b.step(600.0)
    lost_ah = [(before - after) * c for before, after, c in zip(soc_before, b.cell_soc, b.cell_capacity, strict=True)]
    assert lost_ah[2] == pytest.approx(1.0 * 600 / 3600, rel=0.02)  # 1 A for 10 minutes
    assert [lost_ah[i] for i in (0, 1, 3)] == pytest.approx([0.0, 0.0, 0.0], abs=1e-9)
