"""Each way a battery can answer a settings write becomes a specific error for that setting: a
read-back that differs, NA (not logged in) and WRONG (not understood); a refused byte stops the batch."""

import pytest
from device_sim_rig import FAST, Sim

from smartbms_gui.device.errors import BatchStopped, Malformed, NotAuthorised, ReadBackMismatch
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import commands, params
from smartbms_gui.sim.ascii_peer import AsciiPeer


class OddPeer(AsciiPeer):
    """Firmware that answers some addresses its own way: a reply word, or storing another value."""

    def __init__(self, *args, answers=None, store_instead=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = answers or {}
        self.store_instead = store_instead or {}

    def _write(self, address, value):
        if address in self.answers:
            return self.answers[address]
        return super()._write(address, self.store_instead.get(address, value))


async def sim_with(peer_options):
    sim = Sim(2)
    sim.runner.detach(sim.peer)
    sim.peer = OddPeer(sim.battery, sim.generation, **peer_options)
    sim.runner.attach(sim.peer)
    return await sim.start()


RESTART = params.parameter("charge_restart_pct")  # a one-byte setting (address known to the simulator only)
VMAX = params.parameter("vmax_v")


@pytest.mark.parametrize("reply, error_type, words", [
    (commands.REPLY_NOT_AUTHORISED, NotAuthorised, "NA"),
    (commands.REPLY_MALFORMED, Malformed, "WRONG"),
])
async def test_na_and_wrong_name_the_setting_and_stop_the_batch(reply, error_type, words):
    sim = await sim_with({"answers": {RESTART.simulator_address: reply}})
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        before = dict(sim.battery.settings)
        results = await session.write_settings({"charge_restart_pct": 80, "vmax_v": 3.6})
        by_name = {r.name: r for r in results}
        bad = by_name["charge_restart_pct"]
        assert not bad.ok and isinstance(bad.error, error_type)
        assert bad.error.setting == "charge_restart_pct" and words in bad.message
        assert "still holds the old value" in bad.message
        assert bad.value == RESTART.to_value(before[RESTART.name])
        stopped = by_name["vmax_v"]
        assert not stopped.ok and isinstance(stopped.error, BatchStopped)
        assert "not written" in stopped.message and RESTART.label in stopped.message
        assert sim.battery.settings == before
        assert session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


async def test_a_read_back_that_differs_is_a_mismatch_with_both_values():
    sim = await sim_with({"store_instead": {RESTART.simulator_address: 70}})
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        await session.connect(5)
        [result] = await session.write_settings({"charge_restart_pct": 80})
        assert not result.ok and isinstance(result.error, ReadBackMismatch)
        assert result.error.setting == "charge_restart_pct"
        assert result.error.written == 80 and result.error.read_back == 70
        assert "80" in result.message and "70" in result.message
        assert session.settings["charge_restart_pct"] == 70  # what the battery really holds is shown
    finally:
        await session.close()
        await sim.stop()
