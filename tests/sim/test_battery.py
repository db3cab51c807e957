"""The battery model through the wire: SoC reset rules, balancing, sensors, switches, determinism."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from smartbms_gui.protocol import commands, switches
from smartbms_gui.protocol.frame import FrameDecoder
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.protocol.status import Status1
from smartbms_gui.protocol.stream import CellRecord, EnergyRecord, PackRecord
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.sim.runner import BATTERY_TICK_S, SimulatorRunner


def latest(items, cls):
    found = [i for i in items if isinstance(i, cls)]
    assert found, f"no {cls.__name__} received"
    return found[-1]


def test_the_first_message_has_the_currents_of_its_hour():
    """A battery in use: before its first step it already charges and feeds its load as its hour
    says (its first message showed 0 A, then the real currents half a second later), and its cells
    read the voltage that current gives them."""
    fresh, stepped = SimulatedBattery(cells=16), SimulatedBattery(cells=16)
    stepped.step(0.01)  # the same battery a moment later
    assert fresh.solar_current_a > 1.0 and fresh.load_current_a > 1.0
    resolution = fresh.sensors[0].resolution_a
    for name in ("solar_current_a", "load_current_a", "battery_current_a"):
        assert abs(getattr(fresh, name) - getattr(stepped, name)) <= 2 * resolution, name
    assert fresh.pack_voltage_v == pytest.approx(stepped.pack_voltage_v, abs=0.005)
    ocv = fresh.chemistry.ocv(fresh.cell_soc)
    assert all(v > o for v, o in zip(fresh.cell_voltage_true, ocv, strict=True))  # charging: above the resting voltage


# ---------------------------------------------------------------- SoC reset rules


def _still(battery):
    """No charger, no load: only the cells' own voltages matter."""
    battery.solar_override_w = 0.0
    battery.load_override_w = 0.0


def test_normal_mode_resets_soc_only_when_every_cell_reaches_v_bypass(make_wire):
    b = SimulatedBattery(cells=4, seed=3)
    _still(b)
    b.soc_calibrated = False
    b.set_soc(40.0)
    wire = make_wire(b)
    # average well above V bypass, but one cell below: normal mode keeps counting
    b.override_cells(voltages_v=[3.60, 3.60, 3.60, 3.45])
    items = wire.stream()
    assert latest(items, EnergyRecord).soc_pct == 40
    assert latest(items, CellRecord).status1 & Status1.SOC_NOT_CALIBRATED
    b.override_cells(voltages_v=[3.50, 3.52, 3.51, 3.50])
    items = wire.stream()
    assert latest(items, EnergyRecord).soc_pct == 100
    assert not latest(items, CellRecord).status1 & Status1.SOC_NOT_CALIBRATED


def test_critical_mode_resets_soc_when_the_pack_reaches_v_bypass_times_cells(make_wire):
    b = SimulatedBattery(cells=4, seed=3)
    _still(b)
    b.set_switch(5, True)  # critical mode
    b.set_soc(40.0)
    wire = make_wire(b)
    b.override_cells(voltages_v=[3.45, 3.50, 3.50, 3.50])  # pack 13.95 V < 14.0 V
    assert latest(wire.stream(), EnergyRecord).soc_pct == 40
    b.override_cells(voltages_v=[3.45, 3.50, 3.50, 3.55])  # pack 14.00 V = 3.5 V × 4, one cell below
    assert latest(wire.stream(), EnergyRecord).soc_pct == 100


def test_coulomb_counting_follows_the_measured_current():
    b = SimulatedBattery(cells=16, seed=4)
    b.solar_override_w = 0.0
    b.load_override_w = 1000.0
    start = b.soc_pct
    b.step(3600)
    # about 1 kWh out of a 3.8 kWh setting (the sensor's resolution makes it approximate)
    assert start - b.soc_pct == pytest.approx(100 * 1000 / b.capacity_wh, rel=0.05)
    assert b.consumed_today_wh == pytest.approx(1000, rel=0.05)


# ---------------------------------------------------------------- balancing and heat


def test_balancing_narrows_the_spread_over_hours():
    """An unbalanced pack cycling at the top (charger on, a small load): the 1 A bypass of the fullest
    cells takes out about 1 Ah per hour of bypass, so the charge each cell lacks to be full converges."""
    b = SimulatedBattery(cells=16, seed=7, initial_soc_pct=85, soc_spread_pct=3.0)
    b.solar_override_w = 800.0
    b.load_override_w = 150.0

    def spread_ah():
        return float(np.ptp((1.0 - np.array(b.cell_soc)) * np.array(b.cell_capacity)))

    spreads = [spread_ah()]
    bypass_hours = 0.0
    for _ in range(12 * 12):  # twelve hours
        b.step(300)
        bypass_hours += any(b.cell_bypass) * 300 / 3600
        spreads.append(spread_ah())
    assert bypass_hours > 0.5
    assert spreads[-1] < 0.85 * spreads[0]
    assert all(later <= earlier + 0.05 for earlier, later in itertools.pairwise(spreads))  # never widens


def test_a_bypassing_cell_reads_much_warmer(make_wire):
    b = SimulatedBattery(cells=8, seed=8, initial_soc_pct=99.5, soc_spread_pct=0.3)
    b.solar_override_w = 150.0
    b.load_override_w = 0.0
    ever = [False] * b.cell_count  # a cell that stopped bypassing a moment ago is still warm
    for _ in range(30):
        b.step(60)
        ever = [e or now for e, now in zip(ever, b.cell_bypass, strict=True)]
    assert any(b.cell_bypass) and not all(ever)
    wire = make_wire(b)
    cells = {c.cell: c for c in wire.stream(2.0) if isinstance(c, CellRecord)}
    bypassing = list(b.cell_bypass)
    hot = [cells[i + 1].temperature_c for i, on in enumerate(bypassing) if on]
    cool = [cells[i + 1].temperature_c for i, warm in enumerate(ever) if not warm]
    assert min(hot) > max(cool) + 10.0


# ---------------------------------------------------------------- current sensors and switches 3, 4


def _zero_current_battery(seed):
    b = SimulatedBattery(cells=4, seed=seed)
    _still(b)
    b.set_switch(3, False)  # blind spot off: the zero error shows
    return b


def test_auto_zero_makes_the_current_read_zero_in_a_few_seconds(make_wire):
    # find a seed whose sensors read a visible zero error (the search is deterministic)
    b = next(b for b in (_zero_current_battery(s) for s in range(40))
             if abs(b.sensors[0].offset_a) > 0.7 * b.sensors[0].resolution_a
             and abs(b.sensors[1].offset_a) > 0.7 * b.sensors[1].resolution_a)
    wire = make_wire(b)
    before = latest(wire.stream(), PackRecord)
    assert before.solar_current_a != 0.0 and before.load_current_a != 0.0
    b.set_switch(4, True)
    wire.runner.advance(3.0)
    after = latest(wire.stream(), PackRecord)
    assert (after.solar_current_a, after.load_current_a, after.battery_current_a) == (0.0, 0.0, 0.0)
    b.set_switch(4, False)  # the calibration stays
    assert latest(wire.stream(2.0), PackRecord).solar_current_a == 0.0


def test_blind_spot_hides_small_currents_only_when_switch_3_is_on():
    b = SimulatedBattery(cells=16, seed=9)
    b.set_switch(4, True)
    _still(b)
    b.step(5)  # auto zero with no current
    b.set_switch(4, False)
    b.load_override_w = 0.6 * b.pack_voltage_v  # 0.6 A: inside the 100 A sensor's ±1 A blind spot
    b.set_switch(3, False)
    b.step(1)
    assert b.load_current_a == pytest.approx(0.5)  # 0.5 A resolution
    b.set_switch(3, True)
    b.step(1)
    assert b.load_current_a == 0.0
    b.load_override_w = 3.0 * b.pack_voltage_v
    b.step(1)
    assert b.load_current_a == pytest.approx(3.0)


@pytest.mark.parametrize("sensor_a, resolution", [(25, 0.125), (500, 2.5), (2000, 10.0)])
def test_sensor_type_sets_the_resolution(sensor_a, resolution):
    b = SimulatedBattery(cells=16, seed=10, sensor_a=sensor_a)
    b.set_switch(3, False)
    b.solar_override_w = 0.0
    b.load_override_w = 37.3 * b.pack_voltage_v
    for _ in range(5):
        b.step(1)
        assert b.load_current_a / resolution == pytest.approx(round(b.load_current_a / resolution))


def test_one_sensor_on_j1_reports_only_the_battery_current(make_wire):
    b = SimulatedBattery(cells=8, seed=11, current_sensors=1)
    b.solar_override_w = 0.0
    b.load_override_w = 400.0
    wire = make_wire(b)
    pack = latest(wire.stream(), PackRecord)
    assert pack.solar_current_a is None and pack.load_current_a is None
    assert pack.battery_current_a < -10.0


def test_gen3_currents_use_the_gen3_scale(make_wire):
    b = SimulatedBattery(cells=8, seed=12, generation=Generation.GEN3)
    b.solar_override_w = 0.0
    b.load_override_w = 500.0
    wire = make_wire(b)
    pack = latest(wire.stream(), PackRecord)
    assert pack.load_current_a == pytest.approx(b.load_current_a, abs=0.05)


def test_v_bypass_follows_switches_2_6_7(make_wire):
    b = SimulatedBattery(cells=4, seed=1)
    wire = make_wire(b)
    for positions, volts in switches.VBYPASS_TABLE.items():
        for switch, on in zip(switches.SWITCHES_VBYPASS, positions):
            b.set_switch(switch, on)
        assert b.vbypass_v == volts
    from smartbms_gui.protocol.stream import CellExtremesRecord

    assert latest(wire.stream(), CellExtremesRecord).bypass_v == pytest.approx(4.3)


# ---------------------------------------------------------------- switch 8: hidden settings


def _store_hidden(b, sensor_a, cells):
    original = list(b.switches)
    row = switches.encode_hidden(sensor_a, cells)
    for n in range(1, 8):
        b.set_switch(n, row[n - 1])
    b.set_switch(8, True)
    b.set_switch(8, False)
    for n in range(1, 8):  # the manual: set the switches back to their original positions
        b.set_switch(n, original[n - 1])


def test_switch_8_stores_the_cell_count_setting_and_the_real_cells_stay(make_wire):
    # The manual: "If your number of cells is not in the list, select the next higher value in the
    # list. This will not have any drawbacks." A 13-cell pack is stored as 16 cells and works as 13.
    b = SimulatedBattery(cells=13, seed=13)
    assert b.hidden_cells == 16  # the factory programmed the next higher table entry
    wire = make_wire(b)
    _store_hidden(b, 250, 13)
    assert b.hidden_cells == 16 and b.hidden_sensor_a == 250
    assert b.cell_count == 13 and len(b.cell_voltages_v) == 13
    cells = [c for c in wire.stream(3.0) if isinstance(c, CellRecord)]
    assert {c.cell_count for c in cells} == {13}  # no phantom cells 14-16
    assert {c.cell for c in cells} == set(range(1, 14))
    assert b.sensor_a == 250 and b.sensors[0].resolution_a == 1.25
    assert 13 * 3.0 < b.pack_voltage_v < 13 * 3.6
    assert b.comm_ok and not b.status1 & Status1.COMMUNICATION_ERROR
    # and the serial frame agrees
    peer = FramePeer(b)
    out = bytearray()
    peer.on_output = out.extend
    runner = SimulatorRunner(b, clock=lambda: 0.0)
    runner.attach(peer)
    runner.advance(3.0)
    frames = FrameDecoder().feed(bytes(out), 3.0)
    assert frames and {f.cell_count for f in frames} == {13}


def test_storing_another_count_changes_the_setting_not_the_pack(make_wire):
    b = SimulatedBattery(cells=16, seed=13)
    wire = make_wire(b)
    _store_hidden(b, 100, 22)  # 22 cells: the table's next value is 24
    assert b.hidden_cells == 24 and b.cell_count == 16
    assert {c.cell_count for c in wire.stream(2.0) if isinstance(c, CellRecord)} == {16}
    b.resize(22)  # the installer fits the six extra cells: now the BMS reports them
    assert b.hidden_cells == 24
    assert {c.cell_count for c in wire.stream(3.0) if isinstance(c, CellRecord)} == {22}


def test_switch_8_on_alone_stores_nothing():
    b = SimulatedBattery(cells=16, seed=13)
    row = switches.encode_hidden(50, 8)
    for n in range(1, 8):
        b.set_switch(n, row[n - 1])
    b.set_switch(8, True)
    assert b.hidden_cells == 16 and b.sensor_a == 100
    b.set_switch(8, False)
    assert b.hidden_cells == 8 and b.sensor_a == 50
    assert b.cell_count == 16  # the cells themselves stay


def test_shrinking_and_growing_keeps_the_pack_sane():
    b = SimulatedBattery(cells=16, seed=14)
    b.resize(4)
    b.step(60)
    assert b.cell_count == 4 and len(b.cell_voltages_v) == 4
    b.resize(255)
    b.step(60)
    assert b.cell_count == 255 and len(b.cell_voltages_v) == 255 and all(3.0 < v < 3.6 for v in b.cell_voltages_v)


# ---------------------------------------------------------------- chemistry, counters, time


def test_nmc_pack_sits_in_the_nmc_voltage_band():
    b = SimulatedBattery(cells=14, chemistry="NMC", seed=15)
    assert all(3.5 < v < 4.0 for v in b.cell_voltages_v)
    assert b.vbypass_v == pytest.approx(4.1)


def test_a_day_fills_history_counters_and_today_resets_at_midnight():
    b = SimulatedBattery(cells=16, seed=16, start_clock_s=0.0, past_week=False)
    b.step(86400 - 60)
    assert b.solar_today_wh > 0 and b.consumed_today_wh > 0
    history = [v for v in b.soc_history if v is not None]
    assert len(history) == 23
    b.step(120)
    assert b.solar_today_wh < 1.0 and b.solar_total_kwh > 0


def test_same_seed_same_bytes_different_seed_different_bytes(make_wire):
    def recording(seed):
        b = SimulatedBattery(cells=8, seed=seed)
        b.step(7200)
        wire = make_wire(b)
        wire.ask(commands.start_stream())
        wire.runner.advance(1.0)
        return bytes(wire.received)

    assert recording(21) == recording(21)
    assert recording(21) != recording(22)


def test_runner_speed_accelerates_simulated_time():
    b = SimulatedBattery(cells=4, seed=1)
    runner = SimulatorRunner(b, speed=3600, clock=lambda: 0.0)
    runner.advance(2.0)
    assert b.time_s == pytest.approx(7200)
    with pytest.raises(ValueError):
        runner.speed = 5000


async def test_runner_runs_in_real_time_and_stops():
    import asyncio
    import itertools
    import time

    b = SimulatedBattery(cells=4, seed=1)
    runner = SimulatorRunner(b, speed=100)
    polled = []

    class Peer:
        def poll(self, now):
            polled.append(now)

    runner.attach(Peer())
    started = time.monotonic()
    task = asyncio.get_running_loop().create_task(runner.run())
    deadline = started + 10.0
    while len(polled) < 6:  # ticks, waited for (a busy machine ticks later, not fewer times)
        assert time.monotonic() < deadline, f"only {len(polled)} ticks in 10 s"
        await asyncio.sleep(0.02)
    runner.stop()
    await asyncio.wait_for(task, 5.0)
    ended = time.monotonic()
    assert not runner.running
    # The peers are polled with the wall clock itself, a tick apart at least...
    assert started <= polled[0] <= polled[-1] <= ended
    gaps = [later - earlier for earlier, later in itertools.pairwise(polled)]
    assert min(gaps) >= runner.tick_s - 1e-6  # (the loop may fire a timer one clock tick early)
    # ...and the battery moved wall time x 100 between those polls, measured on the runner's own
    # stamps rather than on a wall time taken after stop() (a stall there said nothing about the
    # runner). A gap over 1 s counts as 1 s: the runner's guard against a laptop waking from sleep.
    # The battery is stepped every BATTERY_TICK_S of wall time, so at most that much is still owed;
    # flush() hands it over.
    expected = 100 * sum(min(gap, 1.0) for gap in gaps)
    assert expected - 100 * BATTERY_TICK_S - 1e-6 <= b.time_s <= expected + 1e-6
    runner.flush()
    assert b.time_s == pytest.approx(expected, rel=1e-9, abs=1e-6)
    assert b.time_s > 0


def test_flip_switches_moves_only_the_switches_that_differ_one_at_a_time():
    b = SimulatedBattery(cells=16, seed=13)
    row = list(switches.encode_hidden(50, 8))  # switches 1-7 for 50 A / 8 cells
    row[7] = True  # and switch 8 ON
    moved: list[tuple[bool, ...]] = []
    b.switch_listeners.append(lambda: moved.append(tuple(b.switches)))
    before = list(b.switches)
    b.flip_switches(row, range(1, 8))  # 1-7 only: switch 8 stays OFF, nothing stored
    assert b.switches[:7] == row[:7] and not b.switches[7] and b.hidden_cells == 16
    changed = sum(a != c for a, c in zip(before[:7], row[:7]))
    assert changed and len(moved) == changed  # one move per switch that differed
    # one at a time: each move changed exactly one switch
    assert all(sum(a != c for a, c in zip(x, y)) == 1 for x, y in zip([tuple(before)] + moved, moved))
    b.flip_switches(row)  # now switch 8 ON: one move
    assert len(moved) == changed + 1 and b.switches[7]
    b.flip_switches(row[:7] + [False])  # and OFF again: the hidden settings are stored
    assert b.hidden_cells == 8 and b.sensor_a == 50
    b.flip_switches(row[:7] + [False])  # already so: nothing moves
    assert len(moved) == changed + 2
