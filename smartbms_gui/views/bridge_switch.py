"""Which battery the main pages show: the window's own connection or one pack of the site.

`BridgeSwitch` stands where the pages expect a `DeviceBridge`: it has the bridge's signals and
hands every attribute and call (`live`, `session`, `connect_ble`, `apply_settings`, …) to the bridge
chosen now (`target`). `switch_to(bridge)` moves its signals to another bridge and tells the pages
(the state, the settings, every live value changed), so Overview, Battery details, Settings,
History, Switches and the connection bar follow that pack without being rebuilt.

The window's own bridge (`own`) stays the app's single connection; a site pack's bridge belongs to
the Site page. `targetChanged(bridge)` lets the window clear what belongs to the previous battery
(the Plots page's live history).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from smartbms_gui.device.model import CELLS, LIGHTS, LINK, RELAYS, SETTINGS, VALUE_UNITS
from smartbms_gui.views.bridge_base import SIGNALS, BridgeBase

#: the DeviceBridge signals the switch forwards (by name): the contract's (bridge_base.py)
FORWARDED = SIGNALS

#: what changed when the pages are moved to another battery: everything
EVERYTHING = frozenset(VALUE_UNITS) | {CELLS, LIGHTS, RELAYS, SETTINGS, LINK, "generation", "all"}


class BridgeSwitch(BridgeBase):
    #: the pages now show this bridge
    targetChanged = Signal(object)

    def __init__(self, own: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own = own
        self.target = None
        self._links: list[tuple[Any, Any]] = []
        self.switch_to(own, announce=False)

    def switch_to(self, bridge: Any, *, announce: bool = True) -> None:
        """Show `bridge` on the pages (None: the window's own connection)."""
        bridge = bridge if bridge is not None else self.own
        if bridge is self.target:
            return
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the bridge was deleted with its pack
                pass
        self._links = []
        self.target = bridge
        for name in FORWARDED:
            source = getattr(bridge, name, None)
            if source is not None:
                slot = getattr(self, name).emit
                source.connect(slot)
                self._links.append((source, slot))
        if announce:
            self.stateChanged.emit(bridge.state)
            self.settingsChanged.emit(dict(bridge.live.settings))
            self.liveChanged.emit(EVERYTHING)
            self.targetChanged.emit(bridge)  # last: the window's note on it outlives the state's

    @property
    def showing_own(self) -> bool:
        return self.target is self.own

    # QObject has a disconnect() of its own: the bridge's (close the link) must win.
    def disconnect(self, *args: Any) -> Any:  # noqa: A003
        return self.target.disconnect(*args)

    def __getattr__(self, name: str) -> Any:
        # Only called for names the switch itself lacks: everything else is the target bridge's.
        if name in ("target", "own", "_links"):
            raise AttributeError(name)
        return getattr(self.target, name)
