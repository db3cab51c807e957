"""The first window (no saved geometry) takes a share of the screen, centred, or opens maximized on a
small screen; a saved geometry still wins. The screens are Qt's offscreen platform configured with a
screen of the given size (its `configfile`), in a child process as the platform is chosen at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize

from smartbms_gui.views.first_placement import FIRST_SHARE, first_placement

MINIMUM = QSize(1000, 640)


def test_a_full_hd_screen_gets_a_centred_window_of_its_share():
    available = QRect(0, 0, 1920, 1040)  # a task bar of 40 pixels
    placement = first_placement(available, MINIMUM)
    assert placement is not None and not placement.maximized
    size = (placement.geometry.width(), placement.geometry.height())
    assert size == (round(1920 * FIRST_SHARE), round(1040 * FIRST_SHARE))
    assert placement.geometry.center() == available.center()


def test_a_laptop_screen_gets_a_maximized_window():
    placement = first_placement(QRect(0, 0, 1366, 728), MINIMUM)
    assert placement is not None and placement.maximized
    assert placement.geometry == QRect(0, 0, 1366, 728)


def test_a_screen_smaller_than_the_window_is_left_to_qt():
    assert first_placement(QRect(0, 0, 800, 600), MINIMUM) is None
    assert first_placement(QRect(0, 0, 1920, 600), MINIMUM) is None


def test_a_second_screen_to_the_right_gets_the_window_on_it():
    available = QRect(1920, 0, 2560, 1400)
    placement = first_placement(available, MINIMUM)
    assert placement is not None and available.contains(placement.geometry)
    assert placement.geometry.center() == available.center()


@given(st.integers(-3000, 3000), st.integers(-2000, 2000), st.integers(1000, 8000), st.integers(640, 5000))
def test_the_first_window_is_always_on_the_screen_and_never_below_its_minimum(x, y, width, height):
    available = QRect(x, y, width, height)
    placement = first_placement(available, MINIMUM)
    assert placement is not None
    assert available.contains(placement.geometry)
    assert placement.geometry.width() >= MINIMUM.width() and placement.geometry.height() >= MINIMUM.height()


CHILD = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from smartbms_gui import app as entry, preferences as app_prefs
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import MainWindow
    entry.install_simulator()
    folder = Path(sys.argv[1])

    def opened(prefs):
        window = MainWindow(DeviceBridge(record=False), prefs, prefs_path=folder / "preferences.json")
        window.show()
        app.processEvents()
        geometry = window.geometry()
        found = {"geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
                 "maximized": bool(window.windowState() & Qt.WindowState.WindowMaximized)}
        return window, found

    first, found_first = opened(app_prefs.Preferences())
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(40, 50, 1100, 700)  # the user moves and sizes it; the next start has that
    app.processEvents()
    first.save_preferences()
    first.hide()
    _, found_again = opened(app_prefs.load(folder / "preferences.json"))
    print(json.dumps({"first": found_first, "again": found_again}), flush=True)
    # The answer is out; the windows' bridges were never started and their teardown at interpreter
    # exit is not what this child checks (the app's own exit closes its links first: app.py).
    os._exit(0)
""")


def opened_on(tmp_path, width, height):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_real_window_takes_its_share_of_a_full_hd_screen_then_keeps_where_the_user_put_it(tmp_path):
    found = opened_on(tmp_path, 1920, 1080)
    x, y, width, height = found["first"]["geometry"]
    assert not found["first"]["maximized"]
    assert (width, height) == (round(1920 * FIRST_SHARE), round(1080 * FIRST_SHARE))
    assert (x + width / 2, y + height / 2) == (960, 540)
    assert found["again"] == {"geometry": [40, 50, 1100, 700], "maximized": False}


def test_the_real_window_opens_maximized_on_a_laptop_screen(tmp_path):
    found = opened_on(tmp_path, 1366, 700)
    assert found["first"]["maximized"]
    x, y, width, height = found["first"]["geometry"]
    assert QRect(0, 0, 1366, 700).contains(QRect(x, y, width, height))
    assert width >= 1360 and height >= 690
