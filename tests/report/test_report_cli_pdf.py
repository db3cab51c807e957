"""`smartbms report`: PDFs read back with pypdf, from a live simulator and from a recording, for a 16- and
a 255-cell pack, in every language: text and page count, the serial and "page n of N" on every page,
the checklist marks, and never the PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_rig import battery_class, fast_rotation, read_pdf, run_cli

from smartbms_gui.messages import Label, Message
from smartbms_gui.report.language import REPORT_LANGUAGES, ReportLanguage

SITE = "Hoeve Zonnedauw"
CUSTOMER = "Familie Verbeek"
INSTALLER = "Zon & Co"


@pytest.fixture(autouse=True)
def _app(qapp, monkeypatch):
    """A QApplication first (the report would otherwise start a QGuiApplication of its own), the factory
    PIN for the simulator, and the fast cell rotation (a 255-cell pack in four messages)."""
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    fast_rotation(monkeypatch)


def _in(language: str, value) -> str:
    return " ".join(ReportLanguage(language).text(value).split())


def _check_every_page(pdf, language: str, serial_text: str) -> None:
    pages = len(pdf.pages)
    assert pages >= 2
    serial = _in(language, Message("Serial number: {serial}", serial=serial_text))
    for n, page in enumerate(pdf.pages, start=1):
        assert serial in page, f"page {n} lacks the serial"
        assert _in(language, Message("Page {page} of {pages}", page=n, pages=pages)) in page


def _check_language(pdf, language: str) -> None:
    """A text the app already translates (a parameter label) appears in the report's language."""
    label = Label("Battery capacity")
    shown = _in(language, label)
    assert shown in pdf.text
    if language != "en":
        assert shown != "Battery capacity", "no translation loaded"
        assert "Battery capacity" not in pdf.text


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("cells", [16, 255])
def test_live_simulator_report(tmp_path, language, cells):
    out = tmp_path / f"live-{cells}-{language}.pdf"
    code = run_cli("report", "-o", out, "--simulator", "--cells", cells, "--seconds", "2.5",
                   "--lang", language, "--site", SITE, "--customer", CUSTOMER, "--installer", INSTALLER,
                   "--date", "2026-11-30")
    assert code == 0
    pdf = read_pdf(out)
    _check_every_page(pdf, language, _in(language, Message("simulator")))
    _check_language(pdf, language)
    for typed in (SITE, CUSTOMER, INSTALLER, "2026-11-30"):
        assert typed in pdf.pages[0]
    # every cell is in the table: the last cell's number and the count reported
    assert _in(language, Message("{got} of {count} cells", got=cells, count=cells)) in pdf.text
    assert "1234" not in pdf.text  # the factory PIN is in use: never printed
    assert _in(language, Message("factory PIN — change it")) in pdf.text
    assert len(pdf.pages) >= (3 if cells == 16 else 4)
    # how the battery was reached is in the report's language too (was "the simulator" in every one)
    connected = " ".join(f"{_in(language, Message('Connected by'))} {_in(language, Message('Simulator'))}".split())
    assert connected in " ".join(pdf.pages[0].split()) and "the simulator" not in pdf.pages[0]


@pytest.mark.parametrize("cells", [16, 255])
def test_report_from_recording_in_every_language(tmp_path, cells):
    recording = tmp_path / "session.smartbms-recording"
    assert run_cli("record", "--simulator", "--generation", "3", "--cells", cells, "--seconds", "3",
                   recording) == 0
    for language in REPORT_LANGUAGES:
        out = tmp_path / f"rec-{language}.pdf"
        assert run_cli("report", "-o", out, "--from-recording", recording, "--lang", language,
                       "--paper", "letter") == 0
        pdf = read_pdf(out)
        _check_every_page(pdf, language, _in(language, Message("not known")))
        _check_language(pdf, language)  # the settings came out of the recorded answers
        assert _in(language, Message("recording {name}", name=recording.name)) in pdf.text
        assert _in(language, Message("{got} of {count} cells", got=cells, count=cells)) in pdf.text
        assert "1234" not in pdf.text


def test_letter_and_a4_pages_differ_in_size(tmp_path):
    import pypdf

    sizes = {}
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        assert run_cli("report", "-o", out, "--simulator", "--seconds", "1", "--paper", paper) == 0
        box = pypdf.PdfReader(str(out)).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes["a4"] == (595, 842)
    assert sizes["letter"] == (612, 792)


def test_a_changed_pin_never_appears_and_passes(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "4821")
    battery_class(monkeypatch, pin="4821")
    out = tmp_path / "pin.pdf"
    assert run_cli("report", "-o", out, "--simulator", "--seconds", "1") == 0
    pdf = read_pdf(out)
    assert "4821" not in pdf.text
    assert "changed from the factory PIN" in pdf.text
    assert "Factory PIN changed pass" in pdf.text
    assert "factory PIN — change it" not in pdf.text


def test_bad_output_and_options_are_usage_errors(tmp_path, capsys):
    assert run_cli("report", "-o", tmp_path / "report.txt", "--simulator") == 2
    assert "PDF" in capsys.readouterr().err
    assert run_cli("report", "-o", tmp_path / "missing" / "r.pdf", "--simulator") == 2
    missing = tmp_path / "none.smartbms-recording"
    assert run_cli("report", "-o", tmp_path / "r.pdf", "--from-recording", missing) == 2
    assert run_cli("report", "-o", tmp_path / "r.pdf", "--simulator", "--lang", "fr") == 2
    assert run_cli("report", "-o", tmp_path / "r.pdf") == 2  # no battery chosen
    assert run_cli("report", "-o", tmp_path / "r.pdf", "--simulator", "--date", "1.2.2026") == 2
    assert not list(tmp_path.glob("*.pdf*"))  # nothing half-written left behind


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write (Linux /proc)")
def test_an_unwritable_pdf_fails_in_one_line(tmp_path, capsys):
    recording = tmp_path / "s.smartbms-recording"
    assert run_cli("record", "--simulator", "--seconds", "1", recording) == 0
    capsys.readouterr()
    assert run_cli("report", "-o", "/proc/report.pdf", "--from-recording", recording) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot write /proc/report.pdf" in err
