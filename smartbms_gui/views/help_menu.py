"""The Help menu's actions: "Open log folder", "Copy diagnostics" and "About".

The main window adds them with ``install_help_menu(window, help_menu)``. What they open is in
`about.py`, loaded when an action is first used: the About box and its table of libraries are not
needed for the window's first picture (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from smartbms_gui import APP_NAME, logs

CONTEXT = "About"  # the About box's translation context, which these strings have always had


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_help_actions(
    menu: QMenu, parent: QWidget, on_message: Callable[[str], None] | None = None
) -> dict[str, QAction]:
    """Add "Open log folder", "Copy diagnostics" and "About" to a Help menu.

    ``on_message`` (e.g. ``window.statusBar().showMessage``) receives a short confirmation.
    Returns the actions by name ("log_folder", "diagnostics", "about").
    """
    def say(text: str) -> None:
        if on_message is not None:
            on_message(text)

    def open_folder() -> None:
        from smartbms_gui.views.about import open_log_folder

        if not open_log_folder():
            say(_tr("Could not open the log folder: %1").replace("%1", str(logs.log_file().parent)))

    def copy() -> None:
        from smartbms_gui.views.about import copy_diagnostics

        copy_diagnostics()
        say(_tr("Diagnostics copied to the clipboard."))

    def about() -> None:
        from smartbms_gui.views.about import show_about

        show_about(parent)

    actions = {
        "log_folder": QAction(_tr("Open log folder"), parent),
        "diagnostics": QAction(_tr("Copy diagnostics"), parent),
        "about": QAction(_tr("About %1").replace("%1", APP_NAME), parent),
    }
    actions["log_folder"].setToolTip(_tr("Show the folder with the log files in the file manager"))
    actions["diagnostics"].setToolTip(_tr("Copy versions, system details and the last errors (never the PIN)"))
    actions["about"].setToolTip(_tr("Version and licences"))
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
    actions["log_folder"].triggered.connect(open_folder)
    actions["diagnostics"].triggered.connect(copy)
    actions["about"].triggered.connect(about)
    menu.addAction(actions["log_folder"])
    menu.addAction(actions["diagnostics"])
    menu.addSeparator()
    menu.addAction(actions["about"])
    for action in actions.values():
        action.setStatusTip(action.toolTip())
    menu.setToolTipsVisible(True)
    return actions


def install_help_menu(window, menu: QMenu) -> dict[str, QAction]:
    """The main window's Help menu: the three actions, confirmations in the window's status bar."""
    status_bar = window.statusBar() if hasattr(window, "statusBar") else None
    on_message = (lambda text: status_bar.showMessage(text, 5000)) if status_bar is not None else None
    return add_help_actions(menu, window, on_message=on_message)
