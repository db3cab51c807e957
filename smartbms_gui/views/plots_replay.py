"""The plots page's recording controls: open a recording, play, pause, speed, seek, back to live.

A mixin of `PlotsPage` (it uses the page's widgets and data). Opening or seeking decodes the
recording up to that point at once (`plots_data.load_recording`, with a line break at every link
event); Play continues from there through `Replay.advance` on the page's one timer.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from smartbms_gui.device.recording import FILE_SUFFIX, EventKind, default_folder
from smartbms_gui.device.replay import SPEEDS, Replay
from smartbms_gui.i18n import translate_message

from .plots_data import PlotData, load_recording

#: Seconds of the replay before a seek that also go to `replayItem` (the other screens' state).
REPLAY_STATE_TAIL_S = 300.0
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


class ReplayControls:
    """Mixin: the replay bar and what its buttons do (`self` is the PlotsPage)."""

    replay: Replay | None
    replay_data: PlotData | None

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
        self.position_label = QLabel(tr(NOT_CONNECTED))
        self.position_label.setToolTip(
            tr("What is shown: the live link, or the recording and the position in it."))
        self.position_label.setMinimumWidth(
            self.position_label.fontMetrics().horizontalAdvance("00:00:00 / 00:00:00 ×1000") + 8)
        bar.addWidget(self.position_label)
        self.replay_spacer = QWidget()
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
            self._show_status(translate_message(exc))
            return False
        self.data = self.replay_data
        self.replayActive.emit(True)
        self._load_until(self.replay.end)
        warnings = self.replay.warnings
        self._show_status("\n".join(translate_message(w) for w in warnings))
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
        from smartbms_gui.device.replay import decode_items

        replay = self.replay
        t = min(max(t, replay.start), replay.end)
        self._seek_target = t
        self.replay_data = PlotData(self.history_s)
        self.data = self.replay_data
        load_recording(self.replay_data, replay.info.path, until=t)  # lines already broken at link events
        for entry in replay.reader.events():
            if entry.t <= t:
                self._replay_event(entry, breaks=False)
        replay.jump(t)
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

    def _replay_event(self, entry, breaks: bool = True) -> None:
        if entry.kind in (EventKind.RELAY.value, EventKind.WARNING_LIGHT.value):
            return  # derived from the replayed status bytes, exactly as live
        self.replay_data.add_event(entry.kind, entry.text, entry.t, breaks=breaks)  # type: ignore[union-attr]

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
            return self._link_text()
        fmt = "%H:%M:%S" if replay.duration < 86400 else "%d %H:%M"
        return (f"{time.strftime(fmt, time.localtime(t))} / {time.strftime(fmt, time.localtime(replay.end))}"
                f" ×{replay.speed:g}")

    def _link_text(self) -> str:
        """"Live" only while the link streams; otherwise what the link is doing."""
        return tr(LINK_TEXTS.get(self._phase, NOT_CONNECTED))

    def _update_replay_controls(self) -> None:
        replay = self.replay
        active = replay is not None
        for widget in (self.live_button, self.play_button, self.speed_combo, self.seek_slider):
            widget.setVisible(active)
        self.replay_spacer.setVisible(not active)
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
        if not self.seek_slider.isSliderDown():
            fraction = (replay.position - replay.start) / replay.duration if replay.duration else 1.0
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(int(round(fraction * 1000)))
            self.seek_slider.blockSignals(False)
            self.position_label.setText(self._position_text(replay.position))
