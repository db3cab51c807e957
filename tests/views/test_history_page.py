"""The History page (the 168 hours of SoC) against the simulator through the real DeviceBridge, session,
ASCII wire and peer: read by itself after connecting and again on request (progress, the window keeps
running), the bars and each day's min/max, problems, export, and the reasons the button is disabled."""

from __future__ import annotations

import asyncio
import csv
import io
import os

import pyqtgraph as pg
import pytest
from test_main_window_simulator import FAST, until

from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.frame_peer import FramePeer
from smartbms_gui.transport.loopback import LoopbackTransport
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.history_page import HistoryPage


def give_past(battery) -> None:
    """A cell too low, then thirty hours: one log entry and thirty hourly SoC values (the week before
    the simulator started is forgotten, so the chart has gaps)."""
    battery.soc_history[:] = [None] * len(battery.soc_history)
    battery.faults.inject("cell_under_voltage", cell=6)
    battery.step(5)
    battery.faults.clear("cell_under_voltage")
    battery.max_substep_s = 60.0
    battery.step(30 * 3600)
    battery.max_substep_s = 5.0


@pytest.fixture
async def page(qtbot):
    bridge = DeviceBridge(record=False, **FAST)
    widget = HistoryPage(bridge)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    yield widget
    await bridge.disconnect()


async def connect(page):
    await page.bridge.connect_simulator(cells=16, generation=2)
    await page.bridge.wait_streaming(10)
    # read by itself after connecting
    await until(lambda: page.soc_history is not None and page.read_button.isEnabled(), timeout=20,
                what="the first read")


async def read(page):
    page.read_button.click()
    await until(lambda: not page.reading, timeout=20, what="the end of the read")


def bars(page) -> list[pg.BarGraphItem]:
    return [item for item in page.chart.getPlotItem().items if isinstance(item, pg.BarGraphItem)]


async def test_not_connected_the_button_says_why(page):
    assert not page.read_button.isEnabled() and not page.export_button.isEnabled()
    assert "Connect to a battery" in page.read_button.toolTip()
    assert "Connect to a battery" in page.status.text()


async def test_reading_fills_the_chart(page):
    await connect(page)
    give_past(page.bridge.battery)
    page.bridge.battery.faults.inject("slow_replies", delay_s=0.05)  # a read that takes a moment
    seen = []

    async def watch():  # runs beside the read on the same loop: the read never blocks it
        while True:
            seen.append(page.progress.value())
            await asyncio.sleep(0.02)

    watcher = asyncio.get_running_loop().create_task(watch())
    page.read_button.click()
    assert page.reading and page.progress.isVisible() and not page.read_button.isEnabled()
    await until(lambda: not page.reading, timeout=20, what="the end of the read")
    watcher.cancel()
    page.bridge.battery.faults.clear("slow_replies")
    assert len(set(seen)) > 5 and seen == sorted(seen)  # the bar moved forward while reading
    assert not page.progress.isVisible() and page.read_button.isEnabled() and page.export_button.isEnabled()

    log = page.cell_log
    assert log is not None and log.complete and ("voltage_low", 6) in [(e.key, e.cell) for e in log.events]

    soc = page.soc_history
    assert soc is not None and soc.complete
    [drawn] = bars(page)
    heights = list(drawn.opts["height"])
    assert heights == [h.soc_pct for h in soc.hours if h.soc_pct is not None]
    assert 29 <= len(heights) <= 31  # gaps for the hours without a value
    assert f"Hours without a value show as gaps: {168 - len(heights)}." in page.soc_note.text()
    assert "Read from the battery at" in page.status.text()
    assert not page.soc_problems.isVisible()
    # each day's lowest and highest value
    ranges = page.chart.day_ranges
    assert 2 <= len(ranges) <= 3
    assert min(r[2] for r in ranges) == min(heights) and max(r[3] for r in ranges) == max(heights)
    # the live stream runs again
    assert page.bridge.session.client.streaming


async def test_a_damaged_block_is_hatched_and_named(page, monkeypatch):
    await connect(page)
    give_past(page.bridge.battery)
    peer = page.bridge.peer
    original = peer._read

    def damaged(record):
        answer = original(record)
        if record == "H4":
            body, _, check = answer.rpartition("_")
            return f"{body}_{(int(check, 16) + 1) & 0xFF:02X}"
        return answer

    monkeypatch.setattr(peer, "_read", damaged)
    await read(page)
    assert page.soc_problems.isVisible()
    assert "H4 not read: arrived damaged (checksum)" in page.soc_problems.text()
    # the warning sign is the shipped SVG icon, not a ⚠ glyph that fonts may lack (issue 15.4)
    assert page.soc_problems.icon_name() == "warning" and "⚠" not in page.soc_problems.text()
    assert "checksum" in page.soc_problems.toolTip()
    hatched = [b for b in bars(page) if len(b.opts["height"]) == 12 and set(b.opts["height"]) == {100}]
    assert len(hatched) == 1
    assert "Hatched: not read." in page.soc_note.text()


async def test_export_writes_both_or_nothing(page, tmp_path):
    await connect(page)
    give_past(page.bridge.battery)
    await read(page)
    target = tmp_path / "history.csv"
    assert page.export_to_path(str(target))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r[0] for r in rows[1:]].count("soc history") == 168
    assert any(r[0] == "cell log" and r[3] == "V low" and r[6] == "6" for r in rows)
    assert str(target) in page.status.text()

    # a target that cannot be replaced (a folder): nothing is written, nothing is left behind
    folder_target = tmp_path / "a folder"
    folder_target.mkdir()
    assert not page.export_to_path(str(folder_target))
    assert page.status.text().startswith("Not exported") and folder_target.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder", "history.csv"]


async def test_export_into_a_folder_without_permission_keeps_the_old_file(page, tmp_path):
    await connect(page)
    await read(page)
    folder = tmp_path / "locked"
    folder.mkdir()
    locked = folder / "history.csv"
    locked.write_text("kept", encoding="utf-8")
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        assert not page.export_to_path(str(locked))
    finally:
        os.chmod(folder, 0o700)
    assert locked.read_text(encoding="utf-8") == "kept"
    assert page.status.text().startswith("Not exported") and "permission" in page.status.text()


async def test_over_the_serial_cable_the_button_says_why(page):
    battery = SimulatedBattery(cells=4, seed=3)
    peer = FramePeer(battery)
    from smartbms_gui.sim.runner import SimulatorRunner

    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    await page.bridge.connect_transport(lambda: LoopbackTransport(peer, runner, "Serial (simulated)"),
                                        wire="frame", description="serial")
    await page.bridge.wait_streaming(10)
    await until(lambda: "USB serial cable" in page.status.text(), what="the serial reason")
    assert not page.read_button.isEnabled() and "USB serial cable" in page.read_button.toolTip()
    page.read()  # refused without asking anything
    assert not page.reading


async def test_a_new_connection_clears_what_the_old_one_read(page):
    await connect(page)
    give_past(page.bridge.battery)
    await read(page)
    first = page.soc_history
    await page.bridge.connect_simulator(cells=8, generation=2, seed=4)
    await page.bridge.wait_streaming(10)
    await asyncio.sleep(0)
    assert page.soc_history is not first
    # and the new battery's history is read by itself
    await until(lambda: page.soc_history is not None and page.soc_history is not first, timeout=20,
                what="the new battery's history")


async def test_a_fresh_simulator_shows_its_week(page):
    await connect(page)  # read by itself: a week behind it, a bar for every hour
    [drawn] = bars(page)
    assert len(drawn.opts["height"]) == 168
    assert len(page.chart.day_ranges) in (7, 8)
    assert "Every hour has a value." in page.soc_note.text()
    assert "gaps" not in page.soc_note.text()
