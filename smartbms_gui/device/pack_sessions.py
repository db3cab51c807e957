"""Several packs at once: one `DeviceSession` per pack, each with its own PIN, reconnect and recording.

A site has several packs in parallel, each with its own BMS and link (Bluetooth, the USB cable or a
simulator, in any mix: the links come from `device/links.py`). `PackSessions` runs them side by side
and keeps them apart:

- every pack has its own session (its own supervision task, backoff and PIN), its own `LiveState`
  and, when asked, its own `Recorder`;
- the site-wide callbacks (`on_state(pack, state)`, `on_item(pack, item, t)`, `on_error(pack, exc)`,
  `on_notice(pack, text)`) are guarded: an exception in one pack's callback is logged and that
  call dropped, it never reaches the pack's link or any other pack;
- connecting, closing and removing run per pack; a pack that fails (wrong PIN, out of range, port
  gone) ends in its own state and the others go on.

Several Bluetooth packs go through one radio: its connects queue one at a time (the operating
systems' stacks do it; the virtual radio does it in `VirtualRadio.connect`), the rest of each
start-up (services, wake-up, PIN, settings) runs in parallel.

`snapshots()` and `totals()` hand the packs to the pure site model (`device/site.py`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartbms_gui.device.errors import DeviceError
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.recording import Recorder, RecordingWarning
from smartbms_gui.device.session import DeviceSession, TransportFactory
from smartbms_gui.device.site import (
    DEFAULT_OFFLINE_AFTER_S,
    PackSnapshot,
    SiteTotals,
    Thresholds,
    divergences,
    site_totals,
    snapshot,
)
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol.scaling import Generation

log = logging.getLogger(__name__)

#: phases in which `connect` stops waiting for a pack: it is live, or it will not be soon
SETTLED = (Phase.STREAMING, Phase.FAILED, Phase.RECONNECTING)


@dataclass
class Pack:
    """One pack of the site: its key (stable), display name, session, live model and recording.

    `label` is what the command line prints as `"pack"`: the serial number when one is known,
    else the 1-based position in the site."""

    key: str
    name: str
    position: int
    session: DeviceSession
    live: LiveState
    serial: str | None = None
    recorder: Recorder | None = None
    errors: list[DeviceError] = field(default_factory=list)
    recording_warnings: list[RecordingWarning] = field(default_factory=list)

    @property
    def state(self) -> ConnectionState:
        return self.session.state

    @property
    def label(self) -> str | int:
        return self.serial if self.serial else self.position

    def snapshot(self, now: float | None = None, *, offline_after_s: float = DEFAULT_OFFLINE_AFTER_S
                 ) -> PackSnapshot:
        return snapshot(self.key, self.name, self.live, now=now, serial=self.serial,
                        phase=self.state.phase.value, offline_after_s=offline_after_s)


class PackSessions:
    """The sessions of a site's packs (see the module text). Use on one asyncio loop."""

    def __init__(
        self,
        *,
        on_state: Callable[[Pack, ConnectionState], None] | None = None,
        on_item: Callable[[Pack, Any, float], None] | None = None,
        on_error: Callable[[Pack, DeviceError], None] | None = None,
        on_notice: Callable[[Pack, Any], None] | None = None,
        on_recording_warning: Callable[[Pack, RecordingWarning], None] | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.on_state = on_state
        self.on_item = on_item
        self.on_error = on_error
        self.on_notice = on_notice
        self.on_recording_warning = on_recording_warning
        self.thresholds = thresholds or Thresholds()
        self._packs: list[Pack] = []

    # ------------------------------------------------------------------ the packs

    def __iter__(self) -> Iterator[Pack]:
        return iter(list(self._packs))

    def __len__(self) -> int:
        return len(self._packs)

    @property
    def packs(self) -> list[Pack]:
        return list(self._packs)

    def pack(self, key: str) -> Pack:
        for pack in self._packs:
            if pack.key == key:
                return pack
        raise KeyError(key)

    def add(
        self,
        factory: TransportFactory,
        *,
        key: str | None = None,
        name: str = "",
        pin: str | None = None,
        generation: Generation | int = Generation.GEN2,
        serial: str | None = None,
        record: str | Path | None = None,
        wire: str = "ascii",
        simulated: bool = False,
        **session_options: Any,
    ) -> Pack:
        """A new pack at the end of the site, not started. `factory` makes a transport per
        connection attempt (`device/links.py`); `record`: a recording file or a folder for one
        (named after the pack: `device/recording.new_recording_path`); `session_options` go to its
        `DeviceSession` (timeouts, backoff, `max_attempts`, …)."""
        position = len(self._packs) + 1
        key = key or f"pack{position}"
        if any(p.key == key for p in self._packs):
            raise ValueError(f"a pack with key {key!r} is in the site already")
        generation = Generation(int(generation))
        live = LiveState(generation=generation)
        session = DeviceSession(factory, pin, generation, live=live, **session_options)
        pack = Pack(key=key, name=name or f"Pack {position}", position=position, session=session, live=live,
                    serial=serial or None)
        session.on_state = self._guard(pack, "state",
                                       lambda state: self.on_state and self.on_state(pack, state))
        session.on_item = self._guard(pack, "item",
                                      lambda item, t: self.on_item and self.on_item(pack, item, t))
        session.on_error = self._guard(pack, "error", lambda exc: self._pack_error(pack, exc))
        session.on_notice = self._guard(pack, "notice",
                                        lambda text: self.on_notice and self.on_notice(pack, text))
        if record is not None:
            description = " ".join(p for p in (pack.name, pack.serial or "") if p)
            pack.recorder = Recorder(record, wire=wire, generation=int(generation), description=description,
                                     monotonic=True, simulated=simulated,
                                     on_warning=lambda w: self._recording_warning(pack, w))
            pack.recorder.attach(session)  # listens beside the guarded callbacks above
        self._packs.append(pack)
        return pack

    # ------------------------------------------------------------------ running

    def start(self, key: str | None = None) -> None:
        """Start every pack's session (or the one with `key`); each reconnects on its own."""
        for pack in self._selected(key):
            pack.session.start()

    async def connect(self, timeout: float | None = None, *, key: str | None = None
                      ) -> dict[str, ConnectionState]:
        """Start the packs and wait until each is live or settled elsewhere (failed, reconnecting),
        at most `timeout` seconds in all; returns every pack's state then (a pack still connecting
        is returned as it is: the caller decides)."""
        packs = self._selected(key)
        for pack in packs:
            pack.session.start()

        async def settle(pack: Pack) -> None:
            try:
                await pack.session.wait_for(lambda s: s.phase in SETTLED, timeout)
            except asyncio.TimeoutError:
                pass

        await asyncio.gather(*(settle(p) for p in packs))
        return {p.key: p.state for p in packs}

    async def remove(self, key: str) -> None:
        """Close one pack's session and recording and take it out of the site; the others go on."""
        pack = self.pack(key)
        self._packs.remove(pack)
        await self._close_pack(pack)
        for position, other in enumerate(self._packs, start=1):
            other.position = position

    async def close(self) -> None:
        """Close every pack (in parallel; one failing to close does not keep the others open)."""
        await asyncio.gather(*(self._close_pack(p) for p in self._packs))

    # ------------------------------------------------------------------ the site's view

    def snapshots(self, now: float | None = None) -> list[PackSnapshot]:
        return [p.snapshot(now, offline_after_s=self.thresholds.offline_after_s) for p in self._packs]

    def totals(self, now: float | None = None) -> SiteTotals:
        return site_totals(self.snapshots(now))

    def divergences(self, now: float | None = None) -> list:
        return divergences(self.snapshots(now), self.thresholds)

    # ------------------------------------------------------------------ helpers

    def _selected(self, key: str | None) -> list[Pack]:
        return [self.pack(key)] if key is not None else list(self._packs)

    def _guard(self, pack: Pack, what: str, callback: Callable[..., Any]) -> Callable[..., None]:
        def guarded(*args: Any) -> None:
            try:
                callback(*args)
            except Exception:  # noqa: BLE001 - one pack's listener must not stop any link
                log.exception("%s: the %s listener failed; the pack's link goes on", pack.name, what)

        return guarded

    def _pack_error(self, pack: Pack, error: DeviceError) -> None:
        pack.errors.append(error)
        if self.on_error is not None:
            self.on_error(pack, error)

    def _recording_warning(self, pack: Pack, warning: RecordingWarning) -> None:
        # called on the recorder's writer thread
        pack.recording_warnings.append(warning)
        if self.on_recording_warning is not None:
            try:
                self.on_recording_warning(pack, warning)
            except Exception:  # noqa: BLE001 - as _guard
                log.exception("%s: the recording-warning listener failed", pack.name)

    async def _close_pack(self, pack: Pack) -> None:
        try:
            await pack.session.close()
        except Exception:  # noqa: BLE001 - closing the others matters more
            log.exception("%s: closing the session failed", pack.name)
        if pack.recorder is not None:
            # A pack that never went live (wrong PIN, out of range) leaves no file behind.
            pack.recorder.close(keep=pack.recorder.went_live)
