"""The start-up probe (app._first_live_paint) answers only after the shown page's values were painted:
whether the window is shown with them (the simulator's start) or they arrive in a shown window. It
watches the top-level window alone, so it must not take an event that paints nothing (an update
request before the window is exposed) for the values' paint."""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout

from smartbms_gui import app as app_module
from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import stream
from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.live_page import LivePage


class Bridge(BridgeBase):
    def __init__(self) -> None:
        super().__init__()
        self.live = LiveState()


class PaintedLabel(QLabel):
    def __init__(self, events: list) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self.events.append((self.text(), time.time()))  # the probe answers in wall-clock time


class VoltagePage(LivePage):
    def __init__(self, bridge, events: list) -> None:
        super().__init__(bridge)
        self.label = PaintedLabel(events)
        QVBoxLayout(self).addWidget(self.label)

    def refresh(self, changed: frozenset) -> None:
        volts = self.live.get("pack_voltage_v")
        self.label.setText("" if volts is None else f"{volts:.1f} V")


class Window(QMainWindow):
    def __init__(self, page: LivePage) -> None:
        super().__init__()
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.resize(400, 200)


def _give_values(bridge: Bridge) -> None:
    bridge.live.set_link(True)
    bridge.live.apply(stream.PackRecord(53.2, 1.0, 2.0, 1.0))
    bridge.liveChanged.emit({"pack_voltage_v"})


@pytest.mark.parametrize("values_first", [True, False], ids=["shown-with-values", "values-after-showing"])
def test_the_probe_answers_after_the_values_are_painted(qtbot, qloop, values_first):
    events: list = []
    bridge = Bridge()
    page = VoltagePage(bridge, events)
    window = Window(page)
    qtbot.addWidget(window)

    async def start() -> float:
        painted = app_module._first_live_paint(window, bridge)
        if values_first:  # as on the simulator: the window is shown once the values are in
            _give_values(bridge)
            await _until(lambda: page.drew_values())
            # A repaint request that paints nothing (the window is not up): not the values' paint.
            QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
            await asyncio.sleep(0)  # what the probe scheduled in answer has run now
            assert not painted.done()
            window.show()
            window.update()  # as the app's status texts do between show() and the window's exposure
        else:  # a device: the window is up (and painted) before the values come
            window.show()
            await _until(lambda: any(text == "" for text, _at in events))
            assert not painted.done()  # painted, but without values
            _give_values(bridge)
            # A repaint before the page has drawn the values (they are only in the model): not it either.
            assert not page.drew_values()
            QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        return (await asyncio.wait_for(painted, 30.0))[0]

    answered_at = qloop.run_until_complete(start())
    assert any(text == "53.2 V" and at <= answered_at for text, at in events), (answered_at, events)


async def _until(condition, timeout_s: float = 30.0) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout_s)
