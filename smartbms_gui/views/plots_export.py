"""The plots page's exports: the data as CSV, a picture of the visible plots (PNG, SVG), and a
copy of the raw recording. A mixin of `PlotsPage`; a problem becomes a message under the plots,
never an exception.

The pictures take a moment and are written at once. The CSV and the raw copy can take minutes (a
24-hour, 255-cell recording), so they run on a worker thread (`ExportJob`): the window stays
responsive and the live link keeps sending its keep-alive. A progress dialog (opened with `open()`,
never a blocking `exec()`) shows how far it is and has Cancel; a cancelled export writes nothing. One
export at a time: the Export button is disabled while one runs.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

from smartbms_gui import qt_env

qt_env.prepare()

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import files
from smartbms_gui.device import export as export_mod
from smartbms_gui.device import recording
from smartbms_gui.device.recording import FILE_SUFFIX, RecordingWarning
from smartbms_gui.messages import Message
from smartbms_gui.views import theme
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.worker_job import WorkerJob

log = logging.getLogger(__name__)
_CTX = "PlotsPage"
#: How often the GUI thread looks at the worker's progress.
PROGRESS_POLL_MS = 100
#: The progress dialog appears only for an export still running after this long (no flash for a
#: short one); the Export button is disabled from the start.
DIALOG_DELAY_MS = 400
#: Steps of the progress bar (0.1 %).
_STEPS = 1000


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def copy_recording(source: Path, out: Path, *, progress=None, cancel=None) -> Path:
    """The raw export: `export.export_raw`'s consistent copy. A recording still being written is
    copied beside the target first and its copy marked as ended at the copy time
    (`recording.seal_copy`), then moved over the target: the copy opens as a whole recording, not as
    one whose writer was killed. The original is not touched. All or nothing, as `export_raw`."""
    if not recording.being_written(source):
        return export_mod.export_raw(source, out, progress=progress, cancel=cancel)
    copied_at = time.time()
    staged = out.with_name(f".{out.name}.copy.part")  # (a hidden part file, as export_raw's own)

    def step(share: float) -> None:
        if progress is not None:
            progress(min(share, 0.99))  # 1 once the copy is in place

    try:
        export_mod.export_raw(source, staged, progress=step, cancel=cancel)
        recording.seal_copy(staged, copied_at=copied_at)
        os.replace(staged, out)
    except BaseException as exc:
        staged.unlink(missing_ok=True)
        if isinstance(exc, export_mod.ExportCancelled):
            raise export_mod.ExportCancelled(export_mod.cancelled_text(out)) from exc  # (the target's name)
        if isinstance(exc, export_mod.ExportError) and isinstance(exc.__cause__, (OSError, sqlite3.Error)):
            exc = exc.__cause__  # said again below of the target, not of the staged copy
        if isinstance(exc, OSError):
            raise export_mod.ExportError(files.describe_write_error(exc, out)) from exc
        if isinstance(exc, sqlite3.Error):
            raise export_mod.ExportError(Message(
                "Can't copy the recording to {path}: {reason}. Choose another folder (an earlier file "
                "of that name is unchanged).", path=out, reason=str(exc))) from exc
        raise
    if progress is not None:
        progress(1.0)
    return out


class ExportJob(WorkerJob):
    """One CSV or raw export on its own worker thread (`WorkerJob`: progress, cancel, future); it only
    runs `export.py`, whose part file a cancelled export still removes."""

    def __init__(self, kind: str, source: Path, path: Path, *, start: float | None = None,
                 end: float | None = None, excel: bool = False) -> None:
        super().__init__(f"export {kind}")
        self.kind = kind
        self.excel = excel
        self.path = path
        self._args = (source, start, end)

    def work(self):
        source, start, end = self._args
        if self.kind == "csv":
            return export_mod.export_csv(source, self.path, start=start, end=end, progress=self._report,
                                         cancel=self.cancelled, excel=self.excel)
        return copy_recording(source, self.path, progress=self._report, cancel=self.cancelled)


class ExportProgressDialog(QDialog):
    """How far a background export is, with Cancel (Escape and the close button cancel too).
    Not a QProgressDialog: its `setValue` runs a nested event loop when the dialog is modal."""

    def __init__(self, job: ExportJob, on_cancel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self._on_cancel = on_cancel
        layout = QVBoxLayout(self)
        what = (tr("Writing the data to {name}…") if job.kind == "csv"
                else tr("Copying the recording to {name}…"))
        self.label = QLabel(what.format(name=job.path.name))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        width = self.fontMetrics().averageCharWidth() * 64
        folder = tr("Folder: {folder}").format(folder=job.path.parent)
        # A deep folder has no spaces to wrap at: cut in the middle, the whole path in the tooltip.
        self.folder = QLabel(self.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, width))
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setToolTip(str(job.path))
        layout.addWidget(self.folder)
        self.bar = QProgressBar()
        self.bar.setRange(0, _STEPS)
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        theme.without_button_icons(buttons)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(tr("Stop the export; nothing is written and an earlier file of that "
                                         "name stays as it was."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(width)
        self.set_share(job.progress)

    def set_share(self, share: float) -> None:
        self.bar.setValue(int(round(share * _STEPS)))

    def reject(self) -> None:
        """Cancel asks the worker to stop; the page closes the dialog once it has."""
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Cancelling…"))
            self._on_cancel()


class ExportActions:
    """Mixin: the Export menu and what it writes (`self` is the PlotsPage, which declares the
    signals `exportProgress(share)` and `exportFinished(ok, text)`)."""

    def _init_exports(self) -> None:
        self.export_job: ExportJob | None = None
        self.export_dialog: ExportProgressDialog | None = None
        self.export_failure_box: QMessageBox | None = None
        self._export_shown = -1.0
        #: the bridge's ended recording as it was when a recording was opened here: no longer exported
        self._ended_dropped: Path | None = None
        self._export_poll = QTimer(self)
        self._export_poll.timeout.connect(self._poll_export)

    def _build_export_menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        for text, tip, kind in (
                (tr("Data as CSV…"),
                 tr("Summary columns and one column per cell, units in the headers."), "csv"),
                (tr("Data as CSV for Excel…"),
                 tr("The same CSV, marked as UTF-8 so that Excel shows °C and other symbols right."),
                 "excel"),
                (tr("Picture as PNG…"), tr("The visible plots as an image."), "png"),
                (tr("Picture as SVG…"), tr("The visible plots as a scalable drawing."), "svg"),
                (tr("Raw recording…"),
                 tr("A copy of the recorded bytes, to replay or send for support."), "raw")):
            action = QAction(text, menu)
            action.setToolTip(tip)
            action.triggered.connect(lambda _c=False, k=kind: self._ask_export(k))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        return menu

    def current_recording(self) -> Path | None:
        """What a CSV or raw export reads: the recording shown, the live one, or (after a
        Disconnect) the one of the session just ended, until another connection starts (the bridge
        forgets it) or another recording is opened here."""
        if self.replay is not None:
            return self.replay.info.path
        if self.recording_path is not None:
            return Path(self.recording_path)
        recorder = getattr(self.bridge, "recorder", None)
        path = getattr(recorder, "path", None)
        if path:
            return Path(path)
        ended = getattr(self.bridge, "ended_recording", None)
        if ended is not None and Path(ended) != self._ended_dropped and Path(ended).is_file():
            return Path(ended)
        return None

    def _drop_ended_recording(self) -> None:
        """Another recording was opened: the session that ended before is no longer exported."""
        ended = getattr(self.bridge, "ended_recording", None)
        self._ended_dropped = Path(ended) if ended is not None else None

    def _ask_export(self, kind: str) -> None:
        if kind in ("csv", "excel", "raw") and self.current_recording() is None:
            self._show_status(tr("Nothing recorded yet: connect to a battery or open a recording first."))
            return
        filters = {"csv": tr("CSV files (*.csv)"), "excel": tr("CSV files (*.csv)"),
                   "png": tr("PNG images (*.png)"),
                   "svg": tr("SVG drawings (*.svg)"),
                   "raw": tr("SmartBMS recordings (*{suffix})").format(suffix=FILE_SUFFIX)}
        suffix = {"csv": ".csv", "excel": ".csv", "png": ".png", "svg": ".svg", "raw": FILE_SUFFIX}[kind]
        name = time.strftime("smartbms-%Y-%m-%d_%H-%M") + suffix
        dialog = QFileDialog(self, tr("Export"), str(Path.home() / name), filters[kind])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.fileSelected.connect(lambda path, k=kind: self.export(k, path))
        self._open_dialog(dialog)

    def export(self, kind: str, path) -> bool:
        """Write an export. A picture is written at once: True when it was. The CSV and the raw
        copy run on a worker thread: True when it started; `exportFinished(ok, text)` says how it
        ended. A problem becomes a message under the plots, never an exception."""
        if self.export_job is not None:
            self._show_status(tr("An export is already running: wait for it to finish or cancel it."))
            return False
        try:
            if kind == "png":
                Path(path).parent.stat()  # a missing folder fails here with a clear OSError
                exporter = pg.exporters.ImageExporter(self.graphics.ci)
                exporter.parameters()["width"] = max(int(self.graphics.width()), 800)
                exporter.export(str(path))
            elif kind == "svg":
                self._export_svg(path)
            elif kind in ("csv", "excel", "raw"):
                source = self.current_recording()
                if source is None:
                    raise export_mod.ExportError(tr("Nothing recorded yet."))
                start, end = self.x_range() if kind != "raw" else (None, None)
                job_kind = "raw" if kind == "raw" else "csv"
                self._start_job(ExportJob(job_kind, source, Path(path), start=start, end=end,
                                          excel=kind == "excel"))
                return True
            else:
                raise ValueError(f"unknown export {kind!r}")
        except OSError as exc:
            self._show_status(self._os_error_text(path, exc))
            return False
        except (export_mod.ExportError, RecordingWarning) as exc:
            self._show_status(translate_message(exc))
            return False
        if not Path(path).is_file():
            self._show_status(tr("Could not write {path}.").format(path=path))
            return False
        self._show_status(tr("Saved {path}.").format(path=path))
        return True

    @staticmethod
    def _os_error_text(path, exc: OSError) -> str:
        return tr("Can't save {path}: {reason}. Choose another folder.").format(
            path=path, reason=exc.strerror or exc)

    # ------------------------------------------------------------------ background exports

    def cancel_export(self) -> None:
        """Stop a running CSV or raw export (it writes nothing); `exportFinished` follows."""
        if self.export_job is not None:
            self.export_job.cancel()

    def _start_job(self, job: ExportJob) -> None:
        self.export_job = job
        self._export_shown = -1.0
        self.export_button.setEnabled(False)  # one export at a time
        self._show_status("")
        job.start()
        self._export_poll.start(PROGRESS_POLL_MS)
        QTimer.singleShot(DIALOG_DELAY_MS, self, lambda j=job: self._open_progress_dialog(j))

    def _open_progress_dialog(self, job: ExportJob) -> None:
        if job is not self.export_job or job.done() or job.cancelled.is_set():
            return
        self.export_dialog = ExportProgressDialog(job, self.cancel_export, self)
        self.export_dialog.open()  # window-modal, and the event loop (the live link) runs on

    def _poll_export(self) -> None:
        job = self.export_job
        if job is None:
            self._export_poll.stop()
            return
        finished = job.done()  # first: a finished worker wrote its last progress before its result
        share = job.progress
        if share != self._export_shown:
            self._export_shown = share
            self.exportProgress.emit(share)
            if self.export_dialog is not None:
                self.export_dialog.set_share(share)
        if finished:
            self._finish_export(job)

    def _finish_export(self, job: ExportJob) -> None:
        self._export_poll.stop()
        self.export_job = None
        self.export_button.setEnabled(True)
        if self.export_dialog is not None:
            self.export_dialog.done(QDialog.DialogCode.Accepted)  # QDialog.done: not our reject()
            self.export_dialog.deleteLater()
            self.export_dialog = None
        ok, text = self._outcome_text(job)
        self._show_status(text)
        if not ok and not job.cancelled.is_set():
            self._show_export_failure(text)
        self.exportFinished.emit(ok, text)

    def _outcome_text(self, job: ExportJob) -> tuple[bool, str]:
        exc = job.future.exception()
        if exc is None:
            result = job.future.result()
            if job.kind == "csv":
                return True, tr("Saved {rows} rows of {cells} cells to {path}.").format(
                    rows=result.rows, cells=result.cells, path=job.path)
            return True, tr("Saved {path}.").format(path=job.path)
        if isinstance(exc, export_mod.ExportCancelled):
            return False, tr("Export cancelled: {path} was not written (an earlier file of that name is "
                             "unchanged).").format(path=job.path)
        if isinstance(exc, (export_mod.ExportError, RecordingWarning)):
            return False, translate_message(exc)
        if isinstance(exc, OSError):
            return False, self._os_error_text(job.path, exc)
        log.error("export to %s failed", job.path, exc_info=exc)
        return False, tr("The export failed: {error}. Nothing was written to {path}.").format(
            error=exc, path=job.path)

    def _show_export_failure(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export"), text, QMessageBox.StandardButton.Ok, self)
        theme.without_button_icons(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_failure_box = box
        box.finished.connect(lambda _r: setattr(self, "export_failure_box", None))
        box.open()

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
