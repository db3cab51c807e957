"""The manual's capacity advice as a calculator beside Battery capacity: cells × Ah × nominal V × 0.75.

The cell count starts from the connected pack (`set_pack_cells`) until the user changes it, so
"Use" never writes the capacity of a quarter of the pack.
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

from smartbms_gui.i18n import format_number, format_quantity
from smartbms_gui.views.settings_texts import _t

CAPACITY_ADVICE = 0.75  # the manual: take 75 % of the rated capacity for ageing and temperature
DEFAULT_CELLS = 4  # the manual's example: four 200 Ah cells × 3.2 V


class CapacityCalculator(QFrame):
    """cells × Ah × nominal V × 0.75 → Wh, rounded down to the BMS's 100 Wh step; `use` emits it."""

    use = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._cells_from_pack = True  # follow the connected pack until the user sets the count
        self.cells = QSpinBox()
        self.cells.setRange(2, 255)
        self.cells.setValue(DEFAULT_CELLS)
        self.cells.setSuffix(_t(" cells"))
        self.cells.setToolTip(_t("Number of cells in series (taken from the connected battery when it "
                                 "reports them)"))
        self.cells.valueChanged.connect(self._cells_edited)
        self.ah = QDoubleSpinBox()
        self.ah.setRange(1, 10000)
        self.ah.setDecimals(0)
        self.ah.setValue(200)
        self.ah.setSuffix(" Ah")
        self.ah.setToolTip(_t("Rated capacity of one cell (or one parallel group), in Ah"))
        self.volts = QDoubleSpinBox()
        self.volts.setRange(1.0, 5.0)
        self.volts.setDecimals(2)
        self.volts.setSingleStep(0.05)
        self.volts.setValue(3.2)
        self.volts.setSuffix(" V")
        self.volts.setToolTip(_t("Nominal cell voltage (3.2 V for LiFePO4)"))
        self.result = QLabel()
        self.result.setToolTip(_t("75 % of the rated energy, rounded to the BMS's 100 Wh steps"))
        button = QPushButton(_t("&Use"))
        button.setToolTip(_t("Put this value into Battery capacity (still pending until Apply)"))
        button.clicked.connect(lambda: self.use.emit(self.advised_wh()))
        # Two lines (the sum, then its result and Use): in one line the German texts overflow at 1366 px.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        sum_line = QHBoxLayout()
        sum_line.addWidget(QLabel(_t("75 % advice:")))
        sum_line.addWidget(self.cells)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.ah)
        sum_line.addWidget(QLabel("×"))
        sum_line.addWidget(self.volts)
        sum_line.addWidget(QLabel("× " + format_number(CAPACITY_ADVICE, 2) + " ="))
        sum_line.addStretch(1)
        result_line = QHBoxLayout()
        result_line.addWidget(self.result)
        result_line.addWidget(button)
        result_line.addStretch(1)
        layout.addLayout(sum_line)
        layout.addLayout(result_line)
        for box in (self.cells, self.ah, self.volts):
            box.valueChanged.connect(self._update)
        self._update()

    def set_pack_cells(self, count: int | None) -> None:
        """The connected pack's cell count, unless the user has set one."""
        if count is None or not self._cells_from_pack or not 2 <= count <= 255:
            return
        self.cells.blockSignals(True)
        self.cells.setValue(count)
        self.cells.blockSignals(False)
        self._update()

    def _cells_edited(self, _value: int) -> None:
        self._cells_from_pack = False

    def rated_wh(self) -> float:
        return self.cells.value() * self.ah.value() * self.volts.value()

    def advised_wh(self) -> float:
        # Round down to the capacity's 100 Wh step (2560 × 0.75 = 1920 → 1900 Wh, as the manual's example).
        return float(int(self.rated_wh() * CAPACITY_ADVICE // 100) * 100)

    def _update(self) -> None:
        self.result.setText(_t("<b>{0}</b> ({1} rated)").format(format_quantity(self.advised_wh(), "Wh", 0),
                                                               format_quantity(self.rated_wh(), "Wh", 0)))

