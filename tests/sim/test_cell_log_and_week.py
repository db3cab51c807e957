"""The simulated battery's own memory (docs/protocol.md §3.4): its faults and physics write the matching
cell-log events, the log is a ring of ten, and the SoC ring has a plausible week behind it at start
and fills (and wraps) as simulated time passes."""

from __future__ import annotations

import pytest

from smartbms_gui.protocol.ascii_records import HISTORY_HOURS, LogEvent
from smartbms_gui.protocol.scaling import Generation, cell_voltage_raw, temperature_raw
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.past_week import past_week, week_rng


def events(battery) -> list:
    return [e for e in battery.cell_log if e.event != LogEvent.EMPTY]


def ring(battery) -> list:
    newest = battery.history_index
    return [battery.soc_history[(newest + 1 + n) % HISTORY_HOURS] for n in range(HISTORY_HOURS)]


def test_a_fault_given_at_start_is_logged_before_time_runs():
    b = SimulatedBattery(cells=8, seed=3)
    b.faults.inject("cell_over_voltage", cell=3)
    [event] = events(b)
    assert event.event == LogEvent.VOLTAGE_HIGH and event.cell == 3 and event.slot == 0
    assert event.value_raw == cell_voltage_raw(b.setting("vmax_v") + 0.10)
    assert event.time == b.device_counter and b.newest_log_slot == 0


@pytest.mark.parametrize("fault, params, expected, cell, value", [
    ("cell_under_voltage", {"cell": 5, "voltage_v": 2.61}, [LogEvent.VOLTAGE_LOW], 5, ("V", 2.61)),
    ("cell_over_voltage", {"cell": 2, "voltage_v": 3.77}, [LogEvent.VOLTAGE_HIGH], 2, ("V", 3.77)),
    ("temperature_high", {"cell": 4, "temperature_c": 61.0}, [LogEvent.TEMPERATURE_HIGH], 4, ("C", 61.0)),
    ("temperature_low", {"cell": 6, "temperature_c": -25.0},
     [LogEvent.TEMPERATURE_LOW_CHARGE, LogEvent.TEMPERATURE_LOW_DISCHARGE], 6, ("C", -25.0)),
    ("cell_link_broken", {"after_cell": 6}, [LogEvent.COMMUNICATION], 7, None),
])
def test_each_fault_logs_its_event_with_the_cell_and_value(fault, params, expected, cell, value):
    b = SimulatedBattery(cells=8, seed=4, generation=Generation.GEN3)
    b.step(60)
    assert events(b) == []  # a healthy battery logs nothing
    b.faults.inject(fault, **params)
    b.step(5)
    logged = events(b)
    assert [e.event for e in logged] == expected
    for e in logged:
        assert e.cell == cell
        if value is None:
            assert e.value_raw == 0
        elif value[0] == "V":
            assert e.value_raw == cell_voltage_raw(value[1])
        else:
            assert abs(e.value_raw - temperature_raw(value[1])) <= 1
    b.step(60)
    assert len(events(b)) == len(expected)  # logged once while it lasts, not every step


def test_gen2_logs_a_low_temperature_once_as_charge():
    b = SimulatedBattery(cells=8, seed=4, generation=Generation.GEN2)
    b.faults.inject("temperature_low", cell=2)
    assert [e.event for e in events(b)] == [LogEvent.TEMPERATURE_LOW_CHARGE]


def test_the_log_is_a_ring_of_ten_overwriting_the_oldest():
    b = SimulatedBattery(cells=8, seed=5)
    for n in range(12):
        b.faults.inject("cell_over_voltage", cell=n % 8 + 1)
        b.step(10)
        b.faults.clear("cell_over_voltage")
        b.step(10)
    assert len(events(b)) == 10 and b.newest_log_slot == 1
    cells = [b.cell_log[(2 + n) % 10].cell for n in range(10)]  # oldest first from slot 2
    assert cells == [n % 8 + 1 for n in range(2, 12)]
    times = [b.cell_log[(2 + n) % 10].time for n in range(10)]
    assert times == sorted(times) and len(set(times)) == 10


def test_a_fresh_battery_has_a_plausible_week_behind_it():
    b = SimulatedBattery(cells=8, seed=6)
    week = ring(b)
    assert all(v is not None and 0 <= v <= 100 for v in week)
    assert week[-1] == round(b.soc_pct)  # it joins the live SoC
    days = [week[d * 24:(d + 1) * 24] for d in range(7)]
    assert all(max(day) - min(day) >= 15 for day in days)  # charged by day, used at night
    assert SimulatedBattery(cells=8, seed=6).soc_history == b.soc_history  # seeded
    assert SimulatedBattery(cells=8, seed=7).soc_history != b.soc_history
    assert SimulatedBattery(cells=8, seed=6, past_week=False).soc_history == [None] * HISTORY_HOURS


@pytest.mark.parametrize("seed", [0, 6, 41])
def test_a_battery_in_use_has_counted_its_energy_for_a_while(seed):
    """Not a new battery's zeros beside a week of history and a worn SoH: its counters show 50-400
    cycles, a round trip of 94-97 %, and a solar yield of which part fed the load directly."""
    b = SimulatedBattery(cells=16, seed=seed)
    assert 50 <= b.charge_cycles <= 400 and b.discharge_cycles < b.charge_cycles
    assert 94.0 <= b.efficiency_pct <= 97.0
    assert b.solar_total_kwh > b.charged_total_kwh
    direct = b.solar_total_kwh - b.charged_total_kwh  # the solar energy the load took at once
    assert b.consumed_total_kwh == pytest.approx(b.discharged_total_kwh + direct)
    assert b.soh_pct < b._soh_start_pct  # the cycles wore it
    fresh = SimulatedBattery(cells=16, seed=seed, past_week=False)
    assert (fresh.charged_total_kwh, fresh.discharged_total_kwh, fresh.solar_total_kwh,
            fresh.consumed_total_kwh) == (0.0, 0.0, 0.0, 0.0)
    # the counters are drawn after the week: the ring is what the week alone gives
    rng = week_rng(seed)
    index = rng.randrange(HISTORY_HOURS)
    week = past_week(rng, b.soc_pct, int(b.clock_s % 86400) // 3600)
    assert [b.soc_history[(index - back) % HISTORY_HOURS] for back in range(HISTORY_HOURS)] == week[::-1]


def test_the_history_fills_on_the_hour_and_wraps_around():
    b = SimulatedBattery(cells=8, seed=8, start_clock_s=10 * 3600 + 1800, past_week=False)
    b.max_substep_s = 60.0
    b.step(1800 - 1)
    assert b.history_index == HISTORY_HOURS - 1 and b.soc_history[0] is None
    b.step(2)  # 11:00: the first hour is written at index 0 (the ring wrapped from 167)
    assert b.history_index == 0 and b.soc_history[0] == round(b.soc_pct)
    b.step(HISTORY_HOURS * 3600)  # a whole week later: every slot written, the index back at 0
    assert b.history_index == 0 and None not in b.soc_history
    assert ring(b)[-1] == b.soc_history[0]


def test_a_reboot_keeps_or_restarts_the_counter():
    b = SimulatedBattery(cells=8, seed=9)
    b.faults.inject("cell_over_voltage", cell=1)
    before = b.device_counter
    b.faults.inject("device_reboot")
    assert b.device_counter == before  # by default it keeps counting (the reference does not say)
    b.faults.inject("device_reboot", counter_reset=1)
    assert b.device_counter == 0 and events(b)[0].time == before  # the log keeps its old times
