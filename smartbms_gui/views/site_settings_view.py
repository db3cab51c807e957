"""The settings of all packs side by side (the Site page's "Settings compared" tab), differences
marked, and copying one pack's settings to the others: each target pack gets an Apply of its own
(validated, written one by one and read back by its session), and the outcome is reported per pack.

The comparison and the plan are in the Qt-free `device/site_settings.py`; the PIN is never shown,
compared or copied.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.site_settings import PackSettings, compare_settings, copy_plan
from smartbms_gui.protocol import params
from smartbms_gui.views import settings_texts as texts
from smartbms_gui.views import theme
from smartbms_gui.views.site_connections import SiteConnections


class SiteSettingsView(QWidget):
    """`copyFinished(dict key → list[WriteResult])` when a copy ended (tests)."""

    copyFinished = Signal(dict)

    def __init__(self, connections: SiteConnections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connections = connections
        self.rows = []
        self._packs: list[PackSettings] = []
        self._dirty = True
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("The settings each pack's BMS reported when it connected. A marked "
                                      "row differs between packs; a bold value differs from the pack to copy "
                                      "from"))
        self.source = QComboBox(self)
        self.source.setToolTip(self.tr("The pack whose settings the others should get"))
        self.source.currentIndexChanged.connect(lambda _i: self._fill())
        self.copy_button = QPushButton(self.tr("Copy to the other packs…"), self)
        self.copy_button.setToolTip(self.tr("Write the marked settings (or the selected rows) of this pack "
                                            "to every other connected pack; each write is read back"))
        self.copy_button.clicked.connect(self.ask_copy)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.results = QLabel("", self)
        self.results.setObjectName("copyResults")
        self.results.setWordWrap(True)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Copy from:"), self))
        top.addWidget(self.source)
        top.addWidget(self.copy_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.results)
        self._tasks: set[asyncio.Future] = set()
        connections.packsChanged.connect(self._rewire)
        connections.siteChanged.connect(self.schedule)
        self._wired: list = []
        self._rewire()

    # ------------------------------------------------------------------ data

    def _rewire(self) -> None:
        for bridge, slot in self._wired:
            try:
                bridge.settingsChanged.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._wired = []
        for pack in self.connections.ordered():
            slot = self.schedule
            pack.bridge.settingsChanged.connect(slot)
            self._wired.append((pack.bridge, slot))
        self.schedule()

    def schedule(self, *_args) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def pack_settings(self) -> list[PackSettings]:
        out = []
        for pack in self.connections.ordered():
            bridge = pack.bridge
            writable = bridge.connected and pack.entry.link.kind != "serial"
            out.append(PackSettings(pack.key, pack.entry.name, bridge.live.generation,
                                    dict(bridge.live.settings), writable))
        return out

    def refresh(self) -> None:
        self._dirty = False
        self._packs = self.pack_settings()
        self.rows = compare_settings(self._packs)
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        for pack in self._packs:
            self.source.addItem(pack.name, pack.key)
        index = self.source.findData(current)
        self.source.setCurrentIndex(index if index >= 0 else 0)
        self.source.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        packs, rows = self._packs, self.rows
        source = self.source.currentData()
        self.table.setColumnCount(1 + len(packs))
        self.table.setHorizontalHeaderLabels([self.tr("Setting")] + [p.name for p in packs])
        self.table.setRowCount(len(rows))
        warn = theme.WARNING_STYLE
        icon = theme.status_icon(warn.icon, warn.colour, 14)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            # the unit once, in the row's label ("Solar peak power (W)"), the cells bare numbers: with
            # 16 packs a column is about 60 px and "1,600 W" in bold broke onto two lines
            numeric = row.param.kind == "number" and bool(row.param.unit)
            label = texts.param_label(row.param)
            name_item = QTableWidgetItem(f"{label} ({row.param.unit})" if numeric else label)
            name_item.setData(Qt.ItemDataRole.UserRole, row.name)
            if row.differs:
                name_item.setIcon(icon)
                name_item.setToolTip(self.tr("The packs differ here"))
                name_item.setFont(bold)
            self.table.setItem(r, 0, name_item)
            for c, pack in enumerate(packs, start=1):
                value = row.values.get(pack.key)
                shown = (texts.number_text(row.param, value) if numeric and isinstance(value, (int, float))
                         else texts.format_value(row.param, value))
                item = QTableWidgetItem(shown)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if numeric
                                      else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if source is not None and pack.key != source and row.differs_from(pack.key, source):
                    item.setFont(bold)
                    item.setForeground(QBrush(QColor(warn.colour)))
                    item.setToolTip(self.tr("Differs from {0}").format(self.source.currentText()))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, 1 + len(packs)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        differing = sum(1 for row in rows if row.differs)
        if not any(p.values for p in packs):
            text = self.tr("No settings yet: they are read when a pack connects over Bluetooth.")
        elif differing:
            text = self.tr("{0} settings differ between the packs (marked).").format(differing)
        else:
            text = self.tr("All packs hold the same settings.")
        self.summary.setText(text)
        self.copy_button.setEnabled(len(packs) > 1 and source is not None)

    # ------------------------------------------------------------------ copying

    def selected_names(self) -> list[str] | None:
        names = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                names.append(item.data(Qt.ItemDataRole.UserRole))
        return names or None

    def plan(self) -> tuple[PackSettings | None, dict[str, dict]]:
        source_key = self.source.currentData()
        source = next((p for p in self._packs if p.key == source_key), None)
        if source is None:
            return None, {}
        targets = [p for p in self._packs if p.key != source_key]
        return source, copy_plan(self.rows, source, targets, self.selected_names())

    def ask_copy(self) -> None:
        source, plan = self.plan()
        if source is None:
            return
        count = sum(len(changes) for changes in plan.values())
        if not count:
            self.results.setText(self.tr("Nothing to copy: the other packs already hold these values."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Copy settings"),
                          self.tr("Write {0} setting values of {1} to the other packs? Each pack's writes "
                                  "are read back and reported.").format(count, source.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        theme.without_button_icons(box)
        box.accepted.connect(lambda: self.copy(plan))
        box.open()
        self._box = box

    def copy(self, plan: dict[str, dict]) -> asyncio.Future:
        """Write `plan` (pack key → changes) to each pack at once; one pack failing stops no other."""
        self.copy_button.setEnabled(False)
        self.results.setText(self.tr("Writing…"))

        async def run() -> dict:
            packs = {p.key: p for p in self._packs}
            keys = [k for k, changes in plan.items() if changes]
            outcomes = await asyncio.gather(*(self._write(k, plan[k], packs[k]) for k in keys),
                                            return_exceptions=True)
            results = dict(zip(keys, outcomes))
            self._report(results, packs)
            self.copy_button.setEnabled(True)
            self.copyFinished.emit(results)
            return results

        task = asyncio.ensure_future(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _write(self, key: str, changes: dict, pack: PackSettings):
        if not pack.writable:
            return self.tr("not written: not connected over a link that takes settings")
        connection = self.connections.packs.get(key)
        if connection is None:
            return self.tr("not written: the pack left the site")
        return await connection.bridge.apply_settings(changes)

    def _report(self, results: dict, packs: dict[str, PackSettings]) -> None:
        lines = []
        for key, outcome in results.items():
            name = packs[key].name
            if isinstance(outcome, str):
                lines.append(f"{name}: {outcome}")
            elif isinstance(outcome, BaseException):
                lines.append(self.tr("{0}: failed: {1}").format(name, outcome))
            else:
                ok = [r for r in outcome if r.ok]
                failed = [r for r in outcome if not r.ok]
                line = self.tr("{0}: {1} of {2} written and read back").format(name, len(ok), len(outcome))
                if failed:
                    reasons = "; ".join(f"{texts.param_label(params.parameter(r.name))}: "
                                        f"{texts.failure_text(params.parameter(r.name), r)}" for r in failed)
                    line += " — " + reasons
                lines.append(line)
        self.results.setText("\n".join(lines))
        self.schedule()
