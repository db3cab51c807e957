"""Pick the serial port of the USB cable (the maker's FTDI FT232 listed first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class SerialPortDialog(QDialog):
    """`list_ports()` returns objects with `.device` and `.label` (transport.serial_ports.SerialPortInfo);
    it is handed in by the composition root because views do not import the transport layer."""

    def __init__(self, list_ports: Callable[[], list] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_ports = list_ports
        self.setWindowTitle(self.tr("Serial port"))
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Choose the port of the USB cable on the OUT board's extended data output. The serial link is "
            "read-only: it shows live values but cannot change settings."), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.ports = QComboBox(self)
        self.ports.setEditable(True)
        self.ports.setToolTip(self.tr("A port found on this computer, or type one (COM3, /dev/ttyUSB0)"))
        layout.addWidget(self.ports)
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.setToolTip(self.tr("Look for serial ports again (after plugging the cable in)"))
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Use this port"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Keep the current device"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.ports.clear()
        if self._list_ports is None:
            self.ports.setPlaceholderText(self.tr("Type the port (COM3, /dev/ttyUSB0)"))
            return
        try:
            ports = self._list_ports()
        except Exception as exc:  # noqa: BLE001 - a broken port driver must not stop the dialog
            self.ports.setPlaceholderText(self.tr("Could not list ports: {0}").format(exc))
            return
        for port in ports:
            self.ports.addItem(port.label, port.device)
        if not ports:
            self.ports.setPlaceholderText(self.tr("No serial port found; type one"))

    def port(self) -> str:
        data = self.ports.currentData()
        text = self.ports.currentText().strip()
        if data and text == self.ports.itemText(self.ports.currentIndex()):
            return data
        return text.split()[0] if text else ""
