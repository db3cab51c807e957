"""`smartbms-gui`: the desktop app's entry point (a composition root: it may wire every layer)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from pathlib import Path

from smartbms_gui import __version__, qt_env

log = logging.getLogger("smartbms_gui.app")

# benchmarks/bench_startup.py sets this: print "first-live-painted <time.time()>" once the first live
# value from the battery is painted in the window, then close (the time is the wall clock, so the
# benchmark can subtract the moment it started this process).
STARTUP_PROBE_ENV = "SMARTBMS_STARTUP_PROBE"
#: with the probe: the wall-clock time at which the start passed each phase, printed before the
#: first-live-painted line as "startup-phase <time.time()> <phase>" (bench_startup.py prints the steps)
_phases: list[tuple[str, float]] = []


def _phase(name: str) -> None:
    if os.environ.get(STARTUP_PROBE_ENV):
        import time

        _phases.append((name, time.time()))


#: after this long the window, its first pages and the link are up: the garbage collector freezes what
#: the start made (views/gui_thread_gc.py)
START_SETTLED_MS = 5000

#: how long the start waits for the simulator's first values before it shows the window anyway
FIRST_VALUES_WAIT_S = 1.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smartbms-gui",
        description="Configure and watch a 123\\SmartBMS battery management system.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--simulator", action="store_true", help="start on the built-in simulated battery")
    target.add_argument("--device", metavar="ADDRESS",
                        help="preselect this Bluetooth device (the PIN is asked in the window)")
    target.add_argument("--serial", metavar="PORT", help="connect to the USB serial cable on PORT (read-only)")
    parser.add_argument("--cells", type=int, default=None, metavar="N",
                        help="number of cells of the simulated battery (2-255, default 16)")
    parser.add_argument("--packs", type=int, default=None, metavar="N",
                        help="start a site of N simulated packs that differ a little (1-16; the Site page); "
                             "it replaces the remembered site")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="render the main window to a PNG after a few seconds of data, then exit")
    parser.add_argument("--page", default=None,
                        help="page to show first (and in a --screenshot): overview, details, settings, plots, "
                             "events, history, switches, site, simulator; an unknown name is an error that lists "
                             "them")
    parser.add_argument("--size", default="1366x768", help="window size for --screenshot, e.g. 1920x1080")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None,
                        help="colour theme for this run (default: the saved preference)")
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR")
    args = parser.parse_args(argv)
    if args.cells is not None and not 2 <= args.cells <= 255:
        parser.error("--cells must be between 2 and 255 (the BMS supports 2 to 255 cells)")
    if args.packs is not None and not 1 <= args.packs <= 16:
        parser.error("--packs must be between 1 and 16")
    try:
        w, h = (int(x) for x in args.size.lower().split("x"))
        args.size = (w, h)
    except ValueError:
        parser.error("--size must look like 1366x768")
    return args


def main(argv: list[str] | None = None) -> int:
    # numpy's OpenBLAS starts a worker thread per core that spins after the import (0.1 s of CPU at
    # every start, measured); the app's arrays are far too small to gain from threaded BLAS.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # the dataclasses' methods compiled in an earlier start (code_cache.py): before the first module
    # that makes a dataclass is imported
    code_cache = _start_code_cache()
    _phase("app modules imported")
    if getattr(sys, "frozen", False):
        # A built program's worker processes (the plots page decodes long recordings in them) start as
        # this program: freeze_support lets them run as workers. From source it does nothing, and its
        # import (multiprocessing's context, pickle) costs a few milliseconds of every start.
        import multiprocessing

        multiprocessing.freeze_support()
    args = parse_args(argv)
    qt_env.prepare()
    from smartbms_gui import logs

    try:
        logs.setup_logging(args.log_level, console=args.screenshot is not None)
    except (logs.LoggingSetupError, OSError) as exc:
        print(f"smartbms-gui: {exc}", file=sys.stderr)
        _keep_code_cache(code_cache)
        return 2

    # The GUI thread's collector (views/gui_thread_gc.py) takes over once Qt is up; a collection
    # before that only walks the objects the imports made (about 8 ms of every start).
    gc.disable()
    from PySide6.QtCore import Qt

    from smartbms_gui.views import qt_import_check

    qt_import_check.install()  # before the app's own modules load: PySide6 looks at each (see the module)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SmartBMS Desktop")
    app.setOrganizationName("SmartBMS")
    app.setApplicationVersion(__version__)
    from smartbms_gui.views import qt_fixes

    qt_fixes.install()  # a no-op on a PySide6 build without the Python 3.11 reference bug
    from smartbms_gui.views.gui_thread_gc import GuiThreadGarbageCollector

    # never on a worker thread; the start-up's objects are frozen once the first pages are up (see the module)
    app._garbage_collector = GuiThreadGarbageCollector(app, settle_ms=START_SETTLED_MS)

    _phase("Qt application made")
    from smartbms_gui.device import links

    install_simulator()
    _phase("simulator loaded")
    # Windows: Qt's main thread is a COM STA; bleak's WinRT backend must be told it may run there
    # before the event loop starts (a no-op elsewhere).
    links.prepare_platform()

    import qasync

    def loop_factory():
        return qasync.QEventLoop(app)

    try:
        if sys.version_info >= (3, 12):
            return asyncio.run(main_async(app, args), loop_factory=loop_factory)
        if sys.version_info >= (3, 11):
            with asyncio.Runner(loop_factory=loop_factory) as runner:
                return runner.run(main_async(app, args))
        loop = loop_factory()  # Python 3.10: no asyncio.Runner
        asyncio.set_event_loop(loop)
        with loop:
            return loop.run_until_complete(main_async(app, args))
    finally:
        _keep_code_cache(code_cache)
        logs.shutdown_logging()


def _start_code_cache():
    from smartbms_gui import APP_NAME, code_cache

    return code_cache.install(code_cache.default_path(APP_NAME))


def _keep_code_cache(cache) -> None:
    """Save what this run compiled for the next start (not under `python -B`), and let `dataclasses`
    compile as before (a test that ran `main` in its own process goes on as it was)."""
    from smartbms_gui import code_cache

    if cache is None:
        return
    if cache.problem:
        log.info("dataclass code cache %s: %s (written again)", cache.path, cache.problem)
    try:
        if not sys.dont_write_bytecode and cache.save():
            log.debug("dataclass code cache %s: %d entries written", cache.path, cache.loaded)
    except OSError as exc:
        log.warning("dataclass code cache %s not written (the next start compiles again): %s", cache.path, exc)
    code_cache.uninstall()


def install_simulator() -> None:
    """The composition root's wiring of the simulator: the views get their simulated batteries from
    the simulator's front (sim/front.py) through device/simulators.py. Scripts that build the window
    or a bridge without `main` (docs/make_screens.py, benchmarks) call it too."""
    from smartbms_gui.device import simulators
    from smartbms_gui.sim.front import SimulatorFront

    simulators.install(SimulatorFront)


async def main_async(app, args: argparse.Namespace) -> int:
    from PySide6.QtCore import Qt

    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.views import translator as i18n
    from smartbms_gui.views.app_icon import app_icon
    from smartbms_gui.views.connection_bar import DeviceTarget
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import SIMULATOR_PIN, MainWindow
    from smartbms_gui.views.theme import apply_theme

    prefs = app_prefs.load()
    if args.screenshot:
        prefs = app_prefs.Preferences()  # a screenshot never depends on (or changes) this user's state
    apply_theme(app, args.theme or prefs.theme)
    i18n.install_translator(app, prefs.language)
    app.setWindowIcon(app_icon())

    from smartbms_gui.views.bridge_switch import BridgeSwitch

    # A --screenshot run is a picture of the simulator, not a session worth keeping: never recorded.
    record = not args.screenshot
    own = DeviceBridge(cells=args.cells or 16, record=record) if args.cells else DeviceBridge(record=record)
    # The pages show the window's own connection or a pack of the site (the Site page chooses).
    bridge = BridgeSwitch(own)
    _phase("window modules imported")
    window = MainWindow(bridge, prefs, prefs_path=_screenshot_prefs_path() if args.screenshot else None,
                        list_serial_ports=_list_serial_ports)
    # checked here, not by argparse: the window knows its pages (the Simulator page comes with the
    # simulator's connection, later)
    known = list(window.pages) + [key for key in ("simulator",) if key not in window.pages]
    if args.page is not None and args.page not in known:
        print(f"smartbms-gui: unknown page {args.page!r}: choose one of {', '.join(known)}", file=sys.stderr)
        window.deleteLater()
        return 2
    # The window's close ends the run through `closed`, so the link is closed before the loop stops
    # (with Qt quitting on the last window, qasync would stop the loop under a pending disconnect).
    app.setQuitOnLastWindowClosed(False)
    closed = asyncio.get_running_loop().create_future()
    window.closing.connect(lambda: closed.done() or closed.set_result(None))
    app.aboutToQuit.connect(lambda: closed.done() or closed.set_result(None))
    if args.screenshot:
        window.setWindowState(Qt.WindowState.WindowNoState)  # exactly --size, never the first start's maximized window
        window.resize(*args.size)
    _phase("window built")
    painted = _first_live_paint(window, bridge) if os.environ.get(STARTUP_PROBE_ENV) else None

    if args.serial:
        window.connection_bar.add_target(DeviceTarget("serial", args.serial, args.serial), select=True)
        window._connect(DeviceTarget("serial", args.serial, args.serial), "")
    elif args.device:
        # generation None: the module's services decide after connecting (an address typed in has no advert)
        window.connection_bar.add_target(DeviceTarget("ble", args.device, args.device, None), select=True)
        window.connection_bar.pin.setFocus()
    elif args.simulator or args.screenshot:
        window._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
    else:
        window.start()
    if args.packs:
        window.site_page.start_simulated_site(args.packs, cells=args.cells or 16)
        window.show_page("site")
    if args.page is not None:
        window.show_page(args.page)
    if window.connecting_to_simulator():
        # The simulator answers within a few milliseconds: the window's first picture shows its values,
        # not empty cards redrawn a moment later (a device far away is not waited for).
        await _first_values(bridge, within_s=FIRST_VALUES_WAIT_S)
    window.show()
    _phase("window shown")

    if painted is not None:
        await painted
        wall, cpu = painted.result()
        for name, at in _phases:
            print(f"startup-phase {at:.6f} {name}", flush=True)
        print(f"first-live-painted {wall:.6f} cpu {cpu:.3f}", flush=True)
        await _close(bridge, window)
        window.close()
        return 0

    if args.screenshot:
        await asyncio.sleep(4.0)  # let the simulator stream every record a few times
        window.show_page(args.page or ("site" if args.packs else "overview"))
        for page in window.pages.values():
            if hasattr(page, "refresh_now"):
                page.refresh_now()
        await asyncio.sleep(0.3)
        ok = window.grab().save(args.screenshot)
        log.info("screenshot %s: %s", args.screenshot, "saved" if ok else "FAILED")
        await _close(bridge, window)
        window.close()
        return 0 if ok else 1

    await closed
    await _close(bridge, window)
    return 0


def _screenshot_prefs_path() -> Path:
    """A throw-away preferences file: a screenshot run never changes this user's."""
    import tempfile

    return Path(tempfile.mkdtemp()) / "preferences.json"


def _list_serial_ports():
    """The serial ports (transport/serial_ports.py, loaded when the window first asks: pyserial's port
    listing is not needed for the first picture)."""
    from smartbms_gui.transport.serial_ports import list_ports

    return list_ports()


def _first_live_paint(window, bridge) -> asyncio.Future:
    """A future that gets (wall-clock time, this process's CPU time) when the window has painted after
    the shown page drew the first live values (the values are on screen then, not only in the model).

    It watches the top-level window only. Its first paint is a Paint event there, and a later repaint
    (the pages call update()) an UpdateRequest there; either way the dirty widgets are painted and
    flushed before the event returns. (An UpdateRequest before the first paint paints nothing: the
    window is not exposed yet.) An application-wide filter would see each widget's Paint, but it
    routes every event of every object through Python and makes wrappers for Qt's own objects
    (PySide6 then loads dozens of its classes and their enums to find each one's type): it slowed the
    start it measured by about 0.02 s."""
    import time

    from PySide6.QtCore import QEvent, QObject

    done = asyncio.get_running_loop().create_future()
    state = {"live": False, "painted": False}

    def on_live(_names) -> None:
        if _values_in(bridge) and not state["live"]:
            state["live"] = True
            _phase("first live value")

    def page_drew_values() -> bool:
        drew = getattr(window.stack.currentWidget(), "drew_values", None)
        return drew() if drew is not None else True  # a page without live values: any repaint

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            kind = event.type()
            paints = kind == QEvent.Type.Paint or (kind == QEvent.Type.UpdateRequest and state["painted"])
            if paints and state["live"] and not done.done() and page_drew_values():
                # after this event has run: the window's dirty widgets are painted and flushed
                asyncio.get_running_loop().call_soon(_painted)
            if kind == QEvent.Type.Paint:
                state["painted"] = True
            return False

    def _painted() -> None:
        if not done.done():
            done.set_result((time.time(), time.process_time()))  # CPU time: every thread of this process

    bridge.liveChanged.connect(on_live)
    watch = PaintWatch(window)
    window.installEventFilter(watch)
    done.add_done_callback(lambda _f: window.removeEventFilter(watch))
    return done


def _values_in(bridge) -> bool:
    """Whether the live model has values with the link up (the start's wait and its probe ask)."""
    return bridge.live.link_up and bridge.live.has_values()


async def _first_values(bridge, within_s: float) -> None:
    """Return once the live model has its first values with the link up, or after `within_s`."""
    arrived = asyncio.get_running_loop().create_future()

    def on_live(_names) -> None:
        if _values_in(bridge) and not arrived.done():
            arrived.set_result(None)

    on_live(None)  # already in
    bridge.liveChanged.connect(on_live)
    try:
        await asyncio.wait_for(arrived, timeout=within_s)
    except asyncio.TimeoutError:
        log.info("the simulator's first values took longer than %.1f s: the window shows without them", within_s)
    finally:
        bridge.liveChanged.disconnect(on_live)


async def _close(bridge, window=None) -> None:
    """Close the links cleanly (the BMS sees the stream stop; BLE is released for the phone app)."""
    pages = getattr(window, "pages", None)
    site_page = pages.built("site") if pages is not None else None  # a Site page never built has no links
    if site_page is not None:
        await site_page.connections.disconnect_all()  # each pack within 5 s, one never holds up the others
    try:
        result = getattr(bridge, "own", bridge).disconnect()  # the window's own link, whatever the pages show
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            await asyncio.wait_for(result, timeout=5.0)
    except Exception as exc:  # noqa: BLE001 - closing must never hang or crash the exit
        log.warning("closing the connection: %s", exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
