"""The Events page and the window around it, against the simulator through the real DeviceBridge,
session, ASCII wire and peer: the log read by itself after connecting, a new event while connected
(read again on the T record's log index, a notice in the banner, a marker in the plots), the
explanation beside the table, a click on the cell opening Battery details, and a BMS without a log."""

from __future__ import annotations

import csv
import io
import time

import pytest
from test_main_window_simulator import FAST, connect_sim, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device import export
from smartbms_gui.device.recording import EventKind, RecordingReader
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.events_page import CELL_COLUMN
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.plots_replay import load_replay


@pytest.fixture
async def window(qtbot, tmp_path):
    # silence_s 5: a busy test machine must not make the link reconnect (a reconnect reads both again)
    bridge = DeviceBridge(recordings_folder=tmp_path / "recordings", **{**FAST, "silence_s": 5.0})
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    await bridge.disconnect()


def rows(page) -> list[list[str]]:
    return [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]


async def test_read_after_connecting_then_a_new_event_is_read_noticed_and_marked(window, tmp_path):
    events = window.events_page
    history = window.pages["history"]
    assert events.table.empty_text() == ""  # the line above says: connect to read it
    await connect_sim(window)
    bridge = window.bridge
    # read by itself after connecting: the (empty) log and the simulator's week of history
    await until(lambda: events.cell_log is not None and history.soc_history is not None, timeout=10,
                what="the first read")
    assert events.table.rowCount() == 0
    assert events.table.showing_empty_text() and "has not logged" in events.table.empty_text()
    assert events.note.text() == ""  # said once, in the table
    assert all(h.soc_pct is not None for h in history.soc_history.hours)
    assert bridge.session.client.streaming  # read between the keep-alives: the stream never stopped
    results = []
    bridge.historyFinished.connect(results.append)

    # the battery logs an event while connected: its T record's log index changes, the log is read again
    bridge.battery.faults.inject("cell_over_voltage", cell=3)
    await until(lambda: events.table.rowCount() == 1, timeout=10, what="the new event in the table")
    log_only = [r for r in results if r.cell_log is not None and r.soc_history is None]
    assert log_only or bridge.session.connects > 1  # the log alone, not the history
    [[when, what, cell, value]] = rows(events)
    assert what == "V high" and cell == "3" and value.endswith(" V") and when
    assert not events.table.showing_empty_text() and events.note.text() == "1 events; 9 of 10 slots empty."
    await until(lambda: any("V high, cell 3" in n for n in window.notices()), what="the notice")
    assert window.notice_banner.isVisible()
    assert "A cell rose above V max" in events.details.text()
    assert "What to check" in events.details.text() and "charger" in events.details.text()
    plots = window.plots
    markers = [e for e in plots.live_data.events if e.kind == EventKind.CELL_EVENT.value]
    assert len(markers) == 1 and "V high, cell 3" in markers[0].text
    assert abs(markers[0].t - events.cell_log.events[0].at.timestamp()) < 0.01

    # a click on the cell number opens that cell in Battery details
    window.show_page("events")
    events._clicked(0, CELL_COLUMN)
    assert window.current_page_key() == "details" and window.details.grid.focus_cell == 3

    # the recording holds the log and the history as read: a replay marks the event, an export writes both
    path = bridge.recorder.path
    await bridge.disconnect()
    reader = RecordingReader(path)
    try:
        kinds = [e.kind for e in reader.events()]
        assert kinds.count(EventKind.CELL_LOG.value) >= 2 and kinds.count(EventKind.SOC_HISTORY.value) >= 1
        cell_log, soc = export.recorded_memory(reader)
        assert [(e.key, e.cell) for e in cell_log.events] == [("voltage_high", 3)]
        assert len(soc.hours) == 168
    finally:
        reader.close()
    loaded = load_replay(path, until=time.time() + 10, history_s=3600)
    replayed = [e for e in loaded.data.events if e.kind == EventKind.CELL_EVENT.value]
    assert len(replayed) == 1 and "V high, cell 3" in replayed[0].text
    result = export.export_csv(path, tmp_path / "out.csv")
    assert result.history_path == tmp_path / "out-history.csv"
    lines = list(csv.reader(io.StringIO(result.history_path.read_text(encoding="utf-8"))))
    assert [r[0] for r in lines[1:]].count("soc history") == 168
    assert any(r[0] == "cell log" and r[3] == "V high" and r[6] == "3" for r in lines)

    # a replay in the window: the Events and History pages show the log and history as read then
    events.cell_log = None
    events._show_all()
    assert window.plots.open_recording(path)
    await until(lambda: not window.plots.is_loading() and events.table.rowCount() == 1, timeout=20,
                what="the replayed log")
    assert rows(events)[0][1:3] == ["V high", "3"]
    assert history.soc_history is not None and len(history.soc_history.hours) == 168


async def test_a_bms_without_a_log_says_not_available(window):
    bridge = window.bridge
    await connect_sim(window)
    peer = bridge.peer
    original = peer._read

    def wrong(record):
        if record == "TS" or record[:1] in "LH" and len(record) == 2:
            return "WRONG"
        return original(record)

    peer._read = wrong
    await until(lambda: bridge.history_reader is not None and not bridge.history_reader.busy, timeout=10,
                what="the first read to end")
    window.events_page.read()
    await until(lambda: "Not available on this BMS" in window.events_page.status.text(), timeout=15,
                what="not available")
    assert window.events_page.table.rowCount() == 0
    assert not window.events_page.table.showing_empty_text()  # the line above says it, not twice
    assert "Not available on this BMS" in window.pages["history"].status.text()
    assert not window.notices()  # not an error


def test_temperatures_follow_the_units_preference(qtbot):
    """With °F chosen, the Events page's temperatures are in °F too (it showed 60,1 °C while Battery
    details already showed °F); a voltage stays in V."""
    from smartbms_gui.device.history import CellLog, CellLogEvent
    from smartbms_gui.protocol.ascii_records import LogEvent
    from smartbms_gui.views.events_page import EventsPage
    from smartbms_gui.views.history_texts import value_text

    hot = CellLogEvent(slot=0, code=int(LogEvent.TEMPERATURE_HIGH), event=LogEvent.TEMPERATURE_HIGH, value=60.1,
                       unit="°C", cell=4, device_time=100, age_s=10, at=None)
    high = CellLogEvent(slot=1, code=int(LogEvent.VOLTAGE_HIGH), event=LogEvent.VOLTAGE_HIGH, value=3.75,
                        unit="V", cell=2, device_time=90, age_s=20, at=None)
    assert value_text(hot) == "60.1 °C" and value_text(hot, "imperial") == "140.2 °F"
    assert value_text(high, "imperial") == "3.750 V"
    page = EventsPage(DeviceBridge(record=False))
    qtbot.addWidget(page)
    from datetime import datetime, timezone
    page.cell_log = CellLog(read_at=datetime.now(timezone.utc), device_now=100, events=(hot, high), empty_slots=())
    page._fill_table()
    assert {row[3] for row in rows(page)} == {"60.1 °C", "3.750 V"}
    page.set_units("imperial")
    assert {row[3] for row in rows(page)} == {"140.2 °F", "3.750 V"}
