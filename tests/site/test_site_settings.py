"""Settings across packs: the comparison and copy plan (device/site_settings.py), and the Site page's
"Settings compared" tab copying over real simulated packs, each write read back and reported per pack."""

from __future__ import annotations

import asyncio
import time

import pytest

from smartbms_gui.device.site import simulated_site
from smartbms_gui.device.site_settings import PackSettings, compare_settings, copy_plan
from smartbms_gui.protocol.params import UnknownCode
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.views.site_connections import SiteConnections
from smartbms_gui.views.site_settings_view import SiteSettingsView

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}


def _pack(key, gen=2, **values):
    return PackSettings(key, key.upper(), Generation(gen), values)


def test_rows_mark_differences_and_never_hold_the_pin():
    a = _pack("a", vmax_v=3.65, vmin_v=2.8, capacity_wh=1900.0, pin="1234")
    b = _pack("b", vmax_v=3.60, vmin_v=2.8, capacity_wh=None, pin="9999")
    rows = {row.name: row for row in compare_settings([a, b])}
    assert "pin" not in rows and "clear_energy_counters" not in rows
    assert rows["vmax_v"].differs and not rows["vmin_v"].differs
    assert not rows["capacity_wh"].differs  # not reported by b: no difference by itself
    assert rows["vmax_v"].differs_from("b", "a") and not rows["vmin_v"].differs_from("b", "a")
    assert not rows["vbypass_v"].copyable  # set with switches: shown, never copied
    # a Gen3-only setting has no value on the Gen2 pack
    c = _pack("c", gen=3, vlow_v=3.0)
    rows = {row.name: row for row in compare_settings([a, c])}
    assert rows["vlow_v"].values == {"a": None, "c": 3.0} and not rows["vlow_v"].differs


def test_the_plan_writes_only_what_differs_and_what_the_target_can_hold():
    source = _pack("a", gen=3, vmax_v=3.65, vmin_v=2.8, capacity_wh=1900.0, vbypass_v=3.5,
                   critical_mode=UnknownCode(7), vlow_v=3.0)
    same = _pack("b", gen=3, vmax_v=3.65, vmin_v=2.8, capacity_wh=1900.0, vlow_v=3.0)
    other = _pack("c", gen=3, vmax_v=3.60, vmin_v=2.9, capacity_wh=None, vbypass_v=3.4, critical_mode=False)
    gen2 = _pack("d", gen=2, vmax_v=3.55)
    rows = compare_settings([source, same, other, gen2])
    assert {row.name: row for row in rows}["critical_mode"].differs
    plan = copy_plan(rows, source, [same, other, gen2])
    assert plan["b"] == {}
    # not V bypass (switches), not an unknown code; V low to the Gen3 pack only
    assert plan["c"] == {"vmax_v": 3.65, "vmin_v": 2.8, "capacity_wh": 1900.0, "vlow_v": 3.0}
    assert plan["d"] == {"vmax_v": 3.65, "vmin_v": 2.8, "capacity_wh": 1900.0}
    assert copy_plan(rows, source, [other], names=["vmin_v"]) == {"c": {"vmin_v": 2.8}}


async def until(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.03)


@pytest.fixture
async def connections(qtbot):
    site = SiteConnections(simulated_site(3, cells=8), record=False, **FAST)
    yield site
    await site.disconnect_all()


async def test_copy_settings_to_the_other_packs_over_real_simulators(connections, qtbot):
    first, second, third = connections.ordered()
    for pack in (first, second):
        connections.connect_pack(pack.key)
    await until(lambda: first.bridge.connected and second.bridge.connected, what="two packs live")
    results = await second.bridge.apply_settings({"vmax_v": 3.60})
    assert all(r.ok for r in results), [r.message for r in results]
    view = SiteSettingsView(connections)
    qtbot.addWidget(view)
    view.refresh()
    rows = {row.name: row for row in view.rows}
    assert rows["vmax_v"].differs and rows["vmax_v"].values[second.key] == pytest.approx(3.60)
    assert "pin" not in rows
    assert "differ between the packs" in view.summary.text()
    # the unit once, in the row's label; the packs' cells bare numbers (they broke onto two lines)
    table = view.table
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    vmax_row = labels.index("V max (V)")
    assert table.item(vmax_row, 2).text() == "3.600" and not table.item(vmax_row, 1).text().endswith("V")
    source, plan = view.plan()
    assert source.key == first.key
    assert plan[second.key]["vmax_v"] == pytest.approx(first.bridge.live.settings["vmax_v"])
    assert plan[third.key]  # not connected: it has no settings, so everything would be written
    finished = []
    view.copyFinished.connect(finished.append)
    outcome = await view.copy(plan)
    assert finished and outcome[second.key] and all(r.ok for r in outcome[second.key])
    assert second.bridge.live.settings["vmax_v"] == pytest.approx(first.bridge.live.settings["vmax_v"])
    assert second.bridge.battery.setting("vmax_v") == pytest.approx(first.bridge.live.settings["vmax_v"])
    report = view.results.text().splitlines()
    assert report[0].startswith(f"{second.entry.name}: {len(plan[second.key])} of {len(plan[second.key])} "
                                "written and read back")
    assert report[1].startswith(f"{third.entry.name}: not written")
    view.refresh()
    assert not {row.name: row for row in view.rows}["vmax_v"].differs
