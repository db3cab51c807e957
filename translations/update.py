"""Refresh the translation files from the code, and compile them.

    .venv/bin/python translations/runtime_strings.py   # (after page changes) strings tr() gets as variables
    .venv/bin/python translations/update.py            # extract strings, update the .ts files, compile .qm
    .venv/bin/python translations/update.py --check    # exit 1 if any string lacks a Dutch or German translation
    .venv/bin/python translations/update.py --compile  # only compile .ts -> .qm (the packaging build does this)

The .ts files live in smartbms_gui/translations/ (package data: the app reads them directly when no
.qm is there). The .qm files are build output (git-ignored), made with pyside6-lrelease, which ships
with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_translations
import extract_strings
import runtime_strings

LANGUAGES = ("nl", "de")
TS_DIR = extract_strings.PACKAGE / "translations"


class ToolMissing(RuntimeError):
    pass


def ts_file(language: str) -> Path:
    return TS_DIR / f"smartbms_{language}.ts"


def lrelease() -> str:
    """pyside6-lrelease next to this Python, or on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    raise ToolMissing("pyside6-lrelease not found: install PySide6-Essentials in this environment")


def all_messages() -> list[extract_strings.Message]:
    """Strings found in the source plus those recorded at run time (runtime_strings.json)."""
    found = set(extract_strings.extract())
    found |= {extract_strings.Message(context, source) for context, source in runtime_strings.load()}
    return sorted(found)


def update() -> dict[str, tuple[int, int]]:
    """Rewrite each .ts with the strings in the code; returns language → (total, unfinished)."""
    messages = all_messages()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    counts = {}
    for language in LANGUAGES:
        path = ts_file(language)
        entries = extract_strings.merge(messages, extract_strings.read_ts(path))
        extract_strings.write_ts(path, language, entries)
        counts[language] = (len(entries), sum(1 for e in entries if not e.finished))
    return counts


def compile_all() -> list[Path]:
    tool = lrelease()
    written = []
    for language in LANGUAGES:
        source = ts_file(language)
        target = source.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def unfinished() -> dict[str, list[extract_strings.Message]]:
    """Strings in the code with no finished translation, per language."""
    messages = all_messages()
    missing = {}
    for language in LANGUAGES:
        entries = extract_strings.read_ts(ts_file(language))
        missing[language] = [m for m in messages if not (m in entries and entries[m].finished)]
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report strings without a translation")
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    if args.check:
        missing = unfinished()
        broken = 0
        for language, messages in missing.items():
            print(f"{language}: {len(messages)} without translation")
            for m in messages[:20]:
                print(f"  [{m.context}] {m.source[:70]!r}")
            for message, entry in extract_strings.read_ts(ts_file(language)).items():
                for problem in check_translations.problems(message.source, entry.translation) if entry.finished else ():
                    broken += 1
                    print(f"  {language} [{message.context}] {message.source[:50]!r}: {problem}")
        return 1 if any(missing.values()) or broken else 0
    if not args.compile:
        for language, (total, todo) in update().items():
            print(f"{ts_file(language).name}: {total} strings, {todo} to translate")
    for path in compile_all():
        print(f"compiled {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
