"""The navigation icons are SVGs rendered at the screen's pixel ratio: crisp at 100 %, 150 % and 200 %."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme
from smartbms_gui.views.widgets.nav_rail import NavRail


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_every_nav_icon_renders_at_the_pixel_ratio(qapp, ratio):
    size = tokens.ICON["rail"]
    for name in theme.NAV_ICONS:
        pixmap = theme.nav_pixmap(name, "#FFFFFF", size, ratio)
        assert (pixmap.width(), pixmap.height()) == (round(size * ratio),) * 2, name
        assert pixmap.devicePixelRatio() == ratio
        image = pixmap.toImage()
        drawn = sum(1 for x in range(image.width()) for y in range(image.height())
                    if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)
        assert drawn > 15 * ratio * ratio, name  # a shape, not an empty square
        # strokes get sharper with the ratio: more fully opaque pixels than half-transparent edge pixels
        if ratio == 2.0:
            soft = sum(1 for x in range(image.width()) for y in range(image.height())
                       if 30 < QColor.fromRgba(image.pixel(x, y)).alpha() < 200)
            assert drawn > soft, name


_GRAB_RAIL = """
import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QColor
app = QApplication([])
from smartbms_gui.views import design_tokens as tokens, theme
from smartbms_gui.views.widgets.nav_rail import NavRail
theme.apply_theme(app, "light")
rail = NavRail()
rail.add_page("overview", "Overview", "tip")
rail.add_page("plots", "Plots", "tip")
rail.setCurrentRow(1)
rail.resize(rail.width(), 200)
rail.show()
app.processEvents()
ratio = rail.devicePixelRatioF()
image = rail.grab().toImage()
size = rail.icon_size()
icon = theme.nav_pixmap("overview", tokens.COLOURS["light"]["rail_text"], size, ratio).toImage()
rect = rail.visualItemRect(rail.item(0))
left = round((rect.left() + tokens.SPACE["s"] + tokens.SPACE["l"]) * ratio)
top = round((rect.top() + rect.height() / 2 - size / 2) * ratio)
checked = matched = 0
for x in range(icon.width()):
    for y in range(icon.height()):
        if QColor.fromRgba(icon.pixel(x, y)).alpha() == 255:
            checked += 1
            matched += image.pixel(left + x, top + y) == icon.pixel(x, y)
print(ratio, image.width() / rail.width(), checked, matched)
"""


@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_the_rail_draws_its_icons_for_the_screen_scaling(scale):
    """At 100/150/200 % (QT_SCALE_FACTOR) the rail's icon pixels are the SVG rendered for that ratio, copied
    pixel for pixel: nothing was drawn at 1× and scaled up (which would blur)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    out = subprocess.run([sys.executable, "-c", _GRAB_RAIL], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    ratio, grab_ratio, checked, matched = out.stdout.split()[-4:]
    assert float(ratio) == pytest.approx(float(scale))
    assert float(grab_ratio) == pytest.approx(float(scale), abs=0.02)
    assert int(checked) > 15
    assert int(matched) == int(checked)


def test_an_unknown_nav_icon_is_refused_with_the_known_ones(qapp):
    rail = NavRail()
    with pytest.raises(theme.ThemeError, match="no navigation icon 'nope'"):
        rail.add_page("x", "X", "tip", icon="nope")
    item = rail.add_page("events", "Events", "tip")  # a page named like an icon gets it without asking
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "events"
    assert rail.add_page("other", "Other", "tip").data(Qt.ItemDataRole.UserRole + 1) == theme.DEFAULT_NAV_ICON
