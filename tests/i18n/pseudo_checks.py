"""Find visible strings that escaped translation and text clipped by its widget (pseudo-locale tests)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from smartbms_gui.i18n import is_pseudo_translated

# Words that are the same in every language: units, names, protocol letters.
SAME_IN_EVERY_LANGUAGE = {
    "v", "mv", "a", "ma", "w", "kw", "wh", "kwh", "ah", "mah", "s", "ms", "h", "min", "hz", "%",
    "°c", "°f", "c", "f", "soc", "soh", "bms", "smartbms", "123\\smartbms", "lifepo4", "lfp", "lto",
    "nmc", "nca", "usb", "ble", "pin", "e", "vh", "vl", "th", "tl", "ok", "ko", "na", "id", "ftdi",
    "smartbms desktop", "desktop", "in", "out", "qt", "pyside6", "bluetooth", "v1", "v2", "v3", "gen2",
    "gen3", "x", "tty", "dev", "com", "usbserial", "ttyusb0",
    # language names are shown in their own language on purpose (the language picker)
    "english", "nederlands", "deutsch",
}
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9\\]*")
# A code shown as the device sent it (the firmware field of V@, "0x330B") is data, not text.
HEX_CODE = re.compile(r"\b0x[0-9A-Fa-f]+\b")


@dataclass(frozen=True)
class Problem:
    kind: str  # "escaped" or "clipped"
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.text!r}"


_TAG = re.compile(r"<[A-Za-z/!][^>]*>")


def rich(text: str) -> bool:
    """Qt's own guess (Qt::mightBeRichText) is not in PySide6: a tag anywhere is close enough here."""
    return bool(_TAG.search(text))


def plain(text: str) -> str:
    if rich(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def escaped(text: str) -> bool:
    """True when the text shows words but did not pass through the translator."""
    text = plain(text).replace("&", "")
    if not text.strip() or is_pseudo_translated(text):
        return False
    words = [w.lower() for w in WORD.findall(HEX_CODE.sub(" ", text))]
    return any(len(w) > 1 and w not in SAME_IN_EVERY_LANGUAGE for w in words)


def describe(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) pairs a user can see on or over this widget."""
    out = []
    if widget.toolTip():
        out.append(("tooltip", widget.toolTip()))
    if isinstance(widget, QLabel):
        out.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append(("group", widget.title()))
    elif isinstance(widget, QLineEdit):
        out.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        out += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QListWidget):
        out += [("list item", widget.item(i).text()) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None and not isinstance(widget, QListWidget):
        model = widget.model()
        columns = model.columnCount(QModelIndex())
        out += [("header", str(model.headerData(i, Qt.Orientation.Horizontal) or "")) for i in range(columns)]
    if isinstance(widget, QMenu):
        for action in widget.actions():
            out.append(("menu item", action.text()))
            if action.toolTip() != action.text().replace("&", ""):
                out.append(("menu tooltip", action.toolTip()))
    if widget.isWindow() and widget.windowTitle():
        out.append(("window title", widget.windowTitle()))
    return out


def clipped(widget: QWidget) -> str | None:
    """The text if the widget is too small to show it whole (pseudo text is ~30 % longer)."""
    if widget.width() <= 0 or widget.height() <= 0:
        return None
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 2:
                return text
            return None
        if rich(text):
            return text if widget.sizeHint().width() > widget.width() + 2 else None
        width = max(widget.fontMetrics().horizontalAdvance(line) for line in text.replace("&", "").split("\n"))
        return text if width > widget.contentsRect().width() + 1 else None
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
        return widget.text() if widget.sizeHint().width() > widget.width() + 2 else None
    if isinstance(widget, QListWidget) and widget.count():
        # a list used as page navigation: every item must fit without a horizontal scroll bar
        room = widget.viewport().width()
        for i in range(widget.count()):
            item = widget.item(i)
            needed = widget.visualItemRect(item).x() + widget.fontMetrics().horizontalAdvance(item.text()) + 8
            if not item.icon().isNull():
                needed += widget.iconSize().width() + 4
            if needed > room:
                return item.text()
    return None


def lay_out_pending() -> None:
    """Apply the layout requests still queued, as Qt does before it paints.

    A live label (the recording indicator's size, a value) may get a longer text between the last
    event pass and the check; its layout request is then still queued, and the label would be measured
    at its old width. Each pass can queue the parent's request, so a few passes cover the nesting.
    """
    for _ in range(8):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def find_problems(root: QWidget) -> list[Problem]:
    lay_out_pending()
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for what, text in _texts(widget):
            if escaped(text):
                problems.append(Problem("escaped", f"{describe(widget)} {what}", text))
        if widget.isVisible():
            text = clipped(widget)
            if text is not None:
                problems.append(Problem("clipped", describe(widget), text))
    return problems
