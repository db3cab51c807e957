"""The Settings page over the serial cable: the settings the data frame carries, read-only, and why.

The End/OUT board's USB output only sends; the BMS takes no commands over it, so nothing can be
read on request or changed. What the 58-byte frame carries (docs/protocol.md §4;
`device/frame_settings.py`) is shown with its source: V min, V max, V bypass and the capacity in
every frame, V low and V nominal once their rotating keys arrived (about every 20 s).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from smartbms_gui.device.frame_settings import FRAME_SETTINGS, frame_settings
from smartbms_gui.protocol import params
from smartbms_gui.views.settings_texts import _t, format_value, param_help, param_label


class FrameSettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        box = QGroupBox(_t("Settings in the serial data frame"))
        box.setToolTip(_t("The settings the serial cable's data frame carries, read-only"))
        form = QFormLayout(box)
        for setting in FRAME_SETTINGS:
            param = params.parameter(setting.name)
            label = QLabel(param_label(param) + ":")
            value = QLabel("–")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (label, value):
                widget.setToolTip(param_help(param))
            form.addRow(label, value)
            self.values[setting.name] = value
        self.source = QLabel(_t(
            "Source: the serial data frame of the End/OUT board's USB output; it carries only these "
            "settings. The BMS takes no commands over the serial cable, so nothing can be changed here."))
        self.source.setObjectName("frameSource")
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.source)
        layout.addStretch(1)

    def refresh(self, live) -> dict[str, float]:
        """Show what the model holds now; returns the values shown."""
        values = frame_settings(live)
        for setting in FRAME_SETTINGS:
            value = values.get(setting.name)
            label = self.values[setting.name]
            if value is not None:
                label.setText(format_value(params.parameter(setting.name), value))
            elif setting.rotating and live.get("pack_voltage_v") is not None:
                label.setText(_t("not received yet (the frame sends it about every 20 s)"))
            else:
                label.setText("–")
        return values
