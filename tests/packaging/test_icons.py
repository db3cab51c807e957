"""The generated icons: every PNG size, a multi-size ICO and an ICNS, all from the SVG."""

import struct

from packaging_paths import REPO
from PySide6.QtGui import QImage

ICONS = REPO / "smartbms_gui" / "resources" / "icons"
SOURCES = REPO / "resources" / "icon"


def test_png_sizes_match_their_names(qapp):
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ICONS / f"smartbms-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_ico_holds_every_windows_size():
    data = (SOURCES / "smartbms.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_icns_holds_retina_sizes():
    data = (SOURCES / "smartbms.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8:offset + 16] == b"\x89PNG\r\n\x1a\n"
        types.add(kind)
        offset += length
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= types


def test_app_icon_offers_sharp_sizes(qapp):
    from smartbms_gui.views.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256


def test_committed_icons_are_rendered_from_the_current_svg(qapp):
    """Change the SVG, forget to run resources/generate_icons.py: this fails."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_icons", REPO / "resources" / "generate_icons.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(generate.SOURCE))
    assert renderer.isValid()
    assert (ICONS / "smartbms.svg").read_bytes() == generate.SOURCE.read_bytes()
    for size in (32, 128):
        fresh = QImage.fromData(generate.render_png(renderer, size))
        committed = QImage(str(ICONS / f"smartbms-{size}.png"))
        differing = sum(
            1 for y in range(size) for x in range(size) if fresh.pixel(x, y) != committed.pixel(x, y)
        )
        assert differing <= size * size // 100, f"{size}px icon is stale: {differing} pixels differ"
