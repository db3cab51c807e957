"""Adding a pack to the site: its link (simulator, USB serial port, Bluetooth address) and its name.

Bad input is refused in the dialog with the reason beside the field (a link already in the site, an
address missing); nothing is added until the input is usable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.site import PackLink, Site, SiteError, default_pack_name
from smartbms_gui.views import theme
from smartbms_gui.views.translator import translate_message

BLE_ADDRESS = r"([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5})|([0-9A-Fa-f-]{36})"  # MAC, or a macOS UUID


class AddPackDialog(QDialog):
    """`link()` and `name()` once accepted."""

    def __init__(self, site: Site, parent: QWidget | None = None, *,
                 list_serial_ports: Callable[[], list] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a pack"))
        self.site = site
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Simulator"), "simulator")
        self.kind.addItem(self.tr("Bluetooth address"), "ble")
        self.kind.addItem(self.tr("USB serial port (read-only)"), "serial")
        self.kind.setToolTip(self.tr("How the app reaches this pack's BMS"))
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.setMinimumContentsLength(24)
        self.target.setToolTip(self.tr("The module's Bluetooth address (as a scan shows it), or the serial "
                                       "port of the USB cable"))
        self._ports = list_serial_ports
        self.generation = QComboBox(self)
        self.generation.addItem(self.tr("Find out on connecting"), None)
        self.generation.addItem(self.tr("Gen2"), 2)
        self.generation.addItem(self.tr("Gen3"), 3)
        self.cells = QSpinBox(self)
        self.cells.setRange(2, 255)
        self.cells.setValue(16)
        self.name_field = QLineEdit(self)
        self.name_field.setPlaceholderText(default_pack_name(len(site.packs) + 1))
        self.name_field.setToolTip(self.tr("How the site shows this pack, e.g. \"Port\" or \"Pack 2\""))
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel, self)
        theme.without_button_icons(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Link:"), self.kind)
        self.target_label = QLabel(self.tr("Address or port:"), self)
        form.addRow(self.target_label, self.target)
        self.generation_label = QLabel(self.tr("Generation:"), self)
        form.addRow(self.generation_label, self.generation)
        self.cells_label = QLabel(self.tr("Cells:"), self)
        form.addRow(self.cells_label, self.cells)
        form.addRow(self.tr("Name:"), self.name_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._link: PackLink | None = None

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.target.clear()
        self.target.setVisible(kind != "simulator")
        self.target_label.setVisible(kind != "simulator")
        self.generation.setVisible(kind == "ble")
        self.generation_label.setVisible(kind == "ble")
        self.cells.setVisible(kind == "simulator")
        self.cells_label.setVisible(kind == "simulator")
        if kind == "serial" and self._ports is not None:
            try:
                ports = self._ports()
            except Exception:  # noqa: BLE001 - a port lister that fails leaves the field to type in
                ports = []
            for port in ports:
                self.target.addItem(str(getattr(port, "device", port)))
        editor = self.target.lineEdit()
        if kind == "ble":
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(BLE_ADDRESS), editor))
            editor.setPlaceholderText("AA:BB:CC:DD:EE:FF")
        else:
            editor.setValidator(None)
            editor.setPlaceholderText("/dev/ttyUSB0, COM3" if kind == "serial" else "")
        self.problem.setText("")

    def _next_seed(self) -> int:
        seeds = {p.link.seed for p in self.site.packs if p.link.kind == "simulator"}
        seed = 0
        while seed in seeds:
            seed += 1
        return seed

    def _accept(self) -> None:
        kind = self.kind.currentData()
        target = self.target.currentText().strip()
        try:
            if kind == "simulator":
                link = PackLink("simulator", cells=self.cells.value(), seed=self._next_seed())
            elif kind == "ble":
                if not self.target.lineEdit().hasAcceptableInput():
                    raise SiteError(self.tr("Type the module's Bluetooth address, e.g. AA:BB:CC:DD:EE:FF."))
                link = PackLink("ble", target.upper(), self.generation.currentData())
            else:
                link = PackLink("serial", target, 2)
            self.site.with_pack(link, self.name_field.text())  # refuses a link already in the site
        except SiteError as exc:
            self.problem.setText(translate_message(exc.args[0] if exc.args else exc))
            return
        self._link = link
        self.accept()

    def link(self) -> PackLink | None:
        return self._link

    def name(self) -> str:
        return self.name_field.text().strip()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
            return
        super().keyPressEvent(event)
