"""install_translator: language choice, .qm and .ts loading, pseudo-locale, number formats."""

import subprocess
import sys
from pathlib import Path

import extract_strings as ex
import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from smartbms_gui import i18n as i18n_core
from smartbms_gui.views import translator as i18n

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _write_translations(folder: Path, language: str, pairs: dict[tuple[str, str], str], unfinished=()):
    entries = [ex.TsEntry(ex.Message(c, s), t, True) for (c, s), t in pairs.items()]
    entries += [ex.TsEntry(ex.Message(c, s), t, False) for (c, s), t in unfinished]
    ex.write_ts(folder / f"smartbms_{language}.ts", language, entries)


def test_system_language_picks_the_first_spoken_one(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.system_language() == "en"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert i18n.resolve_language("system") == "de"
    assert i18n.resolve_language(None) == "de"


def test_unknown_language_names_the_choices():
    with pytest.raises(i18n.LanguageError, match="system, en, nl, de"):
        i18n.resolve_language("klingon")
    assert i18n.resolve_language("nl_BE") == "nl"


def test_ts_file_is_used_when_no_qm_exists(qapp, tmp_path, monkeypatch, english_afterwards):
    _write_translations(tmp_path, "nl", {("Page", "Cell voltage"): "Celspanning"},
                        unfinished=[(("Page", "Charge relay"), "Laadrelais?")])
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.install_translator(qapp, "nl") == "nl"
    assert QCoreApplication.translate("Page", "Cell voltage") == "Celspanning"
    # unfinished translations are not used, as lrelease would not use them either
    assert QCoreApplication.translate("Page", "Charge relay") == "Charge relay"
    assert QCoreApplication.translate("Other", "Cell voltage") == "Cell voltage"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
def test_compiled_qm_is_preferred(qapp, tmp_path, monkeypatch, english_afterwards):
    _write_translations(tmp_path, "de", {("Page", "Cell voltage"): "Zellspannung"})
    subprocess.run([str(LRELEASE), "-silent", str(tmp_path / "smartbms_de.ts"),
                    "-qm", str(tmp_path / "smartbms_de.qm")], check=True)
    (tmp_path / "smartbms_de.ts").unlink()  # only the .qm is left: it must be what answers
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    i18n.install_translator(qapp, "de")
    assert QCoreApplication.translate("Page", "Cell voltage") == "Zellspannung"
    # Qt's own strings come in German as well (standard buttons)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_missing_translation_file_is_a_clear_error(qapp, tmp_path, monkeypatch, english_afterwards):
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(i18n.LanguageError, match="no translation file for 'nl'"):
        i18n.install_translator(qapp, "nl")


def test_switching_back_to_english_removes_the_translation(qapp, tmp_path, monkeypatch, english_afterwards):
    _write_translations(tmp_path, "nl", {("Page", "Cell voltage"): "Celspanning"})
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    i18n.install_translator(qapp, "nl")
    i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("Page", "Cell voltage") == "Cell voltage"
    assert i18n.current_language() == "en"


def test_pseudo_locale_marks_and_lengthens(qapp, english_afterwards):
    i18n.install_translator(qapp, "xx")
    text = QCoreApplication.translate("Page", "Battery details and every cell")
    assert text.startswith("[!! Battery details and every cell") and text.endswith(" !!]")
    assert len(text) >= 1.3 * len("Battery details and every cell")
    assert i18n.pseudo_translate("") == ""
    assert i18n.is_pseudo_translated(QCoreApplication.translate("X", "OK"))


def test_numbers_follow_the_language(qapp, tmp_path, monkeypatch, english_afterwards):
    _write_translations(tmp_path, "de", {("Page", "x"): "y"})
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    i18n.install_translator(qapp, "de")
    assert i18n.format_quantity(3.412, "V", 3) == "3,412 V"
    i18n.install_translator(qapp, "en")
    assert i18n.format_quantity(3.412, "V", 3) == "3.412 V"
    assert i18n.format_number(float("nan")) == "—"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
def test_a_qm_older_than_its_ts_is_not_used(qapp, tmp_path, monkeypatch, english_afterwards):
    import os

    _write_translations(tmp_path, "nl", {("Page", "Cell voltage"): "Oud"})
    subprocess.run([str(LRELEASE), "-silent", str(tmp_path / "smartbms_nl.ts"),
                    "-qm", str(tmp_path / "smartbms_nl.qm")], check=True)
    _write_translations(tmp_path, "nl", {("Page", "Cell voltage"): "Celspanning"})
    qm = tmp_path / "smartbms_nl.qm"
    os.utime(qm, (qm.stat().st_mtime - 60, qm.stat().st_mtime - 60))
    monkeypatch.setattr(i18n_core, "TRANSLATIONS_DIR", tmp_path)
    i18n.install_translator(qapp, "nl")
    assert QCoreApplication.translate("Page", "Cell voltage") == "Celspanning"
