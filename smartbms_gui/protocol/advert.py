"""BLE advertisement decoding (docs/protocol.md §1) [R]: find 123\\SmartBMS modules by the
manufacturer company id, never by name (names are missing on some systems)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from .scaling import Generation

COMPANY_BLUERADIOS = 133
COMPANY_RAYTAC = 1674
COMPANY_ALBERTRONIC = 2330
COMPANY_IDS = frozenset({COMPANY_BLUERADIOS, COMPANY_RAYTAC, COMPANY_ALBERTRONIC})


class DeviceType(IntEnum):
    TUNE = 0
    TUNE_PLUS = 1
    SMARTBMS = 2
    OFFGRID = 3
    GEN3_BLUERADIOS = 4
    TUNE_PLUS_RAYTAC = 5
    GEN3_RAYTAC = 6

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DeviceType.TUNE: "TUNE", DeviceType.TUNE_PLUS: "TUNE+", DeviceType.SMARTBMS: "SmartBMS",
    DeviceType.OFFGRID: "OFFGRID", DeviceType.GEN3_BLUERADIOS: "SmartBMS Gen3 (BlueRadios)",
    DeviceType.TUNE_PLUS_RAYTAC: "TUNE+ (Raytac)", DeviceType.GEN3_RAYTAC: "SmartBMS Gen3 (Raytac)",
}
_GEN3_TYPES = frozenset({DeviceType.GEN3_BLUERADIOS, DeviceType.TUNE_PLUS_RAYTAC, DeviceType.GEN3_RAYTAC})


@dataclass(frozen=True)
class Advert:
    company_id: int
    device_type: DeviceType | int  # an int when the type number is not one we know
    generation: Generation
    serial: str  # five zero-padded decimal digits

    @property
    def type_label(self) -> str:
        return self.device_type.label if isinstance(self.device_type, DeviceType) else f"type {self.device_type}"


def decode_advert(company_id: int, payload: bytes) -> Advert | None:
    """`payload` is the manufacturer data as bleak gives it (without the two company-id bytes).

    Returns `None` for other manufacturers or data too short to be a 123\\SmartBMS advert.
    """
    if company_id not in COMPANY_IDS:
        return None
    full = bytes([company_id & 0xFF, company_id >> 8]) + bytes(payload)
    if len(full) < 6:
        return None
    type_number = full[3]
    try:
        device_type: DeviceType | int = DeviceType(type_number)
    except ValueError:
        device_type = type_number
    generation = Generation.GEN3 if device_type in _GEN3_TYPES else Generation.GEN2
    serial = f"{int.from_bytes(full[4:6], 'big'):05d}"
    return Advert(company_id, device_type, generation, serial)


def encode_advert(device_type: int, serial: int | str, *, flags: int = 0) -> bytes:
    """The manufacturer-data payload (without company id) a module with this type and serial sends."""
    number = int(serial)
    if not 0 <= number <= 0xFFFF:
        raise ValueError("serial out of 0..65535")
    return bytes([flags & 0xFF, int(device_type) & 0xFF]) + number.to_bytes(2, "big")
