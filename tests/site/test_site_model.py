"""device/site.py: pack snapshots from a real LiveState fed wire bytes, site totals, divergence
warnings and the Site description's JSON round trip."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.device import site as site_model
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.site import (
    MIN_CELL_RANGE_V,
    DivergenceKind,
    LinkStatus,
    PackLink,
    PackSnapshot,
    Site,
    SiteError,
    Thresholds,
    cell_range,
    divergences,
    simulated_site,
    site_totals,
    snapshot,
    weighted_soc,
)
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.status import CellState, WarningLight, status1_for_lights

NO_LIGHTS = {light: False for light in WarningLight}


def _live(*, volts=53.2, amps=-12.5, soc=80.0, stored=None, low=3.30, high=3.34, charge=True, load=True,
          lights=NO_LIGHTS, capacity_wh=None, t=100.0, link=True) -> LiveState:
    """A LiveState fed the wire text of U, V, E and C records through the real decoder."""
    live = LiveState(clock=lambda: t)
    live.set_link(link, now=0.0)
    if capacity_wh is not None:
        live.update_settings({"capacity_wh": capacity_wh})
    records = [
        stream.PackRecord(volts, None, amps, None),
        stream.CellExtremesRecord(low, 3, high, 7, 3.5),
        stream.EnergyRecord(0.0, stored if stored is not None else 0.0, 0.0, soc),
        stream.CellRecord(1, 16, low, 25.0, status1_for_lights(lights, charge_allowed=charge,
                                                                load_allowed=load)),
    ]
    text = " ".join(stream.encode_stream_record(r, Generation.GEN2) for r in records) + " "
    for item in stream.StreamDecoder().feed(text.encode()):
        if not isinstance(item, stream.ReplyLine):
            live.apply(item, now=t)
    if stored is None:
        live._values.pop("stored_wh", None)  # a link that has not sent its E figure yet
    return live


def test_snapshot_takes_every_figure_from_the_live_model():
    lights = {**NO_LIGHTS, WarningLight.VH: True}
    live = _live(lights=lights, charge=False, capacity_wh=2500, stored=1900.0)
    snap = snapshot("p1", "Pack A", live, now=101.0, serial="03330", phase="streaming")
    assert snap.link is LinkStatus.ONLINE and snap.online and snap.age_s == pytest.approx(1.0)
    assert snap.serial == "03330" and snap.phase == "streaming" and snap.cell_count == 16
    assert snap.soc_pct == pytest.approx(80.0, abs=0.5)
    assert snap.pack_voltage_v == pytest.approx(53.2, abs=0.01)
    assert snap.battery_current_a == pytest.approx(-12.5, abs=0.2)
    assert snap.power_w == pytest.approx(snap.pack_voltage_v * snap.battery_current_a)
    assert (snap.lowest_cell, snap.highest_cell) == (3, 7)
    assert snap.lowest_cell_v == pytest.approx(3.30) and snap.highest_cell_v == pytest.approx(3.34)
    assert snap.cell_spread_v == pytest.approx(0.04)
    assert snap.lights == frozenset({WarningLight.VH})
    assert (snap.charge_allowed, snap.load_allowed) == (False, True)
    assert snap.capacity_wh == 2500 and snap.stored_wh == pytest.approx(1900.0, abs=1)


def test_snapshot_carries_every_cell_received_and_its_state():
    live = _live(low=3.30)  # cell 1 of 16 came (3.30 V), the rest not yet
    live.update_settings({"vmin_v": 2.9, "vmax_v": 3.65, "vbypass_v": 3.5})
    record = stream.CellRecord(5, 16, 3.56, 25.0, status1_for_lights(NO_LIGHTS, charge_allowed=True,
                                                                     load_allowed=True))
    text = stream.encode_stream_record(record, Generation.GEN2) + " "
    for item in stream.StreamDecoder().feed(text.encode()):
        live.apply(item, now=100.0)
    snap = snapshot("p", "P", live, now=100.0)
    assert len(snap.cell_voltages) == len(snap.cell_states) == 16
    assert snap.cell_voltages[0] == pytest.approx(3.30) and snap.cell_voltages[4] == pytest.approx(3.56)
    assert snap.cell_voltages[1] is None and snap.cell_voltages[15] is None
    assert snap.cell_states[4] is CellState.BALANCING and snap.cell_states[0] is CellState.OK
    assert snapshot("p", "P", LiveState(clock=lambda: 1.0)).cell_voltages == ()


def _cells(key, volts, link=LinkStatus.ONLINE):
    return PackSnapshot(key=key, name=key, link=link, cell_voltages=tuple(volts))


def test_one_cell_range_for_the_site_widened_rounded_and_with_room_below():
    # 3.305 … 3.320 V: narrower than 100 mV, widened about its middle (3.2625 … 3.3625), a quarter of
    # that below (3.2375), then out to whole 5 mV
    packs = [_cells("a", [3.305, 3.310, None]), _cells("b", [3.320, 3.315])]
    assert cell_range(packs) == pytest.approx((3.235, 3.365))
    # so the bars of a balanced pack look even: 15 mV apart is an eighth of the height
    low, high = cell_range(packs)
    assert (3.320 - 3.305) / (high - low) < 0.13
    # wide apart: the lowest to the highest, a quarter below, and every cell inside the range
    packs = [_cells("a", [2.95, 3.30]), _cells("b", [3.62])]
    low, high = cell_range(packs)
    assert (low, high) == pytest.approx((2.78, 3.62))  # 2.95 - 0.67 / 4 = 2.7825, down to 2.780
    assert all(low < v <= high for v in (2.95, 3.30, 3.62))
    # an offline pack's old values are left out; none at all: no range
    packs = [_cells("a", [3.30, 3.31]), _cells("b", [2.5], link=LinkStatus.OFFLINE)]
    assert cell_range(packs)[0] > 3.2
    assert cell_range([_cells("a", [None, None])]) is None and cell_range([]) is None


@given(st.lists(st.floats(2.0, 4.2), min_size=1, max_size=40))
@settings(max_examples=200, deadline=None)
def test_the_cell_range_always_holds_every_cell_with_a_bar(volts):
    low, high = cell_range([_cells("a", volts)])
    assert high - low >= MIN_CELL_RANGE_V
    assert all(low < v <= high + 1e-9 for v in volts)
    for edge in (low, high):
        assert edge / 0.005 == pytest.approx(round(edge / 0.005), abs=1e-6)


def test_link_down_or_old_values_make_a_pack_offline_or_stale():
    assert snapshot("p", "P", _live(link=False), now=101.0).link is LinkStatus.OFFLINE
    assert snapshot("p", "P", _live(), now=100.0 + 30, offline_after_s=10).link is LinkStatus.STALE
    empty = LiveState(clock=lambda: 5.0)
    snap = snapshot("p", "P", empty)
    assert snap.link is LinkStatus.OFFLINE and snap.soc_pct is None and snap.age_s is None


def test_capacity_from_the_setting_else_the_frame_and_stored_energy_from_soc():
    live = _live(soc=50.0)
    assert snapshot("p", "P", live).capacity_wh is None and snapshot("p", "P", live).stored_wh is None
    live._values["capacity_kwh"] = 3.2  # what a serial frame carries
    snap = snapshot("p", "P", live)
    assert snap.capacity_wh == pytest.approx(3200) and snap.stored_wh == pytest.approx(1600, rel=0.02)
    live.update_settings({"capacity_wh": 2000})  # the setting read over Bluetooth wins
    assert snapshot("p", "P", live).capacity_wh == 2000


def _snap(key, soc=50.0, volts=53.0, amps=10.0, capacity=2000.0, charge=True, load=True,
          link=LinkStatus.ONLINE, stored=None):
    return PackSnapshot(key=key, name=key.upper(), soc_pct=soc, pack_voltage_v=volts, battery_current_a=amps,
                        capacity_wh=capacity, stored_wh=stored, charge_allowed=charge, load_allowed=load,
                        link=link)


def test_totals_weight_the_soc_by_capacity_and_add_power_and_energy():
    packs = [_snap("a", soc=90, capacity=3000, stored=2700, amps=10), _snap("b", soc=50, capacity=1000,
                                                                           stored=500, amps=-4)]
    totals = site_totals(packs)
    assert totals.soc_pct == pytest.approx((90 * 3000 + 50 * 1000) / 4000) and totals.soc_basis == "capacity"
    assert totals.power_w == pytest.approx(53 * 10 + 53 * -4) and totals.current_a == pytest.approx(6)
    assert totals.stored_wh == 3200 and totals.capacity_wh == 4000
    assert totals.complete and totals.online == 2 and totals.packs == 2


def test_an_unknown_capacity_gives_the_plain_mean_and_names_the_pack():
    totals = site_totals([_snap("a", soc=90, capacity=3000), _snap("b", soc=50, capacity=None)])
    assert totals.soc_pct == pytest.approx(70) and totals.soc_basis == "equal"
    assert totals.unknown_capacity == ("b",) and totals.capacity_wh == 3000


def test_offline_packs_and_missing_values_are_left_out_and_named():
    packs = [_snap("a", soc=90, stored=1800), _snap("b", soc=None, link=LinkStatus.ONLINE),
             _snap("c", soc=10, link=LinkStatus.OFFLINE)]
    totals = site_totals(packs)
    assert totals.soc_pct == pytest.approx(90) and totals.online == 2
    assert totals.missing == ("b", "c") and not totals.complete
    nothing = site_totals([_snap("c", link=LinkStatus.OFFLINE)])
    assert nothing.soc_pct is None and nothing.power_w is None and nothing.soc_basis is None


def test_divergence_warnings_name_the_packs():
    t = Thresholds(soc_spread_pct=10, voltage_spread_v=0.5)
    assert divergences([_snap("a"), _snap("b", soc=59.9, volts=53.4)], t) == []
    found = divergences([_snap("a", soc=40, volts=52.0), _snap("b", soc=60, volts=53.0, charge=False),
                         _snap("c", soc=50, volts=52.5), _snap("d", link=LinkStatus.OFFLINE, load=False)], t)
    kinds = [w.kind for w in found]
    assert kinds == [DivergenceKind.OFFLINE, DivergenceKind.CHARGE_RELAY, DivergenceKind.SOC,
                     DivergenceKind.VOLTAGE]
    offline, relay, soc, volts = found
    assert offline.packs == ("d",) and str(offline.message) == "D offline: left out of the totals."
    assert relay.packs == ("b",)
    assert str(relay.message) == "Charge relay open on B while closed on A and C."
    assert soc.packs == ("a", "b") and soc.spread == pytest.approx(20) and soc.threshold == 10
    assert "SoC 20 % apart (A 40 %, B 60 %)" in str(soc.message)
    assert volts.packs == ("a", "b") and volts.spread == pytest.approx(1.0)
    # the offline pack's open load relay is not compared: it is offline
    assert DivergenceKind.LOAD_RELAY not in kinds
    # all relays open together is no divergence
    assert divergences([_snap("a", load=False), _snap("b", load=False)], t) == []


def test_the_thresholds_decide():
    packs = [_snap("a", soc=40), _snap("b", soc=60)]
    assert [w.kind for w in divergences(packs, Thresholds(soc_spread_pct=25))] == []
    assert [w.kind for w in divergences(packs, Thresholds(soc_spread_pct=19.5))] == [DivergenceKind.SOC]
    with pytest.raises(SiteError):
        Thresholds(soc_spread_pct=0)
    with pytest.raises(SiteError):
        Thresholds(voltage_spread_v=float("nan"))


# ---- properties ------------------------------------------------------------------------------

soc_values = st.floats(min_value=0, max_value=100, allow_nan=False)
capacities = st.one_of(st.none(), st.floats(min_value=100, max_value=6_553_500, allow_nan=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(soc_values, capacities), min_size=1, max_size=12))
def test_weighted_soc_lies_between_the_lowest_and_highest_pack(pairs):
    value, basis = weighted_soc(pairs)
    assert min(s for s, _ in pairs) <= value <= max(s for s, _ in pairs)
    assert basis == ("capacity" if all(c is not None for _, c in pairs) else "equal")


@settings(max_examples=200, deadline=None)
@given(soc=soc_values, capacity=capacities, volts=st.floats(8, 100), amps=st.floats(-500, 500),
       stored=st.one_of(st.none(), st.floats(0, 1e6)))
def test_the_totals_of_one_pack_are_that_pack(soc, capacity, volts, amps, stored):
    pack = _snap("a", soc=soc, capacity=capacity, volts=volts, amps=amps, stored=stored)
    totals = site_totals([pack])
    assert totals.soc_pct == soc and totals.power_w == pack.power_w and totals.current_a == amps
    assert totals.stored_wh == stored and totals.capacity_wh == capacity
    assert divergences([pack], Thresholds()) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(soc_values, st.floats(100, 1e5)), min_size=2, max_size=8))
def test_the_site_soc_is_the_energy_share(pairs):
    """With every capacity known, the weighted SoC is the stored energy over the capacity."""
    packs = [_snap(f"p{n}", soc=s, capacity=c, stored=s * c / 100) for n, (s, c) in enumerate(pairs)]
    totals = site_totals(packs)
    assert totals.soc_pct == pytest.approx(100 * totals.stored_wh / totals.capacity_wh, abs=1e-6)


# ---- the site description --------------------------------------------------------------------

def test_a_site_round_trips_through_json_and_edits_keep_keys():
    site = Site(name="Boat").with_pack(PackLink("ble", "AA:BB:CC:DD:EE:01", 3), "Port")
    site = site.with_pack(PackLink("serial", "/dev/ttyUSB0"), "Starboard")
    site = site.with_pack(PackLink("simulator", seed=4, cells=8))
    assert [p.name for p in site.packs] == ["Port", "Starboard", "Pack 3"]
    keys = [p.key for p in site.packs]
    site = site.moved(keys[2], 0).renamed(keys[1], "Bow").with_thresholds(Thresholds(5, 0.2, 20))
    assert [p.key for p in site.packs] == [keys[2], keys[0], keys[1]]
    again = Site.from_json(site.to_json())
    assert again == site
    assert json.loads(site.to_json())["schema_version"] == site_model.SITE_SCHEMA_VERSION
    smaller = again.without_pack(keys[0])
    assert [p.key for p in smaller.packs] == [keys[2], keys[1]]
    assert smaller.with_pack(PackLink("simulator", seed=9)).packs[-1].key not in {keys[2], keys[1]}


def test_a_pin_never_enters_the_site():
    site = Site().with_pack(PackLink("ble", "AA:BB:CC:DD:EE:01", None))
    assert "pin" not in site.to_json().lower()


@pytest.mark.parametrize("text, words", [
    ("not json", "not valid JSON"),
    ("[]", "must be a JSON object"),
    ('{"schema_version": 99}', "newer version"),
    ('{"packs": [{"key": "a", "link": {"kind": "ble", "target": ""}}]}', "needs an address"),
    ('{"packs": [{"key": "a", "link": {"kind": "radio"}}]}', "Unknown link kind radio"),
    ('{"packs": [{"key": "a", "link": {"kind": "serial", "target": "COM3"}},'
     ' {"key": "b", "link": {"kind": "serial", "target": "COM3"}}]}', "serial:COM3 is in the site twice"),
    ('{"thresholds": {"soc_spread_pct": "lots"}}', "not a number"),
])
def test_bad_site_json_says_what_is_wrong(text, words):
    with pytest.raises(SiteError, match=words):
        Site.from_json(text)


def test_a_simulated_site_has_packs_that_differ():
    site = simulated_site(4, cells=8)
    assert [p.name for p in site.packs] == ["Pack 1", "Pack 2", "Pack 3", "Pack 4"]
    assert len({p.link.seed for p in site.packs}) == 4 and all(p.link.cells == 8 for p in site.packs)
    with pytest.raises(SiteError):
        simulated_site(0)


@settings(max_examples=200, deadline=None)
@given(socs=st.lists(soc_values, min_size=2, max_size=8), limit=st.floats(0.5, 100))
def test_a_soc_warning_exactly_when_the_spread_passes_the_limit(socs, limit):
    packs = [_snap(f"p{n}", soc=s) for n, s in enumerate(socs)]
    warned = [w for w in divergences(packs, Thresholds(soc_spread_pct=limit)) if w.kind is DivergenceKind.SOC]
    assert bool(warned) == (max(socs) - min(socs) > limit)
    if warned:
        low, high = warned[0].packs
        assert packs[int(low[1:])].soc_pct == min(socs) and packs[int(high[1:])].soc_pct == max(socs)
