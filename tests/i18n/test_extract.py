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


def test_message_templates_of_the_layers_below_land_in_the_messages_context(tmp_path):
    files, root = _package(tmp_path, {
        "__init__.py": "",
        "device.py": '''
            from smartbms_gui import messages
            from smartbms_gui.messages import Message, Quantity

            WRONG_PIN = Message("wrong PIN")
            TEMPLATE = "a template in a constant"

            def gave_up(n, limit):
                text = Message("gave up after {count} attempts", count=n)
                late = messages.Message("no answer within {seconds}", seconds=Quantity(limit, "s"))
                return Message(TEMPLATE), Message(some_variable), text, late
        ''',
    })
    found = {(m.context, m.source) for m in ex.extract(files, root=root)}
    assert found == {
        ("Messages", "wrong PIN"), ("Messages", "gave up after {count} attempts"),
        ("Messages", "no answer within {seconds}"), ("Messages", "a template in a constant"),
    }


def test_the_real_package_yields_the_lower_layers_messages_and_every_parameter_label():
    found = {(m.context, m.source) for m in ex.extract()}
    assert ("Messages", "wrong PIN") in found
    assert ("Messages", "{lower} ({lower_value}) must be below {upper} ({upper_value}): {why}") in found
    assert ("Messages", "the PIN check") in found
    # labels are arguments of messages (and the settings page's rows): all of them, Gen3-only ones too
    assert ("SettingsPage", "Relay 1 function") in found and ("SettingsPage", "V max") in found


def test_every_message_template_in_the_package_is_a_literal_the_extractor_sees():
    """A Message whose template is built at run time would never be translated: none may exist."""
    import ast

    problems = []
    for path in ex.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {n.targets[0].id for n in tree.body if isinstance(n, ast.Assign)
                     and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and ex._call_name(node) in ex.MESSAGE_NAMES and node.args:
                first = node.args[0]
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                if not literal and not (isinstance(first, ast.Name) and first.id in constants):
                    problems.append(f"{path.relative_to(ex.REPO)}:{node.lineno}")
    assert not problems, "Message templates that are not literals:\n" + "\n".join(problems)
