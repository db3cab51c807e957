"""Helpers for the report tests: run `smartbms` in-process, read a PDF back with pypdf, simulated
batteries with a fault or another PIN (the CLI builds its simulator from the module attributes at
run time, so a test swaps in its own class)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf

from smartbms_gui.cli.entry_point import main
from smartbms_gui.sim import ascii_peer
from smartbms_gui.sim import battery as sim_battery

#: 64 cells a message (the real BMS sends 8): a 255-cell pack goes round in four messages, so a test
#: of a few seconds sees every cell
FAST_CELLS_PER_MESSAGE = 64


@dataclass
class Pdf:
    pages: list[str]  # each page's text, whitespace made single spaces

    @property
    def text(self) -> str:
        return " ".join(self.pages)


def read_pdf(path: Path) -> Pdf:
    reader = pypdf.PdfReader(str(path))
    return Pdf([" ".join(page.extract_text().split()) for page in reader.pages])


def run_cli(*args: str) -> int:
    return main([str(a) for a in args])


def fast_rotation(monkeypatch) -> None:
    class FastPeer(ascii_peer.AsciiPeer):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.cells_per_message = FAST_CELLS_PER_MESSAGE

    monkeypatch.setattr(ascii_peer, "AsciiPeer", FastPeer)


def battery_class(monkeypatch, *, pin: str | None = None, fault: tuple[str, dict] | None = None,
                  clear_after_s: float | None = None) -> None:
    """The CLI's simulator becomes a battery with this PIN and/or this fault from the start (cleared
    after `clear_after_s` simulated seconds when given)."""
    base = sim_battery.SimulatedBattery

    class Battery(base):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            if pin is not None:
                self.set_setting("pin", pin)
            if fault is not None and clear_after_s is None:
                self.faults.inject(fault[0], **fault[1])
            elif fault is not None:
                self.faults.schedule(self.time_s, fault[0], duration_s=clear_after_s, **fault[1])

    monkeypatch.setattr(sim_battery, "SimulatedBattery", Battery)
