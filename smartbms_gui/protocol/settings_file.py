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
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smartbms_gui.protocol.messages import Joined, Label, Message, Quantity, prefixed
from smartbms_gui.protocol.params import (
    PARAMETERS,
    Parameter,
    UnknownCode,
    ValidationIssue,
    parameter,
    validate,
)
from smartbms_gui.protocol.scaling import Generation

SCHEMA_VERSION = 1
APPLICATION = "SmartBMS Desktop"
_TOP_LEVEL_KEYS = {"schema_version", "application", "device", "settings", "read_only", "note"}
_NEVER_SAVED_KINDS = ("pin", "action")
#: the largest settings file read: a backup holds about 2 kB, so more is not a settings file
MAX_FILE_BYTES = 1_000_000
#: digits a number in a file may have: no setting needs more than 7 (a 16-bit value), and Python refuses
#: to read an integer of 4,300 digits or more
_MAX_DIGITS = 30
#: how deep objects and lists may nest: a settings file nests two deep
_MAX_DEPTH = 20
#: how many unknown names (or problems) a message lists before it counts the rest
_NAMED = 5
_SHOWN_PROBLEMS = 20


class SettingsFileError(ValueError):
    """The file cannot be used; `problems` lists every reason, each one a sentence (a `Message`).

    Its text is a `Message` too, so a view shows it translated (`i18n.translate_message(exc)`).
    """

    def __init__(self, problems: Sequence[str]):
        problems = list(problems)
        if len(problems) > _SHOWN_PROBLEMS:  # a hostile file must not make a message of megabytes
            rest = len(problems) - _SHOWN_PROBLEMS
            problems = problems[:_SHOWN_PROBLEMS] + [Message("… and {count} more problems.", count=rest)]
        self.problems = problems
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
    """Parse and check a settings file; raises SettingsFileError naming every problem.

    Every value is checked before anything is returned: a file with one bad value (a null, a text
    where a number belongs, a number out of range) is refused whole, so nothing of it is written.
    """
    document = _parse(text)
    if not isinstance(document, dict):
        raise SettingsFileError([Message("It is not a settings file (the top level is not a JSON object).")])
    version = document.get("schema_version")
    if version is None:
        raise SettingsFileError([Message("It is not a settings file of this app (no schema_version).")])
    if version != SCHEMA_VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
            problem = Message("The file has schema version {version}; it was written by a newer version of "
                              "the app; update the app.", version=short_text(version))
        else:
            problem = Message("The file has schema version {version}; this app reads version {supported}.",
                              version=short_text(version), supported=SCHEMA_VERSION)
        raise SettingsFileError([problem])

    problems: list[str] = []
    unknown_sections = [key for key in document if key not in _TOP_LEVEL_KEYS]
    for key in unknown_sections[:_NAMED]:
        problems.append(Message("Unknown section {key} in the file.", key=repr(_cut(key))))
    if len(unknown_sections) > _NAMED:
        problems.append(Message("… and {count} more unknown sections.", count=len(unknown_sections) - _NAMED))
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
                                    generation=short_text(generation)))
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
    unknown: list[str] = []
    for name, value in raw.items():
        try:
            param = parameter(name)
        except KeyError:
            unknown.append(name)
            continue
        if param.secret:
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
        problem = _value_problem(param, value)
        if problem is not None:
            problems.append(problem)
            continue
        values[name] = value
    for name in unknown[:_NAMED]:  # the first few by name, the rest counted (a hostile file has 200,000)
        problems.append(Message("Unknown setting {name}: this version of the app does not know it, so "
                                "the file was not loaded rather than silently dropping it.",
                                name=repr(_cut(name))))
    if len(unknown) > _NAMED:
        problems.append(Message("… and {count} more unknown settings.", count=len(unknown) - _NAMED))
    return values


def _value_problem(param: Parameter, value: Any) -> Message | None:
    """What is wrong with one value of a file on its own: a null, a text or a list where a value
    belongs, or what the table refuses (range, step). Each value is named in a bounded text."""
    if value is None:
        return prefixed(param.label, Message("the file holds null, which is no value; give a value or "
                                             "remove the line to leave the setting as it is"))
    if isinstance(value, (str, list, dict)) or (param.kind != "bool" and isinstance(value, bool)):
        return prefixed(param.label, Message("{value} is not a value this setting takes",
                                             value=short_text(value)))
    return param.problem(value)


def short_text(value: Any, limit: int = 40) -> str:
    """`value` as JSON text, cut to `limit` characters: a message names it without repeating a huge one."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return _cut(text, limit)


def _cut(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _BadNumber(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise _BadNumber(text)
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(text)
    return value


def _refused_constant(text: str) -> Any:
    raise _BadNumber(text)  # NaN, Infinity, -Infinity: Python reads them, JSON has no such numbers


def _parse(text: str) -> Any:
    """The JSON document, or SettingsFileError: not JSON, too large, nested too deep, or a number no
    setting could hold (1e400, NaN, 4,300 digits) named in one short line."""
    if not isinstance(text, str):
        raise SettingsFileError([Message("It is not a settings file (not valid JSON: {error}).",
                                         error="not text")])
    if len(text) > MAX_FILE_BYTES:
        raise SettingsFileError([Message("It is not a settings file: it is larger than {limit} (a settings "
                                         "file holds a few kilobytes).", limit=Quantity(MAX_FILE_BYTES / 1_000_000,
                                                                                       "MB"))])
    if _nesting(text) > _MAX_DEPTH:
        raise SettingsFileError([Message("It is not a settings file: its objects and lists nest more than "
                                         "{depth} deep.", depth=_MAX_DEPTH)])
    try:
        return json.loads(text, parse_int=_bounded_int, parse_float=_finite_float,
                          parse_constant=_refused_constant)
    except _BadNumber as exc:
        raise SettingsFileError([Message("The file holds the number {number}, which no setting can take (too "
                                         "large, or not a finite number).",
                                         number=_cut(exc.text))]) from None
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise SettingsFileError([Message("It is not a settings file (not valid JSON: {error}).",
                                         error=_cut(str(exc), 120))]) from None


def _nesting(text: str) -> int:
    """How deep `[` and `{` nest outside strings (counted without parsing, so a hostile file cannot
    exhaust the parser's recursion)."""
    if text.count("[") + text.count("{") <= _MAX_DEPTH:
        return 0
    deepest = depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > _MAX_DEPTH:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest
