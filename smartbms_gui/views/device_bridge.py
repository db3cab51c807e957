"""The Qt face of the device layer: signals for the views, asyncio underneath.

This is the only view file that touches asyncio. It runs on the Qt loop through qasync, so every
signal is emitted on the GUI thread and no slot ever blocks: connects, scans and writes are tasks
the bridge keeps (strong references) and whose failures it reports through `errorRaised`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from smartbms_gui import diagnostics
from smartbms_gui.device import links, pin_store, recording_store, simulators
from smartbms_gui.device.client import WriteResult
from smartbms_gui.device.errors import DeviceError, LinkDown
from smartbms_gui.device.history import HistoryNotAvailable, HistoryRead, NotOnThisBms
from smartbms_gui.device.history_reader import HistoryReader
from smartbms_gui.device.model import LiveState
from smartbms_gui.device.recording import EventKind, Recorder, default_folder, prune_simulator_recordings
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.views import qt_fixes
from smartbms_gui.views.bridge_base import BridgeBase
from smartbms_gui.views.kept_tasks import keep_task
from smartbms_gui.views.translator import translate_message

# The bridge emits a signal per stream record: PySide6 6.12 on Python 3.11 would run out of
# references to True after a few hundred emits without this (idempotent; see qt_fixes).
qt_fixes.install()

log = logging.getLogger(__name__)

#: seconds after a recording starts before the recordings folder is tidied (`DeviceBridge._housekeeping`)
HOUSEKEEPING_DELAY_S = 3.0

#: The simulator's PIN: the factory PIN of the parameter table, as on a new BMS.
SIMULATOR_PIN = str(params.parameter("pin").default)
#: failed attempts in a row before a connection that was never live gives up
FIRST_ATTEMPTS = 3


def _event_text(result: WriteResult) -> str:
    """`name=value` for the recording's event strip; the PIN's value never goes to disk."""
    try:
        secret = params.parameter(result.name).kind == "pin"
    except KeyError:
        secret = False
    return f"{result.name}=****" if secret else f"{result.name}={result.value}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceBridge", text)


class DeviceBridge(BridgeBase):
    """Signals (contract): `stateChanged(ConnectionState)`, `itemReceived(record or frame)`,
    `liveChanged(frozenset of names)`, `settingsChanged(dict)`, `errorRaised(str)`.
    The texts of `errorRaised`, `noticeRaised` and `recordingWarning` come from the layers below as
    `smartbms_gui.messages.Message`s (English strings that can be translated): they travel as objects,
    and the receiver shows them with `i18n.translate_message` (a Qt `str` signal would drop all but
    the English).
    Extensions: `noticeRaised(str)` (gentle warnings such as the factory PIN), `writeFinished(list of
    WriteResult)`, `scanResult(FoundDevice)`, `scanFinished(list of FoundDevice)`,
    `bytesReceived(bytes, float)` (raw received bytes, PIN masked, for the recorder),
    `historyProgress(done, total)` and `historyFinished(HistoryRead)` (`read_history`).
    """

    #: the scan could not run: why and what to do on this system (a Message), also sent as errorRaised
    scanFailed = Signal(object)
    # The contract's signals are BridgeBase's. Of them: `recordingWarning` (the recording could not be
    # written: disk full, folder not writable) is emitted from the recorder's thread, so receivers get
    # it queued on theirs; `recordingStarted(path)` a new recording file; `historyProgress(done,
    # total)`; `historyFinished(HistoryRead)` the results, or the error that stopped the read (a read
    # of the log alone, after the T record's log index changed, has `soc_history=None`).
    #: a read of the log and/or history began (after connecting, on request, on a new log index)
    historyStarted = Signal()
    #: events the battery logged since the previous read of this connection (list of CellLogEvent)
    newCellEvents = Signal(list)

    def __init__(self, parent: QObject | None = None, *, cells: int = 16, generation: int = 2,
                 speed: float = 1.0, live: LiveState | None = None, record: bool = True,
                 recordings_folder: Any = None, diagnostics_title: str = "Connection",
                 **session_options: Any) -> None:
        super().__init__(parent)
        # Windows: bleak's WinRT backend must be told that Qt made this thread STA (no-op elsewhere).
        # app.py may call it earlier too; it is idempotent.
        links.prepare_platform()
        self.live = live if live is not None else LiveState()
        self.live.add_listener(self._on_live_changed)
        self.session: DeviceSession | None = None
        #: the SimulatedBattery while connected to the simulator, else None
        self.battery: Any = None
        self.runner: Any = None
        self.peer: Any = None
        #: the simulator front (device/simulators.py) while connected to the simulator, else None
        self.simulator: simulators.SimulatorFront | None = None
        #: the simulated battery of the last connection, kept while disconnected: (its key, the front)
        self._parked_simulator: tuple[tuple, simulators.SimulatorFront] | None = None
        self._simulator_key: tuple = ()
        self.sim_defaults = {"cells": cells, "generation": generation, "speed": speed}
        self.session_options = session_options
        self._tasks: set[asyncio.Task] = set()
        self._runner_task: asyncio.Task | None = None
        self._scanner: Any = None
        self._state = ConnectionState(Phase.DISCONNECTED)
        #: every connection is recorded (raw received bytes, crash-safe) unless switched off
        self.record = record
        self.recordings_folder = recordings_folder
        self.recorder: Recorder | None = None
        #: the recording of the connection last closed by `disconnect` (kept, now closed), until
        #: another connection starts: the Plots page still exports that session; else None
        self.ended_recording: Path | None = None
        #: the recordings folder's size/age limit (Preferences); applied when a recording starts
        self.recording_limits = recording_store.Limits()
        #: the battery's serial number as its advert gave it (BLE), for settings backups; else None
        self.serial: str | None = None
        #: reads the battery's cell log and SoC history (after connecting, on request, on a new event)
        self.history_reader: HistoryReader | None = None
        self._pruned = False
        #: the recordings folder is tidied this long after a recording starts: its listing runs on a
        #: worker thread but holds the interpreter, and the window's first picture comes first
        self.housekeeping_delay_s = HOUSEKEEPING_DELAY_S
        self._housekeeping_task: asyncio.Task | None = None
        # A site's packs each have their own section ("Site pack 2"), beside the main connection's.
        diagnostics.add_section(diagnostics_title, self.diagnostics_lines)

    # ------------------------------------------------------------------ state

    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def connected(self) -> bool:
        return self._state.phase is Phase.STREAMING

    async def wait_streaming(self, timeout: float = 10.0) -> ConnectionState:
        """Wait until live (or failed); for tests and scripted demos."""
        if self.session is None:
            return self._state
        await self.session.wait_for(lambda s: s.phase in (Phase.STREAMING, Phase.FAILED), timeout)
        return self.session.state

    # ------------------------------------------------------------------ connecting

    async def connect_simulator(self, cells: int | None = None, generation: int | None = None,
                                speed: float | None = None, pin: str = SIMULATOR_PIN, *, seed: int = 0,
                                battery_options: dict | None = None, serial: str | None = None,
                                index: int | None = None) -> None:
        """Start an in-process simulated battery (the front app.py installed, device/simulators.py)
        and connect to it over the ASCII wire. `index`: pack `index` of a simulated site (its packs
        differ a little and show their own serial numbers); `battery_options`: more battery
        keywords; `serial`: the serial number the pack shows, when not the site pack's."""
        await self.disconnect()
        cells = cells if cells is not None else self.sim_defaults["cells"]
        gen = Generation(int(generation if generation is not None else self.sim_defaults["generation"]))
        speed = speed if speed is not None else self.sim_defaults["speed"]
        # The same simulated battery again (Disconnect, then Connect): like a real BMS it keeps its PIN,
        # its settings and its charge while no one is connected. Other cells, generation, seed or
        # options: a new one.
        key = (cells, int(gen), seed, index, repr(sorted((battery_options or {}).items())))
        parked, self._parked_simulator = self._parked_simulator, None
        if parked is not None and parked[0] == key:
            front = parked[1]
            front.runner.speed = speed
        else:
            front = simulators.front(cells=cells, generation=gen, speed=speed, seed=seed, index=index,
                                     **(battery_options or {}))
        self._simulator_key = key
        self.simulator = front
        self.battery, self.runner, self.peer = front.battery, front.runner, front.peer
        self._runner_task = self._spawn(front.runner.run(), _tr("The simulator"))
        # the simulated module takes commands at once: no wake-up pause (0.1 s was a sixth of the start)
        options = {"wake_wait_s": 0.0, **self.session_options}
        await self.connect_transport(links.link_for("simulator", front), generation=gen, pin=pin, _keep_sim=True,
                                     description=_tr("Simulator {0} cells").format(cells),
                                     serial=serial if serial is not None else front.serial, **options)

    async def connect_ble(self, address: str, generation: int | None, pin: str | None, *, name: str = "",
                          serial: str = "", remember_pin: bool = False) -> None:
        """Connect to a module found by `scan_ble` (or typed in). An empty PIN tries the remembered one."""
        if not pin:
            pin = pin_store.recall_pin(address) or None
        elif remember_pin:
            pin_store.remember_pin(address, pin)
        # generation None (unknown type, typed-in address): Gen2 until the module's services say otherwise;
        # the session follows what the link settles (DeviceSession.on_generation).
        await self.connect_transport(links.link_for("ble", address, generation=generation, name=name,
                                                    serial=serial),
                                     generation=Generation(int(generation or Generation.GEN2)), pin=pin,
                                     description=f"BLE {name or address} {serial}".strip(), serial=serial)

    async def connect_serial(self, port: str) -> None:
        """The read-only serial frame (USB adapter on the End/OUT board)."""
        await self.connect_transport(links.link_for("serial", port), generation=Generation.GEN2, pin=None,
                                     wire="frame", description=port)

    async def connect_transport(self, factory: Callable[[], Any], *, generation: Generation | int = Generation.GEN2,
                                pin: str | None = None, _keep_sim: bool = False, wire: str = "ascii",
                                description: str = "device", serial: str | int | None = None,
                                **options: Any) -> None:
        """Connect through any transport factory (tests inject their own links here). `serial`: the
        battery's serial number as known before connecting (a BLE advert), kept in the recording."""
        if not _keep_sim:
            await self.disconnect()
        self.ended_recording = None  # another connection starts: the session before is no longer shown
        self.serial = str(serial) if serial not in (None, "") else None
        gen = Generation(int(generation))
        # A battery that never answered is given up after a few tries (the state says why and what to
        # do); once live, a dropped link is retried for as long as the window is connected.
        if "first_attempts" not in self.session_options:
            options.setdefault("first_attempts", FIRST_ATTEMPTS)
        self.live.reset()
        self.live.generation = gen
        self.session = DeviceSession(
            factory, pin=pin, generation=gen, live=self.live,
            on_state=self._on_state, on_item=self._on_item, on_bytes=self._on_bytes,
            on_error=self._on_error, on_notice=self.noticeRaised.emit, on_settings=self.settingsChanged.emit,
            on_generation=lambda g: self.liveChanged.emit(frozenset({"generation"})),
            **{**self.session_options, **options})
        self._start_recording(self.session, wire, gen, description, simulated=_keep_sim)
        self.history_reader = HistoryReader(
            self.session, on_result=self._on_history_result, on_progress=self.historyProgress.emit,
            on_new_events=self.newCellEvents.emit, on_started=self.historyStarted.emit)
        self.session.start()

    async def disconnect(self) -> None:
        """Close the session (stream stopped, link released) and stop a running simulator.

        Everything is taken off the bridge before the first await: a connect that starts while this
        one is still closing (Disconnect, then at once Connect on a Site card) gets a clean bridge,
        and this close never stops the new connection's simulator nor reports it disconnected."""
        session, self.session = self.session, None
        reader, self.history_reader = self.history_reader, None
        recorder, self.recorder = self.recorder, None
        if self._housekeeping_task is not None:
            self._housekeeping_task.cancel()  # still waiting: the next recording's start tidies
            self._housekeeping_task = None
        runner, task = self.runner, self._runner_task
        self._runner_task = None
        simulator, simulator_key = self.simulator, self._simulator_key
        self.battery = self.runner = self.peer = self.simulator = None
        if reader is not None:
            reader.close()
        if session is not None:
            await session.close()
        if recorder is not None:
            # A connection that never went live (wrong PIN, out of range) recorded nothing worth keeping.
            recorder.close(keep=recorder.went_live)
            if recorder.went_live and self.session is None:  # (no new connection began meanwhile)
                self.ended_recording = Path(recorder.path)
        if runner is not None:
            runner.stop()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        if simulator is not None:
            # kept for the next connect to the same simulated battery, once its runner has stopped (a
            # connect that came in the meantime made its own)
            self._parked_simulator = (simulator_key, simulator)
        if self.session is None:  # no new connection began while this one closed
            self._on_state(ConnectionState(Phase.DISCONNECTED))

    # ------------------------------------------------------------------ settings

    def apply_settings(self, changes: dict[str, Any]) -> asyncio.Task:
        """Write settings; the results arrive through `writeFinished(list[WriteResult])`."""
        return self._spawn(self._apply(dict(changes)), _tr("Writing the settings"))

    async def _apply(self, changes: dict[str, Any]) -> list[WriteResult]:
        session = self.session
        if session is None:
            text = _tr("Not connected: nothing was written.")
            results = [WriteResult(n, v, False, error=DeviceError(text, setting=n)) for n, v in changes.items()]
        else:
            results = await session.write_settings(changes)
            if self.recorder is not None:
                written = ", ".join(_event_text(r) for r in results if r.ok)
                if written:
                    self.recorder.record_event(EventKind.SETTINGS_WRITTEN, written)
        self.writeFinished.emit(results)
        return results

    # ------------------------------------------------------------------ cell log and SoC history

    def read_history(self) -> asyncio.Task:
        """Read the battery's cell log and 168-hour SoC history again (a few seconds, between the
        keep-alives: the live values go on); progress through `historyProgress(done, total)`, the end
        through `historyFinished(HistoryRead)`. The bridge also reads them by itself after connecting
        and the log whenever the battery logs an event (`history_reader`)."""
        return self._spawn(self._read_history(), _tr("Reading the history"))

    async def _read_history(self) -> HistoryRead:
        reader = self.history_reader
        if self.session is None or reader is None:
            result = HistoryRead(error=LinkDown(_tr("Not connected: nothing was read.")))
            self.historyFinished.emit(result)
            return result
        finished: list[HistoryRead] = []
        self.historyFinished.connect(finished.append)
        try:
            task = reader.request()
            while task is not None and not any(r.soc_history is not None or r.error for r in finished):
                await asyncio.shield(task)
                task = reader.task
        finally:
            self.historyFinished.disconnect(finished.append)
        return finished[-1] if finished else HistoryRead(reader.cell_log, reader.soc_history, reader.error)

    def _on_history_result(self, result: HistoryRead) -> None:
        recorder = self.recorder
        if recorder is not None and result.error is None:
            from smartbms_gui.device import history_json

            if result.cell_log is not None:
                recorder.record_event(EventKind.CELL_LOG, history_json.dumps_cell_log(result.cell_log))
            if result.soc_history is not None:
                text = history_json.dumps_soc_history(result.soc_history)
                recorder.record_event(EventKind.SOC_HISTORY, text)
        self.historyFinished.emit(result)

    @staticmethod
    def not_on_this_bms(error: Any) -> bool:
        """The battery does not keep (or give) its log and history: shown as such, not as an error."""
        return isinstance(error, NotOnThisBms)

    def history_unavailable(self) -> str | None:
        """Why the cell log and SoC history cannot be read now (translated), or None when they can."""
        session = self.session
        reason = session.history_unavailable() if session is not None else LinkDown("")
        if reason is None:
            return None
        if isinstance(reason, HistoryNotAvailable):
            return _tr("Not available over the USB serial cable: it only carries the live data. "
                       "Connect over Bluetooth to read the log and the history.")
        return _tr("Connect to a battery to read its log and history.")

    # ------------------------------------------------------------------ scanning

    def scan_ble(self, duration_s: float = 5.0) -> asyncio.Task:
        """Scan for modules; each sighting arrives through `scanResult`, the end through `scanFinished`."""
        return self._spawn(self._scan(duration_s), _tr("The Bluetooth scan"))

    async def _scan(self, duration_s: float) -> list:
        if self._scanner is not None:
            await self._scanner.stop()
        scanner = links.scanner(self.scanResult.emit)
        self._scanner = scanner
        try:
            found = await scanner.scan(duration_s)
        except Exception as exc:  # noqa: BLE001 - reported, never fatal
            self.errorRaised.emit(str(exc))
            self.scanFailed.emit(str(exc))
            found = []
        finally:
            if self._scanner is scanner:
                self._scanner = None
        self.scanFinished.emit(found)
        return found

    async def stop_scan(self) -> None:
        if self._scanner is not None:
            await self._scanner.stop()

    # ------------------------------------------------------------------ recording

    def _start_recording(self, session: DeviceSession, wire: str, generation: Generation, description: str,
                         *, simulated: bool = False) -> None:
        """Record this connection to the user data folder; a failure warns and never stops the link."""
        if not self.record:
            return
        folder = self.recordings_folder or default_folder()
        try:
            self.recorder = Recorder(folder, wire=wire, generation=int(generation), description=description,
                                     simulated=simulated, serial=self.serial,
                                     on_warning=lambda w: self.recordingWarning.emit(str(w)))
        except Exception as exc:  # noqa: BLE001 - the live view must go on without a recording
            log.warning("recording not started: %s", exc)
            self.recordingWarning.emit(_tr("Recording not started: {0}. The live view continues.").format(
                translate_message(exc)))
            return
        self.recorder.attach(session)  # listens beside the bridge's own callbacks
        self.recordingStarted.emit(str(self.recorder.path))
        self._housekeeping_task = self._spawn(self._housekeeping(folder),
                                              _tr("Keeping the recordings within their limit"))

    async def _housekeeping(self, folder) -> None:
        """A moment after a recording started (`housekeeping_delay_s`), off the GUI thread: once per run
        the simulator sessions older than a week go (the window starts on the simulator, so they pile
        up; recordings of batteries are never touched), then the folder is kept within its limits,
        never touching the recording being written."""
        await asyncio.sleep(self.housekeeping_delay_s)
        self._housekeeping_task = None  # from here on it runs to its end
        if not self._pruned:
            self._pruned = True
            self._spawn(asyncio.to_thread(prune_simulator_recordings, folder),
                        _tr("Tidying old simulator recordings"))
        self.tidy_recordings()

    @property
    def recordings_folder_path(self):
        """Where this bridge's recordings go."""
        return self.recordings_folder or default_folder()

    def tidy_recordings(self) -> asyncio.Task:
        """Delete the oldest recordings past the limits, off the GUI thread; never the one being written."""
        keep = [self.recorder.path] if self.recorder is not None else []
        return self._spawn(asyncio.to_thread(recording_store.tidy, self.recordings_folder_path,
                                             self.recording_limits, keep=keep),
                           _tr("Keeping the recordings within their limit"))

    # ------------------------------------------------------------------ diagnostics

    def diagnostics_lines(self) -> list[str]:
        """The link's health for "Copy diagnostics" (English, for a support person): what was
        received, what the decoders dropped and why, reconnects, the recording."""
        session = self.session
        if session is None:
            return ["not connected"]
        link = session.link_description or "no link"
        lines = [f"{session.state.text} ({link}), Gen{int(self.live.generation)}",
                 f"connections: {session.connects}, dropped links: {session.drops}"]
        decoder = getattr(session.client, "decoder", None)
        if decoder is not None and hasattr(decoder, "records"):
            too_long = getattr(decoder, "overlong", 0)
            lines.append(f"stream records: {decoder.records} decoded, {decoder.dropped} dropped "
                         f"({too_long} too long), {decoder.ignored_cells} cell-0 records")
        elif decoder is not None and hasattr(decoder, "frames"):
            lines.append(f"serial frames: {decoder.frames} decoded, {decoder.dropped_bytes} bytes skipped, "
                         f"{decoder.resyncs} resynchronisations")
        last_error = getattr(decoder, "last_error", None)
        if last_error is not None:
            lines.append(f"last decoding problem: {last_error}")
        lines.append(f"cell count glitches held back: {getattr(self.live, 'cell_count_glitches', 0)}")
        recorder = self.recorder
        if recorder is not None:
            state = "recording" if recorder.active else "stopped"
            lines.append(f"recording ({state}): {recorder.path}, {recorder.rows_written} rows, "
                         f"{recorder.dropped_rows} rows not stored")
            lines += [f"recording warning: {w}" for w in recorder.warnings[-3:]]
        return lines

    # ------------------------------------------------------------------ plumbing

    def _spawn(self, coro, what: str) -> asyncio.Task:
        """Run `coro` as a task we keep; `what` (translated) names it if it fails."""
        def failed(exc: BaseException) -> None:
            log.error("%s failed: %r", what, exc)
            self.errorRaised.emit(_tr("{0} failed: {1}").format(what, translate_message(exc)))

        return keep_task(self._tasks, coro, failed, name=f"bridge {what}")

    def _on_state(self, state: ConnectionState) -> None:
        if state == self._state:
            return
        recorder = self.recorder
        if state.phase is Phase.FAILED and recorder is not None and not recorder.went_live:
            # gave up without ever going live: nothing worth keeping, and no "recording" shown
            self.recorder = None
            recorder.close(keep=False)
        self._state = state
        self.stateChanged.emit(state)
        if self.history_reader is not None:
            self.history_reader.state(state)

    def _on_item(self, item: Any, t: float) -> None:
        self.itemReceived.emit(item)
        if self.history_reader is not None:
            self.history_reader.item(item)

    def _on_bytes(self, data: bytes, t: float) -> None:
        self.bytesReceived.emit(data, t)

    def _on_error(self, error: DeviceError) -> None:
        self.errorRaised.emit(str(error))

    def _on_live_changed(self, names: frozenset) -> None:
        self.liveChanged.emit(names)
