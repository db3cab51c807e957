"""Texts for people from the layers below the views: English, and ready to be translated.

A `Message` IS its English text (a `str`): logs, the command line, `str(error)`, comparisons and
JSON see exactly the sentence they always did. It also keeps its template and its arguments, so a
view can show it in the user's language (`smartbms_gui.i18n.translate_message`): the template is
looked up in the "Messages" translation context and each argument is rendered by its type:

- `Quantity(value, unit, decimals)`: a number with the user's decimal sign ("3,500 V" in German);
- `Label(text, context)`: a text the views already translate in a context of their own (the
  parameter labels in "SettingsPage", a parameter's not-writable reason in "Parameter");
- a nested `Message`: translated the same way; `Joined(items)`: items rendered one by one;
- anything else (a file path, a device's name, an operating system's error text): as it is.

Templates name their fields (`{seconds}`), with no format spec (numbers are `Quantity`s), so a
translation keeps the same fields (translations/check_translations.py checks that). A template is
always a literal written in the `Message(...)` call: translations/extract_strings.py finds it there.

Pure: no Qt, no I/O, so protocol/ may use it; `smartbms_gui.messages` is the name the other layers
import it by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: the translation context of every Message template
MESSAGE_CONTEXT = "Messages"
#: where the views translate parameter labels (views/settings_texts.param_label)
LABEL_CONTEXT = "SettingsPage"
#: where the views translate a parameter's help and not-writable reason (extract_strings.parameter_messages)
PARAMETER_CONTEXT = "Parameter"


class Message(str):
    """English text (the `str` itself) with its template and arguments, for translation in a view."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        self = super().__new__(cls, template.format(**{name: str(value) for name, value in args.items()}))
        self.template = template
        self.args = args
        return self

    def __str__(self) -> Message:
        # str(error) of an exception that carries a Message keeps it (and so its translation)
        return self

    def __format__(self, spec: str) -> str:
        return self if not spec else format(str.__str__(self), spec)


class Label(str):
    """A text translated in a context of its own (a parameter's label); English as the `str`."""

    context: str

    def __new__(cls, text: str, context: str = LABEL_CONTEXT) -> Label:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __str__(self) -> Label:
        return self


@dataclass(frozen=True)
class Quantity:
    """A number and its unit. `decimals=None`: as Python's `:g` writes it (an int as it is)."""

    value: float
    unit: str = ""
    decimals: int | None = None

    @property
    def shown_decimals(self) -> int:
        """The digits after the decimal sign, also for `decimals=None` (taken from the English text)."""
        if self.decimals is not None:
            return self.decimals
        number = self.number_text()
        return len(number.split(".", 1)[1]) if "." in number and "e" not in number else 0

    def number_text(self) -> str:
        if self.decimals is not None:
            return f"{float(self.value):.{self.decimals}f}"
        if isinstance(self.value, int) and not isinstance(self.value, bool):
            return str(self.value)
        return f"{self.value:g}"

    def __str__(self) -> str:
        return f"{self.number_text()} {self.unit}" if self.unit else self.number_text()


@dataclass(frozen=True)
class Joined:
    """Items shown one after the other with `separator` between them ("3.8 V, 4.2 V")."""

    items: tuple[Any, ...]
    separator: str = ", "

    def __init__(self, items: Iterable[Any], separator: str = ", ") -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "separator", separator)

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)


def one_of(items: Iterable[Any]) -> Any:
    """"a", "a or b", "a, b or c" (the last pair joined in the user's words)."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return Message("{first} or {last}", first=Joined(items[:-1]), last=items[-1])


def all_of(items: Iterable[Any]) -> Any:
    """"a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return Message("{first} and {last}", first=Joined(items[:-1]), last=items[-1])


def prefixed(label: str, text: Any) -> Message:
    """"V max: <text>": a sentence about one setting, the setting's label (translated) first."""
    return Message("{label}: {text}", label=Label(label), text=text)
