"""The plots page: the pack over time, live or from a recording.

Rows (shared, linked clock-time axis; `plot_rows.ROWS` says what each shows): pack voltage;
battery, solar and load current; SoC; lowest/highest cell; cell spread; every cell's voltage and
temperature (heat map, lines, or a few chosen cells); event markers (relays, warning lights,
settings written, connection).

Data flows in through `feed(item, t)` (the bridge's `itemReceived` for live data, the replay
engine for recordings) into fixed ring buffers (`plots_data.PlotData`). ONE timer redraws at most
30 times a second, only the rows whose data or window changed, from pre-computed peak-preserving
levels — so a 24-hour window of 255 cells costs the same as a 1-minute one.

While the data is shorter than the window, Follow fits the time axis to the data. The vertical
ranges are set here, not by pyqtgraph: each quantity has a minimum span (`RowSpec.min_span`).
The recording controls are in `plots_replay.py`, the exports in `plots_export.py`.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import math
import time

from smartbms_gui import preferences as app_prefs
from smartbms_gui import qt_env

qt_env.prepare()

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetricsF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.recording import EventKind, RecordingWarning
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.cell_event_markers import CellEventMarkers
from smartbms_gui.views.line_fit import line_width, move_widgets
from smartbms_gui.views.live_page import behind_another_page

from .plot_buffers import follow_range
from .plot_rows import (
    EVENT_LANES,
    ROWS,
    CellRow,
    PlotRow,
    axis_font,
    line_row,
    new_plot,
    series_colour,
    title_font,
)
from .plots_data import HISTORY_S, CellChoiceError, PlotData, parse_cells
from .plots_export import ExportActions
from .plots_replay import ReplayControls

REDRAW_MS = 34  # one timer, at most ~30 redraws a second
WINDOWS_S = (60, 300, 900, 3600, 6 * 3600, 24 * 3600)
CELL_MODES = ("heat", "lines", "chosen")
#: Preferences → Units (how the stored °C are shown): only the temperatures change; the CSV exports
#: keep their documented °C
TEMPERATURE_UNITS = app_prefs.TEMPERATURE_UNITS

_CTX = "PlotsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def window_label(seconds: int) -> str:
    if seconds < 3600:
        return tr("{n} min").format(n=seconds // 60)
    return tr("{n} h").format(n=seconds // 3600)


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the label's width; the whole text is the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 20)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class PlotsPage(ReplayControls, ExportActions, QWidget):
    """Live and recorded plots. `PlotsPage(bridge)`; `feed(item, t)` for tests and replay."""

    #: every item a replay produces, with its recorded time: wire it to the bridge so the
    #: other screens show the replay too.
    replayItem = Signal(object, float)
    #: True while a recording is shown instead of the live link.
    replayActive = Signal(bool)
    #: the battery's cell log / SoC history as the replayed recording read them (a HistoryRead)
    replayMemory = Signal(object)
    #: a line for the status bar (export done, recording problems).
    message = Signal(str)
    #: a CSV or raw export on its worker thread: how far it is (0…1), then how it ended.
    exportProgress = Signal(float)
    exportFinished = Signal(bool, str)

    def __init__(self, bridge=None, parent: QWidget | None = None, *, history_s: float = HISTORY_S) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.history_s = history_s
        self.live_data = PlotData(history_s)
        self.data = self.live_data
        self._cell_markers = CellEventMarkers()  # the battery's logged events already marked live
        self.replay = None
        self.replay_data: PlotData | None = None
        self.recording_path = None  # the live recording (set by the owner)
        self.window_s = 900
        self.cell_mode = "heat"
        self.chosen_cells: list[int] = [1, 2, 3, 4]
        self.units = "metric"
        self.redraws = 0
        self.last_redraw_ms = 0.0
        self._seen_connected = False
        self._attempt_broken = False  # the lines were broken when this connection attempt began
        state = getattr(bridge, "state", None)
        self._phase = getattr(getattr(state, "phase", None), "value", "disconnected")
        self._last_tick = time.monotonic()
        self._dialogs: list = []
        self._laid_out: list = []
        self._bars_fitted_for: tuple[bool, bool] | None = None  # the replay line's controls, last fitted
        self._init_exports()
        self._build()
        # the window's Preferences (a page built later takes the units when it is made)
        self.set_units(getattr(getattr(parent, "prefs", None), "units", "metric"))
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
            # every bridge has these signals (views/bridge_base.py), the tests' fakes too
            bridge.itemReceived.connect(self._on_live_item)
            bridge.stateChanged.connect(self._on_state)
            bridge.writeFinished.connect(self._settings_written)
            bridge.recordingWarning.connect(self.show_recording_warning)  # when the bridge records (see docs)
            bridge.historyFinished.connect(self._cell_log_read)  # the battery's logged cell events

    def _cell_log_read(self, result) -> None:
        """A marker at the time of each event the battery logged (once each)."""
        for t, text in self._cell_markers.markers(getattr(result, "cell_log", None)):
            self.add_event(EventKind.CELL_EVENT, text, t)

    def _settings_written(self, results, t: float | None = None) -> None:
        """`bridge.writeFinished(list[WriteResult])`: a marker naming what was written (at `t`, the
        time it was written, when handed over by the window's backlog; else now)."""
        names = [getattr(r, "name", str(r)) for r in results if getattr(r, "ok", False)]
        if names:
            self.add_event(EventKind.SETTINGS_WRITTEN,
                           tr("Settings written: {names}").format(names=", ".join(sorted(names))), t)

    # ================================================================== building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        self.view_bar = self._build_view_bar()
        outer.addLayout(self.view_bar)
        self.replay_bar = self._build_replay_bar()
        outer.addLayout(self.replay_bar)
        self.readout_hint = tr("Move the mouse over the plots to read the values here.")
        self.readout = ElidedLabel(self.readout_hint)
        self.readout.setEnabled(False)  # greyed while it only shows the hint
        outer.addWidget(self.readout)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setToolTip("")
        self.graphics.ci.setContentsMargins(4, 2, 4, 2)  # (at the smallest size every pixel of height counts)
        self.graphics.ci.setSpacing(2)
        # The rows never shrink below their names (`_fit_plots_height`); when together they need more
        # height than the page has (Dutch or German at the window's smallest size), the plots scroll
        # rather than lose the time axis below the view's edge.
        self.plots_area = QScrollArea()
        self.plots_area.setWidgetResizable(True)
        self.plots_area.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plots_area.setWidget(self.graphics)
        outer.addWidget(self.plots_area, 1)
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
        # Push buttons with a menu: the style draws the arrow beside the text (a tool button
        # squeezed it into the corner).
        self.rows_button = QPushButton(tr("Plots"))
        self.rows_button.setToolTip(tr("Choose which plots are shown."))
        self.rows_menu = QMenu(self.rows_button)
        self.rows_button.setMenu(self.rows_menu)
        bar.addWidget(self.rows_button)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setToolTip(tr("Save the data (CSV), a picture of the visible plots (PNG, SVG) "
                                         "or the raw recording."))
        self.export_button.setMenu(self._build_export_menu(self.export_button))
        bar.addWidget(self.export_button)
        return bar

    def _build_rows(self) -> None:
        self.rows: list[PlotRow] = []
        self.cell_rows: dict[str, CellRow] = {}
        for spec in ROWS:
            if spec.history.startswith("cell_"):
                row: PlotRow = CellRow(spec, self._user_moved, self._range_changed)
                self.cell_rows[spec.key] = row  # type: ignore[assignment]
            else:
                row = line_row(spec, self._user_moved, self._range_changed)
            self.rows.append(row)
        events = new_plot(self._user_moved, self._range_changed)
        events.setYRange(-0.5, 3.5, padding=0)  # a line of text per lane
        events.getAxis("left").setTicks([[(3 - i, tr(lane)) for i, lane in enumerate(EVENT_LANES)]])
        events.showGrid(x=True, y=False)
        self.events_row = PlotRow("events", events, 1)
        self.events_scatter = pg.ScatterPlotItem(size=9, hoverable=True, tip=self._event_tip)
        events.addItem(self.events_scatter)
        self.rows.append(self.events_row)
        self._size_axes()
        for row in self.rows:
            action = QAction(row.menu_text, self.rows_menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.setToolTip(tr("Show or hide this plot."))
            action.toggled.connect(lambda on, r=row: self.set_row_visible(r.key, on))
            self.rows_menu.addAction(action)
        self.rows_menu.setToolTipsVisible(True)
        self.set_cell_mode(self.cell_mode)

    def _size_axes(self) -> None:
        """One left-axis width for every row (so the time axes line up), wide enough for the
        translated event-lane names and for tick values beside a rotated title."""
        metrics = QFontMetricsF(axis_font())
        lanes = max(metrics.horizontalAdvance(tr(lane)) for lane in EVENT_LANES)
        values = metrics.horizontalAdvance(i18n.format_number(-888.88, 2))
        title = 2 * QFontMetricsF(title_font()).lineSpacing() + 8  # a title may take two lines
        width = int(math.ceil(max(lanes, values + title) + 10))
        for row in self.rows:
            row.plot.getAxis("left").setWidth(width)

    def _size_events_row(self) -> None:
        """Four lanes of text, never squeezed so that names run into each other or are dropped; the
        last row also holds the time axis, so it is that much taller (at the window's smallest size the
        four names overlapped)."""
        metrics = QFontMetricsF(axis_font())
        lanes = metrics.height() * 4
        visible = [r for r in self.rows if r.visible]
        if visible and visible[-1] is self.events_row:
            lanes += metrics.height() + 5  # the time axis: its tick labels
        self.events_row.plot.setMinimumHeight(int(math.ceil(lanes + 4)))
        self.events_row.plot.setMaximumHeight(int(lanes + 40))

    def _relayout(self) -> None:
        ci = self.graphics.ci
        for item in self._laid_out:
            ci.removeItem(item)
        self._laid_out = []
        visible = [r for r in self.rows if r.visible]
        first = None
        for i, row in enumerate(visible):
            ci.addItem(row.plot, row=i, col=0)
            self._laid_out.append(row.plot)
            side = row.side_item() if isinstance(row, CellRow) else row.legend
            if side is not None:
                ci.addItem(side, row=i, col=1)
                self._laid_out.append(side)
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
        ci.layout.setColumnStretchFactor(0, 1)  # the plots take the width; legends only what they need
        ci.layout.setColumnStretchFactor(1, 0)
        self._visible = visible
        self._size_events_row()
        self._fit_plots_height()

    def _fit_plots_height(self) -> None:
        """The plots' view is at least as tall as its rows' least heights together (see `plots_area`)."""
        least = self.graphics.ci.layout.minimumHeight() + 2 * self.graphics.frameWidth()
        self.graphics.setMinimumHeight(int(math.ceil(least)))

    # ================================================================== public API
    def feed(self, item, t: float | None = None) -> None:
        """One decoded item (stream record or frame) at wall-clock time `t` into the shown data."""
        self.data.feed(item, time.time() if t is None else t)
        self._schedule()

    def add_event(self, kind: EventKind | str, text: str, t: float | None = None, *,
                  breaks: bool = True) -> None:
        """A marker on the time axis (settings written, reconnect …) of the live data; a link
        event also breaks every line there, unless `breaks` is False (they were broken already)."""
        self.live_data.add_event(kind, text, time.time() if t is None else t, breaks=breaks)
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
        """Lock Y: keep every vertical range (and the heat maps' colour scales) as it is now."""
        if self.lock_box.isChecked() != locked:
            self.lock_box.setChecked(locked)
            return
        self._invalidate()

    def set_cell_mode(self, mode: str) -> None:
        if mode not in CELL_MODES:
            raise ValueError(f"unknown cell mode {mode!r}")
        self.cell_mode = mode
        if self.cell_combo.currentData() != mode:
            self.cell_combo.setCurrentIndex(CELL_MODES.index(mode))
        self.cells_edit.setEnabled(mode == "chosen")
        for row in self.cell_rows.values():
            row.set_mode(mode, self.chosen_cells)
        if hasattr(self, "_visible"):
            self._relayout()
        self._invalidate()

    def set_units(self, units: str) -> None:
        """Preferences → Units: "imperial" shows the cell temperatures in °F (row title, axis, colour
        scale, read-out), "metric" in °C. The data stays in °C, and so do the CSV exports."""
        units = units if units in TEMPERATURE_UNITS else "metric"
        if units == self.units:
            return
        self.units = units
        self.cell_rows["cell_temps"].set_unit(*TEMPERATURE_UNITS[units])
        self._relayout()  # a title of another length may need another row height
        self._invalidate()

    def temperature_text(self, celsius: float) -> str:
        """A temperature in the chosen units, as the read-out writes it ("25 °C", "77 °F")."""
        unit = TEMPERATURE_UNITS[self.units][0]
        return i18n.format_quantity(app_prefs.temperature_in(celsius, self.units), unit, 0)

    def set_chosen_cells(self, cells: list[int]) -> None:
        self.chosen_cells = list(cells)
        self.cells_edit.setText(", ".join(map(str, cells)))
        for row in self.cell_rows.values():
            row.set_mode(self.cell_mode, self.chosen_cells)
        self._invalidate()

    def set_row_visible(self, key: str, visible: bool) -> None:
        for row in self.rows:
            if row.key == key:
                row.visible = visible
        if not any(r.visible for r in self.rows):
            self.events_row.visible = True
        self._relayout()
        self._invalidate()

    def position_text(self) -> str:
        """What the position label says: the replay position, "Live" while a link streams,
        otherwise what the link is doing ("Not connected" …)."""
        return self.position_label.text()

    # ================================================================== live input
    def _on_live_item(self, item) -> None:
        self.live_data.feed(item, time.time())
        if self.data is self.live_data:
            self._schedule()  # at once: a live value reaches the pixels within ~30 ms (bench_plots.py)

    def _on_state(self, state, t: float | None = None) -> None:
        """The link's markers and breaks, at `t` (when the state came, handed over by the window's
        backlog for a page built after it) or now."""
        now = time.time() if t is None else t
        phase = getattr(getattr(state, "phase", None), "value", "")
        self._phase = phase
        if phase == "connecting":
            # A connection attempt begins: the lines break here rather than at its marker below, as
            # the first records can come while the settings are still being read, before the stream
            # counts as confirmed; broken at the marker they were cut off from the rest as a sliver.
            self.live_data.break_lines(now)
            self._attempt_broken = True
        elif phase == "streaming":
            kind = EventKind.RECONNECT if self._seen_connected else EventKind.CONNECTED
            self._seen_connected = True
            text = tr("Reconnected") if kind is EventKind.RECONNECT else tr("Connected")
            self.add_event(kind, text, now, breaks=not self._attempt_broken)
            self._attempt_broken = False
        elif phase in ("reconnecting", "disconnected") and self._seen_connected:
            text = tr("Link lost") if phase == "reconnecting" else tr("Disconnected")
            self.add_event(EventKind.DISCONNECTED, text, now)
            if phase == "disconnected":
                self._seen_connected = False
        if self.replay is None:
            self.position_label.setText(self._link_text())

    def show_recording_warning(self, warning: RecordingWarning | str, t: float | None = None) -> None:
        """Recording problems (disk full …): shown under the plots; the live view continues. The
        marker goes at `t` (when it happened, from the window's backlog) or now."""
        text = i18n.translate_message(warning)
        self._show_status(text)
        self.add_event(EventKind.RECORDING_WARNING, text, t)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def _cells_edited(self) -> None:
        try:
            cells = parse_cells(self.cells_edit.text(), self.data.cell_count or None)
        except CellChoiceError as exc:
            self._show_status(i18n.translate_message(exc))
            return
        self._show_status("")
        self.set_chosen_cells(cells)

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
        if behind_another_page(self):
            # Nobody sees it: drawing waits until the page is shown (showEvent), a playing replay
            # goes on feeding the other pages.
            self._skipped = True
            if self.replay is not None and self.replay.playing:
                self._schedule()
            return
        data = self.data
        if self.follow_box.isChecked():
            x0, x1 = follow_range(data.first_time, data.last_time, self.window_s, time.time())
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

    def _points(self, row: PlotRow) -> int:
        return max(int(row.plot.vb.width()), 200)

    def _draw_row(self, row: PlotRow, data: PlotData, x0: float, x1: float) -> bool:
        if row is self.events_row:
            signature = (data.events_version, x0, x1, id(data))
            if row.drawn == signature:
                return False
            row.drawn = signature
            self._draw_events(data, x0, x1)
            return True
        history = getattr(data, row.spec.history)  # type: ignore[union-attr]
        width = self._points(row)
        extra_version = data.temps.version if row.key == "cell_temps" else 0
        locked = self.lock_box.isChecked()
        signature = (None if history is None else history.version, extra_version, x0, x1, width,
                     self.cell_mode, tuple(self.chosen_cells), id(data), locked)
        if row.drawn == signature:
            return False
        row.drawn = signature
        if isinstance(row, CellRow):
            row.draw(history, data.temps if row.key == "cell_temps" else None, x0, x1, width, locked)
        else:
            row.draw_lines(history, x0, x1, width, locked)
        return True

    _EVENT_ROWS = {EventKind.RELAY.value: 3, EventKind.WARNING_LIGHT.value: 2,
                   EventKind.CELL_EVENT.value: 2, EventKind.SETTINGS_WRITTEN.value: 1}

    def _event_colour(self, kind: str, on: bool | None) -> str:
        dark = theme.effective_mode() == "dark"
        if kind == EventKind.WARNING_LIGHT.value:
            style = theme.warning_light_style(bool(on))
        elif kind == EventKind.RELAY.value:
            style = theme.relay_style(bool(on))
        elif kind in (EventKind.RECORDING_WARNING.value, EventKind.CELL_EVENT.value):
            style = theme.warning_light_style(True)
        else:
            return series_colour("pack")
        return style.dark if dark else style.light

    def _draw_events(self, data: PlotData, x0: float, x1: float) -> None:
        spots = []
        for event in data.events:
            if not (x0 <= event.t <= x1):
                continue
            colour = self._event_colour(event.kind, event.on)
            symbol = "t1" if event.on else ("t" if event.on is False else "o")
            if event.kind == EventKind.CELL_EVENT.value:
                symbol = "star"
            spots.append({"pos": (event.t, self._EVENT_ROWS.get(event.kind, 0)), "brush": pg.mkBrush(colour),
                          "pen": pg.mkPen(colour), "symbol": symbol, "data": event.text})
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
        """Put the crosshair at `t` and describe every visible value there (numbers written the
        user's way)."""
        for row in self._visible:
            row.crosshair.setPos(t)
            row.crosshair.setVisible(True)
        data = self.data
        parts = [time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))]

        def at(history, column: int) -> float | None:
            if history is None:
                return None
            found = history.value_at(t)
            if found is None or abs(found[0] - t) > max(5.0, self.window_s / 200):
                return None
            value = float(found[1][column])
            return None if math.isnan(value) else value

        def quantity(value: float, unit: str, decimals: int, signed: bool = False) -> str:
            text = i18n.format_quantity(value, unit, decimals)
            return "+" + text if signed and value > 0 else text

        pack = at(data.pack, 0)
        if pack is not None:
            parts.append(f"{tr('Pack')} {quantity(pack, 'V', 2)}")
        for column, label in ((1, tr("Battery")), (2, tr("Solar")), (3, tr("Load"))):
            value = at(data.pack, column)
            if value is not None:
                parts.append(f"{label} {quantity(value, 'A', 1, signed=True)}")
        soc = at(data.soc, 0)
        if soc is not None:
            parts.append(f"{tr('SoC')} {quantity(soc, '%', 0)}")
        low, high, spread = at(data.extremes, 0), at(data.extremes, 1), at(data.extremes, 2)
        if low is not None and high is not None:
            parts.append(tr("Cells {low}–{high}").format(low=i18n.format_number(low, 3),
                                                         high=quantity(high, "V", 3)))
        if spread is not None:
            parts.append(f"{tr('Spread')} {quantity(spread, 'mV', 0)}")
        tlow, thigh = at(data.temps, 0), at(data.temps, 1)
        if tlow is not None and thigh is not None:
            parts.append(f"{i18n.format_number(app_prefs.temperature_in(tlow, self.units), 0)}–"
                         f"{self.temperature_text(thigh)}")
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
                    parts.append(tr("Cell {n}: {value}").format(n=cell, value=quantity(volts, "V", 3))
                                 + (f" {self.temperature_text(temp)}" if temp is not None else ""))
        near = [e for e in data.events if abs(e.t - t) <= self.window_s / 100]
        if near:
            parts.append("⚑ " + near[-1].text)
        text = "   ".join(parts)
        self.readout.set_full_text(text)
        self.readout.setEnabled(True)
        return text

    # ================================================================== theme
    def _apply_theme(self, effective: str) -> None:
        colours = theme.PLOT_COLOURS.get(effective, theme.PLOT_COLOURS["light"])
        self.graphics.setBackground(colours["background"])
        for row in self.rows:
            for name in ("left", "bottom"):
                axis = row.plot.getAxis(name)
                axis.setPen(colours["foreground"])
                axis.setTextPen(colours["foreground"])
            row.apply_theme(effective)
            if isinstance(row, CellRow):
                row.colorbar.axis.setPen(colours["foreground"])
                row.colorbar.axis.setTextPen(colours["foreground"])
        self._invalidate()

    def menus_beside_replay(self) -> bool:
        """True when the Plots and Export menus sit at the end of the replay line (`_fit_view_bar`)."""
        return self.replay_bar.indexOf(self.rows_button) >= 0

    def _fit_view_bar(self, width: int) -> None:
        """The Plots and Export menus end the first line where it has room for them, else the replay
        line, which has room while live (a longer language at the window's smallest size squeezed the
        first line's texts)."""
        if not hasattr(self, "replay_bar"):
            return  # (still building)
        menus = (self.rows_button, self.export_button)
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        # (+ 8: the first line's gap before the cells) a replay's controls keep their room
        beside = (line_width(self.view_bar, plus=menus) + 8 > room
                  and line_width(self.replay_bar, plus=menus, skip=(self.replay_spacer,)) <= room)
        if beside == self.menus_beside_replay():
            return
        source, target = (self.view_bar, self.replay_bar) if beside else (self.replay_bar, self.view_bar)
        move_widgets(menus, source, target)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._fit_view_bar(event.size().width())
        super().resizeEvent(event)

    def _update_replay_controls(self) -> None:
        super()._update_replay_controls()
        shown = (self.replay is not None, self.load_job is not None)  # the replay line's controls
        if shown != self._bars_fitted_for:
            self._bars_fitted_for = shown
            self._fit_view_bar(self.width())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_skipped", False):
            self._skipped = False
            self._schedule()

    def hideEvent(self, event) -> None:
        # Hidden with its window (the app closing): a running export stops and writes nothing, a
        # recording being loaded stops loading. Another page in front, or a minimised window (a
        # spontaneous hide), lets them go on.
        if not event.spontaneous() and not self.window().isVisible():
            self.cancel_export()
            self.cancel_load()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self._timer.stop()
        self.cancel_export()
        self.close_recording()
        super().closeEvent(event)
