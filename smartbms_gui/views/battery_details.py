"""Battery details: every cell (voltage, temperature, state), lowest/highest/spread, the five warning lights.

Cells are painted by one `CellGrid` (tiles that reflow, or a compact heat map), so a 255-cell pack
updates without creating widgets. Each lit warning light comes with what it means and what to check.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import settings as app_settings
from smartbms_gui.protocol.status import CellState, WarningLight
from smartbms_gui.views.live_page import LivePage
from smartbms_gui.views.widgets.cell_grid import (
    STATE_BALANCING,
    STATE_OK,
    STATE_OUT,
    STATE_UNKNOWN,
    CellGrid,
    CellTile,
)
from smartbms_gui.views.widgets.warning_lights import WarningLights
from smartbms_gui.views.widgets.wrapping_label import WrappingLabel


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


_STATE = {CellState.OK: STATE_OK, CellState.BALANCING: STATE_BALANCING, CellState.OUT_OF_RANGE: STATE_OUT}


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
        self.summary.setToolTip(self.tr("Lowest and highest cell, and the spread between them (max − min)"))

        self.tiles_button = QRadioButton(self.tr("&Tiles"))
        self.tiles_button.setToolTip(self.tr("One tile per cell with voltage, temperature and state"))
        self.heatmap_button = QRadioButton(self.tr("&Heat map"))
        self.heatmap_button.setToolTip(self.tr("A small coloured square per cell: the whole pack at a glance"))
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

        self.grid = CellGrid()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setToolTip(self.grid.toolTip())

        # explanation panel on the right
        self.explain_title = QLabel()
        font = self.explain_title.font()
        font.setBold(True)
        self.explain_title.setFont(font)
        self.explain_title.setWordWrap(True)
        self.explain_body = QLabel()
        self.explain_body.setWordWrap(True)
        self.explain_body.setTextFormat(Qt.TextFormat.RichText)
        self.explain_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explain_body.setToolTip(self.tr("What the lit warning lights mean and what to check"))
        legend = WrappingLabel(self.tr(
            "<b>Colours</b>: green <b>OK</b> = in range; yellow striped <b>BAL</b> = balancing (above V bypass, "
            "the board burns 1 A); red with a thick border <b>OUT !</b> = above V max or below V min; "
            "▼ lowest and ▲ highest cell.<br><br>"
            "A cell that is balancing reads <b>warm</b>: its bypass resistor heats the temperature sensor, "
            "so the real cell is cooler than shown."))
        legend.setWordWrap(True)
        legend.setToolTip(self.tr("How to read the cells"))
        self.vbypass_link = QPushButton(self.tr("Change V bypass (switches)…"))
        self.vbypass_link.setToolTip(self.tr("V bypass is set with option switches 2, 6 and 7 on the IN board; "
                                             "the Switches page shows how"))
        self.vbypass_link.clicked.connect(self.open_switches)
        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.explain_title)
        side_layout.addWidget(self.explain_body)
        side_layout.addStretch(1)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.vbypass_link)
        side.setFixedWidth(max(280, self.fontMetrics().horizontalAdvance("x") * 44))
        side.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

        body = QHBoxLayout()
        body.addWidget(self.scroll, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._focus_light: str | None = None
        self.refresh_now()

    # -- modes ----------------------------------------------------------------------------------
    def set_heatmap(self, on: bool) -> None:
        self.grid.set_mode("heatmap" if on else "tiles")
        if self.heatmap_button.isChecked() != on:
            (self.heatmap_button if on else self.tiles_button).setChecked(True)

    def _explain(self, key: str) -> None:
        self._focus_light = key
        self._show_explanation()

    # -- data -----------------------------------------------------------------------------------
    def cell_tiles(self) -> list[CellTile]:
        live, now = self.live, self.now()
        link_stale = live.is_stale(None, now)
        # A 255-cell pack over serial takes ~128 s per round: a cell is old after two rounds (min 30 s).
        limit = max(30.0, 1.0 * len(live.cells))
        tiles = []
        for cell in live.cells:
            age = cell.age(now)
            if cell.updated_at is None or cell.voltage_v is None:
                state = STATE_UNKNOWN
            else:
                state = _STATE.get(cell.state, STATE_OK)
            tiles.append(CellTile(cell.index, cell.voltage_v, cell.temperature_c, state,
                                  stale=link_stale or (age is not None and age > limit), age_s=age))
        return tiles

    def extremes(self, tiles: list[CellTile]) -> tuple[int | None, int | None]:
        """Lowest and highest cell by the cells we hold (the V record's numbers when we hold none)."""
        known = [t for t in tiles if t.voltage_v is not None]
        if known:
            low = min(known, key=lambda t: t.voltage_v).number
            high = max(known, key=lambda t: t.voltage_v).number
            return low, high
        return self.live.get("lowest_cell"), self.live.get("highest_cell")

    def refresh(self, changed: frozenset) -> None:
        live = self.live
        units = self.units
        self.grid.temperature_text = lambda c: app_settings.format_temperature(c, units)
        tiles = self.cell_tiles()
        low, high = self.extremes(tiles)
        self.grid.set_cells(tiles, low, high)

        lit = {light.name: bool(on) for light, on in live.lights.items()}
        self.lights.set_lights(lit)

        count = live.cell_count or len(live.cells)
        received = live.cells_received
        if count and received < count:
            self.received.setText(self.tr("Cells received {0}/{1}").format(received, count))
        elif count:
            self.received.setText(self.tr("{0} cells").format(count))
        else:
            self.received.setText(self.tr("No cells yet"))

        by_number = {t.number: t for t in tiles}
        parts = []
        if low in by_number and by_number[low].voltage_v is not None:
            parts.append(self.tr("▼ lowest #{0:03d} {1:.3f} V").format(low, by_number[low].voltage_v))
        if high in by_number and by_number[high].voltage_v is not None:
            parts.append(self.tr("▲ highest #{0:03d} {1:.3f} V").format(high, by_number[high].voltage_v))
        spread = live.spread_v()
        if spread is not None:
            parts.append(self.tr("spread {0:.0f} mV").format(spread * 1000))
        temps = [t.temperature_c for t in tiles if t.temperature_c is not None]
        if temps:
            parts.append(self.tr("temperature {0} … {1}").format(
                app_settings.format_temperature(min(temps), units),
                app_settings.format_temperature(max(temps), units)))
        self.summary.setText("   ".join(parts) if parts else "–")
        self._show_explanation()

    def _show_explanation(self) -> None:
        texts = light_texts()
        lit = self.lights.lit()
        keys = [k for k in ("E", "VH", "VL", "TH", "TL") if k in lit]
        if self._focus_light and self._focus_light not in keys:
            keys.append(self._focus_light)
        if not keys:
            self.explain_title.setText(self.tr("No warning lights on"))
            count = self.live.cell_count or 0
            received = self.live.cells_received
            if count and received < count:
                body = self.tr("No light is on so far; {0} of {1} cells have reported. "
                               "Click a light to read what it means.").format(received, count)
            else:
                body = self.tr("All cells report, and no cell is outside V min … V max or T min … T max. "
                               "Click a light to read what it means.")
            self.explain_body.setText(body)
            return
        self.explain_title.setText(self.tr("Warning lights on") if lit else self.tr("About this light"))
        html = []
        for key in keys:
            title, meaning, check = texts[key]
            state = self.tr("ON") if key in lit else self.tr("off")
            html.append(f"<p><b>{title}</b> ({state})<br>{meaning}<br><i>{self.tr('Check:')}</i> {check}</p>")
        self.explain_body.setText("".join(html))

    # -- for tests ------------------------------------------------------------------------------
    def lit_lights(self) -> set[str]:
        return self.lights.lit()


__all__ = ["BatteryDetailsPage", "WarningLight", "light_texts"]
