"""The connections of a site: one `DeviceBridge` (own session, PIN, reconnect, recording) per pack.

Each pack's bridge runs on its own: its connects, writes and failures are its own tasks, so one pack
failing (a wrong PIN, out of range, a cable pulled) never stops or slows the others. The site
description (`device.site.Site`: name, packs in order, thresholds) is the one source of what the
site holds; every edit goes through here, replaces it and announces it (`siteChanged`), and the
window stores it in the preferences.

A BLE pack connects with the PIN remembered in the OS keyring (pin_store) when there is one; else
it waits for a PIN typed on its card (`needs_pin`). The PIN is never stored in the site.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from smartbms_gui.device import pin_store, simulators
from smartbms_gui.device.site import PackEntry, PackLink, PackSnapshot, Site, Thresholds, snapshot
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.views.device_bridge import SIMULATOR_PIN, DeviceBridge
from smartbms_gui.views.kept_tasks import keep_task
from smartbms_gui.views.translator import translate_message

log = logging.getLogger(__name__)


class PackConnection(QObject):
    """One pack: its entry in the site, its bridge, and its last error (translated)."""

    def __init__(self, entry: PackEntry, bridge: DeviceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.bridge = bridge
        self.last_error = ""
        self.started = False  # a connect was asked for (and not a disconnect since)
        self._failure: ConnectionState | None = None  # the last FAILED state, until the next attempt
        bridge.errorRaised.connect(self._on_error)
        bridge.stateChanged.connect(self._on_state)

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def state(self) -> ConnectionState:
        """The bridge's state; after a failed attempt (which ends DISCONNECTED) the failure and its
        reason ("wrong PIN") stay until the next attempt, as on the connection bar."""
        state = self.bridge.state
        if state.phase is Phase.DISCONNECTED and self._failure is not None:
            return self._failure
        return state

    @property
    def needs_pin(self) -> bool:
        """A BLE pack without a remembered PIN: its card asks for one before connecting."""
        link = self.entry.link
        return link.kind == "ble" and not pin_store.recall_pin(link.target)

    def serial(self) -> str | None:
        if self.bridge.serial:
            return self.bridge.serial
        link = self.entry.link
        return simulators.serial_of(link.seed) if link.kind == "simulator" else None

    def snapshot(self, thresholds: Thresholds, now: float | None = None) -> PackSnapshot:
        return snapshot(self.key, self.entry.name, self.bridge.live, now=now, serial=self.serial(),
                        phase=self.state.phase.value, offline_after_s=thresholds.offline_after_s)

    async def connect(self, pin: str | None = None, *, remember_pin: bool = False) -> None:
        self.last_error = ""
        self.started = True
        link = self.entry.link
        if link.kind == "simulator":
            await self.bridge.connect_simulator(cells=link.cells, generation=link.generation or 2,
                                                pin=pin or SIMULATOR_PIN, index=link.seed, serial=self.serial())
        elif link.kind == "ble":
            await self.bridge.connect_ble(link.target, link.generation, pin or "", remember_pin=remember_pin)
        else:
            await self.bridge.connect_serial(link.target)

    async def disconnect(self) -> None:
        self.started = False
        self._failure = None
        self.last_error = ""
        await self.bridge.disconnect()

    def _on_error(self, message: Any) -> None:
        self.last_error = translate_message(message)

    def _on_state(self, state: ConnectionState) -> None:
        if state.phase is Phase.FAILED:
            self._failure = state
        elif state.phase is not Phase.DISCONNECTED:
            self._failure = None
        if state.phase is Phase.STREAMING:
            self.last_error = ""


class SiteConnections(QObject):
    """The site and a `PackConnection` per pack. Signals: `siteChanged(Site)` after every edit,
    `packsChanged()` when packs came or went (the page rebuilds its cards), `packStateChanged(key,
    ConnectionState)`, `packError(key, text)`. A pack's live values: `add_live_listener(callback(key))`,
    a plain call from the pack's model per stream record (no Qt signal: eight packs stream a few hundred
    records a second; coalesce in the callback)."""

    siteChanged = Signal(object)
    packsChanged = Signal()
    packStateChanged = Signal(str, object)
    packError = Signal(str, str)  # key, translated text

    def __init__(self, site: Site | None = None, parent: QObject | None = None, *,
                 bridge_factory: Callable[[PackEntry], DeviceBridge] | None = None, record: bool = True,
                 recordings_folder: Any = None, **session_options: Any) -> None:
        super().__init__(parent)
        self.site = site if site is not None else Site()
        self.record = record
        self.recordings_folder = recordings_folder
        self.session_options = session_options
        self._bridge_factory = bridge_factory
        self.packs: dict[str, PackConnection] = {}
        self._tasks: set[asyncio.Task] = set()
        self._live_listeners: list[Callable[[str], None]] = []
        for entry in self.site.packs:
            self._add_connection(entry)

    # ------------------------------------------------------------------ the packs

    def _make_bridge(self, entry: PackEntry) -> DeviceBridge:
        if self._bridge_factory is not None:
            return self._bridge_factory(entry)
        return DeviceBridge(self, record=self.record, recordings_folder=self.recordings_folder,
                            diagnostics_title=f"Site pack {entry.key}", **self.session_options)

    def _add_connection(self, entry: PackEntry) -> PackConnection:
        bridge = self._make_bridge(entry)
        pack = PackConnection(entry, bridge, self)
        key = entry.key
        bridge.stateChanged.connect(lambda state, k=key: self.packStateChanged.emit(k, state))
        bridge.live.add_listener(lambda _names, k=key: self._live_changed(k))
        bridge.errorRaised.connect(lambda m, k=key: self.packError.emit(k, translate_message(m)))
        self.packs[key] = pack
        return pack

    def add_live_listener(self, callback: Callable[[str], None]) -> None:
        self._live_listeners.append(callback)

    def _live_changed(self, key: str) -> None:
        for callback in self._live_listeners:
            callback(key)

    def ordered(self) -> list[PackConnection]:
        """The packs in the site's order."""
        return [self.packs[entry.key] for entry in self.site.packs]

    def bridges(self) -> list[DeviceBridge]:
        return [pack.bridge for pack in self.ordered()]

    def snapshots(self, now: float | None = None) -> list[PackSnapshot]:
        return [pack.snapshot(self.site.thresholds, now) for pack in self.ordered()]

    # ------------------------------------------------------------------ editing the site

    def _set_site(self, site: Site, *, packs_changed: bool = False) -> None:
        self.site = site
        for entry in site.packs:
            self.packs[entry.key].entry = entry
        if packs_changed:
            self.packsChanged.emit()
        self.siteChanged.emit(site)

    def add_pack(self, link: PackLink, name: str = "", *, connect: bool = True,
                 pin: str | None = None) -> str:
        """Add a pack (raises `SiteError` for a link already in the site); returns its key."""
        site = self.site.with_pack(link, name)
        entry = site.packs[-1]
        self._add_connection(entry)
        self._set_site(site, packs_changed=True)
        if connect and not (pin is None and self.packs[entry.key].needs_pin):
            self.connect_pack(entry.key, pin)
        return entry.key

    def remove_pack(self, key: str) -> asyncio.Task | None:
        """Close the pack's link and drop it from the site."""
        site = self.site.without_pack(key)
        pack = self.packs.pop(key)
        self._set_site(site, packs_changed=True)
        return self._spawn(self._close(pack), key)

    async def _close(self, pack: PackConnection) -> None:
        try:
            await pack.disconnect()
        finally:
            pack.bridge.deleteLater()
            pack.deleteLater()

    def rename_pack(self, key: str, name: str) -> None:
        self._set_site(self.site.renamed(key, name))

    def move_pack(self, key: str, to_index: int) -> None:
        self._set_site(self.site.moved(key, to_index), packs_changed=True)

    def rename_site(self, name: str) -> None:
        from dataclasses import replace

        self._set_site(replace(self.site, name=name.strip() or self.site.name))

    def set_thresholds(self, thresholds: Thresholds) -> None:
        if thresholds != self.site.thresholds:
            self._set_site(self.site.with_thresholds(thresholds))

    async def replace_site(self, site: Site) -> None:
        """Another site altogether (a simulated site of N packs): the old links close first."""
        await self.disconnect_all()
        for pack in self.packs.values():
            pack.bridge.deleteLater()
            pack.deleteLater()
        self.packs.clear()
        self.site = site
        for entry in site.packs:
            self._add_connection(entry)
        self.packsChanged.emit()
        self.siteChanged.emit(site)

    # ------------------------------------------------------------------ connecting

    def connect_pack(self, key: str, pin: str | None = None, *, remember_pin: bool = False) -> asyncio.Task:
        pack = self.packs[key]
        return self._spawn(pack.connect(pin, remember_pin=remember_pin), key)

    def connect_all(self) -> list[asyncio.Task]:
        """Connect every pack that can go without a typed PIN (simulators, serial, remembered PINs)."""
        return [self.connect_pack(pack.key) for pack in self.ordered() if not pack.needs_pin]

    def disconnect_pack(self, key: str) -> asyncio.Task:
        return self._spawn(self.packs[key].disconnect(), key)

    async def disconnect_all(self) -> None:
        """Close every link; one that hangs or fails does not keep the others open."""
        packs = list(self.packs.values())
        results = await asyncio.gather(*(asyncio.wait_for(p.disconnect(), 5.0) for p in packs),
                                       return_exceptions=True)
        for pack, result in zip(packs, results):
            if isinstance(result, BaseException):
                log.warning("closing %s: %r", pack.entry.name, result)

    def _spawn(self, coro, key: str) -> asyncio.Task:
        def failed(exc: BaseException) -> None:
            log.error("site pack %s: %r", key, exc)
            pack = self.packs.get(key)
            text = translate_message(exc)
            if pack is not None:
                pack.last_error = text
            self.packError.emit(key, text)

        return keep_task(self._tasks, coro, failed)
