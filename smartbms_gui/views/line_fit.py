"""Widgets that end one line of a page's controls where it has room for them, else another line: the
Site page's four actions (beside its name, or on a line of their own) and the Plots page's menus (on
the first line, or at the end of the replay line). Squeezed into a line too short for them, Qt cuts
their texts and their neighbours' off."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QWidget


def line_width(line: QBoxLayout, plus: Iterable[QWidget] = (), skip: Iterable[QWidget] = ()) -> int:
    """The width `line`'s shown widgets ask for, with `plus` added wherever they are now and `skip`
    left out, and the spacing between them."""
    plus, skip = list(plus), set(skip)
    widgets = [line.itemAt(i).widget() for i in range(line.count())]
    shown = [w for w in widgets if w is not None and not w.isHidden() and w not in skip and w not in plus]
    shown += plus
    return sum(w.sizeHint().width() for w in shown) + line.spacing() * len(shown)


def move_widgets(widgets: Iterable[QWidget], source: QBoxLayout, target: QBoxLayout) -> None:
    """Take `widgets` from the end of `source` to the end of `target`, in their order."""
    for widget in widgets:
        source.removeWidget(widget)
        target.addWidget(widget)
