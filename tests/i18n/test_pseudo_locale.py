"""Every screen in the pseudo-locale: no visible string escapes translation, no text is clipped.

The pseudo-locale "xx" wraps every translated string as "[!! … !!]" and makes it ~30 % longer, the
way German and Dutch often run. The screens come from MainWindow.pages at run time (plus the About
and Preferences dialogs and the menus), with the simulator streaming so values are on screen.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pseudo_checks
import pytest
import screens
import update

from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n

OUTPUT = Path(__file__).resolve().parents[1] / "output" / "i18n"

# Problems found in pages other helpers own, reported to them; each entry is (kind, start of the
# text). Remove an entry when it is fixed: the test then guards it.
KNOWN_ISSUES: set[tuple[str, str]] = {
}


def _known(problem: pseudo_checks.Problem) -> bool:
    text = pseudo_checks.plain(problem.text).replace(i18n.PSEUDO_START, "", 1)
    return any(problem.kind == kind and text.startswith(start) for kind, start in KNOWN_ISSUES)


@pytest.fixture
def pseudo(qapp):
    recorder = screens.install_recording_pseudo(qapp)
    theme.apply_theme(qapp, "light")
    yield recorder
    i18n.install_translator(qapp, "en")


# 1366x768: a common laptop; 1280x720: a 1920x1080 laptop at 150 %, the size many installers have
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
async def test_every_screen_is_translated_and_nothing_is_clipped(qapp, pseudo, tmp_path, size):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    problems: dict[tuple[str, str], tuple[str, pseudo_checks.Problem]] = {}  # one entry per text
    suffix = "" if size == (1366, 768) else f"_{size[0]}x{size[1]}"

    def visit(name: str, widget) -> None:
        for problem in pseudo_checks.find_problems(widget):
            problems.setdefault((problem.kind, problem.text), (name, problem))
        if not name.startswith("menu:"):
            widget.grab().save(str(OUTPUT / f"pseudo_{name.replace(':', '_')}{suffix}.png"))

    names = await screens.visit_screens(qapp, visit, prefs_folder=tmp_path, size=size)

    assert {"page:overview", "page:details", "page:settings", "dialog:about"} <= set(names)
    unexpected = [f"{screen}: {problem}" for screen, problem in problems.values() if not _known(problem)]
    assert not unexpected, "\n".join(unexpected)
    seen = [(p.kind, pseudo_checks.plain(p.text).replace(i18n.PSEUDO_START, "", 1)) for _, p in problems.values()]
    for kind, start in sorted(KNOWN_ISSUES):
        if not any(k == kind and text.startswith(start) for k, text in seen):
            warnings.warn(f"known issue fixed, remove it from KNOWN_ISSUES: {kind} {start!r}", stacklevel=1)

    # everything translated at run time is in the catalogue the .ts files are made from
    catalogue = {(m.context, m.source) for m in update.all_messages()}
    missing = sorted(pseudo.seen - catalogue)
    assert not missing, (
        "strings translated at run time but not in the catalogue; run translations/runtime_strings.py "
        "and translations/update.py:\n" + "\n".join(f"[{c}] {s!r}" for c, s in missing)
    )


def test_checker_flags_an_escaped_string_and_a_clipped_label(qapp, pseudo):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

    root = QWidget()
    layout = QVBoxLayout(root)
    translated = QLabel(QCoreApplication.translate("Test", "Cell voltage"))
    translated.setToolTip(QCoreApplication.translate("Test", "The voltage of one cell"))
    escaped = QLabel("Charge relay")
    escaped.setToolTip(QCoreApplication.translate("Test", "Relay"))
    number = QLabel("3.412 V")
    number.setToolTip(QCoreApplication.translate("Test", "A value"))
    clipped = QLabel(QCoreApplication.translate("Test", "A long caption that cannot fit"))
    clipped.setToolTip(QCoreApplication.translate("Test", "Clipped"))
    pages = QListWidget()
    pages.setToolTip(QCoreApplication.translate("Test", "Pages"))
    pages.addItem(QCoreApplication.translate("Test", "Switches and wizards"))
    for label in (translated, escaped, number):
        layout.addWidget(label)
    layout.addWidget(clipped)
    layout.addWidget(pages)
    root.resize(600, 200)
    root.show()
    clipped.setFixedWidth(60)
    pages.setFixedWidth(90)
    qapp.processEvents()
    found = {(p.kind, pseudo_checks.plain(p.text)) for p in pseudo_checks.find_problems(root)}
    assert ("escaped", "Charge relay") in found
    assert any(kind == "clipped" and "A long caption" in text for kind, text in found)
    assert any(kind == "clipped" and "Switches and wizards" in text for kind, text in found)
    assert not any("Cell voltage" in text for _, text in found)
    assert not any(text == "3.412 V" for _, text in found)
    root.close()


def test_checker_measures_a_live_label_after_its_layout_catches_up(qapp, pseudo):
    """A label whose text grew after the last event pass (the recording indicator's size, every 2 s)
    is measured at the width its layout gives it, not at the old text's width; a label with no room
    to grow is still reported."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

    root = QWidget()
    layout = QHBoxLayout(root)
    live = QLabel(QCoreApplication.translate("Test", "Size {0}").format("9 kB"))
    boxed = QLabel(QCoreApplication.translate("Test", "Size {0}").format("1 kB"))
    boxed.setMaximumWidth(boxed.sizeHint().width())
    layout.addWidget(live)
    layout.addWidget(boxed)
    layout.addStretch(1)
    root.resize(700, 60)
    root.show()
    qapp.processEvents()
    assert not [p for p in pseudo_checks.find_problems(root) if p.kind == "clipped"]

    live.setText(QCoreApplication.translate("Test", "Size {0}").format("99999 kB"))
    boxed.setText(QCoreApplication.translate("Test", "Size {0}").format("99999 kB"))
    clipped = [pseudo_checks.plain(p.text) for p in pseudo_checks.find_problems(root) if p.kind == "clipped"]
    assert len(clipped) == 1 and clipped[0] == pseudo_checks.plain(boxed.text())
    root.close()
