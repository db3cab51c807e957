"""Every string of the app has a Dutch and a German translation that keeps its placeholders and markup."""

import check_translations
import extract_strings as ex
import pytest
import update
from PySide6.QtCore import QCoreApplication

from smartbms_gui.views import translator as i18n


@pytest.fixture(scope="module")
def catalogue():
    return update.all_messages()


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_string_is_translated(catalogue, language):
    entries = ex.read_ts(update.ts_file(language))
    missing = [m for m in catalogue if not (m in entries and entries[m].finished and entries[m].translation)]
    assert not missing, (
        f"{len(missing)} strings without a {language} translation (run translations/update.py, then "
        "translate the unfinished entries):\n" + "\n".join(f"[{m.context}] {m.source!r}" for m in missing[:30])
    )


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_translations_keep_placeholders_markup_and_accelerators(language):
    bad = []
    for message, entry in ex.read_ts(update.ts_file(language)).items():
        if entry.finished:
            for problem in check_translations.problems(message.source, entry.translation):
                bad.append(f"[{message.context}] {message.source[:50]!r}: {problem}")
    assert not bad, "\n".join(bad)


def test_checker_catches_a_lost_placeholder_and_a_lost_accelerator():
    assert check_translations.problems("Saved %1", "Opgeslagen")
    assert check_translations.problems("&Apply", "Toepassen")
    assert check_translations.problems("{0}: type a value", "typ een waarde")
    assert check_translations.problems("<b>Problems</b>", "Problemen")
    assert not check_translations.problems("&Apply", "&Toepassen")


@pytest.mark.parametrize(
    "language, context, source, expected",
    [
        ("nl", "MainWindow", "Battery details", "Accudetails"),
        ("nl", "CellState", "Balancing", "Balanceert"),
        ("de", "MainWindow", "Battery details", "Akkudetails"),
        ("de", "About", "Copy diagnostics", "Diagnose kopieren"),
    ],
)
def test_the_shipped_files_translate_in_the_app(qapp, english_afterwards, language, context, source, expected):
    assert ex.Message(context, source) in set(update.all_messages())
    i18n.install_translator(qapp, language)
    assert QCoreApplication.translate(context, source) == expected
