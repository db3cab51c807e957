"""App preferences (not BMS settings): last device, theme, language, units, prevent auto-lock, simulator,
the recordings limits, the site (several packs: `device.site.Site`, stored as its JSON object).

Stored as a small JSON file in the user's config folder (platformdirs) so that this module needs no
Qt and can be read by the CLI too. The PIN is never stored here: it is typed on every connect.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from smartbms_gui import files

log = logging.getLogger(__name__)

APP_NAME = "SmartBMS Desktop"
APP_AUTHOR = "SmartBMS"
FILE_NAME = "preferences.json"

THEMES = ("system", "light", "dark")
UNITS = ("metric", "imperial")  # imperial: temperatures in °F; everything electrical stays SI


@dataclass
class LastDevice:
    """What the user connected to last: enough to offer it again at start."""

    kind: str = "simulator"  # "simulator" | "ble" | "serial"
    address: str = ""  # BLE address / serial port; empty for the simulator
    name: str = ""  # what the picker showed ("123\\SmartBMS 03330")
    generation: int | None = 2  # None: not known yet (a BLE module of unknown type)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Preferences:
    theme: str = "system"
    language: str = "system"  # "system" or a code like "en", "nl", "de"
    units: str = "metric"
    prevent_auto_lock: bool = False
    show_simulator: bool = True
    last_device: LastDevice | None = None  # None: never chose a device → start on the simulator
    window_geometry: str = ""  # hex of QMainWindow.saveGeometry()
    site: dict = field(default_factory=dict)  # device.site.Site.to_dict(): the packs the Site page reopens
    #: the recordings folder's limits (0 = none): the oldest recordings go first (device/recording_store.py)
    recordings_max_mb: int = 1000
    recordings_max_days: int = 365
    extra: dict = field(default_factory=dict)  # keys from newer versions, kept untouched

    @property
    def first_run(self) -> bool:
        return self.last_device is None


def default_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / FILE_NAME


def _from_dict(data: dict) -> Preferences:
    prefs = Preferences()
    known = {f.name for f in dataclasses.fields(Preferences)} - {"extra", "last_device"}
    for key, value in data.items():
        if key in known and isinstance(value, type(getattr(prefs, key))):
            setattr(prefs, key, value)
        elif key not in known and key != "last_device":
            prefs.extra[key] = value
    if prefs.theme not in THEMES:
        prefs.theme = "system"
    if prefs.units not in UNITS:
        prefs.units = "metric"
    if isinstance(prefs.recordings_max_mb, bool) or prefs.recordings_max_mb < 0:
        prefs.recordings_max_mb = Preferences.recordings_max_mb
    if isinstance(prefs.recordings_max_days, bool) or prefs.recordings_max_days < 0:
        prefs.recordings_max_days = Preferences.recordings_max_days
    device = data.get("last_device")
    if isinstance(device, dict):
        fields_ = {f.name for f in dataclasses.fields(LastDevice)}
        try:
            prefs.last_device = LastDevice(**{k: v for k, v in device.items() if k in fields_})
        except TypeError:
            prefs.last_device = None
    return prefs


def load(path: Path | None = None) -> Preferences:
    """Read the preferences; a missing or damaged file gives the defaults (and is logged, not fatal)."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences file %s unreadable (%s); using defaults", path, exc)
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    return _from_dict(data)


def save(prefs: Preferences, path: Path | None = None) -> None:
    """Write atomically (a crash mid-write must not lose the old file)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dataclasses.asdict(prefs)
    extra = data.pop("extra")
    data.update({k: v for k, v in extra.items() if k not in data})
    files.write_text(path, json.dumps(data, indent=2, sort_keys=True))


#: Preferences → Units: how stored °C are shown, (unit, scale, offset): shown = °C × scale + offset
TEMPERATURE_UNITS = {"metric": ("°C", 1.0, 0.0), "imperial": ("°F", 9.0 / 5.0, 32.0)}


def temperature_in(celsius: float, units: str) -> float:
    """A stored °C in the units chosen ("metric" or "imperial"; anything else: °C)."""
    _unit, scale, offset = TEMPERATURE_UNITS.get(units, TEMPERATURE_UNITS["metric"])
    return celsius * scale + offset


def fahrenheit(celsius: float) -> float:
    return temperature_in(celsius, "imperial")


def format_temperature(celsius: float | None, units: str) -> str:
    if celsius is None:
        return "–"
    if units == "imperial":
        return f"{fahrenheit(celsius):+.0f} °F"
    return f"{celsius:+.0f} °C"
