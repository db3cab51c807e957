"""The cell grid fills the space it has, keeps cells in groups of 8, and its heat map shows voltage."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from smartbms_gui.views.battery_details import BatteryDetailsPage
from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.widgets import colors
from smartbms_gui.views.widgets.cell_grid import (
    MAX_TILE_STRETCH,
    MAX_TILE_STRETCH_TO_SQUARE,
    MIN_SCALE,
    STATE_OK,
    STATE_OUT,
    CellGrid,
    CellScrollArea,
    CellTile,
    column_choices,
)


def tiles(n, volts=3.31):
    return [CellTile(i + 1, volts + (i % 4) * 0.005, 22.0, STATE_OK) for i in range(n)]


@pytest.fixture
def area(qtbot):
    grid = CellGrid()
    scroll = CellScrollArea(grid)
    qtbot.addWidget(scroll)
    return scroll


def show(area, qtbot, cells, size, mode="tiles"):
    area.grid.set_mode(mode)
    area.grid.set_cells(cells, None, None)
    area.resize(*size)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: area.grid.width() > 0 and area.grid.fit_height == area.viewport().height())
    return area.grid


def test_column_choices_are_groups_of_eight():
    assert column_choices(16) == [1, 2, 4, 8, 16]
    assert column_choices(255)[-1] == 256 and all(c % 8 == 0 for c in column_choices(255)[3:])
    assert column_choices(3) == [1, 2, 4]


# (page size → the grid's share of a 1366x768 and a 1920x1080 window)
@pytest.mark.parametrize("size", [(900, 600), (1450, 900)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("mode", ["tiles", "heatmap"])
def test_16_cells_fill_the_space_in_whole_groups(area, qtbot, size, mode):
    grid = show(area, qtbot, tiles(16), size, mode)
    assert 16 % grid.columns() == 0  # never 14 + 2
    assert grid.scale() > 1.5  # bigger than a 255-cell pack's cells
    last = grid.tile_rect(15)
    assert last.bottom() <= area.viewport().height()
    assert not area.verticalScrollBar().isVisible()
    if mode == "tiles":
        used = last.bottom() * max(grid.tile_rect(i).right() for i in range(16))
        assert used >= 0.35 * size[0] * size[1]  # not a corner of the page


@pytest.mark.parametrize("size", [(900, 600), (1450, 900)], ids=["1366x768", "1920x1080"])
def test_16_tiles_reach_the_bottom_of_the_page(area, qtbot, size):
    # The width limits the scale of 4 x 4 tiles: at their scaled height they left a third of the page
    # empty below them. They grow taller to the page's bottom, with no scroll bar.
    grid = show(area, qtbot, tiles(16), size)
    scaled = grid.base_size().height() * grid.scale()
    last = grid.tile_rect(15)
    assert last.height() > scaled * 1.1
    assert area.viewport().height() - grid._gap() < last.bottom() <= area.viewport().height()
    assert area.verticalScrollBar().maximum() == 0


def test_tiles_grow_taller_only_so_far(area, qtbot):
    # 4 cells in a tall, narrow column: 1 x 4 tiles, width-limited; they may not become towers:
    # past MAX_TILE_STRETCH only while no taller than wide, and never past MAX_TILE_STRETCH_TO_SQUARE
    grid = show(area, qtbot, tiles(4), (500, 3000))
    scaled = grid.base_size().height() * grid.scale()
    tile = grid.tile_rect(0)
    assert scaled * MAX_TILE_STRETCH < tile.height() <= tile.width()
    assert tile.height() == pytest.approx(min(scaled * MAX_TILE_STRETCH_TO_SQUARE, tile.width()))
    assert grid.tile_rect(3).bottom() < area.viewport().height() - scaled


def _width_for_eight_columns(grid, scale):
    """The page width at which eight tiles in a row are at `scale` (their fonts scale with them)."""
    return int(8 * scale * grid.base_size().width() + 7 * grid._gap()) + 1


def test_48_tiles_shrink_a_little_rather_than_scroll(area, qtbot):
    # A 1366x768 window left eight tiles a row 3 % short of their width: 48 cells went to rows of
    # 4 and scrolled through 12 of them. Eight a row at 95 % fit the page, and fill its height.
    grid = CellGrid()
    width = _width_for_eight_columns(grid, 0.95)
    grid = show(area, qtbot, tiles(48), (width, 640))
    assert grid.columns() == 8
    assert MIN_SCALE["tiles"] <= grid.scale() < 1.0
    assert area.verticalScrollBar().maximum() == 0
    last = grid.tile_rect(47)
    assert last.bottom() <= area.viewport().height()
    assert last.bottom() > 0.85 * area.viewport().height()  # no quarter of the page empty below


def test_255_tiles_scroll_in_rows_of_eight_a_little_smaller(area, qtbot):
    # too many to fit at any size: they scroll, in rows of 8 at 95 % rather than rows of 4 at 100 %
    grid = CellGrid()
    width = _width_for_eight_columns(grid, 0.95) + area.verticalScrollBar().sizeHint().width()
    grid = show(area, qtbot, tiles(255), (width, 640))
    assert area.verticalScrollBar().maximum() > 0
    assert grid.columns() == 8
    assert MIN_SCALE["tiles"] <= grid.scale() < 1.0


def test_tiles_shrink_only_so_far_then_scroll(area, qtbot):
    # below MIN_SCALE the text would be too small: the tiles keep their size and scroll
    grid = CellGrid()
    width = _width_for_eight_columns(grid, MIN_SCALE["tiles"] - 0.05)
    grid = show(area, qtbot, tiles(48), (width, 480))  # 12 rows of 4 do not fit either
    assert grid.scale() == 1.0 and grid.columns() == 4
    assert area.verticalScrollBar().maximum() > 0


def test_255_tiles_keep_their_size_and_scroll(area, qtbot):
    grid = show(area, qtbot, tiles(255), (900, 600))
    assert grid.scale() == 1.0 and grid.columns() % 8 == 0
    assert grid.tile_rect(0).height() == grid.base_size().height()  # no taller: they scroll anyway
    assert area.verticalScrollBar().maximum() > 0


def test_255_cell_heat_map_fits_without_scrolling(area, qtbot):
    grid = show(area, qtbot, tiles(255), (900, 560), "heatmap")
    assert grid.columns() % 8 == 0
    assert grid.tile_rect(254).bottom() <= area.viewport().height()
    assert area.verticalScrollBar().maximum() == 0


def test_a_small_pack_heat_map_grows_into_the_page(area, qtbot):
    # capped at 2.5 x, 16 squares filled a quarter of a 1366x768 window's page, two rows at the top
    grid = show(area, qtbot, tiles(16), (900, 600), "heatmap")
    assert grid.scale() >= 3.5
    assert grid.tile_rect(15).bottom() - grid.tile_rect(0).top() >= 600 / 3
    assert area.verticalScrollBar().maximum() == 0


def test_heat_map_is_shaded_by_voltage(area, qtbot):
    grid = show(area, qtbot, tiles(16), (900, 600), "heatmap")
    low, high = grid.shade_range
    assert low <= 3.31 and high >= 3.325 and high - low >= 0.02
    shades = {grid.shade(t.voltage_v).name() for t in grid.cells}
    assert len(shades) == 4  # four different voltages, four shades
    assert grid.shade(3.31).lightness() > grid.shade(3.325).lightness()
    # an out-of-range cell does not stretch the scale for the rest
    cells = tiles(16)
    cells[3] = CellTile(4, 3.75, 22.0, STATE_OUT, volt_out=True)
    grid.set_cells(cells, None, 4)
    assert grid.shade_range[1] < 3.4


def _image(grid) -> QImage:
    image = QImage(grid.size(), QImage.Format.Format_ARGB32)
    image.fill(grid.palette().base().color())
    grid.render(image)
    return image


def test_numbers_and_marks_fit_their_squares_at_255_cells(area, qtbot):
    cells = tiles(255)
    cells[199] = CellTile(200, 3.75, 22.0, STATE_OUT, volt_out=True)
    grid = show(area, qtbot, cells, (900, 560), "heatmap")
    grid.set_cells(cells, 30, 200)
    _image(grid)  # paints, which sets up the fonts
    side = grid.tile_rect(199).width()
    assert QFontMetricsF(grid._square_font).horizontalAdvance("255") <= side - 4
    marks = QFontMetricsF(grid._mark_font)
    arrow = marks.capHeight() * 1.1  # a drawn arrow, then "!" (what _paint_square puts in the band)
    assert arrow * 1.25 + marks.horizontalAdvance("!") <= side - 4


@pytest.mark.parametrize("direction", ["down", "up"])
def test_lowest_and_highest_arrows_are_drawn_shapes_not_glyphs(qtbot, direction):
    """The ▼/▲ marks are painted triangles: the same on every machine, whatever its fonts have."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    left = CellGrid.draw_arrows(painter, [direction], 30.0, 20.0, 20.0, QColor("black"))
    painter.end()
    assert left == pytest.approx(10.0)

    def width(y: int) -> int:
        return sum(1 for x in range(40) if image.pixelColor(x, y).black() > 128)

    top, bottom = width(13), width(27)  # near the triangle's top and bottom edges
    wide, narrow = (top, bottom) if direction == "down" else (bottom, top)
    assert wide >= 15 and narrow <= 6
    assert width(2) == width(38) == 0 and all(image.pixelColor(x, 20).black() < 128 for x in (5, 35))


def _count(image: QImage, rect, colour: QColor, tolerance=40) -> int:
    hits = 0
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            c = image.pixelColor(x, y)
            if (abs(c.red() - colour.red()) + abs(c.green() - colour.green())
                    + abs(c.blue() - colour.blue())) < tolerance:
                hits += 1
    return hits


def test_an_out_of_range_temperature_is_emphasised_like_a_voltage(area, qtbot):
    cells = tiles(8)
    cells[2] = CellTile(3, 3.75, 22.0, STATE_OUT, volt_out=True)
    cells[6] = CellTile(7, 3.31, 60.0, STATE_OUT, temp_out=True)
    grid = show(area, qtbot, cells, (900, 600))
    image = _image(grid)
    alarm = colors.out_text(colors.is_dark(grid))

    def third(index, row):  # the voltage (row 1) or temperature (row 2) line of a tile
        r = grid.tile_rect(index)
        h = r.height() / 3
        return r.adjusted(0, h * row, -r.width() / 2, -(h * (2 - row)))

    assert _count(image, third(2, 1), alarm) > 20  # the high voltage in the alarm colour
    assert _count(image, third(6, 2), alarm) > 20  # the hot temperature too
    assert _count(image, third(6, 1), alarm) == 0  # not the voltage of the hot cell
    assert _count(image, third(0, 2), alarm) == 0  # nor a normal cell's temperature
    assert "temperature" in grid.describe(cells[6])


class _Bridge(BridgeBase):

    def __init__(self, live):
        super().__init__()
        self.live = live


def test_the_page_gives_the_grid_its_viewport_height(qtbot, live):
    page = BatteryDetailsPage(_Bridge(live))
    qtbot.addWidget(page)
    page.resize(1216, 690)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.grid.fit_height == page.scroll.viewport().height())


@pytest.mark.parametrize("mode", ["tiles", "heatmap"])
def test_a_message_of_a_few_cells_repaints_only_their_tiles(area, qtbot, mode):
    """A stream message brings a few cells: only their tiles are repainted. A change of the lowest
    or highest cell, or of the shading's range, repaints them all; an age alone repaints nothing."""
    from dataclasses import replace

    cells = tiles(255)
    grid = show(area, qtbot, cells, (1450, 900), mode)
    qtbot.waitUntil(lambda: grid.paint_count > 0)

    def painted_after(new, lowest=None, highest=None):
        count = grid.paint_count
        grid.set_cells(new, lowest, highest)
        qtbot.waitUntil(lambda: grid.paint_count > count)
        return grid.last_paint_rect

    changed = list(cells)
    changed[9] = replace(cells[9], voltage_v=cells[9].voltage_v + 0.005, state="balancing")
    rect = painted_after(changed)
    tile = grid.tile_rect(9).toAlignedRect()
    assert rect.contains(tile) and rect.width() < 2 * tile.width() and rect.height() < 2 * tile.height()

    rect = painted_after(changed, lowest=1, highest=200)  # the marks move: every visible tile
    assert rect.height() > 4 * tile.height()

    count = grid.paint_count
    grid.set_cells([replace(c, age_s=5.0) for c in changed], 1, 200)
    qtbot.wait(50)  # nothing is asked for: no condition to wait on, a short look is all
    QApplication.processEvents()
    assert grid.paint_count == count
