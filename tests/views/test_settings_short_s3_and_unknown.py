"""The settings page with what an older Gen3 firmware sends (docs/protocol.md §3.1): an S3 record of 2, 4 or
11 fields (the rest "not reported") and an on/off byte that is neither 0 nor 1 ("unknown", never "on").

Literal records go parse → decode_settings → the page's rows; then the real DeviceBridge, session and
simulator peer (made to answer a 4-field S3 holding a 2 in its critical-mode byte) show and fix it.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from test_main_window_simulator import FAST, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol import ascii_records, params
from smartbms_gui.protocol.ascii_records import parse_settings_record
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.ascii_peer import AsciiPeer
from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.settings_page import SettingsPage
from smartbms_gui.views.theme import apply_theme

# Literal replies; each checksum summed by hand (tests/protocol/test_ascii_records.py).
S1 = "00FA_01F4_0013_31323334_1C"  # 2500 W, 5000 W, 1900 Wh, PIN 1234
S2 = "0230_02DA_0111_014F_5A_14_00F7_0258_0294_0A_0A_82"
SHORT_S3 = {
    2: "01_00_C1",
    4: "01_02_00_00_83",  # critical mode byte = 2: unknown
    11: "01_00_00_00_01_000C_0006_05_05_01_01_07",
}
S3_ROWS = [p for p in params.PARAMETERS if p.record == "S3"]
S3_INDEX = {f.name: f.index for f in ascii_records.RECORD_FIELDS["S3"]}


class LiteralBridge(BridgeBase):
    """What the page needs of a DeviceBridge, fed with decoded literal records."""

    def __init__(self) -> None:
        super().__init__()
        self.live = LiveState(generation=Generation.GEN3)
        self.session = None

    def show(self, records: dict[str, str]) -> dict:
        values = params.decode_settings({k: parse_settings_record(k, v) for k, v in records.items()})
        self.live.update_settings(values)
        self.settingsChanged.emit(values)
        return values

    def apply_settings(self, changes):  # pragma: no cover - Apply is exercised with the real bridge below
        raise AssertionError("nothing may be written")


@pytest.fixture
def literal_page(qtbot):
    bridge = LiteralBridge()
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    page.set_connection(ConnectionState(Phase.STREAMING, link="Simulator"))
    page.resize(1366, 768)
    page.show()
    return bridge, page


@pytest.mark.parametrize("count", sorted(SHORT_S3))
def test_s3_fields_a_short_record_leaves_out_show_as_not_reported(literal_page, count, tmp_path):
    bridge, page = literal_page
    values = bridge.show({"S1": S1, "S2": S2, "S3": SHORT_S3[count]})
    missing = [p for p in S3_ROWS if S3_INDEX[p.field] >= count]
    assert [p for p in S3_ROWS if values[p.name] is None] == missing
    for param in S3_ROWS:
        editor = page.editors[param.name]
        status = page.row_status[param.name]
        if param in missing:
            assert editor.not_reported and not editor.field.isEnabled(), param.name
            assert "does not report this setting" in status.text(), param.name
            shown = editor.field.text() if param.kind == "bool" else editor.field.placeholderText()
            assert shown == "not reported", param.name
            assert editor.pending() == (False, None, "")
        else:
            assert not editor.not_reported and editor.field.isEnabled(), param.name
            assert "does not report" not in status.text()
    assert page.editors["current_sensor"].field.currentData() == 1  # field 0 is always there
    assert page.changes() == []
    # a file holding a value for a setting this BMS does not report: skipped, said so, nothing pending
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"schema_version": 1, "device": {"generation": 3},
                                "settings": {"tail_current_a": 4.0, "capacity_wh": 2000}}), encoding="utf-8")
    loaded = page.load_from_path(path)
    assert [(c.name, c.new) for c in loaded] == [("capacity_wh", 2000)]
    texts = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert any(t.startswith("Not written on this link: Tail current, because this BMS does not report them")
               for t in texts), texts


def test_an_on_off_byte_of_2_shows_unknown_and_can_be_replaced_not_kept(literal_page, qtbot, tmp_path):
    bridge, page = literal_page
    bridge.show({"S1": S1, "S2": S2, "S3": SHORT_S3[4]})
    box = page.editors["critical_mode"].field
    assert box.checkState() == Qt.CheckState.PartiallyChecked  # neither on nor off
    assert box.text() == "unknown (2)" and box.isEnabled()
    assert "holds 2, which is neither on (1) nor off (0)" in page.row_status["critical_mode"].text()
    assert page.pending() == ({}, {})
    # save: the unknown value and the settings not reported stay out of the file, and the page says so
    path = tmp_path / "saved.json"
    page.save_to_path(path)
    saved = json.loads(path.read_text(encoding="utf-8"))["settings"]
    assert "critical_mode" not in saved and "tail_current_a" not in saved and saved["current_sensor"] == 1
    texts = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert any("Not saved" in t and "Critical mode (unknown (2))" in t and "Tail current (not reported)" in t
               for t in texts), texts
    # the user sets it on: a real change from the unknown value, listed as such
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.checkState() == Qt.CheckState.Checked and box.text() == "on" and not box.isTristate()
    assert page.pending() == ({"critical_mode": True}, {})
    changes = [(c.name, c.old, c.new) for c in page.changes()]
    assert changes == [("critical_mode", params.UnknownCode(2), True)]
    assert page.diff_list.item(0).text() == "Critical mode: unknown (2) → on"
    box.click()  # (a second mouse click at once would be a double click)
    assert page.pending() == ({"critical_mode": False}, {})  # off over an unknown value is a change too
    page.revert()
    assert box.checkState() == Qt.CheckState.PartiallyChecked and page.pending() == ({}, {})


@pytest.fixture
def older_gen3_firmware(monkeypatch):
    """The simulator peer answers S3 with its first 4 fields, and its critical-mode byte holds a 2."""
    original = AsciiPeer._read

    def read(self, record):
        if record != "S3":
            return original(self, record)
        if not getattr(self.battery, "left_a_2", False):
            self.battery.set_setting_raw("critical_mode", 2)
            self.battery.left_a_2 = True
        full = parse_settings_record("S3", original(self, record))
        return ascii_records.encode_settings_record("S3", full.raw[:4])

    monkeypatch.setattr(AsciiPeer, "_read", read)


async def test_through_the_device_bridge_the_unknown_byte_is_replaced_and_read_back(
        qtbot, older_gen3_firmware, output_dir):
    bridge = DeviceBridge(**FAST)
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    app = QApplication.instance()
    try:
        await bridge.connect_simulator(cells=8, generation=3)
        await bridge.wait_streaming(10)
        page.set_connection(bridge.session.state)
        await until(lambda: "critical_mode" in bridge.live.settings, what="the settings")
        assert bridge.live.settings["critical_mode"] == params.UnknownCode(2)
        assert bridge.live.settings["tail_current_a"] is None and bridge.live.settings["chemistry"] is None
        box = page.editors["critical_mode"].field
        assert box.checkState() == Qt.CheckState.PartiallyChecked
        tail = page.editors["tail_current_a"]
        assert tail.not_reported and not tail.field.isEnabled()
        page.show()
        scroll = page.findChild(QScrollArea)
        for mode in ("light", "dark"):  # for people to look at: does it read well?
            apply_theme(app, mode)
            page.show_help(page.editors["tail_current_a"].param)
            app.processEvents()
            scroll.ensureWidgetVisible(page.editors["chemistry"], 0, 0)
            scroll.ensureWidgetVisible(page.editors["critical_mode"], 0, 40)
            app.processEvents()
            assert page.grab().save(str(output_dir / f"settings_short_s3_unknown_1366x768_{mode}.png"))
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        box.click()  # unknown → on → off
        assert page.pending() == ({"critical_mode": False}, {})
        assert page.apply_button.isEnabled()
        page.apply()
        await until(lambda: not page._writing, timeout=8, what="the write")
        assert bridge.battery.settings["critical_mode"] == 0
        assert bridge.live.settings["critical_mode"] is False
        assert box.checkState() == Qt.CheckState.Unchecked and not box.isTristate()
        assert "read back" in page.row_status["critical_mode"].text()
        assert page.editors["tail_current_a"].not_reported  # still not reported after the re-read
    finally:
        apply_theme(app, "light")
        await bridge.disconnect()


def test_an_unknown_chemistry_code_selects_nothing_and_says_so(literal_page):
    bridge, page = literal_page
    bridge.show({"S1": S1, "S2": S2, "S3": "01_00_00_00_01_000C_0006_05_05_01_07_0D"})  # chemistry 7
    combo = page.editors["chemistry"].field
    assert combo.currentIndex() == -1 and combo.placeholderText() == "unknown (7)" and combo.isEnabled()
    assert "holds code 7" in page.row_status["chemistry"].text()
    assert page.pending() == ({}, {})
    combo.setCurrentIndex(combo.findData(1))
    combo.activated.emit(combo.currentIndex())
    assert page.pending() == ({"chemistry": 1}, {})
    assert page.diff_list.item(0).text() == "Cell chemistry: unknown (7) → LiFePO4 (LFP)"
