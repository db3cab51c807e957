"""The app icon at every size, for the window, the task bar and the About box (sharp on high DPI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

import smartbms_gui

ICON_DIR = Path(smartbms_gui.__file__).resolve().parent / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """All PNG sizes plus the SVG, so Qt picks a crisp image at any scale factor."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICON_DIR / f"smartbms-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    svg = ICON_DIR / "smartbms.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon
