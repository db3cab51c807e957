"""A first connection that never went live gives up after a few tries (at once when trying again cannot
help); after a live link the session keeps trying, and its state says which try comes next and why."""


import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.messages import Message
from smartbms_gui.transport.base import TransportError


class DeadLink:
    """A link that cannot open, like a BLE transport out of range (or with Bluetooth off: lasting)."""

    description = "BLE 123\\SmartBMS 4711"
    wire = None

    def __init__(self, lasting=False):
        self.lasting = lasting

    def set_lost_callback(self, callback):
        pass

    def add_receiver(self, receiver):
        pass

    def remove_receiver(self, receiver):
        pass

    async def open(self):
        error = TransportError(Message("BLE 123\\SmartBMS 4711 did not answer. Move closer."))
        error.lasting = self.lasting
        raise error

    async def close(self):
        pass


def session_over(factory, **options):
    states = []
    session = DeviceSession(factory, pin="1234", live=LiveState(), on_state=states.append,
                            **{**FAST, **options})
    return session, states


async def test_a_first_connection_gives_up_after_the_first_attempts():
    opened = []

    def factory():
        opened.append(1)
        return DeadLink()

    session, states = session_over(factory, first_attempts=3)
    state = await session.connect(10)
    assert state.phase is Phase.FAILED and len(opened) == 3
    assert state.reason == "gave up after 3 attempts"
    assert state.problem == "BLE 123\\SmartBMS 4711 did not answer. Move closer."
    tries = [s.attempt for s in states if s.phase is Phase.RECONNECTING]
    assert sorted(set(tries)) == [2, 3]  # "try 2 in N s", "try 3 in N s"
    assert all(s.problem for s in states if s.phase is Phase.RECONNECTING)
    await session.close()


async def test_a_lasting_cause_gives_up_at_once():
    opened = []

    def factory():
        opened.append(1)
        return DeadLink(lasting=True)

    session, _states = session_over(factory, first_attempts=3)
    state = await session.connect(10)
    assert state.phase is Phase.FAILED and len(opened) == 1
    assert state.problem.startswith("BLE 123\\SmartBMS 4711 did not answer")
    await session.close()


@pytest.mark.parametrize("generation", [2])
async def test_after_a_live_link_it_keeps_trying_beyond_the_first_attempts(generation):
    sim = await Sim(generation).start()
    links = []

    def factory():
        # live first; after the drop the battery stays away for five tries (more than first_attempts)
        if not links or len(links) > 6:
            link = sim.link()
        else:
            link = DeadLink(lasting=len(links) == 2)  # even "lasting" does not stop a known battery
        links.append(link)
        return link

    session, states = session_over(factory, first_attempts=2, backoff_initial_s=0.02, backoff_max_s=0.05)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        sim.links[-1].drop()
        await session.wait_for(lambda s: s.phase is Phase.STREAMING and len(links) > 6, 15)
        retries = [s for s in states if s.phase is Phase.RECONNECTING]
        assert max(s.attempt for s in retries) >= 5
        assert not any(s.phase is Phase.FAILED for s in states)
        assert any("did not answer" in s.problem for s in retries)
        assert session.state.problem == ""  # live again: no old problem hangs on
        await until(lambda: session.live.get("pack_voltage_v") is not None, what="live values")
    finally:
        await session.close()
        await sim.stop()


async def test_without_first_attempts_the_command_line_keeps_its_choice():
    opened = []

    def factory():
        opened.append(1)
        return DeadLink()

    session, _states = session_over(factory, max_attempts=0)
    state = await session.connect(5)
    assert state.phase is Phase.FAILED and len(opened) == 1 and state.reason == "gave up after 1 attempt"
    await session.close()
