"""The physics of the simulated pack's cells, apart from the BMS's logic (battery.py).

Cells are numpy arrays so a 255-cell pack simulates a day in seconds. Per step each cell integrates
its own current (the pack current minus 1 A while in bypass) against its own capacity and self-
discharge; voltage = OCV(SoC) + I·R(T); each cell warms with its I²R towards the day's ambient, and
each cell board's sensor reads the cell temperature plus the heat of its bypass resistor (the manual:
"the temperature during bypass mode is much higher than the real cell temperature"). A cell board
bypasses 1 A while its cell is above V bypass (balancing).

`CellPack` is the part of `SimulatedBattery` that holds these arrays (`cell_soc`, `cell_capacity`,
`cell_resistance`, `cell_temp_true`, `board_rise`, `cell_self_discharge`, `cell_bypass`,
`cell_current_a`, `cell_voltage_true`); the battery gives it `rng`, `chemistry`, `ambient_c`,
`cell_capacity_ah`, `capacity_spread` and `vbypass_v` (a BMS setting).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

import numpy as np

from smartbms_gui.sim.chemistry import resistance_factor
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
    cell_soc: np.ndarray
    cell_capacity: np.ndarray
    cell_resistance: np.ndarray
    cell_temp_true: np.ndarray
    board_rise: np.ndarray
    cell_self_discharge: np.ndarray
    cell_bypass: np.ndarray
    cell_current_a: np.ndarray
    cell_voltage_true: np.ndarray

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

        def draws(draw: Callable[[], float]) -> np.ndarray:
            return np.array([draw() for _ in range(add)])

        cap = self.cell_capacity_ah * (1.0 + draws(lambda: rng.gauss(0.0, self.capacity_spread)))
        self.cell_capacity = np.concatenate([self.cell_capacity, cap])
        self.cell_soc = np.concatenate([self.cell_soc, np.clip(soc + draws(lambda: rng.gauss(0.0, soc_spread)),
                                                               0.0, 1.0)])
        r = self.chemistry.resistance_ohm_100ah * 100.0 / cap * (1.0 + draws(lambda: rng.gauss(0.0, 0.05)))
        self.cell_resistance = np.concatenate([self.cell_resistance, r])
        temp = self.ambient_c + draws(lambda: rng.gauss(0.0, 0.7))
        self.cell_temp_true = np.concatenate([self.cell_temp_true, temp])
        self.board_rise = np.concatenate([self.board_rise, np.zeros(add)])
        # self-discharge 0.5..3 % a month: the slow drift that makes balancing necessary
        sd = draws(lambda: rng.uniform(0.005, 0.03)) / (30 * DAY_S)
        self.cell_self_discharge = np.concatenate([self.cell_self_discharge, sd])
        self.cell_bypass = np.concatenate([self.cell_bypass, np.zeros(add, dtype=bool)])

    def _step_cells(self, h: float, battery_a: float, clock: float) -> None:
        """`h` seconds of the pack current `battery_a` through the cells, at time of day `clock`:
        charge, heat, voltage, and which cells bypass."""
        cell_i = battery_a - BYPASS_CURRENT_A * self.cell_bypass
        self.cell_current_a = cell_i
        self.cell_soc = np.clip(
            self.cell_soc + cell_i * (h / 3600.0) / self.cell_capacity - self.cell_self_discharge * h, 0.0, 1.03)
        hour = (clock % DAY_S) / 3600.0
        ambient = self.ambient_c + 3.0 * math.sin(2.0 * math.pi * (hour - 9.0) / 24.0)
        rf = resistance_factor(self.cell_temp_true)
        r = self.cell_resistance * rf
        heat_w = cell_i * cell_i * r
        a_cell = 1.0 - math.exp(-h / CELL_THERMAL_TAU_S)
        self.cell_temp_true += a_cell * (ambient + heat_w * CELL_THERMAL_RESISTANCE_K_PER_W - self.cell_temp_true)
        a_board = 1.0 - math.exp(-h / BYPASS_BOARD_TAU_S)
        self.board_rise += a_board * (BYPASS_BOARD_RISE_C * self.cell_bypass - self.board_rise)
        self.cell_voltage_true = self.chemistry.ocv(self.cell_soc) + cell_i * r
        # a cell board bypasses 1 A while its cell is above V bypass
        self.cell_bypass = self.cell_voltage_true > self.vbypass_v
