"""The navigation rail: one row per page, an SVG icon and the page's title, on a deep-blue band.

A QListWidget underneath, so the keyboard (arrows, Home/End, typing a title's first letter) and
screen readers (a list of named items) work as they do for any list; a delegate paints the rows in
the design tokens' rail colours. Icons are rendered from SVG at the widget's device pixel ratio
(crisp at 100 %, 150 % and 200 % scaling). The selected page has a filled pill, a bar at its left
edge and a bold title, so the selection never depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .. import design_tokens as tokens
from .. import theme

KEY_ROLE = Qt.ItemDataRole.UserRole
ICON_ROLE = Qt.ItemDataRole.UserRole + 1

#: The icon of a page whose key names one of the shipped navigation icons needs no icon argument.
ICON_FOR_KEY = {name: name for name in theme.NAV_ICONS}


class _RailDelegate(QStyledItemDelegate):
    def __init__(self, rail: NavRail) -> None:
        super().__init__(rail)  # (no Python reference back to the rail: no cycle between the two wrappers)

    @property
    def rail(self) -> NavRail:
        return self.parent()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # Width 0: a list in list mode gives every row the viewport's width anyway. (Asking the
        # viewport for it would wrap Qt's own viewport widget, and PySide6's search for its type
        # loads every widget class it has not loaded yet: about 10 ms of the start.)
        return QSize(0, self.rail.row_height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        mode = theme.effective_mode()
        t = tokens.COLOURS[mode]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and self.rail.hasFocus()
        space = tokens.SPACE
        rect = QRectF(option.rect).adjusted(space["s"], space["xxs"], -space["s"], -space["xxs"])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = tokens.RADIUS["l"]
        if selected or hover:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t["rail_selected"] if selected else t["rail_hover"]))
            painter.drawRoundedRect(rect, radius, radius)
        if selected:
            bar = QRectF(rect.left() + 3, rect.top() + rect.height() * 0.22, 3.5, rect.height() * 0.56)
            painter.setBrush(QColor(t["rail_indicator"]))
            painter.drawRoundedRect(bar, 1.75, 1.75)
        if focused:
            painter.setPen(QPen(QColor(t["rail_indicator"]), tokens.FOCUS_RING["width"]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        text_colour = t["rail_selected_text"] if selected else t["rail_text"]
        size = self.rail.icon_size()
        ratio = self.rail.devicePixelRatioF()  # the screen's scaling (1, 1.25, 1.5, 2 …)
        icon_name = index.data(ICON_ROLE) or theme.DEFAULT_NAV_ICON
        pixmap = theme.nav_pixmap(icon_name, text_colour, size, ratio)
        icon_left = rect.left() + space["l"]
        # on whole device pixels, so the pixmap (rendered for this ratio) is copied, never resampled
        at = QPointF(round(icon_left * ratio) / ratio, round((rect.center().y() - size / 2) * ratio) / ratio)
        painter.drawPixmap(at, pixmap)
        font = QFont(self.rail.font())
        font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Normal)
        painter.setFont(font)
        painter.setPen(QColor(text_colour))
        text_rect = QRectF(icon_left + size + space["m"], rect.top(), 0, rect.height())
        text_rect.setRight(rect.right() - space["s"])
        text = painter.fontMetrics().elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


class NavRail(QListWidget):
    """The page list of the main window. `add_page` adds a row; the current row picks the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)  # the hover shade
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(_RailDelegate(self))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * tokens.TYPE["rail"])
        self.setFont(font)
        self.setAutoFillBackground(True)  # (a scroll area's viewport fills its background already)
        theme.theme_changed().connect(self._restyle)
        self._restyle()

    def icon_size(self) -> int:
        return tokens.ICON["rail"]

    def row_height(self) -> int:
        return max(tokens.RAIL["row_height"], round(self.fontMetrics().height() * 2.2))

    def add_page(self, key: str, title: str, tooltip: str, icon: str | None = None) -> QListWidgetItem:
        """A row for a page; `icon` names an SVG in resources/icons/nav (default: by key, else "page")."""
        name = icon or ICON_FOR_KEY.get(key, theme.DEFAULT_NAV_ICON)
        if name not in theme.NAV_ICONS:
            raise theme.ThemeError(f"no navigation icon {name!r}; known: {', '.join(theme.NAV_ICONS)}")
        item = QListWidgetItem(title)
        item.setToolTip(tooltip)
        item.setData(KEY_ROLE, key)
        item.setData(ICON_ROLE, name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tooltip)
        item.setSizeHint(QSize(0, self.row_height()))
        self.addItem(item)
        self.fit_width()
        return item

    def key_at(self, row: int) -> str:
        item = self.item(row)
        return item.data(KEY_ROLE) if item is not None else ""

    def fit_width(self) -> None:
        """As wide as the longest (translated) title beside its icon, so no title is cut off."""
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(self.item(row).text()) for row in range(self.count())),
                     default=0)
        space = tokens.SPACE
        # pill margins, icon inset, icon, gap, text, right padding
        chrome = 2 * space["s"] + space["l"] + self.icon_size() + space["m"] + space["s"] + space["xs"]
        self.setFixedWidth(max(tokens.RAIL["min_width"], widest + chrome))

    def _restyle(self, *_args) -> None:
        t = tokens.COLOURS[theme.effective_mode()]
        palette = self.palette()
        for role, name in ((QPalette.ColorRole.Base, "rail"), (QPalette.ColorRole.Window, "rail"),
                           (QPalette.ColorRole.Text, "rail_text"),
                           (QPalette.ColorRole.Highlight, "rail_selected"),
                           (QPalette.ColorRole.HighlightedText, "rail_selected_text")):
            palette.setColor(role, QColor(t[name]))
        self.setPalette(palette)  # repaints the rows: the viewport takes the new palette too

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            for row in range(self.count()):
                self.item(row).setSizeHint(QSize(0, self.row_height()))
            self.fit_width()
