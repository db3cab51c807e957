"""Shared test set-up: Qt offscreen, the Qt binding fixed, hardware tests opt-in."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


def pytest_addoption(parser):
    parser.addoption("--ble-address", default=None, help="run hardware tests against this BLE device")
    parser.addoption("--serial-port", default=None, help="run hardware tests against this serial port")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--ble-address") or config.getoption("--serial-port"):
        return
    skip = pytest.mark.skip(reason="hardware test: pass --ble-address ADDR or --serial-port PORT")
    for item in items:
        if "hardware" in item.keywords:
            item.add_marker(skip)
