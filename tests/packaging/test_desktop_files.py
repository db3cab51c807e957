"""The Linux .desktop entry and AppStream metainfo are valid and agree with each other and pyproject."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import app_metadata
import pytest
from packaging_paths import PACKAGING, REPO

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser as a package (test extra)
    import tomli as tomllib

DESKTOP = PACKAGING / "linux" / f"{app_metadata.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{app_metadata.APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys_and_runs_the_gui_script():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "SmartBMS Desktop"
    assert entry["Icon"] == app_metadata.APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Utility" in entry["Categories"].split(";")
    gui_scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in gui_scripts
    for language in ("nl", "de"):
        assert entry[f"Comment[{language}]"] and entry[f"GenericName[{language}]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_validate_accepts_it():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_points_at_the_desktop_file_and_the_binary():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == app_metadata.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == _desktop_entry()["Exec"].split()[0]
    import smartbms_gui

    versions = [r.get("version") for r in root.iter("release")]
    assert smartbms_gui.__version__ in versions


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_validates_the_metainfo():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
