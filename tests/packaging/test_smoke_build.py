"""A real PyInstaller one-folder build, then the built program's --version (set SMARTBMS_PACKAGING_SMOKE=1).

Measured on the project machine (2 cores): 17–25 s for the one-folder build from scratch.
"""

import os
import subprocess
import sys

import pytest
from packaging_paths import REPO

import smartbms_gui

pytestmark = pytest.mark.skipif(
    os.environ.get("SMARTBMS_PACKAGING_SMOKE") != "1",
    reason="packaging smoke build: set SMARTBMS_PACKAGING_SMOKE=1 (takes 17–25 s)",
)


def test_one_folder_build_runs_and_prints_its_version():
    # the interpreter running the tests (CI's own venv) and its numpy wheel: building numpy without
    # BLAS takes minutes (packaging/build.sh); the smoke build checks the rest
    env = dict(os.environ, PYTHON=sys.executable, SMARTBMS_NUMPY="wheel")
    result = subprocess.run(["bash", str(REPO / "packaging" / "build.sh"), "onefolder"],
                            check=False, cwd=REPO, capture_output=True, text=True, timeout=900, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"SmartBMS Desktop {smartbms_gui.__version__}" in result.stdout
    assert "self-check passed" in result.stdout
