"""The topics and payloads the publisher sends (pure: no network, no Qt).

Per battery (`<id>` is its serial as one topic level, `config.topic_id`):

- `<prefix>/<id>/state`: JSON in SI units (V, A, W, Wh, °C, %) with `"time"` (Unix seconds, UTC,
  when the values were taken); the warning lights and relays as booleans. QoS 1, not retained.
- `<prefix>/<id>/cells`: the cells' voltages and temperatures (cell 1 first; null = not received).
- `<prefix>/<id>/availability`: `online` while the battery's link is live, `offline` when it is lost
  (retained). `<prefix>/status` is the publisher's own (`online`; its last will `offline`).
- Home Assistant discovery: retained configs under `<discovery prefix>/<component>/smartbms_<id>/<key>/config`,
  one device per battery; both availability topics must say `online` for its entities to be available.
  An empty retained config removes an entity (`removal_messages`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.publish.config import PublishConfig, topic_id
from smartbms_gui.protocol.status import WarningLight

ONLINE = "online"
OFFLINE = "offline"
MANUFACTURER = "123electric"
MODEL = "123\\SmartBMS"

#: (JSON key, LiveState name, decimals) of the state message; power is worked out from the pack's voltage
STATE_VALUES: tuple[tuple[str, str, int], ...] = (
    ("pack_voltage_v", "pack_voltage_v", 3),
    ("battery_current_a", "battery_current_a", 3),
    ("solar_current_a", "solar_current_a", 3),
    ("load_current_a", "load_current_a", 3),
    ("soc_pct", "soc_pct", 1),
    ("stored_wh", "stored_wh", 1),
    ("lowest_cell_v", "lowest_cell_v", 3),
    ("lowest_cell", "lowest_cell", 0),
    ("highest_cell_v", "highest_cell_v", 3),
    ("highest_cell", "highest_cell", 0),
    ("lowest_temp_c", "lowest_temp_c", 1),
    ("lowest_temp_cell", "lowest_temp_cell", 0),
    ("highest_temp_c", "highest_temp_c", 1),
    ("highest_temp_cell", "highest_temp_cell", 0),
    ("cell_count", "cell_count", 0),
)
#: the warning lights' keys in `"lights"` and what each means (the discovery name)
LIGHTS: dict[WarningLight, tuple[str, str]] = {
    WarningLight.E: ("E", "Cell board communication error"),
    WarningLight.VH: ("Vh", "Cell above V max"),
    WarningLight.VL: ("Vl", "Cell below V min"),
    WarningLight.TH: ("Th", "Cell above T max"),
    WarningLight.TL: ("Tl", "Cell below T min"),
}


def state_topic(config: PublishConfig, serial: str) -> str:
    return f"{config.prefix}/{topic_id(serial)}/state"


def cells_topic(config: PublishConfig, serial: str) -> str:
    return f"{config.prefix}/{topic_id(serial)}/cells"


def availability_topic(config: PublishConfig, serial: str) -> str:
    return f"{config.prefix}/{topic_id(serial)}/availability"


def _number(value: Any, decimals: int) -> int | float | None:
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if decimals == 0 else round(float(value), decimals)


def has_values(live: LiveState) -> bool:
    """Something worth a state message: the link is up and the pack's voltage has come."""
    return live.link_up and live.get("pack_voltage_v") is not None


def state_payload(live: LiveState, t_wall: float | None = None) -> dict[str, Any]:
    """The state message's JSON object from the live model (values not received yet are left out)."""
    obj: dict[str, Any] = {"time": round(time.time() if t_wall is None else t_wall, 3)}
    get = live.get
    for key, name, decimals in STATE_VALUES:
        value = _number(get(name), decimals)
        if value is not None:
            obj[key] = value
    power = live.power_w("battery_current_a")
    if power is not None:
        obj["power_w"] = round(power, 1)
    obj["lights"] = {LIGHTS[light][0]: bool(on) for light, on in live.lights.items()}
    if live.charge_allowed is not None:
        obj["charge_allowed"] = bool(live.charge_allowed)
    if live.load_allowed is not None:
        obj["load_allowed"] = bool(live.load_allowed)
    return obj


def cells_payload(live: LiveState, t_wall: float | None = None) -> dict[str, Any]:
    """The cells' message: voltages (V) and temperatures (°C), cell 1 first, null where none arrived."""
    return {
        "time": round(time.time() if t_wall is None else t_wall, 3),
        "cell_count": len(live.cells),
        "voltages_v": [None if c.voltage_v is None else round(c.voltage_v, 3) for c in live.cells],
        "temperatures_c": [None if c.temperature_c is None else round(c.temperature_c, 1) for c in live.cells],
    }


def encode(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":"), allow_nan=False).encode()


# ---- Home Assistant discovery ---------------------------------------------------------------------

@dataclass(frozen=True)
class Entity:
    key: str
    component: str  # "sensor" | "binary_sensor"
    name: str
    template: str
    device_class: str | None = None
    state_class: str | None = None
    unit: str | None = None
    icon: str | None = None
    entity_category: str | None = None


def _sensor(key: str, name: str, json_key: str, device_class: str | None, unit: str | None,
            state_class: str | None = "measurement", icon: str | None = None) -> Entity:
    return Entity(key, "sensor", name, f"{{{{ value_json.{json_key} }}}}", device_class, state_class, unit, icon)


def _binary(key: str, name: str, expression: str, device_class: str, category: str | None = None) -> Entity:
    return Entity(key, "binary_sensor", name, f"{{{{ 'ON' if {expression} else 'OFF' }}}}", device_class,
                  entity_category=category)


ENTITIES: tuple[Entity, ...] = (
    _sensor("pack_voltage", "Pack voltage", "pack_voltage_v", "voltage", "V"),
    _sensor("battery_current", "Current", "battery_current_a", "current", "A"),
    _sensor("power", "Power", "power_w", "power", "W"),
    _sensor("soc", "State of charge", "soc_pct", "battery", "%"),
    _sensor("stored_energy", "Stored energy", "stored_wh", "energy_storage", "Wh"),
    _sensor("lowest_cell_voltage", "Lowest cell voltage", "lowest_cell_v", "voltage", "V"),
    _sensor("lowest_cell", "Lowest cell", "lowest_cell", None, None, None, "mdi:numeric"),
    _sensor("highest_cell_voltage", "Highest cell voltage", "highest_cell_v", "voltage", "V"),
    _sensor("highest_cell", "Highest cell", "highest_cell", None, None, None, "mdi:numeric"),
    _sensor("lowest_temperature", "Lowest temperature", "lowest_temp_c", "temperature", "°C"),
    _sensor("highest_temperature", "Highest temperature", "highest_temp_c", "temperature", "°C"),
    *(_binary(f"light_{json_key.lower()}", name, f"value_json.lights.{json_key}", "problem")
      for json_key, name in LIGHTS.values()),
    _binary("charge_relay", "Charge relay", "value_json.charge_allowed", "power"),
    _binary("load_relay", "Load relay", "value_json.load_allowed", "power"),
)


def discovery_topic(config: PublishConfig, serial: str, entity: Entity) -> str:
    return f"{config.discovery_prefix}/{entity.component}/smartbms_{topic_id(serial)}/{entity.key}/config"


def unique_id(serial: str, entity: Entity) -> str:
    return f"smartbms_{topic_id(serial)}_{entity.key}"


def discovery_config(config: PublishConfig, serial: str, entity: Entity, *, name: str = "") -> dict[str, Any]:
    ident = topic_id(serial)
    obj: dict[str, Any] = {
        "name": entity.name,
        "unique_id": unique_id(serial, entity),
        "object_id": f"smartbms_{ident}_{entity.key}",
        "state_topic": state_topic(config, serial),
        "value_template": entity.template,
        "availability": [{"topic": config.bridge_topic}, {"topic": availability_topic(config, serial)}],
        "availability_mode": "all",
        "payload_available": ONLINE,
        "payload_not_available": OFFLINE,
        "device": {"identifiers": [f"smartbms_{ident}"], "name": name or f"SmartBMS {serial}",
                   "manufacturer": MANUFACTURER, "model": MODEL, "serial_number": str(serial)},
        "origin": {"name": "SmartBMS Desktop"},
    }
    for key, value in (("device_class", entity.device_class), ("state_class", entity.state_class),
                       ("unit_of_measurement", entity.unit), ("icon", entity.icon),
                       ("entity_category", entity.entity_category)):
        if value is not None:
            obj[key] = value
    return obj


def discovery_messages(config: PublishConfig, serial: str, *, name: str = "") -> Iterator[tuple[str, bytes]]:
    """(topic, retained payload) of every entity of one battery."""
    for entity in ENTITIES:
        yield discovery_topic(config, serial, entity), encode(discovery_config(config, serial, entity, name=name))


def removal_messages(config: PublishConfig, serial: str) -> Iterator[tuple[str, bytes]]:
    """The empty retained messages that remove a battery's entities (and its retained availability)."""
    for entity in ENTITIES:
        yield discovery_topic(config, serial, entity), b""
    yield availability_topic(config, serial), b""
