"""A failed connect always says why and what to try, even when the library's exception is empty."""

import asyncio

import pytest
from bleak.backends.client import BaseBleakClient
from bleak.exc import BleakError

from smartbms_gui.transport.base import TransportError
from smartbms_gui.transport.ble import BleTransport
from smartbms_gui.transport.reasons import reason


def failing_backend(exc: BaseException) -> type:
    class FailingClient(BaseBleakClient):
        attempts = 0

        def __init__(self, address, **kwargs):
            for key in ("bluez", "winrt", "services"):
                kwargs.pop(key, None)
            super().__init__(address, **kwargs)

        async def connect(self, pair: bool, **kwargs):
            type(self).attempts += 1
            raise exc

        async def disconnect(self):
            return True

        def __getattr__(self, name):  # the abstract GATT methods are never reached
            raise AttributeError(name)

    FailingClient.__abstractmethods__ = frozenset()
    return FailingClient


@pytest.mark.parametrize("exc, words", [
    (BleakError(), "Could not connect to BLE 123\\SmartBMS. Move closer"),
    (asyncio.TimeoutError(), "did not answer. Move closer"),
    (OSError(), "Could not connect to BLE 123\\SmartBMS. Move closer"),
    (BleakError("Device with address AA was not found"), "was not found. Check that the battery is powered"),
])
async def test_connect_failure_names_a_reason_and_what_to_try(exc, words):
    backend = failing_backend(exc)
    transport = BleTransport("AA:BB:CC:DD:EE:FF", backend=backend, connect_attempts=2)
    with pytest.raises(TransportError) as raised:
        await transport.open()
    text = str(raised.value)
    assert words in text
    assert ": ." not in text and "failed: ." not in text
    assert "Move closer" in text or "press Scan" in text
    assert backend.attempts == 1  # not a retryable BlueZ abort: one attempt only


async def test_a_bluez_abort_is_retried_before_giving_up():
    backend = failing_backend(BleakError("le-connection-abort-by-local"))
    transport = BleTransport("AA:BB:CC:DD:EE:FF", backend=backend, connect_attempts=2)
    with pytest.raises(TransportError, match="did not answer. Move closer") as raised:
        await transport.open()
    assert "abort" not in str(raised.value)  # the library's words stay in the log
    assert backend.attempts == 2


def test_reason_is_never_empty():
    for exc in (Exception(), ValueError(" "), ConnectionResetError(), EOFError(), BleakError("gone.")):
        assert reason(exc).strip()
    assert reason(BleakError("gone.")) == "gone"
