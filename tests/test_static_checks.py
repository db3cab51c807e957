"""The static checks as tests, so that `.ci/run` (and any pytest run) fails when they fail: the lint
rules of pyproject.toml ([tool.ruff.lint]) on the whole repository, and the type checks
([tool.mypy]) of protocol/, transport/, device/ and sim/. Both tools come with the [test] extras;
a test is skipped, saying why, only when its tool is not installed."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=env, check=False)


def _require(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed here (pip install -e .[test] brings it); not checked")


def test_ruff_finds_nothing_with_the_projects_rules():
    _require("ruff")
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, f"ruff check . failed:\n{result.stdout}{result.stderr}"


def test_mypy_finds_nothing_in_the_layers_below_the_views():
    _require("mypy")
    result = _run("mypy", "--no-incremental", "--cache-dir", os.devnull)
    assert result.returncode == 0, f"mypy failed:\n{result.stdout}{result.stderr}"
    assert "Success" in result.stdout
