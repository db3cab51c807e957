"""The string extractor: contexts as PySide6 uses them at run time, wrappers, constants, subclasses."""

import textwrap

import extract_strings as ex


def _package(tmp_path, files: dict[str, str]):
    root = tmp_path
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return sorted((root / "pkg").rglob("*.py")), root


def test_contexts_follow_classes_constants_wrappers_and_subclasses(tmp_path):
    files, root = _package(tmp_path, {
        "__init__.py": "",
        "texts.py": '''
            from PySide6.QtCore import QCoreApplication
            CONTEXT = "Switches"

            def tr(text):
                """translated"""
                return QCoreApplication.translate(CONTEXT, text)

            ON = tr("ON")
        ''',
        "page.py": '''
            from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
            from pkg import texts
            from pkg.texts import tr as switch_tr

            LABELS = {"a": QT_TRANSLATE_NOOP("Labels", "Cell voltage")}

            class BasePage:
                def build(self):
                    self.setWindowTitle(self.tr("Battery " "details"))
                    texts.tr("OFF")
                    switch_tr("Switch 8")
                    QCoreApplication.translate("Other", "Pack")
                    self.tr(some_variable)

            class CellsPage(BasePage):
                pass
        ''',
    })
    found = {(m.context, m.source) for m in ex.extract(files, root=root)}
    assert found == {
        ("Switches", "ON"), ("Switches", "OFF"), ("Switches", "Switch 8"),
        ("Labels", "Cell voltage"), ("Other", "Pack"),
        # PySide6's self.tr() looks a string up under the run-time class, so subclasses get it too
        ("BasePage", "Battery details"), ("CellsPage", "Battery details"),
    }


def test_ts_round_trip_keeps_translations_and_marks_moved_ones_unfinished(tmp_path):
    path = tmp_path / "x_nl.ts"
    kept = ex.Message("Page", "Cell voltage")
    moved_from = ex.Message("Old", "Charge relay")
    ex.write_ts(path, "nl", [ex.TsEntry(kept, "Celspanning", True), ex.TsEntry(moved_from, "Laadrelais", True),
                             ex.TsEntry(ex.Message("Page", "Gone"), "Weg", True)])
    moved_to = ex.Message("New", "Charge relay")
    fresh = ex.Message("Page", "New text")
    merged = {e.message: e for e in ex.merge([kept, moved_to, fresh], ex.read_ts(path))}
    assert merged[kept].translation == "Celspanning" and merged[kept].finished
    assert merged[moved_to].translation == "Laadrelais" and not merged[moved_to].finished
    assert merged[fresh].translation == "" and not merged[fresh].finished
    assert ex.Message("Page", "Gone") not in merged
    ex.write_ts(path, "nl", merged.values())
    again = ex.read_ts(path)
    assert again[kept].finished and not again[moved_to].finished


def test_the_real_package_yields_the_help_menu_strings():
    found = {(m.context, m.source) for m in ex.extract()}
    assert ("About", "Copy diagnostics") in found
    assert ("CellState", "Out of range") in found
    assert ("AboutDialog", "Libraries shipped with this program and their licences:") in found
