"""Over the serial cable the Settings page shows what the 58-byte frame carries (docs/protocol.md §4),
read-only, with its source: V min, V max, V bypass and the capacity from every frame, V low and V
nominal once their rotating keys (2/3 and 4/5, high byte then low byte) arrived.

The literal frame is the golden frame of tests/protocol (key 0 = SoH); the key bytes 47/48 are
changed and the checksum (byte 57, the sum of bytes 0-56) recomputed by hand here.
"""

from __future__ import annotations

import pytest
from settings_rig import PageRig, until
from views_rig import feed_frames

from smartbms_gui.device.model import LiveState
from smartbms_gui.protocol import params
from smartbms_gui.protocol.frame import decode_frame
from smartbms_gui.views.settings_frame_view import FrameSettingsView
from smartbms_gui.views.settings_texts import format_value

# V min 2.9 V, V max 3.65 V, V bypass 3.5 V, capacity 5.0 kWh; key 0 (SoH) = 98
GOLDEN = bytes.fromhex("0029902b00502d00182b003802940202a805011501012c030410029e0118030003e80007d0"
                       "0001f45000006400005a19620032024402da02bc8c")


def _with_key(key: int, value: int) -> bytes:
    frame = bytearray(GOLDEN)
    frame[47], frame[48] = key + 25, value
    frame[57] = sum(frame[:57]) & 0xFF
    return bytes(frame)


def _shown(view: FrameSettingsView) -> dict[str, str]:
    return {name: label.text() for name, label in view.values.items()}


def test_the_literal_frame_shows_its_four_settings_and_waits_for_the_rotating_ones(qtbot, clock):
    live = LiveState(clock=clock)
    live.set_link(True)
    view = FrameSettingsView()
    qtbot.addWidget(view)
    feed_frames(live, [decode_frame(GOLDEN)])
    values = view.refresh(live)
    assert values == {"vmin_v": 2.9, "vmax_v": 3.65, "vbypass_v": 3.5, "capacity_wh": 5000}
    waiting = "not received yet (the frame sends it about every 20 s)"
    assert _shown(view) == {"vmin_v": "2.900 V", "vmax_v": "3.650 V", "vbypass_v": "3.500 V",
                            "capacity_wh": format_value(params.parameter("capacity_wh"), 5000),
                            "vlow_v": waiting, "vnominal_v": waiting}
    # V low 3.0 V = raw 600 = 0x0258: key 2 carries 0x02, key 3 carries 0x58.
    feed_frames(live, [decode_frame(_with_key(2, 0x02))])
    view.refresh(live)
    assert _shown(view)["vlow_v"] == waiting  # half a value is no value
    feed_frames(live, [decode_frame(_with_key(3, 0x58))])
    view.refresh(live)
    assert _shown(view)["vlow_v"] == "3.000 V" and _shown(view)["vnominal_v"] == waiting
    assert "source" in view.source.text().lower() and "serial data frame" in view.source.text()
    assert "nothing can be changed" in view.source.text()


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot)
    yield rig
    await rig.close()


async def test_on_the_serial_link_the_page_shows_the_frame_settings_read_only(rig):
    battery = await rig.frame_link()
    page = rig.page
    await until(lambda: rig.bridge.live.get("vnominal_v") is not None and rig.bridge.live.get("vlow_v"),
                timeout=8, what="the rotating keys")
    await until(lambda: "V" in page.frame_view.values["vnominal_v"].text(), what="the page to follow")
    assert page.body_stack.currentWidget() is page.frame_view  # the editable form is not shown
    assert "read-only" in page.banner.text()
    shown = _shown(page.frame_view)
    for name in ("vmin_v", "vmax_v", "vlow_v", "vnominal_v"):
        param = params.parameter(name)
        assert shown[name] == format_value(param, param.quantise(battery.setting(name))), name
    assert shown["vbypass_v"] == format_value(params.parameter("vbypass_v"), battery.vbypass_v)
    capacity = params.parameter("capacity_wh")
    assert shown["capacity_wh"] == format_value(capacity, battery.setting("capacity_wh"))
    assert not page.apply_button.isEnabled() and not page.load_button.isEnabled()
    assert all(not e.field.isEnabled() for e in page.editors.values() if not e.param.read_only)
