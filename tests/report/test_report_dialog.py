"""File → Commissioning report…: the non-modal dialog over a window connected to the simulator (the real
bridge, session, recording and peer): its preview, Save as PDF read back with pypdf, the fields
remembered per battery in the preferences, and a report from a recording without a connection."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

import pytest
from report_rig import read_pdf

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.state import Phase
from smartbms_gui.messages import Label, Message
from smartbms_gui.report.language import ReportLanguage
from smartbms_gui.views.connection_bar import DeviceTarget
from smartbms_gui.views.device_bridge import DeviceBridge
from smartbms_gui.views.main_window import MainWindow

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}
SHOTS = Path(os.environ.get("SMARTBMS_SHOTS", "")) if os.environ.get("SMARTBMS_SHOTS") else None


async def until(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.03)


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge(recordings_folder=tmp_path / "recordings", **FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    dialog = getattr(win, "_report_dialog", None)
    if dialog is not None:
        dialog.close()
    await bridge.disconnect()


async def _connect(win: MainWindow) -> None:
    win.connection_bar.select(DeviceTarget("simulator"))
    win.connection_bar.pin.setText("1234")
    win.connection_bar.connect_button.click()
    await until(lambda: win.bridge.session is not None, what="a session")
    await win.bridge.wait_streaming(10)
    await until(lambda: win.bridge.live.cells_received == 16 and win.bridge.live.get("status1") is not None,
                what="every cell")


def _menu_action(win: MainWindow, text: str):
    for menu_action in win.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


async def test_the_menu_opens_a_non_modal_dialog_that_saves_the_report(window, tmp_path):
    await _connect(window)
    await asyncio.sleep(1.2)  # a little session to chart
    _menu_action(window, "Commissioning report…").trigger()
    dialog = window._report_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert window.bridge.state.phase is Phase.STREAMING  # the live view keeps running
    assert dialog.preview.pageCount() >= 2
    dialog.site.setText("Camping De Linde")
    dialog.customer.setText("Mevr. Bakker")
    dialog.installer.setText("Accu Service Noord")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    out = tmp_path / "report.pdf"
    assert dialog.save_to_path(str(out))
    pdf = read_pdf(out)
    for text in ("Camping De Linde", "Mevr. Bakker", "Accu Service Noord"):
        assert text in pdf.pages[0]
    assert ReportLanguage("de").text(Label("Battery capacity")) in pdf.text
    assert ReportLanguage("de").text(Message("{got} of {count} cells", got=16, count=16)) in pdf.text
    assert "1234" not in pdf.text
    report = dialog.report()
    assert report.check("cells_report").status == "pass"
    assert report.check("settings_read").status == "pass"
    assert report.check("pin_changed").status == "fail"  # the simulator's factory PIN
    assert len(dialog.observation.series) >= 2  # the session so far, from the connection's recording

    # remembered for this battery: in the preferences file, and filled in when the dialog opens again
    saved = json.loads((tmp_path / "prefs.json").read_text())
    stored = saved["commissioning_report"]
    assert any(entry.get("site") == "Camping De Linde" for entry in stored.values())
    assert "1234" not in (tmp_path / "prefs.json").read_text()
    dialog.close()
    window._report_dialog = None
    _menu_action(window, "Commissioning report…").trigger()
    again = window._report_dialog
    assert again is not dialog
    assert again.site.text() == "Camping De Linde"
    assert again.installer.text() == "Accu Service Noord"
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        from PySide6.QtWidgets import QApplication

        from smartbms_gui.views.theme import apply_theme

        for mode in ("light", "dark"):
            apply_theme(QApplication.instance(), mode)
            for width, height in ((1366, 768), (1920, 1080)):
                again.resize(width, height)
                again.update_preview()
                QApplication.processEvents()
                again.grab().save(str(SHOTS / f"report-dialog-{width}-{mode}.png"))
        apply_theme(QApplication.instance(), "light")


async def test_without_a_connection_the_report_comes_from_a_recording(window, tmp_path):
    await _connect(window)
    await asyncio.sleep(1.0)
    recording = window.bridge.recorder.path
    await window.bridge.disconnect()
    _menu_action(window, "Commissioning report…").trigger()
    dialog = window._report_dialog
    assert not dialog.save.isEnabled()  # nothing to report yet
    dialog.use_recording(str(recording))
    assert dialog.save.isEnabled()
    out = tmp_path / "from-recording.pdf"
    assert dialog.save_to_path(str(out))
    pdf = read_pdf(out)
    assert recording.name in pdf.text
    assert "16 of 16 cells" in pdf.text


async def test_a_path_it_cannot_write_says_why(window, tmp_path):
    await _connect(window)
    _menu_action(window, "Commissioning report…").trigger()
    dialog = window._report_dialog
    missing = tmp_path / "no-such-folder" / "report.pdf"
    assert not dialog.save_to_path(str(missing))
    assert dialog.status.text() == f"Not saved: the folder {missing.parent} does not exist"
    assert not missing.parent.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert not dialog.save_to_path(str(blocker / "report.pdf"))  # a file where the folder should be
    assert "does not exist" in dialog.status.text()
    assert list(tmp_path.glob("**/*.part")) == []  # nothing half-written left behind


async def test_a_setting_written_during_the_session_is_read_back_and_listed(window, tmp_path):
    await _connect(window)
    results = await window.bridge.apply_settings({"capacity_wh": 3000.0})
    assert all(r.ok for r in results)
    _menu_action(window, "Commissioning report…").trigger()
    dialog = window._report_dialog
    report = dialog.report()
    assert dialog.observation.last_settings_change_at is not None
    assert report.check("settings_read").status == "pass"
    out = tmp_path / "written.pdf"
    assert dialog.save_to_path(str(out))
    text = read_pdf(out).text
    assert "Settings written: capacity_wh=3000.0" in text
    assert "3000 Wh" in text  # the value the battery holds now, in the settings table


async def test_print_goes_through_the_same_drawing(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    await _connect(window)
    _menu_action(window, "Commissioning report…").trigger()
    dialog = window._report_dialog
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.print_report()  # the print dialog opens without blocking, set to the paper chosen
    assert dialog._print_dialog.isVisible() and not dialog.isModal()
    dialog._print_dialog.close()
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    dialog.printer.setOutputFileName(str(out))
    dialog._print_accepted()
    pdf = read_pdf(out)
    assert len(pdf.pages) >= 2
    assert all("Serial number: simulator" in page for page in pdf.pages)
    import pypdf

    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # the paper chosen
