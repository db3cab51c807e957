"""The packaged program's entry point, run from source: --version and the bundle self-check."""

import os
import subprocess
import sys

from packaging_paths import PACKAGING

import smartbms_gui


def _run(*args, tmp_path=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(PACKAGING / "smartbms_launcher.py"), *args],
                          check=False, capture_output=True, text=True, env=env, timeout=120)


def test_version_prints_name_and_version(tmp_path):
    report = tmp_path / "report.txt"
    result = _run("--version", "--report", str(report))
    assert result.returncode == 0
    assert result.stdout.strip() == f"SmartBMS Desktop {smartbms_gui.__version__}"
    assert report.read_text().strip() == result.stdout.strip()


def test_self_check_passes_from_source():
    result = _run("--self-check")
    assert result.returncode == 0, result.stderr
    assert "self-check passed" in result.stdout
