"""Under the POSIX "C" locale (LANG=C) the "system" language formats dates as US English, not as Qt's
C locale's "2 12 2026"; a real locale of the system is kept as it is."""

import os
import subprocess
import sys

CHILD = r"""
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from smartbms_gui.views import translator
app = QApplication([])
translator.install_translator(app, "system")
print(QLocale().name(), QLocale().toString(QDate(2026, 12, 2), QLocale.FormatType.ShortFormat))
"""


def _run(**locale_env):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(locale_env, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split(None, 1)


def test_the_c_locale_gives_us_english_dates():
    name, date = _run(LC_ALL="C", LANG="C")
    assert name == "en_US"
    assert date.strip() == "12/2/26"


def test_a_real_system_locale_is_kept():
    # English is the app's own language, so the system locale itself formats the dates
    name, date = _run(LC_ALL="en_GB.UTF-8", LANG="en_GB.UTF-8", LANGUAGE="en_GB")
    assert name == "en_GB"
    assert date.strip() == "02/12/2026"


CHOSEN = CHILD.replace('install_translator(app, "system")', 'install_translator(app, CHOICE)')


def _run_chosen(choice: str, lang: str):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(LC_ALL=lang, LANG=lang, QT_QPA_PLATFORM="offscreen")
    code = CHOSEN.replace("CHOICE", repr(choice))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split(None, 1)


def test_a_chosen_language_keeps_the_systems_variant_of_it():
    # an installer in Britain who picks English reads day/month dates, not the US month/day
    name, date = _run_chosen("en", "en_GB.UTF-8")
    assert name == "en_GB" and date.strip() == "02/12/2026"
    # in Switzerland, German: the Swiss forms
    name, _date = _run_chosen("de", "de_CH.UTF-8")
    assert name == "de_CH"


def test_a_chosen_language_the_system_does_not_speak_takes_its_usual_forms():
    name, date = _run_chosen("en", "fr_FR.UTF-8")
    assert name == "en_US" and date.strip() == "12/2/26"
    name, _date = _run_chosen("nl", "fr_FR.UTF-8")
    assert name == "nl_NL"
    name, _date = _run_chosen("en", "C")
    assert name == "en_US"
