"""The settings of a site's packs side by side, and what copying one pack's settings to others would
write (issue 19). Pure: no Qt, no I/O.

Rows come from the parameter table (protocol/params.py), once per setting any pack's generation has.
The PIN is never compared or copied (each pack keeps its own), nor are actions and read-only
settings (V bypass is set with switches). A value a pack did not report is `None` and makes no
difference by itself: only reported values are compared.

The writes themselves go through each pack's `DeviceSession.write_settings` (validated, written one
by one and read back), so a copy is exactly an Apply on each target pack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from smartbms_gui.protocol import params
from smartbms_gui.protocol.params import Parameter, UnknownCode
from smartbms_gui.protocol.scaling import Generation


@dataclass(frozen=True)
class PackSettings:
    key: str
    name: str
    generation: Generation
    values: Mapping[str, Any]  # LiveState.settings: what this connection read (or wrote)
    writable: bool = True  # False: a read-only link (the serial cable) or not connected


@dataclass(frozen=True)
class SettingRow:
    param: Parameter
    values: Mapping[str, Any]  # pack key → value (None: not reported / not on that generation)
    differs: bool  # two packs reported different values
    copyable: bool  # the setting can be copied at all (not the PIN, an action or read-only)

    @property
    def name(self) -> str:
        return self.param.name

    def differs_from(self, key: str, reference: str) -> bool:
        """This pack's value differs from the reference pack's (both reported)."""
        mine, theirs = self.values.get(key), self.values.get(reference)
        return mine is not None and theirs is not None and not _same(self.param, mine, theirs)


def _same(param: Parameter, a: Any, b: Any) -> bool:
    if isinstance(a, UnknownCode) or isinstance(b, UnknownCode):
        return a == b
    if param.kind == "number" and isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < max(1e-9, float(param.step) / 1000)
    return a == b


def _copyable(param: Parameter) -> bool:
    return param.kind not in ("pin", "action") and not param.read_only


def compare_settings(packs: Sequence[PackSettings]) -> list[SettingRow]:
    """One row per setting of the packs' generations, in the table's order; the PIN left out."""
    generations = {p.generation for p in packs}
    rows = []
    for param in params.PARAMETERS:
        if param.kind == "pin" or param.kind == "action" or not generations & set(param.generations):
            continue
        values = {p.key: (p.values.get(param.name) if p.generation in param.generations else None)
                  for p in packs}
        known = [v for v in values.values() if v is not None]
        differs = any(not _same(param, known[0], v) for v in known[1:])
        rows.append(SettingRow(param, values, differs, _copyable(param)))
    return rows


def copy_plan(rows: Sequence[SettingRow], source: PackSettings, targets: Sequence[PackSettings],
              names: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """For each target pack the settings to write so that it holds the source's values: only the
    copyable settings the source reported (not an unknown code), that the target's generation has,
    and whose value differs there (`names` limits it to those settings)."""
    wanted = None if names is None else set(names)
    plan: dict[str, dict[str, Any]] = {}
    for target in targets:
        changes: dict[str, Any] = {}
        for row in rows:
            param = row.param
            if not row.copyable or (wanted is not None and param.name not in wanted):
                continue
            value = row.values.get(source.key)
            if value is None or isinstance(value, UnknownCode) or target.generation not in param.generations:
                continue
            current = target.values.get(param.name)
            if current is not None and _same(param, current, value):
                continue
            changes[param.name] = value
        plan[target.key] = changes
    return plan
