"""Recording is visible: the status bar says so with the file's size; the Recordings window lists every
recording with size and date, opens one in Plots, deletes (never the one being written); the limits
are preferences; a connection that gave up without going live leaves no file and no indicator."""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from test_main_window_simulator import FAST, until

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device import recording_store
from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow
from smartbms_gui.views.recording_indicator import REFRESH_MS, RecordingIndicator, size_text
from smartbms_gui.views.recordings_window import RecordingsWindow

sys.path.append(str(Path(__file__).parents[1] / "recording"))
from test_recordings_limits import make_recording  # noqa: E402


@pytest.fixture
async def recorded_window(qtbot, tmp_path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    bridge = DeviceBridge(recordings_folder=folder, **FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win, folder
    if win.recordings_window is not None:
        win.recordings_window.close()
    await bridge.disconnect()


async def test_the_indicator_and_the_recordings_window(recorded_window):
    window, folder = recorded_window
    bridge = window.bridge
    older = make_recording(folder, "2026-01-01_battery", size=100_000, age_days=4)
    assert not window.recording_indicator.isVisible()  # nothing recorded while not connected
    # a first session on the simulator: a real recording, kept
    await bridge.connect_simulator()
    assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    await until(lambda: bridge.live.cells_received == 16, what="cell data")
    old = Path(bridge.recorder.path)
    await bridge.disconnect()
    assert old.exists()
    await bridge.connect_simulator()
    assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
    indicator = window.recording_indicator
    await until(lambda: indicator.isVisible() and "kB" in indicator.label.text(), what="the indicator")
    assert indicator.label.text().startswith("Recording · ")
    assert str(bridge.recorder.path) in indicator.toolTip()

    rec_window = window.open_recordings()
    assert rec_window.isVisible() and not rec_window.isModal()
    names = [rec_window.table.item(r, 1).text() for r in range(rec_window.table.rowCount())]
    assert len(names) == 3 and names[0].endswith("(recording now)")  # newest first
    sizes = [rec_window.table.item(r, 2).text() for r in range(3)]
    assert sizes[2].endswith("kB") and int(sizes[2].split()[0]) >= 100
    assert "3 recordings" in rec_window.summary.text() and str(folder) in rec_window.summary.text()
    assert "1000 MB" in rec_window.limits.text() and "365 days" in rec_window.limits.text()

    # the one being written cannot be deleted
    rec_window.table.selectRow(0)
    assert not rec_window.delete_button.isEnabled() and rec_window.note.isVisible()
    # delete the oldest, through the question
    rec_window.table.clearSelection()
    rec_window.table.selectRow(2)
    assert rec_window.delete_button.isEnabled()
    rec_window.ask_delete()
    box = rec_window._confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    await until(lambda: not older.exists(), what="the oldest deleted")
    assert old.exists() and rec_window.table.rowCount() == 2

    # open in Plots
    rec_window.table.clearSelection()
    rec_window.table.selectRow(1)
    rec_window.open_selected()
    assert window.current_page_key() == "plots"
    await until(lambda: not window.plots.is_loading() and window.plots.replay is not None, timeout=10,
                what="the recording shown")
    assert Path(window.plots.replay.info.path) == old


def _live_recorder(folder: Path, started: str = "10-00-00") -> SimpleNamespace:
    """What the window reads of a recorder writing a simulator session to `folder` (no file made)."""
    return SimpleNamespace(path=folder / f"2026-12-03_{started}_Simulator-16-cells.smartbms-recording",
                           active=True, description="Simulator 16 cells", simulated=True)


def _shown_window(qtbot, folder: Path, recorder: SimpleNamespace) -> RecordingsWindow:
    """A shown Recordings window on `folder`, of a bridge whose recorder is `recorder`."""
    window = RecordingsWindow(SimpleNamespace(recordings_folder_path=folder, recorder=recorder), "no limits",
                              lambda _path: True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_recording_being_written_is_listed_before_its_file_exists(qtbot, tmp_path):
    """In a connection's first moments the recorder's thread may not have made its file yet (a busy
    CI machine listed two recordings of three): the one being written is listed all the same, first,
    with what is on disk (nothing yet), and cannot be deleted."""
    older = make_recording(tmp_path, "2026-01-01_battery", size=40_000, age_days=4)
    recorder = _live_recorder(tmp_path)
    window = _shown_window(qtbot, tmp_path, recorder)
    assert not recorder.path.exists()
    rows = [[window.table.item(r, c).text() for c in range(window.COLUMNS)] for r in range(window.table.rowCount())]
    assert [row[1] for row in rows] == ["Simulator 16 cells (recording now)", "BLE 123\\SmartBMS 4711"]
    assert rows[0][2] == "0 kB" and window.recordings[1].path == older
    assert "2 recordings" in window.summary.text()
    window.table.selectRow(0)
    assert not window.delete_button.isEnabled() and window.note.isVisible()


def test_the_window_follows_the_recording_while_it_is_open(qtbot, tmp_path):
    """While the window is shown, the recording being written grows in it (size, last written, the
    total); when it ends or a new one starts the folder is listed again, the selection kept."""
    older = make_recording(tmp_path, "2026-01-01_battery", size=40_000, age_days=4)
    recorder = _live_recorder(tmp_path)
    window = _shown_window(qtbot, tmp_path, recorder)
    assert window.follow_timer.isActive()
    older_size = window.recordings[1].size_bytes

    def cell(row: int, column: int) -> str:
        return window.table.item(row, column).text()

    assert cell(0, 2) == "0 kB"
    recorder.path.write_bytes(b"\0" * 25_000)  # the recorder's thread made its file and wrote to it
    # the window's own timer (every REFRESH_MS; the bound is generous for a busy machine)
    qtbot.waitUntil(lambda: cell(0, 2) == "25 kB", timeout=10 * REFRESH_MS)
    assert window.recordings[0].size_bytes == 25_000 and window.table.rowCount() == 2
    assert window.recordings[0].modified_at == recorder.path.stat().st_mtime
    assert size_text(older_size + 25_000) in window.summary.text()

    window.table.selectRow(1)
    recorder.active = False  # disconnected: the recording ended
    window.follow_recording()
    # (this stand-in file has no header, so the file's name stands for it)
    assert [cell(r, 1) for r in range(2)] == [recorder.path.name, "BLE 123\\SmartBMS 4711"]
    assert [rec.path for rec in window.selected()] == [older]  # the same recording, though it moved

    window.table.selectRow(0)
    window.bridge.recorder = _live_recorder(tmp_path, started="10-05-00")
    window.follow_recording()  # a new connection: a new recording
    assert cell(0, 1) == "Simulator 16 cells (recording now)" and window.table.rowCount() == 3
    assert [rec.path for rec in window.selected()] == [recorder.path]
    assert window.delete_button.isEnabled()

    window.hide()
    assert not window.follow_timer.isActive()


def test_the_selection_holds_when_the_folder_is_reached_through_a_link(qtbot, tmp_path):
    """The recording being written is listed by its resolved path until its file appears, then by the
    folder's path: a selection made in between is kept (the folder here is a symbolic link)."""
    real = tmp_path / "real"
    real.mkdir()
    folder = tmp_path / "link"
    try:
        folder.symlink_to(real, target_is_directory=True)
    except OSError as exc:  # Windows without the right to make links
        pytest.skip(f"no symbolic link here: {exc}")
    recorder = _live_recorder(folder)
    window = _shown_window(qtbot, folder, recorder)
    window.table.selectRow(0)
    assert window.selected()[0].path == recorder.path.resolve()
    recorder.path.write_bytes(b"\0" * 1000)
    window.refresh()
    assert window.recordings[0].path == recorder.path  # now as scanned, through the link
    assert [rec.path for rec in window.selected()] == [recorder.path]
    window.refresh()  # and a selection of a scanned entry holds too
    assert [rec.path for rec in window.selected()] == [recorder.path]


async def test_changed_limits_tidy_the_folder_at_once(recorded_window):
    window, folder = recorded_window
    stale = make_recording(folder, "stale", size=4000, age_days=40)
    fresh = make_recording(folder, "fresh", size=4000, age_days=1)
    window._apply_preferences(dataclasses.replace(window.prefs, recordings_max_days=30))
    assert window.bridge.recording_limits.max_age_s == 30 * 86400
    await until(lambda: not stale.exists(), what="the old recording deleted")
    assert fresh.exists()
    saved = app_prefs.load(window.prefs_path)
    assert saved.recordings_max_days == 30


async def test_the_preferences_dialog_holds_the_limits(recorded_window):
    window, _folder = recorded_window
    window.open_preferences()
    dialog = window._preferences_dialog
    dialog.recordings_mb.setValue(250)
    dialog.recordings_days.setValue(0)
    assert dialog.recordings_days.text() == "no limit"
    result = dialog.result_preferences()
    assert (result.recordings_max_mb, result.recordings_max_days) == (250, 0)
    dialog.reject()


async def test_a_connection_that_gave_up_leaves_no_recording_and_no_indicator(recorded_window):
    window, folder = recorded_window
    bridge = window.bridge
    await bridge.connect_simulator(pin="9999")  # wrong PIN: fails without ever going live
    await until(lambda: bridge.state.phase is Phase.FAILED, what="the failure")
    await asyncio.sleep(0)
    QApplication.processEvents()
    assert bridge.recorder is None and recording_store.scan(folder) == []
    window.recording_indicator.refresh()
    assert not window.recording_indicator.isVisible()


class _Recording(QObject):
    """What the indicator reads of a bridge: its two signals and the recorder writing a file."""

    recordingStarted = Signal()  # noqa: N815 (the bridge's Qt signal name)
    stateChanged = Signal(object)  # noqa: N815

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.recorder = SimpleNamespace(active=True, path=str(path))


def test_the_indicator_keeps_its_width_as_the_recording_grows(qtbot, tmp_path):
    """The status bar does not shift each time the size gains a digit or changes unit, and every size
    fits. The first size is the file's own; the larger ones are given to the indicator (no test should
    need gigabytes of disk)."""
    path = tmp_path / "now.sqlite"
    path.write_bytes(bytes(9_000))
    indicator = RecordingIndicator(_Recording(path))
    qtbot.addWidget(indicator)
    indicator.show()
    QApplication.processEvents()
    shown = {indicator.label.text(): indicator.sizeHint().width()}
    assert list(shown) == ["Recording · 9 kB"]
    for size in (99_000, 999_000, 1_200_000, 45_600_000, 999_900_000, 2_500_000_000):
        indicator.show_recording(path, size)
        QApplication.processEvents()
        label = indicator.label
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        shown[label.text()] = indicator.sizeHint().width()
    assert {"Recording · 1.2 MB", "Recording · 999.9 MB", "Recording · 2.50 GB"} <= set(shown)
    assert len(set(shown.values())) == 1, shown


def test_the_indicator_measures_again_only_when_its_font_changes(qtbot, tmp_path):
    """Every 2 s the size is shown again; the widest texts are measured again only for a new font (or
    words, theme, scale), and then the label is wide enough for them in that font."""
    path = tmp_path / "now.sqlite"
    path.write_bytes(bytes(9_000))
    indicator = RecordingIndicator(_Recording(path))
    qtbot.addWidget(indicator)
    indicator.show_recording(path, 1_200_000)
    width = indicator.label.minimumWidth()
    indicator.label.setMinimumWidth(1)  # not measured again for the same font: stays as it is
    indicator.show_recording(path, 1_300_000)
    assert indicator.label.minimumWidth() == 1 and indicator.label.text() == "Recording · 1.3 MB"
    font = indicator.label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    indicator.label.setFont(font)
    indicator.show_recording(path, 1_300_000)
    assert indicator.label.minimumWidth() > width * 1.5
