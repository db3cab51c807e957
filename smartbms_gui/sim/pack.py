"""The physics of the simulated pack's cells, apart from the BMS's logic (battery.py).

Cells are plain lists of floats (bypass: of bools), one entry a cell, stepped by list comprehensions
over zipped lists: a 255-cell pack simulates a day in seconds, and the app's start does not import
numpy for the simulator. Per step each cell integrates its own current (the pack current minus 1 A
while in bypass) against its own capacity and self-discharge; voltage = OCV(SoC) + I·R(T); each
cell warms with its I²R towards the day's ambient, and each cell board's sensor reads the cell
temperature plus the heat of its bypass resistor (the manual: "the temperature during bypass mode is
much higher than the real cell temperature"). A cell board bypasses 1 A while its cell is above
V bypass (balancing).

`CellPack` is the part of `SimulatedBattery` that holds these lists (`cell_soc`, `cell_capacity`,
`cell_resistance`, `cell_temp_true`, `board_rise`, `cell_self_discharge`, `cell_bypass`,
`cell_current_a`, `cell_voltage_true`); the battery gives it `rng`, `chemistry`, `ambient_c`,
`cell_capacity_ah`, `capacity_spread` and `vbypass_v` (a BMS setting).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

from smartbms_gui.sim.chemistry import RF_MAX, RF_MIN, RF_PER_C, RF_REFERENCE_C
from smartbms_gui.sim.profile import DAY_S

BYPASS_CURRENT_A = 1.0  # manual "Specifications": balancing current 1 A
BYPASS_BOARD_RISE_C = 20.0  # a bypassing board reads this much above its cell (manual example: +26 vs +46 °C)
BYPASS_BOARD_TAU_S = 120.0
CELL_THERMAL_TAU_S = 3 * 3600.0
CELL_THERMAL_RESISTANCE_K_PER_W = 2.0


class CellPack:
    """The cells of the pack (a base of `SimulatedBattery`; see the module text)."""

    # given by the battery
    rng: random.Random
    chemistry: Any
    ambient_c: float
    cell_capacity_ah: float
    capacity_spread: float
    cell_soc: list[float]
    cell_capacity: list[float]
    cell_resistance: list[float]
    cell_temp_true: list[float]
    board_rise: list[float]
    cell_self_discharge: list[float]
    cell_bypass: list[bool]
    cell_current_a: list[float]
    cell_voltage_true: list[float]

    @property
    def vbypass_v(self) -> float:  # the BMS's setting (battery.py)
        raise NotImplementedError

    @property
    def cell_count(self) -> int:
        return len(self.cell_soc)

    def _grow_cells(self, n: int, soc: float, soc_spread: float) -> None:
        """Add cells until there are n (new cells: seeded capacity, SoC near `soc`)."""
        old = len(self.cell_soc)
        add = n - old
        if add <= 0:
            return
        rng = self.rng

        def draws(draw: Callable[[], float]) -> list[float]:
            return [draw() for _ in range(add)]

        # the draws in this order (a seed makes the pack it always made): all capacities, then all SoCs,
        # resistances, temperatures, self-discharges
        cap = [self.cell_capacity_ah * (1.0 + g) for g in draws(lambda: rng.gauss(0.0, self.capacity_spread))]
        self.cell_capacity = [*self.cell_capacity, *cap]
        self.cell_soc = [*self.cell_soc, *[1.0 if x > 1.0 else 0.0 if x < 0.0 else x
                                           for x in [soc + g for g in draws(lambda: rng.gauss(0.0, soc_spread))]]]
        r100 = self.chemistry.resistance_ohm_100ah * 100.0
        r = [r100 / c * (1.0 + g) for c, g in zip(cap, draws(lambda: rng.gauss(0.0, 0.05)))]
        self.cell_resistance = [*self.cell_resistance, *r]
        temp = [self.ambient_c + g for g in draws(lambda: rng.gauss(0.0, 0.7))]
        self.cell_temp_true = [*self.cell_temp_true, *temp]
        self.board_rise = [*self.board_rise, *[0.0] * add]
        # self-discharge 0.5..3 % a month: the slow drift that makes balancing necessary
        sd = [d / (30 * DAY_S) for d in draws(lambda: rng.uniform(0.005, 0.03))]
        self.cell_self_discharge = [*self.cell_self_discharge, *sd]
        self.cell_bypass = [*self.cell_bypass, *[False] * add]

    def _step_cells(self, h: float, battery_a: float, clock: float) -> None:
        """`h` seconds of the pack current `battery_a` through the cells, at time of day `clock`:
        charge, heat, voltage, and which cells bypass.

        The same arithmetic, in the same order, as it was on numpy arrays (so the same floats); one
        comprehension a quantity, the constants out of the loops."""
        bypass = self.cell_bypass
        on, off = battery_a - BYPASS_CURRENT_A, battery_a - 0.0
        cell_i = [on if b else off for b in bypass]
        self.cell_current_a = cell_i
        k = h / 3600.0
        # (`for x in (expr,)`: a name for a value inside a comprehension, which Python makes a plain store)
        soc = [1.03 if x > 1.03 else 0.0 if x < 0.0 else x
               for s, i, c, d in zip(self.cell_soc, cell_i, self.cell_capacity, self.cell_self_discharge,
                                     strict=True)
               for x in (s + i * k / c - d * h,)]
        self.cell_soc = soc
        hour = (clock % DAY_S) / 3600.0
        ambient = self.ambient_c + 3.0 * math.sin(2.0 * math.pi * (hour - 9.0) / 24.0)
        # resistance_factor (chemistry.py) inline: 1 + 0.03 × (25 − T), within 0.6..4
        r = [r0 * (RF_MAX if f > RF_MAX else RF_MIN if f < RF_MIN else f)
             for r0, t in zip(self.cell_resistance, self.cell_temp_true, strict=True)
             for f in (1.0 + RF_PER_C * (RF_REFERENCE_C - t),)]
        a_cell = 1.0 - math.exp(-h / CELL_THERMAL_TAU_S)
        k_th = CELL_THERMAL_RESISTANCE_K_PER_W
        self.cell_temp_true = [t + a_cell * (ambient + i * i * rr * k_th - t)
                               for t, i, rr in zip(self.cell_temp_true, cell_i, r, strict=True)]
        a_board = 1.0 - math.exp(-h / BYPASS_BOARD_TAU_S)
        self.board_rise = [q + a_board * ((BYPASS_BOARD_RISE_C if b else 0.0) - q)
                           for q, b in zip(self.board_rise, bypass, strict=True)]
        voltage = self.chemistry.terminal_v(soc, cell_i, r)
        self.cell_voltage_true = voltage
        # a cell board bypasses 1 A while its cell is above V bypass
        vb = self.vbypass_v
        self.cell_bypass = [v > vb for v in voltage]
