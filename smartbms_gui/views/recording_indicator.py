"""The status bar's "● Recording · 1.2 MB" while the connection is recorded (a click opens the
Recordings window, `recordings_window.py`, which is loaded only then).

Every connection that goes live is recorded to the user's data folder (`device/recording.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from smartbms_gui.device import recording_store
from smartbms_gui.views import theme
from smartbms_gui.views.translator import format_quantity

REFRESH_MS = 2000
#: a size of each unit whose text is the widest: the indicator keeps the widest one's width, so the status
#: bar does not shift each time the size gains a digit ("9 kB" → "10 kB" → "1.0 MB")
WIDEST_SIZES = (999_000, 999_900_000, 99_990_000_000)
RECORDING_STYLE = theme.StatusStyle("#C0392B", "#FF6B5A", "●", "Recording", "RecordingIndicator", "dot")


def size_text(size_bytes: int) -> str:
    """"812 kB", "1.2 MB", "3.4 GB" in the user's decimal sign."""
    if size_bytes < 1_000_000:
        return format_quantity(max(size_bytes, 0) / 1000, "kB", 0)
    if size_bytes < 1_000_000_000:
        return format_quantity(size_bytes / 1_000_000, "MB", 1)
    return format_quantity(size_bytes / 1_000_000_000, "GB", 2)


class RecordingIndicator(QWidget):
    """"● Recording · 1.2 MB" while this connection is recorded; hidden otherwise. Click: Recordings."""

    clicked = Signal()

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.setObjectName("recordingIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self._looks: tuple | None = None  # what the width and the dot were last made for
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # bound methods, not lambdas: Qt drops these connections when this widget goes (the bridge and
        # the theme's signal outlive a window)
        bridge.recordingStarted.connect(self._changed)
        bridge.stateChanged.connect(self._changed)
        theme.theme_changed().connect(self._changed)
        self.refresh()

    def _changed(self, *_args) -> None:
        self.refresh()

    def recording_path(self) -> Path | None:
        recorder = getattr(self.bridge, "recorder", None)
        if recorder is None or not recorder.active:
            return None
        return Path(recorder.path)

    def refresh(self) -> None:
        path = self.recording_path()
        if path is None:
            self.setVisible(False)
            return
        self.show_recording(path, recording_store.recording_size(path))

    def show_recording(self, path: Path, size: int) -> None:
        """Show that `path` is being recorded and holds `size` bytes on disk."""
        pattern = self.tr("Recording · {0}")
        text = pattern.format(size_text(size))
        if self.label.text() != text:
            self.label.setText(text)
            self.setAccessibleName(text)
        # the widest texts' width and the dot: measured again only when the words, the font, the theme
        # or the screen's scale changed (the size is shown again every 2 s)
        looks = (pattern, self.label.font().key(), RECORDING_STYLE.colour, self.devicePixelRatioF())
        if looks != self._looks:
            self._looks = looks
            metrics = self.label.fontMetrics()
            room = QRect(0, 0, 10_000, 1_000)  # as QLabel measures its text (a pixel over the advance)
            self.label.setMinimumWidth(max(metrics.boundingRect(room, Qt.AlignmentFlag.AlignLeft,
                                                                pattern.format(size_text(widest))).width()
                                           for widest in WIDEST_SIZES))
            self.icon.setPixmap(theme.status_pixmap(RECORDING_STYLE.icon, RECORDING_STYLE.colour,
                                                    metrics.height() * 2 // 3, self.devicePixelRatioF()))
        self.setToolTip(self.tr("This connection is being recorded to {0}. Click to see all recordings.")
                        .format(path))
        self.setVisible(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)
