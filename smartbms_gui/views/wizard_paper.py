"""The hidden-settings wizard's record on paper: a light, theme-independent copy of its summary (the
switch drawings included) as a PDF page set, a PNG or a printout. Pure rendering; the wizard's
Summary page (switch_wizard.py) asks for paths and printers and says what happened."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from smartbms_gui.views.dip_switch import render_image

#: the width the paper copy is laid out at (px); pages and images scale from it
PAPER_WIDTH = 800


def paper_palette() -> QPalette:
    """A light palette for printed/exported drawings, whatever the screen theme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1F5FBF"))
    return palette


def add_drawings(doc: QTextDocument, drawings: dict[str, dict], palette: QPalette) -> None:
    """Each drawing as the image `dip://name` of `doc`, in `palette`'s colours; `drawings`: name →
    the keyword arguments of `dip_switch.render_image` (positions, highlight, width, height)."""
    for name, options in drawings.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"dip://{name}"),
                        render_image(options["positions"], highlight=options.get("highlight", ()), palette=palette,
                                     width=options["width"], height=options["height"]))


def paper_document(summary_html: str, drawings: dict[str, dict], *, width_px: int = PAPER_WIDTH) -> QTextDocument:
    """The summary in black on white, with its drawings (`add_drawings`) on paper colours."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { color: #000000; } td { color: #000000; }")
    add_drawings(doc, drawings, paper_palette())
    doc.setHtml(f"<body>{summary_html}</body>")
    doc.setTextWidth(width_px)
    return doc


def save_png(doc: QTextDocument, path: str) -> bool:
    """The document on a white image with a 20 px margin; False if the file could not be written."""
    size = doc.size().toSize()
    image = QImage(QSize(PAPER_WIDTH + 40, size.height() + 40), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(20, 20)
    doc.drawContents(painter)
    painter.end()
    return image.save(path, "PNG")


def save_pdf(doc: QTextDocument, path: str, title: str) -> bool:
    """The document on A4 pages (15 mm margins), cut into as many pages as it needs; False if the file
    could not be opened for writing."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    painter = QPainter()
    if not painter.begin(writer):
        return False
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = page.width() / PAPER_WIDTH
        page_height = page.height() / scale
        total = doc.size().height()
        top = 0.0
        while True:
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -top)
            doc.drawContents(painter, QRectF(0, top, PAPER_WIDTH, page_height))
            painter.restore()
            top += page_height
            if top >= total:
                break
            writer.newPage()
    finally:
        painter.end()
    return True


def print_document(doc: QTextDocument, printer) -> None:
    """The same paper copy as the PDF, on a QPrinter."""
    doc.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size().toSizeF())
    doc.print_(printer)
