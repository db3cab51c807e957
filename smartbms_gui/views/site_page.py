"""Site: several packs at once (issue 19). One card per pack, the site's totals, and warnings when
the packs diverge, with the thresholds editable here.

The page shows what `SiteConnections` holds (each pack its own bridge); the arithmetic is in the
Qt-free `device/site.py`. Stream records arrive per pack many times a second: the page redraws at
most every `REFRESH_MS` and once a second for the ages, and only while it is visible.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui.device.site import (
    Divergence,
    Site,
    SiteError,
    SiteTotals,
    Thresholds,
    cell_range,
    divergences,
    site_totals,
)
from smartbms_gui.device.site import simulated_site as make_simulated_site
from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.bridge_switch import BridgeSwitch
from smartbms_gui.views.line_fit import line_width, move_widgets
from smartbms_gui.views.overview import format_current, format_energy_wh, format_power
from smartbms_gui.views.site_connections import SiteConnections
from smartbms_gui.views.site_overlay import SiteOverlay
from smartbms_gui.views.site_pack_card import SitePackCard
from smartbms_gui.views.site_pack_dialog import AddPackDialog
from smartbms_gui.views.site_settings_view import SiteSettingsView
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.widgets.outlined_frame import OutlinedFrame

REFRESH_MS = 250  # at most four redraws a second, whatever the packs stream
CARD_WIDTH = 260  # the narrowest a card reads well (or its own minimum); the columns follow the width


class TotalTile(OutlinedFrame):
    """A caption over a large value."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, radius=4.0)
        self.setObjectName("siteTotal")
        self.caption = QLabel(caption, self)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setToolTip(tooltip)
        self.setAccessibleName(caption)

    def set_text(self, text: str) -> None:
        if self.value.text() != text:
            self.value.setText(text)
            self.setAccessibleDescription(text)


class SitePage(QWidget):
    """Signals: `packChosen(key)` (show this pack on the other pages), `status(text)` (for the status bar)."""

    packChosen = Signal(str)
    status = Signal(str)

    def __init__(self, connections: SiteConnections, parent: QWidget | None = None, *,
                 list_serial_ports=None) -> None:
        super().__init__(parent)
        self.connections = connections
        self.list_serial_ports = list_serial_ports
        self.cards: dict[str, SitePackCard] = {}
        self._dirty = True
        self._columns = 0
        self._warnings_shown: list[str] | None = None
        self.last_refresh_ms = 0.0
        self.refresh_times_ms: list[float] = []  # kept for the benchmark (bounded)

        self.title = QLabel(self)
        self.title.setObjectName("siteName")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setToolTip(self.tr("Give the site a name"))
        self.rename_button.clicked.connect(self._rename_site)
        self.add_button = QPushButton(self.tr("&Add pack…"), self)
        self.add_button.setToolTip(self.tr("Add a pack: a Bluetooth module, a USB serial cable or a "
                                           "simulator"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.simulated_button = QPushButton(self.tr("Simulated site…"), self)
        self.simulated_button.setToolTip(self.tr("Replace the site with N simulated packs that differ a "
                                                 "little"))
        self.simulated_button.clicked.connect(self._ask_simulated_site)
        self.connect_all_button = QPushButton(self.tr("Connect all"), self)
        self.connect_all_button.setToolTip(self.tr("Connect every pack that needs no PIN typed in"))
        self.connect_all_button.clicked.connect(lambda: self.connections.connect_all())
        self.disconnect_all_button = QPushButton(self.tr("Disconnect all"), self)
        self.disconnect_all_button.clicked.connect(self._disconnect_all)
        self.switch = None  # the window's BridgeSwitch, when the pages can show a pack (set_switch)
        self.shown_label = QLabel(self.tr("Other pages show:"), self)
        self.shown = QComboBox(self)
        self.shown.setToolTip(self.tr("Which battery Overview, Battery details, Settings, Plots and the "
                                      "other pages show: the window's own connection or one pack of the "
                                      "site"))
        self.shown.activated.connect(self._shown_chosen)
        self.shown_label.hide()
        self.shown.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.rename_button)
        top.addStretch(1)
        top.addWidget(self.shown_label)
        top.addWidget(self.shown)
        self.actions = (self.add_button, self.simulated_button, self.connect_all_button,
                        self.disconnect_all_button)
        for button in self.actions:
            top.addWidget(button)
        # where the actions go when the header's one line is too narrow for them (`_fit_header`)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch(1)
        self.top_row = top

        self.totals: dict[str, TotalTile] = {}
        totals_row = QHBoxLayout()
        for key, caption, tip in (
                ("soc", self.tr("Site SoC"), self.tr("The packs' SoC weighted by their capacity")),
                ("stored", self.tr("Stored energy"), self.tr("The energy stored in the online packs")),
                ("power", self.tr("Power"), self.tr("Into the site when positive")),
                ("current", self.tr("Current"), self.tr("The sum of the packs' battery currents")),
                ("online", self.tr("Packs online"), self.tr("Packs with a live link and fresh values"))):
            tile = TotalTile(caption, tip, self)
            self.totals[key] = tile
            totals_row.addWidget(tile)
        self.totals_note = QLabel("", self)
        self.totals_note.setObjectName("totalsNote")
        self.totals_note.setWordWrap(True)
        self.totals_note.hide()

        self.warnings_box = OutlinedFrame(self, filled=False, radius=4.0)
        self.warnings_box.setObjectName("siteWarnings")
        self.warnings_box.setAccessibleName(self.tr("Warnings about the packs"))
        self.warnings_layout = QVBoxLayout(self.warnings_box)
        self.warnings_layout.setContentsMargins(8, 6, 8, 6)
        self.warnings_layout.setSpacing(2)
        self.warning_rows: list[tuple[QWidget, QLabel, QLabel]] = []  # (row, icon, text), reused
        self.soc_limit = QDoubleSpinBox(self)
        self.soc_limit.setRange(0.5, 100.0)
        self.soc_limit.setDecimals(1)
        self.soc_limit.setSingleStep(1.0)
        self.soc_limit.setSuffix(" %")
        self.soc_limit.setToolTip(self.tr("Warn when two packs' SoC are further apart than this"))
        self.volt_limit = QDoubleSpinBox(self)
        self.volt_limit.setRange(0.01, 100.0)
        self.volt_limit.setDecimals(2)
        self.volt_limit.setSingleStep(0.05)
        self.volt_limit.setSuffix(" V")
        self.volt_limit.setToolTip(self.tr("Warn when two packs' voltages are further apart than this"))
        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("Warn when the packs differ by more than:"), self))
        limits.addWidget(QLabel(self.tr("SoC"), self))
        limits.addWidget(self.soc_limit)
        limits.addWidget(QLabel(self.tr("voltage"), self))
        limits.addWidget(self.volt_limit)
        limits.addStretch(1)
        self.warnings_layout.addLayout(limits)
        self._show_thresholds(connections.site.thresholds)
        self.soc_limit.valueChanged.connect(self._thresholds_edited)
        self.volt_limit.valueChanged.connect(self._thresholds_edited)

        self.cards_host = QWidget(self)
        self.cards_grid = QGridLayout(self.cards_host)
        self.cards_grid.setContentsMargins(0, 0, 0, 0)
        self.cards_grid.setSpacing(8)
        self.empty_note = QLabel(self.tr("No packs yet. Add the packs of this site with \"Add pack…\", or "
                                         "try a simulated site."), self.cards_host)
        self.empty_note.setWordWrap(True)
        # an empty page says so in the middle, with room around it, not as a line in its corner
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        space = tokens.SPACE["xxl"]
        self.empty_note.setMargin(space)
        self.empty_note.setMinimumHeight(6 * space)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns fit
        scroll.setWidget(self.cards_host)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(self.actions_row)
        layout.addLayout(totals_row)
        layout.addWidget(self.totals_note)
        layout.addWidget(self.warnings_box)
        self.settings_view = SiteSettingsView(connections, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Packs"))
        self.tabs.addTab(self.settings_view, self.tr("Settings compared"))
        self.tabs.setTabToolTip(1, self.tr("The settings of all packs side by side; copy one pack's "
                                           "settings to the others"))
        self.overlay = SiteOverlay(connections, self)
        self.tabs.addTab(self.overlay, self.tr("Overlay"))
        self.tabs.setTabToolTip(2, self.tr("One quantity of every pack in one plot"))
        layout.addWidget(self.tabs, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._flush)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._schedule)
        self._age_timer.start()
        connections.add_live_listener(self._schedule)
        connections.packStateChanged.connect(self._on_pack_state)
        connections.packsChanged.connect(self._rebuild_cards)
        connections.siteChanged.connect(self._on_site_changed)
        connections.packError.connect(self._schedule)
        theme.theme_changed().connect(self._restyle)
        self._restyle()
        self._rebuild_cards()
        self._on_site_changed(connections.site)

    # ------------------------------------------------------------------ building

    def _rebuild_cards(self) -> None:
        site = self.connections.site
        for key in [k for k in self.cards if k not in self.connections.packs]:
            card = self.cards.pop(key)
            self.cards_grid.removeWidget(card)
            card.deleteLater()
        for entry in site.packs:
            if entry.key not in self.cards:
                card = SitePackCard(entry, self.cards_host)
                card.connectRequested.connect(self._connect_pack)
                card.disconnectRequested.connect(self.connections.disconnect_pack)
                card.renameRequested.connect(self._rename_pack)
                card.removeRequested.connect(self._remove_pack)
                card.moveRequested.connect(self._move_pack)
                card.showRequested.connect(self.packChosen)
                card.set_needs_pin(self.connections.packs[entry.key].needs_pin)
                self.cards[entry.key] = card
        self._columns = 0
        self._lay_out_cards()
        self._dirty = True
        self.refresh_now()

    def _lay_out_cards(self) -> None:
        width = max(1, self.scroll.viewport().width())
        spacing = self.cards_grid.spacing()
        cards = list(self.cards.values())
        least = [card.minimumSizeHint() for card in cards]  # once a redraw: the cards' texts change
        card_width = max([CARD_WIDTH] + [size.width() for size in least])
        columns = max(1, min(4, (width + spacing) // (card_width + spacing)))
        if columns == self._columns and self.cards_grid.count() == len(self.cards) + 1:
            self._size_bars(cards, least)
            return
        self._columns = columns
        while self.cards_grid.count():
            self.cards_grid.takeAt(0)
        site = self.connections.site
        for n, entry in enumerate(site.packs):
            card = self.cards[entry.key]
            card.set_position(n, len(site.packs))
            self.cards_grid.addWidget(card, n // columns, n % columns)
        rows = (len(site.packs) + columns - 1) // columns
        self.cards_grid.addWidget(self.empty_note, rows, 0, 1, columns, Qt.AlignmentFlag.AlignTop)
        self.empty_note.setVisible(not site.packs)
        for c in range(4):
            self.cards_grid.setColumnStretch(c, 1 if c < columns else 0)
        # The cards' rows take the page's height (their cell bars grow with it); the row below them
        # takes only what the cards cannot (the empty site's note). The grid's row count never falls,
        # so rows that held cards before have their stretch taken back too.
        for r in range(max(rows + 1, self.cards_grid.rowCount())):
            self.cards_grid.setRowStretch(r, 100 if r < rows else 0)
        self.cards_grid.setRowStretch(rows, 1)
        self._size_bars(cards, least)

    def _size_bars(self, cards: list[SitePackCard], least: list[QSize]) -> None:
        """The cards' cell bars ask for no height while every card fits the page without them: they take
        what is left over (eight cards at 1366×768 all on the screen). When the cards need scrolling
        anyway, each card keeps bars two lines tall. `least`: each card's minimum size now."""
        if not cards or not self._columns:
            return
        rows = (len(cards) + self._columns - 1) // self._columns
        bare = max(size.height() - card.cell_bars.minimumHeight() for card, size in zip(cards, least))
        fits = rows * bare + (rows - 1) * self.cards_grid.spacing() <= self.scroll.viewport().height()
        bars = 0 if fits else 2 * cards[0].cell_bars.fontMetrics().height()
        for card in cards:
            if card.cell_bars.minimumHeight() != bars:
                card.cell_bars.setMinimumHeight(bars)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_header()
        self._lay_out_cards()

    def header_lines(self) -> int:
        """1: the actions share the title's line; 2: they have a line of their own below it."""
        return 2 if self.actions_row.indexOf(self.add_button) >= 0 else 1

    def _fit_header(self) -> None:
        """The title, the pages' choice and the four actions on one line where they fit; else the actions
        go to a line of their own (Dutch at 1280 px, any language at the window's smallest size, a long
        site name): squeezed into one line they cut the title and each other off."""
        top = self.top_row
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        lines = 1 if line_width(top, plus=self.actions) <= room else 2
        if lines == self.header_lines():
            return
        source, target = (self.actions_row, top) if lines == 1 else (top, self.actions_row)
        move_widgets(self.actions, source, target)

    def _restyle(self, *_args) -> None:
        self._warnings_shown = None  # the icons are drawn in the theme's colours
        self._warning_style = None
        self._schedule()

    # ------------------------------------------------------------------ refreshing

    def _schedule(self, *_args) -> None:
        if self._dirty and self._refresh_timer.isActive():
            return  # the common case, per stream record: a redraw is already due
        self._dirty = True
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _flush(self) -> None:
        if self.isVisible() and self._dirty:
            self.refresh_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._lay_out_cards()
        self._schedule()

    def _on_pack_state(self, key: str, _state) -> None:
        card = self.cards.get(key)
        pack = self.connections.packs.get(key)
        if card is not None and pack is not None and pack.entry.link.kind == "ble":
            card.set_needs_pin(pack.needs_pin)
        self._schedule()

    def refresh_now(self) -> None:
        """Redraw from the packs' live models now (tests, screenshots, the benchmark)."""
        start = time.perf_counter()
        self._dirty = False
        connections = self.connections
        snaps = connections.snapshots()
        totals = site_totals(snaps)
        warnings = divergences(snaps, connections.site.thresholds)
        warned = {key for w in warnings for key in w.packs}
        volts = cell_range(snaps)
        for snap in snaps:
            pack = connections.packs[snap.key]
            card = self.cards.get(snap.key)
            if card is not None:
                card.show_pack(snap, pack.state, error=pack.last_error, warned=snap.key in warned,
                               cell_range=volts)
        self._show_totals(totals)
        self._show_warnings(warnings, agree=totals.online > 1)
        # a card's values can make it wider than when the columns were counted ("–" became "Allowed",
        # longer in some languages): count again, or the last column would be cut off at the right
        self._lay_out_cards()
        self.last_refresh_ms = (time.perf_counter() - start) * 1000.0
        self.refresh_times_ms.append(self.last_refresh_ms)
        if len(self.refresh_times_ms) > 5000:
            del self.refresh_times_ms[:1000]

    def _show_totals(self, totals: SiteTotals) -> None:
        soc = totals.soc_pct
        self.totals["soc"].set_text("–" if soc is None else i18n.format_quantity(soc, "%", 0))
        self.totals["stored"].set_text(format_energy_wh(totals.stored_wh))
        self.totals["power"].set_text(format_power(totals.power_w))
        self.totals["current"].set_text(format_current(totals.current_a))
        self.totals["online"].set_text(self.tr("{0} of {1}").format(totals.online, totals.packs))
        note = self.totals_text(totals)
        if note != self.totals_note.text():
            self.totals_note.setText(note)
            self.totals_note.setVisible(bool(note))

    def totals_text(self, totals: SiteTotals) -> str:
        """What the totals leave out, in words ("" when nothing)."""
        names = {entry.key: entry.name for entry in self.connections.site.packs}
        notes = []
        if totals.soc_basis == "equal" and totals.unknown_capacity:
            notes.append(self.tr("Site SoC is the plain mean: the capacity of {0} is not known.").format(
                ", ".join(names.get(k, k) for k in totals.unknown_capacity)))
        if totals.missing and totals.packs:
            notes.append(self.tr("Left out of the totals: {0}.").format(
                ", ".join(names.get(k, k) for k in totals.missing)))
        return " ".join(notes)

    def _show_warnings(self, warnings: list[Divergence], *, agree: bool = True) -> None:
        """One line per warning (rows are reused: the texts change with every value); with no
        warning, a line that the packs agree (when there are two online packs to compare)."""
        texts = [translate_message(w.message) for w in warnings]
        if texts == self._warnings_shown and agree == getattr(self, "_agree_shown", None):
            return
        self._warnings_shown, self._agree_shown = texts, agree
        if texts:
            style, shown = theme.WARNING_STYLE, texts
        else:
            style = theme.relay_style(True)
            shown = [self.tr("The packs agree: no divergence over the limits.")] if agree else []
        while len(self.warning_rows) < len(shown):
            row = QWidget(self.warnings_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            label = QLabel(row)
            label.setObjectName("siteWarning")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            line.addWidget(icon)
            line.addWidget(label, 1)
            self.warnings_layout.insertWidget(len(self.warning_rows), row)
            self.warning_rows.append((row, icon, label))
        if style is not getattr(self, "_warning_style", None):
            self._warning_style = style
            pixmap = theme.status_pixmap(style.icon, style.colour, self.fontMetrics().height(),
                                         self.devicePixelRatioF())
            for _row, icon, _label in self.warning_rows:
                icon.setPixmap(pixmap)
            self.warnings_box.set_border(theme.WARNING_STYLE.colour if texts else None, 2.0 if texts else 1.0)
        for n, (row, icon, label) in enumerate(self.warning_rows):
            if n < len(shown):
                if icon.pixmap().isNull():
                    icon.setPixmap(theme.status_pixmap(style.icon, style.colour, self.fontMetrics().height(),
                                                       self.devicePixelRatioF()))
                if label.text() != shown[n]:
                    label.setText(shown[n])
            row.setVisible(n < len(shown))

    def warning_texts(self) -> list[str]:
        """The divergence warnings shown now (tests)."""
        return list(self._warnings_shown or [])

    # ------------------------------------------------------------------ site edits

    # ------------------------------------------------------------------ the pack the other pages show

    def set_switch(self, switch) -> None:
        """Let the page choose what the main pages show (`views/bridge_switch.BridgeSwitch`)."""
        self.switch = switch
        self.shown_label.setVisible(switch is not None)
        self.shown.setVisible(switch is not None)
        if switch is not None:
            switch.targetChanged.connect(self._fill_shown)
            self.connections.packsChanged.connect(self._pack_gone)
        self._fill_shown()
        self._fit_header()

    def _fill_shown(self, *_args) -> None:
        if self.switch is None:
            return
        self.shown.clear()
        self.shown.addItem(self.tr("This window's connection"), "")
        for entry in self.connections.site.packs:
            self.shown.addItem(entry.name, entry.key)
        key = next((p.key for p in self.connections.ordered() if p.bridge is self.switch.target), "")
        self.shown.setCurrentIndex(max(0, self.shown.findData(key)))

    def _shown_chosen(self, _index: int) -> None:
        self.show_pack_on_pages(self.shown.currentData() or None)

    def show_pack_on_pages(self, key: str | None) -> None:
        """The main pages show pack `key` (None: the window's own connection)."""
        if self.switch is None:
            return
        pack = self.connections.packs.get(key) if key else None
        self.switch.switch_to(pack.bridge if pack is not None else None)
        self._fill_shown()

    def _pack_gone(self) -> None:
        """A removed (or replaced) pack can no longer be shown: back to the window's connection."""
        if self.switch is not None and not self.switch.showing_own and \
                all(p.bridge is not self.switch.target for p in self.connections.ordered()):
            self.switch.switch_to(None)
        self._fill_shown()

    def _on_site_changed(self, site) -> None:
        self.title.setText(site.name or self.tr("Site"))
        self._fill_shown()
        self._fit_header()
        for entry in site.packs:
            card = self.cards.get(entry.key)
            if card is not None:
                card.set_entry(entry)
        self._show_thresholds(site.thresholds)
        self._schedule()

    def _show_thresholds(self, thresholds: Thresholds) -> None:
        pairs = ((self.soc_limit, thresholds.soc_spread_pct), (self.volt_limit, thresholds.voltage_spread_v))
        for box, value in pairs:
            if abs(box.value() - value) > 1e-9:
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)

    def _thresholds_edited(self, *_args) -> None:
        old = self.connections.site.thresholds
        try:
            thresholds = Thresholds(self.soc_limit.value(), self.volt_limit.value(), old.offline_after_s)
        except SiteError as exc:
            self.status.emit(translate_message(exc.args[0]))
            return
        self.connections.set_thresholds(thresholds)

    def _connect_pack(self, key: str, pin: str, remember: bool) -> None:
        self.connections.connect_pack(key, pin or None, remember_pin=remember)
        self._schedule()

    def _disconnect_all(self) -> None:
        import asyncio

        asyncio.ensure_future(self.connections.disconnect_all())

    def open_add_dialog(self) -> AddPackDialog:
        dialog = AddPackDialog(self.connections.site, self, list_serial_ports=self.list_serial_ports)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        dialog.open()
        self._dialog = dialog
        return dialog

    def _add_from(self, dialog: AddPackDialog) -> None:
        link = dialog.link()
        if link is None:
            return
        try:
            self.connections.add_pack(link, dialog.name())
        except SiteError as exc:
            self.status.emit(translate_message(exc.args[0]))

    def _rename_pack(self, key: str) -> None:
        entry = self.connections.site.pack(key)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename the pack"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.setTextValue(entry.name)
        dialog.textValueSelected.connect(lambda text: self._renamed(key, text))
        dialog.open()
        self._dialog = dialog

    def _renamed(self, key: str, text: str) -> None:
        try:
            self.connections.rename_pack(key, text)
        except SiteError as exc:
            self.status.emit(translate_message(exc.args[0]))

    def _rename_site(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename the site"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.setTextValue(self.connections.site.name)
        dialog.textValueSelected.connect(self.connections.rename_site)
        dialog.open()
        self._dialog = dialog

    def _move_pack(self, key: str, delta: int) -> None:
        self.connections.move_pack(key, self.connections.site.index(key) + delta)

    def _remove_pack(self, key: str) -> None:
        entry = self.connections.site.pack(key)
        text = self.tr("Remove {0} from the site? Its link is closed; its recordings stay.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the pack"), text.format(entry.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        theme.without_button_icons(box)
        box.accepted.connect(lambda: self.connections.remove_pack(key))
        box.open()
        self._dialog = box

    def _ask_simulated_site(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Simulated site"))
        dialog.setLabelText(self.tr("Simulated packs (they replace the packs of this site):"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 16)
        dialog.setIntValue(max(2, len(self.connections.site.packs)) if self.connections.site.packs else 4)
        dialog.intValueSelected.connect(self.start_simulated_site)
        dialog.open()
        self._dialog = dialog

    def start_simulated_site(self, count: int, *, cells: int = 16):
        """Replace the site with `count` simulated packs and connect them all (returns the task)."""
        import asyncio

        # named in the window's language (the name is the user's from then on, kept as it is)
        site = make_simulated_site(count, cells=cells, name=self.tr("Simulated site"))
        site = site.with_thresholds(self.connections.site.thresholds)

        async def run() -> None:
            await self.connections.replace_site(site)
            self.connections.connect_all()

        return asyncio.ensure_future(run())



def site_from_preferences(data: object) -> tuple[Site, str]:
    """The remembered site, and a (translated) note when it could not be read (then an empty site:
    the damaged entry is replaced only when the user edits the site)."""
    if not data:
        return Site(), ""
    try:
        return Site.from_dict(data), ""  # type: ignore[arg-type]
    except SiteError as exc:
        text = QCoreApplication.translate("SitePage", "The remembered site could not be read: {0}")
        return Site(), text.format(translate_message(exc.args[0] if exc.args else exc))


def _pages_follow(window, page: SitePage, bridge) -> None:
    """After the pages moved to another battery: the Plots page's live history was the previous
    one's; the status bar says which battery the pages show."""
    plots = getattr(window, "plots", None)
    if plots is not None:
        plots.live_data.clear()
        plots.redraw()
    pack = next((p for p in page.connections.ordered() if p.bridge is bridge), None)
    if pack is None:
        text = QCoreApplication.translate("SitePage", "The pages show this window's connection.")
    else:
        text = QCoreApplication.translate("SitePage", "The pages show {0} of the site.")
        text = text.format(pack.entry.name)
    window.statusBar().showMessage(text, 10000)


def site_page_for(window) -> SitePage:
    """The Site page of the main window: the site remembered in its preferences, stored again after
    every edit; its messages go to the window's status bar."""
    site, problem = site_from_preferences(window.prefs.site)
    options = dict(getattr(window.bridge, "session_options", {}) or {})
    connections = SiteConnections(site, window, record=getattr(window.bridge, "record", True),
                                  recordings_folder=getattr(window.bridge, "recordings_folder", None),
                                  **options)
    page = SitePage(connections, window, list_serial_ports=window.list_serial_ports)

    def remember(changed: Site) -> None:
        window.prefs.site = changed.to_dict()
        window.save_preferences()

    connections.siteChanged.connect(remember)
    page.status.connect(lambda text: window.statusBar().showMessage(text, 10000))
    switch = window.bridge if isinstance(window.bridge, BridgeSwitch) else None
    if switch is not None:
        page.set_switch(switch)
        # The connection bar always acts on the window's own connection: connected before the
        # window's own slot (the pages are built before the bar is wired), so this runs first.
        window.connection_bar.connectRequested.connect(lambda *_args: switch.switch_to(None))
        switch.targetChanged.connect(lambda bridge: _pages_follow(window, page, bridge))
        page.packChosen.connect(lambda key: (page.show_pack_on_pages(key), window.show_page("overview")))
    else:
        page.packChosen.connect(lambda _key: page.status.emit(QCoreApplication.translate(
            "SitePage", "Start the app normally to show a pack on the other pages.")))
    if problem:
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(problem, 15000))
    return page
