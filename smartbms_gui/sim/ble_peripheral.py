"""The simulated battery as a BLE peripheral, on bumble's real host stack.

`VirtualSmartBms` puts an `AsciiPeer` behind the GATT service of the real module and advertises
the way the module does (docs/protocol.md §1-2):

- advertisement: flags, the local name `123\\SmartBMS` (the app never relies on it) and manufacturer
  data: company id + flags + device type + serial (`protocol.advert.encode_advert`), as in the real
  Gen3 capture (company 2330, `00 06 0d 02`);
- Gen3 also advertises the 128-bit Nordic UART service UUID, in the scan response: name + UUID do not
  fit one 31-byte legacy advertisement. bumble's own controller never sends a scan response, so both
  ends of the virtual radio use `transport.bumble_controller.ScanResponseController`. Gen2 keeps its
  BlueRadios advertisement (no service UUID: none is published for it) and an empty scan response;
- Gen2: BlueRadios BRSP (rx written with response, tx notifications, mode, info, rts, cts); data
  flows only once the app has written mode = 1, as on the module;
- Gen3: Nordic UART (rx written without response, tx notifications);
- device output is cut into notifications of at most 20 bytes: at the default ATT MTU of 23 a
  longer notification would be truncated, not split, so the real module does the same.

In-process (tests, benchmarks): `await VirtualSmartBms(peer, generation).start(link)` on a
`bumble.link.LocalLink` shared with the app's `VirtualRadio`. Out of process (`smartbms-sim --ble`):
`serve_ble(battery, generation)` also serves a virtual controller for the app over HCI/TCP.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from bumble.att import ATT_READ_NOT_PERMITTED_ERROR, ATT_WRITE_NOT_PERMITTED_ERROR, ATT_Error
from bumble.core import UUID, AdvertisingData
from bumble.device import Device
from bumble.gatt import (
    GATT_CLIENT_CHARACTERISTIC_CONFIGURATION_DESCRIPTOR,
    Characteristic,
    CharacteristicValue,
    Descriptor,
    Service,
)
from bumble.hci import Address
from bumble.host import Host
from bumble.link import LocalLink

from smartbms_gui.protocol.advert import (
    COMPANY_ALBERTRONIC,
    COMPANY_BLUERADIOS,
    NUS_SERVICE_UUID,
    DeviceType,
    encode_advert,
)
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.bumble_controller import ScanResponseController

log = logging.getLogger(__name__)

# The same UUIDs as transport/ble.py (sim/ may not import transport/: docs/protocol.md §2 is the source).
BRSP_SERVICE = "da2b84f1-6279-48de-bdc0-afbea0226079"
BRSP_RX = "bf03260c-7205-4c25-af43-93b1c299d159"
BRSP_TX = "18cda784-4bd3-4370-85bb-bfed91ec86af"
BRSP_MODE = "a87988b9-694c-479c-900e-95dfa6c00a24"
BRSP_INFO = "99564a02-dc01-4d3c-b04e-3bb1ef0571b2"
BRSP_RTS = "fdd6b4d3-046d-4330-bdec-1fd0c90cb43b"
BRSP_CTS = "0a1934f5-24b8-4f13-9842-37bb167c6aff"
NUS_SERVICE = NUS_SERVICE_UUID
NUS_RX = "6e400002-b5a3-f393-e0a9-e50e24dcca9e"
NUS_TX = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"

# Only the simulator serves this service: it tells the app "no real battery here", so the
# simulator-only write addresses may be used. Same UUID in transport/ble.py. A real module never has it.
SIMULATOR_SERVICE = "6d2dd5aa-3194-49f0-9c8e-2472c166ec89"
SIMULATOR_INFO = "6d2dd5aa-3194-49f0-9c8e-2472c166ec8a"

NOTIFY_CHUNK = 20
LOCAL_NAME = "123\\SmartBMS"
DEFAULT_HCI_SERVER = "tcp-server:127.0.0.1:9001"  # this computer only, not the network

P = Characteristic.Properties


class VirtualSmartBms:
    """One virtual 123\\SmartBMS module. `peer` is an `AsciiPeer` (receive / on_output)."""

    def __init__(
        self,
        peer: Any,
        generation: Generation = Generation.GEN2,
        *,
        serial: int = 3330,
        device_type: int | None = None,
        company_id: int | None = None,
        manufacturer_data: bool = True,
        address: str = "F0:12:3B:00:0D:02",
        advertising_interval_ms: float = 20.0,
        rts_subscribe_fails: bool = False,
        info_read_fails: bool = False,
        layout: str | None = None,
    ) -> None:
        self.peer = peer
        self.generation = Generation(generation)
        gen3 = self.generation is Generation.GEN3
        self.serial = serial
        # Seen in the wild: Gen3 Raytac modules advertise company 2330 with type 6; Gen2 BlueRadios 133.
        self.device_type = device_type if device_type is not None else (
            DeviceType.GEN3_RAYTAC if gen3 else DeviceType.SMARTBMS)
        self.company_id = company_id if company_id is not None else (
            COMPANY_ALBERTRONIC if gen3 else COMPANY_BLUERADIOS)
        #: False: advertise no manufacturer data (as seen by an OS that drops it); tests of matching
        self.manufacturer_data = manufacturer_data
        self.address = address
        self.advertising_interval_ms = advertising_interval_ms
        #: BRSP start-up steps that fail with an ATT error, as some modules and stacks do (tests of the
        #: app's tolerance): subscribing to the rts flow-control flag, and reading the info string
        self.rts_subscribe_fails = rts_subscribe_fails
        self.info_read_fails = info_read_fails
        #: the GATT services: "nus" (Raytac, Gen3) or "brsp" (BlueRadios); a Gen3 BMS on a BlueRadios
        #: module (device type 4) is "brsp" with the Gen3 protocol: only its advert says Gen3
        self.layout = layout or ("nus" if gen3 else "brsp")
        self.device: Device | None = None
        self.connection: Any = None
        self.mode = 0  # BRSP: 0 idle, 1 data
        #: what the app wrote to rx, in order (tests count writes with it)
        self.received: list[bytes] = []
        self.notifications_sent = 0
        #: every byte notified on tx, in order (tests compare it with what the app decoded)
        self.notified = bytearray()
        self.connections = 0
        self._outbox = bytearray()
        self._wake = asyncio.Event()
        self._sender: asyncio.Task | None = None
        self._tx: Characteristic | None = None
        self._rts: Characteristic | None = None
        self._controller: ScanResponseController | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self, link: LocalLink) -> None:
        """Power on a controller on `link`, serve the GATT service and advertise."""
        self._controller = ScanResponseController("smartbms", link=link)
        device = Device(name=LOCAL_NAME, address=Address(self.address))
        device.host = Host(controller_source=self._controller, controller_sink=self._controller)
        device.add_service(self._service())
        device.add_service(Service(SIMULATOR_SERVICE, [Characteristic(
            SIMULATOR_INFO, P.READ, Characteristic.READABLE, b"SmartBMS Desktop simulator")]))
        device.advertising_data = self.advertising_data()
        device.scan_response_data = self.scan_response_data()
        device.on("connection", self._on_connection)
        self.device = device
        await device.power_on()
        await device.start_advertising(auto_restart=True, advertising_interval_min=self.advertising_interval_ms,
                                       advertising_interval_max=self.advertising_interval_ms)
        self.peer.on_output = self._on_peer_output
        self._sender = asyncio.get_running_loop().create_task(self._send_loop(), name="virtual-smartbms-tx")

    def advertising_data(self) -> bytes:
        """Flags, name and manufacturer data: 25 bytes, so the 18-byte NUS UUID goes in the scan response."""
        fields = [(AdvertisingData.FLAGS, bytes([0x06])),
                  (AdvertisingData.COMPLETE_LOCAL_NAME, LOCAL_NAME.encode())]
        if self.manufacturer_data:
            company = self.company_id.to_bytes(2, "little")
            fields.append((AdvertisingData.MANUFACTURER_SPECIFIC_DATA,
                           company + encode_advert(self.device_type, self.serial)))
        return bytes(AdvertisingData(fields))

    def scan_response_data(self) -> bytes:
        """Gen3: the Nordic UART service UUID (docs/protocol.md §1); Gen2: nothing."""
        if self.layout != "nus":
            return b""
        return bytes(AdvertisingData([(AdvertisingData.COMPLETE_LIST_OF_128_BIT_SERVICE_CLASS_UUIDS,
                                       UUID(NUS_SERVICE).to_bytes())]))

    async def stop(self) -> None:
        sender, self._sender = self._sender, None
        if sender is not None:
            sender.cancel()
            try:
                await sender
            except asyncio.CancelledError:
                pass
        device = self.device
        if device is not None:
            try:
                await device.stop_advertising()
                if self.connection is not None:
                    await self.connection.disconnect()
                await device.power_off()
            except Exception as exc:  # noqa: BLE001 - shutting down a virtual radio; nothing to save
                log.debug("stopping the virtual peripheral: %r", exc)

    # ------------------------------------------------------------------ test hooks

    async def drop_link(self) -> None:
        """Cut the connection from the module's side (out of range, module reset)."""
        if self.connection is not None:
            await self.connection.disconnect()

    def inject(self, data: bytes) -> None:
        """Send raw bytes as if the module had produced them (garbage, cut records)."""
        self._queue(bytes(data))

    async def set_busy(self, busy: bool) -> None:
        """BRSP flow control: rts ≠ 0 asks the app to hold its writes."""
        if self._rts is not None and self.device is not None:
            await self.device.notify_subscribers(self._rts, bytes([1 if busy else 0]))

    # ------------------------------------------------------------------ GATT

    def _service(self) -> Service:
        self._tx = Characteristic(BRSP_TX if self.layout == "brsp" else NUS_TX, P.NOTIFY, Characteristic.READABLE,
                                  b"")
        if self.layout == "nus":
            rx: Characteristic[bytes]
            rx = Characteristic(NUS_RX, P.WRITE | P.WRITE_WITHOUT_RESPONSE, Characteristic.WRITEABLE,
                                CharacteristicValue(write=self._on_rx))
            return Service(NUS_SERVICE, [rx, self._tx])
        rx = Characteristic(BRSP_RX, P.WRITE | P.WRITE_WITHOUT_RESPONSE, Characteristic.WRITEABLE,
                            CharacteristicValue(write=self._on_rx))
        mode: Characteristic[bytes]
        mode = Characteristic(BRSP_MODE, P.READ | P.WRITE, Characteristic.READABLE | Characteristic.WRITEABLE,
                              CharacteristicValue(read=lambda _c: bytes([self.mode]), write=self._on_mode))
        info: Characteristic[bytes]
        info = Characteristic(BRSP_INFO, P.READ, Characteristic.READABLE,
                              CharacteristicValue(read=self._read_info))
        self._rts = Characteristic(BRSP_RTS, P.READ | P.NOTIFY, Characteristic.READABLE, bytes([0]),
                                   descriptors=[self._failing_cccd()] if self.rts_subscribe_fails else [])
        cts = Characteristic(BRSP_CTS, P.READ | P.WRITE, Characteristic.READABLE | Characteristic.WRITEABLE,
                             bytes([0]))
        return Service(BRSP_SERVICE, [rx, self._tx, mode, info, self._rts, cts])

    def _read_info(self, _connection: Any) -> bytes:
        if self.info_read_fails:
            raise ATT_Error(ATT_READ_NOT_PERMITTED_ERROR)
        return b"BlueRadios BRSP (SmartBMS Desktop simulator)"

    @staticmethod
    def _failing_cccd() -> Descriptor:
        """A client characteristic configuration descriptor whose writes are refused: subscribing fails."""
        def refuse(_connection: Any, _value: bytes) -> None:
            raise ATT_Error(ATT_WRITE_NOT_PERMITTED_ERROR)

        return Descriptor(GATT_CLIENT_CHARACTERISTIC_CONFIGURATION_DESCRIPTOR,
                          Descriptor.READABLE | Descriptor.WRITEABLE,
                          CharacteristicValue(read=lambda _c: bytes(2), write=refuse))

    def _on_connection(self, connection: Any) -> None:
        self.connection = connection
        self.connections += 1
        self.mode = 0
        self._outbox.clear()
        connection.on("disconnection", lambda *_: self._on_disconnection(connection))

    def _on_disconnection(self, connection: Any) -> None:
        if self.connection is connection:
            self.connection = None
            self.mode = 0
            self._outbox.clear()

    def _on_mode(self, _connection: Any, value: bytes) -> None:
        self.mode = value[0] if value else 0

    def _on_rx(self, _connection: Any, value: bytes) -> None:
        if self.layout == "brsp" and self.mode != 1:
            log.info("BRSP data before mode = 1 ignored: %d bytes", len(value))
            return
        data = bytes(value)
        self.received.append(data)
        self.peer.receive(data)

    # ------------------------------------------------------------------ device → app

    def _on_peer_output(self, data: bytes) -> None:
        if self.connection is None or (self.layout == "brsp" and self.mode != 1):
            return  # nobody listening: the module's UART output goes nowhere
        self._queue(data)

    def _queue(self, data: bytes) -> None:
        self._outbox += data
        self._wake.set()

    async def _send_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox and self.device is not None and self._tx is not None:
                chunk = bytes(self._outbox[:NOTIFY_CHUNK])
                del self._outbox[:NOTIFY_CHUNK]
                if self.connection is None:
                    self._outbox.clear()
                    break
                try:
                    await self.device.notify_subscribers(self._tx, chunk)
                    self.notifications_sent += 1
                    self.notified += chunk
                except Exception as exc:  # noqa: BLE001 - the link went down mid-send
                    log.debug("notification failed: %r", exc)
                    self._outbox.clear()


class VirtualSite:
    """Several virtual modules in range of one radio: one `VirtualSmartBms`, `AsciiPeer` and
    `SimulatorRunner` per battery, on one `LocalLink` (a site of packs in parallel, each with its own
    BMS and Bluetooth module). Module i advertises `serials[i]` from `addresses[i]`; the defaults are
    those of `sim/packs.py` (3330, 3331, … from F0:12:3B:00:0D:02, …:0D:03, …).

    `peer_factory(battery, generation)` makes each peer (default `AsciiPeer`); `module_options` go to
    every `VirtualSmartBms`. `start(link)` starts the modules and their runners; `stop()` ends them.
    """

    def __init__(self, batteries: list[Any], *, speed: float = 1.0, tick_s: float | None = None,
                 serials: list[int] | None = None, addresses: list[str] | None = None,
                 peer_factory: Any = None, **module_options: Any) -> None:
        from smartbms_gui.sim import packs
        from smartbms_gui.sim.ascii_peer import AsciiPeer
        from smartbms_gui.sim.runner import TICK_S, SimulatorRunner

        count = len(batteries)
        serials = list(serials) if serials is not None else [packs.pack_serial(i) for i in range(count)]
        addresses = list(addresses) if addresses is not None else [packs.ble_address(i) for i in range(count)]
        if len(serials) != count or len(addresses) != count or len(set(addresses)) != count:
            raise ValueError("a virtual site needs one distinct address and one serial per battery")
        make_peer = peer_factory or (lambda battery, gen: AsciiPeer(battery, gen))
        self.batteries = list(batteries)
        self.peers = [make_peer(b, Generation(b.generation)) for b in self.batteries]
        self.runners = [SimulatorRunner(b, speed=speed, tick_s=tick_s or TICK_S) for b in self.batteries]
        for runner, peer in zip(self.runners, self.peers):
            runner.attach(peer)
        self.modules = [VirtualSmartBms(peer, Generation(b.generation), serial=serial, address=address,
                                        **module_options)
                        for b, peer, serial, address in zip(self.batteries, self.peers, serials, addresses)]
        self._tasks: list[asyncio.Task] = []

    async def start(self, link: LocalLink) -> VirtualSite:
        for module in self.modules:
            await module.start(link)
        self.start_runners()
        return self

    def start_runners(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(runner.run(), name=f"virtual-site-pack-{i + 1}")
                       for i, runner in enumerate(self.runners)]

    async def stop_runners(self) -> None:
        for runner in self.runners:
            runner.stop()
        tasks, self._tasks = self._tasks, []
        await asyncio.gather(*tasks, return_exceptions=True)

    async def stop(self) -> None:
        await self.stop_runners()
        for module in self.modules:
            await module.stop()


async def serve_ble(battery: Any, generation: Generation | int | None = None, *, runner: Any = None,
                    hci: str = DEFAULT_HCI_SERVER, serial: int = 3330,
                    ready: asyncio.Event | None = None, announce: bool = True) -> None:
    """Run the battery as a virtual BLE module until cancelled (for `smartbms-sim --ble`).

    The module and a second virtual controller share a `LocalLink`; that controller is served to
    the app over the HCI transport `hci` (default TCP port 9001). Start the app with
    `SMARTBMS_BLE_BACKEND=bumble` (and `SMARTBMS_BUMBLE_HCI=tcp-client:127.0.0.1:9001` if not the
    default) and it scans, connects and streams through that controller with real HCI/ATT.

    `runner`: an already running `SimulatorRunner` to attach to; without one, this runs its own.
    """
    from smartbms_gui.sim.ascii_peer import AsciiPeer
    from smartbms_gui.sim.runner import SimulatorRunner

    gen = Generation(generation if generation is not None else battery.generation)
    peer = AsciiPeer(battery, gen)
    own_runner = runner is None
    if own_runner:
        runner = SimulatorRunner(battery)
    runner.attach(peer)
    run_task = asyncio.get_running_loop().create_task(runner.run()) if own_runner else None
    module = VirtualSmartBms(peer, gen, serial=serial, advertising_interval_ms=100.0)
    try:
        await _serve_modules([module], hci, ready=ready, announce=announce)
    finally:
        runner.detach(peer)
        if run_task is not None:
            runner.stop()
            await asyncio.gather(run_task, return_exceptions=True)


async def serve_ble_site(batteries: list[Any], *, speed: float = 1.0, hci: str = DEFAULT_HCI_SERVER,
                         ready: asyncio.Event | None = None, announce: bool = True) -> None:
    """Run several batteries as virtual BLE modules on one virtual radio until cancelled
    (`smartbms-sim --ble --count N`): serials and addresses as `sim/packs.py` gives them."""
    site = VirtualSite(batteries, speed=speed, advertising_interval_ms=100.0)
    site.start_runners()
    try:
        await _serve_modules(site.modules, hci, ready=ready, announce=announce)
    finally:
        await site.stop_runners()


async def _serve_modules(modules: list[VirtualSmartBms], hci: str, *, ready: asyncio.Event | None,
                         announce: bool) -> None:
    """Start `modules` on one `LocalLink` with the app's controller served on `hci`; until cancelled."""
    from bumble.transport import open_transport

    link = LocalLink()
    transport = await open_transport(hci)
    started: list[VirtualSmartBms] = []
    try:
        ScanResponseController("app-radio", host_source=transport.source, host_sink=transport.sink, link=link)
        for module in modules:
            await module.start(link)
            started.append(module)
            log.info("virtual 123\\SmartBMS Gen%d (serial %05d, %s) advertising; app radio on %s",
                     int(module.generation), module.serial, module.address, hci)
        if announce:
            port = hci.rsplit(":", 1)[-1]
            for module in modules:
                print(f"Virtual 123\\SmartBMS Gen{int(module.generation)} serial {module.serial:05d} "
                      f"({module.address}) is advertising.", file=sys.stderr, flush=True)
            print("Connect the app with:\n  SMARTBMS_BLE_BACKEND=bumble "
                  f"SMARTBMS_BUMBLE_HCI=tcp-client:127.0.0.1:{port} smartbms-gui",
                  file=sys.stderr, flush=True)
        if ready is not None:
            ready.set()
        await asyncio.get_running_loop().create_future()  # until cancelled
    finally:
        for module in started:
            await module.stop()
        await transport.close()
