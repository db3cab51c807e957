"""sim/packs.py: the packs of a simulated site are alike but not the same, and always the same ones."""

import pytest

from smartbms_gui.sim import packs
from smartbms_gui.sim.battery import SimulatedBattery


def test_pack_one_is_the_single_simulator_and_the_others_differ_a_little():
    site = packs.site_batteries(4, cells=8, seed=7)
    alone = SimulatedBattery(cells=8, seed=7)
    assert site[0].soc_pct == pytest.approx(alone.soc_pct)
    assert list(site[0].cell_capacity) == pytest.approx(list(alone.cell_capacity))
    socs = [b.soc_pct for b in site]
    assert len({round(s) for s in socs}) == 4
    assert max(socs) - min(socs) >= 5.0  # a divergence warning of 5 % shows on a default site
    assert max(socs) - min(socs) <= 15.0  # but they are one site, not four strangers
    assert [b.cell_count for b in site] == [8] * 4


def test_the_same_count_and_seed_give_the_same_packs():
    a = packs.site_batteries(3, seed=1)
    b = packs.site_batteries(3, seed=1)
    assert [x.soc_pct for x in a] == [y.soc_pct for y in b]


def test_serials_and_addresses_are_distinct():
    assert [packs.pack_serial(i) for i in range(3)] == [3330, 3331, 3332]
    addresses = [packs.ble_address(i) for i in range(packs.MAX_PACKS)]
    assert addresses[0] == "F0:12:3B:00:0D:02" and len(set(addresses)) == packs.MAX_PACKS


def test_a_count_out_of_range_is_refused():
    with pytest.raises(ValueError, match="1 to 16 packs"):
        packs.site_batteries(0)
    with pytest.raises(ValueError, match="1 to 16 packs"):
        packs.site_batteries(17)
