"""Pick the serial port of the USB cable (the maker's FTDI FT232 listed first).

What went wrong while listing the ports ("Permission denied", no port at all) is shown in a label
under the list, in the warning colour with the usual fixes: an editable combo box does not show its
placeholder text, so that hint alone would be invisible.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from smartbms_gui.views import theme
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.widgets.status_mark import StatusMark


class SerialPortDialog(QDialog):
    """`list_ports()` returns objects with `.device` and `.label` (transport.serial_ports.SerialPortInfo);
    it is handed in by the composition root because views do not import the transport layer."""

    def __init__(self, list_ports: Callable[[], list] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_ports = list_ports
        self.setWindowTitle(self.tr("Serial port"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Choose the port of the USB cable on the OUT board's extended data output. The serial link is "
            "read-only: it shows live values but cannot change settings."), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.ports = QComboBox(self)
        self.ports.setEditable(True)
        self.ports.setToolTip(self.tr("A port found on this computer, or type one (COM3, /dev/ttyUSB0)"))
        self.ports.lineEdit().setPlaceholderText(self.tr("Type the port (COM3, /dev/ttyUSB0)"))
        layout.addWidget(self.ports)
        self.problem = StatusMark(parent=self, coloured_text=False)
        self.problem.setObjectName("portProblem")
        self.problem.set_wrapping()
        self.problem.hide()
        layout.addWidget(self.problem)
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.setToolTip(self.tr("Look for serial ports again (after plugging the cable in)"))
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        theme.without_button_icons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Use this port"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Keep the current device"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def problem_text(self) -> str:
        """What the dialog says went wrong ("" when the ports were listed)."""
        return self.problem.text() if not self.problem.isHidden() else ""

    def _show_problem(self, text: str, style: theme.StatusStyle) -> None:
        self.problem.set_state(style, text)
        self.problem.show()

    def refresh(self) -> None:
        self.ports.clear()
        self.problem.hide()
        if self._list_ports is None:
            self._show_problem(self.tr("Ports cannot be listed here: type the port (COM3, /dev/ttyUSB0)."),
                               theme.INFO_STYLE)
            return
        try:
            ports = self._list_ports()
        except Exception as exc:  # noqa: BLE001 - a broken port driver must not stop the dialog
            self._show_problem(self.tr("Could not list the serial ports: {0}. {1} You can still type the "
                                       "port.").format(translate_message(exc), self._permission_hint()),
                               theme.WARNING_STYLE)
            return
        for port in ports:
            self.ports.addItem(port.label, port.device)
        if not ports:
            self._show_problem(self.tr("No serial port found. Plug the USB cable in and press Refresh, or "
                                       "type the port. {0}").format(self._permission_hint()), theme.WARNING_STYLE)

    def _permission_hint(self) -> str:
        if sys.platform.startswith("linux"):
            return self.tr("On Linux your user must be in the 'dialout' group (log out and in after adding "
                           "it).")
        if sys.platform == "win32":
            return self.tr("On Windows, check the Device Manager under 'Ports (COM & LPT)'.")
        return ""

    def port(self) -> str:
        data = self.ports.currentData()
        text = self.ports.currentText().strip()
        if data and text == self.ports.itemText(self.ports.currentIndex()):
            return data
        return text.split()[0] if text else ""
