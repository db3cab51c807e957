"""Tab on the Settings page in the window, on the simulator: from the page list it walks the form top to
bottom, then Apply, Revert, Save to file and Load from file, then the side lists, and then leaves the page
for the rest of the window (the connection bar); the scroll area is no stop of its own."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow


async def _settle(app):
    for _ in range(3):
        app.processEvents()
        await asyncio.sleep(0)


async def _walk(app, window, key, hidden: list | None = None) -> list:
    """The widgets Tab reaches from `key` (Tab or Shift+Tab) until it comes round to the page list;
    those scrolled out of sight when they got the focus go to `hidden`."""
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    await _settle(app)
    seen: list = []
    for _ in range(200):
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab, key)
        await _settle(app)
        widget = app.focusWidget()
        if widget is window.nav or widget in seen:
            break
        seen.append(widget)
        if hidden is not None and widget.visibleRegion().isEmpty():
            hidden.append(widget)
    return seen


async def test_tab_walks_the_settings_form_top_to_bottom_then_the_buttons_then_the_lists(qtbot, tmp_path):
    app = QApplication.instance()
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await bridge.wait_streaming(10)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        await until(lambda: (app.processEvents(), window.isActiveWindow())[1], timeout=3, what="the window active")
        window.show_page("settings")
        page = window.settings_page
        await until(lambda: page.save_button.isEnabled(), what="the settings read")
        field = page.editors["discharge_restart_pct"].field  # a pending change: Apply and Revert enabled
        field.setText("25")
        field.textEdited.emit("25")
        assert page.apply_button.isEnabled() and page.revert_button.isEnabled()

        hidden: list = []
        seen = await _walk(app, window, Qt.KeyboardModifier.NoModifier, hidden)
        assert page.scroll.verticalScrollBar().maximum() > 0  # (a form taller than the page)
        assert not hidden, hidden  # the form scrolls to the focused field
        on_page = [w for w in seen if page.isAncestorOf(w)]
        assert on_page and seen[:len(on_page)] == on_page  # the page's stops come at once after the list
        assert not any(isinstance(w, QScrollArea) for w in on_page)
        form = [w for w in on_page if page.form_host.isAncestorOf(w)]
        rest = on_page[len(form):]
        assert on_page[:len(form)] == form  # the form first ...
        tops = [w.mapTo(page.form_host, QPoint(0, 0)).y() for w in form]
        assert tops == sorted(tops), [(type(w).__name__, w.accessibleName() or w.objectName()) for w in form]
        fields = [e.field for e in page.editors.values() if e.field.isEnabled() and e.field.focusPolicy()
                  & Qt.FocusPolicy.TabFocus]
        assert [w for w in form if w in fields] == fields  # every field, in the table's order
        # ... then the buttons, then the lists (only those showing)
        buttons = [page.apply_button, page.revert_button, page.save_button, page.load_button]
        assert rest[:4] == buttons, [getattr(w, "text", w.objectName)() for w in rest]
        assert rest[4:] == [page.diff_list]  # (no problems, no results yet: hidden)
        assert not page.isAncestorOf(seen[len(on_page)])  # then out of the page: the window goes on
        assert window.connection_bar.isAncestorOf(seen[len(on_page)])

        back = await _walk(app, window, Qt.KeyboardModifier.ShiftModifier)  # Shift+Tab: the same, backwards
        back_on_page = [w for w in back if page.isAncestorOf(w)]
        assert back_on_page == on_page[::-1]
    finally:
        await bridge.disconnect()
