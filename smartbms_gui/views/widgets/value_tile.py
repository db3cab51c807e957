"""A captioned value ("Power  1.23 kW") that greys itself and shows its age when the value is old."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from smartbms_gui.views import translator as i18n

from . import colors


def format_age(age_s: float) -> str:
    """"42 s", "3 min", "1,5 h" (the decimal sign of the user's language)."""
    if age_s < 90:
        return i18n.format_quantity(age_s, "s", 0)
    if age_s < 5400:
        return i18n.format_quantity(age_s / 60, "min", 0)
    return i18n.format_quantity(age_s / 3600, "h", 1)


class ValueTile(QFrame):
    """Caption on the left, value on the right; `set_value(text, age_s, stale)`."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = QLabel(caption)
        self._value = QLabel("–")
        self._value.setObjectName("value")
        font = self._value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._value.setFont(font)
        self._age = QLabel("")
        self._age.setObjectName("age")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.addWidget(self._caption)
        layout.addStretch(1)
        layout.addWidget(self._age)
        layout.addWidget(self._value)
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(caption)
        self._stale = False

    def text(self) -> str:
        return self._value.text()

    def is_stale(self) -> bool:
        return self._stale

    def set_value(self, text: str, age_s: float | None = None, stale: bool = False) -> None:
        self._value.setText(text)
        self._stale = stale
        self.setAccessibleDescription(text)
        if stale and age_s is not None:
            self._age.setText(self.tr("({0} old)").format(format_age(age_s)))
        else:
            self._age.setText("")
        grey = colors.stale_text(self).name() if stale else None
        colors.set_text_colour(self._value, grey)
        colors.set_text_colour(self._age, grey)
