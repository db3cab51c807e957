"""Make the user guide's pictures: every page and every wizard step, light and dark, on the simulator.

    python docs/make_screens.py                       # docs/screens/, 1366x768
    python docs/make_screens.py --size 1920x1080 --out /tmp/shots --theme dark

The window is the app's own MainWindow on the built-in simulator (16 cells, as a first start shows).
Pages are found at run time through ``MainWindow.pages`` (so a page added later gets its picture),
each tab of a page is shown, and a page that offers a wizard (``openWizard()``) has every step of it
taken: after each step's picture the script does on the simulated IN board what the step asks (as
an installer would on the real one), then ticks its boxes to go on. Before the warm-up
it makes the simulated BMS log two cell events (its own faults, each for a moment), so that the
Events page has something to show.

File names: ``<page>[-<tab>]-<theme>.png`` and ``wizard-<page>-<step>-<theme>.png``, where <tab> and
<step> are short names made from the English titles. The PNGs are reduced to 256 colours (a screen of
flat colours and text loses nothing visible) to keep the repository small.

Runs offscreen unless QT_QPA_PLATFORM says otherwise. Prints one line per picture, then one JSON
object on the last line: {"size": [w, h], "themes": [...], "pages": [...], "wizard_steps": {...},
"files": [...], "bytes": total}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_OUT = ROOT / "docs" / "screens"
THEMES = ("light", "dark")
# Quick reconnects and timeouts: the pictures need a live link, not the patience of a real one.
FAST_SESSION = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0,
                "timeout_s": 0.5, "retries": 1}


def slug(text: str, limit: int = 32) -> str:
    """'What do my switches mean?' -> 'what-do-my-switches-mean'; '&Live' -> 'live'."""
    words = re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-")
    if len(words) > limit:  # cut at a word's end
        words = words[:limit + 1].rsplit("-", 1)[0]
    return words or "untitled"


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("--size must look like 1366x768") from None
    if w < 200 or h < 150:
        raise argparse.ArgumentTypeError("--size must be at least 200x150")
    return w, h


async def _until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.03)


async def _settle(seconds: float = 0.05) -> None:
    """Let layouts, timers and repaints run (the qasync loop processes Qt events while it sleeps)."""
    await asyncio.sleep(seconds)


def save_png(widget, path: Path, full_colour: bool = False, compress_level: int = 9) -> int:
    """Grab the widget, reduce it to 256 colours (unless full_colour) and save it; returns the bytes.

    The palette is chosen per picture (Pillow's octree, no dither): flat surfaces and text keep
    their colours, and a picture is about a third of its full-colour size.
    """
    from PySide6.QtGui import QImage

    image = widget.grab().toImage()
    if full_colour:
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path.stat().st_size
    from PIL import Image

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = Image.frombytes("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                             image.bytesPerLine())
    small = pixels.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    small.save(path, compress_level=compress_level)
    return path.stat().st_size


class Shooter:
    def __init__(self, out: Path, size: tuple[int, int], full_colour: bool = False,
                 warmup_s: float = 8.0, quick: bool = False) -> None:
        self.out = out
        self.compress_level = 1 if quick else 9
        self.warmup_s = warmup_s
        self.full_colour = full_colour
        self.size = size
        self.files: list[str] = []
        self.bytes = 0
        self.pages: list[str] = []
        self.wizard_steps: dict[str, list[str]] = {}

    def shoot(self, widget, name: str) -> None:
        path = self.out / f"{name}.png"
        size = save_png(widget, path, self.full_colour, self.compress_level)
        self.files.append(path.name)
        self.bytes += size
        print(f"{path.name}: {widget.width()}x{widget.height()}, {size / 1024:.0f} KB", flush=True)

    async def theme_run(self, app, mode: str) -> None:
        """One window in one theme: connect the simulator, then every page, tab and wizard step."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTabWidget

        from smartbms_gui import preferences as app_prefs
        from smartbms_gui.views.connection_bar import DeviceTarget
        from smartbms_gui.views.device_bridge import DeviceBridge
        from smartbms_gui.views.main_window import SIMULATOR_PIN, MainWindow
        from smartbms_gui.views.theme import apply_theme

        apply_theme(app, mode)
        folder = Path(tempfile.mkdtemp(prefix="smartbms-screens-"))
        bridge = DeviceBridge(record=False, **FAST_SESSION)
        window = MainWindow(bridge, app_prefs.Preferences(theme=mode, language="en"),
                            prefs_path=folder / "preferences.json")
        try:
            window.setWindowState(Qt.WindowState.WindowNoState)  # exactly self.size, never maximized
            window.resize(*self.size)
            window.show()
            window._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
            site = getattr(window, "site_page", None)
            if site is not None:  # the Site page with four simulated packs that differ a little
                await site.start_simulated_site(4)
            await _until(lambda: bridge.session is not None, 30.0, "a session")
            await bridge.wait_streaming(30.0)
            await _until(lambda: bridge.live.cells_received >= 16, 30.0, "every cell's reading")
            await self.log_two_events(window, bridge)
            if site is not None:
                await _until(lambda: all(p.bridge.connected and p.bridge.live.get("soc_pct") is not None
                                         for p in site.connections.ordered()), 30.0, "the site's packs")
            await asyncio.sleep(self.warmup_s)  # every record type a few times, some history on the plots
            for key in list(window.pages):
                page = window.pages[key]
                window.show_page(key)
                if hasattr(page, "refresh_now"):
                    page.refresh_now()
                await _settle(0.15)
                self.shoot(window, f"{key}-{mode}")
                if key not in self.pages:
                    self.pages.append(key)
                for tabs in page.findChildren(QTabWidget):
                    if not tabs.isVisible():
                        continue
                    for index in range(1, tabs.count()):
                        tabs.setCurrentIndex(index)
                        await _settle(0.1)
                        self.shoot(window, f"{key}-{slug(tabs.tabText(index))}-{mode}")
                    tabs.setCurrentIndex(0)
                if hasattr(page, "openWizard"):
                    await self.wizard_run(page, key, mode)
        finally:
            if getattr(window, "site_page", None) is not None:
                await window.site_page.connections.disconnect_all()
            await bridge.disconnect()
            window.close()
            window.deleteLater()
            await _settle()

    async def log_two_events(self, window, bridge) -> None:
        """The Events picture shows events, not an empty log: the simulator's own faults (the boxes of
        its page) make its BMS log a cell below T min and then a cell above V max, each for a moment.
        The window reads the log again by itself; the banner's notices of them are then dismissed, and
        the warm-up that follows lets the relays and lights settle before any picture is taken."""
        from smartbms_gui.protocol.ascii_records import LogEvent

        battery = bridge.battery
        # The first read after connecting is what later reads are compared with: an event logged before
        # it ends is in it, and no notice is raised for it. So the faults come after that read.
        await _until(lambda: bridge.history_reader is not None and bridge.history_reader.reads >= 1
                     and not bridge.history_reader.busy, 30.0, "the first read of the cell log")

        def logged() -> int:
            return sum(entry.event != LogEvent.EMPTY for entry in battery.cell_log)

        for fault, cell in (("temperature_low", 12), ("cell_over_voltage", 5)):
            before = logged()
            battery.faults.inject(fault, cell=cell)
            await _until(lambda before=before: logged() > before, 30.0, f"the simulator logging {fault}")
            battery.faults.clear(fault)
        events = window.pages["events"]
        await _until(lambda: events.cell_log is not None and len(events.cell_log.events) >= 2, 30.0,
                     "the two events read from the log")
        await _until(lambda: sum("logged an event" in n for n in window.notices()) >= 2, 30.0,
                     "the notices of the two events")
        await _until(lambda: battery.charge_allowed and battery.load_allowed, 30.0, "the relays on again")
        window.clear_notices()

    @staticmethod
    async def work_the_board(wizard, step) -> None:
        """What the installer does on the IN board at this step of the hidden-settings wizard, done on
        the simulated board (the Simulator page's switches): the drawing read from the board, switches
        1-7 set as drawn, switch 8 ON and OFF, the switches put back. So the pictures show the walk
        as it should go, its check a success. After setting switches the walk waits until the BMS
        reports the V bypass they mean, as it would in an installer's hands (a V bypass seen for a
        moment only is not confirmed by the next record, and the status bar would count it as held
        back). Other wizards: nothing."""
        bridge = getattr(wizard, "bridge", None)
        battery = getattr(bridge, "battery", None)
        if battery is None or not hasattr(wizard, "set_page"):
            return

        async def reported() -> None:
            want = battery.normal.vbypass_v
            await _until(lambda: abs((bridge.live.get("bypass_v") or 0.0) - want) < 0.01, 30.0,
                         f"the BMS reporting V bypass {want} V")

        if step is wizard.record:
            for n in range(1, 9):
                step.dip.setSwitch(n, battery.switches[n - 1])
        elif step is wizard.set_page:
            battery.flip_switches(step.dip.positions(), range(1, 8))
            await reported()
        elif step is wizard.toggle:
            battery.set_switch(8, True)
            battery.set_switch(8, False)
        elif step is wizard.restore:
            battery.flip_switches(step.dip.positions())
            await reported()

    async def wizard_run(self, page, key: str, mode: str) -> None:
        """Every step of the page's wizard, in order: each step's picture, then what it asks done on the
        simulated board (`work_the_board`), then its boxes ticked to go on."""
        from PySide6.QtWidgets import QCheckBox

        wizard = page.openWizard()
        width, height = self.size
        wizard.resize(max(wizard.minimumWidth(), int(width * 0.7)),
                      max(wizard.minimumHeight(), int(height * 0.85)))
        steps: list[str] = []
        try:
            await _settle(0.2)
            seen: set[int] = set()
            while wizard.currentId() not in seen:
                seen.add(wizard.currentId())
                step = wizard.currentPage()
                name = f"{len(steps) + 1}-{slug(step.title().split('. ', 1)[-1], 24)}"
                await _settle(0.15)
                self.shoot(wizard, f"wizard-{key}-{name}-{mode}")
                steps.append(name)
                if wizard.nextId() == -1:
                    break
                await self.work_the_board(wizard, step)
                await _settle(0.15)
                for box in step.findChildren(QCheckBox):
                    if not box.isChecked():
                        box.setChecked(True)
                wizard.next()
                await _settle()
            else:
                raise RuntimeError(f"the {key} wizard did not move past step {len(steps)}")
        finally:
            wizard.close()
            await _settle()
        self.wizard_steps[key] = steps


async def make_screens(app, out: Path, size: tuple[int, int], themes: tuple[str, ...],
                       full_colour: bool = False, warmup_s: float = 8.0, quick: bool = False) -> dict:
    shooter = Shooter(out, size, full_colour, warmup_s, quick)
    for mode in themes:
        await shooter.theme_run(app, mode)
    return {"size": list(size), "themes": list(themes), "pages": shooter.pages,
            "wizard_steps": shooter.wizard_steps, "files": shooter.files, "bytes": shooter.bytes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Screenshots of every page and wizard step for the user guide.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder for the PNGs (default docs/screens)")
    parser.add_argument("--size", type=parse_size, default=(1366, 768), help="window size, default 1366x768")
    parser.add_argument("--theme", choices=(*THEMES, "both"), default="both",
                        help="light, dark or both (default)")
    parser.add_argument("--full-colour", action="store_true",
                        help="keep every colour (larger files; to judge the look, not for the repository)")
    parser.add_argument("--warmup", type=float, default=8.0, metavar="SECONDS",
                        help="seconds of live data before the first picture (default 8: the plots fill up)")
    parser.add_argument("--quick", action="store_true",
                        help="compress the PNGs less (faster, larger: for the tests, not for the repository)")
    args = parser.parse_args(argv)
    themes = THEMES if args.theme == "both" else (args.theme,)

    from smartbms_gui import qt_env

    qt_env.prepare()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SmartBMS Desktop")
    app.setQuitOnLastWindowClosed(False)  # one window per theme: closing the first must not end the run
    from smartbms_gui.views import qt_fixes
    from smartbms_gui.views import translator as i18n

    qt_fixes.install()
    from smartbms_gui.app import install_simulator

    install_simulator()  # as app.py does: the simulated batteries come from sim/front.py
    i18n.install_translator(app, "en")  # the guide is in English, whatever this computer's language
    import qasync

    args.out.mkdir(parents=True, exist_ok=True)
    if args.out.resolve() == DEFAULT_OUT.resolve():
        for old in args.out.glob("*.png"):
            old.unlink()  # a page that is gone must not leave its picture in the guide's folder
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            result = loop.run_until_complete(make_screens(app, args.out, args.size, themes,
                                                                 args.full_colour, args.warmup,
                                                                 args.quick))
    finally:
        asyncio.set_event_loop(None)
    print(f"{len(result['files'])} pictures, {result['bytes'] / 1e6:.2f} MB in {args.out}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
