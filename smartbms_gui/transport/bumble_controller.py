"""bumble's virtual controller with a real scan response, for both ends of the virtual radio.

A real Gen3 module puts its local name and manufacturer data in the advertisement and the 128-bit
Nordic UART UUID in the scan response, because all of it does not fit one 31-byte legacy
advertisement (docs/protocol.md §1). bumble's `Controller` (0.0.236) keeps the scan response its
host sets but never sends it: a scanning controller reports the advertising data twice, the second
time labelled "scan response", and not as a scannable legacy advertisement. So a client that
matches on the advertised NUS UUID would never find the simulator.

`ScanResponseController` fills that gap the way the air does it, in two halves:
- as advertiser, a scannable legacy advertisement (`ADV_IND`) carries its scan response along
  (`AdvIndWithScanResponse`);
- as scanner, it reports that advertisement as a legacy, connectable, scannable one and, only when
  scanning actively, the scan response as a separate report with the scan response's own data.
Every other PDU (extended, non-scannable) goes through bumble's own code. A stock `Controller`
receiving an `AdvIndWithScanResponse` treats it as a plain `ADV_IND`, so mixing the two still works
(without the scan response).

It also cancels a pending connect for real (LE Create Connection Cancel): bumble's controller answers
"success" but keeps the connect pending, so every later connect of that radio is refused with
Command Disallowed: one pack given up while connecting would block the site's other packs.

A peer out of range (its controller taken off the link) cannot acknowledge a disconnect: as a real
controller does, this one answers "pending" and reports the disconnection only when the connection's
supervision timeout runs out (`supervision_timeout()`, called by whoever plays the radio's time);
bumble's own fails the command with an exception, which a real stack never sees.

Used by the app's `VirtualRadio` (`ble_bumble_backend.py`) and the simulator's module and app radio
(`sim/ble_peripheral.py`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

from bumble import hci, ll
from bumble.controller import Controller

log = logging.getLogger(__name__)

_ExtProps = hci.HCI_LE_Set_Extended_Advertising_Parameters_Command.AdvertisingProperties
_ExtReport = hci.HCI_LE_Extended_Advertising_Report_Event
_LegacyReport = hci.HCI_LE_Advertising_Report_Event
_ACTIVE = hci.HCI_LE_Set_Scan_Parameters_Command.ACTIVE_SCANNING
_RSSI = -50  # what bumble's controller reports for every advertisement

# Extended-report event types of a legacy ADV_IND and of the scan response to it (Core spec Vol 4,
# Part E, 7.7.65.13: legacy bit, scannable, connectable, and the scan-response bit for the answer).
ADV_IND_EVENT = (_ExtReport.EventType.LEGACY_ADVERTISING_PDU_USED | _ExtReport.EventType.SCANNABLE_ADVERTISING
                 | _ExtReport.EventType.CONNECTABLE_ADVERTISING)
SCAN_RSP_EVENT = ADV_IND_EVENT | _ExtReport.EventType.SCAN_RESPONSE


@dataclasses.dataclass
class AdvIndWithScanResponse(ll.AdvInd):
    """A legacy connectable, scannable advertisement and the scan response its advertiser would send
    to a scan request (the request/response exchange is folded into one PDU on the virtual link)."""

    scan_response_data: bytes = b""


class ScanResponseController(Controller):
    """A bumble `Controller` that sends and reports legacy scan responses (see the module text)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._extended_scan_active = True
        self._legacy_scan = False  # which HCI command set the host scans with decides the report format

    # ------------------------------------------------------------------ advertiser side

    def send_advertising_pdu(self, packet: ll.AdvertisingPdu) -> None:
        if type(packet) in (ll.AdvInd, ll.AdvExtInd):
            assert isinstance(packet, (ll.AdvInd, ll.AdvExtInd))  # (narrows the type for the checker)
            response = self._scan_response_for(packet.advertiser_address)
            if response is not None:
                packet = AdvIndWithScanResponse(packet.advertiser_address, bytes(packet.data), response)
        super().send_advertising_pdu(packet)

    def _scan_response_for(self, address: hci.Address) -> bytes | None:
        """The scan response of the scannable legacy advertiser sending from `address`, else None."""
        legacy = self.le_legacy_advertiser
        if legacy.enabled and legacy.address == address:
            # bumble's legacy advertiser only ever sends ADV_IND, which is scannable
            return bytes(legacy.scan_response_data)
        for adv_set in self.advertising_sets.values():
            params = adv_set.parameters
            if not adv_set.enabled or params is None or adv_set.address != address:
                continue
            props = int(params.advertising_event_properties)
            wanted = int(_ExtProps.USE_LEGACY_ADVERTISING_PDUS | _ExtProps.SCANNABLE_ADVERTISING
                         | _ExtProps.CONNECTABLE_ADVERTISING)
            if props & wanted == wanted:
                return bytes(adv_set.scan_response_data)
        return None

    # ------------------------------------------------------------------ initiator side

    def on_hci_le_create_connection_cancel_command(self, _command: Any) -> Any:
        """Core spec Vol 4, Part E, 7.8.13: drop the pending connect, answer success, then report an LE
        Connection Complete with Unknown Connection Identifier; with nothing pending: Command Disallowed."""
        pending = self.pending_le_connection
        if pending is None:
            return hci.HCI_StatusReturnParameters(hci.HCI_ErrorCode.COMMAND_DISALLOWED_ERROR)
        self.pending_le_connection = None
        peer = pending.peer_address
        event = hci.HCI_LE_Connection_Complete_Event(
            status=hci.HCI_ErrorCode.UNKNOWN_CONNECTION_IDENTIFIER_ERROR, connection_handle=0,
            role=hci.Role.CENTRAL, peer_address_type=peer.address_type, peer_address=peer,
            connection_interval=0, peripheral_latency=0, supervision_timeout=0, central_clock_accuracy=0)
        # after the Command Complete this handler's answer becomes
        asyncio.get_running_loop().call_soon(self.send_hci_packet, event)
        return hci.HCI_StatusReturnParameters(hci.HCI_ErrorCode.SUCCESS)

    # ------------------------------------------------------------------ a peer out of range

    def on_hci_disconnect_command(self, command: Any) -> None:
        connection = self.find_le_connection_by_handle(command.connection_handle)
        if (connection is not None and self.link is not None
                and self.link.find_le_controller(connection.peer_address) is None):
            # the terminate goes unanswered: pending until the supervision timeout
            self._send_hci_command_status(hci.HCI_COMMAND_STATUS_PENDING, command.op_code)
            return
        super().on_hci_disconnect_command(command)

    def supervision_timeout(self, peer_address: hci.Address | None = None) -> None:
        """The connection to `peer_address` (every LE connection when None) heard nothing for its
        supervision timeout: it ends here with Disconnection Complete (Connection Timeout)."""
        for peer, connection in list(self.le_connections.items()):
            if peer_address is None or peer == peer_address:
                self.on_le_disconnected(connection, hci.HCI_CONNECTION_TIMEOUT_ERROR)

    # ------------------------------------------------------------------ scanner side

    def on_hci_le_set_scan_enable_command(self, command: Any) -> Any:
        self._legacy_scan = True
        return super().on_hci_le_set_scan_enable_command(command)

    def on_hci_le_set_extended_scan_enable_command(self, command: Any) -> Any:
        self._legacy_scan = False
        return super().on_hci_le_set_extended_scan_enable_command(command)

    def on_hci_le_set_extended_scan_parameters_command(self, command: Any) -> Any:
        # bumble keeps no scan type for extended scanning; a passive scanner sends no scan requests
        self._extended_scan_active = bool(command.scan_types) and command.scan_types[0] == _ACTIVE
        return super().on_hci_le_set_extended_scan_parameters_command(command)

    @property
    def scanning_actively(self) -> bool:
        return self.le_scan_type == _ACTIVE if self._legacy_scan else self._extended_scan_active

    def on_advertising_pdu(self, pdu: Any) -> None:
        if not isinstance(pdu, AdvIndWithScanResponse):
            super().on_advertising_pdu(pdu)
            return
        if self.le_scan_enable:
            self._report(pdu.advertiser_address, pdu.data, scan_response=False)
            if self.scanning_actively:
                self._report(pdu.advertiser_address, pdu.scan_response_data, scan_response=True)
        # as in bumble: a pending connect to this advertiser is made now
        pending = self.pending_le_connection
        if pending is not None and pending.peer_address == pdu.advertiser_address:
            self.create_le_connection(pdu.advertiser_address)

    def _report(self, address: hci.Address, data: bytes, *, scan_response: bool) -> None:
        if self._legacy_scan:
            kind = _LegacyReport.EventType.SCAN_RSP if scan_response else _LegacyReport.EventType.ADV_IND
            report = _LegacyReport.Report(event_type=kind, address_type=address.address_type, address=address,
                                          data=data, rssi=_RSSI)
            self.send_hci_packet(_LegacyReport([report]))
            return
        ext = _ExtReport.Report(
            event_type=SCAN_RSP_EVENT if scan_response else ADV_IND_EVENT,
            address_type=address.address_type, address=address, primary_phy=hci.Phy.LE_1M,
            secondary_phy=0, advertising_sid=0xFF, tx_power=_ExtReport.TX_POWER_INFORMATION_NOT_AVAILABLE,
            rssi=_RSSI, periodic_advertising_interval=0, direct_address_type=0,
            direct_address=hci.Address.ANY, data=data)
        self.send_hci_packet(_ExtReport([ext]))
