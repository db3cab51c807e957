"""The JSON contract of `smartbms … --json` as docs/cli.md writes it down: one reader of its table,
shared by the tests that compare it with real output (imported by this unique name)."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def documented_keys() -> dict[str, tuple[set[str], set[str]]]:
    """{row name: (required keys, optional keys)} from the table under "JSON output"."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## JSON output"):text.index("## Exit codes")]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or not cells[0].startswith("`"):
            continue
        name = " ".join(re.findall(r"`([^`]+)`", cells[0]))
        keys = re.findall(r"`([^`]+)`", cells[1])
        rows[name] = ({k for k in keys if not k.endswith("?")}, {k[:-1] for k in keys if k.endswith("?")})
    return rows


DOCUMENTED = documented_keys()


def check(row: str, obj: dict) -> None:
    """`obj` has every key the row requires and none it does not name."""
    required, optional = DOCUMENTED[row]
    assert required <= set(obj), f"{row}: missing {sorted(required - set(obj))}"
    assert set(obj) <= required | optional, f"{row}: undocumented {sorted(set(obj) - required - optional)}"
