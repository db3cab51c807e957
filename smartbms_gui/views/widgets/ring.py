"""The ring both gauges draw (state of charge, solar and load power): a 270° track open at the bottom,
filled clockwise from the lower left by a fraction of the full span."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from smartbms_gui.views import theme

START_DEG = 225  # lower left
SPAN_DEG = 270


def paint_ring(painter: QPainter, widget: QWidget, width_share: float, minimum_width: float,
               fraction: float | None, colour: QColor) -> tuple[QRectF, float]:
    """Draw the track and `fraction` (0..1, None = nothing) of the ring, centred in `widget` with a
    pen `width_share` of its side (at least `minimum_width` px). Returns the ring's rectangle and side,
    for the text placed inside."""
    side = min(widget.width(), widget.height())
    pen_w = max(minimum_width, side * width_share)
    rect = QRectF((widget.width() - side) / 2 + pen_w / 2, (widget.height() - side) / 2 + pen_w / 2,
                  side - pen_w, side - pen_w)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    track = QColor(theme.colours()["gauge_track"])
    painter.setPen(QPen(track, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawArc(rect, START_DEG * 16, -SPAN_DEG * 16)
    if fraction is not None and fraction > 0:
        span = min(1.0, fraction) * SPAN_DEG
        painter.setPen(QPen(colour, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(rect, START_DEG * 16, int(-span * 16))
    return rect, side
