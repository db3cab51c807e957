"""One quantity of every pack in one plot (the Site page's "Overlay" tab): SoC, voltage, current,
power, lowest or highest cell, over the last hour.

Each pack's values are sampled once a second from its live model (a value that is old — the pack
offline — is a gap, never a flat line); the plot redraws once a second while it is visible. Packs
differ by colour (the Okabe-Ito colour-blind-safe set) and, from the fifth pack on, by a dashed line.
The plot takes the theme's plot colours, as the Plots page does; its time axis follows the newest
sample as the Plots page's does (the first minute fills the width) until the mouse pans or zooms it.
The legend (each pack's line and name) stands beside the plot, never over its lines.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import math
import time
from collections import deque

from smartbms_gui import qt_env

qt_env.prepare()

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.site import LinkStatus
from smartbms_gui.views import theme
from smartbms_gui.views.plot_buffers import follow_range
from smartbms_gui.views.site_connections import SiteConnections

#: the legend's widest pack name (in widths of "M"); a longer one is cut with an ellipsis
LEGEND_NAME_EMS = 12
KEEP_S = 3600  # one hour of one-second samples per pack and quantity
SAMPLE_MS = 1000

#: (key, the PackSnapshot attribute, label, unit)
QUANTITIES = (
    ("soc", "soc_pct", QT_TRANSLATE_NOOP("SiteOverlay", "State of charge"), "%"),
    ("voltage", "pack_voltage_v", QT_TRANSLATE_NOOP("SiteOverlay", "Pack voltage"), "V"),
    ("current", "battery_current_a", QT_TRANSLATE_NOOP("SiteOverlay", "Current"), "A"),
    ("power", "power_w", QT_TRANSLATE_NOOP("SiteOverlay", "Power"), "W"),
    ("lowest", "lowest_cell_v", QT_TRANSLATE_NOOP("SiteOverlay", "Lowest cell"), "V"),
    ("highest", "highest_cell_v", QT_TRANSLATE_NOOP("SiteOverlay", "Highest cell"), "V"),
)

# Okabe-Ito, light and dark variants (black and the dark blue would vanish on a dark plot)
PACK_COLOURS = {
    "light": ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7F7F00", "#444444"),
    "dark": ("#56B4E9", "#E69F00", "#2BC99A", "#CC79A7", "#A0D8FF", "#FF8C42", "#F0E442", "#DDDDDD"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteOverlay", text)


def pack_pen(n: int, mode: str) -> QPen:
    """Pack `n`'s line (0-based): its colour, dashed from the fifth pack on."""
    colours = PACK_COLOURS[mode]
    pen = QPen(pg.mkColor(colours[n % len(colours)]))
    pen.setWidthF(2.0)
    pen.setCosmetic(True)
    if n >= 4:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def line_swatch(pen: QPen, ratio: float, width: int = 28, height: int = 12) -> QPixmap:
    """A short piece of `pen`'s line, for the legend (drawn at the screen's pixel ratio: crisp at 200 %)."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.drawLine(1, height // 2, width - 1, height // 2)
    painter.end()
    return pixmap


class SiteOverlay(QWidget):
    def __init__(self, connections: SiteConnections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connections = connections
        self.samples: dict[str, dict[str, deque]] = {}  # pack key → quantity → deque of (t, value)
        self.quantity = QComboBox(self)
        for key, _attr, label, unit in QUANTITIES:
            self.quantity.addItem(f"{_tr(label)} ({unit})", key)
        self.quantity.setToolTip(self.tr("The quantity every pack shows in the plot"))
        self.quantity.currentIndexChanged.connect(lambda _i: self.redraw())
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=True, y=False)
        view = self.plot.getViewBox()
        view.enableAutoRange(x=False, y=True)
        view.setAutoVisible(y=True)  # the values of the time shown set the height
        view.sigRangeChangedManually.connect(self._panned)
        # Beside the plot (an overlaid legend hid the lines under it), scrolling when a big site's
        # packs do not fit the plot's height (16 packs at the window's smallest size)
        self.legend = QWidget()
        self.legend.setAccessibleName(self.tr("Legend"))
        self._legend_grid = QGridLayout(self.legend)
        self._legend_grid.setContentsMargins(8, 8, 6, 0)
        self._legend_grid.setHorizontalSpacing(6)
        self._legend_grid.setVerticalSpacing(4)
        self._legend_grid.setColumnStretch(2, 1)  # room to spare (the scroll bar's) goes right of the names
        self.legend_area = QScrollArea(self)
        self.legend_area.setWidget(self.legend)
        self.legend_area.setWidgetResizable(True)
        self.legend_area.setFrameShape(QFrame.Shape.NoFrame)
        self.legend_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend_area.setObjectName("overlayLegend")
        # on the tab's own background (a scroll area paints its own, grey in the dark theme)
        self.legend_area.setStyleSheet("#overlayLegend, #overlayLegend > QWidget > QWidget "
                                       "{ background: transparent; }")
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.follow_box = QCheckBox(self.tr("Follow"), self)
        self.follow_box.setChecked(True)
        self.follow_box.setToolTip(self.tr("Keep the newest data in view. Panning or zooming with the mouse "
                                           "pauses following; tick again to catch up."))
        self.follow_box.toggled.connect(lambda _on: self.redraw())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quantity:"), self))
        top.addWidget(self.quantity)
        top.addWidget(self.follow_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.plot, 1)
        body.addWidget(self.legend_area, 0)
        layout.addLayout(body, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(SAMPLE_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        connections.packsChanged.connect(self._rebuild)
        # bound methods, not lambdas: Qt drops these connections when this widget goes
        connections.siteChanged.connect(self._rebuild)
        theme.theme_changed().connect(self._rebuild)
        self._rebuild()

    def quantity_key(self) -> str:
        return self.quantity.currentData()

    def set_quantity(self, key: str) -> None:
        self.quantity.setCurrentIndex(self.quantity.findData(key))

    def sample(self, now: float | None = None) -> None:
        """Take one sample of every pack (wall time for the time axis); an old value is a gap (NaN)."""
        stamp = time.time() if now is None else now
        for snap in self.connections.snapshots():
            series = self.samples.setdefault(snap.key, {key: deque(maxlen=KEEP_S) for key, *_ in QUANTITIES})
            for key, attr, _label, _unit in QUANTITIES:
                value = getattr(snap, attr) if snap.link is LinkStatus.ONLINE else None
                series[key].append((stamp, math.nan if value is None else float(value)))
        for key in [k for k in self.samples if k not in self.connections.packs]:
            del self.samples[key]

    def tick(self) -> None:
        self.sample()
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    def _panned(self, *_args) -> None:
        self.follow_box.setChecked(False)

    def legend_names(self) -> list[str]:
        """The packs the legend names, top to bottom (as shown: a long name cut with an ellipsis)."""
        names = []
        for row in range(self._legend_grid.rowCount()):
            item = self._legend_grid.itemAtPosition(row, 1)
            if item is not None and isinstance(item.widget(), QLabel):
                names.append(item.widget().text())
        return names

    def _rebuild(self, *_args) -> None:
        self.plot.clear()
        while self._legend_grid.count():
            widget = self._legend_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row in range(self._legend_grid.rowCount()):
            self._legend_grid.setRowStretch(row, 0)
        self.curves = {}
        mode = theme.effective_mode()
        theme.colour_plot(self.plot, mode)  # (pyqtgraph's defaults may predate the theme)
        ratio = self.devicePixelRatioF()
        for n, entry in enumerate(self.connections.site.packs):
            pen = pack_pen(n, mode)
            curve = self.plot.plot([], [], pen=pen, name=entry.name, connect="finite")
            self.curves[entry.key] = curve
            swatch = QLabel(self.legend)
            swatch.setPixmap(line_swatch(pen, ratio))
            name = QLabel(self.legend)
            name.setTextFormat(Qt.TextFormat.PlainText)
            # a long pack name is cut with an ellipsis rather than narrowing the plot (whole on hover)
            metrics = name.fontMetrics()
            name.setText(metrics.elidedText(entry.name, Qt.TextElideMode.ElideRight,
                                            metrics.horizontalAdvance("M") * LEGEND_NAME_EMS))
            name.setToolTip(self.tr("The line of pack {name}").replace("{name}", entry.name))
            self._legend_grid.addWidget(swatch, n, 0)
            self._legend_grid.addWidget(name, n, 1)
        self._legend_grid.setRowStretch(len(self.connections.site.packs), 1)  # the entries at the top
        self._fit_legend()
        self.redraw()

    def _fit_legend(self) -> None:
        """The legend column as wide as its entries (and a scroll bar when they do not fit)."""
        self.legend.adjustSize()
        bar = self.legend_area.verticalScrollBar().sizeHint().width()
        self.legend_area.setFixedWidth(self.legend.sizeHint().width() + bar)

    def series(self, pack_key: str, quantity: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        data = self.samples.get(pack_key, {}).get(quantity or self.quantity_key(), ())
        if not data:
            return np.empty(0), np.empty(0)
        array = np.asarray(data, dtype=float)
        return array[:, 0], array[:, 1]

    def redraw(self) -> None:
        key = self.quantity_key()
        unit = next(u for k, _a, _l, u in QUANTITIES if k == key)
        self.plot.setLabel("left", unit)
        first, last = math.inf, -math.inf
        for pack_key, curve in self.curves.items():
            x, y = self.series(pack_key, key)
            curve.setData(x, y, connect="finite")
            if len(x):
                first, last = min(first, float(x[0])), max(last, float(x[-1]))
        if self.follow_box.isChecked() and math.isfinite(first):
            x0, x1 = follow_range(first, last, KEEP_S, time.time())
            self.plot.setXRange(x0, x1, padding=0.0)
