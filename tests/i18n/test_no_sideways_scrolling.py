"""Every page, tab, the switch wizard's first step and the dialogs, in German and Dutch (the app's
longest texts) at the window's smallest size and at 1280×720 (a 1920×1080 laptop at 150 %): nothing
scrolls sideways. Settings, the Switches page and the Simulator page once did (a form, a drawing or a
grid of faults wider than the page); each now wraps, stacks or takes fewer columns instead."""

from __future__ import annotations

import pytest
import screens
from PySide6.QtWidgets import QAbstractScrollArea

from smartbms_gui.views import translator as i18n
from smartbms_gui.views.main_window import MINIMUM_SIZE


@pytest.mark.parametrize("code", ["de", "nl"])
@pytest.mark.parametrize("size", [MINIMUM_SIZE, (1280, 720)], ids=["smallest", "1280x720"])
async def test_no_screen_scrolls_sideways(qapp, tmp_path, code, size):
    i18n.install_translator(qapp, code)
    sideways: list[str] = []
    visited: list[str] = []

    def visit(name: str, widget) -> None:
        visited.append(name)
        for area in widget.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                sideways.append(f"{name}: {type(area).__name__} in {type(area.parentWidget()).__name__}")

    try:
        await screens.visit_screens(qapp, visit, prefs_folder=tmp_path, size=size)
    finally:
        i18n.install_translator(qapp, "en")
    assert {"page:settings", "page:switches", "page:simulator", "wizard:switches"} <= set(visited)
    assert not sideways, "\n".join(sideways)
