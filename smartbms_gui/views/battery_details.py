"""Battery details: every cell (voltage, temperature, state), lowest/highest/spread, the five warning lights.

Cells are painted by one `CellGrid` (tiles, or a heat map shaded by voltage), so a 255-cell pack
updates without creating widgets. What the cells show is worked out in `pack_cells.picture`: the
BMS's own lowest/highest records win over per-cell values that are older, and a broken cell-board
link is named. Each lit warning light comes with what it means and what to check. Nothing here
reads as an all-clear without data behind it: before any data the page says so, and old data is
greyed and marked with its age.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import preferences as app_prefs
from smartbms_gui.protocol.status import WarningLight
from smartbms_gui.views import translator as i18n
from smartbms_gui.views.live_page import LivePage
from smartbms_gui.views.pack_cells import LinkBreakWatch, PackPicture, picture
from smartbms_gui.views.widgets import colors
from smartbms_gui.views.widgets.cell_grid import STATE_OUT, CellGrid, CellScrollArea
from smartbms_gui.views.widgets.stale_note import StaleNote, age_text
from smartbms_gui.views.widgets.value_tile import format_age
from smartbms_gui.views.widgets.warning_lights import LIGHTS, WarningLights


def _t(text: str) -> str:
    return QCoreApplication.translate("WarningLights", text)


# What each light means and what to check, after the manual's "Battery details" and FAQ (own words).
def light_texts() -> dict[str, tuple[str, str, str]]:
    """key → (title, meaning, what to check)."""
    return {
        "E": (_t("E — cell communication error"),
              _t("The BMS lost contact with one or more cell boards. Both relays open."),
              _t("Look at the green LEDs along the cells: where they stop flashing, the data link is broken. "
                 "Check the interconnection cable into that board and out of the one before it (gently, fully "
                 "inserted); if the cables are fine, replace that cell board.")),
        "VH": (_t("Vh — a cell is above V max"),
               _t("At least one cell voltage is at or above V max. The charge relay opens to stop the chargers."),
               _t("Check that the charger / MPPT absorption and float voltages suit the pack, and that V bypass "
                  "is below V max so balancing can catch the high cell. A cell that always runs high may be "
                  "weaker than the rest.")),
        "VL": (_t("Vl — a cell is below V min"),
               _t("At least one cell voltage is at or below V min. The load relay opens to stop the consumers."),
               _t("Recharge the pack. If one cell is low while the others are fine, check that cell's bolts and "
                  "busbar and its capacity; a load that is not switched by the load relay drains the pack "
                  "further.")),
        "TH": (_t("Th — a cell is above T max"),
               _t("At least one cell is hotter than T max. Both relays open."),
               _t("A balancing cell board reads warm (its bypass resistor heats the sensor), so first check "
                  "whether the hot cell is balancing. Otherwise check loose or dirty busbar connections, "
                  "ventilation, and the current against the cells' rating.")),
        "TL": (_t("Tl — a cell is below T min"),
               _t("At least one cell is colder than T min. Both relays open."),
               _t("Warm the battery space before charging: LiFePO4 must not be charged below 0 °C. Check that "
                  "T min suits your cells.")),
    }


LIGHT_ORDER = tuple(key for key, _letter in LIGHTS)


class BatteryDetailsPage(LivePage):
    open_switches = Signal()

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        texts = light_texts()
        self.lights = WarningLights({k: f"{t}\n{m}" for k, (t, m, _c) in texts.items()})
        self.lights.lampClicked.connect(self._explain)
        self.lights.setToolTip(self.tr("The five warning lights; a lit light is red, filled and marked '!'"))

        self.received = QLabel("")
        self.received.setObjectName("cellsReceived")
        self.received.setToolTip(self.tr("Over the serial cable the BMS reports one cell per message, so a "
                                          "large pack needs a while before every cell has been seen"))
        self.summary = QLabel("–")
        self.summary.setObjectName("cellSummary")
        self.summary.setWordWrap(True)
        self.summary.setToolTip(self.tr("Lowest and highest cell, and the spread between them (max − min), "
                                        "as the BMS reports them with every message"))

        self.tiles_button = QRadioButton(self.tr("&Tiles"))
        self.tiles_button.setToolTip(self.tr("One tile per cell with voltage, temperature and state"))
        self.heatmap_button = QRadioButton(self.tr("&Heat map"))
        self.heatmap_button.setToolTip(self.tr("A small square per cell, shaded by its voltage: the whole "
                                               "pack at a glance"))
        self.tiles_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.tiles_button)
        group.addButton(self.heatmap_button)
        self.heatmap_button.toggled.connect(self.set_heatmap)

        top = QHBoxLayout()
        top.addWidget(self.lights)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.received)
        top.addSpacing(12)
        top.addWidget(self.tiles_button)
        top.addWidget(self.heatmap_button)

        self.stale_note = StaleNote()

        self.grid = CellGrid()
        self.scroll = CellScrollArea(self.grid)

        body = QHBoxLayout()
        body.addWidget(self.scroll, 1)
        body.addWidget(self._build_side())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stale_note)
        layout.addLayout(body, 1)
        self._focus_light: str | None = None
        self._break_watch = LinkBreakWatch()
        self._attention: set[int] = set()
        self.pack = PackPicture()
        self.refresh_now()

    def _build_side(self) -> QFrame:
        """The explanation panel: what the lit lights mean, then how to read the cells. It scrolls, so
        a long (translated) text is never cut."""
        # Plain word-wrapped labels: the scroll area sizes its content by height-for-width.
        self.explain_title = QLabel()
        self.explain_title.setWordWrap(True)
        self.explain_title.setObjectName("explainTitle")
        font = self.explain_title.font()
        font.setBold(True)
        self.explain_title.setFont(font)
        self.explain_body = QLabel()
        self.explain_body.setWordWrap(True)
        self.explain_body.setObjectName("explainBody")
        self.explain_body.setTextFormat(Qt.TextFormat.RichText)
        self.explain_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explain_body.setToolTip(self.tr("What the lit warning lights mean and what to check"))

        self.legend_toggle = QToolButton()
        self.legend_toggle.setText(self.tr("How to read the cells"))
        self.legend_toggle.setCheckable(True)
        self.legend_toggle.setChecked(True)
        self.legend_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.legend_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.legend_toggle.setAutoRaise(True)
        self.legend_toggle.setToolTip(self.tr("Show or hide what the colours and marks of the cells mean"))
        self.legend_toggle.toggled.connect(self._show_legend)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("cellLegend")
        self.legend.setToolTip(self.tr("How to read the cells"))

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 4, 0)
        content_layout.addWidget(self.explain_title)
        content_layout.addWidget(self.explain_body)
        content_layout.addSpacing(6)
        content_layout.addWidget(self.legend_toggle)
        content_layout.addWidget(self.legend)
        content_layout.addStretch(1)
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setWidget(content)

        self.vbypass_link = QPushButton(self.tr("Change V bypass (switches)…"))
        self.vbypass_link.setToolTip(self.tr("V bypass is set with option switches 2, 6 and 7 on the IN board; "
                                             "the Switches page shows how"))
        self.vbypass_link.clicked.connect(self.open_switches)
        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.panel_scroll, 1)
        side_layout.addWidget(self.vbypass_link)
        side.setFixedWidth(max(280, self.fontMetrics().horizontalAdvance("x") * 44))
        side.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._update_legend()
        return side

    # -- modes ----------------------------------------------------------------------------------
    def set_heatmap(self, on: bool) -> None:
        self.grid.set_mode("heatmap" if on else "tiles")
        if self.heatmap_button.isChecked() != on:
            (self.heatmap_button if on else self.tiles_button).setChecked(True)
        self._update_legend()
        self._reshow_attention()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reshow_attention()

    def _reshow_attention(self) -> None:
        """After a change of layout (mode, page shown), scroll to the cell that needs attention again,
        once the grid has its new geometry."""
        self._attention = set()
        QTimer.singleShot(0, self, lambda: self._bring_into_view(self.pack))

    def _show_legend(self, shown: bool) -> None:
        self.legend.setVisible(shown)
        self.legend_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_legend(self) -> None:
        if self.grid.mode == "heatmap":
            text = self.tr(
                "Each square is shaded by its cell's voltage: light blue = the lowest of the pack, dark blue "
                "= the highest (the scale is above the squares). Yellow stripes = balancing; red with a "
                "thick border and <b>!</b> = out of range; grey hatched = no recent value; ▼ lowest and ▲ "
                "highest cell.")
        else:
            text = self.tr(
                "<b>Colours</b>: green <b>OK</b> = in range; yellow striped <b>BAL</b> = balancing (above V "
                "bypass, the board burns 1 A); red with a thick border <b>OUT !</b> = above V max or below V "
                "min, or outside T min … T max (the value that is out is marked <b>!</b>); plain and greyed "
                "<b>old</b> = overtaken by the BMS's lowest/highest (its new value is on its way), <b>no data</b> = "
                "no recent value; ▼ lowest and ▲ highest cell.")
        self.legend.setText(text + "<br><br>" + self.tr(
            "A cell that is balancing reads <b>warm</b>: its bypass resistor heats the temperature sensor, "
            "so the real cell is cooler than shown."))

    def show_cell(self, number: int) -> None:
        """Bring cell `number` into view and outline it for a few seconds (the Events page's link)."""
        self.grid.set_focus_cell(number)
        index = number - 1
        if 0 <= index < len(self.grid.cells):
            rect = self.grid.tile_rect(index)
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()),
                                      int(rect.width()), int(rect.height()))
        if not hasattr(self, "_focus_timer"):  # the page's own timer: it goes with the page
            self._focus_timer = QTimer(self)
            self._focus_timer.setSingleShot(True)
            self._focus_timer.setInterval(8000)
            self._focus_timer.timeout.connect(self._end_cell_focus)
        self._focus_timer.start()

    def _end_cell_focus(self) -> None:
        self.grid.set_focus_cell(None)

    def _explain(self, key: str) -> None:
        self._focus_light = key
        self._show_explanation()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self, changed: frozenset) -> None:
        live, units = self.live, self.units
        self.grid.temperature_text = lambda c: app_prefs.format_temperature(c, units)
        pack = picture(live, self.now(), self._break_watch)
        self.pack = pack
        ext = pack.extremes
        if not pack.has_data:
            self.grid.empty_text = self.tr("No data yet — connect to a battery")
        else:
            self.grid.empty_text = self.tr("Waiting for the first cell…")
        self.grid.set_cells(pack.tiles, ext.lowest, ext.highest)
        self._bring_into_view(pack)

        lit = {light.name: bool(on) for light, on in live.lights.items()}
        known = live.updated_at("status1") is not None
        self.lights.set_lights(lit, stale=pack.stale, known=known)

        count = live.cell_count or len(live.cells)
        received = live.cells_received
        if count and received < count:
            self.received.setText(self.tr("Cells received {0}/{1}").format(received, count))
        elif count:
            self.received.setText(self.tr("{0} cells").format(count))
        else:
            self.received.setText(self.tr("No cells yet"))

        self.summary.setText(self._summary_text(pack))
        grey = colors.stale_text_on(self.palette().window().color()).name()
        colors.set_text_colour(self.summary, grey if pack.stale else None)
        self.stale_note.show_age(pack.age_s, pack.stale and pack.has_data)
        self._show_explanation()

    def _bring_into_view(self, pack: PackPicture) -> None:
        """Scroll to a cell that has just gone out of range (or to the first cell after a break), so the
        red tile of a large pack is on screen when its light comes on; only when it is new."""
        attention = {t.number for t in pack.tiles if t.state == STATE_OUT and not t.stale}
        if pack.break_after is not None and pack.silent:
            attention.add(pack.silent[0])
        new = attention - self._attention
        self._attention = attention
        if new:
            rect = self.grid.tile_rect(min(new) - 1)
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()),
                                      int(rect.width()), int(rect.height()))

    def _summary_text(self, pack: PackPicture) -> str:
        ext, units = pack.extremes, self.units
        parts = []
        if ext.lowest_v is not None:
            parts.append(self.tr("▼ lowest {0} {1}").format(self._cell_name(ext.lowest),
                                                            i18n.format_quantity(ext.lowest_v, "V", 3)))
        if ext.highest_v is not None:
            parts.append(self.tr("▲ highest {0} {1}").format(self._cell_name(ext.highest),
                                                             i18n.format_quantity(ext.highest_v, "V", 3)))
        if ext.spread_v is not None:
            parts.append(self.tr("spread {0} mV").format(i18n.format_number(ext.spread_v * 1000, 0)))
        if ext.temp_low_c is not None and ext.temp_high_c is not None:
            parts.append(self.tr("temperature {0} … {1}").format(
                app_prefs.format_temperature(ext.temp_low_c, units),
                app_prefs.format_temperature(ext.temp_high_c, units)))
        if not parts:
            return "–"
        # A narrow window wraps the line between the parts, never inside one ("+21 | °C … +23 °C")
        text = "   ".join(part.replace(" ", "\u00a0") for part in parts)
        if pack.stale and pack.age_s is not None:
            text += "   " + age_text(pack.age_s)
        return text

    @staticmethod
    def _cell_name(number: int | None) -> str:
        return "" if number is None else f"#{int(number):03d}"

    def _cell_range(self, numbers: list[int]) -> str:
        if len(numbers) == 1:
            return self._cell_name(numbers[0])
        return f"{self._cell_name(numbers[0])}–{self._cell_name(numbers[-1])}"

    def _show_explanation(self) -> None:
        texts = light_texts()
        pack = self.pack
        lit = self.lights.lit()
        keys = [k for k in LIGHT_ORDER if k in lit]
        html = []
        age = format_age(pack.age_s or 0.0)
        if not pack.has_data:
            title = self.tr("No data yet — connect to a battery")
            html.append("<p>" + escape(self.tr(
                "The warning lights and the cells are shown once a battery is connected and sends its "
                "data. Click a light to read what it means.")) + "</p>")
        elif keys:
            if pack.stale:
                title = self.tr("Warning lights on when last heard, {0} ago").format(age)
            else:
                title = self.tr("Warning lights on")
            for key in keys:
                t, meaning, check = texts[key]
                extra = self._break_text() if key == "E" else ""
                html.append(f"<p><b>{escape(t)}</b><br>{escape(meaning)}{extra}<br>"
                            f"<i>{escape(self.tr('Check:'))}</i> {escape(check)}</p>")
        elif pack.stale:
            title = self.tr("Last known, {0} ago: no warning light was on").format(age)
            html.append("<p>" + escape(self._stale_reason()) + "</p>")
        else:
            title = self.tr("No warning lights on")
            count = len(pack.tiles)
            # an "old" tile (overtaken by the BMS's lowest/highest) did report recently
            fresh = sum(1 for t in pack.tiles if (not t.stale or t.superseded) and t.voltage_v is not None)
            if count and fresh < count:
                body = self.tr("No light is on so far; {0} of {1} cells have reported recently. "
                               "Click a light to read what it means.").format(fresh, count)
            else:
                body = self.tr("All cells report, and no cell is outside V min … V max or T min … T max. "
                               "Click a light to read what it means.")
            html.append("<p>" + escape(body) + "</p>")
        focus = self._focus_light
        if focus and focus not in keys and focus in texts:
            t, meaning, check = texts[focus]
            about, off = escape(self.tr("About this light")), escape(self.tr("off"))
            html.append(f"<p><b>{about}: {escape(t)}</b> ({off})<br>{escape(meaning)}<br>"
                        f"<i>{escape(self.tr('Check:'))}</i> {escape(check)}</p>")
        body = "".join(html)
        if (title, body) != (self.explain_title.text(), self.explain_body.text()):
            self.explain_title.setText(title)
            self.explain_body.setText(body)
            self.panel_scroll.verticalScrollBar().setValue(0)  # new news: start at the top
        grey = colors.stale_text_on(self.palette().window().color()).name()
        style = f"color: {grey};" if pack.stale else ""
        self.explain_title.setStyleSheet(style)
        self.explain_body.setStyleSheet(style)

    def _stale_reason(self) -> str:
        if not self.live.link_up:
            return self.tr("This is not live: the battery is not connected. The cells show their last "
                           "known values, greyed.")
        return self.tr("This is not live: the battery sends no new data. The cells show their last known "
                       "values, greyed.")

    def _break_text(self) -> str:
        """Where the cell-board link is broken, when the cells show it (for the E paragraph)."""
        pack = self.pack
        if pack.break_after is None or not pack.silent:
            return ""
        k = pack.break_after
        # [?] Which side of a break goes quiet on real hardware is not published; the simulator (and
        # this text) assume the cells after it, counted from cell 1.
        text = self.tr("Cells after {0} have stopped reporting ({1}): check the cable between cell "
                       "boards {0} and {2} first.").format(self._cell_name(k), self._cell_range(pack.silent),
                                                           self._cell_name(k + 1))
        return f"<br><b>{escape(text)}</b>"

    # -- for tests ------------------------------------------------------------------------------
    def lit_lights(self) -> set[str]:
        return self.lights.lit()


__all__ = ["BatteryDetailsPage", "WarningLight", "light_texts"]
