"""The settings table writes every value as the window does (the parameter table's formatter, at the
device's precision, in the report's language)."""

from __future__ import annotations

import pytest
from report_rig import fast_rotation, read_pdf, run_cli

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
