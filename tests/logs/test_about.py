"""About box and the Help menu actions: licences, diagnostics on the clipboard, the log folder."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from smartbms_gui import __version__
from smartbms_gui.views import about, help_menu


def test_about_lists_every_library_with_version_and_licence(qtbot):
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    table = dialog.licences
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())}
    expected = {
        "Qt / PySide6": "LGPL-3.0-only", "pyqtgraph": "MIT", "bleak": "MIT", "qasync": "BSD-2-Clause",
        "NumPy": "BSD-3-Clause", "pyserial": "BSD-3-Clause", "platformdirs": "MIT", "keyring": "MIT",
        "bumble": "Apache-2.0",
    }
    for name, licence in expected.items():
        assert rows[name][2] == licence
        assert rows[name][1] != "not installed"
    assert "not shipped" in rows["bumble"][3]


def test_show_about_opens_without_blocking(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = about.show_about(window)  # returns at once: open(), not exec()
    assert dialog.isVisible() and dialog.isModal()
    dialog.close()


def test_copy_diagnostics_puts_the_text_on_the_clipboard(qtbot, log_folder):
    text = about.copy_diagnostics()
    assert text.startswith("SmartBMS Desktop")
    assert QGuiApplication.clipboard().text() == text


def test_open_log_folder_asks_the_os_to_show_the_folder(qtbot, log_folder, monkeypatch):
    opened = []
    monkeypatch.setattr(about.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert about.open_log_folder() is True
    assert opened == [QUrl.fromLocalFile(str(log_folder.parent))]


def test_help_menu_actions_have_tooltips_and_work(qtbot, log_folder):
    window = QMainWindow()
    qtbot.addWidget(window)
    messages = []
    menu = window.menuBar().addMenu("Help")
    actions = help_menu.add_help_actions(menu, window, on_message=messages.append)
    assert set(actions) == {"log_folder", "diagnostics", "about"}
    assert all(a.toolTip() and a.toolTip() != a.text().replace("&", "") for a in actions.values())
    actions["diagnostics"].trigger()
    assert messages == ["Diagnostics copied to the clipboard."]
    assert "BLE backend:" in QGuiApplication.clipboard().text()
    actions["about"].trigger()
    dialogs = [w for w in window.findChildren(about.AboutDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()
