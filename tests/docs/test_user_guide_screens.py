"""The user guide's pictures: the script that makes them works, covers every page and wizard step in
both themes, and the guide shows what it makes.

One run of docs/make_screens.py at the window's minimum size into a temporary folder (a subprocess:
the real script with its own QApplication and simulator). The pages and wizard steps it must cover
come from a MainWindow built here, not from the script's own list.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PIL = pytest.importorskip("PIL")
from PIL import Image, ImageStat  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "make_screens.py"
SCREENS = ROOT / "docs" / "screens"
GUIDE = ROOT / "docs" / "user-guide.md"
SMALL = (1000, 640)  # the main window's minimum size: the fastest run that still lays out every page


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("screens")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, str(SCRIPT), "--out", str(out), "--size", "x".join(map(str, SMALL)),
               "--warmup", "0.3", "--quick"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    manifest = json.loads(result.stdout.strip().splitlines()[-1])
    return out, manifest


def _window_pages_and_wizards(qapp, tmp_path) -> tuple[set[str], dict[str, int]]:
    """The pages a window has (plus the Simulator page, there once the simulator runs) and the number
    of steps of each page's wizard, asked of the app itself."""
    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import MainWindow

    window = MainWindow(DeviceBridge(record=False), app_prefs.Preferences(),
                        prefs_path=tmp_path / "p.json")
    try:
        pages = set(window.pages) | {"simulator"}
        wizards = {}
        for key, page in window.pages.items():
            if hasattr(page, "openWizard"):
                wizard = page.openWizard()
                wizards[key] = len(wizard.pageIds())
                wizard.close()
    finally:
        window.close()
        window.deleteLater()
    return pages, wizards


def _luminance(path: Path) -> tuple[float, float, int]:
    """Mean and spread of the grey level, and the number of colours used."""
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        grey = ImageStat.Stat(rgb.convert("L"))
        colours = rgb.getcolors(maxcolors=1 << 16)
        return grey.mean[0], grey.stddev[0], len(colours) if colours is not None else 1 << 16


def test_every_page_and_wizard_step_has_a_picture_in_both_themes(made, qapp, tmp_path):
    out, manifest = made
    pages, wizards = _window_pages_and_wizards(qapp, tmp_path)
    assert set(manifest["pages"]) == pages
    assert {key: len(steps) for key, steps in manifest["wizard_steps"].items()} == wizards
    assert wizards, "the switches page's wizard was not found"
    files = set(manifest["files"])
    assert files == {p.name for p in out.glob("*.png")}
    for theme in ("light", "dark"):
        for key in pages:
            assert f"{key}-{theme}.png" in files
        for key, steps in manifest["wizard_steps"].items():
            for step in steps:
                assert f"wizard-{key}-{step}-{theme}.png" in files


def test_the_pictures_are_real_screens_in_their_theme(made):
    out, manifest = made
    for name in manifest["files"]:
        path = out / name
        with Image.open(path) as image:
            width, height = image.size
        if not name.startswith("wizard-"):
            assert (width, height) == SMALL, name
        else:
            assert width >= 400 and height >= 300, name
        mean, spread, colours = _luminance(path)
        assert colours >= 16 and spread > 8, f"{name} looks blank ({colours} colours, spread {spread:.1f})"
        if name.endswith("-dark.png"):
            light_mean = _luminance(out / name.replace("-dark.png", "-light.png"))[0]
            assert mean < light_mean - 40, \
                f"{name} is not darker than its light twin ({mean:.0f} vs {light_mean:.0f})"
    assert manifest["bytes"] == sum((out / name).stat().st_size for name in manifest["files"])


def test_the_guide_shows_every_committed_picture_and_the_set_is_current(made):
    """docs/screens holds what the script makes today (names do not depend on the size), and the guide
    shows each light picture with its dark twin. A new page or wizard step fails here until
    `python docs/make_screens.py` is run and the guide describes it."""
    _, manifest = made
    committed = {p.name for p in SCREENS.glob("*.png")}
    assert committed == set(manifest["files"]), (
        "docs/screens is out of date: run `python docs/make_screens.py` and describe new pages in "
        f"docs/user-guide.md (missing {sorted(set(manifest['files']) - committed)}, "
        f"stale {sorted(committed - set(manifest['files']))})")
    guide = GUIDE.read_text(encoding="utf-8")
    linked = set(re.findall(r"screens/([A-Za-z0-9_.-]+\.png)", guide))
    assert linked <= committed, f"the guide links pictures that do not exist: {sorted(linked - committed)}"
    assert linked == committed, f"pictures the guide does not show: {sorted(committed - linked)}"
    total = sum((SCREENS / name).stat().st_size for name in committed)
    assert total < 4_000_000, f"docs/screens holds {total / 1e6:.1f} MB: keep the pictures small"
