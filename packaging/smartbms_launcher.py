"""Entry point of the packaged program.

    smartbms-desktop               start the app
    smartbms-desktop --version     print "SmartBMS Desktop <version>" and exit
    smartbms-desktop --self-check  load what a bundle must carry (Qt offscreen-capable platform
                                   plugins, the app's windows, bleak's backend for this OS, icons,
                                   translations) and exit 0, or print what is missing and exit 1
    ... --report FILE              also write that output to FILE (a windowed Windows/macOS build
                                   has no console to print to)
"""

from __future__ import annotations

import sys


def _say(text: str, report: str | None, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # None in a windowed build
        print(text, file=stream)
    if report:
        with open(report, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")


def self_check(report: str | None = None) -> int:
    import importlib
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from smartbms_gui import qt_env

    qt_env.prepare()
    problems = []
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    backend = {"win32": "bleak.backends.winrt.client", "darwin": "bleak.backends.corebluetooth.client"}.get(
        sys.platform, "bleak.backends.bluezdbus.client")
    for module in ("smartbms_gui.views.main_window", "smartbms_gui.views.about", "pyqtgraph", backend):
        try:
            importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 - report every missing piece, not only the first
            problems.append(f"cannot import {module}: {exc}")
    from smartbms_gui.views import translator as i18n
    from smartbms_gui.views.app_icon import app_icon

    if app_icon().isNull():
        problems.append("the app icon is missing")
    from PySide6.QtGui import QImageReader

    # the bundle leaves most image plugins out (app_metadata.UNWANTED_QT_PLUGINS): the icons need SVG
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    for needed in ("svg", "png"):
        if needed not in formats:
            problems.append(f"the {needed.upper()} image format is missing (icons, pictures)")
    problems += _locale_problems()
    problems += _numpy_problems()
    for language in ("nl", "de"):
        try:
            i18n.install_translator(app, language)
        except i18n.LanguageError as exc:
            problems.append(str(exc))
    i18n.install_translator(app, "en")
    for problem in problems:
        _say(problem, report, error=True)
    _say("self-check " + ("failed" if problems else "passed"), report)
    return 1 if problems else 0


def _numpy_problems() -> list[str]:
    """A Linux bundle's numpy is built without BLAS (packaging/build.sh): its own lapack_lite must
    still solve the small systems pyqtgraph sets up."""
    try:
        import numpy

        matrix = numpy.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
        solution = numpy.linalg.solve(matrix, numpy.array([1.0, 2.0, 3.0]))
        if not numpy.allclose(matrix @ solution, [1.0, 2.0, 3.0]):
            return ["numpy.linalg.solve gives a wrong answer"]
    except Exception as exc:  # noqa: BLE001 - report it, with the rest
        return [f"numpy's linear algebra does not work: {exc}"]
    return []


def _locale_problems() -> list[str]:
    """What Qt asks of ICU for the app's languages (a Linux bundle carries a trimmed ICU data
    library, packaging/icu_data.py): German collation, case mapping and a time-zone name."""
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone

    problems = []
    german = QLocale("de_DE")
    if QCollator(german).compare("Äpfel", "Birne") >= 0:
        problems.append("collation: 'Äpfel' does not sort before 'Birne' in German (ICU data)")
    if german.toUpper("straße") != "STRASSE":
        problems.append("case mapping: German 'straße' is not upper-cased to 'STRASSE' (ICU data)")
    zone = QTimeZone(b"Europe/Amsterdam")
    if zone.isValid():  # the time-zone database is the system's: only its names come from ICU
        winter = QDateTime.fromString("2026-01-15T12:00:00", "yyyy-MM-ddTHH:mm:ss")
        name = zone.displayName(winter, QTimeZone.NameType.LongName, german)
        if name != "Mitteleuropäische Normalzeit":
            problems.append(f"time-zone names: German name of Europe/Amsterdam is {name!r} (ICU data)")
    return problems


def main() -> int:
    args = sys.argv[1:]
    report = args[args.index("--report") + 1] if "--report" in args[:-1] else None
    if "--version" in args:
        from smartbms_gui import APP_NAME, __version__

        _say(f"{APP_NAME} {__version__}", report)
        return 0
    if "--self-check" in args:
        return self_check(report)
    from smartbms_gui.app import main as app_main

    return app_main() or 0


if __name__ == "__main__":
    sys.exit(main())
