"""Settings backups as JSON text: what `dump_settings` writes, `load_settings` reads back and checks.

The file holds a schema version, the device it came from (generation, serial, firmware) and the
settings by parameter name. The PIN is never written; read-only values (V bypass) are kept apart
as a record of the switches, not as something to restore. Pure: text in, text out (the caller
reads and writes the file).

    {
      "schema_version": 1,
      "application": "SmartBMS Desktop",
      "device": {"generation": 3, "serial": "01234", "firmware": "3.3.11"},
      "settings": {"vmin_v": 2.8, "vmax_v": 3.65, ...},
      "read_only": {"vbypass_v": 3.5}
    }
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smartbms_gui.protocol.messages import Joined, Label, Message
from smartbms_gui.protocol.params import PARAMETERS, UnknownCode, ValidationIssue, parameter, validate
from smartbms_gui.protocol.scaling import Generation

SCHEMA_VERSION = 1
APPLICATION = "SmartBMS Desktop"
_TOP_LEVEL_KEYS = {"schema_version", "application", "device", "settings", "read_only", "note"}
_NEVER_SAVED_KINDS = ("pin", "action")


class SettingsFileError(ValueError):
    """The file cannot be used; `problems` lists every reason, each one a sentence (a `Message`).

    Its text is a `Message` too, so a view shows it translated (`i18n.translate_message(exc)`).
    """

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__(Message("This settings file cannot be loaded:\n- {problems}",
                                 problems=Joined(self.problems, "\n- ")))


@dataclass(frozen=True)
class DeviceMeta:
    generation: Generation | None = None
    serial: str | None = None
    firmware: str | None = None


@dataclass(frozen=True)
class SettingsFile:
    values: dict[str, Any]  # writable settings, by parameter name
    device: DeviceMeta
    read_only: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[ValidationIssue, ...] = ()
    note: str = ""
    schema_version: int = SCHEMA_VERSION


def _meta_dict(meta: DeviceMeta | Mapping[str, Any] | None) -> dict[str, Any]:
    if meta is None:
        return {"generation": None, "serial": None, "firmware": None}
    if isinstance(meta, DeviceMeta):
        meta = {"generation": meta.generation, "serial": meta.serial, "firmware": meta.firmware}
    generation = meta.get("generation")
    return {
        "generation": None if generation is None else int(generation),
        "serial": None if meta.get("serial") is None else str(meta.get("serial")),
        "firmware": None if meta.get("firmware") is None else str(meta.get("firmware")),
    }


def not_saved(values: Mapping[str, Any]) -> dict[str, str]:
    """Settings `dump_settings` leaves out although the device holds them, with the reason (for a notice).

    A value the BMS does not report (None) has nothing to restore; an unknown raw value
    (`UnknownCode`) could never be loaded back, since the app never writes one.
    """
    reasons: dict[str, str] = {}
    for name, value in values.items():
        if value is None:
            reasons[name] = "not reported by the BMS"
        elif isinstance(value, UnknownCode):
            reasons[name] = f"the BMS holds an unknown value ({value.raw})"
    return reasons


def dump_settings(values: Mapping[str, Any], meta: DeviceMeta | Mapping[str, Any] | None = None,
                  *, note: str = "") -> str:
    """JSON text for `values`. The PIN and actions are left out; unknown names are an error.

    Values the BMS does not report (None) and unknown raw values are left out too (`not_saved`).
    """
    unknown = [name for name in values if name not in {p.name for p in PARAMETERS}]
    if unknown:
        raise SettingsFileError([Message("Unknown setting {name} cannot be saved.", name=repr(name))
                                 for name in unknown])
    settings: dict[str, Any] = {}
    read_only: dict[str, Any] = {}
    skipped = not_saved(values)
    for param in PARAMETERS:  # table order keeps files diffable
        if param.name not in values or param.kind in _NEVER_SAVED_KINDS or param.name in skipped:
            continue
        value = values[param.name]
        if param.kind == "number":
            value = round(float(param.quantise(value)), param.decimals)
            if param.decimals == 0:
                value = int(value)
        elif param.kind == "bool":
            value = bool(value)
        (read_only if param.read_only else settings)[param.name] = value
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "application": APPLICATION,
        "device": _meta_dict(meta),
        "settings": settings,
    }
    if read_only:
        document["read_only"] = read_only
    if note:
        document["note"] = note
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load_settings(text: str) -> SettingsFile:
    """Parse and check a settings file; raises SettingsFileError naming every problem."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise SettingsFileError([Message("It is not a settings file (not valid JSON: {error}).",
                                         error=str(exc))]) from None
    if not isinstance(document, dict):
        raise SettingsFileError([Message("It is not a settings file (the top level is not a JSON object).")])
    version = document.get("schema_version")
    if version is None:
        raise SettingsFileError([Message("It is not a settings file of this app (no schema_version).")])
    if version != SCHEMA_VERSION:
        if isinstance(version, int) and version > SCHEMA_VERSION:
            problem = Message("The file has schema version {version}; it was written by a newer version of "
                              "the app; update the app.", version=repr(version))
        else:
            problem = Message("The file has schema version {version}; this app reads version {supported}.",
                              version=repr(version), supported=SCHEMA_VERSION)
        raise SettingsFileError([problem])

    problems: list[str] = []
    for key in document:
        if key not in _TOP_LEVEL_KEYS:
            problems.append(Message("Unknown section {key} in the file.", key=repr(key)))
    device = _load_device(document.get("device"), problems)
    values = _load_section(document.get("settings"), "settings", problems, read_only=False)
    read_only = _load_section(document.get("read_only", {}), "read_only", problems, read_only=True)
    if problems:
        raise SettingsFileError(problems)

    issues = validate({**read_only, **values}, generation=device.generation)
    errors = [i.message for i in issues if i.is_error]
    if errors:
        raise SettingsFileError(errors)
    note = document.get("note", "")
    return SettingsFile(values=values, device=device, read_only=read_only,
                        warnings=tuple(i for i in issues if not i.is_error),
                        note=note if isinstance(note, str) else "")


def _load_device(raw: Any, problems: list[str]) -> DeviceMeta:
    if raw is None:
        return DeviceMeta()
    if not isinstance(raw, dict):
        problems.append(Message("The 'device' section must be an object."))
        return DeviceMeta()
    generation = raw.get("generation")
    if generation is not None:
        try:
            generation = Generation(generation)
        except ValueError:
            problems.append(Message("Unknown BMS generation {generation} in the 'device' section (2 or 3).",
                                    generation=repr(generation)))
            generation = None
    serial, firmware = raw.get("serial"), raw.get("firmware")
    return DeviceMeta(generation, None if serial is None else str(serial),
                      None if firmware is None else str(firmware))


def _load_section(raw: Any, section: str, problems: list[str], *, read_only: bool) -> dict[str, Any]:
    if raw is None:
        problems.append(Message("The file has no '{section}' section.", section=section))
        return {}
    if not isinstance(raw, dict):
        problems.append(Message("The '{section}' section must be an object of name: value.", section=section))
        return {}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        try:
            param = parameter(name)
        except KeyError:
            problems.append(Message("Unknown setting {name}: this version of the app does not know it, so "
                                    "the file was not loaded rather than silently dropping it.",
                                    name=repr(name)))
            continue
        if param.kind == "pin":
            problems.append(Message("The file contains a PIN; PINs are never stored in settings files. "
                                    "Remove the 'pin' entry."))
            continue
        if param.kind == "action":
            # (the label quoted as repr() quotes it: no action's label holds an apostrophe)
            problems.append(Message("'{label}' is an action, not a setting; remove it from the file.",
                                    label=Label(param.label)))
            continue
        if param.read_only != read_only:
            where = "read_only" if param.read_only else "settings"
            problems.append(Message("{label} ({name}) belongs in the '{section}' section.",
                                    label=Label(param.label), name=repr(name), section=where))
            continue
        values[name] = value
    return values
