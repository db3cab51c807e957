"""The settings table writes every value as the window does (the parameter table's formatter, at the
device's precision, in the report's language); the session's text says how the relays and lights
started, so it never seems to contradict the chart."""

from __future__ import annotations

import pytest
from report_rig import battery_class, fast_rotation, read_pdf, run_cli

from smartbms_gui.protocol import params
from smartbms_gui.report import content as rc
from smartbms_gui.report.language import ReportLanguage


@pytest.fixture(autouse=True)
def _app(qapp, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    fast_rotation(monkeypatch)


@pytest.mark.parametrize(("language", "sign"), [("en", "."), ("de", ","), ("nl", ",")])
def test_a_setting_is_written_with_the_windows_formatter(language, sign):
    words = ReportLanguage(language)
    for name, value in (("tmin_charge_c", 1.874), ("vbypass_v", 3.5), ("vmin_v", 2.9), ("tmax_c", 54.995),
                        ("capacity_wh", 11500)):
        param = params.parameter(name)
        assert words.text(rc.value_text(param, value)) == params.value_text(param, value, decimal_sign=sign)
    assert words.text(rc.value_text(params.parameter("vbypass_v"), 3.5)) == f"3{sign}500 V"
    assert words.text(rc.value_text(params.parameter("tmin_charge_c"), 1.874)) == f"1{sign}9 °C"


def test_the_settings_table_of_the_pdf_has_one_precision_a_column(tmp_path):
    out = tmp_path / "r.pdf"
    assert run_cli("report", "-o", out, "--simulator", "--seconds", "1") == 0
    text = read_pdf(out).text
    # the simulator's T min (charge) sits on the 0.857 °C grid: the window shows 1.9 °C, not "2 °C"
    assert "T min (charge) 1.9 °C 2.0 °C" in text
    assert "V bypass 3.500 V 3.500 V" in text
    assert "V max 3.650 V 3.650 V" in text


def test_a_relay_open_from_the_first_reading_is_said_not_denied(tmp_path, monkeypatch):
    """The high cell opens the charge relay before the first reading: no change is seen, but the chart
    shows the relay open; the session text says how it started instead of "no relay change"."""
    battery_class(monkeypatch, fault=("cell_over_voltage", {"cell": 3, "voltage_v": 3.9}))
    out = tmp_path / "r.pdf"
    assert run_cli("report", "-o", out, "--simulator", "--cells", "48", "--paper", "letter",
                   "--seconds", "1.5") == 0
    text = read_pdf(out).text
    assert ("At the start: charge relay switched off, warning light Vh on; no relay, warning-light or "
            "setting change during the session.") in text
    assert "No relay, warning-light or setting change during the session." not in text


def test_a_healthy_session_still_says_no_change(tmp_path):
    out = tmp_path / "r.pdf"
    assert run_cli("report", "-o", out, "--simulator", "--seconds", "1") == 0
    text = read_pdf(out).text
    assert "No relay, warning-light or setting change during the session." in text
    assert "At the start" not in text


def test_the_start_state_comes_from_the_first_reading_even_after_changes():
    from smartbms_gui.protocol.status import Status1
    from smartbms_gui.report.observe import Mark, Observation

    obs = Observation("live", "Simulator", 3)
    obs.first_status1 = int(Status1.DISCHARGE_ALLOWED)  # the charge relay open at the start
    obs.marks = [Mark(10.0, "relay", "Charge allowed", True)]
    section = rc._session_section(obs)
    words = ReportLanguage("en")
    texts = [words.text(b.text) for b in section.blocks if isinstance(b, rc.Paragraph)]
    assert "At the start: charge relay switched off." in texts
