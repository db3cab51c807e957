"""Settings backups on the page: a file loaded on a real BMS applies what this link can write and lists
the rest; Save writes all or nothing and only once settings were read; the backup names its device."""

from __future__ import annotations

import json
import resource
import signal
import sys

import pytest
from settings_rig import PageRig, until

from smartbms_gui.protocol import params
from smartbms_gui.views.status_items import item_kind


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot)
    yield rig
    await rig.close()


def _edit_backup(path, **values):
    document = json.loads(path.read_text(encoding="utf-8"))
    document["settings"].update(values)
    path.write_text(json.dumps(document), encoding="utf-8")


async def test_a_file_on_a_real_bms_leaves_out_rows_it_cannot_write_and_applies_the_rest(rig, tmp_path):
    battery = await rig.hardware_link()
    page = rig.page
    restart_before = battery.setting("charge_restart_pct")
    path = tmp_path / "backup.json"
    assert page.save_to_path(path)
    # The same BMS's backup, but its charge restart was changed earlier with the phone app.
    _edit_backup(path, vmax_v=3.6, capacity_wh=5000, charge_restart_pct=restart_before - 10)
    changes = page.load_from_path(path)
    assert [(c.name, c.new) for c in changes] == [("capacity_wh", 5000), ("vmax_v", 3.6)]
    restart = page.editors["charge_restart_pct"]
    assert not restart.field.isEnabled() and restart.pending() == (False, None, "")
    lines = rig.texts(page.result_list)
    assert "Not written on this link: Charge restart, because their write address on a real BMS is not " \
           "published (the maker's phone app can change them)." in lines
    assert not any("Discharge restart" in line for line in lines)  # the file holds what the BMS holds
    assert page.apply_button.isEnabled()  # the rows left out do not block the rest
    await rig.apply()
    assert battery.setting("vmax_v") == pytest.approx(3.6)
    assert battery.setting("capacity_wh") == 5000
    assert battery.setting("charge_restart_pct") == restart_before  # nothing sent to an UNKNOWN address
    assert page.row_status["vmax_v"].icon_name() == "check"
    assert page.changes() == []


async def test_an_edit_a_real_bms_cannot_take_is_left_out_of_apply_and_named(rig):
    battery = await rig.simulator()
    page = rig.page
    rig.type("charge_restart_pct", "85")  # fine on the simulator...
    rig.type("vmax_v", "3.6")
    page._link_facts = (True, True)  # ...then the link turns out to be a real BMS
    rig.bridge.session.transport.is_hardware = True
    page.set_connection(rig.bridge.state)
    pending = rig.texts(page.diff_list)
    assert "Charge restart: 90 % → 85 % (not written on this link)" in pending
    await rig.apply()
    assert battery.setting("vmax_v") == pytest.approx(3.6) and battery.setting("charge_restart_pct") == 90
    lines = rig.texts(page.result_list)
    assert lines[0] == "V max: written and read back: 3.600 V"
    assert [item_kind(page.result_list.item(i)) for i in (0, len(lines) - 1)] == ["ok", "warning"]
    assert lines[-1].startswith("Not written on this link: Charge restart, because their write address")


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE (POSIX)")
async def test_save_waits_for_settings_and_a_full_disk_keeps_the_earlier_backup(rig, tmp_path):
    page = rig.page
    path = tmp_path / "backup.json"
    assert not page.save_button.isEnabled()
    assert "Nothing to save yet" in page.save_button.toolTip()
    assert "last ones read" not in page.banner.text() and "no settings have been read" in page.banner.text()
    assert not page.save_to_path(path) and not path.exists()  # (the File menu may still call it)
    await rig.simulator()
    assert page.save_button.isEnabled()
    path.write_text("earlier backup", encoding="utf-8")
    # A real file-size limit of the operating system: the write fails with EFBIG, as a full disk fails.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64, hard))
    try:
        saved = page.save_to_path(path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert not saved
    assert path.read_text(encoding="utf-8") == "earlier backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]  # no half-written debris
    message = rig.texts(page.result_list)[0]
    assert "disk is full" in message and "unchanged" in message
    assert page.save_to_path(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    # Over the ASCII link the firmware is V@'s code as sent; a simulator has no serial number.
    major, minor, patch = rig.battery.firmware
    assert document["device"] == {"generation": 2, "serial": None, "firmware": f"0x{major:X}{minor:X}{patch:02X}"}
    assert document["settings"]["vmax_v"] == pytest.approx(rig.battery.setting("vmax_v"))
    assert "pin" not in document["settings"]


async def test_a_backup_over_the_serial_cable_holds_the_frame_settings_and_the_firmware(rig, tmp_path):
    battery = await rig.frame_link()
    page = rig.page
    await until(lambda: rig.bridge.live.get("firmware") is not None and rig.bridge.live.get("vnominal_v"),
                timeout=8, what="the rotating keys")
    assert page.save_button.isEnabled() and not page.load_button.isEnabled()
    path = tmp_path / "serial.json"
    assert page.save_to_path(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["device"]["firmware"] == ".".join(str(n) for n in battery.firmware)
    assert set(document["settings"]) == {"vmin_v", "vmax_v", "capacity_wh", "vlow_v", "vnominal_v"}
    assert document["read_only"] == {"vbypass_v": pytest.approx(battery.vbypass_v)}
    assert "serial data frame" in document["note"]
    assert document["settings"]["vmax_v"] == pytest.approx(params.parameter("vmax_v").quantise(
        battery.setting("vmax_v")))
