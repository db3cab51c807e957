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

import html
import logging
import math
import os
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
        painter.save()
        try:
            _draw_block(painter, rect, block, self.builder.language, self.builder.px_per_mm)
        finally:
            painter.restore()


CSS = """
body { font-size: 9pt; color: #1A1A1A; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; margin: 12pt 0 4pt 0; color: #1F3F66; }
h3 { font-size: 10pt; margin: 8pt 0 2pt 0; }
p { margin: 2pt 0; }
p.small { font-size: 7.5pt; color: #555555; }
p.note { font-size: 8.5pt; color: #555555; font-style: italic; }
p.warning { color: #8A1C1C; }
table.grid { border-collapse: collapse; }
table.grid th { background: #E8EDF3; font-weight: bold; }
td.k { color: #555555; padding-right: 10pt; }
"""


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
        self._html(cursor, f"<h1>{self.t(self.report.title)}</h1>")
        for section in self.report.sections:
            self._html(cursor, f"<h2>{self.t(section.title)}</h2>")
            for block in section.blocks:
                self._block(cursor, block)
        return doc

    @staticmethod
    def _html(cursor: QTextCursor, text: str) -> None:
        """Insert HTML as blocks of its own (never merged into the paragraph before it)."""
        if cursor.block().length() > 1:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(text)

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
        if not spaced:
            tight.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            tight.setTopMargin(0)
            tight.setBottomMargin(0)
        if cursor.block().length() > 1:
            cursor.insertBlock(tight, QTextCharFormat())
        else:
            cursor.setBlockFormat(tight)
        cursor.insertText("\ufffc", fmt)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def _block(self, cursor: QTextCursor, block: Any) -> None:
        if isinstance(block, rc.Paragraph):
            if block.style == "subheading":
                self._html(cursor, f"<h3>{self.t(block.text)}</h3>")
            else:
                text = self.t(block.text).replace("\n", "<br>")
                if block.style == "warning":
                    text = f"<b>{text}</b>"
                self._html(cursor, f"<p class='{block.style}'>{text}</p>")
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
            items = "".join(f"<p>{self.t(line)}</p>" for line in block.lines)
            self._html(cursor, items)
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
    area = axes.area
    ticks = _nice_ticks(axes.y0, axes.y1)
    decimals = _decimals_for(ticks)
    painter.setFont(_font(6.5))
    for tick in ticks:
        y = axes.y(tick)
        if grid:
            painter.setPen(QPen(GRID, 0.15 * px))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QPen(colour))
        label = language.number(tick, decimals)
        if right:
            painter.drawText(
                QRectF(area.right() + 1 * px, y - 2 * px, 14 * px, 4 * px),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        else:
            painter.drawText(
                QRectF(area.left() - 15 * px, y - 2 * px, 14 * px, 4 * px),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
    painter.setPen(QPen(colour))
    if right:
        painter.drawText(
            QRectF(area.right() + 1 * px, area.top() - 5 * px, 16 * px, 4 * px),
            Qt.AlignmentFlag.AlignLeft,
            unit,
        )
    else:
        painter.drawText(
            QRectF(area.left() - 15 * px, area.top() - 5 * px, 14 * px, 4 * px),
            Qt.AlignmentFlag.AlignRight,
            unit,
        )
    painter.setPen(QPen(INK, 0.25 * px))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)


def _legend(painter: QPainter, x: float, y: float, items: list[tuple[QColor, str]], px: float) -> None:
    painter.setFont(_font(6.5))
    for colour, text in items:
        painter.setPen(QPen(colour, 0.6 * px))
        painter.drawLine(QPointF(x, y), QPointF(x + 5 * px, y))
        painter.setPen(QPen(INK))
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(x + 6.5 * px, y + 1.1 * px), text)
        x += 6.5 * px + width + 5 * px


def _draw_cells(
    painter: QPainter, rect: QRectF, chart: rc.CellChart, language: ReportLanguage, px: float
) -> None:
    """Cell voltages as bars (coloured by state) and temperatures as a line, with V min/V bypass/V max."""
    cells = chart.cells
    volts = [c.voltage_v for c in cells if c.voltage_v is not None]
    temps = [c.temperature_c for c in cells if c.temperature_c is not None]
    area = QRectF(rect.left() + 17 * px, rect.top() + 8 * px, rect.width() - 35 * px, rect.height() - 16 * px)
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
        top = axes.y(c.voltage_v)
        painter.setBrush(QBrush(CELL_COLOURS.get(c.state, MUTED)))
        painter.drawRect(QRectF(x - bar * 0.4, top, max(bar * 0.8, 0.2 * px), area.bottom() - top))
    for value, colour, name in (
        (chart.vmin_v, RED, "V min"),
        (chart.vbypass_v, ORANGE, "V bypass"),
        (chart.vmax_v, RED, "V max"),
    ):
        if value is None or not axes.y0 <= value <= axes.y1:
            continue
        pen = QPen(colour, 0.3 * px, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), axes.y(value)), QPointF(area.right(), axes.y(value)))
        painter.setFont(_font(6.0))
        painter.drawText(QPointF(area.left() + 1 * px, axes.y(value) - 0.8 * px), name)
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
        painter.drawText(
            QRectF(axes.x(index) - 6 * px, area.bottom() + 0.5 * px, 12 * px, 4 * px),
            Qt.AlignmentFlag.AlignCenter,
            str(index),
        )
    _legend(
        painter,
        area.left(),
        rect.top() + 3 * px,
        [
            (GREEN, language.text(Message("cell voltage: ok"))),
            (ORANGE, language.text(Message("balancing"))),
            (RED, language.text(Message("out of range"))),
            (PURPLE, language.text(Message("temperature"))),
        ],
        px,
    )


def _time_axis(painter: QPainter, axes: _Axes, language: ReportLanguage, px: float) -> None:
    span = axes.x1 - axes.x0
    step = next(
        (s for s in (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400) if span / s <= 8), 86400
    )
    first = math.ceil(axes.x0 / step) * step
    painter.setFont(_font(6.5))
    if first > axes.x1:  # shorter than a minute: the start and the end, to the second
        painter.setPen(QPen(INK))
        for value, align in ((axes.x0, Qt.AlignmentFlag.AlignLeft), (axes.x1, Qt.AlignmentFlag.AlignRight)):
            left = axes.x(value) - (0 if align == Qt.AlignmentFlag.AlignLeft else 20 * px)
            box = QRectF(left, axes.area.bottom() + 0.5 * px, 20 * px, 4 * px)
            painter.drawText(box, align, language.date_time(value, seconds=True)[-8:])
        return
    value = first
    while value <= axes.x1:
        x = axes.x(value)
        painter.setPen(QPen(GRID, 0.15 * px))
        painter.drawLine(QPointF(x, axes.area.top()), QPointF(x, axes.area.bottom()))
        painter.setPen(QPen(INK))
        painter.drawText(
            QRectF(x - 8 * px, axes.area.bottom() + 0.5 * px, 16 * px, 4 * px),
            Qt.AlignmentFlag.AlignCenter,
            language.time_of_day(value),
        )
        value += step


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
    """Three stacked plots over the session: pack voltage, the currents, the cell spread; events marked."""
    s = chart.series
    if len(s.t) < 2:
        return
    t0, t1 = s.t[0], s.t[-1]
    left, width = rect.left() + 17 * px, rect.width() - 21 * px
    top = rect.top() + 7 * px
    panel_h = (rect.height() - 7 * px - 5 * px - 3 * 6 * px) / 3
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
        ("V", [(s.spread_v, RED, language.text(Message("cell spread")))], 0.01),
    ]
    legend_items = []
    for index, (unit, lines, span) in enumerate(panels):
        area = QRectF(left, top + index * (panel_h + 6 * px), width, panel_h)
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
    legend_items += [
        (GREEN, language.text(Message("relay allowed"))),
        (RED, language.text(Message("relay switched off"))),
        (ORANGE, language.text(Message("warning light"))),
        (BLUE, language.text(Message("settings written"))),
        (PURPLE, language.text(Message("cell event"))),
    ]
    _legend(painter, left, rect.top() + 2.5 * px, legend_items[:5], px)
    _legend(painter, left, rect.bottom() - 1.5 * px, legend_items[5:], px)


def _draw_soc(
    painter: QPainter, rect: QRectF, chart: rc.SocChart, language: ReportLanguage, px: float
) -> None:
    hours = chart.hours
    if not hours:
        return
    area = QRectF(rect.left() + 17 * px, rect.top() + 3 * px, rect.width() - 21 * px, rect.height() - 9 * px)
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
        painter.drawRect(QRectF(x, axes.y(soc), max(bar * 0.85, 0.2 * px), area.bottom() - axes.y(soc)))
    painter.setFont(_font(6.5))
    day = None
    for when, _ in hours:
        label = language.locale.toString(_qdate(when), "ddd d MMM")
        if label != day:
            day = label
            x = axes.x(when)
            painter.setPen(QPen(GRID, 0.2 * px))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(QPen(INK))
            painter.drawText(
                QRectF(x + 0.5 * px, area.bottom() + 0.5 * px, 25 * px, 4 * px),
                Qt.AlignmentFlag.AlignLeft,
                label,
            )


def _qdate(unix_s: float):
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(unix_s)).date()
