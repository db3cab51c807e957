"""The History page against the simulator through the real DeviceBridge, session, ASCII wire and peer:
reading (progress, the window keeps running), the table and the bars, problems, export, and the
reasons the button is disabled."""

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
    """A cell too low, then thirty hours: one log entry and thirty hourly SoC values."""
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
    await until(lambda: page.read_button.isEnabled(), what="the read button")


async def read(page):
    page.read_button.click()
    await until(lambda: not page.reading, timeout=20, what="the end of the read")


def bars(page) -> list[pg.BarGraphItem]:
    return [item for item in page.chart.getPlotItem().items if isinstance(item, pg.BarGraphItem)]


async def test_not_connected_the_button_says_why(page):
    assert not page.read_button.isEnabled() and not page.export_button.isEnabled()
    assert "Connect to a battery" in page.read_button.toolTip()
    assert "Connect to a battery" in page.status.text()


async def test_reading_fills_the_table_and_the_chart(page):
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
    assert log is not None and log.complete and page.table.rowCount() == len(log.events) >= 1
    rows = [[page.table.item(r, c).text() for c in range(5)] for r in range(page.table.rowCount())]
    [low] = [r for r in rows if r[2] == "V low"]
    assert low[1] == "30 h ago" and low[3].endswith(" V") and low[4] == "6"
    assert page.table.item(rows.index(low), 2).toolTip().startswith("A cell fell below V min")

    soc = page.soc_history
    assert soc is not None and soc.complete
    [drawn] = bars(page)
    heights = list(drawn.opts["height"])
    assert heights == [h.soc_pct for h in soc.hours if h.soc_pct is not None]
    assert 29 <= len(heights) <= 31  # gaps for the hours without a value
    assert "Read from the battery at" in page.status.text()
    assert not page.soc_problems.isVisible() and not page.log_problems.isVisible()
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
    assert page.table.rowCount() >= 1
    await page.bridge.connect_simulator(cells=8, generation=2, seed=4)
    await page.bridge.wait_streaming(10)
    await asyncio.sleep(0)
    assert page.cell_log is None and page.table.rowCount() == 0 and not bars(page)


async def test_an_empty_log_says_so(page):
    await connect(page)  # a new simulated battery: nothing logged, no hour ended yet
    await read(page)
    assert page.table.rowCount() == 0
    assert page.log_note.text() == "The log is empty: no cell events recorded."
    assert not bars(page) and not page.log_problems.isVisible()
