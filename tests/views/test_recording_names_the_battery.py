"""A recording keeps the battery's serial number as the link knew it when connecting, so a report or an
export made from it later names the battery; a battery without a known serial writes none."""

from __future__ import annotations

from pathlib import Path

from test_main_window_simulator import FAST

from smartbms_gui.device.recording import RecordingReader
from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge


async def _record(tmp_path, name: str, **connect) -> tuple[Path, DeviceBridge]:
    bridge = DeviceBridge(recordings_folder=tmp_path / name, **FAST)
    await bridge.connect_simulator(**connect)
    assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    path = Path(bridge.recorder.path)
    await bridge.disconnect()
    return path, bridge


async def test_the_serial_known_at_connecting_is_in_the_recording(qtbot, tmp_path):
    path, bridge = await _record(tmp_path, "with", serial="03331")
    assert bridge.serial == "03331"
    with RecordingReader(path) as reader:
        assert reader.info.meta["serial"] == "03331"
    path, bridge = await _record(tmp_path, "without")
    assert bridge.serial is None
    with RecordingReader(path) as reader:
        assert "serial" not in reader.info.meta
