"""What the virtual module advertises, seen from the central side, and how the app picks candidates.

docs/protocol.md §1: a real Gen3 advertises local name `123\\SmartBMS`, company 2330 with `00 06 0d 02`
and the Nordic UART service UUID, the UUID in a scan response (it does not fit one 31-byte
advertisement). Clients match on our company ids or the NUS UUID, never on the name alone. An
unknown device type keeps its generation open; the GATT layout settles it after connecting.

The first tests use an independent scanner: a plain bumble host on its own controller reading raw HCI
advertising reports, not the app's `BleScanner`.
"""

import uuid

import pytest
from ble_bumble_rig import BACKEND, BleRig, until
from bleak import BleakScanner
from bumble import hci
from bumble.device import Device
from bumble.host import Host

from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport.ble import BleScanner
from smartbms_gui.transport.ble_bumble_backend import BumbleScanner
from smartbms_gui.transport.bumble_controller import ScanResponseController

NUS = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"
# AD structures written out from the reference, independent of the simulator's code:
NUS_AD = bytes([17, 0x07]) + bytes(reversed(uuid.UUID(NUS).bytes))  # complete list of 128-bit UUIDs
NAME_AD = bytes([13, 0x09]) + b"123\\SmartBMS"
GEN3_CAPTURE_AD = bytes([7, 0xFF, 0x1A, 0x09]) + bytes.fromhex("00060d02")  # company 2330 (0x091A), LE
GEN2_AD = bytes([7, 0xFF, 0x85, 0x00]) + bytes.fromhex("00020d02")  # company 133, type 2, serial 3330
_EXT = hci.HCI_LE_Extended_Advertising_Report_Event.EventType
_LEG = hci.HCI_LE_Advertising_Report_Event.EventType


class RawScanner:
    """A central of its own on the virtual air, keeping every HCI advertising report it is given."""

    def __init__(self, link, address="C0:00:00:00:00:EE"):
        self.controller = ScanResponseController("independent-scanner", link=link)
        self.device = Device(name="independent scanner", address=hci.Address(address))
        self.device.host = Host(controller_source=self.controller, controller_sink=self.controller)
        self.reports = []

    async def start(self, *, active=True, legacy=False):
        await self.device.power_on()
        self.device.host.on("advertising_report", self.reports.append)
        await self.device.start_scanning(active=active, legacy=legacy, filter_duplicates=False)
        return self

    async def stop(self):
        await self.device.stop_scanning()
        await self.device.power_off()

    def _from(self, address):
        return [r for r in self.reports if str(r.address).split("/")[0] == address]

    def adverts(self, address):
        return [r for r in self._from(address) if not is_scan_response(r)]

    def responses(self, address):
        return [r for r in self._from(address) if is_scan_response(r)]


def is_scan_response(report) -> bool:
    if isinstance(report, hci.HCI_LE_Advertising_Report_Event.Report):
        return report.event_type == _LEG.SCAN_RSP
    return bool(report.event_type & _EXT.SCAN_RESPONSE)


def is_legacy_connectable_scannable(report) -> bool:
    if isinstance(report, hci.HCI_LE_Advertising_Report_Event.Report):
        return report.event_type in (_LEG.ADV_IND, _LEG.SCAN_RSP)
    wanted = _EXT.LEGACY_ADVERTISING_PDU_USED | _EXT.SCANNABLE_ADVERTISING | _EXT.CONNECTABLE_ADVERTISING
    return report.event_type & wanted == wanted


@pytest.mark.parametrize("legacy", [False, True], ids=["extended-hci", "legacy-hci"])
async def test_gen3_sends_the_nus_uuid_in_a_scan_response_to_an_independent_scanner(legacy):
    rig = await BleRig(3).start()
    scanner = await RawScanner(rig.link).start(active=True, legacy=legacy)
    address = rig.module.address
    try:
        await until(lambda: len(scanner.responses(address)) >= 2, what="scan responses")
        adverts, responses = scanner.adverts(address), scanner.responses(address)
        assert adverts and all(is_legacy_connectable_scannable(r) for r in adverts + responses)
        for report in adverts:  # the advertisement: flags, name, manufacturer data; no UUID
            assert bytes(report.data) == bytes([2, 0x01, 0x06]) + NAME_AD + GEN3_CAPTURE_AD
            assert len(report.data) <= 31
        for report in responses:  # the scan response: the NUS UUID, nothing repeated from the advert
            assert bytes(report.data) == NUS_AD
        assert len(NAME_AD + GEN3_CAPTURE_AD + NUS_AD) + 3 > 31  # why a scan response is needed at all
    finally:
        await scanner.stop()
        await rig.stop()


async def test_a_passive_scanner_gets_no_scan_response():
    rig = await BleRig(3).start()
    scanner = await RawScanner(rig.link).start(active=False)
    try:
        await until(lambda: len(scanner.adverts(rig.module.address)) >= 10, what="advertisements")
        assert scanner.responses(rig.module.address) == []
        assert all(NUS_AD not in bytes(r.data) for r in scanner.reports)
    finally:
        await scanner.stop()
        await rig.stop()


async def test_gen2_keeps_its_blueradios_advertisement_without_the_nus_uuid():
    rig = await BleRig(2).start()
    scanner = await RawScanner(rig.link).start(active=True)
    address = rig.module.address
    try:
        await until(lambda: len(scanner.responses(address)) >= 2, what="scan responses")
        advert = bytes([2, 0x01, 0x06]) + NAME_AD + GEN2_AD
        assert all(bytes(r.data) == advert for r in scanner.adverts(address))
        assert all(bytes(r.data) == b"" for r in scanner.responses(address))
    finally:
        await scanner.stop()
        await rig.stop()


async def test_a_bleak_client_filtering_on_the_nus_uuid_finds_gen3_only():
    """What a client written elsewhere does (`BleakScanner(service_uuids=[NUS])`), over the virtual air."""
    gen3 = await BleRig(3).start()
    gen2 = await BleRig(2, address="F0:12:3B:00:0D:03", link=gen3.link).start()  # both in range
    seen = {}
    heard = []
    scanner = BleakScanner(lambda d, adv: seen.setdefault(d.address, adv), service_uuids=[NUS],
                           backend=BumbleScanner, radio=gen3.radio)
    try:
        await scanner.start()
        radio = await gen3.radio.device()
        # registered after the scanner's listener: whatever is heard here, the scanner has judged
        radio.on("advertisement", lambda adv: heard.append(str(adv.address).split("/")[0]))
        await until(lambda: gen3.module.address in seen, what="the Gen3 module")
        await until(lambda: heard.count(gen2.module.address) >= 3, what="the Gen2 module's advertisements")
        assert set(seen) == {gen3.module.address}
        assert NUS in seen[gen3.module.address].service_uuids
        assert seen[gen3.module.address].manufacturer_data == {2330: bytes.fromhex("00060d02")}
    finally:
        await scanner.stop()
        await gen2.stop()
        await gen3.stop()


# ---------------------------------------------------------------- the app's scanner and transport


async def scan_one(rig, **options):
    scanner = BleScanner(backend=BACKEND, radio=rig.radio)
    found = await scanner.scan(5.0, until=lambda d: d.address == rig.module.address and d.advert.nus is
                               (rig.generation is Generation.GEN3))
    assert [d.address for d in found] == [rig.module.address]
    return found[0]


async def test_the_app_sees_the_real_capture_with_its_nus_uuid():
    rig = await BleRig(3).start()
    try:
        found = await scan_one(rig)
        assert found.advert.nus and found.advert.company_id == 2330
        assert (found.generation, found.serial, found.type_label) == (Generation.GEN3, "03330",
                                                                       "SmartBMS Gen3 (Raytac)")
        assert found.name == "123\\SmartBMS"
    finally:
        await rig.stop()


@pytest.mark.parametrize("module_options", [{"manufacturer_data": False}, {"company_id": 0x0059}],
                         ids=["no manufacturer data", "unlisted company id"])
async def test_a_gen3_is_offered_on_its_nus_uuid_alone(module_options):
    rig = await BleRig(3, **module_options).start()
    try:
        found = await scan_one(rig)
        assert found.generation is Generation.GEN3 and found.advert.device_type is None
        assert found.type_label == "type unknown [?]" and found.serial == ""
        assert found.label == "123\\SmartBMS (type unknown [?])"
        transport = rig.transport(generation=found.generation)
        await transport.open()
        assert transport.layout == "nus" and transport.generation is Generation.GEN3
    finally:
        await rig.stop()


async def test_the_name_alone_never_makes_a_candidate():
    rig = await BleRig(2, manufacturer_data=False).start()  # name only: no company id, no NUS UUID
    heard = []
    scanner = BleScanner(backend=BACKEND, radio=rig.radio)
    try:
        await scanner.start()
        radio = await rig.radio.device()
        # registered after the scanner's own listener, so each advert here has been judged by it
        radio.on("advertisement", lambda adv: heard.append(adv))
        await until(lambda: len(heard) >= 5, what="the name-only advertisements")
        assert all(adv.data.get(adv.data.COMPLETE_LOCAL_NAME) for adv in heard)
        assert scanner.found == {}
    finally:
        await scanner.stop()
        await rig.stop()


@pytest.mark.parametrize("generation, layout", [(2, "brsp"), (3, "nus")], ids=["gen2", "gen3"])
async def test_an_unknown_type_is_marked_and_the_gatt_layout_settles_its_generation(generation, layout):
    rig = await BleRig(generation, device_type=9).start()
    try:
        found = await scan_one(rig)
        assert found.type_label == "unknown type 9 [?]" and found.serial == "03330"
        assert "[?]" in found.label
        # The advertised NUS UUID already says Gen3; without it the advert leaves the generation open
        assert found.generation == (Generation.GEN3 if generation == 3 else None)
        transport = rig.transport(generation=None)  # what the connect gets for an open generation
        assert transport.generation is None
        await transport.open()
        assert transport.layout == layout
        assert transport.generation is Generation(generation) and transport.generation_source == "gatt"
        await transport.close()
    finally:
        await rig.stop()


async def test_a_given_generation_is_kept_and_a_contradicting_layout_is_logged(caplog):
    rig = await BleRig(3).start()
    try:
        transport = rig.transport(generation=Generation.GEN2)
        await transport.open()
        assert transport.generation is Generation.GEN2 and transport.generation_source == "advert"
        assert any("Nordic UART" in r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    finally:
        await rig.stop()


async def test_one_scan_response_per_advertising_event():
    rig = await BleRig(3).start()
    scanner = await RawScanner(rig.link).start(active=True)
    try:
        await until(lambda: len(scanner.adverts(rig.module.address)) >= 20, what="advertisements")
        adverts, responses = scanner.adverts(rig.module.address), scanner.responses(rig.module.address)
        assert abs(len(adverts) - len(responses)) <= 1
    finally:
        await scanner.stop()
        await rig.stop()


async def test_a_session_follows_the_generation_the_transport_settled():
    """An unknown type on a Gen3 (NUS) module: the view can only give a provisional generation, the
    transport settles Gen3, and the session must then read the Gen3 records (S3, SRY0, SRY1)."""
    from ble_bumble_rig import FAST

    from smartbms_gui.device.session import DeviceSession
    from smartbms_gui.device.state import Phase

    rig = await BleRig(3, device_type=9).start()
    session = DeviceSession(lambda: rig.transport(generation=None), pin="1234", generation=Generation.GEN2,
                            **FAST)
    try:
        assert (await session.connect(10)).phase is Phase.STREAMING
        assert session.transport.generation is Generation.GEN3
        reads = [r for r in rig.module.received if r.endswith(b"@\r")]
        assert b"S3@\r" in reads and session.generation is Generation.GEN3
    finally:
        await session.close()
        await rig.stop()
