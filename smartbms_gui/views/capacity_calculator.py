"""The manual's capacity advice as a calculator beside Battery capacity: cells × Ah × nominal V × 0.75.

The cell count comes from the connected battery (until the user changes it) and the nominal voltage
from its chemistry (the Gen3 setting; a Gen2 BMS does not report one, so LiFePO4's 3.2 V is taken and
said so). The Ah of one cell is the user's to type: until it is typed (and the cell count is known)
there is no advice and "Use" stays off, so no made-up figure reaches the form.

The BMS counts the SoC as stored energy ÷ capacity and sets it right only when the pack is next full
(the manual, "SOC calculation"), so a new capacity moves the SoC until then: the calculator says by how
much before you Apply, and warns when the new capacity is below the energy stored now (the SoC would
stick at 100 %).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.protocol import params
from smartbms_gui.views.settings_texts import _t
from smartbms_gui.views.translator import format_number, format_quantity

CAPACITY_ADVICE = 0.75  # the manual: take 75 % of the rated capacity for ageing and temperature
UNKNOWN_CELLS = 1  # the spin box's "not known" value (shown as a word, below the BMS's 2 cells)


class CapacityCalculator(QFrame):
    """cells × Ah × nominal V × 0.75 → Wh, rounded down to the BMS's 100 Wh step; `use` emits it."""

    use = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._cells_from_pack = True  # follow the connected pack until the user sets the count
        self._volts_from_pack = True  # follow the chemistry until the user sets the voltage
        self._stored_wh: float | None = None
        self._capacity_wh: float | None = None
        self.cells = QSpinBox()
        self.cells.setRange(UNKNOWN_CELLS, 255)
        self.cells.setSpecialValueText(_t("? cells"))
        self.cells.setValue(UNKNOWN_CELLS)
        self.cells.setSuffix(_t(" cells"))
        self.cells.setToolTip(_t("Number of cells in series (taken from the connected battery when it "
                                 "reports them)"))
        self.cells.valueChanged.connect(self._cells_edited)
        self.ah = QDoubleSpinBox()
        self.ah.setRange(0, 10000)
        self.ah.setDecimals(0)
        self.ah.setSpecialValueText(_t("type Ah"))
        self.ah.setValue(0)
        self.ah.setSuffix(" Ah")
        self.ah.setToolTip(_t("Rated capacity of one cell (or one parallel group), in Ah: printed on the "
                              "cell"))
        self.volts = QDoubleSpinBox()
        self.volts.setRange(1.0, 5.0)
        self.volts.setDecimals(2)
        self.volts.setSingleStep(0.05)
        self.volts.setValue(params.CHEMISTRY_NOMINAL_V[params.LIFEPO4])
        self.volts.setSuffix(" V")
        self.volts.setToolTip(_t("Nominal cell voltage, from the battery's cell chemistry"))
        self.volts.valueChanged.connect(self._volts_edited)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.result = QLabel()
        self.result.setToolTip(_t("75 % of the rated energy, rounded to the BMS's 100 Wh steps"))
        self.use_button = QPushButton(_t("&Use"))
        self.use_button.setToolTip(_t("Put this value into Battery capacity (still pending until Apply)"))
        self.use_button.clicked.connect(lambda: self.use.emit(self.advised_wh()))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        # Lines: the heading; the sum; where its numbers come from; the result and Use; what it does to
        # the SoC. In one line the German texts overflow at 1366 px, and the heading beside the sum
        # made the German form scroll sideways at the window's smallest size.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addWidget(QLabel(_t("75 % advice:")))
        sum_line = QHBoxLayout()
        sum_line.addWidget(self.cells)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.ah)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.volts)
        sum_line.addWidget(QLabel("× " + format_number(CAPACITY_ADVICE, 2) + " ="))
        sum_line.addStretch(1)
        result_line = QHBoxLayout()
        result_line.addWidget(self.result)
        result_line.addWidget(self.use_button)
        result_line.addStretch(1)
        layout.addLayout(sum_line)
        layout.addWidget(self.source)
        layout.addLayout(result_line)
        layout.addWidget(self.effect)
        for box in (self.cells, self.ah, self.volts):
            box.valueChanged.connect(self._update)
        self.set_chemistry(None, generation=2)

    # -- from the battery ---------------------------------------------------------------------------
    def set_pack_cells(self, count: int | None) -> None:
        """The connected pack's cell count, unless the user has set one."""
        if count is None or not self._cells_from_pack or not 2 <= count <= 255:
            return
        self.cells.blockSignals(True)
        self.cells.setValue(count)
        self.cells.blockSignals(False)
        self._update()

    def set_chemistry(self, code: int | None, *, generation: int) -> None:
        """The nominal voltage from the battery's chemistry (Gen3); Gen2 reports none: LiFePO4, said so."""
        nominal = params.CHEMISTRY_NOMINAL_V.get(code) if code is not None else None
        if code is None:
            if int(generation) >= 3:
                text = _t("3.2 V per cell: LiFePO4 until the battery reports its cell chemistry.")
            else:
                text = _t("3.2 V per cell: LiFePO4 assumed (a Gen2 BMS does not report its cell chemistry). "
                          "For other cells type their nominal voltage.")
            nominal = params.CHEMISTRY_NOMINAL_V[params.LIFEPO4]
        elif nominal is None:
            text = _t("Cell chemistry \"Other\": type the nominal voltage of your cells.")
        else:
            label = params.parameter("chemistry").choice_label(code)
            text = _t("{0} per cell: the battery's cell chemistry is {1}.").format(
                format_quantity(nominal, "V", 1), _t(label))
        if self._volts_from_pack and nominal is not None:
            self.volts.blockSignals(True)
            self.volts.setValue(nominal)
            self.volts.blockSignals(False)
        if not self._volts_from_pack:
            text = _t("Nominal voltage as you typed it.")
        self.source.setText(text)
        self._update()

    def set_energy(self, stored_wh: float | None, capacity_wh: float | None) -> None:
        """The energy the BMS has counted and the capacity it holds now, to say what Use does to the SoC."""
        self._stored_wh, self._capacity_wh = stored_wh, capacity_wh
        self._update()

    # -- the user's edits ---------------------------------------------------------------------------
    def _cells_edited(self, _value: int) -> None:
        self._cells_from_pack = False

    def _volts_edited(self, _value: float) -> None:
        self._volts_from_pack = False
        self.source.setText(_t("Nominal voltage as you typed it."))

    # -- the sum ------------------------------------------------------------------------------------
    def complete(self) -> bool:
        return self.cells.value() != UNKNOWN_CELLS and self.ah.value() > 0

    def rated_wh(self) -> float:
        if not self.complete():
            return 0.0
        return self.cells.value() * self.ah.value() * self.volts.value()

    def advised_wh(self) -> float:
        # Round down to the capacity's 100 Wh step (2560 × 0.75 = 1920 → 1900 Wh, as the manual's example).
        return float(int(self.rated_wh() * CAPACITY_ADVICE // 100) * 100)

    def soc_after(self, capacity_wh: float) -> float | None:
        """The SoC the BMS shows with `capacity_wh` until its next full charge (stored ÷ capacity)."""
        if self._stored_wh is None or capacity_wh <= 0:
            return None
        return min(100.0, 100.0 * self._stored_wh / capacity_wh)

    def _update(self) -> None:
        ok = self.complete() and self.advised_wh() >= 100
        self.use_button.setEnabled(ok)
        if not self.complete():
            missing = (_t("Type the Ah of one cell.") if self.ah.value() <= 0
                       else _t("Set the number of cells (connect to read it from the battery)."))
            self.result.setText(missing)
            self.effect.setText("")
            self.effect.setVisible(False)
            return
        self.result.setText(_t("<b>{0}</b> ({1} rated)").format(format_quantity(self.advised_wh(), "Wh", 0),
                                                               format_quantity(self.rated_wh(), "Wh", 0)))
        self.effect.setText(self._effect_text(self.advised_wh()))
        self.effect.setVisible(bool(self.effect.text()))

    def _effect_text(self, new_wh: float) -> str:
        """What the new capacity does to the SoC until the next full charge."""
        if self._capacity_wh is None or self._stored_wh is None or abs(new_wh - self._capacity_wh) < 1:
            return ""
        now = self.soc_after(self._capacity_wh)
        then = self.soc_after(new_wh)
        if now is None or then is None:
            return ""
        if self._stored_wh > new_wh:
            return _t("Careful: the battery holds {0} now, more than {1}: with this capacity its SoC "
                      "would stick at 100 % and count wrongly until the pack is next full.").format(
                format_quantity(self._stored_wh, "Wh", 0), format_quantity(new_wh, "Wh", 0))
        return _t("With this capacity the SoC would read about {0} instead of {1} until the pack is next "
                  "full, when the BMS sets it to 100 % again.").format(
            format_quantity(then, "%", 0), format_quantity(now, "%", 0))
