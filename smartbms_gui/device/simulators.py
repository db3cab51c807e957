"""Where the device layer and the views get a simulated battery from, without importing sim/.

The composition roots install the simulator's front (`sim/front.py`'s `SimulatorFront`): app.py for
the window, tests/conftest.py for tests that build a bridge without app.py. The views then ask
`simulators.front(...)` for a new simulated pack and `simulators.serial_of(index)` for the serial
number a pack of a simulated site shows; they never import sim/ (tests/test_dependency_direction.py).
"""

from __future__ import annotations

from typing import Any, Protocol


class SimulatorFront(Protocol):
    """What the views use of a simulated pack (sim/front.py)."""

    battery: Any
    runner: Any
    peer: Any

    @property
    def faults(self) -> Any: ...

    @property
    def serial(self) -> str | None: ...


class SimulatorFactory(Protocol):
    """The installed front class: called to build one pack, asked for a site pack's serial number."""

    def __call__(self, *, cells: int = ..., generation: Any = ..., speed: float = ..., seed: int = ...,
                 index: int | None = ..., **options: Any) -> SimulatorFront: ...

    @staticmethod
    def serial_of(index: int) -> str: ...


_installed: SimulatorFactory | None = None


def install(factory: SimulatorFactory) -> None:
    """Called once by a composition root (app.py, tests/conftest.py)."""
    global _installed
    _installed = factory


def installed() -> SimulatorFactory:
    if _installed is None:
        raise RuntimeError("no simulator installed: the composition root (app.py) calls "
                           "device.simulators.install(SimulatorFront) first")
    return _installed


def front(**options: Any) -> SimulatorFront:
    """A new simulated pack (`SimulatorFront` keywords: cells, generation, speed, seed, index, faults)."""
    return installed()(**options)


def serial_of(index: int) -> str:
    """The serial number (five digits) pack `index` (0-based) of a simulated site shows."""
    return installed().serial_of(index)
