"""A word-wrapped QLabel that claims the height its text needs at its current width.

Qt's box layouts size a wrapping label from a guessed width, so a longer translation (German,
Dutch) is cut off at the bottom. This label asks for ``heightForWidth(width())`` as its minimum
height whenever its width or text changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        needed = self.heightForWidth(max(1, self.width()))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
