"""BLE advertisement decoding (docs/protocol.md §1) [R]: find 123\\SmartBMS modules by the
manufacturer company id or by the advertised Nordic UART service UUID, never by name (names are
missing on some systems).

The generation comes from the device type; an unknown type number leaves it open (`None`) instead of
guessing, because a wrong guess scales the current wrongly (×2.5) and skips or adds Gen3 reads. The
advertised NUS UUID settles it as Gen3 (only the Gen3 Raytac module has that service, §2); otherwise
the transport settles it from the GATT layout after connecting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import IntEnum

from .scaling import Generation

COMPANY_BLUERADIOS = 133
COMPANY_RAYTAC = 1674
COMPANY_ALBERTRONIC = 2330
COMPANY_IDS = frozenset({COMPANY_BLUERADIOS, COMPANY_RAYTAC, COMPANY_ALBERTRONIC})

#: The Nordic UART service (docs/protocol.md §2), advertised by Gen3 modules in their scan response (§1).
NUS_SERVICE_UUID = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"


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
    """What one advertisement says about a module. Unknowns are `None`, never a guess."""

    company_id: int | None  # None: no manufacturer data of ours (found by its NUS UUID)
    device_type: DeviceType | int | None  # an int: a type number we do not know; None: not advertised
    generation: Generation | None  # None: not known from the advert; the GATT layout decides
    serial: str  # five zero-padded decimal digits; "" when not advertised
    nus: bool = False  # the Nordic UART service UUID was advertised

    @property
    def type_label(self) -> str:
        """The type's name; "[?]" marks a type we do not know (its generation is then in doubt)."""
        if isinstance(self.device_type, DeviceType):
            return self.device_type.label
        if self.device_type is None:
            return "type unknown [?]"
        return f"unknown type {self.device_type} [?]"


def decode_advert(company_id: int, payload: bytes) -> Advert | None:
    """`payload` is the manufacturer data as bleak gives it (without the two company-id bytes).

    Returns `None` for other manufacturers or data too short to be a 123\\SmartBMS advert. An unknown
    type number is kept, with `generation=None` (docs/protocol.md §1 lists types 0-6 only).
    """
    if company_id not in COMPANY_IDS:
        return None
    full = bytes([company_id & 0xFF, company_id >> 8]) + bytes(payload)
    if len(full) < 6:
        return None
    type_number = full[3]
    generation: Generation | None
    try:
        device_type: DeviceType | int = DeviceType(type_number)
        generation = Generation.GEN3 if device_type in _GEN3_TYPES else Generation.GEN2
    except ValueError:
        device_type, generation = type_number, None
    serial = f"{int.from_bytes(full[4:6], 'big'):05d}"
    return Advert(company_id, device_type, generation, serial)


def identify(manufacturer_data: Mapping[int, bytes], service_uuids: Iterable[str]) -> Advert | None:
    """A 123\\SmartBMS candidate from one (merged) advertisement, or None.

    Matches on our company ids (docs/protocol.md §1) or on the advertised NUS UUID ("clients match on
    the advertised NUS UUID"), never on the name. With the NUS UUID an unknown type's generation is
    Gen3 (a known type keeps its own); with the UUID alone (no or unlisted manufacturer data) type
    and serial are unknown.
    """
    nus = NUS_SERVICE_UUID in {str(uuid).lower() for uuid in service_uuids}
    advert = next((a for cid, payload in manufacturer_data.items()
                   if (a := decode_advert(cid, payload)) is not None), None)
    if advert is None:
        return Advert(None, None, Generation.GEN3, "", nus=True) if nus else None
    if nus:
        generation = Generation.GEN3 if advert.generation is None else advert.generation
        return replace(advert, nus=True, generation=generation)
    return advert


def encode_advert(device_type: int, serial: int | str, *, flags: int = 0) -> bytes:
    """The manufacturer-data payload (without company id) a module with this type and serial sends."""
    number = int(serial)
    if not 0 <= number <= 0xFFFF:
        raise ValueError("serial out of 0..65535")
    return bytes([flags & 0xFF, int(device_type) & 0xFF]) + number.to_bytes(2, "big")
