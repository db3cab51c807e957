"""Translatable texts from the layers below the views (see `smartbms_gui.protocol.messages`).

The implementation lives in protocol/ because protocol/ is pure and may import nothing outside
itself; every other layer imports these names from here. Views turn a `Message` into the user's
language with `smartbms_gui.i18n.translate_message`.
"""

from smartbms_gui.protocol.messages import (  # noqa: F401 - re-exported
    LABEL_CONTEXT,
    MESSAGE_CONTEXT,
    PARAMETER_CONTEXT,
    Joined,
    Label,
    Message,
    Quantity,
    all_of,
    one_of,
    prefixed,
)

__all__ = ["LABEL_CONTEXT", "MESSAGE_CONTEXT", "PARAMETER_CONTEXT", "Joined", "Label", "Message", "Quantity",
           "all_of", "one_of", "prefixed"]
