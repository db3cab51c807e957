"""`--generation`: the simulator plays the one given (default 2); over Bluetooth an unspecified
generation is left to the module's services (the transport settles it after connecting), and a
given one is kept."""

from __future__ import annotations

from smartbms_gui.cli.device import device_choice, transport_factory
from smartbms_gui.cli.entry_point import build_parser
from smartbms_gui.protocol.scaling import Generation


def _choice(*argv):
    args = build_parser().parse_args(["settings", "get", *argv])
    return args, device_choice(args)


def test_bluetooth_without_generation_leaves_it_to_the_module():
    args, choice = _choice("--ble", "AA:BB:CC:DD:EE:FF")
    assert not choice.generation_given and choice.generation is Generation.GEN2  # provisional
    transport = transport_factory(choice, args)()
    assert transport.generation is None  # settled from the GATT layout on open()


def test_a_given_generation_is_kept():
    args, choice = _choice("--ble", "AA:BB:CC:DD:EE:FF", "--generation", "3")
    assert choice.generation_given and transport_factory(choice, args)().generation is Generation.GEN3
    _, sim = _choice("--simulator")
    assert sim.generation is Generation.GEN2
    _, sim3 = _choice("--simulator", "--generation", "3")
    assert sim3.generation is Generation.GEN3
