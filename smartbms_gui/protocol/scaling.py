"""Every conversion between raw protocol integers and physical units, in one place.

The simulator encodes with these same functions, so a conversion fixed here is fixed for both.
"""

from __future__ import annotations

from enum import IntEnum


class Generation(IntEnum):
    GEN2 = 2  # the manual's hardware, BlueRadios BLE module
    GEN3 = 3  # Raytac BLE module, Nordic UART


CELL_VOLT_PER_LSB = 0.005  # [R] raw x 5 mV

# [?] docs/protocol.md §5: the app's formula. One copy of the UART document says raw - 276 for the
# serial frame, but the maker's own serial driver uses x 0.857 - 232 too; we use this one for both.
TEMP_SLOPE = 0.857
TEMP_OFFSET = -232.1
TEMPERATURE_FORMULA = "°C = raw × 0.857 − 232.1 (both transports)"

# [?] Gen3 current scale differs from Gen2 (docs/protocol.md §5).
CURRENT_AMP_PER_LSB = {Generation.GEN2: 0.125, Generation.GEN3: 0.05}
FRAME_CURRENT_AMP_PER_LSB = 0.125  # [U] the serial frame


def cell_voltage_v(raw: int) -> float:
    return raw * CELL_VOLT_PER_LSB


def cell_voltage_raw(volts: float) -> int:
    return int(round(volts / CELL_VOLT_PER_LSB))


def temperature_c(raw: int) -> float:
    return raw * TEMP_SLOPE + TEMP_OFFSET


def temperature_raw(celsius: float) -> int:
    return int(round((celsius - TEMP_OFFSET) / TEMP_SLOPE))


def temperature_c_uart_doc(raw: int) -> float:
    """The alternative formula of one copy of the UART document; documented, not used."""
    return float(raw - 276)


def current_a(raw: int, generation: Generation = Generation.GEN2) -> float:
    return raw * CURRENT_AMP_PER_LSB[Generation(generation)]


def current_raw(amps: float, generation: Generation = Generation.GEN2) -> int:
    return int(round(amps / CURRENT_AMP_PER_LSB[Generation(generation)]))
