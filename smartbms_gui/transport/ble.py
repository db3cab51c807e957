"""Bluetooth LE link to a 123\\SmartBMS through bleak (docs/protocol.md §1-2).

- Scanning finds modules by manufacturer company id or by the advertised Nordic UART service UUID
  (Gen3 sends it in its scan response), never by name alone (names are missing on some systems),
  and decodes type, generation and serial from the advertisement (`protocol.advert.identify`).
- Two GATT layouts: Gen2 BlueRadios "BRSP" (writes with response, ≤ 20-byte chunks, the module's
  rts flow-control flag honoured, a fixed start-up order) and Gen3 Nordic UART (writes without
  response). The layout is chosen from the services the module really has.
- A generation the advert left open (an unknown device type) is settled from that layout after
  connecting: `BleTransport.generation` (NUS ⇒ Gen3, BRSP ⇒ Gen2).
- Notifications go straight to the receivers: reassembling records is the decoder's job.
- Scanning and connecting never overlap (many adapters fail when they do).

`backend=` (and any extra keywords) pass through to `BleakScanner`/`BleakClient`, so the tests and
the demo mode run this same code over the bumble virtual radio (`ble_bumble_backend.py`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bleak import BleakClient, BleakScanner
from bleak.backends.device import BLEDevice
from bleak.backends.scanner import AdvertisementData
from bleak.exc import BleakError

from smartbms_gui.messages import Message
from smartbms_gui.protocol.advert import NUS_SERVICE_UUID, Advert, identify
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport import ble_problems
from smartbms_gui.transport.base import LinkLost, Transport, TransportError, Wire

log = logging.getLogger(__name__)

# Gen2: BlueRadios serial port profile (BRSP) [R]
BRSP_SERVICE = "da2b84f1-6279-48de-bdc0-afbea0226079"
BRSP_RX = "bf03260c-7205-4c25-af43-93b1c299d159"  # the app writes here (with response)
BRSP_TX = "18cda784-4bd3-4370-85bb-bfed91ec86af"  # the module notifies here
BRSP_MODE = "a87988b9-694c-479c-900e-95dfa6c00a24"  # 0 idle, 1 data, 2 remote command, 4 firmware update
BRSP_INFO = "99564a02-dc01-4d3c-b04e-3bb1ef0571b2"
BRSP_RTS = "fdd6b4d3-046d-4330-bdec-1fd0c90cb43b"  # signed int8, 0 = clear to send
BRSP_CTS = "0a1934f5-24b8-4f13-9842-37bb167c6aff"
BRSP_MODE_DATA = 1

# Gen3: Nordic UART service [R]
NUS_SERVICE = NUS_SERVICE_UUID  # "6e400001-b5a3-f393-e0a9-e50e24dcca9e"
NUS_RX = "6e400002-b5a3-f393-e0a9-e50e24dcca9e"  # the app writes here (without response)
NUS_TX = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"  # the module notifies here

DEFAULT_NAME = "123\\SmartBMS"
# Served only by the simulator's virtual module (sim/ble_peripheral.py): its presence means "not a
# real battery", so simulator-only write addresses are allowed. Real modules never offer it.
SIMULATOR_SERVICE = "6d2dd5aa-3194-49f0-9c8e-2472c166ec89"

CHUNK = 20  # ATT payload at the default MTU of 23
ENV_BACKEND = "SMARTBMS_BLE_BACKEND"

# BlueZ reports these when a connection attempt is cut short; a retry usually works.
_RETRYABLE = ("le-connection-abort-by-local", "software caused connection abort", "br-connection-canceled",
              "connection aborted", "failed to discover services", "in progress")


def prepare_platform() -> None:
    """Call once at app start, before any Qt window: bleak's WinRT backend needs this when the Qt
    main thread is a single-threaded apartment (STA). A no-op elsewhere."""
    if sys.platform != "win32":
        return
    try:
        # (missing in older bleak, handled below; unreachable for the checker off Windows)
        from bleak.backends.winrt.util import allow_sta  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # older bleak without the helper
        return
    allow_sta()


def selected_backend() -> tuple[type | _BumbleBackend | None, dict[str, Any]]:
    """The bleak backend chosen by `$SMARTBMS_BLE_BACKEND` (`bumble` = the virtual radio of
    `smartbms-sim --ble`); `(None, {})` means the operating system's Bluetooth."""
    name = os.environ.get(ENV_BACKEND, "").strip().lower()
    if name in ("", "os", "system", "default"):
        return None, {}
    if name == "bumble":
        from smartbms_gui.transport.ble_bumble_backend import BumbleClient, BumbleScanner

        return _BumbleBackend(BumbleScanner, BumbleClient), {}
    raise TransportError(Message("Unknown Bluetooth backend {name} in {variable}: use 'bumble' or leave it "
                                 "empty.", name=repr(name), variable=ENV_BACKEND))


@dataclass(frozen=True)
class _BumbleBackend:
    """Scanner and client classes travel together; `ble.py` picks the right one."""

    scanner: type
    client: type


def _backend_for(backend: Any, role: str) -> type | None:
    if backend is None:
        return None
    if isinstance(backend, _BumbleBackend):
        return backend.scanner if role == "scanner" else backend.client
    if isinstance(backend, tuple):
        return backend[0] if role == "scanner" else backend[1]
    return backend


@dataclass(frozen=True)
class FoundDevice:
    """One 123\\SmartBMS seen while scanning."""

    address: str
    name: str
    rssi: int
    advert: Advert
    ble_device: Any = None
    seen_at: float = 0.0

    @property
    def generation(self) -> Generation | None:
        """None when the advert leaves it open (unknown device type, no NUS UUID): pass None to
        `BleTransport`, which settles it from the GATT layout after connecting."""
        return self.advert.generation

    @property
    def serial(self) -> str:
        return self.advert.serial

    @property
    def type_label(self) -> str:
        return self.advert.type_label

    @property
    def device_type(self) -> Any:
        return self.advert.device_type

    @property
    def label(self) -> str:
        name = self.name or DEFAULT_NAME
        return " ".join(p for p in (name, self.advert.serial, f"({self.advert.type_label})") if p)


def found_device(device: BLEDevice, adv: AdvertisementData) -> FoundDevice | None:
    """A `FoundDevice` if this advertisement is a 123\\SmartBMS (our company id, or the advertised
    NUS UUID: docs/protocol.md §1), else None. The name alone never makes a candidate."""
    advert = identify(adv.manufacturer_data, adv.service_uuids)
    if advert is None:
        return None
    return FoundDevice(device.address, adv.local_name or device.name or "", adv.rssi, advert, device,
                       time.monotonic())


class _Radio:
    """Keeps scanning and connecting apart: a connect stops the scan; a scan waits for connects."""

    def __init__(self) -> None:
        self.connecting = 0
        self.scanners: set[BleScanner] = set()
        self._idle: asyncio.Event | None = None
        self._idle_loop: asyncio.AbstractEventLoop | None = None

    def idle_event(self) -> asyncio.Event:
        # One event per event loop: an asyncio.Event that was waited on belongs to its loop, and the
        # app (qasync) or a test run may start a new loop while this module stays imported.
        loop = asyncio.get_running_loop()
        if self._idle is None or self._idle_loop is not loop:
            self._idle, self._idle_loop = asyncio.Event(), loop
            if self.connecting == 0:
                self._idle.set()
        return self._idle

    async def begin_connect(self) -> None:
        self.connecting += 1
        self.idle_event().clear()
        for scanner in list(self.scanners):
            await scanner.stop()

    def end_connect(self) -> None:
        self.connecting = max(0, self.connecting - 1)
        if self.connecting == 0:
            self.idle_event().set()


RADIO = _Radio()


class BleScanner:
    """Live scan for 123\\SmartBMS modules. `on_found(FoundDevice)` fires for every advertisement."""

    def __init__(self, on_found: Callable[[FoundDevice], None] | None = None, *, backend: Any = None,
                 **backend_kwargs: Any) -> None:
        if backend is None:
            backend, extra = selected_backend()
            backend_kwargs = {**extra, **backend_kwargs}
        self.on_found = on_found
        self.found: dict[str, FoundDevice] = {}
        self.report_interval_s = 1.0
        self._reported: dict[str, float] = {}
        self._backend = backend
        self._kwargs = backend_kwargs
        self._scanner: BleakScanner | None = None

    @property
    def scanning(self) -> bool:
        return self._scanner is not None

    async def start(self) -> None:
        if self._scanner is not None:
            return
        self.found.clear()
        self._reported.clear()
        while True:
            await RADIO.idle_event().wait()  # never while a connect is under way
            scanner = BleakScanner(self._on_advertisement, backend=_backend_for(self._backend, "scanner"),
                                   **self._kwargs)
            try:
                await scanner.start()
            except (BleakError, OSError) as exc:
                error = TransportError(_scan_message(exc))
                error.lasting = ble_problems.classify(exc) in ble_problems.LASTING
                raise error from exc
            if RADIO.connecting == 0:
                break
            # A connect began while the scan was starting (it could not stop a scan it did not know
            # of yet): give the radio back and wait again.
            try:
                await scanner.stop()
            except (BleakError, OSError) as exc:
                log.debug("stopping the scan: %r", exc)
        self._scanner = scanner
        RADIO.scanners.add(self)

    async def stop(self) -> None:
        scanner, self._scanner = self._scanner, None
        RADIO.scanners.discard(self)
        if scanner is not None:
            try:
                await scanner.stop()
            except (BleakError, OSError) as exc:
                log.debug("stopping the scan: %r", exc)

    async def scan(self, duration_s: float = 5.0, *, until: Callable[[FoundDevice], bool] | None = None
                   ) -> list[FoundDevice]:
        """Scan for `duration_s` (or until `until(device)` is true); strongest signal first."""
        done = asyncio.Event()
        previous = self.on_found

        def on_found(device: FoundDevice) -> None:
            if previous is not None:
                previous(device)
            if until is not None and until(device):
                done.set()

        self.on_found = on_found
        try:
            await self.start()
            try:
                await asyncio.wait_for(done.wait(), duration_s)
            except asyncio.TimeoutError:
                pass
        finally:
            self.on_found = previous
            await self.stop()
        return sorted(self.found.values(), key=lambda d: d.rssi, reverse=True)

    def _on_advertisement(self, device: BLEDevice, adv: AdvertisementData) -> None:
        found = found_device(device, adv)
        if found is None:
            return
        previous = self.found.get(found.address)
        self.found[found.address] = found
        # A module advertises many times a second: report it when new, then at most once per
        # `report_interval_s` (enough for a live RSSI in the list, without flooding the window).
        if previous is not None and found.seen_at - self._reported.get(found.address, 0.0) < self.report_interval_s:
            return
        self._reported[found.address] = found.seen_at
        if self.on_found is not None:
            self.on_found(found)


def _scan_message(exc: BaseException) -> Message:
    log.warning("Bluetooth scan failed: %r", exc)
    return ble_problems.explain(exc, scanning=True)


def _problem(exc: BaseException, description: str) -> TransportError:
    """A TransportError in plain words for this OS; `lasting` when retrying cannot help."""
    error = TransportError(ble_problems.explain(exc, device=description))
    error.cause = ble_problems.classify(exc)  # type: ignore[attr-defined]
    error.lasting = error.cause in ble_problems.LASTING  # type: ignore[attr-defined]
    return error


class BleTransport(Transport):
    """The byte pipe over BLE. The GATT layout (BRSP or NUS) is taken from the services the module
    offers.

    `generation` is the battery's protocol generation as the advert gave it (`FoundDevice.generation`),
    or None when the advert left it open. After `open()`, `self.generation` is settled: the given one,
    else from the layout (NUS ⇒ Gen3, BRSP ⇒ Gen2: docs/protocol.md §2), and `generation_source` says
    which ("advert" or "gatt"). The session must read it after `open()` and use it for its client.
    """

    wire = Wire.ASCII

    def __init__(
        self,
        address: str | BLEDevice,
        generation: Generation | int | None = None,
        *,
        name: str = "",
        serial: str = "",
        backend: Any = None,
        is_hardware: bool | None = None,
        connect_timeout_s: float = 20.0,
        connect_attempts: int = 3,
        rts_wait_s: float = 0.5,
        mode_wait_s: float = 0.4,
        cts_timeout_s: float = 2.0,
        disconnect_timeout_s: float = 10.0,
        **backend_kwargs: Any,
    ) -> None:
        super().__init__()
        if backend is None:
            backend, extra = selected_backend()
            backend_kwargs = {**extra, **backend_kwargs}
        self.address = address
        self._given_generation = None if generation is None else Generation(int(generation))
        #: None until settled; see the class text
        self.generation: Generation | None = self._given_generation
        self.generation_source = "advert" if generation is not None else ""
        self._name = name
        self._serial = serial
        self._backend = backend
        self._kwargs = backend_kwargs
        # Decided after connecting from the services the module offers (the simulator marks itself);
        # until then, and for every real module, writes are treated as going to hardware.
        self._is_hardware_override = is_hardware
        self.is_hardware = True if is_hardware is None else is_hardware
        self.connect_timeout_s = connect_timeout_s
        self.connect_attempts = connect_attempts
        self.rts_wait_s = rts_wait_s
        self.mode_wait_s = mode_wait_s
        self.cts_timeout_s = cts_timeout_s
        #: a disconnect unanswered this long is given up (a module out of range answers none; the
        #: stack ends the connection at its supervision timeout anyway)
        self.disconnect_timeout_s = disconnect_timeout_s
        self._client: BleakClient | None = None
        self._layout: str | None = None  # "brsp" or "nus"
        self._closing = False
        self._lost_reported = False
        self._write_lock = asyncio.Lock()
        self._clear_to_send = asyncio.Event()
        self._clear_to_send.set()
        self.info: bytes = b""
        self.notifications = 0

    @property
    def description(self) -> str:
        what = " ".join(p for p in ("BLE", self._name or "123\\SmartBMS", self._serial) if p)
        return what

    @property
    def is_open(self) -> bool:
        return self._client is not None and self._client.is_connected and not self._closing

    @property
    def layout(self) -> str | None:
        return self._layout

    async def open(self) -> None:
        await RADIO.begin_connect()
        try:
            await self._connect_with_retries()
        except asyncio.CancelledError:
            # The user gave up while connecting: do not leave a half-open link holding the module.
            await asyncio.shield(self._drop_client())
            raise
        finally:
            RADIO.end_connect()

    async def _connect_with_retries(self) -> None:
        delay = 0.5
        for attempt in range(1, self.connect_attempts + 1):
            try:
                await self._connect()
                return
            except (BleakError, OSError, asyncio.TimeoutError) as exc:
                await self._drop_client()
                text = str(exc).lower()
                if attempt < self.connect_attempts and any(marker in text for marker in _RETRYABLE):
                    log.info("BLE connect aborted (%s); retrying in %.1f s", exc, delay)
                    await asyncio.sleep(delay)
                    delay *= 2
                    continue
                log.warning("BLE connect to %s failed: %r", self.description, exc)
                raise _problem(exc, self.description) from exc

    async def _connect(self) -> None:
        self._closing = False
        self._lost_reported = False
        client = BleakClient(self.address, disconnected_callback=self._on_disconnected,
                             timeout=self.connect_timeout_s, backend=_backend_for(self._backend, "client"),
                             **self._kwargs)
        self._client = client
        await client.connect()
        services = client.services
        if self._is_hardware_override is None:
            self.is_hardware = services.get_service(SIMULATOR_SERVICE) is None
        if services.get_service(BRSP_SERVICE) is not None:
            self._layout = "brsp"
            self._settle_generation()
            await self._start_brsp(client)
        elif services.get_service(NUS_SERVICE) is not None:
            self._layout = "nus"
            self._settle_generation()
            await client.start_notify(NUS_TX, self._on_notification)
        else:
            raise TransportError(Message("{device} offers neither the BRSP nor the Nordic UART service: it "
                                         "is not a 123\\SmartBMS Bluetooth module.", device=self.description))

    def _settle_generation(self) -> None:
        """The generation from the layout when the advert left it open (an unknown device type).

        NUS is the Gen3 (Raytac) module and BRSP the Gen2 (BlueRadios) one (docs/protocol.md §2). A Gen3
        on a BlueRadios module (type 4) says so in its advert, so BRSP ⇒ Gen2 only stands in for an
        unknown type. A given generation is kept; a layout that contradicts it is logged.
        """
        by_layout = Generation.GEN3 if self._layout == "nus" else Generation.GEN2
        given = self._given_generation
        if given is None:
            self.generation, self.generation_source = by_layout, "gatt"
            log.info("%s: generation Gen%d taken from its %s service (the advert did not say)",
                     self.description, int(by_layout), str(self._layout).upper())
            return
        self.generation, self.generation_source = given, "advert"
        if given is Generation.GEN2 and by_layout is Generation.GEN3:
            log.warning("%s: advertised as Gen2 but offers the Nordic UART service of Gen3 modules; "
                        "keeping Gen2", self.description)

    async def _start_brsp(self, client: BleakClient) -> None:
        """The module's start-up order [R]: rts, pause, tx, info, mode = data (with response), pause.

        The flow-control subscription and the info read are optional, as in the official app: a failure
        is logged and the start-up goes on (without the rts flag the app sends without waiting)."""
        try:
            await client.start_notify(BRSP_RTS, self._on_rts)
        except Exception as exc:  # any backend's error: BleakError, an ATT error, a D-Bus error
            self._clear_to_send.set()
            log.warning("%s: subscribing to the BRSP flow-control flag (rts) failed (%s); going on without "
                        "flow control", self.description, exc)
        await asyncio.sleep(self.rts_wait_s)
        await client.start_notify(BRSP_TX, self._on_notification)
        try:
            self.info = bytes(await client.read_gatt_char(BRSP_INFO))
        except Exception as exc:  # (as above)
            self.info = b""
            log.warning("%s: reading the BRSP info failed (%s); going on", self.description, exc)
        await client.write_gatt_char(BRSP_MODE, bytes([BRSP_MODE_DATA]), response=True)
        await asyncio.sleep(self.mode_wait_s)

    async def write(self, data: bytes) -> None:
        client = self._client
        if client is None or not self.is_open:
            raise LinkLost(Message("{device} is not connected.", device=self.description))
        async with self._write_lock:
            try:
                for start in range(0, len(data), CHUNK):
                    chunk = bytes(data[start:start + CHUNK])
                    if self._layout == "brsp":
                        await self._wait_clear_to_send()
                        await client.write_gatt_char(BRSP_RX, chunk, response=True)
                    else:
                        await client.write_gatt_char(NUS_RX, chunk, response=False)
            except (BleakError, OSError, EOFError) as exc:
                log.warning("BLE write to %s failed: %r", self.description, exc)
                raise LinkLost(Message("The link to {device} broke while sending. It is re-established by "
                                       "itself; check that the battery is in range.",
                                       device=self.description)) from exc

    async def _wait_clear_to_send(self) -> None:
        if self._clear_to_send.is_set():
            return
        try:
            await asyncio.wait_for(self._clear_to_send.wait(), self.cts_timeout_s)
        except asyncio.TimeoutError:
            # The flag may have been lost; sending is better than hanging for ever.
            log.info("BRSP rts stayed busy for %.1f s; sending anyway", self.cts_timeout_s)

    def _on_rts(self, _characteristic: Any, data: bytearray) -> None:
        if not data:
            return
        busy = int.from_bytes(bytes(data[:1]), "little", signed=True) != 0
        if busy:
            self._clear_to_send.clear()
        else:
            self._clear_to_send.set()

    def _on_notification(self, _characteristic: Any, data: bytearray) -> None:
        self.notifications += 1
        self._deliver(bytes(data))

    def _on_disconnected(self, _client: Any = None) -> None:
        if self._closing or self._lost_reported:
            return
        self._lost_reported = True
        self._clear_to_send.set()
        self._lost(LinkLost(Message("{device} disconnected.", device=self.description)))

    async def _drop_client(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            self._closing = True
            try:
                await asyncio.wait_for(client.disconnect(), self.disconnect_timeout_s)
            except asyncio.TimeoutError:
                log.info("%s: the disconnect went unanswered for %.0f s; given up", self.description,
                         self.disconnect_timeout_s)
            except (BleakError, OSError) as exc:
                log.debug("disconnect after a failed connect: %r", exc)

    async def close(self) -> None:
        self._closing = True
        await self._drop_client()
