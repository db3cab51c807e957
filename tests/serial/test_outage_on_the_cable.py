"""The USB adapter stays plugged but the BMS goes silent, then talks again (a real pty).

The loss is said once, the values are marked stale, and "live" comes back only with a real record:
an open port alone (the adapter answers without a battery behind it) is not a live link.
"""

from __future__ import annotations

import asyncio
import threading

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.transport.serial import SerialTransport
from smartbms_gui.views.connection_bar import ConnectionBar


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.02)


class TalkingBms:
    """The BMS end of the cable: a frame every 0.1 s while `talking` is set (a thread, like the device)."""

    def __init__(self, cable, cells: int = 4) -> None:
        self.cable = cable
        self.peer = FramePeer(SimulatedBattery(cells=cells, seed=11))
        self.talking = threading.Event()
        self.talking.set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            if self.talking.is_set() and self.cable.master is not None:
                self.cable.write(self.peer.next_frame())

    def __enter__(self) -> TalkingBms:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join(5)


async def test_a_silent_bms_behind_a_plugged_adapter_is_one_loss_and_one_return(cable, qtbot):
    live = LiveState()
    events: list[tuple[str, object]] = []  # ("state", phase) and ("item", None), in order
    bar = ConnectionBar()  # the window's connection bar, fed as the window feeds it
    qtbot.addWidget(bar)
    shown: list[tuple[str, str]] = []  # (text, mark icon) after each state

    def on_state(state) -> None:
        if not events or events[-1] != ("state", state.phase):
            events.append(("state", state.phase))
        bar.set_state(state)
        shown.append((bar.state_label.text(), bar.mark_icon()))

    session = DeviceSession(
        lambda: SerialTransport(cable.link_path, auto_reopen=False, read_timeout_s=0.05),
        None, live=live, on_state=on_state, on_item=lambda item, t: events.append(("item", None)),
        backoff_initial_s=0.1, backoff_max_s=0.3, jitter=0.0, silence_s=0.8)
    with TalkingBms(cable) as bms:
        try:
            await session.connect(timeout=5)
            await until(lambda: live.cells_received >= 2, what="two cells")
            bms.talking.clear()  # the BMS goes quiet; the adapter (the pty) stays
            await until(lambda: session.state.phase is Phase.RECONNECTING, what="the loss")
            assert live.stale
            lost_at = len(events)
            # A few reopen attempts find the port but no data: none of them may say "live".
            await until(lambda: session.connects >= 3, what="two reopen attempts")
            silent = events[lost_at:]
            assert ("state", Phase.STREAMING) not in silent, silent
            assert live.stale
            bms.talking.set()
            await until(lambda: session.state.phase is Phase.STREAMING, what="live again")
            back = events.index(("state", Phase.STREAMING), lost_at)
            assert ("item", None) in events[lost_at:back]  # live only after a real record came
            await until(lambda: not live.stale, what="fresh values")
        finally:
            await session.close()
    # The window says it once too: from the loss to the return only "Reconnecting…", never
    # "Connecting…" or "Live" in between (a busy mark throughout); then "Live" again.
    first_loss = next(i for i, (text, _) in enumerate(shown) if text.startswith("Reconnecting"))
    back_live = next(i for i, (text, _) in enumerate(shown) if i > first_loss and text.startswith("Live"))
    outage = shown[first_loss:back_live]
    assert all(text.startswith("Reconnecting") and icon == "busy" for text, icon in outage), outage
    assert any(text.startswith("Reconnecting now (try ") for text, _ in outage), outage
    assert all("no data for 0.8 s" in text for text, _ in outage), outage
    phases = [e[1] for e in events if e[0] == "state"]
    assert phases.count(Phase.STREAMING) == 2, phases  # the first connection and the one return
    assert session.drops == 1
