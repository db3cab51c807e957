"""One setting's editor on the Settings page, built from its parameter-table row.

A number is a line edit with no validator: anything may be typed and the problem is explained as
you type. A choice is a combo box, an on/off a check box, the PIN two password fields (typed twice,
so a typing error cannot lock anyone out), an action a check box done at Apply. A read-only number
is a label.

A setting the BMS does not report shows "not reported" and is never pending. An `UnknownCode`
(a raw value the table gives no meaning) is never shown as on, off or a choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from smartbms_gui.i18n import translate_message
from smartbms_gui.protocol.params import Parameter, UnknownCode
from smartbms_gui.views.settings_texts import (
    _t,
    editor_text,
    number_text,
    param_help,
    param_label,
    parse_number,
    range_text,
    unknown_text,
)


class ParameterEditor(QWidget):
    """One row's editor; emits `edited` on every change. `pending()` → (changed, value, problem or "")."""

    edited = Signal(str)

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self._device_value: Any = None
        self._touched = False  # a write-only setting (not reported) is pending only once the user set it
        self.not_reported = False  # the BMS's record has no field for it (older firmware)
        self.unit: QLabel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tip = param_help(param)
        self.field: QWidget
        if param.kind == "number" and param.read_only:
            self.field = QLabel("–")
            self.field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        elif param.kind == "number":
            self.field = QLineEdit()
            # No QValidator on purpose: any text may be typed and the problem is explained as you type.
            self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000.000") + 16)
            self.field.textEdited.connect(lambda _t: self.edited.emit(param.name))
            self._show_range()
        elif param.kind == "choice":
            self.field = QComboBox()
            for choice in param.choices:
                self.field.addItem(_t(choice.label), choice.code)
            self.field.setCurrentIndex(-1)
            self.field.activated.connect(lambda _i: self.edited.emit(param.name))
        elif param.kind == "bool":
            self.field = QCheckBox(_t("on"))
            self.field.clicked.connect(lambda _c: self._touch())
            self.field.setProperty("value", "")
        elif param.kind == "pin":
            self.field = QLineEdit()
            self.repeat = QLineEdit()
            hints = (_t("new PIN"), _t("repeat"))
            # Wide enough for the hints in every language ("wiederholen"), never narrower than 8 digits.
            width = max(self.fontMetrics().horizontalAdvance(text) for text in (*hints, "00000000")) + 24
            for box, hint in zip((self.field, self.repeat), hints):
                box.setEchoMode(QLineEdit.EchoMode.Password)
                box.setMaxLength(4)
                box.setPlaceholderText(hint)
                box.setMinimumWidth(width)
                box.setMaximumWidth(width)
                box.textEdited.connect(lambda _t: self.edited.emit(param.name))
            self.repeat.setToolTip(_t("Type the new PIN again, so a typing error cannot lock you out"))
        else:  # action
            self.field = QCheckBox(_t("at Apply"))
            self.field.clicked.connect(lambda _c: self.edited.emit(param.name))
        self.field.setToolTip(tip)
        self.field.setAccessibleName(param_label(param))
        layout.addWidget(self.field)
        if param.kind == "pin":
            layout.addWidget(self.repeat)
        if param.unit and param.kind == "number":  # read-only ones too: their label holds the number only
            self.unit = QLabel(param.unit, self)  # (a parent before it is shown: else a window)
            self.unit.setToolTip(tip)
            self.unit.setVisible(not param.read_only)  # a read-only value shows its unit once it has one
            layout.addWidget(self.unit)
        layout.addStretch(1)

    def _show_range(self) -> None:
        """The range as the empty field's hint, when it fits (the unit stands beside the field)."""
        hint = range_text(self.param).removesuffix(self.param.unit).strip()
        room = self.field.maximumWidth() - 12
        self.field.setPlaceholderText(hint if self.fontMetrics().horizontalAdvance(hint) <= room else "")

    def _touch(self) -> None:
        self._touched = True
        if self.param.kind == "bool" and self.field.isTristate():
            # The user replaced an unknown value with on or off: back to a plain two-state box.
            self._show_bool(self.field.isChecked())
        self.edited.emit(self.param.name)

    def _show_bool(self, on: bool) -> None:
        self.field.setTristate(False)
        self.field.setChecked(on)
        self.field.setText(_t("on"))
        self.field.setProperty("value", "")

    # -- values ---------------------------------------------------------------------------------
    def set_not_reported(self) -> None:
        """The BMS's record has no field for this setting: show so; nothing can be pending."""
        self.set_device_value(None)
        self.not_reported = True
        text = _t("not reported")
        p = self.param
        if p.kind == "number":
            self.field.setText(text if p.read_only else "")
            if not p.read_only:
                self.field.setPlaceholderText(text)
        elif p.kind == "choice":
            self.field.setPlaceholderText(text)
        elif p.kind == "bool":
            self.field.setText(text)
            self.field.setProperty("value", "not reported")

    def set_device_value(self, value: Any, *, keep_edit: bool = False) -> None:
        """Show what the BMS holds: drops the user's pending edit, or with `keep_edit` leaves what was
        typed or chosen in the field, pending against the new value (a value read again, a reconnect)."""
        typed = self._typed() if keep_edit else None
        self._show_device(value)
        if typed is not None:
            self._put_back(typed)

    def _typed(self) -> Any:
        """What the user typed or chose while it is a pending edit or a problem; None when there is none."""
        changed, _value, problem = self.pending()
        if not (changed or problem):
            return None
        p = self.param
        if p.kind == "number":
            return self.field.text()
        if p.kind == "choice":
            return self.field.currentIndex()
        if p.kind == "pin":
            return self.field.text(), self.repeat.text()
        return self.field.isChecked()  # bool, action

    def _put_back(self, typed: Any) -> None:
        p = self.param
        if p.kind == "number":
            self.field.setText(typed)
        elif p.kind == "choice":
            self.field.setCurrentIndex(typed)
        elif p.kind == "pin":
            self.field.setText(typed[0])
            self.repeat.setText(typed[1])
        elif p.kind == "bool":
            self._show_bool(typed)
            self._touched = True
        else:
            self.field.setChecked(typed)

    def _show_device(self, value: Any) -> None:
        self._device_value = value
        self._touched = False
        self.not_reported = False
        p = self.param
        if p.kind == "number" and p.read_only:
            self.field.setText("–" if value is None else number_text(p, value))
            if self.unit is not None:
                self.unit.setVisible(value is not None)  # never "– V"
        elif p.kind == "number":
            self.field.setText("" if value is None else editor_text(p, value))
            self._show_range()
        elif p.kind == "choice":
            # An unknown code selects nothing and says what the BMS holds instead.
            unknown = isinstance(value, UnknownCode)
            self.field.setPlaceholderText(unknown_text(value) if unknown else "")
            self.field.setCurrentIndex(-1 if value is None or unknown else self.field.findData(int(value)))
        elif p.kind == "bool":
            if isinstance(value, UnknownCode):
                # Neither on nor off: the third state, labelled with the raw value.
                self.field.setTristate(True)
                self.field.setCheckState(Qt.CheckState.PartiallyChecked)
                self.field.setText(unknown_text(value))
                self.field.setProperty("value", "unknown")
            else:
                self._show_bool(value is True)
        elif p.kind == "pin":
            self.field.clear()
            self.repeat.clear()
        else:
            self.field.setChecked(False)

    def set_value(self, value: Any) -> None:
        """Put a value in as a pending edit (from a file, or a failed write's request)."""
        p = self.param
        if self.not_reported or isinstance(value, UnknownCode):
            return  # never pending: nothing the app may write
        if p.kind == "number" and not p.read_only:
            self.field.setText(editor_text(p, value))
        elif p.kind == "choice":
            self.field.setCurrentIndex(self.field.findData(int(value)))
        elif p.kind == "bool":
            self._show_bool(bool(value))
            self._touched = True
        elif p.kind == "action":
            self.field.setChecked(bool(value))

    def pending(self) -> tuple[bool, Any, str]:
        """(has a pending edit, the value, a problem with the typed text or "")."""
        p = self.param
        if p.read_only or self.not_reported:
            return False, None, ""
        if p.kind == "number":
            text = self.field.text().strip()
            shown = "" if self._device_value is None else editor_text(p, self._device_value)
            if text == shown:
                return False, None, ""
            if not text:
                return False, None, _t("{0}: type a value").format(param_label(p))
            value = parse_number(text)
            if value is None:
                return False, None, _t("{0}: '{1}' is not a number").format(param_label(p), text)
            if shown and value == parse_number(shown):
                return False, None, ""  # the same number typed another way ("3.65" for "3,650")
            if p.decimals == 0 and value.is_integer():
                value = int(value)
            return True, value, translate_message(p.problem(value))
        if p.kind == "choice":
            code = self.field.currentData()
            return (code is not None and code != self._device_value), code, ""
        if p.kind == "bool":
            if self.field.checkState() == Qt.CheckState.PartiallyChecked:
                return False, None, ""  # still the unknown value the BMS holds
            checked = self.field.isChecked()
            if self._device_value is None:
                return self._touched, checked, ""
            if isinstance(self._device_value, UnknownCode):
                return True, checked, ""  # on or off over an unknown value is a change
            return checked != (self._device_value is True), checked, ""
        if p.kind == "pin":
            new, again = self.field.text(), self.repeat.text()
            if not new and not again:
                return False, None, ""
            problem = translate_message(p.problem(new))
            if not problem and new != again:
                problem = _t("PIN: the two entries differ")
            return True, new, problem
        return self.field.isChecked(), True if self.field.isChecked() else None, ""

    def _boxes(self) -> list[QWidget]:
        """The field, and the PIN's repeat field when it has one."""
        return [box for box in (self.field, getattr(self, "repeat", None)) if box is not None]

    def set_invalid(self, invalid: bool) -> None:
        """Frame the field in the danger colour while its value cannot be applied (the row's message
        says why; theme.AppStyle draws the frame of a widget whose "invalid" property is set)."""
        for box in self._boxes():
            if bool(box.property("invalid")) == invalid:
                continue
            box.setProperty("invalid", invalid)
            box.update()

    def set_marked(self, pending: bool) -> None:
        """Mark a pending edit in the form itself: the field's text in bold (the page bolds the label)."""
        for box in self._boxes():
            if bool(box.property("pending")) == pending:
                continue
            box.setProperty("pending", pending)
            font = box.font()
            font.setBold(pending)
            box.setFont(font)
