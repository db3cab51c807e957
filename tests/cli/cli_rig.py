"""What the in-process `smartbms` tests share: the simulator's options, the factory PIN in the
environment (and no leftover new PIN, debug or Bluetooth backend), and `run` (exit code, stdout, stderr)."""

from __future__ import annotations

import pytest

from smartbms_gui.cli import main

SIM = ["--simulator", "--speed", "10"]


@pytest.fixture(autouse=True)
def pin(monkeypatch):
    """The simulator's factory PIN; a module that imports this fixture gets it for every test."""
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    for name in ("SMARTBMS_NEW_PIN", "SMARTBMS_DEBUG", "SMARTBMS_BLE_BACKEND"):
        monkeypatch.delenv(name, raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
