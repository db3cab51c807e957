"""Hostile settings files on the Settings page (issue 21): Load refuses a file with one bad value whole
(nothing becomes a pending edit), refuses what is not a small regular file unread, and on a real BMS a
backup whose settings the link cannot take applies the rest and names those plainly."""

from __future__ import annotations

import json
import os
import sys

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from settings_rig import PageRig

from smartbms_gui.views.status_items import item_kind
from smartbms_gui.views.theme import apply_theme


@pytest.fixture
async def rig(qtbot):
    rig = PageRig(qtbot)
    yield rig
    await rig.close()


def _backup(tmp_path, **settings):
    path = tmp_path / "backup.json"
    path.write_text(json.dumps({"schema_version": 1, "settings": settings}), encoding="utf-8")
    return path


async def test_a_file_with_a_null_is_refused_whole(rig, tmp_path):
    battery = await rig.hardware_link()
    page = rig.page
    # Before: the null passed every check and the V min beside it became a pending edit.
    assert page.load_from_path(_backup(tmp_path, vmax_v=None, vmin_v=2.8)) == []
    assert page.changes() == [] and not page.apply_button.isEnabled()
    [line] = rig.texts(page.result_list)
    assert item_kind(page.result_list.item(0)) == "error"
    assert "cannot be loaded" in line and "V max: the file holds null, which is no value" in line
    assert battery.setting("vmin_v") != pytest.approx(2.8)


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/zero and named pipes are POSIX")
async def test_what_is_not_a_small_regular_file_is_refused_unread(rig, tmp_path):
    page = rig.page
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_000_001)
    assert page.load_from_path(big) == []  # (first: the old Load fails here, before the endless ones)
    assert "is larger than 1 MB" in rig.texts(page.result_list)[0]
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", fifo):  # (the old Load read /dev/zero for ever and waited on the pipe)
        assert page.load_from_path(path) == []
        [line] = rig.texts(page.result_list)
        assert line == f"Not read: {path} is not a regular file (it is a device, a pipe or a socket)."


async def test_on_a_real_bms_apply_writes_what_it_can_and_lists_the_rest(rig, tmp_path, output_dir):
    battery = await rig.hardware_link()
    page = rig.page
    path = _backup(tmp_path, vmax_v=3.6, charge_restart_pct=80, discharge_restart_pct=35)
    changes = page.load_from_path(path)
    assert [c.name for c in changes] == ["vmax_v"]
    loaded = rig.texts(page.result_list)
    assert ("Not written on this link: Charge restart, Discharge restart, because their write address on a "
            "real BMS is not published (the maker's phone app can change them).") in loaded
    await rig.apply()
    assert battery.setting("vmax_v") == pytest.approx(3.6)
    assert battery.setting("charge_restart_pct") == 90 and battery.setting("discharge_restart_pct") == 20
    lines = rig.texts(page.result_list)
    assert lines[0] == "V max: written and read back: 3.600 V"
    assert lines[-1].startswith("Not written on this link: Charge restart, Discharge restart, because")
    app = QApplication.instance()
    scroll = page.findChild(QScrollArea)
    try:
        for mode in ("light", "dark"):  # for people to look at
            apply_theme(app, mode)
            scroll.ensureWidgetVisible(page.editors["charge_restart_pct"], 0, 40)
            app.processEvents()
            assert page.grab().save(str(output_dir / f"settings_file_unwritable_1366x768_{mode}.png"))
    finally:
        apply_theme(app, "light")
