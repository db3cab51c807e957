"""What the reference leaves open must not cost the connection: `E!`/`D!` that are never answered
(docs/protocol.md §3 gives them no reply), and Gen3 extra records (S3, SRY0, SRY1) that older
firmware lacks or sends damaged. V, S1 and S2 stay required."""

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device.errors import Malformed
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import commands, params
from smartbms_gui.protocol.stream import PackRecord
from smartbms_gui.sim.ascii_peer import AsciiPeer


def make_session(sim, events, **overrides):
    return DeviceSession(sim.link, pin="1234", generation=sim.generation,
                         live=LiveState(generation=sim.generation),
                         on_item=lambda item, t: events["items"].append(item),
                         on_error=events["errors"].append, on_notice=events["notices"].append,
                         **{**FAST, "max_attempts": 1, **overrides})


def new_events():
    return {"items": [], "errors": [], "notices": []}


async def test_unanswered_start_and_stop_still_stream_and_write():
    sim = await Sim(2).start()
    sim.battery.faults.inject("start_stop_unanswered")
    events = new_events()
    session = make_session(sim, events)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING  # E! confirmed by the first record
        assert events["errors"] == []
        [result] = await session.write_settings({"vmax_v": 3.6})  # D! silent, then E! again
        assert result.ok, result
        count = len(events["items"])
        await until(lambda: len(events["items"]) > count + 3, what="the stream after the write")
        assert sim.peer.streaming and session.state.phase is Phase.STREAMING
    finally:
        await session.close()
        await sim.stop()


async def test_a_refused_start_is_still_an_error():
    sim = await Sim(2).start()
    events = new_events()

    class _RefuseStart(AsciiPeer):
        def _command(self, line):
            if line == b"E!":
                self._send(line + b"\r")
                self._reply(commands.REPLY_REFUSED)
                return
            super()._command(line)

    sim.runner.detach(sim.peer)
    sim.peer = _RefuseStart(sim.battery, sim.generation)
    sim.runner.attach(sim.peer)
    session = make_session(sim, events)
    try:
        assert (await session.connect(5)).phase is Phase.FAILED
        assert any("KO" in str(e) for e in events["errors"])
    finally:
        await session.close()
        await sim.stop()


class _OldGen3Firmware(AsciiPeer):
    """A Gen3 that answers WRONG to SRY0@ and sends S3 with a broken checksum; or any `broken` set."""

    broken = {"S3": "damaged", "SRY0": "WRONG"}

    def _read(self, record):
        how = self.broken.get(record)
        if how == "WRONG":
            return commands.REPLY_MALFORMED
        if how == "damaged":
            body = super()._read(record)
            return body[:-2] + ("00" if not body.endswith("00") else "01")
        return super()._read(record)


async def test_gen3_extras_that_fail_are_not_reported_and_the_battery_streams():
    sim = await Sim(3, peer_class=_OldGen3Firmware).start()
    events = new_events()
    session = make_session(sim, events)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert events["errors"] == []
        [notice] = [n for n in events["notices"] if "not reported" in n]
        assert "S3: arrived damaged" in notice and "SRY0: not understood (WRONG)" in notice
        assert "Current sensor" in notice
        s3_and_relay1 = [p.name for p in params.PARAMETERS if p.record in ("S3", "SRY0")]
        assert s3_and_relay1 and not set(s3_and_relay1) & set(session.settings)
        assert "relay2_function" in session.settings and "vmax_v" in session.settings  # the rest is there
        await until(lambda: any(isinstance(i, PackRecord) for i in events["items"]), what="live records")
    finally:
        await session.close()
        await sim.stop()


@pytest.mark.parametrize("kind", ["V", "S1", "S2"])
async def test_the_required_records_still_fail_the_connection(kind):
    class _Broken(_OldGen3Firmware):
        broken = {kind: "WRONG"}

    sim = await Sim(3, peer_class=_Broken).start()
    events = new_events()
    session = make_session(sim, events)
    try:
        assert (await session.connect(5)).phase is Phase.FAILED
        assert any(isinstance(e, Malformed) for e in events["errors"])
    finally:
        await session.close()
        await sim.stop()
