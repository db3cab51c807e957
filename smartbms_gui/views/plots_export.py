"""The plots page's exports: the data as CSV, a picture of the visible plots (PNG, SVG), and a
copy of the raw recording. A mixin of `PlotsPage`; a problem becomes a message under the plots,
never an exception.
"""

# ruff: noqa: E402  (qt_env.prepare() must run before pyqtgraph is imported)

from __future__ import annotations

import time
from pathlib import Path

from smartbms_gui import qt_env

qt_env.prepare()

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from smartbms_gui.device import export as export_mod
from smartbms_gui.device.recording import FILE_SUFFIX, RecordingWarning

_CTX = "PlotsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ExportActions:
    """Mixin: the Export menu and what it writes (`self` is the PlotsPage)."""

    def _build_export_menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        for text, tip, kind in (
                (tr("Data as CSV…"),
                 tr("Summary columns and one column per cell, units in the headers."), "csv"),
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
