"""Show every screen of the app once, with the simulator streaming, and hand each one to a visitor.

Used by the pseudo-locale test (tests/i18n/test_pseudo_locale.py) and by ``runtime_strings.py``,
which records the strings that pass through Qt's translator while the screens are built — also the
ones passed to ``tr()`` as variables (parameter labels from the parameter table, fault names …), which
no source scanner can see.

Pages are found at run time through ``MainWindow.pages``, so pages added later are covered.
Runs on a plain asyncio loop; Qt events are processed by hand (``processEvents``), as in the view tests.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from smartbms_gui import qt_env

qt_env.prepare()

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from smartbms_gui.views import translator as i18n

SCREEN_SIZES = ((1366, 768), (1920, 1080))
FAST_SESSION = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0,
                "timeout_s": 0.5, "retries": 1}

Visitor = Callable[[str, QWidget], None]


def is_qt_context(context: str) -> bool:
    """Qt's own strings (QPlatformTheme, QLineEdit …) are translated by Qt's files, not ours."""
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


_library_contexts: set[str] | None = None


def library_contexts() -> set[str]:
    """Contexts pyqtgraph translates its own menus under ("PlotItem", "ViewBox", "Form" …).

    Their strings are the library's (like Qt's own): not in our catalogue. A context our package also
    uses (e.g. "MainWindow" in pyqtgraph's examples) stays ours.
    """
    global _library_contexts
    if _library_contexts is None:
        import re

        import extract_strings
        import pyqtgraph

        pattern = re.compile(r"""translate\(\s*["']([A-Za-z_]+)["']""")
        found: set[str] = set()
        for path in Path(pyqtgraph.__file__).parent.rglob("*.py"):
            if "examples" not in path.parts:
                found.update(pattern.findall(path.read_text(encoding="utf-8", errors="replace")))
        ours = {m.context for m in extract_strings.extract()}
        _library_contexts = found - ours
    return _library_contexts


def is_library_context(context: str) -> bool:
    return is_qt_context(context) or context in library_contexts()


class RecordingPseudoTranslator(i18n.PseudoTranslator):
    """The pseudo-locale translator that also notes every (context, source) it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if source_text and not is_library_context(context or ""):
            self.seen.add((context or "", source_text))
        return super().translate(context, source_text, disambiguation, n)


def install_recording_pseudo(app: QApplication) -> RecordingPseudoTranslator:
    i18n.install_translator(app, i18n.PSEUDO_LANGUAGE)
    i18n.remove_translators(app)
    translator = RecordingPseudoTranslator()
    app.installTranslator(translator)
    i18n._installed.append(translator)
    return translator


async def _until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        await asyncio.sleep(0.03)


def _settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


async def visit_screens(app: QApplication, visit: Visitor, *, size: tuple[int, int] = SCREEN_SIZES[0],
                        prefs_folder: Path | None = None) -> list[str]:
    """Build the main window, connect the simulator, show each page and the dialogs; returns the names."""
    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.app import install_simulator
    from smartbms_gui.views import about
    from smartbms_gui.views.connection_bar import DeviceTarget
    from smartbms_gui.views.device_bridge import DeviceBridge

    install_simulator()  # as app.py does: the simulated batteries come from sim/front.py
    from smartbms_gui.views.main_window import SIMULATOR_PIN, MainWindow
    from smartbms_gui.views.preferences_dialog import PreferencesDialog

    folder = prefs_folder or Path(tempfile.mkdtemp(prefix="smartbms-screens-"))
    bridge = DeviceBridge(**FAST_SESSION)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=folder / "preferences.json")
    names = []
    try:
        window.resize(*size)
        window.show()
        window._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
        await _until(lambda: bridge.session is not None, 5.0, "a session")
        await bridge.wait_streaming(10.0)
        await _until(lambda: bridge.live.cells_received > 0, 5.0, "cell readings")
        await asyncio.sleep(1.0)  # every record type a few times
        for key in list(window.pages):
            window.show_page(key)
            page = window.pages[key]
            if hasattr(page, "refresh_now"):
                page.refresh_now()
            _settle(app)
            visit(f"page:{key}", window)
            names.append(f"page:{key}")
            # every tab of a page with tabs (the first one was visited with the page)
            for tabs in page.findChildren(QTabWidget):
                if not tabs.isVisible():
                    continue
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    visit(f"page:{key}:tab{index}", window)
                    names.append(f"page:{key}:tab{index}")
                tabs.setCurrentIndex(0)
            # a page's wizard (the switches page): its first step
            if hasattr(page, "openWizard"):
                wizard = page.openWizard()
                _settle(app)
                visit(f"wizard:{key}", wizard)
                names.append(f"wizard:{key}")
                wizard.close()
                _settle(app)

        dialogs: list[tuple[str, QWidget]] = []
        about_box = about.AboutDialog(window)
        dialogs.append(("dialog:about", about_box))
        preferences = PreferencesDialog(window.prefs, window)
        dialogs.append(("dialog:preferences", preferences))
        for name, dialog in dialogs:
            dialog.open()
            _settle(app)
            visit(name, dialog)
            names.append(name)
            dialog.close()
            dialog.deleteLater()
        for menu in (getattr(window, "help_menu", None), getattr(window, "view_menu", None)):
            if menu is not None:
                visit(f"menu:{menu.objectName() or menu.title()}", menu)
    finally:
        await bridge.disconnect()
        window.close()
        window.deleteLater()
        _settle(app)
    return names


async def record_runtime_strings(app: QApplication) -> set[tuple[str, str]]:
    recorder = install_recording_pseudo(app)
    try:
        await visit_screens(app, lambda name, widget: None)
    finally:
        i18n.install_translator(app, "en")
    return set(recorder.seen)


def run(coro: Awaitable):
    return asyncio.run(coro)
