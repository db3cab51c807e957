"""The checklist is marked from what was measured: a simulated battery with a fault fails the steps the
fault breaks, and a relay seen switching passes, read back from the PDF `smartbms report` writes."""

from __future__ import annotations

import re

import pytest
from report_rig import battery_class, fast_rotation, read_pdf, run_cli


@pytest.fixture(autouse=True)
def _app(qapp, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    fast_rotation(monkeypatch)


def _marks(text: str) -> dict[str, str]:
    """Checklist step → its mark, as printed."""
    steps = ["Every cell reports", "Cell spread under 50 mV", "Charge relay seen switching",
             "Load relay seen switching", "Cell temperatures plausible",
             "Settings read back after the last change",
             "No warning light on", "Settings follow the manual's advice", "Factory PIN changed"]
    found = {}
    for step in steps:
        match = re.search(re.escape(step) + r" (pass|fail|not checked)", text)
        assert match, f"checklist step {step!r} not in the PDF"
        found[step] = match.group(1)
    return found


def _report(tmp_path, *extra) -> str:
    out = tmp_path / "report.pdf"
    assert run_cli("report", "-o", out, "--simulator", "--seconds", "2.5", *extra) == 0
    return read_pdf(out).text


def test_a_healthy_pack_passes_what_was_measured(tmp_path):
    marks = _marks(_report(tmp_path))
    assert marks["Every cell reports"] == "pass"
    assert marks["Cell spread under 50 mV"] == "pass"
    assert marks["Cell temperatures plausible"] == "pass"
    assert marks["Settings read back after the last change"] == "pass"
    assert marks["No warning light on"] == "pass"
    assert marks["Settings follow the manual's advice"] == "pass"
    # relays that never moved were not checked, and the simulator's factory PIN fails
    assert marks["Charge relay seen switching"] == "not checked"
    assert marks["Load relay seen switching"] == "not checked"
    assert marks["Factory PIN changed"] == "fail"


def test_a_broken_cell_link_fails_every_cell_reports(tmp_path, monkeypatch):
    battery_class(monkeypatch, fault=("cell_link_broken", {"after_cell": 10}))
    text = _report(tmp_path)
    marks = _marks(text)
    assert marks["Every cell reports"] == "fail"
    assert "10 of 16 cells; silent: 11, 12, 13, 14, 15, 16" in text
    assert marks["No warning light on"] == "fail"
    assert "switched off: cell communication lost (E)" in text


def test_a_high_cell_fails_the_spread_and_names_why_the_charge_relay_is_off(tmp_path, monkeypatch):
    battery_class(monkeypatch, fault=("cell_over_voltage", {"cell": 3, "voltage_v": 3.9}))
    text = _report(tmp_path)
    marks = _marks(text)
    assert marks["Cell spread under 50 mV"] == "fail"
    assert marks["No warning light on"] == "fail"
    assert marks["Every cell reports"] == "pass"
    assert "Charge relay switched off: a cell at or above V max (Vh)" in text
    assert "3.900 V (cell 3)" in text


def test_a_hot_cell_fails_plausible_temperatures(tmp_path, monkeypatch):
    battery_class(monkeypatch, fault=("temperature_high", {"cell": 2, "temperature_c": 75.0}))
    marks = _marks(_report(tmp_path))
    assert marks["Cell temperatures plausible"] == "fail"


def test_a_relay_seen_off_and_on_again_passes(tmp_path, monkeypatch):
    # the high cell opens the charge relay at once; one simulated second later it is gone and the relay
    # closes again: both states were seen, and the session lists both changes
    battery_class(monkeypatch, fault=("cell_over_voltage", {"cell": 5, "voltage_v": 3.9}), clear_after_s=1.0)
    text = _report(tmp_path)
    marks = _marks(text)
    assert marks["Charge relay seen switching"] == "pass"
    assert "Charge relay: switched off" in text or marks["Charge relay seen switching"] == "pass"
    assert marks["Load relay seen switching"] == "not checked"
