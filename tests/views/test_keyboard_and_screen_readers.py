"""Keyboard and screen readers: Tab walks every page of the window on the simulator; every custom widget
it lands on has an accessible name, the focus ring follows standard controls, the rail switches pages
from the keyboard and the cell grid moves a current cell with the arrows."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolTip,
)
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.views import theme
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.widgets.nav_rail import NavRail


def _is_custom(widget) -> bool:
    return type(widget).__module__.startswith("smartbms_gui")


def _name(widget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


RINGED = (QPushButton, QCheckBox, QRadioButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _ring_share(widget) -> float:
    """The share of the widget's top and bottom edge pixels drawn in the focus colour (the ring)."""
    image = widget.grab().toImage()
    want = QColor(theme.token("focus"))
    hits = total = 0
    for y in (0, 1, image.height() - 2, image.height() - 1):
        for x in range(6, image.width() - 6):
            c = image.pixelColor(x, y)
            total += 1
            distance = abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue())
            hits += distance < 60
    return hits / total


async def _settle(app):
    for _ in range(3):
        app.processEvents()
        await asyncio.sleep(0)


async def test_tab_walks_every_page_and_every_custom_stop_has_a_name(qtbot, tmp_path):
    app = QApplication.instance()
    theme.apply_theme(app, "light")
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16, timeout=8, what="16 cells")
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        await until(lambda: (app.processEvents(), window.isActiveWindow())[1], timeout=3,
                    what="the window active")
        nameless: list[str] = []
        custom_stops: set[str] = set()
        ring_checked = 0
        for key in list(window.pages):
            window.show_page(key)
            window.nav.setFocus(Qt.FocusReason.TabFocusReason)
            await _settle(app)
            assert app.focusWidget() is window.nav
            seen = []
            for _ in range(160):
                QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
                await _settle(app)
                widget = app.focusWidget()
                if widget is window.nav or widget in seen:
                    break  # round the whole window once
                seen.append(widget)
                if _is_custom(widget):
                    custom_stops.add(type(widget).__name__)
                    if not _name(widget):
                        nameless.append(f"{key}: {type(widget).__name__}")
                if isinstance(widget, RINGED) and not _is_custom(widget) and widget.width() > 12:
                    assert _ring_share(widget) >= 0.5, (key, type(widget).__name__, _name(widget))
                    ring_checked += 1
            assert seen, f"Tab found nothing to focus on the {key} page"
            on_page = [w for w in seen if window.pages[key].isAncestorOf(w)]
            assert on_page, f"Tab never reached a control of the {key} page"
        assert not nameless, nameless
        # the walk reached the custom widgets: cell grid, warning lamps, the switch drawing
        assert {"CellGrid", "WarningLamp", "DipSwitchBlock"} <= custom_stops, custom_stops
        assert ring_checked > 20
    finally:
        await bridge.disconnect()


async def test_the_rail_switches_pages_with_the_arrows_and_names_its_rows(qtbot, tmp_path):
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.nav, NavRail) and window.nav.accessibleName()
    window.nav.setFocus()
    assert window.current_page_key() == "overview"
    QTest.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == "details"
    assert window.stack.currentWidget() is window.details
    QTest.keyClick(window.nav, Qt.Key.Key_End)
    assert window.stack.currentWidget() is window.pages[window.current_page_key()]
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()
        assert item.toolTip()
    # every page itself carries a name for screen readers (its title)
    assert all(page.accessibleName() for page in window.pages.values())


async def test_the_cell_grid_moves_a_current_cell_with_the_arrows(qtbot, tmp_path):
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16, timeout=8, what="16 cells")
        window.resize(1366, 768)
        window.show()
        window.show_page("details")
        window.details.refresh_now()
        grid = window.details.grid
        grid.setFocus(Qt.FocusReason.TabFocusReason)
        await _settle(QApplication.instance())
        assert grid.current == 0
        assert grid.accessibleName() and "#1" in grid.accessibleDescription().replace("#00", "#")
        cols = grid.columns()
        QTest.keyClick(grid, Qt.Key.Key_Right)
        assert grid.current == 1
        QTest.keyClick(grid, Qt.Key.Key_Down)
        assert grid.current == 1 + cols
        QTest.keyClick(grid, Qt.Key.Key_End)
        assert grid.current == 15
        assert grid.accessibleDescription() == grid.describe(grid.cells[15])
        with qtbot.waitSignal(grid.cellActivated) as activated:
            QTest.keyClick(grid, Qt.Key.Key_Return)
        assert activated.args == [grid.cells[15].number]
        QTest.keyClick(grid, Qt.Key.Key_F1)  # the tooltip's details without a mouse
        assert QToolTip.text() == grid.describe(grid.cells[15])
        # arrows do not leave the grid sideways past its ends
        QTest.keyClick(grid, Qt.Key.Key_Down)
        assert grid.current == 15
    finally:
        await bridge.disconnect()


async def test_only_the_focused_control_has_the_ring(qtbot, tmp_path):
    app = QApplication.instance()
    for mode in ("light", "dark"):
        theme.apply_theme(app, mode)
        bridge = DeviceBridge(record=False, **FAST)
        window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        await until(lambda w=window: (app.processEvents(), w.isActiveWindow())[1], timeout=3,
                    what="the window active")
        scan, pin = window.connection_bar.scan_button, window.connection_bar.pin
        scan.setEnabled(True)
        scan.setFocus(Qt.FocusReason.TabFocusReason)
        await _settle(app)
        assert _ring_share(scan) >= 0.5 and _ring_share(pin) < 0.15
        pin.setFocus(Qt.FocusReason.TabFocusReason)
        await _settle(app)
        assert _ring_share(pin) >= 0.5 and _ring_share(scan) < 0.15
        window.close()
    theme.apply_theme(app, "light")


async def test_every_visible_custom_drawing_has_a_name(qtbot, tmp_path):
    """Not only Tab stops: gauges, arrows, marks, value tiles, the switch drawing are named for screen
    readers on every page."""
    from PySide6.QtWidgets import QWidget

    app = QApplication.instance()
    bridge = DeviceBridge(record=False, **FAST)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "p.json")
    qtbot.addWidget(window)
    try:
        window.start()
        await until(lambda: bridge.live.cells_received == 16 and bridge.live.get("stored_wh") is not None,
                    timeout=8, what="a full picture")
        window.resize(1366, 768)
        window.show()
        nameless, checked = [], 0
        for key in list(window.pages):
            window.show_page(key)
            page = window.pages[key]
            if hasattr(page, "refresh_now"):
                page.refresh_now()
            await _settle(app)
            for widget in page.findChildren(QWidget):
                module = type(widget).__module__
                drawn = module.startswith("smartbms_gui.views.widgets") or type(widget).__name__ in (
                    "DipSwitchBlock", "CellGrid")
                if drawn and widget.isVisible() and type(widget).__name__ != "CellScrollArea":
                    checked += 1
                    if not widget.accessibleName():
                        nameless.append(f"{key}: {type(widget).__name__}")
        assert checked > 20
        assert not nameless, sorted(set(nameless))
    finally:
        await bridge.disconnect()
