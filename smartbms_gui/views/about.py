"""What the Help menu opens: the About box (version, licences of the bundled libraries), the log folder
and the diagnostics copied to the clipboard.

The menu's actions are in `help_menu.py`, which loads this module when one is first used (it is not
needed for the window's first picture). The About box is opened with ``open()`` (never ``exec()``:
the app runs an asyncio loop inside Qt's).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import APP_NAME, __version__, diagnostics, logs
from smartbms_gui.views import theme
from smartbms_gui.views.app_icon import app_icon

CONTEXT = "About"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class BundledLibrary:
    name: str
    distributions: tuple[str, ...]  # pip names, for the version
    licence: str  # SPDX identifier
    url: str
    use: str  # what the program uses it for (English source; translated when shown)
    bundled: bool = True  # False: used by the tests and the demo only, not shipped in the installers


BUNDLED_LIBRARIES = (
    BundledLibrary("Python", (), "PSF-2.0", "https://docs.python.org/3/license.html",
                   QT_TRANSLATE_NOOP("AboutDialog", "runs the program")),
    BundledLibrary("Qt / PySide6", ("PySide6-Essentials", "PySide6"), "LGPL-3.0-only",
                   "https://www.qt.io/licensing/open-source-lgpl-obligations",
                   QT_TRANSLATE_NOOP("AboutDialog", "windows and controls")),
    BundledLibrary("pyqtgraph", ("pyqtgraph",), "MIT", "https://github.com/pyqtgraph/pyqtgraph",
                   QT_TRANSLATE_NOOP("AboutDialog", "plots")),
    BundledLibrary("bleak", ("bleak",), "MIT", "https://github.com/hbldh/bleak",
                   QT_TRANSLATE_NOOP("AboutDialog", "Bluetooth")),
    BundledLibrary("qasync", ("qasync",), "BSD-2-Clause", "https://github.com/CabbageDevelopment/qasync",
                   QT_TRANSLATE_NOOP("AboutDialog", "Qt and asyncio together")),
    BundledLibrary("NumPy", ("numpy",), "BSD-3-Clause", "https://numpy.org/doc/stable/license.html",
                   QT_TRANSLATE_NOOP("AboutDialog", "plot data")),
    BundledLibrary("pyserial", ("pyserial",), "BSD-3-Clause", "https://github.com/pyserial/pyserial",
                   QT_TRANSLATE_NOOP("AboutDialog", "USB cable")),
    BundledLibrary("platformdirs", ("platformdirs",), "MIT", "https://github.com/tox-dev/platformdirs",
                   QT_TRANSLATE_NOOP("AboutDialog", "settings and log folders")),
    BundledLibrary("keyring", ("keyring",), "MIT", "https://github.com/jaraco/keyring",
                   QT_TRANSLATE_NOOP("AboutDialog", "the system password store")),
    BundledLibrary("bumble", ("bumble",), "Apache-2.0", "https://github.com/google/bumble",
                   QT_TRANSLATE_NOOP("AboutDialog", "Bluetooth simulator for tests, not shipped"), bundled=False),
)


def library_version(library: BundledLibrary) -> str:
    if not library.distributions:
        import platform

        return platform.python_version()
    return diagnostics.library_version(library.distributions)


def open_log_folder() -> bool:
    """Show the log folder in the file manager (created if missing); False if the OS refused."""
    folder = logs.log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def copy_diagnostics() -> str:
    """Put the diagnostics text on the clipboard and return it."""
    text = diagnostics.collect_diagnostics()
    QGuiApplication.clipboard().setText(text)
    return text


class AboutDialog(QDialog):
    """Name, version, what the app is, and the licences of everything shipped with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setWindowIcon(app_icon())
        self.resize(680, 540)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setToolTip(APP_NAME)
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        title.setToolTip(self.tr("Application name"))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setToolTip(self.tr("The version to quote in a bug report"))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr(
            "Configure and monitor a 123\\SmartBMS battery management system over Bluetooth or the "
            "USB cable. Independent software, not made by the manufacturer of the BMS."
        ))
        blurb.setWordWrap(True)
        blurb.setToolTip(self.tr("What this program is"))

        heading = QVBoxLayout()
        heading.addStretch(1)
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        licences_title = QLabel(self.tr("Libraries shipped with this program and their licences:"))
        licences_title.setWordWrap(True)
        licences_title.setToolTip(self.tr("Each library keeps its own licence"))
        self.licences = self._licence_table()
        lgpl = QLabel(self.tr(
            "Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate "
            "libraries, which you may replace with your own build."
        ))
        lgpl.setWordWrap(True)
        lgpl.setToolTip(self.tr("What the LGPL licence of Qt allows you"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        theme.without_button_icons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close this window"))
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(self.tr(
            "Copy versions, system details and the last errors to the clipboard for a bug report "
            "(the PIN is never included)"
        ))
        self.log_button = QPushButton(self.tr("Open log folder"))
        self.log_button.setToolTip(self.tr("Show the folder with the log files in the file manager"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._copy)
        self.log_button.clicked.connect(open_log_folder)
        self.copied_label = QLabel("")
        self.copied_label.setToolTip(self.tr("Result of the last action"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(blurb)
        layout.addWidget(licences_title)
        layout.addWidget(self.licences, 1)
        layout.addWidget(lgpl)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)

    def _licence_table(self) -> QTableWidget:
        headers = [self.tr("Library"), self.tr("Version"), self.tr("Licence"), self.tr("Used for")]
        # Shipped libraries first; the test-only ones under a row of their own, so the heading above
        # the table ("shipped with this program") is not contradicted by them.
        shipped = [library for library in BUNDLED_LIBRARIES if library.bundled]
        test_only = [library for library in BUNDLED_LIBRARIES if not library.bundled]
        table = QTableWidget(len(shipped) + (len(test_only) + 1 if test_only else 0), len(headers))
        table.setObjectName("LicenceTable")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setToolTip(self.tr("Libraries, their versions and their licences"))
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = 0
        for library in shipped:
            self._library_row(table, row, library)
            row += 1
        if test_only:
            self._section_row(table, row, self.tr("Not shipped: used only by the tests and the demo"))
            row += 1
            for library in test_only:
                self._library_row(table, row, library)
                row += 1
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        return table

    @staticmethod
    def _library_row(table: QTableWidget, row: int, library: BundledLibrary) -> None:
        use = QCoreApplication.translate("AboutDialog", library.use)
        for column, text in enumerate((library.name, library_version(library), library.licence, use)):
            item = QTableWidgetItem(text)
            item.setToolTip(library.url)
            table.setItem(row, column, item)

    @staticmethod
    def _section_row(table: QTableWidget, row: int, title: str) -> None:
        for column in range(table.columnCount()):
            table.setItem(row, column, QTableWidgetItem(""))
        item = table.item(row, 0)
        item.setText(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        table.setSpan(row, 0, 1, table.columnCount())

    def _copy(self) -> None:
        copy_diagnostics()
        self.copied_label.setText(self.tr("Diagnostics copied to the clipboard."))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box (window-modal, non-blocking) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
