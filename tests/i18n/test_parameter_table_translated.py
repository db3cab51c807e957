"""Every user-visible text of the parameter table has a finished Dutch and German translation.

protocol/params.py is the one description of a setting, its texts included: a new row (or a changed
label, choice, help text or validation message) is not done until both languages have it. The views
translate the table's labels, groups and choice labels in the "SettingsPage" context, its help and
not-writable reasons in "Parameter" (smartbms_gui.messages), and its validation texts are `Message`
templates in "Messages".
"""

from pathlib import Path

import extract_strings as ex
import pytest
import update

from smartbms_gui.messages import LABEL_CONTEXT, MESSAGE_CONTEXT, PARAMETER_CONTEXT
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation

PARAMS_SOURCE = Path(params.__file__)


def _table_texts(generation: Generation) -> set[ex.Message]:
    rows = params.parameters_for(generation)
    labels = {p.label for p in rows} | {p.group for p in rows} | {c.label for p in rows for c in p.choices}
    helps = {p.help for p in rows} | {p.not_writable_reason for p in rows}
    return ({ex.Message(LABEL_CONTEXT, text) for text in labels if text}
            | {ex.Message(PARAMETER_CONTEXT, text) for text in helps if text})


def _validation_texts() -> set[ex.Message]:
    """The `Message` templates of protocol/params.py: range, step, type and cross-field texts."""
    found = {m for m in ex.extract([PARAMS_SOURCE]) if m.context == MESSAGE_CONTEXT}
    assert len(found) > 10, "the validation texts of params.py were not found"
    return found


@pytest.fixture(scope="module")
def ts_entries():
    return {language: ex.read_ts(update.ts_file(language)) for language in update.LANGUAGES}


@pytest.mark.parametrize("generation", [Generation.GEN2, Generation.GEN3], ids=lambda g: f"gen{int(g)}")
@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_text_of_the_table_is_translated(ts_entries, language, generation):
    entries = ts_entries[language]
    wanted = _table_texts(generation) | _validation_texts()
    missing = sorted(m for m in wanted if not (m in entries and entries[m].finished and entries[m].translation))
    assert not missing, f"{len(missing)} texts of the parameter table without a {language} translation:\n" + (
        "\n".join(f"[{m.context}] {m.source!r}" for m in missing[:30]))


def test_the_catalogue_collects_every_text_of_the_table():
    """translations/update.py puts them all into the .ts files (so a new row cannot be forgotten)."""
    catalogue = set(update.all_messages())
    for generation in (Generation.GEN2, Generation.GEN3):
        assert _table_texts(generation) <= catalogue
    assert _validation_texts() <= catalogue
