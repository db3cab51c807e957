"""The repository stands on its own: no file points at a path outside it, and every citation of
the project's protocol reference (`docs/protocol.md §N`) names a section that exists there."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL = ROOT / "docs" / "protocol.md"

# Paths that only exist on a developer's machine: the shared work folder, or a climb out of the clone.
OUTSIDE = re.compile(r"/work/|\.\./shared|\bshared/(?:protocol|seed|engineering|style)"
                     r"|smartbms-manual-v[0-9.]+\.txt")
CITATION = re.compile(r"docs/protocol\.md\s+§\s*([0-9]+(?:\.[0-9]+)?)(?:\s*[-–,]\s*([0-9]+(?:\.[0-9]+)?))?")
HEADING = re.compile(r"^#{2,3}\s+([0-9]+(?:\.[0-9]+)?)\.?\s", re.MULTILINE)


def _repository_files() -> list[Path]:
    """What git tracks (and would track); outside a git checkout (an unpacked sdist), every file but
    build output and virtual environments."""
    if (ROOT / ".git").exists():
        names = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.split("\n")
        return [ROOT / name for name in names if name]
    skip = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis", "output"}
    return [p for p in ROOT.rglob("*") if not skip.intersection(p.relative_to(ROOT).parts)]


def _tracked_text_files() -> list[Path]:
    files = []
    for path in _repository_files():
        if not path.is_file() or path.resolve() == Path(__file__).resolve():
            continue
        data = path.read_bytes()
        if b"\0" in data[:4096]:
            continue  # images, icons
        files.append(path)
    return files


def test_no_file_points_outside_the_repository():
    files = _tracked_text_files()
    assert len(files) > 100  # the listing really read the repository
    hits = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if OUTSIDE.search(line):
                hits.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not hits, "\n".join(hits)


def test_the_outside_pattern_catches_what_it_is_for():
    assert OUTSIDE.search("see /work/shared/protocol.md")
    assert OUTSIDE.search("(../shared/protocol.md)")
    assert not OUTSIDE.search("see docs/protocol.md §3.2")


def test_protocol_citations_name_existing_sections():
    sections = set(HEADING.findall(PROTOCOL.read_text(encoding="utf-8")))
    assert {"1", "2", "3", "3.1", "3.2", "3.3", "3.4", "4", "5", "6"} <= sections
    cited = []
    for path in _tracked_text_files():
        for match in CITATION.finditer(path.read_text(encoding="utf-8", errors="replace")):
            cited += [(path, n) for n in match.groups() if n]
    assert len(cited) > 20  # the code really cites the reference
    missing = sorted({f"{p.relative_to(ROOT)}: §{n}" for p, n in cited if n not in sections})
    assert not missing, "\n".join(missing)
