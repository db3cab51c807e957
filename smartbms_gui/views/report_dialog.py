"""File → Commissioning report…: site details, the report's language and paper, a preview, Save as PDF, Print.

A window of its own (non-modal: the live view keeps running). What the report says is measured when
the dialog opens and again on "Measure again": the connection's recording gives the session (chart,
events, the settings answers), the live model the pack now, the History page the cell log and SoC
history when they were read. Without a connection the report is made from a recording the user picks.
Site, customer, installer, date and note are remembered per battery (its serial number, else the
link) in the app preferences; the PIN is never part of them. The drawing is smartbms_gui/report/.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QMarginsF, Qt, QTimer
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import preferences as app_prefs
from smartbms_gui.report import content as rc
from smartbms_gui.report.language import REPORT_LANGUAGES
from smartbms_gui.report.observe import Observation, observe_connection, observe_recording
from smartbms_gui.report.render_pdf import MARGIN_MM, page_size, render, write_pdf
from smartbms_gui.views.translator import LANGUAGES, current_language, translate_message

PREFS_KEY = "commissioning_report"  # in Preferences.extra: {battery key: {field: text}}
REMEMBERED = ("site", "customer", "installer", "date", "note")
PREVIEW_DELAY_MS = 500


def battery_key(serial: str | None, link: str) -> str:
    return f"serial:{serial}" if serial else f"link:{link or 'unknown'}"


class ReportDialog(QDialog):
    def __init__(self, bridge, prefs: app_prefs.Preferences | None = None, prefs_path: Path | None = None,
                 history_page: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commissioning report"))
        self.setModal(False)
        self.bridge = bridge
        self.prefs = prefs if prefs is not None else app_prefs.Preferences()
        self.prefs_path = prefs_path
        self.history_page = history_page
        self.observation: Observation | None = None
        self.recording_path: Path | None = None
        self.last_saved: Path | None = None
        self._file_dialog: QFileDialog | None = None
        self._print_dialog: QPrintDialog | None = None
        self._key = ""

        form = QFormLayout()
        self.site = QLineEdit(self)
        self.customer = QLineEdit(self)
        self.installer = QLineEdit(self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.rated = QDoubleSpinBox(self)
        self.rated.setRange(0, 100000)
        self.rated.setDecimals(0)
        self.rated.setSuffix(" Ah")
        self.rated.setSpecialValueText(self.tr("not given"))
        self.rated.setToolTip(self.tr("The cells' rated capacity: the report checks the manual's advice to "
                                      "set 75 % of it as the battery capacity"))
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("A note for the report (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.language = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language.addItem(LANGUAGES[code], code)
        wanted = current_language() if current_language() in REPORT_LANGUAGES else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("&Customer:"), self.customer)
        form.addRow(self.tr("&Installer:"), self.installer)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Rated capacity:"), self.rated)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)

        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measure = QPushButton(self.tr("&Measure again"), self)
        self.measure.setToolTip(self.tr("Take the pack, the relays and the session as they are now"))
        self.measure.clicked.connect(self.take_measurements)
        self.choose = QPushButton(self.tr("From a &recording…"), self)
        self.choose.setToolTip(self.tr("Make the report from a recording instead of the connected battery"))
        self.choose.clicked.connect(self.choose_recording)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save = QPushButton(self.tr("Save as &PDF…"), self)
        self.save.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.source)
        sources = QHBoxLayout()
        sources.addWidget(self.measure)
        sources.addWidget(self.choose)
        sources.addStretch(1)
        left.addLayout(sources)
        left.addStretch(1)
        left.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        left.addLayout(buttons)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setMinimumWidth(360)
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.setToolTip(self.tr("The report as it will be printed; Ctrl + wheel zooms"))

        layout = QHBoxLayout(self)
        side = QWidget(self)
        side.setLayout(left)
        side.setMaximumWidth(460)
        layout.addWidget(side, 0)
        layout.addWidget(self.preview, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        for edit in (self.site, self.customer, self.installer):
            edit.textChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.rated.valueChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.paper.currentIndexChanged.connect(self._changed)
        self.resize(1100, 760)
        self.take_measurements()

    # -- what the report is made of ----------------------------------------------------------------
    def _connected(self) -> bool:
        bridge = self.bridge
        return bool(getattr(bridge, "connected", False)) and getattr(bridge, "session", None) is not None

    def take_measurements(self) -> None:
        """Measure now: from the connection when there is one, else from the chosen recording."""
        self.status.clear()
        if self.recording_path is None and self._connected():
            bridge = self.bridge
            recorder = getattr(bridge, "recorder", None)
            path = None
            if recorder is not None and recorder.active:
                recorder.flush(timeout=2.0)
                path = recorder.path
            session = bridge.session
            cell_log = getattr(self.history_page, "cell_log", None)
            soc_history = getattr(self.history_page, "soc_history", None)
            link = session.link_description or ""
            self.observation = observe_connection(
                bridge.live, recording=path, link=link, serial=bridge.serial, factory_pin=session.factory_pin,
                cell_log=cell_log, soc_history=soc_history)
            self.source.setText(self.tr("Measured from {0} at {1}.").format(
                link, time.strftime("%H:%M:%S")))
        elif self.recording_path is not None:
            try:
                self.observation = observe_recording(self.recording_path)
            except Exception as exc:  # noqa: BLE001 - shown, and the dialog stays usable
                self.observation = None
                self.status.setText(self.tr("Could not read {0}: {1}").format(
                    self.recording_path.name, translate_message(exc)))
            else:
                self.source.setText(self.tr("From the recording {0}.").format(self.recording_path.name))
        else:
            self.observation = None
            self.source.setText(self.tr("No battery connected: connect one, or make the report from a "
                                        "recording."))
        self._load_remembered()
        self._enable()
        self.update_preview()

    def choose_recording(self) -> None:
        from smartbms_gui.device.recording import FILE_SUFFIX, default_folder

        folder = default_folder()
        dialog = QFileDialog(self, self.tr("Make the report from a recording"),
                             str(folder if folder.is_dir() else Path.home()),
                             self.tr("Recordings (*{0})").format(FILE_SUFFIX))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.use_recording)
        dialog.open()
        self._file_dialog = dialog

    def use_recording(self, path: str) -> None:
        self.recording_path = Path(path)
        self.take_measurements()

    def _enable(self) -> None:
        ready = self.observation is not None
        self.save.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.measure.setEnabled(self.recording_path is not None or self._connected())

    # -- remembered per battery ----------------------------------------------------------------------
    def _store(self) -> dict:
        store = self.prefs.extra.get(PREFS_KEY)
        if not isinstance(store, dict):
            store = self.prefs.extra[PREFS_KEY] = {}
        return store

    def _load_remembered(self) -> None:
        obs = self.observation
        key = battery_key(obs.serial, obs.link) if obs is not None else ""
        if key == self._key:
            return
        self._key = key
        saved = self._store().get(key, {}) if key else {}
        if not isinstance(saved, dict):
            saved = {}
        widgets = (self.site, self.customer, self.installer)
        blocked = [w.blockSignals(True) for w in (*widgets, self.note, self.date)]
        try:
            for name, widget in zip(("site", "customer", "installer"), widgets):
                widget.setText(str(saved.get(name, "")))
            self.note.setPlainText(str(saved.get("note", "")))
            date = QDate.fromString(str(saved.get("date", "")), "yyyy-MM-dd")
            self.date.setDate(date if date.isValid() else QDate.currentDate())
        finally:
            for widget, was in zip((*widgets, self.note, self.date), blocked):
                widget.blockSignals(was)

    def remember(self) -> None:
        """Keep the typed fields for this battery (and write the preferences file)."""
        if not self._key:
            return
        info = self.report_info()
        self._store()[self._key] = {name: getattr(info, name) for name in REMEMBERED}
        try:
            app_prefs.save(self.prefs, self.prefs_path)
        except OSError:
            pass  # kept in memory; the window saves the preferences again when it closes

    # -- the report ----------------------------------------------------------------------------------
    def report_info(self) -> rc.ReportInfo:
        rated = self.rated.value()
        return rc.ReportInfo(site=self.site.text().strip(), customer=self.customer.text().strip(),
                             installer=self.installer.text().strip(),
                             date=self.date.date().toString("yyyy-MM-dd"), note=self.note.toPlainText(),
                             language=self.language.currentData(), paper=self.paper.currentData(),
                             rated_capacity_ah=rated if rated > 0 else None)

    def report(self) -> rc.Report | None:
        if self.observation is None:
            return None
        return rc.build_report(self.observation, self.report_info())

    def _changed(self, *_args) -> None:
        self._preview_timer.start()

    def _set_up_printer(self, printer: QPrinter) -> None:
        printer.setPageSize(page_size(self.paper.currentData()))
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self._set_up_printer(self.printer)
        self.preview.updatePreview()

    def _paint_preview(self, printer: QPrinter) -> None:
        report = self.report()
        if report is not None:
            render(report, printer)

    def save_pdf(self) -> None:
        report = self.report()
        if report is None:
            return
        obs = self.observation
        name = "commissioning-report"
        if obs is not None and obs.serial:
            name += f"-{obs.serial}"
        name += f"-{report.info.date}.pdf"
        folder = self.last_saved.parent if self.last_saved else Path.home()
        dialog = QFileDialog(self, self.tr("Save the commissioning report"), str(folder / name),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to_path)
        dialog.open()
        self._file_dialog = dialog

    def save_to_path(self, path: str) -> bool:
        report = self.report()
        if report is None:
            return False
        try:
            pages = write_pdf(report, path)
        except OSError as exc:
            self.status.setText(self.tr("Not saved: {0}").format(exc.strerror or str(exc)))
            return False
        self.last_saved = Path(path)
        self.remember()
        self.status.setText(self.tr("Saved {0} ({1} pages).").format(path, pages))
        return True

    def print_report(self) -> None:
        if self.observation is None:
            return
        self._set_up_printer(self.printer)
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(self._print_accepted)
        QDialog.open(dialog)  # window-modal, returns at once (QPrintDialog.open wants a receiver)
        self._print_dialog = dialog

    def _print_accepted(self) -> None:
        report = self.report()
        if report is None:
            return
        try:
            pages = render(report, self.printer)
        except OSError as exc:
            self.status.setText(self.tr("Not printed: {0}").format(str(exc)))
            return
        self.remember()
        self.status.setText(self.tr("Sent {0} pages to the printer.").format(pages))
        self.preview.updatePreview()


def open_report_dialog(window) -> ReportDialog:
    """File → Commissioning report…: one dialog per window, raised again if already open."""
    dialog = getattr(window, "_report_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.take_measurements()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    pages = getattr(window, "pages", {})
    dialog = ReportDialog(window.bridge, getattr(window, "prefs", None), getattr(window, "prefs_path", None),
                          history_page=pages.get("history"), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    window._report_dialog = dialog
    return dialog
