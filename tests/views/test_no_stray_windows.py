"""Building the window and its pages never shows a window of its own: a widget shown before it has a
parent becomes a top-level window for a moment (on a desktop, a flash; and it takes the keyboard
focus from the main window). The Plots page's replay bar did that."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


class WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            self.shown.append(f"{type(obj).__name__} {obj.objectName()!r}")
        return False


def test_building_the_window_and_every_page_shows_no_other_window(qtbot, tmp_path):
    app = QApplication.instance()
    spy = WindowsShown()
    app.installEventFilter(spy)
    try:
        window = MainWindow(DeviceBridge(record=False), app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
        qtbot.addWidget(window)
        for key in list(window.pages):
            window.pages[key]  # built now if the window builds it late
        app.processEvents()
    finally:
        app.removeEventFilter(spy)
    assert spy.shown == []
