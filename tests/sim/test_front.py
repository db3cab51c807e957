"""The simulator's one front (sim/front.py): battery, runner and peer of one pack, and the link to it."""

from __future__ import annotations

import pytest

from smartbms_gui.device import links, simulators
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim import packs
from smartbms_gui.sim.front import SimulatorFront


def test_a_site_pack_is_the_same_battery_the_packs_module_makes():
    front = SimulatorFront(cells=8, generation=3, index=2, seed=5)
    [_, _, reference] = packs.site_batteries(3, cells=8, seed=5, generation=3)
    assert front.battery.generation is Generation.GEN3
    assert front.battery.soc_pct == pytest.approx(reference.soc_pct)
    assert list(front.battery.cell_capacity) == pytest.approx(list(reference.cell_capacity))
    assert front.serial == f"{packs.pack_serial(2):05d}" == SimulatorFront.serial_of(2)
    assert SimulatorFront(cells=8).serial is None  # the single simulator shows no site serial


def test_the_runner_polls_the_peer_and_faults_start_injected():
    front = SimulatorFront(cells=4, faults=[("cell_over_voltage", {"cell": 2, "voltage_v": 4.5})])
    assert front.runner.peers == [front.peer]
    assert front.faults is front.battery.faults
    assert front.faults.active() == {"cell_over_voltage": {"cell": 2, "voltage_v": 4.5}}
    assert SimulatorFront(cells=4, wire=None).peer is None
    with pytest.raises(ValueError):
        SimulatorFront(cells=4, wire="smoke")


def test_link_for_gives_each_attempt_a_fresh_link_to_the_peer():
    front = SimulatorFront(cells=4)
    factory = links.link_for("simulator", front)
    first, second = factory(), factory()
    assert first is not second and first.peer is second.peer is front.peer
    assert not first.is_hardware
    serial = links.link_for("serial", "/dev/ttyUSB0")
    assert serial.reconnect_backoff == links.SERIAL_RECONNECT_BACKOFF
    with pytest.raises(ValueError):
        links.link_for("carrier pigeon", "coop")


def test_the_views_factory_is_the_installed_front():
    # tests/conftest.py installs it, as app.py does for the window
    front = simulators.front(cells=4, index=1)
    assert isinstance(front, SimulatorFront)
    assert simulators.serial_of(1) == front.serial
