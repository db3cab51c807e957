"""A settings row's state under its editor: an SVG icon and a message in the state's colour.

The states (docs/design.md): edited (pending, not written yet), invalid or a failed write, a warning
or an unknown code, stored on the nearest step, written and read back, not writable on this link.
Each has its own icon shape as well as its colour token, so colour is never the only cue; `text()`
is the message alone (the icon is not a font glyph that a minimal install may lack).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from smartbms_gui.views import design_tokens as tokens
from smartbms_gui.views import theme

#: kind → (state colour token, status icon)
KINDS: dict[str, tuple[str, str]] = {
    "edited": ("info", "edit"),
    "error": ("danger", "cross"),
    "failed": ("danger", "cross"),
    "warning": ("caution", "warning"),
    "unknown": ("caution", "warning"),
    "snap": ("info", "info"),
    "ok": ("ok", "check"),
    "note": ("off", "lock"),  # not writable on this link
}


class SettingStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setObjectName("settingStatusIcon")
        self.label = QLabel(self)
        self.label.setObjectName("settingStatusText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.SPACE["xs"])
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setProperty("kind", "")
        theme.theme_changed().connect(self._paint_state)

    def text(self) -> str:
        return self.label.text()

    def icon_name(self) -> str:
        return KINDS.get(self.property("kind") or "", ("", ""))[1] if self.label.text() else ""

    def set_state(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.label.setText(text)
        self.setAccessibleName(text)
        self._paint_state()
        self.setVisible(bool(text))

    def _paint_state(self, *_args) -> None:
        kind = self.property("kind") or ""
        if kind not in KINDS or not self.label.text():
            self.icon.clear()
            self.icon.hide()
            self.label.setStyleSheet("")
            return
        colour = theme.token(KINDS[kind][0])
        size = self.label.fontMetrics().height()
        self.icon.setPixmap(theme.status_pixmap(KINDS[kind][1], colour, size, self.devicePixelRatioF()))
        self.icon.show()
        self.label.setStyleSheet(f"color: {colour};")
