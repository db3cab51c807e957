"""The app's language: English source strings, Dutch and German translations, and a pseudo-locale.

``install_translator(app, language)`` picks the language ("system", "en", "nl", "de"; "xx" is the
pseudo-locale for tests), installs Qt's own translations for standard buttons and dialogs, and the
app's translations from ``smartbms_gui/translations/``:

- ``smartbms_<lang>.qm`` (compiled with pyside6-lrelease by ``translations/update.py`` and the
  packaging build) when present — the fast path, used by the installers;
- otherwise the ``smartbms_<lang>.ts`` source itself, read by ``TsTranslator`` — so a pip install or a
  git checkout (where .qm files are not committed) is translated too.

Number formats follow the chosen language (``QLocale.setDefault``); use ``format_number`` /
``format_quantity`` for values shown to the user.

Texts from the layers below the views (device errors, connection reasons, transport failures, the
parameter table's rules) are ``smartbms_gui.messages.Message`` values: English strings that keep
their template and arguments. ``translate_message`` shows one in the user's language.

A language change at run time re-translates only widgets that handle ``QEvent.LanguageChange``;
everything else follows at the next start.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import smartbms_gui
from smartbms_gui.messages import MESSAGE_CONTEXT, Joined, Label, Message, Quantity

TRANSLATIONS_DIR = Path(smartbms_gui.__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"
# Language code → its own name (shown in preferences as the speakers of it know it).
LANGUAGES = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}
PSEUDO_LANGUAGE = "xx"
PSEUDO_START = "[!! "
PSEUDO_END = " !!]"
PSEUDO_GROWTH = 0.3  # translations often run ~30 % longer than English (German more)
PSEUDO_PAD = "~"


class LanguageError(ValueError):
    """A language the app has no translation for."""


def system_language() -> str:
    """The first of the OS's preferred UI languages the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(language: str | None) -> str:
    if language in (None, "", "system"):
        return system_language()
    code = language.replace("_", "-").split("-")[0].lower()
    if code in LANGUAGES or code == PSEUDO_LANGUAGE:
        return code
    known = ", ".join(["system", *LANGUAGES])
    raise LanguageError(f"no translation for language {language!r}; choose one of: {known}")


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smartbms_{language}.qm"


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smartbms_{language}.ts"


class TsTranslator(QTranslator):
    """Translates from a Qt Linguist .ts file directly (when no compiled .qm is at hand).

    Unfinished and obsolete entries are skipped, as lrelease does.
    """

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.messages: dict[tuple[str, str, str], str] = {}
        self.by_text: dict[tuple[str, str], str] = {}
        self.language = ""
        self._read()

    def _read(self) -> None:
        try:
            root = ET.parse(self.path).getroot()
        except (OSError, ET.ParseError) as exc:
            raise LanguageError(f"cannot read the translation file {self.path}: {exc}") from exc
        self.language = root.get("language", "")
        for context in root.iter("context"):
            context_name = context.findtext("name", default="")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = translation.findall("numerusform")
                text = forms[0].text if forms else translation.text
                if not text:
                    continue
                comment = message.findtext("comment", default="")
                self.messages[(context_name, source, comment)] = text
                self.by_text.setdefault((context_name, source), text)

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        key = (context or "", source_text or "")
        text = self.messages.get((*key, disambiguation or ""))
        if text is None:
            text = self.by_text.get(key)
        return text  # None: a null QString, so Qt asks the next translator and falls back to the source


def pseudo_translate(text: str) -> str:
    """"Save" → "[!! Save~~ !!]": marked and ~30 % longer, so escapes and clipping show up."""
    if not text:
        return text
    pad = max(0, math.ceil(len(text) * PSEUDO_GROWTH) - len(PSEUDO_START) - len(PSEUDO_END))
    return f"{PSEUDO_START}{text}{PSEUDO_PAD * pad}{PSEUDO_END}"


def is_pseudo_translated(text: str) -> bool:
    return PSEUDO_START.strip() in text


class PseudoTranslator(QTranslator):
    """Marks every string that goes through Qt's translation system (tests only)."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo_translate(source_text) if source_text else None


_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def current_language() -> str:
    """The language code in use ("en", "nl", "de" or "xx")."""
    return _language


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
    bundled = TRANSLATIONS_DIR  # a frozen build may carry qtbase_<lang>.qm next to ours
    if translator.load(f"qtbase_{language}", str(bundled)):
        return translator
    return None


def app_translator(language: str) -> QTranslator:
    """The app's translation for a language: compiled .qm if present and current, else the .ts source."""
    compiled = qm_path(language)
    source = ts_path(language)
    # a .qm older than its .ts (edited, not yet compiled) would show old texts: read the .ts then
    stale = source.exists() and compiled.exists() and compiled.stat().st_mtime < source.stat().st_mtime
    if compiled.exists() and not stale:
        translator = QTranslator()
        if translator.load(str(compiled)):
            return translator
    if not source.exists():
        raise LanguageError(f"no translation file for {language!r} in {TRANSLATIONS_DIR}")
    return TsTranslator(source)


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Translate the app into ``language`` ("system", "en", "nl", "de"; "xx" pseudo); returns the code.

    Call before building windows (strings are translated when widgets are made); calling again
    swaps the translators.
    """
    global _language
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
        QLocale.setDefault(QLocale(code))
    else:
        QLocale.setDefault(QLocale("en_US")
                           if language not in (None, "", "system") else QLocale.system())
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    _language = code
    return code


def format_number(value: float, decimals: int = 2) -> str:
    """A number the way the user's language writes it ("3,412" in Dutch and German)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return QLocale().toString(float(value), "f", decimals)


def format_shortest(value: float) -> str:
    """A number with as many decimals as it has, in the user's language ("0,125", "2", "0,5"); no
    group separator (a sensor of 1000 A, not "1.000 A")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def format_quantity(value: float, unit: str, decimals: int = 2) -> str:
    """Number and unit with a space, as SI writes it: "3,412 V", "25 %"."""
    return f"{format_number(value, decimals)} {unit}"


def translate_message(value: object) -> str:
    """A text from the layers below the views in the user's language.

    A `Message` (or an exception whose text is one) is translated: its template in the "Messages"
    context, its arguments by type (numbers with the user's decimal sign, labels in their own
    context, nested messages the same way). Any other text is shown as it is: a view's own strings
    are translated already, and a plain text from below (an operating system's error) has no
    translation. A translation whose fields do not fit its arguments falls back to English.
    """
    if value is None:
        return ""
    if isinstance(value, BaseException):
        value = str(value)  # a DeviceError, TransportError … returns its Message here
    return _render(value)


def _render(value: object) -> str:
    if isinstance(value, Message):
        args = {name: _render(arg) for name, arg in value.args.items()}
        template = QCoreApplication.translate(MESSAGE_CONTEXT, value.template)
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            return value.template.format(**args)
    if isinstance(value, Label):
        return QCoreApplication.translate(value.context, str.__str__(value)) if value else ""
    if isinstance(value, Quantity):
        number = format_number(value.value, value.shown_decimals)
        return f"{number} {value.unit}" if value.unit else number
    if isinstance(value, Joined):
        return value.separator.join(_render(item) for item in value.items)
    return str(value)
