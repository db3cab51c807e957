"""A state mark: an SVG icon in the state's colour beside a word ("✔ Allowed" without needing a ✔ glyph).

The icon comes from `theme.status_pixmap`, so the mark shows on a system whose fonts lack symbols
such as ✔ ✖ ● ○. The text keeps the state's word (colour is never the only cue). `stale` greys both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from smartbms_gui.views import theme

from . import colors


class StatusMark(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, bold: bool = False,
                 coloured_text: bool = True) -> None:
        super().__init__(parent)
        self._style: theme.StatusStyle | None = None
        self._stale = False
        self._shown_once = False  # set_state ran: the icon and colour follow _style and _stale
        self._coloured_text = coloured_text
        self._shown_icon: tuple | None = None  # (icon, colour, size, ratio) of the pixmap shown
        self.icon = QLabel(self)
        self.icon.setObjectName("statusIcon")
        self.label = QLabel(text, self)
        self.label.setObjectName("statusText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(3, self.fontMetrics().averageCharWidth() // 2))
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.icon.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        theme.theme_changed().connect(self._repaint_icon)

    def set_wrapping(self) -> None:
        """Let the words wrap onto more lines when the mark is narrow (a reason is a sentence: wrap it,
        never cut it). The mark then takes the height its words need at its width: a fixed height,
        the one-line default, would cut the third line off."""
        self.label.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # -- reading (tests, accessibility) ---------------------------------------------------------
    def text(self) -> str:
        return self.label.text()

    def icon_name(self) -> str:
        """The icon shown now ("" for none)."""
        return self._style.icon if self._style is not None and not self.icon.isHidden() else ""

    def is_stale(self) -> bool:
        return self._stale

    # -- showing --------------------------------------------------------------------------------
    def set_state(self, style: theme.StatusStyle | None, text: str, stale: bool = False) -> bool:
        """Show `text` with `style`'s icon and colour (no icon for None); greyed when `stale`. Returns
        whether anything changed (live values arrive several times a second, mostly the same)."""
        if (style, text, stale) == (self._style, self.label.text(), self._stale) and self._shown_once:
            return False
        self._shown_once = True
        self._style, self._stale = style, stale
        self.label.setText(text)
        self.setAccessibleName(text)
        self._repaint_icon()
        return True

    def _colour(self) -> str | None:
        if self._stale:
            return colors.stale_text(self).name()
        return self._style.colour if self._style is not None else None

    def _repaint_icon(self, *_args) -> None:
        colour = self._colour()
        if self._style is None or not self._style.icon:
            self.icon.hide()
            self._shown_icon = None
        else:
            size = self.label.fontMetrics().height()
            key = (self._style.icon, colour, size, self.devicePixelRatioF())
            if key != self._shown_icon:
                self.icon.setPixmap(theme.status_pixmap(self._style.icon, colour, size, self.devicePixelRatioF()))
                self._shown_icon = key
            self.icon.show()
        colors.set_text_colour(self.label, colour if self._coloured_text or self._stale else None)


def wrapping_mark(parent: QWidget | None = None) -> StatusMark:
    """A mark for several lines of text (a list of problems): the words wrap, the icon stays at the top."""
    mark = StatusMark(parent=parent)
    mark.set_wrapping()
    mark.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # first line beside the icon
    layout = mark.layout()
    assert layout is not None
    layout.setAlignment(mark.icon, Qt.AlignmentFlag.AlignTop)
    return mark
