"""What the pages read of a bridge: the signals every bridge has, the real one and the tests' fakes.

`DeviceBridge` (one connection), `BridgeSwitch` (the window's own connection or a pack of the site)
and the test fakes derive from `BridgeBase`, so a page connects to these signals without asking
whether the bridge has them. Attributes the pages read besides: `live` (the `LiveState`), and on a
real bridge `state`, `session`, `recorder`, `history_reader`, `serial`, `battery`/`runner` (the
simulator's, else None). They are not given defaults here: `BridgeSwitch` hands them to the bridge
it shows, which a class attribute would hide.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class BridgeBase(QObject):
    """The signals of the bridge contract (see `DeviceBridge` for what each one carries)."""

    stateChanged = Signal(object)
    itemReceived = Signal(object)
    liveChanged = Signal(object)
    settingsChanged = Signal(dict)
    errorRaised = Signal(object)  # str or Message
    noticeRaised = Signal(object)  # str or Message
    writeFinished = Signal(list)
    scanResult = Signal(object)
    scanFinished = Signal(list)
    bytesReceived = Signal(bytes, float)
    recordingWarning = Signal(object)  # str or Message
    recordingStarted = Signal(str)
    historyProgress = Signal(int, int)
    historyFinished = Signal(object)


#: the signals of the contract by name (BridgeSwitch forwards them)
SIGNALS = ("stateChanged", "itemReceived", "liveChanged", "settingsChanged", "errorRaised", "noticeRaised",
           "writeFinished", "scanResult", "scanFinished", "bytesReceived", "recordingWarning",
           "recordingStarted", "historyProgress", "historyFinished")
