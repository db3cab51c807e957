"""Marks for message lines and row results as shipped SVG icons, never font glyphs (✖ ⚠ ✔).

A kind ("error", "failed", "warning", "unknown", "ok", "snap", "note") has one look: the icon (the
same shapes as everywhere, `theme.status_pixmap`) and a colour per theme. List lines carry the icon
as their item icon and their kind under `KIND_ROLE`, so tests and screen readers read the kind
without parsing a symbol out of the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from smartbms_gui.views import theme

KIND_ROLE = Qt.ItemDataRole.UserRole + 7

_ERROR = theme.relay_style(False)  # a cross in the error colour
_WARNING = theme.StatusStyle(theme.BUSY_STYLE.light, theme.BUSY_STYLE.dark, "!", theme.WARNING_STYLE.text,
                             "Status", "warning")
_OK = theme.relay_style(True)  # a tick
_NOTE = theme.StatusStyle(theme.INFO_STYLE.light, theme.INFO_STYLE.dark, "", theme.INFO_STYLE.text, "Status",
                          "")

_STYLES = {"error": _ERROR, "failed": _ERROR, "warning": _WARNING, "unknown": _WARNING, "ok": _OK,
           "snap": _NOTE, "note": None}


def kind_style(kind: str) -> theme.StatusStyle | None:
    """The look of a kind of message (None: plain text, no mark)."""
    return _STYLES.get(kind)


def status_item(text: str, kind: str = "note") -> QListWidgetItem:
    """A list line with the kind's icon (not a glyph in the text); the text is its tooltip too."""
    item = QListWidgetItem(text)
    item.setToolTip(text)
    item.setData(KIND_ROLE, kind)
    style = kind_style(kind)
    if style is not None and style.icon:
        item.setIcon(theme.status_icon(style.icon, style.colour))
    return item


def item_kind(item: QListWidgetItem) -> str:
    """The kind a line was made with ("" for a line made elsewhere)."""
    return item.data(KIND_ROLE) or ""
