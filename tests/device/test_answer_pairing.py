"""An answer is credited to its own command (docs/protocol.md §3: the device echoes the command, then
answers): a late answer of a timed-out command is waited out, an answer that comes before this
command's echo is an earlier one's, and a device that never echoes is still understood."""

import pytest
from device_sim_rig import FAST, Sim

from smartbms_gui.device.client import AsciiClient
from smartbms_gui.device.errors import Refused, RequestTimeout
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import commands, params
from smartbms_gui.sim.ascii_peer import AsciiPeer

HI, LO = commands.write_word(params.parameter("vmax_v").address, 0x348)  # V max 4.20 V: 03-050!, 48-051!


async def logged_in_client(sim, **options) -> AsciiClient:
    transport = sim.link()
    await transport.open()
    client = AsciiClient(transport, "1234", sim.generation, keepalive_s=0.05, **options)
    await client.login()
    return client


async def test_a_late_ok_of_a_timed_out_byte_is_not_taken_as_the_next_bytes_answer(sim2):
    """The high byte's OK comes 0.5 s late, after its 0.3 s limit. The low byte's own answer is as
    late. Without pairing, the high byte's late OK would arrive while the low byte waits and be
    taken as its answer."""
    # A busy machine can only make the OK later: it stays after the 0.3 s limit, and the wait for
    # late answers (ended by the OK itself) is long enough that a delayed OK is still waited out.
    client = await logged_in_client(sim2, write_timeout_s=0.3, late_answer_s=3.0)
    sim2.battery.faults.inject("slow_write_replies", delay_s=0.5)
    with pytest.raises(RequestTimeout):
        await client._request(HI, "status", retries=0, timeout=client.write_timeout_s)
    with pytest.raises(RequestTimeout):
        await client._request(LO, "status", retries=0, timeout=client.write_timeout_s)
    assert client.late_answers == [("03-050!", "OK")]  # waited out before the low byte was sent
    client.detach()


class _StrayOkPeer(AsciiPeer):
    """Sends a stray `OK` (an earlier command's answer arriving late) just before a write's echo."""

    stray = False

    def _command(self, line):
        if self.stray and line.endswith(b"!") and b"-" in line:
            self._send(b"OK\r")
        super()._command(line)


async def test_an_answer_before_this_commands_echo_belongs_to_an_earlier_command():
    sim = await Sim(2, peer_class=_StrayOkPeer).start()
    try:
        client = await logged_in_client(sim)  # the login's echo shows this device echoes
        sim.peer.stray = True
        with pytest.raises(Refused):  # nothing lives at 0xFFE: the real answer is KO, not the stray OK
            await client._request(commands.write_byte(0xFFE, 1), "status", retries=0)
        assert ("an earlier command", "OK") in client.late_answers
        client.detach()
    finally:
        await sim.stop()


class _NoEchoPeer(AsciiPeer):
    """A device that answers but never echoes its commands."""

    def _command(self, line):
        self._drop = line + b"\r"
        super()._command(line)

    def _send(self, data):
        if data == getattr(self, "_drop", None):
            self._drop = None
            return
        super()._send(data)


async def test_a_device_that_never_echoes_is_still_understood():
    sim = await Sim(2, peer_class=_NoEchoPeer).start()
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        [result] = await session.write_settings({"vmax_v": 3.6})
        assert result.ok, result
        assert params.parameter("vmax_v").to_value(sim.battery.settings["vmax_v"]) == 3.6
        assert not session.client._echoes_seen
    finally:
        await session.close()
        await sim.stop()
