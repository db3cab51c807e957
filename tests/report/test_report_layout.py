"""The report's layout, measured without pixels: what the charts draw is traced (`render_pdf.tracing`:
each text's ink box, each bar) and the headings' places come from Qt's document layout. No two axis
labels overlap, a unit never lands on the heading or plot above, the V min / V bypass / V max names
never touch a bar, and a heading has more space above than below."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPainter, QPdfWriter
from report_rig import battery_class, fast_rotation, run_cli

from smartbms_gui.protocol.status import CellState
from smartbms_gui.report import content as rc
from smartbms_gui.report import render_pdf as rp
from smartbms_gui.report.language import REPORT_LANGUAGES, ReportLanguage
from smartbms_gui.report.observe import CellSnapshot, Series

PX_PER_MM = 300 / 25.4


@pytest.fixture(autouse=True)
def _app(qapp, monkeypatch):
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    fast_rotation(monkeypatch)


def _overlaps(a: QRectF, b: QRectF) -> bool:
    return a.intersects(b) and a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5


def _no_two_overlap(items) -> None:
    for a, b in itertools.combinations(items, 2):
        assert not _overlaps(a.rect, b.rect), f"{a.kind} {a.text!r} overlaps {b.kind} {b.text!r}"


def _draw(block, width_mm: float, height_mm: float, language: str = "en"):
    """One chart drawn alone on an image (at the PDF's 300 dpi), traced."""
    image = QImage(int((width_mm + 10) * PX_PER_MM), int((height_mm + 10) * PX_PER_MM), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(300 / 0.0254))
    image.setDotsPerMeterY(int(300 / 0.0254))
    rect = QRectF(5 * PX_PER_MM, 5 * PX_PER_MM, width_mm * PX_PER_MM, height_mm * PX_PER_MM)
    painter = QPainter(image)
    with rp.tracing() as drawn:
        rp._chart = rp._CHART_NAMES[type(block)]
        rp._note("object", "", rect)
        rp._draw_block(painter, rect, block, ReportLanguage(language), PX_PER_MM)
    painter.end()
    return rect, drawn


def _report(tmp_path, *args):
    out = tmp_path / "r.pdf"
    with rp.tracing() as drawn:
        assert run_cli("report", "-o", out, "--simulator", "--seconds", "1.5", *args) == 0
    return drawn


# ------------------------------------------------------------------------------------ the SoC chart


def _hours(first_hour: int, days: int = 7) -> list[tuple[float, int | None]]:
    from datetime import datetime

    start = datetime(2026, 11, 27, first_hour).timestamp()
    return [(start + h * 3600, 40 + (h % 24) * 2) for h in range(days * 24 - first_hour)]


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("first_hour", [22, 15, 0])
@pytest.mark.parametrize("width_mm", [180, 186, 120])
def test_the_soc_days_never_overlap(language, first_hour, width_mm):
    rect, drawn = _draw(rc.SocChart(_hours(first_hour)), width_mm, 52, language)
    labels = [d for d in drawn if d.kind == "axis"]
    assert len(labels) >= 5
    _no_two_overlap(labels)
    texts = [d for d in drawn if d.kind != "object"]
    _no_two_overlap(texts)
    for d in texts:  # the unit too: inside the chart's own box, so never on the heading above
        assert rect.contains(d.rect), f"{d.kind} {d.text!r} outside the chart"


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_soc_chart_in_the_pdf_keeps_clear_of_its_heading(tmp_path, language, paper):
    drawn = _report(tmp_path, "--lang", language, "--paper", paper)
    chart = next(d for d in drawn if d.chart == "soc" and d.kind == "object")
    heading = max((d for d in drawn if d.kind == "heading" and d.rect.top() < chart.rect.top()),
                  key=lambda d: d.rect.top())
    gap_mm = (chart.rect.top() - heading.rect.bottom()) / PX_PER_MM
    assert gap_mm >= 0.5
    texts = [d for d in drawn if d.chart == "soc" and d.kind != "object"]
    _no_two_overlap(texts)
    for d in texts:
        assert not _overlaps(d.rect, heading.rect), f"{d.text!r} on the heading"
        assert d.rect.top() >= chart.rect.top()


# ------------------------------------------------------------------------------------ the cell chart


def _cells(count: int, first_v: float) -> rc.CellChart:
    cells = [CellSnapshot(i, 3.31, 22.0 + (i % 3), CellState.OK) for i in range(1, count + 1)]
    cells[0] = CellSnapshot(1, first_v, 22.4, CellState.OUT_OF_RANGE)
    return rc.CellChart(cells, 2.9, 3.65, 3.5)


@pytest.mark.parametrize("count", [4, 16, 48, 255])
@pytest.mark.parametrize("first_v", [3.75, 2.7, 3.5, 3.31])
def test_the_limit_names_never_touch_a_bar(count, first_v):
    rect, drawn = _draw(_cells(count, first_v), 180, 62)
    limits = [d for d in drawn if d.kind == "limit"]
    assert {d.text for d in limits} == {"V min", "V bypass", "V max"}
    bars = [d for d in drawn if d.kind == "bar"]
    assert len(bars) == count
    for limit in limits:
        assert rect.contains(limit.rect)
        for bar in bars:
            assert not _overlaps(limit.rect, bar.rect), f"{limit.text} on cell {bar.text}'s bar"
    _no_two_overlap([d for d in drawn if d.kind not in ("object", "bar")])


def test_limit_names_close_together_are_moved_apart():
    chart = _cells(16, 3.75)
    chart.vbypass_v, chart.vmax_v = 3.62, 3.63
    _rect, drawn = _draw(chart, 180, 62)
    _no_two_overlap([d for d in drawn if d.kind == "limit"])


def test_the_cell_chart_in_the_pdf_with_a_high_first_cell(tmp_path, monkeypatch):
    battery_class(monkeypatch, fault=("cell_over_voltage", {"cell": 1, "voltage_v": 3.9}))
    drawn = _report(tmp_path, "--cells", "48", "--paper", "letter")
    bars = [d for d in drawn if d.chart == "cells" and d.kind == "bar"]
    limits = [d for d in drawn if d.chart == "cells" and d.kind == "limit"]
    assert len(bars) == 48 and len(limits) == 3
    for limit, bar in itertools.product(limits, bars):
        assert not _overlaps(limit.rect, bar.rect)


# ------------------------------------------------------------------------------------ the session chart


def _series(spread_v: float = 0.005) -> Series:
    s = Series()
    for k in range(60):
        s.add_values(1_790_000_000.0 + k, 53.0 + k * 0.001, 3.0, 8.5, 5.5, spread_v)
    return s


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("seconds", [5, 59, 3600 * 6])
def test_each_session_plot_has_its_own_rows(language, seconds):
    s = _series()
    s.t = [s.t[0] + k * seconds / 59 for k in range(60)]
    rect, drawn = _draw(rc.SessionChart(s, []), 180, 92, language)
    texts = [d for d in drawn if d.kind != "object"]
    assert [d.text for d in texts if d.kind == "unit"] == ["V", "A", "mV"]
    _no_two_overlap(texts)
    for d in texts:
        assert rect.contains(d.rect), f"{d.kind} {d.text!r} outside the chart"


def test_the_cell_spread_is_charted_in_millivolts():
    _rect, drawn = _draw(rc.SessionChart(_series(0.005), []), 180, 92)
    units = [d for d in drawn if d.kind == "unit"]
    spread_unit = units[-1]
    ticks = [d.text for d in drawn if d.kind == "tick" and d.rect.top() > spread_unit.rect.bottom()]
    assert spread_unit.text == "mV"
    assert "5.0" in ticks or "5" in ticks, ticks
    assert not any(t.startswith("0.00") for t in ticks)


# ------------------------------------------------------------------------------------ spacing


def _items(doc):
    """The root frame's blocks and tables in order: (kind, text, top, bottom) in document pixels."""
    layout = doc.documentLayout()
    out = []
    for it in doc.rootFrame():
        frame = it.currentFrame()
        if frame is not None:
            r = layout.frameBoundingRect(frame)
            out.append(("table", "", r.top(), r.bottom()))
            continue
        block = it.currentBlock()
        lines = block.layout()
        if not block.isValid() or lines.lineCount() == 0 or block.length() <= 1:
            continue
        first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
        top = lines.position().y() + first.y()
        kind = f"h{block.blockFormat().headingLevel()}" if block.blockFormat().headingLevel() else "text"
        out.append((kind, block.text(), top, lines.position().y() + last.y() + last.height()))
    return out


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
def test_a_heading_has_more_space_above_than_below(tmp_path, language):
    from smartbms_gui.report.observe import Observation

    obs = Observation("live", "Simulator", 3)
    obs.cell_count = 4
    obs.cells = [CellSnapshot(i, 3.3, 21.0, CellState.OK) for i in range(1, 5)]
    obs.series = _series()
    report = rc.build_report(obs, rc.ReportInfo(language=language))
    report.sections[-2].blocks.append(rc.Paragraph("A subheading", "subheading"))
    report.sections[-2].blocks.append(rc.Paragraph("text", "small"))
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    writer.setPageSize(rp.page_size("a4"))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    builder = rp._DocumentBuilder(report, ReportLanguage(language), writer, float(writer.width()))
    doc = builder.build()
    doc.setPageSize(QSizeF(float(writer.width()), 1e6))  # one long page: no page break in between
    items = _items(doc)
    checked = 0
    for before, heading, after in zip(items, items[1:], items[2:]):
        if heading[0] not in ("h2", "h3"):
            continue
        above = (heading[2] - before[3]) / PX_PER_MM
        below = (after[2] - heading[3]) / PX_PER_MM
        assert above > below + 1.0, f"{heading[1]!r}: {above:.1f} mm above, {below:.1f} mm below"
        assert above >= (3.5 if heading[0] == "h2" else 2.0), f"{heading[1]!r}: {above:.1f} mm above"
        checked += 1
    assert checked >= 6
    builder.release()
