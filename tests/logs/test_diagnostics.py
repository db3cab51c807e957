"""The diagnostics text: versions, OS, BLE backend, temperature formula, last errors, never the PIN."""

import logging
import platform

from smartbms_gui import __version__, diagnostics, logs


def test_diagnostics_name_the_versions_and_the_platform(log_folder):
    import numpy
    import PySide6.QtCore

    text = diagnostics.collect_diagnostics()
    assert f"SmartBMS Desktop {__version__}" in text
    assert f"Python: {platform.python_version()}" in text
    assert f"Qt: {PySide6.QtCore.qVersion()}" in text
    assert f"numpy: {numpy.__version__}" in text
    assert "bleak: " in text and "bleak: not installed" not in text
    assert "pyqtgraph: " in text
    expected_backend = diagnostics.BLE_BACKENDS[platform.system()]
    assert f"BLE backend: {expected_backend}" in text
    assert f"Log file: {log_folder}" in text


def test_diagnostics_carry_the_temperature_formula(log_folder):
    text = diagnostics.collect_diagnostics()
    try:
        from smartbms_gui.protocol.scaling import TEMPERATURE_FORMULA
    except ImportError:
        assert "Temperature formula: unknown" in text
    else:
        assert f"Temperature formula: {TEMPERATURE_FORMULA}" in text


def test_diagnostics_list_last_errors_without_the_pin(log_folder):
    logs.add_secret("4711")
    logging.getLogger("smartbms_gui.device").error("login refused for PW4711! (pin=4711)")
    text = diagnostics.collect_diagnostics()
    assert "Last warnings and errors (1):" in text
    assert "login refused for PW****! (pin=****)" in text
    assert "4711" not in text


def test_diagnostics_without_errors_say_none(log_folder):
    assert "Last warnings and errors (0):\n  none" in diagnostics.collect_diagnostics()
