"""The report's language: its texts and numbers in English, Dutch or German, whatever the window shows.

The report is written in the language chosen for it, not the app's: this holds that language's
translator (the app's own translation files: the compiled .qm, else `i18n.TsCatalog`) and locale without installing
them, so the open window keeps its language. Texts are the lower layers' `Message`/`Label`/
`Quantity` values (the report's own templates are `Message`s in the "Messages" context, so the
app's string extraction finds them); they are rendered here as `i18n.translate_message` renders
them for the window.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTranslator

from smartbms_gui import i18n
from smartbms_gui.messages import MESSAGE_CONTEXT, Joined, Label, Message, Quantity
from smartbms_gui.protocol import params
from smartbms_gui.report.content import SettingValue
from smartbms_gui.report.observe import Moment

REPORT_LANGUAGES = ("en", "nl", "de")


def _translator(code: str) -> QTranslator | i18n.TsCatalog:
    """The app's translation for a language: compiled .qm if present and current, else the .ts source
    (as the window's views/translator.py loads it, without installing it)."""
    if i18n.compiled_is_current(code):
        translator = QTranslator()
        if translator.load(str(i18n.qm_path(code))):
            return translator
    source = i18n.ts_path(code)
    if not source.exists():
        raise i18n.LanguageError(f"no translation file for {code!r} in {i18n.TRANSLATIONS_DIR}")
    return i18n.TsCatalog(source)


class ReportLanguage:
    def __init__(self, code: str = "en") -> None:
        code = (code or "en").lower()
        if code not in REPORT_LANGUAGES:
            raise i18n.LanguageError(
                f"no report in language {code!r}; choose one of: {', '.join(REPORT_LANGUAGES)}"
            )
        self.code = code
        self.locale = QLocale("en_GB") if code == "en" else QLocale(code)
        self._translator: QTranslator | i18n.TsCatalog | None = None if code == "en" else _translator(code)

    def tr(self, context: str, text: str) -> str:
        if self._translator is None or not text:
            return text
        if isinstance(self._translator, i18n.TsCatalog):
            translated = self._translator.lookup(context, text)
        else:
            translated = self._translator.translate(context, text)
        return translated or text

    def text(self, value: object) -> str:
        """A `Message`, `Label`, `Quantity`, `SettingValue`, `Joined` or plain text in this language."""
        if value is None:
            return ""
        if isinstance(value, BaseException):
            value = str(value)
        if isinstance(value, Message):
            args = {name: self.text(arg) for name, arg in value.args.items()}
            template = self.tr(MESSAGE_CONTEXT, value.template)
            try:
                return template.format(**args)
            except (KeyError, IndexError, ValueError):
                return value.template.format(**args)
        if isinstance(value, Label):
            return self.tr(value.context, str.__str__(value)) if value else ""
        if isinstance(value, Quantity):
            number = self.number(value.value, value.shown_decimals)
            return f"{number} {value.unit}" if value.unit else number
        if isinstance(value, Joined):
            return value.separator.join(self.text(item) for item in value.items)
        if isinstance(value, SettingValue):
            # the window's formatter, with this language's decimal sign (no group separator, as the
            # window writes numbers)
            return params.value_text(value.param, value.value, decimal_sign=self.locale.decimalPoint())
        if isinstance(value, Moment):
            return self.date_time(value.t, seconds=value.seconds)
        return str(value)

    def number(self, value: float | None, decimals: int = 2) -> str:
        if value is None:
            return "–"
        locale = QLocale(self.locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(float(value), "f", decimals)

    def date_time(self, unix_s: float | None, *, seconds: bool = False) -> str:
        if unix_s is None:
            return "–"
        moment = QDateTime.fromSecsSinceEpoch(int(unix_s))
        return self.locale.toString(moment, "yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")

    def time_of_day(self, unix_s: float) -> str:
        return self.locale.toString(QDateTime.fromSecsSinceEpoch(int(unix_s)), "HH:mm")

    def date(self, when: datetime | str | None) -> str:
        if when is None or when == "":
            return "–"
        if isinstance(when, str):
            return when
        return when.strftime("%Y-%m-%d")
