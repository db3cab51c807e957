"""Draw a `Report` with Qt: a PDF (QPdfWriter) or any paged device (a QPrinter for Print and its preview).

Why Qt's own PDF support: the app ships Qt already (no new dependency), QPdfWriter writes real,
searchable text with embedded fonts, and the same drawing code serves the PDF, the printer and the
print preview. The body is one QTextDocument (headings, tables, paragraphs: Qt lays them out and
breaks pages between lines and table rows); the charts and the switch drawing are text objects
(`QPyTextObject`) painted with QPainter paths, so they stay vector in the PDF. Every page carries
the title, the battery's serial number and "page n of N".

The command line has no window: `ensure_gui_application()` starts a QGuiApplication on Qt's
offscreen platform when none runs (fonts and painting need one; no display is used).
"""

from __future__ import annotations

import errno
import html
import logging
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from smartbms_gui.messages import Label, Message
from smartbms_gui.protocol.status import CellState
from smartbms_gui.report import content as rc
from smartbms_gui.report.language import ReportLanguage
from smartbms_gui.value_range import spanning

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
HEADER_MM = 9.0
FOOTER_MM = 8.0
OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject + 18
_PROP_ID = QTextFormat.Property.UserProperty + 1
_PROP_W = QTextFormat.Property.UserProperty + 2
_PROP_H = QTextFormat.Property.UserProperty + 3
_PROP_SPACER = QTextFormat.Property.UserProperty + 4

INK = QColor("#1A1A1A")
GRID = QColor("#C8C8C8")
MUTED = QColor("#6B6B6B")
BLUE = QColor("#1F5FA8")
ORANGE = QColor("#C26A00")
GREEN = QColor("#2E7D32")
RED = QColor("#B71C1C")
PURPLE = QColor("#6A3FA0")
STATUS_COLOURS = {rc.PASS: "#2E7D32", rc.FAIL: "#B71C1C", rc.NOT_CHECKED: "#6B6B6B"}
CELL_COLOURS = {CellState.OK: GREEN, CellState.BALANCING: ORANGE, CellState.OUT_OF_RANGE: RED, None: MUTED}

_app: QGuiApplication | None = None
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Drawn:
    """One thing the report drew, for the layout tests: a chart's text or bar, a drawing's box, a
    heading. `rect` is in the document's coordinates (the text's ink box, not the box it was given)."""

    chart: str  # "cells", "session", "soc", "switches", "table"; "" for a heading
    kind: str  # "object", "heading", "tick", "unit", "axis", "legend", "limit", "bar"
    text: str
    rect: QRectF


_trace: list[Drawn] | None = None
_chart = ""


@contextmanager
def tracing() -> Iterator[list[Drawn]]:
    """Within: what `render` draws is listed (each thing once, also where a page repaints it)."""
    global _trace
    _trace = []
    try:
        yield _trace
    finally:
        _trace = None


def _note(kind: str, text: str, rect: QRectF) -> None:
    if _trace is None:
        return
    item = Drawn(_chart, kind, text, QRectF(rect))
    key = (item.chart, kind, text, round(rect.x(), 1), round(rect.y(), 1), round(rect.width(), 1))
    if all((d.chart, d.kind, d.text, round(d.rect.x(), 1), round(d.rect.y(), 1), round(d.rect.width(), 1))
           != key for d in _trace[-400:]):
        _trace.append(item)


def _text(painter: QPainter, box: QRectF, flags: Any, text: str, kind: str) -> QRectF:
    """Draw `text` in `box`; returns (and traces) the ink box it took."""
    painter.drawText(box, flags, text)
    ink = painter.boundingRect(box, flags, text)
    _note(kind, text, ink)
    return ink


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform (the command line)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    # The command line reports a failure in one line of its own: Qt's warnings go to the log
    # (shown with SMARTBMS_DEBUG=1), not to stderr.
    qInstallMessageHandler(lambda _mode, _context, text: _log.debug("Qt: %s", text))
    _app = QGuiApplication(["smartbms"])
    return _app


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def write_pdf(report: rc.Report, path: str | os.PathLike[str]) -> int:
    """Write the report as a PDF; returns the page count. All or nothing: a part file renamed at the end."""
    ensure_gui_application()
    target = Path(path)
    part = target.with_name(target.name + ".part")
    # Qt only says it cannot paint on the file: find the reason first (no such folder, no permission)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"the folder {target.parent} does not exist", str(target.parent))
    with open(part, "wb"):
        pass
    writer = QPdfWriter(str(part))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(page_size(report.info.paper))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    language = ReportLanguage(report.info.language)
    writer.setTitle(language.text(report.title))
    writer.setCreator("SmartBMS Desktop")
    try:
        pages = render(report, writer, language)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    os.replace(part, target)
    return pages


def render(report: rc.Report, device: QPagedPaintDevice, language: ReportLanguage | None = None) -> int:
    """Paint every page on `device` (its page size and margins as set); returns the page count."""
    language = language or ReportLanguage(report.info.language)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the PDF or printer (is the file writable?)")
    try:
        return _paint(report, device, painter, language)
    finally:
        painter.end()


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm / 25.4 * device.logicalDpiY()


def _paint(report: rc.Report, device: QPagedPaintDevice, painter: QPainter, language: ReportLanguage) -> int:
    width, height = float(device.width()), float(device.height())
    header, footer = _mm(device, HEADER_MM), _mm(device, FOOTER_MM)
    body_h = height - header - footer
    builder = _DocumentBuilder(report, language, device, width)
    doc = builder.build()
    doc.setPageSize(QSizeF(width, body_h))
    pages = doc.pageCount()
    title = language.text(report.title)
    serial = language.text(Message("Serial number: {serial}", serial=report.serial))
    info = report.info
    left_footer = " · ".join(p for p in (info.site, info.date) if p)
    small = _font(8.0)
    # Paper is white whatever the window's theme: the text is dark (the app palette of a dark theme
    # would give light text, unreadable on paper)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.WindowText, INK)
    context.palette = palette
    if _trace is not None:
        _trace_headings(doc)
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, header - page * body_h)
        context.clip = QRectF(0, page * body_h, width, body_h)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(small)
        painter.setPen(QPen(MUTED))
        line_y = header - _mm(device, 2.5)
        painter.drawText(
            QRectF(0, 0, width, line_y), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title
        )
        painter.drawText(
            QRectF(0, 0, width, line_y), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, serial
        )
        painter.setPen(QPen(GRID, _mm(device, 0.2)))
        painter.drawLine(QPointF(0, line_y + _mm(device, 1)), QPointF(width, line_y + _mm(device, 1)))
        painter.setPen(QPen(MUTED))
        foot = QRectF(0, height - footer + _mm(device, 2), width, footer - _mm(device, 2))
        page_text = language.text(Message("Page {page} of {pages}", page=page + 1, pages=pages))
        painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left_footer)
    builder.release()
    return pages


def _trace_headings(doc: QTextDocument) -> None:
    """The headings' text boxes (their lines, without the margins)."""
    global _chart
    _chart = ""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.layout().lineCount():
            layout = block.layout()
            first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
            top = layout.position().y() + first.y()
            rect = QRectF(layout.position().x(), top, first.naturalTextWidth(), last.y() + last.height() - first.y())
            _note("heading", block.text(), rect)
        block = block.next()


# ------------------------------------------------------------------------------------ the body


class _Objects(QPyTextObject):
    """Paints the charts and the switch drawing where the document placed them."""

    def __init__(self, builder: _DocumentBuilder) -> None:
        super().__init__(None)
        self.builder = builder

    def intrinsicSize(self, doc, pos, fmt):  # noqa: N802 - Qt's name
        return QSizeF(float(fmt.property(_PROP_W)), float(fmt.property(_PROP_H)))

    def drawObject(self, painter, rect, doc, pos, fmt):  # noqa: N802 - Qt's name
        block = self.builder.objects.get(int(fmt.property(_PROP_ID)))
        if block is None:
            return
        global _chart
        _chart = _CHART_NAMES.get(type(block), "other")
        _note("object", "", rect)
        painter.save()
        try:
            _draw_block(painter, rect, block, self.builder.language, self.builder.px_per_mm)
        finally:
            painter.restore()


CSS = """
body { font-size: 9pt; color: #1A1A1A; }
p { margin: 2pt 0; }
table.grid { border-collapse: collapse; }
table.grid th { background: #E8EDF3; font-weight: bold; }
td.k { color: #555555; padding-right: 10pt; }
"""

#: space above and below a block, in points. A heading has more space above than below, so it reads
#: with what follows it; a section's heading (h2) clearly starts a new part of the page. (Set on the
#: block formats: HTML inserted into an existing block keeps that block's format, not its CSS margins.)
SPACING_PT = {"h1": (0.0, 6.0), "h2": (13.0, 4.0), "h3": (8.0, 3.0), "p": (1.5, 1.5), "object": (3.0, 3.0)}
#: the text styles: (size in points, colour, bold, italic)
TEXT_STYLES: dict[str, tuple[float, str, bool, bool]] = {
    "h1": (18.0, "#1A1A1A", True, False),
    "h2": (12.5, "#1F3F66", True, False),
    "h3": (10.0, "#1A1A1A", True, False),
    "normal": (9.0, "#1A1A1A", False, False),
    "small": (7.5, "#555555", False, False),
    "note": (8.5, "#555555", False, True),
    "warning": (9.0, "#8A1C1C", True, False),
}


class _DocumentBuilder:
    def __init__(self, report: rc.Report, language: ReportLanguage, device: QPagedPaintDevice, width: float):
        self.report = report
        self.language = language
        self.device = device
        self.width = width
        self.px_per_mm = device.logicalDpiX() / 25.4
        self.objects: dict[int, Any] = {}
        self.handler: _Objects | None = None
        self.doc: QTextDocument | None = None

    def t(self, value: Any) -> str:
        return html.escape(self.language.text(value))

    def build(self) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultStyleSheet(CSS)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(9.0))
        self.handler = _Objects(self)
        doc.documentLayout().registerHandler(OBJECT_TYPE, self.handler)
        self.doc = doc
        cursor = QTextCursor(doc)
        self._text(cursor, self.report.title, "h1")
        for section in self.report.sections:
            self._text(cursor, section.title, "h2")
            for block in section.blocks:
                self._block(cursor, block)
        return doc

    @staticmethod
    def _reusable(cursor: QTextCursor) -> bool:
        """The cursor's block is empty and may take the next block's format (not a table's spacer)."""
        block = cursor.block()
        return block.length() <= 1 and not block.blockFormat().boolProperty(_PROP_SPACER)

    def _html(self, cursor: QTextCursor, text: str) -> None:
        """Insert a table's HTML as blocks of its own (never merged into the paragraph before it). The
        empty block after the table becomes a spacer of no height: Qt ignores the top margin of a
        block that directly follows a table, so the next heading gets its space from the spacer."""
        if not self._reusable(cursor):
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(text)
        if cursor.block().length() <= 1:
            spacer = QTextBlockFormat()
            spacer.setProperty(_PROP_SPACER, True)
            spacer.setLineHeight(0.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            spacer.setTopMargin(0)
            spacer.setBottomMargin(0)
            cursor.setBlockFormat(spacer)

    @staticmethod
    def _pt(points: float) -> float:
        """Points as a block margin: the document layout takes margins in 1/96 inch and scales them
        to the device itself."""
        return points * 96.0 / 72.0

    def _text(self, cursor: QTextCursor, value: Any, style: str) -> None:
        """A heading ("h1"–"h3") or a paragraph ("normal", "small", "note", "warning") as a block of its
        own, with its spacing and its character format (line breaks kept)."""
        kind = style if style.startswith("h") else "p"
        top, bottom = SPACING_PT[kind]
        block = QTextBlockFormat()
        block.setTopMargin(self._pt(top))
        block.setBottomMargin(self._pt(bottom))
        if kind != "p":
            block.setHeadingLevel(int(kind[1]))
        size, colour, bold, italic = TEXT_STYLES[style]
        char = QTextCharFormat()
        char.setFont(_font(size, bold))
        char.setFontItalic(italic)
        char.setForeground(QBrush(QColor(colour)))
        if not self._reusable(cursor):
            cursor.insertBlock(block, char)
        else:  # the empty block the document starts with, or the one after a drawing
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
        text = self.language.text(value).replace("\r\n", "\n").replace("\n", "\u2028")
        cursor.insertText(text, char)

    def release(self) -> None:
        self.objects.clear()

    def _object(self, cursor: QTextCursor, block: Any, height_mm: float, spaced: bool = True) -> None:
        key = len(self.objects) + 1
        self.objects[key] = block
        fmt = QTextCharFormat()
        fmt.setObjectType(OBJECT_TYPE)
        fmt.setProperty(_PROP_ID, key)
        fmt.setProperty(_PROP_W, self.width - 2)
        fmt.setProperty(_PROP_H, height_mm * self.px_per_mm)
        tight = QTextBlockFormat()
        if spaced:
            tight.setTopMargin(self._pt(SPACING_PT["object"][0]))
            tight.setBottomMargin(self._pt(SPACING_PT["object"][1]))
        else:
            tight.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            tight.setTopMargin(0)
            tight.setBottomMargin(0)
        if not self._reusable(cursor):
            cursor.insertBlock(tight, QTextCharFormat())
        else:
            cursor.setBlockFormat(tight)
        cursor.insertText("\ufffc", fmt)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def _block(self, cursor: QTextCursor, block: Any) -> None:
        if isinstance(block, rc.Paragraph):
            style = "h3" if block.style == "subheading" else block.style
            self._text(cursor, block.text, style if style in TEXT_STYLES else "normal")
        elif isinstance(block, rc.Facts):
            rows = "".join(
                f"<tr><td class='k' width='30%'>{self.t(k)}</td><td>{self.t(v)}</td></tr>"
                for k, v in block.rows
            )
            self._html(cursor, f"<table cellspacing='0' cellpadding='1.5'>{rows}</table>")
        elif isinstance(block, rc.Table) and block.widths:
            # a table with fixed columns (the cells) is painted in slices: Qt's table layout of a
            # 255-cell pack's thousand cells takes a second; painted text is as real, and a page
            # breaks between slices
            for first in range(0, len(block.rows), TABLE_SLICE_ROWS):
                piece = _TableSlice(block, first, min(len(block.rows), first + TABLE_SLICE_ROWS))
                self._object(cursor, piece, piece.height_mm(), spaced=False)
        elif isinstance(block, rc.Table):
            self._html(cursor, self._table_html(block))
        elif isinstance(block, rc.Checklist):
            self._html(cursor, self._checklist_html(block))
        elif isinstance(block, rc.Signatures):
            self._html(cursor, self._signatures_html(block))
        elif isinstance(block, rc.SwitchDrawing):
            self._object(cursor, block, 24.0)
            for line in block.lines:
                self._text(cursor, line, "normal")
        elif isinstance(block, rc.CellChart):
            self._object(cursor, block, 62.0)
        elif isinstance(block, rc.SessionChart):
            self._object(cursor, block, 92.0)
        elif isinstance(block, rc.SocChart):
            self._object(cursor, block, 52.0)

    def _table_html(self, table: rc.Table) -> str:
        size = "7.5pt" if table.small else "9pt"
        align = {"l": "left", "r": "right", "c": "center"}
        heads = "".join(
            f"<th align='{align.get(table.align[i : i + 1] or 'l', 'left')}'>{self.t(h)}</th>"
            for i, h in enumerate(table.headers)
        )
        body = []
        for r, row in enumerate(table.rows):
            style = " style='color:#8A1C1C; font-weight:bold'" if r in table.marked else ""
            shade = " bgcolor='#F5F7FA'" if r % 2 else ""
            cells = "".join(
                f"<td align='{align.get(table.align[i : i + 1] or 'l', 'left')}'>{self.t(v)}</td>"
                for i, v in enumerate(row)
            )
            body.append(f"<tr{style}{shade}>{cells}</tr>")
        return (
            f"<table class='grid' width='100%' cellspacing='0' cellpadding='2' style='font-size:{size}'>"
            f"<thead><tr>{heads}</tr></thead>{''.join(body)}</table>"
        )

    def _checklist_html(self, checklist: rc.Checklist) -> str:
        words = {rc.PASS: Message("pass"), rc.FAIL: Message("fail"), rc.NOT_CHECKED: Message("not checked")}
        rows = []
        for item in checklist.items:
            colour = STATUS_COLOURS[item.status]
            rows.append(
                f"<tr><td>{self.t(item.text)}</td>"
                f"<td><b><font color='{colour}'>{self.t(words[item.status])}</font></b></td>"
                f"<td>{self.t(item.detail)}</td></tr>"
            )
        heads = "".join(
            f"<th align='left'>{self.t(h)}</th>"
            for h in (Message("Step"), Message("Result"), Message("Measured"))
        )
        return (
            f"<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
            f"<thead><tr>{heads}</tr></thead>"
            f"{''.join(rows)}</table>"
        )

    def _signatures_html(self, block: rc.Signatures) -> str:
        cells = "".join(
            f"<td width='50%' style='padding-right:24pt'><br><br><br>"
            f"<hr>{self.t(role)} — {self.t(Message('name, date, signature'))}</td>"
            for role in block.roles
        )
        return f"<table width='100%' cellspacing='0' cellpadding='2'><tr>{cells}</tr></table>"


# ------------------------------------------------------------------------------------ drawings


TABLE_SLICE_ROWS = 8
ROW_MM = 3.5


class _TableSlice:
    """Rows [first, end) of a long table; the first slice has the header."""

    def __init__(self, table: rc.Table, first: int, end: int) -> None:
        self.table, self.first, self.end = table, first, end

    def height_mm(self) -> float:
        return ROW_MM * (self.end - self.first + (1 if self.first == 0 else 0))


def _draw_table_slice(painter: QPainter, rect: QRectF, piece: _TableSlice, language: ReportLanguage,
                      px: float) -> None:
    table = piece.table
    widths = table.widths or [1.0] * len(table.headers)
    total = sum(widths)
    xs = [rect.left()]
    for w in widths:
        xs.append(xs[-1] + w / total * rect.width())
    row_h = ROW_MM * px
    flags = {"l": Qt.AlignmentFlag.AlignLeft, "r": Qt.AlignmentFlag.AlignRight,
             "c": Qt.AlignmentFlag.AlignHCenter}
    pad = 0.8 * px
    y = rect.top()
    rows: list[tuple[int, list[Any], str]] = []
    if piece.first == 0:
        rows.append((-1, table.headers, "head"))
    rows += [(r, table.rows[r], "marked" if r in table.marked else ("odd" if r % 2 else "even"))
             for r in range(piece.first, piece.end)]
    warning = QColor("#8A1C1C")
    for r, values, kind in rows:
        if kind in ("head", "odd"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#E8EDF3" if kind == "head" else "#F5F7FA")))
            painter.drawRect(QRectF(rect.left(), y, rect.width(), row_h))
        painter.setFont(_font(7.0, bold=kind == "head"))
        for i, value in enumerate(values):
            painter.setPen(QPen(warning if kind == "marked" or (r, i) in table.marked_cells else INK))
            align = flags.get(table.align[i:i + 1] or "l", Qt.AlignmentFlag.AlignLeft)
            cell = QRectF(xs[i] + pad, y, xs[i + 1] - xs[i] - 2 * pad, row_h)
            text = painter.fontMetrics().elidedText(language.text(value), Qt.TextElideMode.ElideRight,
                                                    int(cell.width()))
            painter.drawText(cell, align | Qt.AlignmentFlag.AlignVCenter, text)
        y += row_h


def _draw_block(painter: QPainter, rect: QRectF, block: Any, language: ReportLanguage, px_mm: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if isinstance(block, _TableSlice):
        _draw_table_slice(painter, rect, block, language, px_mm)
    elif isinstance(block, rc.SwitchDrawing):
        _draw_switches(painter, rect, block, language, px_mm)
    elif isinstance(block, rc.CellChart):
        _draw_cells(painter, rect, block, language, px_mm)
    elif isinstance(block, rc.SessionChart):
        _draw_session(painter, rect, block, language, px_mm)
    elif isinstance(block, rc.SocChart):
        _draw_soc(painter, rect, block, language, px_mm)


def _font(points: float, bold: bool = False) -> QFont:
    """The report's font. No ligatures: "off" must read back (and search) as o-f-f, not as o-ﬀ."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _draw_switches(
    painter: QPainter, rect: QRectF, block: rc.SwitchDrawing, language: ReportLanguage, px: float
) -> None:
    """The IN board's DIP block: ON at the top, a knob per switch, "?" where the BMS does not tell."""
    w, h = 7.0 * px, 13.0 * px
    gap = 2.0 * px
    x0, y0 = rect.left() + 14 * px, rect.top() + 4 * px
    painter.setFont(_font(7.0, True))
    painter.setPen(QPen(INK, 0.3 * px))
    on_word = language.text(Label("ON", "Switches"))  # as the Switches page words it
    painter.drawText(QRectF(rect.left(), y0, 13 * px, 4 * px), Qt.AlignmentFlag.AlignLeft, on_word)
    painter.setBrush(QBrush(QColor("#B03030")))
    painter.drawRoundedRect(QRectF(x0 - gap, y0 - gap / 2, 8 * (w + gap) + gap, h + gap), px, px)
    for i, on in enumerate(block.positions):
        x = x0 + i * (w + gap)
        slot = QRectF(x, y0, w, h)
        painter.setBrush(QBrush(QColor("#F4F4F4")))
        painter.setPen(QPen(INK, 0.25 * px))
        painter.drawRect(slot)
        if on is None:
            painter.setPen(QPen(MUTED))
            painter.setFont(_font(9.0, True))
            painter.drawText(slot, Qt.AlignmentFlag.AlignCenter, "?")
        else:
            knob = QRectF(x + 0.8 * px, y0 + (0.8 * px if on else h / 2), w - 1.6 * px, h / 2 - 0.8 * px)
            painter.setBrush(QBrush(INK))
            painter.drawRect(knob)
        painter.setPen(QPen(INK))
        painter.setFont(_font(7.0))
        painter.drawText(QRectF(x, y0 + h + 1 * px, w, 4 * px), Qt.AlignmentFlag.AlignCenter, str(i + 1))
    painter.setPen(QPen(MUTED))
    painter.setFont(_font(7.0))
    legend = language.text(Message("? = not reported by the BMS: check on the board"))
    painter.drawText(
        QRectF(x0 + 8 * (w + gap) + 6 * px, y0, rect.right() - x0 - 8 * (w + gap) - 6 * px, h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
        legend,
    )


class _Axes:
    """A plot area with a y range and an x range, and the mapping from values to points."""

    def __init__(self, area: QRectF, x0: float, x1: float, y0: float, y1: float) -> None:
        if y1 - y0 < 1e-9:
            y0, y1 = y0 - 0.5, y1 + 0.5
        if x1 - x0 < 1e-9:
            x1 = x0 + 1.0
        self.area, self.x0, self.x1, self.y0, self.y1 = area, x0, x1, y0, y1

    def x(self, value: float) -> float:
        return self.area.left() + (value - self.x0) / (self.x1 - self.x0) * self.area.width()

    def y(self, value: float) -> float:
        return self.area.bottom() - (value - self.y0) / (self.y1 - self.y0) * self.area.height()


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _decimals_for(ticks: list[float]) -> int:
    if len(ticks) < 2:
        return 2
    step = abs(ticks[1] - ticks[0])
    # as many decimals as the step has (0.0025 V ticks: 4), so no two labels read the same
    return next((d for d in range(5) if abs(round(step * 10**d) - step * 10**d) < 1e-6), 4)


UNIT_ROW_MM = 4.5  # above a plot: its unit, in a row of its own
TIME_ROW_MM = 4.5  # under a plot: its time or day labels
LABEL_GAP_MM = 1.0  # the least space between two labels on one axis


def _frame(
    painter: QPainter,
    axes: _Axes,
    language: ReportLanguage,
    px: float,
    unit: str,
    *,
    right: bool = False,
    colour: QColor = INK,
    grid: bool = True,
) -> None:
    """Grid, tick labels and the frame. The unit sits above the tick labels, in the row of
    `UNIT_ROW_MM` a chart leaves above each plot (never on what is drawn above the plot)."""
    area = axes.area
    ticks = _nice_ticks(axes.y0, axes.y1)
    decimals = _decimals_for(ticks)
    painter.setFont(_font(6.5))
    side = Qt.AlignmentFlag.AlignLeft if right else Qt.AlignmentFlag.AlignRight
    column = QRectF(area.right() + 1 * px, 0, 14 * px, 4 * px) if right else QRectF(
        area.left() - 15 * px, 0, 14 * px, 4 * px)
    for tick in ticks:
        y = axes.y(tick)
        if grid:
            painter.setPen(QPen(GRID, 0.15 * px))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QPen(colour))
        _text(painter, column.translated(0, y - 2 * px), side | Qt.AlignmentFlag.AlignVCenter,
              language.number(tick, decimals), "tick")
    painter.setPen(QPen(colour))
    unit_box = column.translated(0, area.top() - UNIT_ROW_MM * px)
    unit_box.setHeight((UNIT_ROW_MM - 1.6) * px)  # clear of the top tick's label
    _text(painter, unit_box, side | Qt.AlignmentFlag.AlignBottom, unit, "unit")
    painter.setPen(QPen(INK, 0.25 * px))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)


def _legend_rows(
    painter: QPainter, items: list[tuple[QColor, str]], width: float, px: float
) -> list[list[tuple[QColor, str, float]]]:
    """The legend's items in rows no wider than `width`: (colour, name, x from the row's start)."""
    painter.setFont(_font(6.5))
    rows: list[list[tuple[QColor, str, float]]] = [[]]
    x = 0.0
    for colour, text in items:
        item_w = 6.5 * px + painter.fontMetrics().horizontalAdvance(text) + 1 * px
        if rows[-1] and x + item_w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((colour, text, x))
        x += item_w + 4 * px
    return rows


LEGEND_ROW_MM = 3.6


def _legend(painter: QPainter, x: float, y: float, items: list[tuple[QColor, str]], px: float,
            width: float) -> None:
    """Coloured lines and their names in rows within `width`; `y` is the middle of the first row."""
    for row in _legend_rows(painter, items, width, px):
        for colour, text, dx in row:
            painter.setPen(QPen(colour, 0.6 * px))
            painter.drawLine(QPointF(x + dx, y), QPointF(x + dx + 5 * px, y))
            painter.setPen(QPen(INK))
            box = QRectF(x + dx + 6.5 * px, y - 1.75 * px, painter.fontMetrics().horizontalAdvance(text) + 1 * px,
                         3.5 * px)
            _text(painter, box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text, "legend")
        y += LEGEND_ROW_MM * px


def _spread_out(centres: list[float], height: float, low: float, high: float) -> list[float]:
    """Label centres moved apart just enough that labels `height` tall never overlap, kept within
    [low, high] (the centres sorted first to last)."""
    out: list[float] = []
    for c in centres:
        out.append(max(c, low + height / 2, out[-1] + height if out else c))
    # pushed past the end: move back up from the last one
    limit = high - height / 2
    for i in range(len(out) - 1, -1, -1):
        if out[i] > limit:
            out[i] = limit
        limit = out[i] - height
    return out


LIMIT_NAMES = ("V min", "V bypass", "V max")


def _draw_cells(
    painter: QPainter, rect: QRectF, chart: rc.CellChart, language: ReportLanguage, px: float
) -> None:
    """Cell voltages as bars (coloured by state) and temperatures as a line, with V min/V bypass/V max
    as dashed lines named in the right margin, where no bar is (a red bar under a name would hide it)."""
    cells = chart.cells
    volts = [c.voltage_v for c in cells if c.voltage_v is not None]
    temps = [c.temperature_c for c in cells if c.temperature_c is not None]
    painter.setFont(_font(6.0))
    names_w = max(painter.fontMetrics().horizontalAdvance(n) for n in LIMIT_NAMES) + 1 * px
    temp_w = 9 * px if temps else 0.0  # the °C tick labels
    top = rect.top() + 5 * px + UNIT_ROW_MM * px  # the legend's row, then the units' row
    area = QRectF(rect.left() + 17 * px, top, rect.width() - 17 * px - temp_w - names_w - 3 * px,
                  rect.bottom() - TIME_ROW_MM * px - top)
    low = min(volts + [v for v in (chart.vmin_v,) if v is not None]) if volts else 2.5
    high = max(volts + [v for v in (chart.vmax_v,) if v is not None]) if volts else 3.7
    pad = max(0.02, (high - low) * 0.08)
    axes = _Axes(area, 0.5, len(cells) + 0.5, low - pad, high + pad)
    _frame(painter, axes, language, px, "V")
    t_axes = None
    if temps:
        t_low, t_high = min(temps), max(temps)
        t_pad = max(2.0, (t_high - t_low) * 0.15)
        t_axes = _Axes(area, axes.x0, axes.x1, t_low - t_pad, t_high + t_pad)
        _frame(painter, t_axes, language, px, "°C", right=True, colour=PURPLE, grid=False)
    bar = area.width() / max(1, len(cells))
    painter.setPen(Qt.PenStyle.NoPen)
    for c in cells:
        if c.voltage_v is None:
            continue
        x = axes.x(c.index)
        top_y = axes.y(c.voltage_v)
        painter.setBrush(QBrush(CELL_COLOURS.get(c.state, MUTED)))
        box = QRectF(x - bar * 0.4, top_y, max(bar * 0.8, 0.2 * px), area.bottom() - top_y)
        painter.drawRect(box)
        _note("bar", str(c.index), box)
    limits = [
        (value, colour, name)
        for value, colour, name in zip((chart.vmin_v, chart.vbypass_v, chart.vmax_v), (RED, ORANGE, RED),
                                       LIMIT_NAMES)
        if value is not None and axes.y0 <= value <= axes.y1
    ]
    limits.sort(key=lambda item: -item[0])  # top to bottom
    painter.setFont(_font(6.0))
    label_h = painter.fontMetrics().height()
    centres = _spread_out([axes.y(v) for v, _, _ in limits], label_h, rect.top(), rect.bottom())
    for (value, colour, name), centre in zip(limits, centres):
        painter.setPen(QPen(colour, 0.3 * px, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), axes.y(value)), QPointF(area.right(), axes.y(value)))
        painter.setPen(QPen(colour))
        box = QRectF(area.right() + temp_w + 2 * px, centre - label_h / 2, names_w + 1 * px, label_h)
        _text(painter, box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name, "limit")
    if t_axes is not None:
        path = QPainterPath()
        started = False
        for c in cells:
            if c.temperature_c is None:
                started = False
                continue
            point = QPointF(t_axes.x(c.index), t_axes.y(c.temperature_c))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setPen(QPen(PURPLE, 0.35 * px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.setPen(QPen(INK))
    painter.setFont(_font(6.5))
    ticks = _nice_ticks(1, len(cells), 8) if len(cells) > 16 else list(range(1, len(cells) + 1))
    for tick in ticks:
        index = int(round(tick))
        _text(painter, QRectF(axes.x(index) - 6 * px, area.bottom() + 0.5 * px, 12 * px, 4 * px),
              Qt.AlignmentFlag.AlignCenter, str(index), "axis")
    _legend(
        painter,
        area.left(),
        rect.top() + 2.5 * px,
        [
            (GREEN, language.text(Message("cell voltage: ok"))),
            (ORANGE, language.text(Message("balancing"))),
            (RED, language.text(Message("out of range"))),
            (PURPLE, language.text(Message("temperature"))),
        ],
        px,
        rect.right() - area.left(),
    )


def _axis_labels(
    painter: QPainter,
    labels: list[tuple[float, str, Qt.AlignmentFlag, bool]],
    area: QRectF,
    px: float,
) -> None:
    """Labels under a plot at their x (aligned left of, centred on or right of it), none overlapping:
    a label that would touch the one before is left out, or the one before is when it is only a
    partial one (`weak`: the part of a day the chart starts in) and this one is not. Kept within the
    plot's width."""
    metrics = painter.fontMetrics()
    gap = LABEL_GAP_MM * px
    kept: list[tuple[QRectF, str, bool]] = []
    for x, text, align, weak in labels:
        width = metrics.horizontalAdvance(text) + 0.5 * px
        left = {Qt.AlignmentFlag.AlignLeft: x + 0.5 * px, Qt.AlignmentFlag.AlignRight: x - width}.get(
            align, x - width / 2)
        left = max(area.left(), min(left, area.right() - width))
        box = QRectF(left, area.bottom() + 0.5 * px, width, 4 * px)
        if kept and box.left() < kept[-1][0].right() + gap:
            if kept[-1][2] and not weak:
                kept.pop()
            else:
                continue
        if kept and box.left() < kept[-1][0].right() + gap:
            continue
        kept.append((box, text, weak))
    for box, text, _weak in kept:
        _text(painter, box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text, "axis")


def _time_axis(painter: QPainter, axes: _Axes, language: ReportLanguage, px: float) -> None:
    span = axes.x1 - axes.x0
    step = next(
        (s for s in (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400) if span / s <= 8), 86400
    )
    first = math.ceil(axes.x0 / step) * step
    painter.setFont(_font(6.5))
    painter.setPen(QPen(INK))
    if first > axes.x1:  # shorter than a minute: the start and the end, to the second
        _axis_labels(painter, [
            (axes.x(axes.x0), language.date_time(axes.x0, seconds=True)[-8:], Qt.AlignmentFlag.AlignLeft, False),
            (axes.x(axes.x1), language.date_time(axes.x1, seconds=True)[-8:], Qt.AlignmentFlag.AlignRight, False),
        ], axes.area, px)
        return
    labels = []
    value = first
    while value <= axes.x1:
        x = axes.x(value)
        painter.setPen(QPen(GRID, 0.15 * px))
        painter.drawLine(QPointF(x, axes.area.top()), QPointF(x, axes.area.bottom()))
        labels.append((x, language.time_of_day(value), Qt.AlignmentFlag.AlignCenter, False))
        value += step
    painter.setPen(QPen(INK))
    _axis_labels(painter, labels, axes.area, px)


def _line(
    painter: QPainter, axes: _Axes, t: list[float], values: list[float | None], colour: QColor, px: float
) -> None:
    path = QPainterPath()
    started = False
    last_t = None
    steps = sorted(b - a for a, b in zip(t, t[1:]))
    gap = max((axes.x1 - axes.x0) / 50.0, 10 * steps[len(steps) // 2] if steps else 0.0)
    for when, value in zip(t, values):
        if value is None or (last_t is not None and when - last_t > gap):
            started = False
        if value is None:
            continue
        point = QPointF(axes.x(when), axes.y(value))
        if started:
            path.lineTo(point)
        else:
            path.moveTo(point)
            started = True
        last_t = when
    painter.setPen(QPen(colour, 0.35 * px))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _range(values: list[float | None], minimum_span: float) -> tuple[float, float] | None:
    span = spanning(values, minimum_span)
    if span is None:
        return None
    low, high = span
    pad = (high - low) * 0.06
    return low - pad, high + pad


def _draw_session(
    painter: QPainter, rect: QRectF, chart: rc.SessionChart, language: ReportLanguage, px: float
) -> None:
    """Three stacked plots over the session: pack voltage, the currents, the cell spread (in mV, as the
    app shows it); events marked. Each plot has its own rows: its unit above, its times below."""
    s = chart.series
    if len(s.t) < 2:
        return
    t0, t1 = s.t[0], s.t[-1]
    left, width = rect.left() + 17 * px, rect.width() - 21 * px
    mark_items = [
        (GREEN, language.text(Message("relay allowed"))),
        (RED, language.text(Message("relay switched off"))),
        (ORANGE, language.text(Message("warning light"))),
        (BLUE, language.text(Message("settings written"))),
        (PURPLE, language.text(Message("cell event"))),
    ]
    legend_w = rect.right() - left
    legend_h = 1.4 * px + LEGEND_ROW_MM * px  # the series' legend: one row (five short names)
    marks_h = 1.4 * px + LEGEND_ROW_MM * px * len(_legend_rows(painter, mark_items, legend_w, px))
    per_panel = (UNIT_ROW_MM + TIME_ROW_MM) * px
    panel_h = (rect.height() - legend_h - marks_h - 3 * per_panel) / 3
    spread_mv = [None if v is None else v * 1000.0 for v in s.spread_v]
    panels = [
        ("V", [(s.pack_v, BLUE, language.text(Message("pack voltage")))], 0.2),
        (
            "A",
            [
                (s.battery_a, INK, language.text(Message("battery"))),
                (s.solar_a, ORANGE, language.text(Message("solar / charge"))),
                (s.load_a, PURPLE, language.text(Message("load"))),
            ],
            1.0,
        ),
        ("mV", [(spread_mv, RED, language.text(Message("cell spread")))], 10.0),
    ]
    legend_items = []
    for index, (unit, lines, span) in enumerate(panels):
        top = rect.top() + legend_h + index * (panel_h + per_panel) + UNIT_ROW_MM * px
        area = QRectF(left, top, width, panel_h)
        ranges = [r for r in (_range(values, span) for values, _, _ in lines) if r]
        if not ranges:
            low, high = 0.0, 1.0
        else:
            low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
        axes = _Axes(area, t0, t1, low, high)
        _frame(painter, axes, language, px, unit)
        _time_axis(painter, axes, language, px)
        for values, colour, name in lines:
            _line(painter, axes, s.t, values, colour, px)
            legend_items.append((colour, name))
        for mark in chart.marks:
            if not t0 <= mark.t <= t1 or mark.kind == "connected":
                continue
            colour = {
                "relay": GREEN if mark.on else RED,
                "warning_light": ORANGE,
                "settings_written": BLUE,
                "cell_event": PURPLE,
            }.get(mark.kind, MUTED)
            painter.setPen(QPen(colour, 0.3 * px, Qt.PenStyle.DotLine))
            x = axes.x(mark.t)
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    _legend(painter, left, rect.top() + 2.5 * px, legend_items, px, legend_w)
    _legend(painter, left, rect.bottom() - marks_h + 2.5 * px, mark_items, px, legend_w)


def _draw_soc(
    painter: QPainter, rect: QRectF, chart: rc.SocChart, language: ReportLanguage, px: float
) -> None:
    """SoC hour by hour as bars; a line and a label where each day starts. The chart's first day is
    mostly a part of one: its label gives way when the next day's would touch it."""
    hours = chart.hours
    if not hours:
        return
    top = rect.top() + UNIT_ROW_MM * px
    area = QRectF(rect.left() + 17 * px, top, rect.width() - 21 * px, rect.bottom() - TIME_ROW_MM * px - top)
    t0, t1 = hours[0][0], hours[-1][0] + 3600
    axes = _Axes(area, t0, t1, 0.0, 100.0)
    _frame(painter, axes, language, px, "%")
    bar = area.width() / max(1, len(hours))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(BLUE))
    for when, soc in hours:
        if soc is None:
            continue
        x = axes.x(when)
        box = QRectF(x, axes.y(soc), max(bar * 0.85, 0.2 * px), area.bottom() - axes.y(soc))
        painter.drawRect(box)
    painter.setFont(_font(6.5))
    day = None
    labels = []
    for when, _ in hours:
        date = _qdate(when)
        label = language.locale.toString(date, "ddd d MMM")
        if label != day:
            day = label
            x = axes.x(when)
            painter.setPen(QPen(GRID, 0.2 * px))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            partial = when == t0 and _qdatetime(when).time().hour() != 0
            labels.append((x, label, Qt.AlignmentFlag.AlignLeft, partial))
    painter.setPen(QPen(INK))
    _axis_labels(painter, labels, area, px)


def _qdatetime(unix_s: float):
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(unix_s))


def _qdate(unix_s: float):
    return _qdatetime(unix_s).date()


_CHART_NAMES: dict[type, str] = {
    rc.CellChart: "cells",
    rc.SessionChart: "session",
    rc.SocChart: "soc",
    rc.SwitchDrawing: "switches",
    _TableSlice: "table",
}
