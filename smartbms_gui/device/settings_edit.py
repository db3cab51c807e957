"""One edit of the BMS settings, without Qt: what the Settings page and `smartbms settings set/load` share.

`SettingsEdit` holds

- the device's values as read from the battery (`device`) and the facts of the connection they came
  over (`LinkFacts`: connected, writable, real hardware or the simulator, serial number, firmware,
  generation), which travel with the connection state into the model;
- the pending edits (`edits`, name → value) and the problems with what was typed (`problems`, given
  by whoever parsed the text: the window's editors, the command line's parser);
- one `Check` of them, worked out once per change of any of these and kept until the next: the
  validation (`params.validate` over the device's values with the writable edits laid over them, so
  the cross-field rules see both sides), the diff (`params.diff`) and which changes this link can
  write and which it holds back, and why (`why_not`: read-only, not reported by this BMS, the serial
  cable, an unpublished address on a real BMS). Held-back changes never block the rest;
- one write batch (`apply`) through the session's write-then-read-back path
  (`DeviceSession.write_settings`, or anything with its signature, such as the window's bridge):
  a write cut half-way stops the batch, the record is read back and the result says what the
  battery holds (device/write_outcome.py); the session keeps its own last check before sending;
- the results: one `WriteResult` per setting written, delivered with the settings held back to every
  listener (`add_listener`) as one `ApplyOutcome`, and kept in `results` until the next Apply.

After a batch the edits that were written are dropped; an edit that failed stays pending with the
value asked for (nothing typed is lost), and a single write (`apply_one`: **Write again** /
**Restore old value** under a cut row) leaves the other pending edits as they were.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from smartbms_gui.device.client import WriteResult
from smartbms_gui.messages import Message
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation

# Why a setting cannot be written over this link (rows left out of a file or an Apply are grouped by it).
READ_ONLY, NOT_REPORTED, SERIAL, UNPUBLISHED = "read_only", "not_reported", "serial", "unpublished"

#: the settings the app knows (and may save, validate and write)
KNOWN = frozenset(p.name for p in params.PARAMETERS)

#: kinds of setting that are written but never reported or compared (no place in cross-field rules)
WRITE_ONLY_KINDS = ("pin", "action")

Writer = Callable[[dict[str, Any]], "Awaitable[list[WriteResult]] | list[WriteResult]"]


@dataclass(frozen=True)
class LinkFacts:
    """What the connection says about itself, for the settings: whether it can write at all (the serial
    cable cannot), whether it reaches a real BMS (unpublished addresses are then refused), and which
    battery it is (serial number, firmware code as the live model shows it, generation)."""

    connected: bool = False
    writable: bool = True
    hardware: bool = False
    serial: str | None = None
    firmware: str | None = None
    generation: Generation = Generation.GEN2

    @classmethod
    def of(cls, session: Any = None, live: Any = None, *, connected: bool = False, serial: Any = None,
           previous: LinkFacts | None = None) -> LinkFacts:
        """The facts of `session`'s open link and `live`'s model. Without a link (not connected, or a
        link being replaced) writable and hardware stay as `previous` had them: the last link seen."""
        previous = previous or cls()
        transport = getattr(session, "transport", None) if session is not None else None
        writable, hardware = previous.writable, previous.hardware
        if transport is not None:
            writable, hardware = bool(transport.writable), bool(transport.is_hardware)
        firmware = live.get("firmware") if live is not None and hasattr(live, "get") else None
        generation: Any = getattr(live, "generation", None)
        if generation is None:
            generation = getattr(session, "generation", None) or previous.generation
        return cls(connected=connected, writable=writable, hardware=hardware,
                   serial=None if serial in (None, "") else str(serial),
                   firmware=None if firmware is None else str(firmware), generation=Generation(int(generation)))


@dataclass(frozen=True)
class Refusal:
    """A pending change this link does not write: the change, the kind of reason and the reason."""

    change: params.Change
    kind: str
    reason: Any  # a Message (the English words; the views may say it their own way by `kind`)


@dataclass(frozen=True)
class Check:
    """Everything one state of the edit says, worked out once (`SettingsEdit.check`)."""

    #: the pending edits the check saw (name → value) and the problems with typed text (name → text)
    edits: dict[str, Any]
    problems: dict[str, Any]
    #: what writing the edits would change, in table order (old → new)
    changes: list[params.Change]
    #: the changes this link writes, and those it holds back with the reason (they never block the rest)
    writable: list[params.Change]
    refused: list[Refusal]
    #: the validation issues that concern a writable change (errors block the Apply, warnings are shown)
    issues: list[params.ValidationIssue]

    @property
    def held(self) -> dict[str, list[str]]:
        """The held-back changes' names by reason kind."""
        held: dict[str, list[str]] = {}
        for refusal in self.refused:
            held.setdefault(refusal.kind, []).append(refusal.change.name)
        return held

    @property
    def errors(self) -> list[params.ValidationIssue]:
        return [i for i in self.issues if i.is_error]

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or bool(self.errors)

    @property
    def can_apply(self) -> bool:
        return bool(self.writable) and not self.has_errors

    @property
    def batch(self) -> dict[str, Any]:
        """The one write batch: name → new value of every writable change."""
        return {c.name: c.new for c in self.writable}


@dataclass(frozen=True)
class ApplyOutcome:
    """One Apply: one result per setting written (in the order written), and what was held back."""

    results: list[WriteResult]
    #: the settings of this Apply (or of a loaded file) this link did not write, by reason kind
    held: dict[str, list[str]] = field(default_factory=dict)
    #: the write failed as a whole (no result per setting): the error
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and all(r.ok for r in self.results)


class SettingsEdit:
    """The device's values, the pending edits, one check of them, one write batch and its results."""

    def __init__(self, device: Mapping[str, Any] | None = None, facts: LinkFacts | None = None, *,
                 rewrite: bool = False) -> None:
        self.device: dict[str, Any] = dict(device or {})
        self.facts: LinkFacts = facts or LinkFacts()
        #: an edit equal to what the battery holds is written all the same (`smartbms settings set`
        #: writes what it is told); the window writes only what differs
        self.rewrite = rewrite
        self.edits: dict[str, Any] = {}
        self.problems: dict[str, Any] = {}
        #: name → the last Apply's result for it
        self.results: dict[str, WriteResult] = {}
        #: a batch is being written (edits typed meanwhile are not taken: the results decide them)
        self.writing = False
        #: a loaded file's values this link cannot write (name → value): the next Apply names them again
        self.file_held: dict[str, Any] = {}
        self._check: Check | None = None
        self._dirty = True  # an input changed since the last check
        self._listeners: list[Callable[[ApplyOutcome], None]] = []

    # -- listeners ------------------------------------------------------------------------------
    def add_listener(self, listener: Callable[[ApplyOutcome], None]) -> None:
        """`listener(ApplyOutcome)` after every batch: the one channel the results come through."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[ApplyOutcome], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- the inputs -----------------------------------------------------------------------------
    def set_device(self, values: Mapping[str, Any]) -> None:
        """The battery's values as read (a read, a read-back, a reconnect)."""
        values = dict(values)
        if values != self.device:
            self.device = values
            self._dirty = True

    def set_facts(self, facts: LinkFacts) -> None:
        if facts != self.facts:
            self.facts = facts
            self._dirty = True

    def set_edits(self, edits: Mapping[str, Any], problems: Mapping[str, Any] | None = None) -> None:
        """All pending edits at once (name → value), and the problems with typed text (name → text).
        Ignored while a batch is written: its results decide what stays pending."""
        if self.writing:
            return
        edits, problems = dict(edits), dict(problems or {})
        if edits != self.edits or problems != self.problems:
            self.edits, self.problems = edits, problems
            self._dirty = True

    def edit(self, name: str, value: Any) -> None:
        """One pending edit (`params.parameter(name)` must know it)."""
        params.parameter(name)
        self.set_edits({**self.edits, name: value}, {k: v for k, v in self.problems.items() if k != name})

    def revert(self) -> None:
        """Drop every pending edit, the loaded file's held values and the last results."""
        self.file_held = {}
        self.results = {}
        self.set_edits({}, {})

    def hold_file_values(self, values: Mapping[str, Any]) -> None:
        """A loaded file's values that this link cannot write: the next Apply names them again."""
        self.file_held = dict(values)

    # -- what this link can write ---------------------------------------------------------------
    def why_not(self, param: params.Parameter) -> tuple[str, Any]:
        """(kind, reason) when `param` cannot be written over this link; ("", None) when it can.
        The reason is the parameter table's (`params.write_target`), or the serial cable's."""
        if param.read_only:
            return READ_ONLY, self._target_refusal(param)
        if params.not_reported(param, self.device):
            return NOT_REPORTED, params.not_reported_reason(param)
        if not self.facts.writable:
            return SERIAL, Message("The serial link is read-only.")
        reason = self._target_refusal(param)
        if reason is not None:
            return UNPUBLISHED, reason
        return "", None

    def _target_refusal(self, param: params.Parameter) -> Any:
        try:
            params.write_target(param, hardware=self.facts.hardware, current=self.device)
        except params.NotWritable as exc:
            return exc.reason
        return None

    # -- the check ------------------------------------------------------------------------------
    def check(self) -> Check:
        """Validation, diff and what this link writes, worked out once for the present inputs. While a
        batch is written it stays the batch's check (values read back meanwhile are checked after it)."""
        if self._check is None or (self._dirty and not self.writing):
            self._check = self._work_out()
            self._dirty = False
        return self._check

    def _work_out(self) -> Check:
        changes = params.diff(self.device, self.edits)
        if self.rewrite:
            listed = {c.name for c in changes}
            changes += [params.Change(n, self.device.get(n), v) for n, v in self.edits.items()
                        if n not in listed and v is not None and not (n in self.device and self.device[n] is None)]
        writable: list[params.Change] = []
        refused: list[Refusal] = []
        for change in changes:
            kind, reason = self.why_not(change.parameter)
            if kind:
                refused.append(Refusal(change, kind, reason))
            else:
                writable.append(change)
        issues: list[params.ValidationIssue] = []
        if writable:
            # The whole set (cross-field rules need both sides); what concerns a writable change is kept.
            merged = {k: v for k, v in self.device.items() if k in KNOWN}
            merged.update({c.name: c.new for c in writable})
            names = {c.name for c in writable}
            issues = [i for i in params.validate(merged, generation=self.facts.generation)
                      if any(n in names for n in i.names)]
        return Check(dict(self.edits), dict(self.problems), changes, writable, refused, issues)

    def held_with_file(self, held: Mapping[str, list[str]]) -> dict[str, list[str]]:
        """`held` with the loaded file's values this link cannot write that still differ from the
        battery: an Apply names every value of the file that did not reach it, and why."""
        merged = {kind: list(names) for kind, names in held.items()}
        for name, value in self.file_held.items():
            if name not in KNOWN:
                continue
            kind, _reason = self.why_not(params.parameter(name))
            if kind and (kind == NOT_REPORTED or params.diff(self.device, {name: value})) and \
                    name not in merged.get(kind, []):
                merged.setdefault(kind, []).append(name)
        return merged

    # -- writing --------------------------------------------------------------------------------
    async def apply(self, write: Writer) -> ApplyOutcome | None:
        """Write the one batch of the present check through `write` (`DeviceSession.write_settings`);
        None when there is nothing to write, an error blocks it or a batch is being written."""
        check = self.check()
        if self.writing or not check.can_apply:
            return None
        held = self.held_with_file(check.held)
        self.file_held = {}  # (said once: the next Apply has only its own)
        return await self._write(write, check.batch, held, keep={})

    async def apply_one(self, write: Writer, name: str, value: Any) -> ApplyOutcome | None:
        """Write one value now (a cut write's **Write again** or **Restore old value**, asked for by a
        person): the other pending edits wait and stay pending."""
        param = params.parameter(name)
        if self.writing or self.why_not(param)[0]:
            return None
        keep = {n: v for n, v in self.edits.items()
                if n != name and params.parameter(n).kind not in WRITE_ONLY_KINDS}
        return await self._write(write, {name: value}, {}, keep=keep)

    async def _write(self, write: Writer, batch: dict[str, Any], held: dict[str, list[str]], *,
                     keep: dict[str, Any]) -> ApplyOutcome:
        self.writing = True
        self.results = {}
        try:
            answer = write(dict(batch))
            results = list(await answer if inspect.isawaitable(answer) else answer)
        except Exception as exc:  # noqa: BLE001 - told through the one channel, like every result
            self.writing, self._dirty = False, True
            outcome = ApplyOutcome([], held, error=exc)
            self._tell(outcome)
            return outcome
        finally:
            if self.writing:  # (the batch's task was cancelled)
                self.writing, self._dirty = False, True
        self.results = {r.name: r for r in results}
        device = dict(self.device)
        for r in results:  # what the battery holds now (read back; a cut write not read back: unknown)
            param = params.parameter(r.name) if r.name in KNOWN else None
            if param is None or not param.readable:
                continue
            if r.value is not None:
                device[r.name] = r.value
            elif r.halts_batch:
                device.pop(r.name, None)
        self.device = device
        # What was written is no longer pending; what failed stays, with the value asked for.
        still = dict(keep)
        still.update({r.name: r.requested for r in results
                      if not r.ok and r.name in KNOWN and params.parameter(r.name).kind not in WRITE_ONLY_KINDS})
        self.edits, self.problems, self._dirty = still, {}, True
        outcome = ApplyOutcome(results, held)
        self._tell(outcome)
        return outcome

    def _tell(self, outcome: ApplyOutcome) -> None:
        for listener in list(self._listeners):
            listener(outcome)
