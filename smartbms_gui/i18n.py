"""The app's language, without Qt: language codes, translation files, messages rendered for a person.

The Qt side (installing translators into the application, the number formats of the chosen
locale) lives in `smartbms_gui/views/translator.py`, which also re-exports everything here; a
view imports that one (`from smartbms_gui.views import translator as i18n`) when it installs a
language. This module only holds pure helpers, so any layer may use it:

- the languages (`LANGUAGES`, `resolve_language`, `current_language`), the translation files
  (`qm_path`, `ts_path`, `TsCatalog` reads a Qt Linguist .ts file), the pseudo-locale "xx";
- ``translate_message``: texts from the layers below the views (device errors, connection
  reasons, transport failures, the parameter table's rules) are ``smartbms_gui.messages.Message``
  values (English strings that keep their template and arguments), shown in the user's language;
- ``format_number`` / ``format_quantity`` for values shown to the user.

The last two ask a backend how to translate a text and write a number: plain English and Python's
formatting until views/translator.py (imported by the views that use Qt) puts Qt's translators and
locale behind them.

A language change at run time re-translates only widgets that handle ``QEvent.LanguageChange``;
everything else follows at the next start.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

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


def resolve_language(language: str | None, system_language: Callable[[], str] | None = None) -> str:
    """A language code the app speaks; "system" (or nothing) asks `system_language` (the OS's
    preferred languages: views/translator.py), English without one."""
    if language in (None, "", "system"):
        return system_language() if system_language is not None else SOURCE_LANGUAGE
    code = language.replace("_", "-").split("-")[0].lower()
    if code in LANGUAGES or code == PSEUDO_LANGUAGE:
        return code
    known = ", ".join(["system", *LANGUAGES])
    raise LanguageError(f"no translation for language {language!r}; choose one of: {known}")


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smartbms_{language}.qm"


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smartbms_{language}.ts"


def compiled_is_current(language: str) -> bool:
    """A compiled .qm is there and not older than its .ts (edited, not yet compiled: it would show
    old texts, so the .ts is read then)."""
    compiled, source = qm_path(language), ts_path(language)
    stale = source.exists() and compiled.exists() and compiled.stat().st_mtime < source.stat().st_mtime
    return compiled.exists() and not stale


class TsCatalog:
    """The finished translations of a Qt Linguist .ts file (when no compiled .qm is at hand).

    Unfinished and obsolete entries are skipped, as lrelease does.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.messages: dict[tuple[str, str, str], str] = {}
        self.by_text: dict[tuple[str, str], str] = {}
        self.language = ""
        self._read()

    def _read(self) -> None:
        import xml.etree.ElementTree as ET  # here: a .ts is read only without its compiled .qm (not at start)

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

    def lookup(self, context: str | None, source_text: str | None, disambiguation: str | None = None
               ) -> str | None:
        """The translation, or None (the caller falls back to the source)."""
        key = (context or "", source_text or "")
        text = self.messages.get((*key, disambiguation or ""))
        if text is None:
            text = self.by_text.get(key)
        return text


def pseudo_translate(text: str) -> str:
    """"Save" → "[!! Save~~ !!]": marked and ~30 % longer, so escapes and clipping show up."""
    if not text:
        return text
    pad = max(0, math.ceil(len(text) * PSEUDO_GROWTH) - len(PSEUDO_START) - len(PSEUDO_END))
    return f"{PSEUDO_START}{text}{PSEUDO_PAD * pad}{PSEUDO_END}"


def is_pseudo_translated(text: str) -> bool:
    return PSEUDO_START.strip() in text


_language = SOURCE_LANGUAGE


def current_language() -> str:
    """The language code in use ("en", "nl", "de" or "xx")."""
    return _language


def set_current_language(code: str) -> None:
    """Called by views/translator.py when it installs a language."""
    global _language
    _language = code


# ------------------------------------------------------------------ the backend (views/translator.py)

def _plain_translate(context: str, text: str) -> str:
    return text


def _plain_number(value: float, decimals: int) -> str:
    return f"{float(value):,.{decimals}f}"


def _plain_shortest(value: float) -> str:
    return repr(float(value)).removesuffix(".0")


_translate: Callable[[str, str], str] = _plain_translate
_number: Callable[[float, int], str] = _plain_number
_shortest: Callable[[float], str] = _plain_shortest


def use_backend(*, translate: Callable[[str, str], str], number: Callable[[float, int], str],
                shortest: Callable[[float], str]) -> None:
    """How texts are translated and numbers written (views/translator.py: Qt's translators and locale)."""
    global _translate, _number, _shortest
    _translate, _number, _shortest = translate, number, shortest


def format_number(value: float, decimals: int = 2) -> str:
    """A number the way the user's language writes it ("3,412" in Dutch and German)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return _number(float(value), decimals)


def format_shortest(value: float) -> str:
    """A number with as many decimals as it has, in the user's language ("0,125", "2", "0,5"); no
    group separator (a sensor of 1000 A, not "1.000 A")."""
    return _shortest(float(value))


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
        template = _translate(MESSAGE_CONTEXT, value.template)
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            return value.template.format(**args)
    if isinstance(value, Label):
        return _translate(value.context, str.__str__(value)) if value else ""
    if isinstance(value, Quantity):
        number = format_number(value.value, value.shown_decimals)
        return f"{number} {value.unit}" if value.unit else number
    if isinstance(value, Joined):
        return value.separator.join(_render(item) for item in value.items)
    return str(value)
