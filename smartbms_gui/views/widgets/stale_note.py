"""The line a live page shows when its values are old: "No new data for 12 s: the values shown are old
(greyed)." Hidden while the data is fresh and before anything was received."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .value_tile import format_age
from .wrapping_label import WrappingLabel

CONTEXT = "StaleNote"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def age_text(age_s: float) -> str:
    """"(12 s old)": the age of a greyed value, as the Overview's tiles show it."""
    return tr("({0} old)").format(format_age(age_s))


class StaleNote(WrappingLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("staleNote")
        self.setToolTip(tr("Shown when the values on this page are old"))
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_age(self, age_s: float | None, stale: bool) -> None:
        """Show the note for values `age_s` old when `stale`; hide it otherwise."""
        if stale and age_s is not None:
            text = tr("No new data for {0}: the values shown are old (greyed).")
            self.setText(text.format(format_age(age_s)))
            self.show()
        else:
            self.setText("")
            self.hide()
