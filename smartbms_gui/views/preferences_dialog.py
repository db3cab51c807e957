"""App preferences: prevent auto-lock, show simulator, units, theme, language (not BMS settings)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from smartbms_gui import settings as app_settings

LANGUAGES = (("system", "Follow the system"), ("en", "English"), ("nl", "Nederlands"), ("de", "Deutsch"))


class PreferencesDialog(QDialog):
    def __init__(self, prefs: app_settings.Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        form = QFormLayout(self)

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

        note = QLabel(self.tr("Preferences are saved on this computer only. The PIN is never saved."), self)
        note.setWordWrap(True)
        form.addRow(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Use and save these preferences"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_preferences(self) -> app_settings.Preferences:
        return dataclasses.replace(
            self._prefs,
            prevent_auto_lock=self.prevent_auto_lock.isChecked(),
            show_simulator=self.show_simulator.isChecked(),
            units=self.units.currentData(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
        )
