"""A bleak backend on bumble: the real `BleakScanner`/`BleakClient` API over a virtual BLE radio.

bumble is a complete Bluetooth host stack in Python. Its in-process `LocalLink` joins virtual
controllers, so the app's central and the simulator's peripheral (`sim/ble_peripheral.py`) speak
real HCI, advertising, ATT and GATT to each other with the default 23-byte ATT MTU. bleak accepts
a custom backend (`backend=` on `BleakScanner` and `BleakClient`); these two classes are it. The
controllers are `ScanResponseController`s (`bumble_controller.py`), so an active scan receives the
module's real scan response (bumble's own controller repeats the advertising data instead).

A `VirtualRadio` plays the computer's Bluetooth adapter. It is either
- on a `LocalLink` in this process (tests, benchmarks, demos), or
- on an HCI transport spec such as `tcp-client:127.0.0.1:9001`, reaching a virtual controller that
  `smartbms-sim --ble` serves from another process (the app on a machine without Bluetooth).

The radio is picked by the `radio=` keyword (bleak passes unknown keywords to the backend), else the
module default set by `set_default_radio()`, else one made from `$SMARTBMS_BUMBLE_HCI`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid as std_uuid
from typing import Any

from bleak.backends.characteristic import BleakGATTCharacteristic
from bleak.backends.client import BaseBleakClient, NotifyCallback
from bleak.backends.descriptor import BleakGATTDescriptor
from bleak.backends.device import BLEDevice
from bleak.backends.scanner import AdvertisementData, AdvertisementDataCallback, BaseBleakScanner
from bleak.backends.service import BleakGATTService, BleakGATTServiceCollection
from bleak.exc import BleakError
from bumble import core as bumble_core
from bumble.core import AdvertisingData
from bumble.device import Device, Peer
from bumble.hci import Address, HCI_LE_Create_Connection_Cancel_Command
from bumble.host import Host
from bumble.link import LocalLink

from smartbms_gui.transport.bumble_controller import ScanResponseController
from smartbms_gui.transport.reasons import reason

log = logging.getLogger(__name__)

ENV_HCI = "SMARTBMS_BUMBLE_HCI"
DEFAULT_HCI = "tcp-client:127.0.0.1:9001"
_PROPERTY_NAMES = {
    0x01: "broadcast", 0x02: "read", 0x04: "write-without-response", 0x08: "write",
    0x10: "notify", 0x20: "indicate", 0x40: "authenticated-signed-writes", 0x80: "extended-properties",
}


def uuid_text(uuid: bumble_core.UUID) -> str:
    """bumble's UUID → bleak's lower-case 128-bit string."""
    return str(std_uuid.UUID(bytes=bytes(reversed(uuid.uuid_128_bytes))))


class VirtualRadio:
    """The central's side of a virtual BLE link: one bumble `Device` shared by scanner and clients."""

    _count = 0

    def __init__(self, link: LocalLink | None = None, *, hci: str | None = None,
                 address: str | None = None) -> None:
        if link is None and hci is None:
            raise ValueError("a VirtualRadio needs a LocalLink or an HCI transport spec")
        VirtualRadio._count += 1
        self.link = link
        self.hci = hci
        self.address = address or f"C0:00:00:00:00:{VirtualRadio._count:02X}"
        self._device: Device | None = None
        self._transport: Any = None
        self._starting: asyncio.Lock | None = None
        self._connecting: asyncio.Lock | None = None
        #: how many connects waited for another one to finish (tests read it)
        self.queued_connects = 0

    async def device(self) -> Device:
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self._device is not None and self._hci_lost():
                # The process serving the radio (`smartbms-sim --ble`) went away: this device talks to
                # a closed socket and every connect timed out, for good. Open the HCI link anew: the
                # radio is back as soon as that process is.
                log.info("the virtual radio's HCI link at %s was lost: opening it again", self.hci)
                transport, self._transport, self._device = self._transport, None, None
                try:
                    await transport.close()
                except Exception as exc:  # noqa: BLE001 - it is gone already
                    log.debug("closing the lost HCI link: %r", exc)
            if self._device is None:
                self._device = await self._power_on()
        return self._device

    def _hci_lost(self) -> bool:
        """The HCI transport's source ended (its socket closed); False for an in-process link."""
        terminated = getattr(getattr(self._transport, "source", None), "terminated", None)
        return isinstance(terminated, asyncio.Future) and terminated.done()

    async def connect(self, address: str, timeout: float | None) -> Any:
        """Connect to `address`, one connect at a time: the answer to "a second connection fails".

        A controller takes one LE Create Connection at a time (a second one while the first is
        pending is refused with Command Disallowed), and bumble's `Device.connect` checks for a
        pending connect before it sends the command but marks it pending only after the command
        completed: two concurrent connects both pass the check, the second is refused, and its
        clean-up clears the first's own-address type, so the first connection's completion fails
        an assertion inside bumble and never resolves. Its connection event also reaches every
        connect waiting then, whatever the peer. The operating systems' stacks queue connects
        (BlueZ, WinRT, CoreBluetooth); this radio does the same. `timeout` covers the wait in the
        queue and the connect; bumble cancels the pending HCI connect itself when it runs out.
        """
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        loop = asyncio.get_running_loop()
        end = None if timeout is None else loop.time() + timeout
        device = await self.device()
        if self._connecting.locked():
            self.queued_connects += 1
        await asyncio.wait_for(self._connecting.acquire(), timeout)
        try:
            left = None if end is None else max(0.1, end - loop.time())
            return await device.connect(Address(address), timeout=left)
        except asyncio.CancelledError:
            # The connect was given up (a pack removed or closed while connecting). bumble forgets it
            # but the controller still has it pending, and would refuse every later connect: cancel it.
            await asyncio.shield(self._cancel_pending_connect(device))
            raise
        finally:
            self._connecting.release()

    @staticmethod
    async def _cancel_pending_connect(device: Device) -> None:
        try:
            await device.send_sync_command(HCI_LE_Create_Connection_Cancel_Command())
        except Exception as exc:  # noqa: BLE001 - nothing pending (it completed meanwhile): fine
            log.debug("cancelling a pending connect: %r", exc)

    async def _power_on(self) -> Device:
        device = Device(name="SmartBMS Desktop", address=Address(self.address))
        if self.link is not None:
            controller = ScanResponseController("app", link=self.link)
            device.host = Host(controller_source=controller, controller_sink=controller)
        else:
            from bumble.transport import open_transport

            assert self.hci is not None  # (__init__ refuses a radio with neither link nor hci)
            try:
                self._transport = await open_transport(self.hci)
            except Exception as exc:
                raise BleakError(
                    f"No virtual Bluetooth radio at {self.hci}: start `smartbms-sim --ble` first ({exc})."
                ) from exc
            device.host = Host(controller_source=self._transport.source, controller_sink=self._transport.sink)
        await device.power_on()
        return device

    async def close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            try:
                await device.power_off()
            except Exception as exc:  # noqa: BLE001 - best effort on shutdown
                log.debug("powering off the virtual radio failed: %r", exc)
        transport, self._transport = self._transport, None
        if transport is not None:
            await transport.close()


_default_radio: VirtualRadio | None = None


def set_default_radio(radio: VirtualRadio | None) -> None:
    global _default_radio
    _default_radio = radio


def default_radio() -> VirtualRadio:
    global _default_radio
    if _default_radio is None:
        _default_radio = VirtualRadio(hci=os.environ.get(ENV_HCI, DEFAULT_HCI))
    return _default_radio


def _radio(kwargs: dict) -> VirtualRadio:
    radio = kwargs.pop("radio", None)
    return radio if radio is not None else default_radio()


class BumbleScanner(BaseBleakScanner):
    """Scans the virtual radio; reports advertisements as bleak's `AdvertisementData`."""

    def __init__(
        self,
        detection_callback: AdvertisementDataCallback | None,
        service_uuids: list[str] | None,
        scanning_mode: str = "active",
        **kwargs: Any,
    ) -> None:
        super().__init__(detection_callback, service_uuids)
        kwargs.pop("bluez", None)
        kwargs.pop("cb", None)
        self._radio = _radio(kwargs)
        self._active = scanning_mode != "passive"
        self._device: Device | None = None

    async def start(self) -> None:
        self.seen_devices = {}
        self._device = await self._radio.device()
        self._device.on("advertisement", self._on_advertisement)
        await self._device.start_scanning(active=self._active, filter_duplicates=False)

    async def stop(self) -> None:
        device, self._device = self._device, None
        if device is None:
            return
        device.remove_listener("advertisement", self._on_advertisement)
        try:
            await device.stop_scanning()
        except Exception as exc:  # noqa: BLE001 - stopping twice or after the radio closed is harmless
            log.debug("stop scanning: %r", exc)

    def _on_advertisement(self, advertisement: Any) -> None:
        data: AdvertisingData = advertisement.data
        manufacturer: dict[int, bytes] = {}
        for company_id, payload in data.get_all(AdvertisingData.MANUFACTURER_SPECIFIC_DATA):
            manufacturer[company_id] = bytes(payload)
        uuids: list[str] = []
        for kind in (AdvertisingData.COMPLETE_LIST_OF_16_BIT_SERVICE_CLASS_UUIDS,
                     AdvertisingData.INCOMPLETE_LIST_OF_16_BIT_SERVICE_CLASS_UUIDS,
                     AdvertisingData.COMPLETE_LIST_OF_128_BIT_SERVICE_CLASS_UUIDS,
                     AdvertisingData.INCOMPLETE_LIST_OF_128_BIT_SERVICE_CLASS_UUIDS):
            for group in data.get_all(kind):
                for item in group if isinstance(group, list) else [group]:
                    uuids.append(uuid_text(item))
        name = data.get(AdvertisingData.COMPLETE_LOCAL_NAME) or data.get(AdvertisingData.SHORTENED_LOCAL_NAME)
        if isinstance(name, bytes):
            name = name.decode("utf-8", "replace")
        tx_power = data.get(AdvertisingData.TX_POWER_LEVEL)
        address = str(advertisement.address).split("/")[0]
        previous = self.seen_devices.get(address)
        if previous is not None:
            # Like the OS stacks: what a device said before (another packet, a scan response) is kept.
            old = previous[1]
            manufacturer = {**old.manufacturer_data, **manufacturer}
            name = name or old.local_name
            uuids = sorted(set(old.service_uuids) | set(uuids))
        # bleak's service filter applies to everything the device advertised, scan response included
        if not self.is_allowed_uuid(uuids):
            return
        adv = AdvertisementData(
            local_name=name,
            manufacturer_data=manufacturer,
            service_data={},
            service_uuids=uuids,
            tx_power=tx_power if isinstance(tx_power, int) else None,
            rssi=int(advertisement.rssi),
            platform_data=(advertisement,),
        )
        device = self.create_or_update_device(address, address, name, advertisement.address, adv)
        self.call_detection_callbacks(device, adv)


class BumbleClient(BaseBleakClient):
    """A GATT client over the virtual radio, with bumble's real ATT (MTU 23 unless negotiated)."""

    def __init__(self, address_or_ble_device: BLEDevice | str, **kwargs: Any) -> None:
        for key in ("bluez", "winrt", "services"):
            kwargs.pop(key, None)
        radio = _radio(kwargs)
        super().__init__(address_or_ble_device, **kwargs)
        self._radio = radio
        self._connection: Any = None
        self._peer: Peer | None = None
        self._closing = False
        self._subscriptions: dict[int, Any] = {}

    @property
    def name(self) -> str:
        return self.address

    @property
    def mtu_size(self) -> int:
        return self._peer.gatt_client.mtu if self._peer is not None else 23

    @property
    def is_connected(self) -> bool:
        return self._connection is not None

    async def connect(self, pair: bool, **kwargs: Any) -> None:
        try:
            connection = await self._radio.connect(self.address, self._timeout)
        except (asyncio.TimeoutError, bumble_core.TimeoutError):
            raise BleakError(f"Device with address {self.address} was not found or did not answer.") from None
        except bumble_core.BaseBumbleError as exc:
            raise BleakError(f"Connecting to {self.address} failed: {reason(exc)}") from exc
        self._connection = connection
        self._closing = False
        connection.on("disconnection", self._on_disconnection)
        self._peer = Peer(connection)
        await self._discover()

    async def _discover(self) -> None:
        assert self._peer is not None
        peer = self._peer
        await peer.discover_services()
        collection = BleakGATTServiceCollection()
        for service in peer.services:
            await peer.discover_characteristics(service=service)
            bleak_service = BleakGATTService(service, service.handle, uuid_text(service.uuid))
            collection.add_service(bleak_service)
            for characteristic in service.characteristics:
                await peer.discover_descriptors(characteristic=characteristic)
                props: list[Any] = [name for bit, name in _PROPERTY_NAMES.items()  # (bleak's Literal names)
                                    if characteristic.properties & bit]
                bleak_char = BleakGATTCharacteristic(
                    characteristic, characteristic.handle, uuid_text(characteristic.uuid), props,
                    lambda: self.mtu_size - 3, bleak_service)
                collection.add_characteristic(bleak_char)
                for descriptor in characteristic.descriptors:
                    bleak_descriptor = BleakGATTDescriptor(
                        descriptor, descriptor.handle, uuid_text(descriptor.type), bleak_char)
                    collection.add_descriptor(bleak_descriptor)
        self.services = collection

    def _on_disconnection(self, reason: Any = None) -> None:
        self._connection = None
        self._peer = None
        self._subscriptions.clear()
        if not self._closing and self._disconnected_callback is not None:
            self._disconnected_callback()

    async def disconnect(self) -> None:
        connection = self._connection
        self._closing = True
        if connection is None:
            return
        try:
            await connection.disconnect()
        except Exception as exc:  # noqa: BLE001 - already gone
            log.debug("disconnect: %r", exc)
        self._connection = None
        self._peer = None

    async def pair(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError("The virtual 123\\SmartBMS needs no pairing.")

    async def unpair(self) -> None:
        raise NotImplementedError("The virtual 123\\SmartBMS needs no pairing.")

    def _require_peer(self) -> Peer:
        if self._peer is None:
            raise BleakError("Not connected")
        return self._peer

    async def read_gatt_char(self, characteristic: BleakGATTCharacteristic, *, use_cached: bool = False,
                             **kwargs: Any) -> bytearray:
        return bytearray(await self._require_peer().read_value(characteristic.obj))

    async def read_gatt_descriptor(self, descriptor: BleakGATTDescriptor, *, use_cached: bool = False,
                                   **kwargs: Any) -> bytearray:
        return bytearray(await self._require_peer().read_value(descriptor.obj))

    async def write_gatt_char(self, characteristic: BleakGATTCharacteristic, data: Any, response: bool) -> None:
        peer = self._require_peer()
        data = bytes(data)
        if not response and len(data) > self.mtu_size - 3:
            # A real stack refuses this too; the app must chunk its writes.
            raise BleakError(f"write without response of {len(data)} bytes exceeds MTU − 3 = {self.mtu_size - 3}")
        await peer.write_value(characteristic.obj, data, with_response=response)

    async def write_gatt_descriptor(self, descriptor: BleakGATTDescriptor, data: Any) -> None:
        await self._require_peer().write_value(descriptor.obj, bytes(data), with_response=True)

    async def start_notify(self, characteristic: BleakGATTCharacteristic, callback: NotifyCallback,
                           **kwargs: Any) -> None:
        peer = self._require_peer()

        def on_value(value: bytes) -> None:
            callback(bytearray(value))

        self._subscriptions[characteristic.handle] = on_value
        await peer.subscribe(characteristic.obj, on_value)

    async def stop_notify(self, characteristic: BleakGATTCharacteristic) -> None:
        peer = self._require_peer()
        subscriber = self._subscriptions.pop(characteristic.handle, None)
        await peer.unsubscribe(characteristic.obj, subscriber)
