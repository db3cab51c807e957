"""Under one setting of the Settings page: what the battery holds after its write was cut half-way.

A 16-bit value is two byte writes; when one fails the device layer stops, reads the setting back
and says whether the battery holds the old value, the new one, or neither (`WriteResult.cut`,
docs/protocol.md §3.2). When it holds neither (or could not be read back), this part shows that
value in red with what it means (`WriteResult.meaning`: for a limit, whether protection is now
looser) and offers two explicit actions: **Write again** (the new value) and **Restore old value**.
Nothing is retried on its own: only a click writes, through the page's normal write path.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartbms_gui.device import write_outcome
from smartbms_gui.i18n import translate_message
from smartbms_gui.protocol.params import Parameter
from smartbms_gui.views import theme
from smartbms_gui.views.settings_texts import format_value, param_label

CONTEXT = "SettingsCutActions"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CutActions(QWidget):
    """Hidden until a result says the write of this setting was cut with the battery holding neither value."""

    #: (setting name, value): the user asked to write this value now
    write_value = Signal(str, object)

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"cutActions_{param.name}")
        self.param = param
        self.result: Any = None
        self.icon = QLabel()
        self.icon.setFixedSize(16, 16)
        self.held_label = QLabel()
        self.held_label.setObjectName("heldValue")
        self.held_label.setWordWrap(True)
        self.held_label.setTextFormat(Qt.TextFormat.PlainText)
        self.write_again_button = QPushButton()
        self.write_again_button.setObjectName("writeAgain")
        self.write_again_button.clicked.connect(self._write_again)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreOldValue")
        self.restore_button.clicked.connect(self._restore)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.held_label, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 0, 0, 0)
        buttons.addWidget(self.write_again_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.setVisible(False)

    @staticmethod
    def applies_to(result: Any) -> bool:
        return result is not None and bool(getattr(result, "written_halfway", False))

    def show_result(self, result: Any, details: str = "") -> None:
        """Show what a cut write left (or hide, for any other result); `details` is the whole story
        as the row would tell it (which byte failed and how), shown on hover."""
        if not self.applies_to(result) or self.param.kind in ("pin", "action"):
            self.clear()
            return
        self.result = result
        self.held_label.setToolTip(details)
        self._update_texts()
        self.setVisible(True)

    def clear(self) -> None:
        self.result = None
        self.setVisible(False)

    def set_enabled(self, enabled: bool) -> None:
        """The buttons work only while the battery can be written (connected, not writing)."""
        self.write_again_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled and self.result is not None and self.result.before is not None)

    def restyle(self) -> None:
        if self.result is not None:
            self._update_texts()

    # -----------------------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        result, param = self.result, self.param
        new = format_value(param, result.requested)
        old = format_value(param, result.before) if result.before is not None else None
        if result.cut == write_outcome.UNKNOWN:
            text = (_t("Written halfway: the battery could not be read back, so what it holds now is not "
                       "known; it may be neither the old value ({0}) nor the new one ({1}).").format(old, new)
                    if old is not None else
                    _t("Written halfway: the battery could not be read back, so what it holds now is not "
                       "known; it may not be the new value {0}.").format(new))
        elif old is not None:
            text = _t("Written halfway: the battery now holds {0}, neither the old value ({1}) nor the new "
                      "one ({2}).").format(format_value(param, result.value), old, new)
        else:
            text = _t("Written halfway: the battery now holds {0}, not the new value {1}.").format(
                format_value(param, result.value), new)
        if result.meaning is not None:
            text += " " + translate_message(result.meaning)
        style = theme.cell_state_style("out_of_range")
        self.held_label.setText(text)
        self.held_label.setStyleSheet(f"color: {style.colour}; font-weight: bold;")
        self.icon.setPixmap(theme.status_pixmap("warning", style.colour, 16, self.devicePixelRatioF()))
        label = param_label(param)
        self.write_again_button.setText(_t("Write again ({0})").format(new))
        self.write_again_button.setToolTip(
            _t("Write the new value of {0} once more, then read it back").format(label))
        self.restore_button.setText(_t("Restore old value ({0})").format(old) if old is not None
                                    else _t("Restore old value"))
        self.restore_button.setToolTip(
            _t("Write the value {0} held before this Apply back, then read it back").format(label)
            if old is not None else _t("The value before this Apply is not known"))
        self.restore_button.setEnabled(old is not None and self.write_again_button.isEnabled())

    def _write_again(self) -> None:
        if self.result is not None:
            self.write_value.emit(self.param.name, self.result.requested)

    def _restore(self) -> None:
        if self.result is not None and self.result.before is not None:
            self.write_value.emit(self.param.name, self.result.before)
