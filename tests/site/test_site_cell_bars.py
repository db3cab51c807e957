"""The Site page's cell bars: every pack's cells on one voltage range, drawn from real simulated packs'
wire records; the cards take the page's height with them, and eight cards still fit a laptop's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from smartbms_gui.device.site import PackLink, Site, cell_range, simulated_site
from smartbms_gui.i18n import format_quantity
from smartbms_gui.protocol.status import CellState
from smartbms_gui.views import theme
from smartbms_gui.views.site_connections import SiteConnections
from smartbms_gui.views.site_page import SitePage
from smartbms_gui.views.widgets.cell_bars import CellBars
from tests.site.test_site_page import FAST, _all_live, until

# the page's room in the window at 1366×768 (the rail, the menu, the connection and status bars around it)
LAPTOP_PAGE = (1150, 690)


def _cells_in(connections):
    return all(p.bridge.live.cells_received == len(p.bridge.live.cells) > 0 for p in connections.ordered())


async def test_every_card_draws_its_cells_on_the_site_range(qtbot):
    connections = SiteConnections(simulated_site(3, cells=8), record=False, **FAST)
    page = SitePage(connections)
    qtbot.addWidget(page)
    page.resize(*LAPTOP_PAGE)
    page.show()
    try:
        connections.connect_all()
        await until(lambda: _all_live(connections) and _cells_in(connections), 30.0,
                    "every cell of three packs")
        page.refresh_now()
        snaps = connections.snapshots()
        site_range = cell_range(snaps)
        assert site_range is not None
        for snap in snaps:
            bars = page.cards[snap.key].cell_bars
            assert bars._range == site_range  # one scale for every card
            assert len(snap.cell_voltages) == 8 and None not in snap.cell_voltages
            fractions = [bars.bar_fraction(i) for i in range(8)]
            assert all(0.0 < f <= 1.0 for f in fractions)
            # the tallest bar is a highest cell, the shortest a lowest, as the card's own values say
            top = max(range(8), key=lambda i: snap.cell_voltages[i])
            assert fractions[top] == max(fractions)
            assert snap.cell_voltages[fractions.index(min(fractions))] == min(snap.cell_voltages)
            # hovering a bar names its cell and voltage
            area = bars._plot_rect()
            x = area.left() + area.width() * (top + 0.5) / 8
            assert bars.index_at(x) == top
            assert bars.describe(top).startswith(
                f"Cell {top + 1}: {format_quantity(snap.cell_voltages[top], 'V', 3)}")
            assert bars.index_at(area.left() - 2) is None  # the axis labels are not a cell
            assert "8 of 8 cells" in bars.accessibleDescription()
    finally:
        await connections.disconnect_all()


def _laid_out_page(qtbot, packs: int) -> SitePage:
    page = SitePage(SiteConnections(simulated_site(packs), record=False, **FAST))
    qtbot.addWidget(page)
    page.resize(*LAPTOP_PAGE)
    page.show()
    qtbot.waitUntil(lambda: len(page.cards) == packs and all(c.isVisible() for c in page.cards.values()))
    return page


def test_the_cards_take_the_height_and_eight_still_fit_a_laptop(qtbot):
    # four packs in one row: the bars take what the values leave, tall enough for their axis, and the
    # cards reach down to the bottom of the page
    page = _laid_out_page(qtbot, 4)
    card = next(iter(page.cards.values()))
    line = card.fontMetrics().height()
    qtbot.waitUntil(lambda: card.cell_bars.height() > 4 * line)
    assert card.geometry().bottom() > page.scroll.viewport().height() - 3 * line
    # eight packs, two rows: every card whole on the screen with no scrolling, the bars what is left
    page = _laid_out_page(qtbot, 8)
    qtbot.waitUntil(lambda: page.cards_host.height() == page.scroll.viewport().height())
    assert page.scroll.verticalScrollBar().maximum() == 0
    for each in page.cards.values():
        assert each.geometry().bottom() <= page.cards_host.height()
        assert each.connect_button.isVisible() and each.cell_bars.height() >= 0


def test_bars_are_coloured_by_state_and_greyed_when_old(qtbot):
    bars = CellBars()
    qtbot.addWidget(bars)
    bars.resize(200, 80)
    states = (CellState.OK, CellState.BALANCING, CellState.OUT_OF_RANGE, CellState.OK)
    bars.set_cells((3.30, 3.52, 3.70, None), states, (3.25, 3.75))
    assert bars.bar_fraction(0) == pytest.approx(0.1) and bars.bar_fraction(2) == pytest.approx(0.9)
    assert bars.bar_fraction(3) is None  # not received yet: no bar
    assert bars.describe(3) == "Cell 4: not received yet"
    assert bars.describe(1).endswith("balancing")

    def colour_at_bar(index: int) -> str:
        image: QImage = bars.grab().toImage()
        area = bars._plot_rect()
        x = int(area.left() + area.width() * (index + 0.5) / 4)
        return image.pixelColor(QPoint(x, bars.height() - 3)).name()

    expected = [theme.cell_state_style(s).qcolor().name() for s in ("ok", "balancing", "out_of_range")]
    assert [colour_at_bar(i) for i in range(3)] == expected
    bars.set_cells((3.30, 3.52, 3.70, None), states, (3.25, 3.75), stale=True)
    grey = theme.warning_light_style(False).qcolor().name()
    assert [colour_at_bar(i) for i in range(3)] == [grey] * 3
    assert bars.describe(0).endswith("(old value)")
    # a range outside every value: the bars stay inside the widget (0 … 1)
    bars.set_cells((3.0, 4.0), (CellState.OK, CellState.OK), (3.2, 3.6))
    assert (bars.bar_fraction(0), bars.bar_fraction(1)) == (0.0, 1.0)


def test_a_site_with_no_cells_yet_draws_empty_wells(qtbot):
    connections = SiteConnections(Site(name="Empty").with_pack(PackLink("simulator", seed=1, cells=4), "A"),
                                  record=False, **FAST)
    page = SitePage(connections)
    qtbot.addWidget(page)
    page.refresh_now()
    bars = next(iter(page.cards.values())).cell_bars
    assert bars._range is None and bars.summary() == "No cell voltages yet"
    bars.grab()  # paints without a range


def test_cards_that_need_scrolling_anyway_keep_bars_two_lines_tall(qtbot):
    page = _laid_out_page(qtbot, 12)
    line = next(iter(page.cards.values())).cell_bars.fontMetrics().height()
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)
    qtbot.waitUntil(lambda: all(c.cell_bars.height() >= 2 * line for c in page.cards.values()))


def test_the_columns_are_counted_again_when_a_card_grows_wider(qtbot):
    """A card's texts can make it wider than when the columns were counted ("–" became a longer word
    in some languages, a long name): the page counts again at its next redraw, so no column is cut
    off at the right."""
    page = _laid_out_page(qtbot, 4)
    assert page._columns == 4
    card = next(iter(page.cards.values()))
    card.cell_bars.setMinimumWidth(LAPTOP_PAGE[0] // 3)  # what a longer text in it would do
    assert card.minimumSizeHint().width() > LAPTOP_PAGE[0] // 3
    page.refresh_now()
    assert page._columns == 2
    qtbot.waitUntil(lambda: all(c.geometry().right() <= page.scroll.viewport().width()
                                for c in page.cards.values()))


def test_tab_walks_a_card_in_reading_order(qtbot):
    """Connect/Disconnect sits in the header beside the menu: Tab reaches it first, then the menu, then
    the PIN row below it."""
    from smartbms_gui.views.site_pack_card import SitePackCard

    site = Site(name="S").with_pack(PackLink("ble", "AA:BB:CC:DD:EE:01", None), "Boat")
    card = SitePackCard(site.packs[0])
    qtbot.addWidget(card)
    card.set_needs_pin(True)
    card.show()
    order = [card.connect_button]
    while len(order) < 4:
        order.append(order[-1].nextInFocusChain())
    assert order == [card.connect_button, card.menu_button, card.pin, card.remember]


def test_the_range_is_written_only_where_its_two_labels_stand_apart(qtbot):
    bars = CellBars()
    qtbot.addWidget(bars)
    bars.set_cells((3.30, 3.31), (CellState.OK, CellState.OK), (3.25, 3.35))
    line = bars.fontMetrics().height()
    bars.resize(200, int(2.2 * line))  # the top and bottom labels would touch (8 cards at 1000x640)
    assert bars._axis_texts() == ("", "")
    bars.resize(200, 4 * line)
    top, bottom = bars._axis_texts()
    assert top.startswith("3.350") and bottom.startswith("3.250")
