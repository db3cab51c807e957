"""The plots page: the pack over time, live or from a recording.

Rows (shared, linked clock-time axis): pack voltage; battery, solar and load current; SoC;
lowest/highest cell; cell spread; every cell's voltage and temperature (heat map, lines, or a few
chosen cells); event markers (relays, warning lights, settings written, connection).

Data flows in through `feed(item, t)` (the bridge's `itemReceived` for live data, the replay
engine for recordings) into fixed ring buffers (`plots_data.PlotData`). ONE timer redraws at most
30 times a second, only the rows whose data or window changed, from pre-computed peak-preserving
levels — so a 24-hour window of 255 cells costs the same as a 1-minute one.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from smartbms_gui import qt_env

qt_env.prepare()

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device import export as export_mod
from smartbms_gui.device.recording import FILE_SUFFIX, EventKind, RecordingWarning, default_folder
from smartbms_gui.device.replay import SPEEDS, Replay
from smartbms_gui.views import theme

from .plot_buffers import History, heat_image, peak_line, peak_lines
from .plots_data import HISTORY_S, CellChoiceError, PlotData, load_recording, parse_cells

REDRAW_MS = 34  # one timer, at most ~30 redraws a second
WINDOWS_S = (60, 300, 900, 3600, 6 * 3600, 24 * 3600)
CELL_MODES = ("heat", "lines", "chosen")
#: Seconds of the replay before a seek that also go to `replayItem` (the other screens' state).
REPLAY_STATE_TAIL_S = 300.0

_CTX = "PlotsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# Line colours that read on white and on near-black (Okabe–Ito, colour-blind safe).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999",
           "#882255", "#44AA99", "#117733", "#AA4499")


def window_label(seconds: int) -> str:
    if seconds < 3600:
        return tr("{n} min").format(n=seconds // 60)
    return tr("{n} h").format(n=seconds // 3600)


class _Row:
    """One plot row: a PlotItem, what it shows, and the signature of what it last drew."""

    def __init__(self, key: str, title: str, plot: pg.PlotItem, stretch: int) -> None:
        self.key = key
        self.title = title
        self.plot = plot
        self.stretch = stretch
        self.visible = True
        self.drawn: tuple | None = None
        self.curves: list[tuple[pg.PlotCurveItem, int]] = []  # (curve, column)
        self.history_name = ""
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.crosshair.setVisible(False)
        plot.addItem(self.crosshair, ignoreBounds=True)


class PlotsPage(QWidget):
    """Live and recorded plots. `PlotsPage(bridge)`; `feed(item, t)` for tests and replay."""

    #: every item a replay produces, with its recorded time: wire it to the bridge so the
    #: other screens show the replay too.
    replayItem = Signal(object, float)
    #: True while a recording is shown instead of the live link.
    replayActive = Signal(bool)
    #: a line for the status bar (export done, recording problems).
    message = Signal(str)

    def __init__(self, bridge=None, parent: QWidget | None = None, *, history_s: float = HISTORY_S) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.history_s = history_s
        self.live_data = PlotData(history_s)
        self.data = self.live_data
        self.replay: Replay | None = None
        self.replay_data: PlotData | None = None
        self.recording_path: Path | None = None  # the live recording (set by the owner)
        self.window_s = 900
        self.cell_mode = "heat"
        self.chosen_cells: list[int] = [1, 2, 3, 4]
        self.redraws = 0
        self.last_redraw_ms = 0.0
        self._seen_connected = False
        self._last_tick = time.monotonic()
        self._dialogs: list[QFileDialog] = []
        self._build()
        self._apply_theme(theme.effective_mode())
        theme.theme_changed().connect(self._apply_theme)
        # The one redraw timer, single-shot: started when something changed, never sooner than
        # REDRAW_MS after the previous redraw. Data arriving on an idle page is drawn at once; a
        # busy one is drawn at most ~30 times a second; an idle page costs nothing.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.redraw)
        self._last_redraw = -1.0
        self._schedule()
        if bridge is not None:
            bridge.itemReceived.connect(self._on_live_item)
            if hasattr(bridge, "stateChanged"):
                bridge.stateChanged.connect(self._on_state)
            written = getattr(bridge, "writeFinished", None)
            if written is not None:
                written.connect(self._settings_written)
            warning = getattr(bridge, "recordingWarning", None)  # if the bridge records (see docs)
            if warning is not None:
                warning.connect(self.show_recording_warning)

    def _settings_written(self, results) -> None:
        """`bridge.writeFinished(list[WriteResult])`: a marker naming what was written."""
        names = [getattr(r, "name", str(r)) for r in results if getattr(r, "ok", False)]
        if names:
            self.add_event(EventKind.SETTINGS_WRITTEN,
                           tr("Settings written: {names}").format(names=", ".join(sorted(names))))

    # ================================================================== building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        outer.addLayout(self._build_view_bar())
        outer.addLayout(self._build_replay_bar())
        self.readout = QLabel(" ")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setToolTip(tr("Values under the mouse pointer (move over the plots)."))
        self.readout.setMinimumHeight(self.readout.fontMetrics().lineSpacing() * 2 + 4)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.readout)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setToolTip("")
        self.graphics.ci.setContentsMargins(4, 4, 4, 4)
        self.graphics.ci.setSpacing(2)
        outer.addWidget(self.graphics, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        outer.addWidget(self.status)
        self._build_rows()
        self._relayout()
        self._mouse_proxy = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=30,
                                           slot=self._mouse_moved)

    def _build_view_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(QLabel(tr("Window:")))
        self.window_combo = QComboBox()
        for seconds in WINDOWS_S:
            self.window_combo.addItem(window_label(seconds), seconds)
        self.window_combo.setCurrentIndex(WINDOWS_S.index(self.window_s))
        self.window_combo.setToolTip(tr("How much time the plots show, from 1 minute to 24 hours."))
        self.window_combo.currentIndexChanged.connect(
            lambda i: self.set_window(int(self.window_combo.itemData(i))))
        bar.addWidget(self.window_combo)
        self.follow_box = QCheckBox(tr("Follow"))
        self.follow_box.setChecked(True)
        self.follow_box.setToolTip(tr("Keep the newest data in view. Panning or zooming with the mouse "
                                      "pauses following; tick again to catch up."))
        self.follow_box.toggled.connect(lambda _on: self._invalidate())
        bar.addWidget(self.follow_box)
        self.lock_box = QCheckBox(tr("Lock Y"))
        self.lock_box.setToolTip(tr("Keep the vertical ranges as they are now instead of fitting them "
                                    "to the visible data."))
        self.lock_box.toggled.connect(self.set_locked)
        bar.addWidget(self.lock_box)
        bar.addSpacing(8)
        bar.addWidget(QLabel(tr("Cells:")))
        self.cell_combo = QComboBox()
        self.cell_combo.addItem(tr("Heat map (all cells)"), "heat")
        self.cell_combo.addItem(tr("Lines (all cells)"), "lines")
        self.cell_combo.addItem(tr("Chosen cells"), "chosen")
        self.cell_combo.setToolTip(tr("How cell voltages and temperatures are drawn: a heat map of every "
                                      "cell, one line per cell, or a few chosen cells in colour."))
        self.cell_combo.currentIndexChanged.connect(
            lambda i: self.set_cell_mode(str(self.cell_combo.itemData(i))))
        bar.addWidget(self.cell_combo)
        self.cells_edit = QLineEdit(", ".join(map(str, self.chosen_cells)))
        self.cells_edit.setPlaceholderText(tr("e.g. 1-4, 9"))
        self.cells_edit.setToolTip(tr("Cells to draw in “Chosen cells” mode: numbers and ranges, "
                                      "for example 1-4, 9 (at most 12)."))
        self.cells_edit.setMaximumWidth(110)
        self.cells_edit.editingFinished.connect(self._cells_edited)
        bar.addWidget(self.cells_edit)
        bar.addStretch(1)
        self.rows_button = QToolButton()
        self.rows_button.setText(tr("Plots"))
        self.rows_button.setToolTip(tr("Choose which plots are shown."))
        self.rows_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.rows_menu = QMenu(self.rows_button)
        self.rows_button.setMenu(self.rows_menu)
        bar.addWidget(self.rows_button)
        self.export_button = QToolButton()
        self.export_button.setText(tr("Export"))
        self.export_button.setToolTip(tr("Save the data (CSV), a picture of the visible plots (PNG, SVG) "
                                         "or the raw recording."))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, tip, kind in (
                (tr("Data as CSV…"), tr("Summary columns and one column per cell, units in the headers."), "csv"),
                (tr("Picture as PNG…"), tr("The visible plots as an image."), "png"),
                (tr("Picture as SVG…"), tr("The visible plots as a scalable drawing."), "svg"),
                (tr("Raw recording…"), tr("A copy of the recorded bytes, to replay or send for support."), "raw")):
            action = QAction(text, menu)
            action.setToolTip(tip)
            action.triggered.connect(lambda _c=False, k=kind: self._ask_export(k))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        return bar

    def _build_replay_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.open_button = QPushButton(tr("Open recording…"))
        self.open_button.setToolTip(tr("Show a recorded connection instead of the live data."))
        self.open_button.clicked.connect(self._ask_open)
        self.open_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.open_button)
        self.live_button = QPushButton(tr("Back to live"))
        self.live_button.setToolTip(tr("Close the recording and show the live data again."))
        self.live_button.clicked.connect(self.show_live)
        bar.addWidget(self.live_button)
        self.play_button = QPushButton(tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(tr("Play or pause the recording."))
        self.play_button.toggled.connect(self._play_toggled)
        bar.addWidget(self.play_button)
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(f"×{speed}", speed)
        self.speed_combo.setToolTip(tr("Replay speed: ×1 is real time, ×1000 plays 1000 seconds a second."))
        self.speed_combo.currentIndexChanged.connect(self._speed_changed)
        bar.addWidget(self.speed_combo)
        self.seek_slider = QSlider(Qt.Orientation.Horizontal)
        self.seek_slider.setRange(0, 1000)
        self.seek_slider.setToolTip(tr("Position in the recording: drag to jump."))
        self.seek_slider.sliderReleased.connect(self._seek_released)
        self.seek_slider.sliderMoved.connect(self._seek_moved)
        bar.addWidget(self.seek_slider, 1)
        self.replay_spacer = QWidget()
        self.replay_spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.replay_spacer)
        self.position_label = QLabel(tr("Live"))
        self.position_label.setToolTip(tr("What is shown: the live link, or the recording and the position in it."))
        self.position_label.setMinimumWidth(self.position_label.fontMetrics().horizontalAdvance("00:00:00 / 00:00:00 ×1000") + 8)
        bar.addWidget(self.position_label)
        self._update_replay_controls()
        return bar

    def _new_plot(self, title: str, unit: str) -> pg.PlotItem:
        axis = pg.DateAxisItem(orientation="bottom")
        plot = pg.PlotItem(axisItems={"bottom": axis})
        plot.setLabel("left", title, units=unit) if unit in ("V", "A") else plot.setLabel("left", f"{title} ({unit})" if unit else title)
        # Time grid only: pyqtgraph's horizontal grid lines cost ~20 ms a repaint over ten rows.
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        plot.getAxis("left").setWidth(64)
        plot.vb.sigRangeChangedManually.connect(self._user_moved)
        plot.vb.sigXRangeChanged.connect(self._range_changed)
        plot.vb.setMouseEnabled(x=True, y=False)
        return plot

    def _line_row(self, key: str, title: str, unit: str, history: str, columns, stretch: int = 2) -> _Row:
        plot = self._new_plot(title, unit)
        row = _Row(key, title, plot, stretch)
        row.history_name = history
        if len(columns) > 1:
            legend = plot.addLegend(offset=(6, 2), labelTextSize="8pt", colCount=len(columns))
            legend.setLabelTextSize("8pt")
        for column, name, colour in columns:
            curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=1.5), connect="finite", name=name)
            plot.addItem(curve)
            row.curves.append((curve, column))
        return row

    def _build_rows(self) -> None:
        self.rows: list[_Row] = [
            self._line_row("pack", tr("Pack"), "V", "pack", [(0, tr("Pack voltage"), COLOURS[0])]),
            self._line_row("current", tr("Current"), "A", "pack",
                           [(1, tr("Battery"), COLOURS[0]), (2, tr("Solar"), COLOURS[1]),
                            (3, tr("Load"), COLOURS[3])]),
            self._line_row("soc", tr("SoC"), "%", "soc", [(0, tr("State of charge"), COLOURS[2])]),
            self._line_row("extremes", tr("Cells"), "V", "extremes",
                           [(0, tr("Lowest cell"), COLOURS[3]), (1, tr("Highest cell"), COLOURS[0])]),
            self._line_row("spread", tr("Spread"), "mV", "extremes",
                           [(2, tr("Highest − lowest cell"), COLOURS[4])], stretch=1),
        ]
        self.cell_rows = {}
        for key, title, unit in (("cell_volts", tr("Cell voltage"), "V"), ("cell_temps", tr("Cell temp."), "°C")):
            plot = self._new_plot(title, unit)
            row = _Row(key, title, plot, 3)
            row.history_name = key
            row.image = pg.ImageItem(axisOrder="col-major")
            plot.addItem(row.image)
            row.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=12)
            # In its own layout column (not inside the plot), so every plot keeps the same width
            # and the time axes line up.
            row.colorbar.setImageItem(row.image)
            row.all_lines = pg.PlotCurveItem(pen=pg.mkPen(COLOURS[5], width=1), connect="finite")
            plot.addItem(row.all_lines)
            row.chosen: list[pg.PlotCurveItem] = []
            row.legend = plot.addLegend(offset=(6, 2), labelTextSize="8pt", colCount=6)
            for i in range(12):
                curve = pg.PlotCurveItem(pen=pg.mkPen(COLOURS[i % len(COLOURS)], width=1.5), connect="finite")
                plot.addItem(curve)
                row.chosen.append(curve)
            if key == "cell_temps":
                # the T record's extremes: known even before every cell has reported
                row.history_name = "cell_temps"
                row.extra = [pg.PlotCurveItem(pen=pg.mkPen(COLOURS[3], width=1, style=Qt.PenStyle.DashLine),
                                              connect="finite"),
                             pg.PlotCurveItem(pen=pg.mkPen(COLOURS[0], width=1, style=Qt.PenStyle.DashLine),
                                              connect="finite")]
                for curve in row.extra:
                    plot.addItem(curve)
            else:
                row.extra = []
            self.rows.append(row)
            self.cell_rows[key] = row
        events = self._new_plot(tr("Events"), "")
        events.setLabel("left", "")  # the tick names say it
        events.setMaximumHeight(90)
        events.setYRange(-0.6, 3.6, padding=0)
        events.vb.setMouseEnabled(x=True, y=False)
        events.getAxis("left").setTicks([[(3, tr("Relays")), (2, tr("Warnings")), (1, tr("Settings")),
                                          (0, tr("Link"))]])
        events.showGrid(x=True, y=False)
        self.events_row = _Row("events", tr("Events"), events, 1)
        self.events_scatter = pg.ScatterPlotItem(size=9, hoverable=True, tip=self._event_tip)
        events.addItem(self.events_scatter)
        self.rows.append(self.events_row)
        for row in self.rows:
            action = QAction(row.title, self.rows_menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.setToolTip(tr("Show or hide this plot."))
            action.toggled.connect(lambda on, r=row: self.set_row_visible(r.key, on))
            self.rows_menu.addAction(action)
        self.rows_menu.setToolTipsVisible(True)
        self.set_cell_mode(self.cell_mode)

    def _relayout(self) -> None:
        ci = self.graphics.ci
        for row in self.rows:
            for item in (row.plot, getattr(row, "colorbar", None)):
                if item is not None and item in ci.items:
                    ci.removeItem(item)
        visible = [r for r in self.rows if r.visible]
        first = None
        for i, row in enumerate(visible):
            ci.addItem(row.plot, row=i, col=0)
            if getattr(row, "colorbar", None) is not None:
                ci.addItem(row.colorbar, row=i, col=1)
            ci.layout.setRowStretchFactor(i, row.stretch)
            last = i == len(visible) - 1
            row.plot.getAxis("bottom").setStyle(showValues=last)
            row.plot.getAxis("bottom").setHeight(None if last else 4)
            if first is None:
                first = row.plot
                row.plot.setXLink(None)
            else:
                row.plot.setXLink(first)
            row.drawn = None
        self._visible = visible

    # ================================================================== public API
    def feed(self, item, t: float | None = None) -> None:
        """One decoded item (stream record or frame) at wall-clock time `t` into the shown data."""
        self.data.feed(item, time.time() if t is None else t)
        self._schedule()

    def add_event(self, kind: EventKind | str, text: str, t: float | None = None) -> None:
        """A marker on the time axis (settings written, reconnect …) of the live data."""
        self.live_data.add_event(kind, text, time.time() if t is None else t)
        self._schedule()

    def set_window(self, seconds: int) -> None:
        self.window_s = int(seconds)
        if self.window_combo.currentData() != self.window_s and self.window_s in WINDOWS_S:
            self.window_combo.setCurrentIndex(WINDOWS_S.index(self.window_s))
        if not self.follow_box.isChecked():
            # keep the right edge where the user left it
            _x0, x1 = self._visible[0].plot.vb.viewRange()[0]
            self._set_x(x1 - self.window_s, x1)
        self._invalidate()

    def set_follow(self, on: bool) -> None:
        self.follow_box.setChecked(on)

    def set_locked(self, locked: bool) -> None:
        if self.lock_box.isChecked() != locked:
            self.lock_box.setChecked(locked)
            return
        for row in self.rows:
            if row is self.events_row:
                continue
            if locked:
                row.plot.disableAutoRange(axis="y")
            else:
                row.plot.enableAutoRange(axis="y")
                row.plot.setAutoVisible(y=True)
        self._invalidate()

    def set_cell_mode(self, mode: str) -> None:
        if mode not in CELL_MODES:
            raise ValueError(f"unknown cell mode {mode!r}")
        self.cell_mode = mode
        if self.cell_combo.currentData() != mode:
            self.cell_combo.setCurrentIndex(CELL_MODES.index(mode))
        self.cells_edit.setEnabled(mode == "chosen")
        for row in self.cell_rows.values():
            row.image.setVisible(mode == "heat")
            row.colorbar.setVisible(mode == "heat")
            row.all_lines.setVisible(mode == "lines")
            for curve in row.chosen:
                curve.setVisible(mode == "chosen")
                curve.setData([], [])
            self._update_cell_legends()
            unit = "V" if row.key == "cell_volts" else "°C"
            if mode == "heat":
                row.plot.setLabel("left", tr("{unit} by cell").format(unit=unit))
            else:
                row.plot.setLabel("left", f"{row.title} ({unit})")
        self._invalidate()

    def set_chosen_cells(self, cells: list[int]) -> None:
        self.chosen_cells = list(cells)
        self.cells_edit.setText(", ".join(map(str, cells)))
        self._update_cell_legends()
        self._invalidate()

    def _update_cell_legends(self) -> None:
        """The chosen cells' colours, named (only in "Chosen cells" mode)."""
        for row in self.cell_rows.values():
            row.legend.clear()
            if self.cell_mode == "chosen":
                for curve, cell in zip(row.chosen, self.chosen_cells):
                    row.legend.addItem(curve, tr("Cell {n}").format(n=cell))
            row.legend.setVisible(self.cell_mode == "chosen")

    def set_row_visible(self, key: str, visible: bool) -> None:
        for row in self.rows:
            if row.key == key:
                row.visible = visible
        if not any(r.visible for r in self.rows):
            self.events_row.visible = True
        self._relayout()
        self._invalidate()

    # ================================================================== live input
    def _on_live_item(self, item) -> None:
        self.live_data.feed(item, time.time())
        if self.data is self.live_data:
            self._schedule()

    def _on_state(self, state) -> None:
        phase = getattr(getattr(state, "phase", None), "value", "")
        if phase == "streaming":
            kind = EventKind.RECONNECT if self._seen_connected else EventKind.CONNECTED
            self._seen_connected = True
            self.add_event(kind, tr("Reconnected") if kind is EventKind.RECONNECT else tr("Connected"))
        elif phase in ("reconnecting", "disconnected") and self._seen_connected:
            self.add_event(EventKind.DISCONNECTED, tr("Link lost") if phase == "reconnecting" else tr("Disconnected"))
            if phase == "disconnected":
                self._seen_connected = False

    def show_recording_warning(self, warning: RecordingWarning | str) -> None:
        """Recording problems (disk full …): shown under the plots; the live view continues."""
        self._show_status(str(warning))
        self.add_event(EventKind.RECORDING_WARNING, str(warning))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            self.message.emit(text)

    # ================================================================== redraw
    def _invalidate(self) -> None:
        for row in self.rows:
            row.drawn = None
        self._schedule()

    def _schedule(self) -> None:
        """Ask for a redraw: now if the last one is REDRAW_MS old, else when it will be."""
        timer = getattr(self, "_timer", None)
        if timer is None or timer.isActive():
            return
        since_ms = (time.monotonic() - self._last_redraw) * 1000.0
        timer.start(int(max(0.0, REDRAW_MS - since_ms)))

    def _user_moved(self, *_args) -> None:
        if self.follow_box.isChecked():
            self.follow_box.blockSignals(True)
            self.follow_box.setChecked(False)
            self.follow_box.blockSignals(False)

    def _set_x(self, x0: float, x1: float) -> None:
        self._moving_x = True  # our own move: the redraw doing it draws the new range anyway
        try:
            for row in self._visible:
                row.plot.vb.setXRange(x0, x1, padding=0)
        finally:
            self._moving_x = False

    def _range_changed(self, *_args) -> None:
        if not getattr(self, "_moving_x", False):
            self._schedule()  # the user panned or zoomed: fetch the data for the new range

    def x_range(self) -> tuple[float, float]:
        return tuple(self._visible[0].plot.vb.viewRange()[0])  # type: ignore[return-value]

    def redraw(self) -> None:
        """The one timer's tick: move a playing replay on, then redraw what changed."""
        clock = QElapsedTimer()
        clock.start()
        now = time.monotonic()
        if self.replay is not None and self.replay.playing:
            self.replay.advance(now - self._last_tick)
            self._update_replay_controls()
        self._last_tick = now
        data = self.data
        if self.follow_box.isChecked():
            end = data.last_time if math.isfinite(data.last_time) else time.time()
            x0, x1 = end - self.window_s, end
            current = self._visible[0].plot.vb.viewRange()[0]
            if abs(current[0] - x0) > 1e-6 or abs(current[1] - x1) > 1e-6:
                self._set_x(x0, x1)
        else:
            x0, x1 = self.x_range()
        changed = False
        for row in self._visible:
            changed |= self._draw_row(row, data, x0, x1)
        if changed:
            self._last_redraw = time.monotonic()  # only real work counts towards the 30 Hz limit
            self.redraws += 1
            self.last_redraw_ms = clock.nsecsElapsed() / 1e6
        if self.replay is not None and self.replay.playing:
            self._schedule()  # keep playing

    def _points(self, row: _Row) -> int:
        return max(int(row.plot.vb.width()), 200)

    def _draw_row(self, row: _Row, data: PlotData, x0: float, x1: float) -> bool:
        if row is self.events_row:
            signature = (data.events_version, x0, x1, id(data))
            if row.drawn == signature:
                return False
            row.drawn = signature
            self._draw_events(data, x0, x1)
            return True
        history: History | None = getattr(data, {"pack": "pack", "soc": "soc", "extremes": "extremes",
                                                 "cell_volts": "cell_volts",
                                                 "cell_temps": "cell_temps"}[row.history_name])
        width = self._points(row)
        extra_version = data.temps.version if row.key == "cell_temps" else 0
        signature = (None if history is None else history.version, extra_version, x0, x1, width,
                     self.cell_mode, tuple(self.chosen_cells), id(data))
        if row.drawn == signature:
            return False
        row.drawn = signature
        if row.key in self.cell_rows:
            self._draw_cells(row, history, data, x0, x1, width)
            return True
        if history is None or len(history) == 0:
            for curve, _c in row.curves:
                curve.setData([], [])
            return True
        window = history.window(x0, x1, width)
        for curve, column in row.curves:
            x, y = peak_line(window, column)
            curve.setData(x, y)
        return True

    def _draw_cells(self, row: _Row, history: History | None, data: PlotData, x0: float, x1: float,
                    width: int) -> None:
        for curve, column in zip(row.extra, (0, 1)):
            if self.cell_mode == "heat" or len(data.temps) == 0:
                curve.setData([], [])
            else:
                curve.setData(*peak_line(data.temps.window(x0, x1, width), column))
        if history is None or len(history) == 0:
            row.image.clear()
            row.all_lines.setData([], [])
            for curve in row.chosen:
                curve.setData([], [])
            return
        if self.cell_mode == "heat":
            window = history.window(x0, x1, width)
            if len(window) == 0:
                row.image.clear()
                return
            image = heat_image(window)
            finite = image[np.isfinite(image)]
            if len(finite) == 0:
                row.image.clear()
                return
            times = window.times
            t_start = times[0] - (window.res if len(times) == 1 else (times[1] - times[0]))
            if not self.lock_box.isChecked() or row.colorbar.levels() is None:
                lo, hi = float(finite.min()), float(finite.max())
                if hi - lo < 1e-3:
                    lo, hi = lo - 0.005, hi + 0.005
                row.colorbar.setLevels((lo, hi))
            row.image.setImage(image, autoLevels=False, levels=row.colorbar.levels())
            row.image.setRect(QRectF(t_start, 0.5, times[-1] - t_start, history.columns))
        elif self.cell_mode == "lines":
            window = history.window(x0, x1, max(width // 2, 100))
            x, y = peak_lines(window, range(history.columns))
            row.all_lines.setData(x, y)
        else:
            window = history.window(x0, x1, width)
            for i, curve in enumerate(row.chosen):
                if i < len(self.chosen_cells) and self.chosen_cells[i] <= history.columns:
                    curve.setData(*peak_line(window, self.chosen_cells[i] - 1))
                else:
                    curve.setData([], [])

    _EVENT_ROWS = {EventKind.RELAY.value: 3, EventKind.WARNING_LIGHT.value: 2,
                   EventKind.SETTINGS_WRITTEN.value: 1}

    def _draw_events(self, data: PlotData, x0: float, x1: float) -> None:
        spots = []
        for event in data.events:
            if not (x0 <= event.t <= x1):
                continue
            y = self._EVENT_ROWS.get(event.kind, 0)
            if event.kind == EventKind.WARNING_LIGHT.value:
                colour = "#D55E00" if event.on else "#999999"
            elif event.kind == EventKind.RELAY.value:
                colour = "#009E73" if event.on else "#D55E00"
            elif event.kind == EventKind.RECORDING_WARNING.value:
                colour = "#D55E00"
            else:
                colour = "#0072B2"
            symbol = "t1" if event.on else ("t" if event.on is False else "o")
            spots.append({"pos": (event.t, y), "brush": pg.mkBrush(colour), "pen": pg.mkPen(colour),
                          "symbol": symbol, "data": event.text})
            if len(spots) >= 2000:  # more would be unreadable anyway
                break
        self.events_scatter.setData(spots)

    @staticmethod
    def _event_tip(x, y, data):
        return f"{time.strftime('%H:%M:%S', time.localtime(x))}  {data}"

    # ================================================================== crosshair
    def _mouse_moved(self, event) -> None:
        pos = event[0]
        for row in self._visible:
            if row.plot.sceneBoundingRect().contains(pos):
                point = row.plot.vb.mapSceneToView(pos)
                self.show_readout(point.x(), cell_y=point.y() if row.key in self.cell_rows else None)
                return

    def show_readout(self, t: float, cell_y: float | None = None) -> str:
        """Put the crosshair at `t` and describe every visible value there."""
        for row in self._visible:
            row.crosshair.setPos(t)
            row.crosshair.setVisible(True)
        data = self.data
        parts = [time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))]

        def at(history: History | None, column: int) -> float | None:
            if history is None:
                return None
            found = history.value_at(t)
            if found is None or abs(found[0] - t) > max(5.0, self.window_s / 200):
                return None
            value = float(found[1][column])
            return None if math.isnan(value) else value

        def add(label: str, value: float | None, fmt: str) -> None:
            if value is not None:
                parts.append(f"{label} {value:{fmt}}")

        add(tr("Pack"), at(data.pack, 0), ".2f")
        if parts[-1].startswith(tr("Pack")):
            parts[-1] += " V"
        for column, label in ((1, tr("Battery")), (2, tr("Solar")), (3, tr("Load"))):
            value = at(data.pack, column)
            if value is not None:
                parts.append(f"{label} {value:+.1f} A")
        soc = at(data.soc, 0)
        if soc is not None:
            parts.append(f"{tr('SoC')} {soc:.0f} %")
        low, high, spread = at(data.extremes, 0), at(data.extremes, 1), at(data.extremes, 2)
        if low is not None and high is not None:
            parts.append(tr("Cells {low:.3f}–{high:.3f} V").format(low=low, high=high))
        if spread is not None:
            parts.append(f"{tr('Spread')} {spread:.0f} mV")
        tlow, thigh = at(data.temps, 0), at(data.temps, 1)
        if tlow is not None and thigh is not None:
            parts.append(f"{tlow:.0f}–{thigh:.0f} °C")
        if data.cell_volts is not None:
            cells: list[int] = []
            if self.cell_mode == "chosen":
                cells = [c for c in self.chosen_cells if c <= data.cell_count]
            elif cell_y is not None and 1 <= round(cell_y) <= data.cell_count:
                cells = [int(round(cell_y))]
            for cell in cells:
                volts = at(data.cell_volts, cell - 1)
                temp = at(data.cell_temps, cell - 1)
                if volts is not None:
                    parts.append(tr("Cell {n} {v:.3f} V").format(n=cell, v=volts)
                                 + (f" {temp:.0f} °C" if temp is not None else ""))
        near = [e for e in data.events if abs(e.t - t) <= self.window_s / 100]
        if near:
            parts.append("⚑ " + near[-1].text)
        text = "   ".join(parts)
        self.readout.setText(text)
        return text

    # ================================================================== replay
    def _ask_open(self) -> None:
        folder = default_folder()
        dialog = QFileDialog(self, tr("Open a recording"), str(folder if folder.is_dir() else Path.home()),
                             tr("SmartBMS recordings (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_recording(path))
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QFileDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.open()

    def open_recording(self, path) -> bool:
        """Show a recording: everything is loaded at once (position at the end); play from any
        point with the slider. Returns False (with a message) when the file can't be read."""
        from smartbms_gui.device.recording import RecordingCorrupt

        self.close_recording()
        try:
            self.replay_data = PlotData(self.history_s)
            self.replay = Replay(path, on_item=self._replay_item, on_event=self._replay_event,
                                 on_reset=self._replay_reset, on_bulk=self._replay_bulk,
                                 on_finished=self._update_replay_controls, preroll_s=self.history_s)
        except (RecordingCorrupt, OSError) as exc:
            self.replay = None
            self.replay_data = None
            self._show_status(str(exc))
            return False
        self.data = self.replay_data
        self.replayActive.emit(True)
        self._load_until(self.replay.end)
        warnings = self.replay.warnings
        self._show_status("\n".join(str(w) for w in warnings))
        self.follow_box.setChecked(True)
        self._invalidate()
        self._update_replay_controls()
        return True

    def close_recording(self) -> None:
        if self.replay is not None:
            self.replay.close()
        self.replay = None
        self.replay_data = None
        self.data = self.live_data

    def show_live(self) -> None:
        was_replay = self.replay is not None
        self.close_recording()
        self.play_button.setChecked(False)
        self._show_status("")
        self._invalidate()
        self._update_replay_controls()
        if was_replay:
            self.replayActive.emit(False)

    def _load_until(self, t: float) -> None:
        """Show the recording up to `t` (all of it decoded at once, in parallel when long) and put
        the replay there; the other screens get the last few minutes before `t`."""
        replay = self.replay
        t = min(max(t, replay.start), replay.end)
        self._seek_target = t
        self.replay_data = PlotData(self.history_s)
        self.data = self.replay_data
        load_recording(self.replay_data, replay.info.path, until=t)
        for entry in replay.reader.events():
            if entry.t <= t:
                self._replay_event(entry)
        replay.jump(t)
        from smartbms_gui.device.replay import decode_items

        for item_t, item in decode_items(replay.reader, since=t - REPLAY_STATE_TAIL_S):
            if item_t > t:
                break
            self.replayItem.emit(item, item_t)
        self._invalidate()

    def _replay_item(self, item, t: float) -> None:
        self.replay_data.feed(item, t)  # type: ignore[union-attr]
        self.replayItem.emit(item, t)  # (redraw: the playing replay keeps the timer going)

    def _replay_bulk(self, pairs: list) -> None:
        self.replay_data.feed_many(pairs)  # type: ignore[union-attr]
        # the other screens only need the state at the seek point, not the whole history
        tail_from = getattr(self, "_seek_target", math.inf) - REPLAY_STATE_TAIL_S
        if pairs and pairs[-1][0] >= tail_from:
            for t, item in pairs:
                if t >= tail_from:
                    self.replayItem.emit(item, t)

    def _replay_event(self, entry) -> None:
        if entry.kind in (EventKind.RELAY.value, EventKind.WARNING_LIGHT.value):
            return  # derived from the replayed status bytes, exactly as live
        self.replay_data.add_event(entry.kind, entry.text, entry.t)  # type: ignore[union-attr]

    def _replay_reset(self) -> None:
        if self.replay_data is not None:
            self.replay_data.clear()
        self._invalidate()

    def _play_toggled(self, on: bool) -> None:
        if self.replay is None:
            if on:
                self.play_button.setChecked(False)
            return
        if on:
            if self.replay.position >= self.replay.end:
                self._load_until(self.replay.start)
            self.follow_box.setChecked(True)
            self._last_tick = time.monotonic()
            self.replay.play()
            self._schedule()
        else:
            self.replay.pause()
        self._update_replay_controls()

    def _speed_changed(self, _index: int) -> None:
        if self.replay is not None:
            self.replay.set_speed(float(self.speed_combo.currentData()))

    def _slider_time(self) -> float:
        replay = self.replay
        return replay.start + replay.duration * self.seek_slider.value() / 1000.0  # type: ignore[union-attr]

    def _seek_moved(self, _value: int) -> None:
        if self.replay is not None:
            self.position_label.setText(self._position_text(self._slider_time()))

    def _seek_released(self) -> None:
        if self.replay is None:
            return
        self.seek(self._slider_time())

    def seek(self, t: float) -> None:
        if self.replay is None:
            return
        playing = self.replay.playing
        self._load_until(t)
        if playing:
            self.replay.play()
        self.follow_box.setChecked(True)
        self._invalidate()
        self._update_replay_controls()

    def _position_text(self, t: float) -> str:
        replay = self.replay
        if replay is None:
            return tr("Live")
        fmt = "%H:%M:%S" if replay.duration < 86400 else "%d %H:%M"
        return (f"{time.strftime(fmt, time.localtime(t))} / {time.strftime(fmt, time.localtime(replay.end))}"
                f" ×{replay.speed:g}")

    def _update_replay_controls(self) -> None:
        replay = self.replay
        active = replay is not None
        for widget in (self.live_button, self.play_button, self.speed_combo, self.seek_slider):
            widget.setVisible(active)
        self.replay_spacer.setVisible(not active)
        if not active:
            self.position_label.setText(tr("Live"))
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(1000)
            self.seek_slider.blockSignals(False)
            return
        self.play_button.blockSignals(True)
        self.play_button.setChecked(replay.playing)
        self.play_button.setText(tr("Pause") if replay.playing else tr("Play"))
        self.play_button.blockSignals(False)
        if not self.seek_slider.isSliderDown():
            fraction = (replay.position - replay.start) / replay.duration if replay.duration else 1.0
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(int(round(fraction * 1000)))
            self.seek_slider.blockSignals(False)
            self.position_label.setText(self._position_text(replay.position))

    # ================================================================== export
    def _cells_edited(self) -> None:
        try:
            cells = parse_cells(self.cells_edit.text(), self.data.cell_count or None)
        except CellChoiceError as exc:
            self._show_status(str(exc))
            return
        self._show_status("")
        self.set_chosen_cells(cells)

    def current_recording(self) -> Path | None:
        if self.replay is not None:
            return self.replay.info.path
        if self.recording_path is not None:
            return Path(self.recording_path)
        recorder = getattr(self.bridge, "recorder", None)
        path = getattr(recorder, "path", None)
        return Path(path) if path else None

    def _ask_export(self, kind: str) -> None:
        if kind in ("csv", "raw") and self.current_recording() is None:
            self._show_status(tr("Nothing recorded yet: connect to a battery or open a recording first."))
            return
        filters = {"csv": tr("CSV files (*.csv)"), "png": tr("PNG images (*.png)"),
                   "svg": tr("SVG drawings (*.svg)"),
                   "raw": tr("SmartBMS recordings (*{suffix})").format(suffix=FILE_SUFFIX)}
        suffix = {"csv": ".csv", "png": ".png", "svg": ".svg", "raw": FILE_SUFFIX}[kind]
        name = time.strftime("smartbms-%Y-%m-%d_%H-%M") + suffix
        dialog = QFileDialog(self, tr("Export"), str(Path.home() / name), filters[kind])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.fileSelected.connect(lambda path, k=kind: self.export(k, path))
        self._open_dialog(dialog)

    def export(self, kind: str, path) -> bool:
        """Write an export; a problem becomes a message under the plots, never an exception."""
        try:
            if kind == "png":
                Path(path).parent.stat()  # a missing folder fails here with a clear OSError
                exporter = pg.exporters.ImageExporter(self.graphics.ci)
                exporter.parameters()["width"] = max(int(self.graphics.width()), 800)
                exporter.export(str(path))
            elif kind == "svg":
                self._export_svg(path)
            elif kind == "csv":
                source = self.current_recording()
                if source is None:
                    raise export_mod.ExportError(tr("Nothing recorded yet."))
                x0, x1 = self.x_range()
                result = export_mod.export_csv(source, path, start=x0, end=x1)
                self._show_status(tr("Saved {rows} rows of {cells} cells to {path}.").format(
                    rows=result.rows, cells=result.cells, path=path))
                return True
            elif kind == "raw":
                source = self.current_recording()
                if source is None:
                    raise export_mod.ExportError(tr("Nothing recorded yet."))
                export_mod.export_raw(source, path)
            else:
                raise ValueError(f"unknown export {kind!r}")
        except OSError as exc:
            self._show_status(tr("Can't save {path}: {reason}. Choose another folder.").format(
                path=path, reason=exc.strerror or exc))
            return False
        except (export_mod.ExportError, RecordingWarning) as exc:
            self._show_status(str(exc))
            return False
        if not Path(path).is_file():
            self._show_status(tr("Could not write {path}.").format(path=path))
            return False
        self._show_status(tr("Saved {path}.").format(path=path))
        return True

    def _export_svg(self, path) -> None:
        """Qt's own SVG painter: pyqtgraph's SVGExporter fails on paths written by recent Qt
        (pyqtgraph issue #3485), and this one draws exactly what is on screen."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        Path(path).parent.stat()  # a missing folder fails here with a clear OSError
        size = self.graphics.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(tr("SmartBMS plots"))
        painter = QPainter(generator)
        try:
            self.graphics.render(painter)
        finally:
            painter.end()

    # ================================================================== theme
    def _apply_theme(self, effective: str) -> None:
        colours = theme.PLOT_COLOURS.get(effective, theme.PLOT_COLOURS["light"])
        self.graphics.setBackground(colours["background"])
        for row in self.rows:
            for name in ("left", "bottom"):
                axis = row.plot.getAxis(name)
                axis.setPen(colours["foreground"])
                axis.setTextPen(colours["foreground"])
            legend = row.plot.legend
            if legend is not None:
                legend.setLabelTextColor(colours["foreground"])
                legend.setBrush(pg.mkBrush(colours["background"] + "C0"))
        self._invalidate()

    def closeEvent(self, event) -> None:
        self._timer.stop()
        self.close_recording()
        super().closeEvent(event)
