"""The faster "does this module use PySide6?" check gives PySide6's own answer for every module."""

from __future__ import annotations

import sys
import types

import pytest

pytest.importorskip("PySide6.QtCore")

from smartbms_gui.views import qt_import_check  # noqa: E402


def pyside_feature():
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        pytest.skip("this PySide6 has no per-module PySide check")
    return feature


def upstream(feature):
    """PySide6's own function, also when the fast one is already in place (the app's start)."""
    check = feature._mod_uses_pyside
    closure = getattr(check, "__closure__", None) or ()
    if getattr(check, "_smartbms_fast", False):
        originals = [cell.cell_contents for cell in closure
                     if callable(cell.cell_contents) and cell.cell_contents is not check
                     and getattr(cell.cell_contents, "__name__", "") == "_mod_uses_pyside"]
        assert originals, "the fast check keeps PySide6's function for what it cannot answer"
        return originals[0]
    return check


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inspect on odd built-in modules (PySide6 asks too)
def test_same_answer_as_pyside_for_every_loaded_module():
    feature = pyside_feature()
    import smartbms_gui.sim.front  # noqa: F401
    import smartbms_gui.views.main_window  # noqa: F401 - a module that names PySide6, and many that do not

    original = upstream(feature)
    fast = qt_import_check.fast_uses_pyside(original)
    modules = [module for module in list(sys.modules.values()) if isinstance(module, types.ModuleType)]
    answers = {module.__name__: (fast(module), original(module)) for module in modules}
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert not differ
    assert answers["smartbms_gui.views.main_window"] == (True, True)
    assert answers["smartbms_gui.sim.front"] == (False, False)
    assert answers["json"] == (False, False)  # the standard library, answered without reading it


def test_unreadable_source_goes_to_pysides_check(tmp_path):
    asked = []

    def original(module):
        asked.append(module.__name__)
        return True

    gone = types.ModuleType("gone_module")
    gone.__file__ = str(tmp_path / "gone_module.py")  # no such file
    built_in = types.ModuleType("no_file")
    fast = qt_import_check.fast_uses_pyside(original, stdlib=())
    assert fast(gone) is True and fast(built_in) is True
    assert asked == ["gone_module", "no_file"]


def test_source_is_searched_as_bytes(tmp_path):
    uses = tmp_path / "uses.py"
    uses.write_bytes("# -*- coding: latin-1 -*-\n# caf\xe9\nfrom PySide6 import QtCore\n".encode("latin-1"))
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n", encoding="utf-8")
    fast = qt_import_check.fast_uses_pyside(lambda module: pytest.fail("not asked"), stdlib=())
    for path, expected in ((uses, True), (plain, False)):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        assert fast(module) is expected


def test_install_is_idempotent_and_keeps_pysides_function_for_the_rest():
    feature = pyside_feature()
    before = upstream(feature)
    assert qt_import_check.install() is True
    first = feature._mod_uses_pyside
    assert getattr(first, "_smartbms_fast", False)
    assert qt_import_check.install() is True
    assert feature._mod_uses_pyside is first  # not wrapped twice
    assert upstream(feature) is before
