"""Why the CHARGE and LOAD relays are where they are, from the status bits and the manual's algorithm.

The manual's "Algorithm" tables (normal mode; critical mode only opens on faults):

    charge off:  a cell ≥ V max (Vh) · all cells ≥ V bypass (pack full) · a cell < T min / > T max (Tl/Th)
                 · no cell communication (E)
    charge on:   all cells < V bypass AND SoC < charge restart AND temperatures in range AND communication
    load off:    a cell ≤ V min (Vl) · a cell < T min / > T max · no cell communication
    load on:     all cells > V min AND SoC ≥ discharge restart AND temperatures in range AND communication

Between the two columns a relay keeps its state (the manual's anti-toggling gap), so a relay that is
off with no light lit is explained by where the pack is in that gap: full and waiting for the SoC to
drop below charge restart, or emptied and waiting for it to climb to discharge restart. Neither is a
fault: a full pack is what charging is for. A lit light is a fault and says which one.

The BMS does not report *why* a relay is off; this module infers it from what it does report, says
so where it has to guess ("probably"), and never calls an unexplained state normal.
Pure: no Qt, no I/O. Texts are `Message`s (the views translate them).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from smartbms_gui.messages import Message, Quantity
from smartbms_gui.protocol.status import Status1, Status2


class Severity(enum.Enum):
    ON = "on"  # the relay allows charging / discharging
    NORMAL = "normal"  # off for a reason that is part of normal use (a full pack)
    WAITING = "waiting"  # off after a protection that has cleared, waiting to restart (an emptied pack)
    FAULT = "fault"  # off because a warning light is lit (or no reason can be seen)
    UNKNOWN = "unknown"  # not reported yet


@dataclass(frozen=True)
class RelayReason:
    allowed: bool | None
    severity: Severity
    text: Message

    @property
    def is_fault(self) -> bool:
        return self.severity is Severity.FAULT


@dataclass(frozen=True)
class RelayFacts:
    """What the BMS reported, as far as the relays are concerned (None: not known)."""

    status1: int | None
    status2: int | None = None
    soc_pct: float | None = None
    lowest_cell_v: float | None = None
    highest_cell_v: float | None = None
    vmin_v: float | None = None
    vmax_v: float | None = None
    vbypass_v: float | None = None
    charge_restart_pct: float | None = None
    discharge_restart_pct: float | None = None
    critical_mode: bool | None = None  # None on Gen2 (option switch 5 is not reported)

    @classmethod
    def from_live(cls, live: Any) -> RelayFacts:
        """The facts from a `device.model.LiveState`."""
        settings = live.settings
        vmin, vmax, vbypass = live.thresholds()
        voltages = [c.voltage_v for c in live.cells if c.voltage_v is not None]
        lowest = live.get("lowest_cell_v")
        highest = live.get("highest_cell_v")
        if lowest is None and voltages:
            lowest = min(voltages)
        if highest is None and voltages:
            highest = max(voltages)
        critical = settings.get("critical_mode")
        return cls(status1=live.get("status1"), status2=live.get("status2"), soc_pct=live.get("soc_pct"),
                   lowest_cell_v=lowest, highest_cell_v=highest, vmin_v=vmin, vmax_v=vmax, vbypass_v=vbypass,
                   charge_restart_pct=settings.get("charge_restart_pct"),
                   discharge_restart_pct=settings.get("discharge_restart_pct"),
                   critical_mode=None if critical is None else bool(critical))


def _volts(value: float | None) -> Any:
    return Quantity(float(value), "V", 2) if value is not None else Message("(not reported)")


def _pct(value: float | None) -> Any:
    return Quantity(round(float(value)), "%", 0) if value is not None else Message("(not reported)")


def _shared_faults(facts: RelayFacts, *, charge: bool) -> Message | None:
    """The lights that open both relays (E, Th, Tl), most serious first; None when none is lit."""
    status1 = int(facts.status1 or 0)
    status2 = int(facts.status2 or 0)
    if status1 & Status1.COMMUNICATION_ERROR:
        return Message("Off: the cell boards stopped reporting (E light). Back on when every cell reports "
                       "again; check the cell-board cables.")
    if status1 & Status1.TMAX_EXCEEDED:
        return Message("Off: a cell is above T max (Th light). Back on when all cells are below it.")
    tmin_bit = Status2.TMIN_CHARGE if charge else Status2.TMIN_DISCHARGE
    if status1 & Status1.TMIN_EXCEEDED or status2 & tmin_bit:
        if charge:
            return Message("Off: a cell is below T min for charging (Tl light). Back on when all cells are "
                           "warmer.")
        return Message("Off: a cell is below T min for discharging (Tl light). Back on when all cells are "
                       "warmer.")
    return None


def charge_reason(facts: RelayFacts) -> RelayReason:
    """The CHARGE relay ("allowed to charge") and why."""
    if facts.status1 is None:
        return RelayReason(None, Severity.UNKNOWN, Message("Not reported yet"))
    status1 = int(facts.status1)
    if status1 & Status1.CHARGE_ALLOWED:
        return RelayReason(True, Severity.ON, Message("On: charging allowed"))
    fault = _shared_faults(facts, charge=True)
    if fault is not None:
        return RelayReason(False, Severity.FAULT, fault)
    if status1 & Status1.VMAX_EXCEEDED:
        return RelayReason(False, Severity.FAULT, Message(
            "Off: a cell is at or above V max {vmax} (Vh light). Back on when all cells are below it.",
            vmax=_volts(facts.vmax_v)))
    if facts.critical_mode:
        return RelayReason(False, Severity.FAULT, Message(
            "Off, although no warning light is lit (critical mode opens it only on a fault): check the "
            "cells on Battery details."))
    restart = facts.charge_restart_pct
    full = (facts.lowest_cell_v is not None and facts.vbypass_v is not None
            and facts.lowest_cell_v >= facts.vbypass_v)
    if full:
        return RelayReason(False, Severity.NORMAL, Message(
            "Off: pack full, all cells at V bypass {vbypass}; back on below charge restart {restart} "
            "(now {soc}).", vbypass=_volts(facts.vbypass_v), restart=_pct(restart), soc=_pct(facts.soc_pct)))
    if restart is not None and facts.soc_pct is not None and facts.soc_pct >= restart:
        return RelayReason(False, Severity.NORMAL, Message(
            "Off: the pack was full; back on below charge restart {restart} (now {soc}).",
            restart=_pct(restart), soc=_pct(facts.soc_pct)))
    return RelayReason(False, Severity.WAITING, Message(
        "Off, no warning light lit: probably the pack was full and is waiting for charge restart {restart} "
        "(or a restart delay).", restart=_pct(restart)))


def load_reason(facts: RelayFacts) -> RelayReason:
    """The LOAD relay ("allowed to discharge") and why."""
    if facts.status1 is None:
        return RelayReason(None, Severity.UNKNOWN, Message("Not reported yet"))
    status1 = int(facts.status1)
    if status1 & Status1.DISCHARGE_ALLOWED:
        return RelayReason(True, Severity.ON, Message("On: discharging allowed"))
    fault = _shared_faults(facts, charge=False)
    if fault is not None:
        return RelayReason(False, Severity.FAULT, fault)
    restart = facts.discharge_restart_pct
    if status1 & Status1.VMIN_EXCEEDED:
        return RelayReason(False, Severity.FAULT, Message(
            "Off: a cell is at or below V min {vmin} (Vl light): the pack is empty. Charge it; back on when "
            "all cells are above V min and the SoC reaches discharge restart {restart}.",
            vmin=_volts(facts.vmin_v), restart=_pct(restart)))
    if facts.critical_mode:
        return RelayReason(False, Severity.FAULT, Message(
            "Off, although no warning light is lit (critical mode opens it only on a fault): check the "
            "cells on Battery details."))
    if restart is not None and facts.soc_pct is not None and facts.soc_pct < restart:
        return RelayReason(False, Severity.WAITING, Message(
            "Off: the pack was emptied; back on when the SoC reaches discharge restart {restart} (now {soc}).",
            restart=_pct(restart), soc=_pct(facts.soc_pct)))
    return RelayReason(False, Severity.WAITING, Message(
        "Off, no warning light lit: probably the pack was emptied and is waiting for discharge restart "
        "{restart} (or a restart delay).", restart=_pct(restart)))
