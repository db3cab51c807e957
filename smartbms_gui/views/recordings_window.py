"""The Recordings window.

Every connection that goes live is recorded to the user's data folder (`device/recording.py`). The
indicator in the status bar (`recording_indicator.py`) says so while it happens, with the file's
size; a click on it (or File → Recordings…) opens the Recordings window: every recording with its
date, battery and size, the folder's total against the limit set in Preferences, and Open in Plots /
Delete.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from PySide6.QtCore import (
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device import recording_store
from smartbms_gui.views import theme
from smartbms_gui.views.recording_indicator import REFRESH_MS, size_text
from smartbms_gui.views.widgets.empty_table import EmptyStateTable


def date_text(seconds: float) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(seconds))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class RecordingsWindow(QDialog):
    """The recordings folder: list (date, battery, size, last written), open in Plots, delete.

    Non-modal; `open_in_plots(path)` is the window's (it shows the Plots page and loads the file).
    """

    COLUMNS = 4

    def __init__(self, bridge, limits_text: str, open_in_plots, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.open_in_plots = open_in_plots
        self.setWindowTitle(self.tr("Recordings"))
        self.setMinimumSize(720, 420)
        self.folder = Path(bridge.recordings_folder_path)
        self.recordings: list[recording_store.RecordingFile] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.limits = QLabel(limits_text, self)
        self.limits.setWordWrap(True)
        self.table = EmptyStateTable(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("Recordings"))
        self.table.set_empty_text(self.tr("No recordings here yet. Every connection is recorded to this "
                                          "folder from its first byte; a recording shows here as soon as "
                                          "it starts."))
        self.table.setHorizontalHeaderLabels([self.tr("Started"), self.tr("Battery or link"), self.tr("Size"),
                                              self.tr("Last written")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open in Plots"), self)
        self.open_button.setToolTip(self.tr("Show the selected recording on the Plots page (and the other "
                                            "pages)"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected recordings from this computer"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.setToolTip(str(self.folder))
        self.folder_button.clicked.connect(self.show_folder)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.delete_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.limits)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._confirm: QMessageBox | None = None
        self._listed_active: Path | None = None
        self._active_row: int | None = None
        # while shown, the recording being written is followed (its size grows; a new one appears)
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(REFRESH_MS)
        self.follow_timer.timeout.connect(self.follow_recording)
        self.refresh()

    # -- contents -------------------------------------------------------------------------------
    def active_path(self) -> Path | None:
        recorder = getattr(self.bridge, "recorder", None)
        return Path(recorder.path).resolve() if recorder is not None and recorder.active else None

    def refresh(self) -> None:
        """List the folder again, keeping the rows that were selected."""
        chosen = {rec.path.resolve() for rec in self.selected()}
        self.recordings = recording_store.scan(self.folder)
        active = self.active_path()
        self._listed_active = active
        resolved = [rec.path.resolve() for rec in self.recordings]  # (symbolic links: one path each)
        if active is not None and active.parent == self.folder.resolve() and active not in resolved:
            # In a connection's first moments the recorder's thread may not have made the file yet:
            # the recording being written is listed all the same, first (it is the newest).
            recorder = self.bridge.recorder
            now = time.time()
            self.recordings.insert(0, recording_store.RecordingFile(
                active, recording_store.recording_size(active), now, now,
                getattr(recorder, "description", ""), bool(getattr(recorder, "simulated", False))))
            resolved.insert(0, active)
        #: the row of the recording being written (followed in place by follow_recording), if listed
        self._active_row = resolved.index(active) if active in resolved else None
        self.table.setRowCount(len(self.recordings))
        selection = QItemSelection()
        model = self.table.model()
        for row, (rec, path) in enumerate(zip(self.recordings, resolved)):
            name = rec.description or rec.path.name
            if path == active:
                # (its header may still sit in SQLite's write-ahead log: take the recorder's words)
                name = self.tr("{0} (recording now)").format(
                    getattr(self.bridge.recorder, "description", "") or name)
            cells = (date_text(rec.started_at), name, size_text(rec.size_bytes), date_text(rec.modified_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(rec.path))
                self.table.setItem(row, column, item)
            if path in chosen:
                selection.select(model.index(row, 0), model.index(row, self.COLUMNS - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_summary()
        self._update_buttons()

    def follow_recording(self) -> None:
        """Every REFRESH_MS while shown: the recording being written grows (its size and time are
        updated in place); a recording that started or ended lists the folder again."""
        active = self.active_path()
        if active != self._listed_active:
            self.refresh()
            return
        row = self._active_row
        if row is None:
            return
        rec = self.recordings[row]
        grown = dataclasses.replace(rec, size_bytes=recording_store.recording_size(rec.path),
                                    modified_at=recording_store.last_written(rec.path) or rec.modified_at)
        self.recordings[row] = grown
        self.table.item(row, 2).setText(size_text(grown.size_bytes))
        self.table.item(row, 3).setText(date_text(grown.modified_at))
        self._show_summary()

    def _show_summary(self) -> None:
        total = recording_store.total_size(self.recordings)
        self.summary.setText(self.tr("{0} recordings, {1} in all, in {2}").format(
            len(self.recordings), size_text(total), self.folder))

    def showEvent(self, event) -> None:  # noqa: N802
        self.follow_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.follow_timer.stop()
        super().hideEvent(event)

    def selected(self) -> list[recording_store.RecordingFile]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.recordings[r] for r in rows if r < len(self.recordings)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        active = self.active_path()
        busy = any(r.path.resolve() == active for r in chosen)
        self.open_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen) and not busy)
        self.note.setText(self.tr("The recording being written now cannot be deleted; disconnect first.")
                          if busy else "")
        self.note.setVisible(busy)

    # -- actions --------------------------------------------------------------------------------
    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_in_plots(str(chosen[0].path))

    def ask_delete(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete recordings"),
                          self.tr("Delete {0} recording(s), {1}, from this computer? This cannot be undone.")
                          .format(len(chosen), size_text(recording_store.total_size(chosen))),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        theme.without_button_icons(box)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self.delete(chosen) if box.clickedButton() is yes else None)
        self._confirm = box
        box.open()  # never exec(): the app runs an asyncio loop

    def delete(self, recordings: list[recording_store.RecordingFile]) -> list[Path]:
        """Delete these recordings (never the one being written); returns the paths deleted."""
        from smartbms_gui.device.recording import remove_recording

        active = self.active_path()
        gone = []
        for rec in recordings:
            if rec.path.resolve() == active:
                continue
            remove_recording(rec.path)
            gone.append(rec.path)
        self.refresh()
        return gone
