"""Where the main window opens when there is no saved geometry (the first start, or after the
preferences were reset).

Qt would open it at its minimum size, 1000 × 640: a small window in a corner of a 1920 × 1080 screen
whose cards then leave most of the screen unused. The first window takes `FIRST_SHARE` of the
screen's free area (without the task bar), centred; on a screen hardly larger than the minimum (a
1366 × 768 laptop, whose free height is about 728 pixels) it opens maximized instead, as a window
a few pixels smaller than the screen is only fiddly. A screen smaller than the minimum (or Qt's
offscreen platform, 800 × 600) is left to Qt. From the second start on, the saved geometry wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize

#: the share of the screen's free width and height a first window takes
FIRST_SHARE = 0.85

#: a free area less than this much larger than the window's minimum (in width or height) gets a
#: maximized window
ROOM_FOR_A_WINDOW = 1.15


@dataclass(frozen=True)
class FirstPlacement:
    geometry: QRect
    maximized: bool


def first_placement(available: QRect, minimum: QSize) -> FirstPlacement | None:
    """The first window's place on a screen whose free area is `available`; None: leave it to Qt."""
    if available.width() < minimum.width() or available.height() < minimum.height():
        return None
    roomy = (available.width() >= minimum.width() * ROOM_FOR_A_WINDOW
             and available.height() >= minimum.height() * ROOM_FOR_A_WINDOW)
    if not roomy:
        return FirstPlacement(QRect(available), maximized=True)
    size = QSize(max(minimum.width(), round(available.width() * FIRST_SHARE)),
                 max(minimum.height(), round(available.height() * FIRST_SHARE)))
    geometry = QRect(available.topLeft(), size)
    geometry.moveCenter(available.center())
    return FirstPlacement(geometry, maximized=False)
