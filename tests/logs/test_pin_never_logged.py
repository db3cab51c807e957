"""The PIN never reaches a log line: a whole session at DEBUG with login, a settings write and a PIN
change against the simulated battery, every byte on the wire logged too.
"""

from __future__ import annotations

import asyncio
import logging

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import params
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport

OLD_PIN, NEW_PIN = "4711", "2468"
FAST = {"wake_wait_s": 0.02, "timeout_s": 0.4, "retries": 2, "keepalive_s": 0.1, "backoff_initial_s": 0.1,
        "backoff_max_s": 0.5, "jitter": 0.0}
wire = logging.getLogger("smartbms_gui.test.wire")
log = logging.getLogger("smartbms_gui.test.session")


def traced_link(peer):
    """A link to the simulator that logs every byte both ways, as a debugging developer would."""
    transport = LoopbackTransport(peer, chunk_size=20)
    send = transport.write

    async def write(data: bytes) -> None:
        wire.debug("tx %r (%s)", data, data.hex(" "))
        await send(data)

    transport.write = write
    transport.add_receiver(lambda data, t: wire.debug("rx %r (%s)", data, data.hex()))
    return transport


def forms_of(pin: str) -> list[str]:
    hex_digits = pin.encode().hex()
    return [f"PW{pin}", pin, hex_digits, hex_digits.upper(), " ".join(f"3{d}" for d in pin)]


async def test_pin_is_in_no_log_line_of_a_session_with_writes(log_folder, caplog):
    caplog.set_level(logging.DEBUG)
    battery = SimulatedBattery(cells=8, seed=3)
    battery.change_pin(OLD_PIN)
    peer = AsciiPeer(battery, battery.generation)
    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    runner_task = asyncio.get_running_loop().create_task(runner.run())
    session = DeviceSession(lambda: traced_link(peer), pin=OLD_PIN, generation=battery.generation,
                            live=LiveState(generation=battery.generation), **FAST)
    try:
        state = await session.connect(5)
        assert state.phase is Phase.STREAMING
        vmax = params.parameter("vmax_v")
        new_vmax = round(session.settings["vmax_v"] - 0.05, 2)
        results = await session.write_settings({"vmax_v": new_vmax})
        assert results[0].ok, results
        results += await session.write_settings({"pin": NEW_PIN})
        assert results[-1].ok, results
        log.debug("results %r", results)
        log.debug("settings %r", session.settings)
        log.debug("change requested: %s", {"pin": NEW_PIN, "vmax_v": new_vmax})
        await asyncio.sleep(0.3)
    finally:
        await session.close()
        runner.stop()
        await asyncio.gather(runner_task, return_exceptions=True)

    # the writes really happened
    assert battery.pin == NEW_PIN
    assert abs(vmax.to_value(battery.settings["vmax_v"]) - new_vmax) < 0.006

    for handler in logging.getLogger().handlers:
        handler.flush()
    file_text = log_folder.read_text(encoding="utf-8")
    captured = "\n".join(record.getMessage() for record in caplog.records)
    # the PIN-bearing traffic was logged (masked), so this test would see a leak
    assert "PW****!" in file_text and "PW****!" in captured
    assert "**-F00!" in file_text
    assert "tx b'" in file_text and "rx b'" in file_text
    for pin in (OLD_PIN, NEW_PIN):
        for form in forms_of(pin):
            assert form not in file_text, f"{form!r} in the log file"
            assert form not in captured, f"{form!r} in a log record"
