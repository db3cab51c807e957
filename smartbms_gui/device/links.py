"""Ready-made transport factories for a `DeviceSession`, so the views never touch `transport/`.

A session calls its factory anew for every (re)connect attempt, so each attempt gets a fresh link.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.base import Transport
from smartbms_gui.transport.loopback import BLE_CHUNK, LoopbackTransport

if TYPE_CHECKING:
    from smartbms_gui.transport.ble import BleScanner, FoundDevice

# transport/ble.py (and with it bleak, ~0.1 s of CPU) is imported on the first use of Bluetooth, not
# at the window's start: a start on the simulator or the serial cable never needs it
# (benchmarks/bench_startup.py). `links.FoundDevice` etc. still work, through __getattr__.
_BLE_NAMES = ("BleScanner", "BleTransport", "FoundDevice", "selected_backend")


def __getattr__(name: str) -> Any:
    if name in _BLE_NAMES:
        from smartbms_gui.transport import ble

        return getattr(ble, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "SERIAL_RECONNECT_BACKOFF",
    "FoundDevice",
    "ble_link",
    "link_for",
    "prepare_platform",
    "scanner",
    "selected_backend",  # noqa: F822 - through __getattr__ (imports bleak on first use)
    "serial_link",
    "simulator_link",
]


def simulator_link(peer: Any, *, chunk_size: int | None = BLE_CHUNK, description: str = "Simulator",
                   runner: Any = None) -> Callable[[], Transport]:
    """Links to an in-process simulator peer; output cut like BLE notifications by default.
    `runner`: started by each link when it opens and stopped when it closes (the command line);
    None when the simulator outlives its links (the window runs it itself)."""
    return lambda: LoopbackTransport(peer, runner, description, chunk_size=chunk_size)


def link_for(kind: str, target: Any, *, generation: Generation | int | None = None, name: str = "",
             serial: str = "", description: str | None = None, drive_runner: bool = False,
             **options: Any) -> Callable[[], Transport]:
    """The one choice of link, for the window's bridge and the command line alike.

    kind "simulator": `target` is a simulator front (sim/front.py, through device/simulators.py):
    its `peer` is linked, and with `drive_runner` each link runs its `runner` while open;
    "ble": `target` is the module's address (`generation` None: the module's services settle it);
    "serial": `target` is the port of the read-only frame.
    """
    if kind == "simulator":
        return simulator_link(target.peer, description=description or "Simulator",
                              runner=target.runner if drive_runner else None, **options)
    if kind == "ble":
        return ble_link(str(target), generation, name=name, serial=serial, **options)
    if kind == "serial":
        return serial_link(str(target), **options)
    raise ValueError(f"unknown kind of link {kind!r}: simulator, ble or serial")


def ble_link(address: str, generation: Generation | int | None, *, name: str = "", serial: str = "",
             **options: Any) -> Callable[[], Transport]:
    """Links to a module over Bluetooth (the OS stack, or bumble when `$SMARTBMS_BLE_BACKEND=bumble`).
    `generation=None` (an unknown device type, or an address typed in): the module's services settle
    it after connecting and the session follows (`DeviceSession.on_generation`)."""
    gen = None if generation is None else Generation(int(generation))

    def factory() -> Transport:
        from smartbms_gui.transport.ble import BleTransport

        return BleTransport(address, gen, name=name, serial=serial, **options)

    return factory


#: Reconnect pacing a serial link asks of its session: a replugged USB cable is back within a
#: second or two, and retrying a local port costs nothing (unlike a BLE radio), so the window
#: shows data again soon after the plug goes back in.
SERIAL_RECONNECT_BACKOFF = {"initial_s": 0.5, "maximum_s": 2.0}


def serial_link(port: str, **options: Any) -> Callable[[], Transport]:
    """Links to the read-only 58-byte frame on a USB-serial adapter.

    The session reconnects (a new transport per attempt), so the transport's own reopen loop is
    off unless asked for; the factory carries `reconnect_backoff`, which `DeviceSession` honours
    as an upper bound on its reconnect delays.
    """
    from smartbms_gui.transport.serial import SerialTransport

    settings = {"auto_reopen": False, **options}

    def factory() -> Transport:
        return SerialTransport(port, **settings)

    # DeviceSession reads this attribute of the factory (a function attribute the checker does not know)
    factory.reconnect_backoff = dict(SERIAL_RECONNECT_BACKOFF)  # type: ignore[attr-defined]
    return factory


def scanner(on_found: Callable[[FoundDevice], None] | None = None, **options: Any) -> BleScanner:
    from smartbms_gui.transport.ble import BleScanner

    return BleScanner(on_found, **options)


def prepare_platform() -> None:
    """Call once at app start, before any Qt window (transport.ble.prepare_platform: bleak's WinRT
    backend and Qt's STA main thread); imports bleak only on Windows, where it is needed then."""
    if sys.platform == "win32":
        from smartbms_gui.transport.ble import prepare_platform as prepare

        prepare()
