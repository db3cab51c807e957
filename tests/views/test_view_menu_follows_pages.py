"""The View menu lists every page with its Ctrl+N, in the order of the page list, and follows the
pages as they come and go: the Simulator page (added when the simulator runs) is there with the last
Ctrl+N (Ctrl+8 with the Site page)."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QKeySequence
from test_main_window_simulator import connect_sim, until, window  # noqa: F401 - the fixture

from smartbms_gui.device.state import Phase


def entries(win):
    return [(a.text(), a.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
            for a in win.page_actions]


def titles(win):
    return [win.nav.item(i).text() for i in range(win.nav.count())]


async def test_the_view_menu_follows_the_pages(window):  # noqa: F811
    assert (await connect_sim(window)).phase is Phase.STREAMING
    await until(lambda: "simulator" in window.pages, what="the Simulator page")
    assert [text for text, _ in entries(window)] == titles(window)
    count = len(titles(window))
    last = f"Ctrl+{count}"
    assert entries(window)[-1] == ("Simulator", last)
    assert [key for _, key in entries(window)] == [f"Ctrl+{i}" for i in range(1, count + 1)]
    in_menu = [a for a in window.view_menu.actions() if a in window.page_actions]
    assert in_menu == window.page_actions  # in the menu, in order, once each
    window.show_page("overview")
    window.page_actions[-1].trigger()  # the Simulator page's Ctrl+N
    assert window.current_page_key() == "simulator"
    hidden = dataclasses.replace(window.prefs, show_simulator=False)  # Preferences: "Show simulator" off
    window._apply_preferences(hidden)
    await until(lambda: "simulator" not in window.pages, what="the Simulator page gone")
    assert "Simulator" not in [text for text, _ in entries(window)]
    assert len([a for a in window.view_menu.actions() if a.shortcut().toString() == last]) == 0
    assert [text for text, _ in entries(window)] == titles(window)
