"""The Qt side of the app's language (smartbms_gui/i18n.py holds the pure helpers, re-exported here).

``install_translator(app, language)`` picks the language ("system", "en", "nl", "de"; "xx" is the
pseudo-locale for tests), installs Qt's own translations for standard buttons and dialogs, and the
app's translations from ``smartbms_gui/translations/``:

- ``smartbms_<lang>.qm`` (compiled with pyside6-lrelease by ``translations/update.py`` and the
  packaging build) when present — the fast path, used by the installers;
- otherwise the ``smartbms_<lang>.ts`` source itself, read by ``TsTranslator`` — so a pip install or a
  git checkout (where .qm files are not committed) is translated too.

Number formats follow the chosen language (``QLocale.setDefault``). Importing this module puts Qt's
translators and locale behind `i18n.translate_message` and `i18n.format_number`: the views that use
Qt import the helpers from here (`from smartbms_gui.views import translator as i18n`), app.py before
the window; the Qt-free view helpers (pack_cells, ...) use smartbms_gui/i18n.py itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smartbms_gui import i18n
from smartbms_gui.i18n import (  # noqa: F401 - re-exported: `from smartbms_gui.views import translator as i18n`
    LANGUAGES,
    PSEUDO_END,
    PSEUDO_LANGUAGE,
    PSEUDO_START,
    SOURCE_LANGUAGE,
    LanguageError,
    TsCatalog,
    current_language,
    format_number,
    format_quantity,
    format_shortest,
    is_pseudo_translated,
    pseudo_translate,
    qm_path,
    translate_message,
    ts_path,
)


def system_language() -> str:
    """The first of the OS's preferred UI languages the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(language: str | None) -> str:
    return i18n.resolve_language(language, system_language)


class TsTranslator(QTranslator):
    """Translates from a Qt Linguist .ts file directly (`i18n.TsCatalog`)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.catalog = TsCatalog(path)
        self.path = self.catalog.path
        self.messages = self.catalog.messages
        self.by_text = self.catalog.by_text
        self.language = self.catalog.language

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None: a null QString, so Qt asks the next translator and falls back to the source
        return self.catalog.lookup(context, source_text, disambiguation)


class PseudoTranslator(QTranslator):
    """Marks every string that goes through Qt's translation system (tests only)."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo_translate(source_text) if source_text else None


_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own translations (standard buttons like OK/Cancel, file dialogs)."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    bundled = i18n.TRANSLATIONS_DIR  # a frozen build may carry qtbase_<lang>.qm next to ours
    if translator.load(f"qtbase_{language}", str(bundled)):
        return translator
    return None


def app_translator(language: str) -> QTranslator:
    """The app's translation for a language: compiled .qm if present and current, else the .ts source."""
    if i18n.compiled_is_current(language):
        translator = QTranslator()
        if translator.load(str(qm_path(language))):
            return translator
    source = ts_path(language)
    if not source.exists():
        raise LanguageError(f"no translation file for {language!r} in {i18n.TRANSLATIONS_DIR}")
    return TsTranslator(source)


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Translate the app into ``language`` ("system", "en", "nl", "de"; "xx" pseudo); returns the code.

    Call before building windows (strings are translated when widgets are made); calling again
    swaps the translators.
    """
    code = resolve_language(language)
    remove_translators(app)
    translators: list[QTranslator] = []
    if code == PSEUDO_LANGUAGE:
        translators.append(PseudoTranslator())
        QLocale.setDefault(QLocale("en_US"))
    elif code != SOURCE_LANGUAGE:
        qt = _qt_translator(code)
        if qt is not None:
            translators.append(qt)
        translators.append(app_translator(code))
        QLocale.setDefault(language_locale(code, QLocale(code)))
    else:
        QLocale.setDefault(language_locale(code, QLocale("en_US"))
                           if language not in (None, "", "system") else system_locale())
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    i18n.set_current_language(code)
    return code


def language_locale(code: str, fallback: QLocale) -> QLocale:
    """Numbers and dates for a chosen language: the OS's own variant when it speaks that language (an
    installer in Britain who picks English gets day/month dates, one in Belgium who picks Dutch the
    Belgian forms), else `fallback`."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().split("_")[0] == code:
        return system
    return fallback


def system_locale() -> QLocale:
    """The OS's locale for numbers and dates, but US English for the POSIX "C" locale (LANG=C, a
    minimal system): Qt's C locale writes dates as "2 12 2026", which reads as neither order."""
    system = QLocale.system()
    return QLocale("en_US") if system.language() == QLocale.Language.C else system


def _qt_number(value: float, decimals: int) -> str:
    return QLocale().toString(value, "f", decimals)


def _qt_shortest(value: float) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


i18n.use_backend(translate=QCoreApplication.translate, number=_qt_number, shortest=_qt_shortest)
