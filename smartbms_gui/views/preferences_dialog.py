"""App preferences: prevent auto-lock, show simulator, units, theme, language, the recordings limits
(not BMS settings)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import theme
from smartbms_gui.views.publishing_page import PublishingPage

LANGUAGES = (("system", "Follow the system"), ("en", "English"), ("nl", "Nederlands"), ("de", "Deutsch"))


class PreferencesDialog(QDialog):
    def __init__(self, prefs: app_prefs.Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        self.tabs = QTabWidget(self)  # General | Publishing (MQTT)
        general = QWidget(self.tabs)
        form = QFormLayout(general)
        self.tabs.addTab(general, self.tr("General"))
        self.publishing = PublishingPage(prefs, self.tabs)
        self.tabs.addTab(self.publishing, self.tr("Publishing"))

        self.prevent_auto_lock = QCheckBox(self.tr("Keep this computer awake while connected"), self)
        self.prevent_auto_lock.setChecked(prefs.prevent_auto_lock)
        self.prevent_auto_lock.setToolTip(self.tr(
            "Stops the screen lock and sleep while a battery is connected, so a long commissioning "
            "session is not cut off. Released when you disconnect."))
        form.addRow(self.tr("Prevent auto-lock:"), self.prevent_auto_lock)

        self.show_simulator = QCheckBox(self.tr("Show the Simulator page"), self)
        self.show_simulator.setChecked(prefs.show_simulator)
        self.show_simulator.setToolTip(self.tr(
            "The simulated battery lets you explore the app without a 123\\SmartBMS; its page drives "
            "sun, load and faults."))
        form.addRow(self.tr("Simulator:"), self.show_simulator)

        self.units = QComboBox(self)
        self.units.addItem(self.tr("Metric (°C)"), "metric")
        self.units.addItem(self.tr("Imperial (°F)"), "imperial")
        self.units.setCurrentIndex(max(0, self.units.findData(prefs.units)))
        self.units.setToolTip(self.tr("Temperature unit on the screens; settings stay in the BMS's own units"))
        form.addRow(self.tr("&Units:"), self.units)

        self.theme = QComboBox(self)
        for value, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.theme.setToolTip(self.tr("Light or dark colours; dark is easier on the eyes in a dim battery room"))
        form.addRow(self.tr("&Theme:"), self.theme)

        self.language = QComboBox(self)
        for value, text in LANGUAGES:
            self.language.addItem(text if value != "system" else self.tr(text), value)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setToolTip(self.tr("The language of the app"))
        form.addRow(self.tr("&Language:"), self.language)

        self.recordings_mb = QSpinBox(self)
        self.recordings_mb.setRange(0, 1_000_000)
        self.recordings_mb.setSingleStep(100)
        self.recordings_mb.setSuffix(" MB")
        self.recordings_mb.setSpecialValueText(self.tr("no limit"))
        self.recordings_mb.setValue(prefs.recordings_max_mb)
        self.recordings_mb.setToolTip(self.tr(
            "Every connection is recorded. When the recordings take more than this, the oldest are "
            "deleted (never the one being written). 0 = no limit."))
        form.addRow(self.tr("Recordings up to:"), self.recordings_mb)
        self.recordings_days = QSpinBox(self)
        self.recordings_days.setRange(0, 36_500)
        self.recordings_days.setSuffix(self.tr(" days"))
        self.recordings_days.setSpecialValueText(self.tr("no limit"))
        self.recordings_days.setValue(prefs.recordings_max_days)
        self.recordings_days.setToolTip(self.tr("Recordings last written longer ago than this are deleted. "
                                                "0 = keep them however old."))
        form.addRow(self.tr("Keep recordings for:"), self.recordings_days)

        note = QLabel(self.tr("Preferences are saved on this computer only. The PIN is never saved."), self)
        note.setWordWrap(True)
        form.addRow(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        theme.without_button_icons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Use and save these preferences"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QVBoxLayout(self).addWidget(self.tabs)
        self.layout().addWidget(buttons)

    def show_publishing(self) -> None:
        self.tabs.setCurrentWidget(self.publishing)

    def accept(self) -> None:
        """Closes only when the Publishing tab's settings can be used (else it says why there)."""
        if self.publishing.commit():
            super().accept()
        else:
            self.show_publishing()

    def result_preferences(self) -> app_prefs.Preferences:
        return dataclasses.replace(
            self._prefs,
            prevent_auto_lock=self.prevent_auto_lock.isChecked(),
            show_simulator=self.show_simulator.isChecked(),
            units=self.units.currentData(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            recordings_max_mb=self.recordings_mb.value(),
            recordings_max_days=self.recordings_days.value(),
            extra=self.publishing.extra(self._prefs.extra),
        )
