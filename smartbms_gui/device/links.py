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


def ble_link(address: str, generation: Generation | int, *, name: str = "", serial: str = "",
             **options: Any) -> Callable[[], Transport]:
    """Links to a module over Bluetooth (the OS stack, or bumble when `$SMARTBMS_BLE_BACKEND=bumble`)."""
    gen = Generation(int(generation))
    return lambda: BleTransport(address, gen, name=name, serial=serial, **options)


def serial_link(port: str, **options: Any) -> Callable[[], Transport]:
    """Links to the read-only 58-byte frame on a USB-serial adapter."""
    from smartbms_gui.transport.serial import SerialTransport

    return lambda: SerialTransport(port, **options)


def scanner(on_found: Callable[[FoundDevice], None] | None = None, **options: Any) -> BleScanner:
    return BleScanner(on_found, **options)
