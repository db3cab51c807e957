"""Status bits, the manual's five warning lights, relay states and the cell colours."""

from __future__ import annotations

from enum import Enum, IntFlag


class Status1(IntFlag):
    """[R] status1 bits of the C record and the serial frame."""

    CHARGE_ALLOWED = 1 << 0
    DISCHARGE_ALLOWED = 1 << 1
    COMMUNICATION_ERROR = 1 << 2
    VMIN_EXCEEDED = 1 << 3
    VMAX_EXCEEDED = 1 << 4
    TMIN_EXCEEDED = 1 << 5
    TMAX_EXCEEDED = 1 << 6
    SOC_NOT_CALIBRATED = 1 << 7


class Status2(IntFlag):
    EARLY_WARNING = 1 << 1
    TMIN_CHARGE = 1 << 2
    TMIN_DISCHARGE = 1 << 3
    RELAY1_CLOSED = 1 << 4
    RELAY2_CLOSED = 1 << 5


class WarningLight(Enum):
    """The five lights at the top of the manual's battery details screen."""

    E = "E"  # cell board communication error
    VH = "Vh"  # a cell above V max
    VL = "Vl"  # a cell below V min
    TH = "Th"  # a cell above T max
    TL = "Tl"  # a cell below T min

    @property
    def label(self) -> str:
        return self.value


_LIGHT_BITS = {
    WarningLight.E: Status1.COMMUNICATION_ERROR,
    WarningLight.VH: Status1.VMAX_EXCEEDED,
    WarningLight.VL: Status1.VMIN_EXCEEDED,
    WarningLight.TH: Status1.TMAX_EXCEEDED,
    WarningLight.TL: Status1.TMIN_EXCEEDED,
}


def warning_lights(status1: int) -> dict[WarningLight, bool]:
    return {light: bool(status1 & bit) for light, bit in _LIGHT_BITS.items()}


def status1_for_lights(lights: dict[WarningLight, bool], *, charge_allowed: bool, load_allowed: bool,
                       soc_calibrated: bool = True) -> int:
    """The status1 byte for a set of lights and relay states (the simulator's encoder)."""
    value = 0
    for light, on in lights.items():
        if on:
            value |= _LIGHT_BITS[light]
    if charge_allowed:
        value |= Status1.CHARGE_ALLOWED
    if load_allowed:
        value |= Status1.DISCHARGE_ALLOWED
    if not soc_calibrated:
        value |= Status1.SOC_NOT_CALIBRATED
    return int(value)


def relays(status1: int) -> tuple[bool, bool]:
    """(charge allowed, load allowed): the CHARGE and LOAD relay states."""
    return bool(status1 & Status1.CHARGE_ALLOWED), bool(status1 & Status1.DISCHARGE_ALLOWED)


class CellState(Enum):
    """The manual's cell colours: green in range, yellow balancing, red out of range."""

    OK = "ok"
    BALANCING = "balancing"
    OUT_OF_RANGE = "out_of_range"


def cell_state(voltage_v: float, vmin_v: float | None, vmax_v: float | None, vbypass_v: float | None,
               temperature_c: float | None = None, tmin_c: float | None = None,
               tmax_c: float | None = None) -> CellState:
    """Out of range beats balancing: a cell above V max is red even though it also bypasses."""
    if vmax_v is not None and voltage_v >= vmax_v:
        return CellState.OUT_OF_RANGE
    if vmin_v is not None and voltage_v <= vmin_v:
        return CellState.OUT_OF_RANGE
    if temperature_c is not None:
        if tmax_c is not None and temperature_c > tmax_c:
            return CellState.OUT_OF_RANGE
        if tmin_c is not None and temperature_c < tmin_c:
            return CellState.OUT_OF_RANGE
    if vbypass_v is not None and voltage_v > vbypass_v:
        return CellState.BALANCING
    return CellState.OK
