"""The plots page's recording controls: open a recording, play, pause, speed, seek, back to live.

A mixin of `PlotsPage` (it uses the page's widgets and data). Opening or seeking decodes the
recording up to that point into a fresh `PlotData` (`load_replay` → `plots_data.load_recording`,
with a line break at every link event) on a worker thread (`LoadJob`), which may use worker
processes in turn. The GUI thread only looks at the job's progress on a timer ("Loading <file>…
n %", with Cancel) and, once it is done, swaps the new data in, puts the replay there
(`Replay.jump`) and hands the last few minutes to the other screens. What was shown stays shown
(and the live data keeps coming) until then; a second open or seek replaces a running load. Play
continues from there through `Replay.advance` on the page's one timer.

A small file (SYNC_LOAD_MAX_BYTES) is loaded at once by the same code on the GUI thread: the same
file always takes the same path, and such a load takes a few milliseconds.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from smartbms_gui.device import history_json
from smartbms_gui.device.history import HistoryRead
from smartbms_gui.device.recording import (
    FILE_SUFFIX,
    EventKind,
    RecordingCorrupt,
    RecordingReader,
    RecordingWarning,
    default_folder,
)
from smartbms_gui.device.replay import SPEEDS, Replay, decode_items
from smartbms_gui.views.cell_event_markers import MEMORY_EVENTS, CellEventMarkers
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.worker_job import WorkerJob

from .plots_data import LoadCancelled, PlotData, load_recording

log = logging.getLogger(__name__)
#: Seconds of the replay before a seek that also go to `replayItem` (the other screens' state).
REPLAY_STATE_TAIL_S = 300.0
#: Recordings up to this size on disk (with their write-ahead log) load at once on the GUI thread
#: (a few milliseconds); bigger ones on a worker thread. The size alone decides: deterministic.
SYNC_LOAD_MAX_BYTES = 64 * 1024
#: How often the GUI thread looks at a running load.
LOAD_POLL_MS = 100
#: Recorded events drawn from the replayed status bytes instead, exactly as live.
DERIVED_EVENTS = frozenset({EventKind.RELAY.value, EventKind.WARNING_LIGHT.value})
_CTX = "PlotsPage"
#: What the position label says about the live link, by `Phase` value ("Live" only while streaming).
LINK_TEXTS = {
    "streaming": QT_TRANSLATE_NOOP(_CTX, "Live"),
    "connecting": QT_TRANSLATE_NOOP(_CTX, "Connecting…"),
    "authenticating": QT_TRANSLATE_NOOP(_CTX, "Connecting…"),
    "reading settings": QT_TRANSLATE_NOOP(_CTX, "Connecting…"),
    "reconnecting": QT_TRANSLATE_NOOP(_CTX, "Link lost: reconnecting"),
}
NOT_CONNECTED = QT_TRANSLATE_NOOP(_CTX, "Not connected")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass
class LoadedReplay:
    """What the page shows of a recording up to `until`, made off the GUI thread."""

    data: PlotData
    until: float
    tail: list = field(default_factory=list)  # (t, item) of the REPLAY_STATE_TAIL_S before `until`
    warnings: list = field(default_factory=list)  # the reader's RecordingWarnings (damaged rows)
    #: the battery's cell log and SoC history as last read before `until` (a HistoryRead), or None
    memory: object = None


def load_replay(path, until: float, history_s: float, *, progress=None, cancel=None) -> LoadedReplay:
    """Decode a recording up to `until` into a fresh `PlotData`, with its recorded events, and the
    items of the last REPLAY_STATE_TAIL_S before `until`. No Qt, nothing shared: runs on a worker
    thread. `progress`/`cancel` as in `load_recording` (a set `cancel` raises `LoadCancelled`)."""
    data = PlotData(history_s)
    load_recording(data, path, until=until, progress=progress, cancel=cancel)  # lines broken at link events
    reader = RecordingReader(path)
    try:
        markers = CellEventMarkers()
        memory: list = [None, None]  # the newest cell log and SoC history up to `until`
        for entry in reader.events():
            if entry.t <= until and entry.kind in MEMORY_EVENTS:
                for t, text in markers.from_recorded(entry.kind, entry.text):
                    data.add_event(EventKind.CELL_EVENT, text, t, breaks=False)
                recorded_memory(entry, memory)
            elif entry.t <= until and entry.kind not in DERIVED_EVENTS:
                data.add_event(entry.kind, entry.text, entry.t, breaks=False)
        tail = []
        for item_t, item in decode_items(reader, since=until - REPLAY_STATE_TAIL_S):
            if item_t > until:
                break
            if cancel is not None and len(tail) % 1000 == 0 and cancel.is_set():
                raise LoadCancelled()
            tail.append((item_t, item))
        shown = HistoryRead(memory[0], memory[1]) if memory != [None, None] else None
        return LoadedReplay(data, until, tail, list(reader.warnings), shown)
    finally:
        reader.close()


def recorded_memory(entry, memory: list) -> None:
    """Put a recorded cell log (memory[0]) or SoC history (memory[1]) into `memory`; a damaged one is
    left out (the markers' reader logs it)."""
    try:
        if entry.kind == EventKind.CELL_LOG.value:
            memory[0] = history_json.loads_cell_log(entry.text)
        elif entry.kind == EventKind.SOC_HISTORY.value:
            memory[1] = history_json.loads_soc_history(entry.text)
    except ValueError:
        pass


def loads_at_once(path) -> bool:
    """A recording small enough to load on the GUI thread (see SYNC_LOAD_MAX_BYTES)."""
    size = 0
    for part in (Path(path), Path(f"{path}-wal")):
        try:
            size += part.stat().st_size
        except OSError:
            pass
    return size <= SYNC_LOAD_MAX_BYTES


class LoadJob(WorkerJob):
    """One load of a recording (up to `until`) on its own worker thread (`WorkerJob`: progress,
    cancel, future; no Qt: it runs `load_replay`). A cancelled job's result is dropped. `new`: a
    recording not shown yet (`replay` is its own, not yet shown); `resume`: the shown replay played
    before this load paused it; `play_after`: play once shown. A small file loads on the GUI thread
    (`run_here`)."""

    def __init__(self, replay: Replay, until: float, history_s: float, *, new: bool,
                 resume: bool = False, play_after: bool = False) -> None:
        super().__init__("load recording")
        self.replay = replay
        self.until = until
        self.new = new
        self.resume = resume
        self.play_after = play_after
        self._history_s = history_s

    @property
    def name(self) -> str:
        return Path(self.replay.info.path).name

    def work(self):
        result = load_replay(self.replay.info.path, self.until, self._history_s,
                             progress=self._report, cancel=self.cancelled)
        self.progress = 1.0
        return result


class ReplayControls:
    """Mixin: the replay bar and what its buttons do (`self` is the PlotsPage)."""

    replay: Replay | None
    replay_data: PlotData | None

    def _build_replay_bar(self) -> QHBoxLayout:
        self.load_job: LoadJob | None = None
        self._load_poll = QTimer(self)
        self._load_poll.timeout.connect(self._poll_load)
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
        self.position_label = QLabel(tr(NOT_CONNECTED))
        self.position_label.setToolTip(
            tr("What is shown: the live link, or the recording and the position in it."))
        self.position_label.setMinimumWidth(
            self.position_label.fontMetrics().horizontalAdvance("00:00:00 / 00:00:00 ×1000") + 8)
        bar.addWidget(self.position_label)
        # While a recording loads: what and how far, and a way out (the page stays usable).
        self.load_label = QLabel()
        self.load_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.load_label)
        self.cancel_load_button = QPushButton(tr("Cancel"))
        self.cancel_load_button.setToolTip(tr("Stop loading the recording; the page keeps showing what it "
                                              "showed before."))
        self.cancel_load_button.clicked.connect(self.cancel_load)
        bar.addWidget(self.cancel_load_button)
        self.replay_spacer = QWidget(self)  # (a parent now: shown unparented, it flashed as a window)
        self.replay_spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.replay_spacer)
        self._update_replay_controls()
        return bar

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

    # ------------------------------------------------------------------ open, seek, close
    def open_recording(self, path) -> bool:
        """Show a recording, all of it (position at the end); play from any point with the slider.
        Returns False (with a message, nothing else changed) when the file is not a recording.
        Otherwise it loads off the GUI thread (`is_loading()`) and replaces what is shown once
        loaded; a small file is shown before this returns."""
        try:
            replay = Replay(path, on_item=self._replay_item, on_event=self._replay_event,
                            on_reset=self._replay_reset, on_bulk=self._replay_bulk,
                            on_finished=self._update_replay_controls, preroll_s=self.history_s)
        except (RecordingCorrupt, OSError) as exc:
            self._show_status(translate_message(exc))
            return False
        self._show_status("")
        self._start_load(replay, replay.end, new=True)
        return True

    def seek(self, t: float) -> None:
        """Show the recording up to `t` (loaded as `open_recording` does); a playing replay plays
        on from there."""
        job = self.load_job
        replay = job.replay if job is not None and job.new else self.replay
        if replay is None:
            return
        self._start_load(replay, t, new=replay is not self.replay)

    def is_loading(self) -> bool:
        """A recording (or a seek in it) is being loaded."""
        return self.load_job is not None

    def cancel_load(self) -> None:
        """Stop a running load: what is shown stays (the live data, or the replay where it was)."""
        job = self.load_job
        if job is None:
            return
        job.cancel()  # its thread stops within one part; its result is never looked at
        self.load_job = None
        self._load_poll.stop()
        if job.new:
            job.replay.close()
        if job.resume and self.replay is not None:
            self._play_now()
        self._update_replay_controls()

    def close_recording(self) -> None:
        self.cancel_load()
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

    # ------------------------------------------------------------------ loading
    def _start_load(self, replay: Replay, t: float, *, new: bool, play_after: bool = False) -> None:
        """Load `replay` up to `t` into fresh data, replacing a load in progress; the shown replay
        pauses meanwhile (and plays on after a seek)."""
        t = min(max(t, replay.start), replay.end)
        old = self.load_job
        resume = old is not None and old.resume
        if old is not None:
            old.cancel()
            if old.new and old.replay is not replay:
                old.replay.close()
        if self.replay is not None and self.replay.playing:
            self.replay.pause()
            resume = True
        job = LoadJob(replay, t, self.history_s, new=new, resume=resume,
                      play_after=play_after or (resume and not new))
        self.load_job = job
        if loads_at_once(replay.info.path):
            job.run_here()
            self._finish_load(job)
            return
        job.start()
        self._load_poll.start(LOAD_POLL_MS)
        self._update_replay_controls()

    def _poll_load(self) -> None:
        job = self.load_job
        if job is None:
            self._load_poll.stop()
            return
        if job.done():
            self._finish_load(job)
        else:
            self._update_replay_controls()

    def _finish_load(self, job: LoadJob) -> None:
        """On the GUI thread: swap the loaded data in, put the replay there, tell the other screens."""
        self._load_poll.stop()
        self.load_job = None
        exc = job.future.exception()
        if exc is not None:
            if job.new:
                job.replay.close()
            self._show_status(self._load_error_text(job, exc))
            if job.resume and self.replay is not None:
                self._play_now()
            self._update_replay_controls()
            return
        loaded: LoadedReplay = job.future.result()
        replay = job.replay
        if job.new:
            if self.replay is not None:
                self.replay.close()
            self.replay = replay
            self._drop_ended_recording()
        self.replay_data = loaded.data
        self.data = loaded.data
        self._seek_target = loaded.until
        replay.jump(loaded.until)
        if job.new:
            self.replayActive.emit(True)
        if loaded.memory is not None:
            self.replayMemory.emit(loaded.memory)
        for item_t, item in loaded.tail:
            self.replayItem.emit(item, item_t)
        if job.new:
            self._show_status("\n".join(translate_message(w) for w in loaded.warnings))
        self.follow_box.setChecked(True)
        if job.play_after:
            self._play_now()
        self._invalidate()
        self._update_replay_controls()

    def _load_error_text(self, job: LoadJob, exc: BaseException) -> str:
        if isinstance(exc, (RecordingCorrupt, RecordingWarning)):
            return translate_message(exc)
        if isinstance(exc, OSError):
            return tr("Could not read {name}: {reason}.").format(name=job.name, reason=exc.strerror or exc)
        log.error("loading %s failed", job.replay.info.path, exc_info=exc)
        return tr("Could not read {name}: {reason}.").format(name=job.name, reason=exc)

    def _load_text(self, job: LoadJob) -> str:
        return tr("Loading {name}… {percent} %").format(name=job.name, percent=int(job.progress * 100))

    # ------------------------------------------------------------------ replay callbacks
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

    def _replay_event(self, entry, breaks: bool = True) -> None:
        if entry.kind in DERIVED_EVENTS:
            return  # derived from the replayed status bytes, exactly as live
        if entry.kind in MEMORY_EVENTS:  # a cell log as read: a marker at each of its events
            markers = getattr(self, "_replay_cell_markers", None) or CellEventMarkers()
            self._replay_cell_markers = markers
            data = self.replay_data
            for t, text in markers.from_recorded(entry.kind, entry.text):
                data.add_event(EventKind.CELL_EVENT, text, t, breaks=False)  # type: ignore[union-attr]
            memory: list = [None, None]
            recorded_memory(entry, memory)
            if memory != [None, None]:  # the Events and History pages show what was read then
                self.replayMemory.emit(HistoryRead(memory[0], memory[1]))
            return
        self.replay_data.add_event(entry.kind, entry.text, entry.t, breaks=breaks)  # type: ignore[union-attr]

    def _replay_reset(self) -> None:
        if self.replay_data is not None:
            self.replay_data.clear()
        self._invalidate()

    # ------------------------------------------------------------------ play, speed, slider
    def _play_now(self) -> None:
        self.follow_box.setChecked(True)
        self._last_tick = time.monotonic()
        self.replay.play()  # type: ignore[union-attr]
        self._schedule()

    def _play_toggled(self, on: bool) -> None:
        if self.replay is None or self.load_job is not None:
            if on:
                self.play_button.setChecked(False)
            return
        if on:
            if self.replay.position >= self.replay.end:
                self._start_load(self.replay, self.replay.start, new=False, play_after=True)
                return
            self._play_now()
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

    def _position_text(self, t: float) -> str:
        replay = self.replay
        if replay is None:
            return self._link_text()
        fmt = "%H:%M:%S" if replay.duration < 86400 else "%d %H:%M"
        return (f"{time.strftime(fmt, time.localtime(t))} / {time.strftime(fmt, time.localtime(replay.end))}"
                f" ×{replay.speed:g}")

    def _link_text(self) -> str:
        """"Live" only while the link streams; otherwise what the link is doing."""
        return tr(LINK_TEXTS.get(self._phase, NOT_CONNECTED))

    def _update_replay_controls(self) -> None:
        replay = self.replay
        job = self.load_job
        active = replay is not None
        for widget in (self.live_button, self.play_button, self.speed_combo, self.seek_slider):
            widget.setVisible(active)
        self.replay_spacer.setVisible(not active)
        self.load_label.setVisible(job is not None)
        self.cancel_load_button.setVisible(job is not None)
        self.play_button.setEnabled(job is None)  # Play waits for the data; a new seek replaces a load
        if job is not None:
            self.load_label.setText(self._load_text(job))
            self.load_label.setToolTip(str(job.replay.info.path))
        if not active:
            self.position_label.setText(self._link_text())
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(1000)
            self.seek_slider.blockSignals(False)
            return
        self.play_button.blockSignals(True)
        self.play_button.setChecked(replay.playing)
        self.play_button.setText(tr("Pause") if replay.playing else tr("Play"))
        self.play_button.blockSignals(False)
        # while a seek loads, the slider and the label show where it goes
        position = job.until if job is not None and job.replay is replay else replay.position
        if not self.seek_slider.isSliderDown():
            fraction = (position - replay.start) / replay.duration if replay.duration else 1.0
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(int(round(fraction * 1000)))
            self.seek_slider.blockSignals(False)
            self.position_label.setText(self._position_text(position))
