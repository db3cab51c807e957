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
