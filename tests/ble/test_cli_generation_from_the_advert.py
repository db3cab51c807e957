"""Issue 13.5: every command with `--ble ADDRESS` takes the generation from the module's advert (a
short scan for that address), not only monitor/record/publish. A Gen3 BMS on a BlueRadios module
(device type 4) has the Gen2 services, so without the advert it would be taken as Gen2 and its
currents read 2.5 times too high. Over the virtual radio, through `settings`' own connect path."""

import asyncio

from ble_bumble_rig import BleRig

from smartbms_gui.cli.device import connect, device_choice, session_for
from smartbms_gui.cli.entry_point import build_parser
from smartbms_gui.protocol.advert import COMPANY_BLUERADIOS, DeviceType
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.transport import ble, ble_bumble_backend


def _run(qloop, rig, *, looked_up: bool):
    args = build_parser().parse_args(["settings", "get", "--ble", rig.module.address])
    choice = device_choice(args)
    choice.looked_up = looked_up  # True: as if the scan had found nothing (the services decide)
    session = session_for(choice, args, one_shot=True)

    async def scenario():
        try:
            await connect(session, choice, 20)
            return session.generation, choice.generation
        finally:
            await session.close()

    return qloop.run_until_complete(asyncio.wait_for(scenario(), 40))


def test_settings_over_ble_takes_gen3_from_a_blueradios_modules_advert(qloop, monkeypatch):
    monkeypatch.setenv(ble.ENV_BACKEND, "bumble")
    monkeypatch.setenv("SMARTBMS_PIN", "1234")
    rig = BleRig(3, device_type=int(DeviceType.GEN3_BLUERADIOS), company_id=COMPANY_BLUERADIOS, layout="brsp")
    ble_bumble_backend.set_default_radio(rig.radio)
    try:
        qloop.run_until_complete(rig.start())
        assert _run(qloop, rig, looked_up=False) == (Generation.GEN3, Generation.GEN3)
        # the services alone (BlueRadios' BRSP) say Gen2: what the command did before it scanned
        assert _run(qloop, rig, looked_up=True)[0] is Generation.GEN2
    finally:
        ble_bumble_backend.set_default_radio(None)
        qloop.run_until_complete(rig.stop())
