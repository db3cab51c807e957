"""While `smartbms settings load` waits for the person to answer, the keep-alive goes on: the
battery keeps streaming (it stops after ~1.6 s without a byte from the app)."""

from __future__ import annotations

import asyncio
import os

from smartbms_gui.cli.device import confirm_while_connected
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport


async def test_the_stream_goes_on_while_the_question_waits(monkeypatch, capsys):
    battery = SimulatedBattery(cells=4, seed=1)
    peer = AsciiPeer(battery)
    runner = SimulatorRunner(battery, speed=1.0, tick_s=0.02)
    runner.attach(peer)
    task = asyncio.get_running_loop().create_task(runner.run())
    received = []
    session = DeviceSession(lambda: LoopbackTransport(peer), pin="1234", wake_wait_s=0.02,
                            on_item=lambda item, t: received.append(t))
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r")
    monkeypatch.setattr("sys.stdin", stdin)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        question = asyncio.get_running_loop().create_task(confirm_while_connected("Write?", assume_yes=False))
        loop = asyncio.get_running_loop()
        asked_at = loop.time()
        # The person reads the question for longer than the battery's 1.6 s: answered once a record
        # came in more than 2 s after the question (waited for; a fixed 2.5 s held only one 0.5 s
        # message slot after the 2 s mark, which a busy machine could push past).
        while not any(t > asked_at + 2.0 for t in received):
            assert loop.time() - asked_at < 10, "no live data arrived while the question was open"
            await asyncio.sleep(0.05)
            assert not question.done()
        os.write(write_end, b"y\n")
        await asyncio.wait_for(question, 5)  # answered yes: no exception
        assert peer.streaming
        assert session.state.phase is Phase.STREAMING and session.drops == 0
        assert "Write? [y/N]" in capsys.readouterr().err
    finally:
        await session.close()
        runner.stop()
        await asyncio.gather(task, return_exceptions=True)
        os.close(write_end)
        stdin.close()
