"""Record the strings the screens translate at run time and store them in runtime_strings.json.

    QT_QPA_PLATFORM=offscreen .venv/bin/python translations/runtime_strings.py

Some strings reach ``tr()`` as variables (parameter labels and help from the parameter table, fault
names, switch descriptions …): no source scanner sees them. This script shows every screen with a
recording pseudo-translator (see screens.py) and writes what it saw; ``update.py`` adds these to the
.ts files next to the strings found in the source. Run it after changing a page, then ``update.py``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNTIME_FILE = Path(__file__).resolve().parent / "runtime_strings.json"


def load() -> list[tuple[str, str]]:
    if not RUNTIME_FILE.exists():
        return []
    return [tuple(pair) for pair in json.loads(RUNTIME_FILE.read_text(encoding="utf-8"))]


def save(pairs) -> None:
    RUNTIME_FILE.write_text(json.dumps(sorted(pairs), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    import asyncio

    import screens
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    seen = asyncio.run(screens.record_runtime_strings(app))
    save(seen)
    print(f"{len(seen)} strings seen at run time -> {RUNTIME_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
