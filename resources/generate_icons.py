"""Render the app icon from resources/icon/smartbms.svg into every size and format the app and the
installers need. Run after changing the SVG, and commit what it writes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/generate_icons.py

Writes
- smartbms_gui/resources/icons/smartbms.svg and smartbms-<N>.png (N = 16 … 512): used at run time
  (window icon, About box, Linux hicolor theme),
- resources/icon/smartbms.ico (Windows, 16 … 256) and resources/icon/smartbms.icns (macOS, 16 … 1024):
  used by the PyInstaller spec.

ICO and ICNS are written here directly (both are a small header plus PNG images), so every size is
in one file and the output is the same on every machine.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icon" / "smartbms.svg"
RUNTIME_DIR = ROOT / "smartbms_gui" / "resources" / "icons"
ICO = ROOT / "resources" / "icon" / "smartbms.ico"
ICNS = ROOT / "resources" / "icon" / "smartbms.icns"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


class IconError(RuntimeError):
    pass


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise IconError(f"could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file with PNG-compressed entries (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for size in sorted(pngs):
        body += ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed by QImage text)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise IconError(f"{SOURCE} is not a valid SVG")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(renderer, size) for size in sizes}

    RUNTIME_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, RUNTIME_DIR / "smartbms.svg")
    for size in PNG_SIZES:
        (RUNTIME_DIR / f"smartbms-{size}.png").write_bytes(pngs[size])
    ICO.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    ICNS.write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNGs to {RUNTIME_DIR}, {ICO.name}, {ICNS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
