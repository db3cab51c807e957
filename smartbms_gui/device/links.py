"""Ready-made transport factories for a `DeviceSession`, so the views never touch `transport/`.

A session calls its factory anew for every (re)connect attempt, so each attempt gets a fresh link.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.base import Transport
from smartbms_gui.transport.ble import (
    BleScanner,
    BleTransport,
    FoundDevice,
    prepare_platform,
    selected_backend,
)
from smartbms_gui.transport.loopback import BLE_CHUNK, LoopbackTransport

__all__ = [
    "SERIAL_RECONNECT_BACKOFF",
    "FoundDevice",
    "ble_link",
    "prepare_platform",
    "scanner",
    "selected_backend",
    "serial_link",
    "simulator_link",
]


def simulator_link(peer: Any, *, chunk_size: int | None = BLE_CHUNK, description: str = "Simulator"
                   ) -> Callable[[], Transport]:
    """Links to an in-process simulator peer; output cut like BLE notifications by default."""
    return lambda: LoopbackTransport(peer, description=description, chunk_size=chunk_size)


def ble_link(address: str, generation: Generation | int | None, *, name: str = "", serial: str = "",
             **options: Any) -> Callable[[], Transport]:
    """Links to a module over Bluetooth (the OS stack, or bumble when `$SMARTBMS_BLE_BACKEND=bumble`).
    `generation=None` (an unknown device type, or an address typed in): the module's services settle
    it after connecting and the session follows (`DeviceSession.on_generation`)."""
    gen = None if generation is None else Generation(int(generation))
    return lambda: BleTransport(address, gen, name=name, serial=serial, **options)


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
    return BleScanner(on_found, **options)
