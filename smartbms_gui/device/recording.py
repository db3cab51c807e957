"""Recording of every connection: the raw received bytes with their times, plus events.

Format: one SQLite database per connection, in WAL mode. One table `log` holds, in arrival order,
both the received bytes (`kind = "rx"`) and events (`kind` = an `EventKind` value, text in `data`).
Each row carries a CRC-32 of its data so a damaged row is recognised on reading.

Why SQLite/WAL: appends are atomic per transaction, a `kill -9` never leaves a half row, and a
transaction is committed at least every `COMMIT_INTERVAL_S` by a writer thread (so at most that
much is lost). The thread also keeps disk I/O off the GUI thread.

Failures never reach the live view: a folder that can't be written or a full disk stops the
recording, and a `RecordingWarning` is reported through `on_warning` (and kept in `warnings`).
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import math
import os
import queue
import re
import socket
import sqlite3
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartbms_gui.messages import Joined, Message, Quantity

SCHEMA_VERSION = 1
FILE_SUFFIX = ".smartbms-recording"
#: A `kill -9` loses at most what arrived since the last commit: the writer commits every
#: COMMIT_INTERVAL_S and looks at its queue every half of that, so the worst case is 1.5 × this
#: (0.375 s; benchmarks/bench_kill_loss.py measures it with a real `smartbms record`).
COMMIT_INTERVAL_S = 0.25
COALESCE_S = 0.1  # the brief allows 1 s of loss; commit twice as often
#: Above this many rows waiting for the disk, new data is dropped (and counted), never queued forever.
MAX_PENDING_ROWS = 200_000

RX = "rx"

#: Recordings this process is writing now (resolved paths): one of them is not "left unclosed".
_WRITING: set[str] = set()


class EventKind(str, enum.Enum):
    """Things worth a marker on the time axis (stored as text in the `kind` column)."""

    CONNECTED = "connected"
    RECONNECT = "reconnect"
    DISCONNECTED = "disconnected"
    SETTINGS_WRITTEN = "settings_written"
    RELAY = "relay"
    WARNING_LIGHT = "warning_light"
    GENERATION = "generation"  # the text is "2" or "3": current scaling changes from here on
    RECORDING_WARNING = "recording_warning"
    NOTE = "note"
    #: the battery's cell log / 168-hour SoC history as read (JSON: device/history_json.py)
    CELL_LOG = "cell_log"
    SOC_HISTORY = "soc_history"
    #: a plot marker at the time of one logged cell event (made from CELL_LOG, never recorded)
    CELL_EVENT = "cell_event"


class RecordingWarning(Exception):
    """A recording problem the user should know about; the live view keeps working."""


class RecordingCorrupt(RecordingWarning):
    """A recording file can't be read at all (not a recording, or its header is damaged)."""


def default_folder() -> Path:
    """The user data folder for recordings (created on first use by the recorder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("SmartBMS Desktop", appauthor=False)) / "recordings"


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return slug[:40] or "device"


def new_recording_path(folder: Path, description: str, now: float | None = None) -> Path:
    stamp = _dt.datetime.fromtimestamp(time.time() if now is None else now).strftime("%Y-%m-%d_%H-%M-%S")
    base = folder / f"{stamp}_{_slug(description)}"
    path = base.with_name(base.name + FILE_SUFFIX)
    n = 2
    while path.exists():
        path = base.with_name(f"{base.name}_{n}{FILE_SUFFIX}")
        n += 1
    return path


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log (
    id INTEGER PRIMARY KEY,
    t REAL NOT NULL,
    kind TEXT NOT NULL,
    data BLOB NOT NULL,
    crc INTEGER NOT NULL
);
"""


def _describe_sqlite_error(exc: Exception, path: Path) -> Message:
    import errno

    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return Message("The disk is full: can't record to {path}. The live view continues; free some "
                           "space and reconnect to record again.", path=path)
        return Message("Can't write the recording {path}: {reason}. The live view continues; choose a folder "
                       "you can write to.", path=path, reason=exc.strerror or str(exc))
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return Message("The disk is full: recording to {path} stopped. The live view continues; free some "
                       "space and reconnect to record again.", path=path)
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return Message("Can't write the recording {path}: {reason}. The live view continues; choose a folder "
                       "you can write to.", path=path, reason=str(exc))
    return Message("Recording to {path} stopped: {reason}. The live view continues.", path=path,
                   reason=str(exc))


class Recorder:
    """Append-only, crash-safe recording of one connection.

    Use either `attach(session)` (hooks `on_bytes` and `on_state` of a `DeviceSession`, keeping
    any callback already set) or call `record_bytes(data, t)` / `record_event(kind, text, t)`
    yourself. Times: pass wall-clock seconds (`time.time()`), or monotonic seconds with
    `monotonic=True` (the transport's receive stamps) — they are converted to wall clock.

    `on_warning(RecordingWarning)` is called from the writer thread; a Qt owner must hand it
    over to its own thread (a queued signal).
    """

    def __init__(
        self,
        path_or_folder: str | os.PathLike[str] | None = None,
        *,
        wire: str = "ascii",
        generation: int = 2,
        description: str = "",
        monotonic: bool = False,
        on_warning: Callable[[RecordingWarning], None] | None = None,
        commit_interval_s: float = COMMIT_INTERVAL_S,
        max_bytes: int | None = None,
        coalesce_s: float | None = None,
        simulated: bool = False,
        serial: str | None = None,
    ) -> None:
        target = Path(path_or_folder) if path_or_folder is not None else default_folder()
        if target.suffix == FILE_SUFFIX or target.suffix in (".sqlite", ".db"):
            self.path = target
        else:
            self.path = new_recording_path(target, description or wire)
        self.on_warning = on_warning
        #: what the recording is of ("Simulator 16 cells", "BLE 123\\SmartBMS 4711"), as in its header
        self.description = description
        #: a recording of the built-in simulator, not of a battery (as in its header)
        self.simulated = simulated
        self.warnings: list[RecordingWarning] = []
        self.dropped_rows = 0
        self._falling_behind = False
        self.rows_written = 0
        self._monotonic = monotonic
        self._wall_minus_mono = time.time() - time.monotonic()
        self._commit_interval = commit_interval_s
        #: Received bytes closer together than this are stored as one row with the first one's time
        #: (a stream message arrives as many 20-byte BLE notifications). ASCII wire only: the serial
        #: frame decoder uses the silences between bytes, so those keep their own times.
        wire_name = str(getattr(wire, "value", wire))
        self.coalesce_s = (COALESCE_S if wire_name == "ascii" else 0.0) if coalesce_s is None else coalesce_s
        #: Optional size cap: the recording stops (with a warning) rather than grow past it.
        self.max_bytes = max_bytes
        self._queue: queue.Queue = queue.Queue()
        self._failed = False
        self._closed = False
        self._flush_done = threading.Condition()
        #: set by a flush or close: the writer otherwise wakes only every half commit interval, so a
        #: received message costs no thread switch (at 255 cells that was most of the recorder's CPU)
        self._wake = threading.Event()
        self._flush_seq = 0
        self._flushed_seq = 0
        self._meta = {
            "schema_version": str(SCHEMA_VERSION),
            "wire": str(getattr(wire, "value", wire)),
            "generation": str(int(generation)),
            "description": description,
            "started_at": repr(time.time()),
            "app": "SmartBMS Desktop",
            # the built-in simulator, not a battery: may be pruned (prune_simulator_recordings)
            "simulated": "1" if simulated else "0",
            # set to the time at close(): empty in a recording whose writer was killed (or lost power)
            "ended_at": "",
            # who writes it (host, process): a reader tells "still being recorded" from "left unclosed"
            "writer": f"{socket.gethostname()} {os.getpid()}",
        }
        if serial:
            # the battery's serial number as the link knew it when connecting (a BLE advert): a report
            # or an export made later from the recording names the battery
            self._meta["serial"] = str(serial)
        #: True once the attached session streamed: a recording of attempts that never got that far
        #: (wrong PIN, battery out of range) holds nothing worth keeping.
        self.went_live = False
        self._key = str(self.path.resolve())
        _WRITING.add(self._key)
        self._thread = threading.Thread(target=self._run, name="smartbms-recorder", daemon=True)
        self._thread.start()

    # ----------------------------------------------------------------- public API (any thread)
    @property
    def active(self) -> bool:
        """True while data is being written (False after a failure or `close()`)."""
        return not self._failed and not self._closed

    def record_bytes(self, data: bytes, t: float | None = None) -> None:
        if data and self.active:
            self._put((self._wall(t), RX, bytes(data)))

    def record_event(self, kind: EventKind | str, text: str = "", t: float | None = None) -> None:
        if self.active:
            self._put((self._wall(t), str(getattr(kind, "value", kind)), text.encode("utf-8")))

    def attach(self, session) -> None:
        """Record everything a `DeviceSession` receives from now on: the bytes, connects and
        reconnects (its state), relay and warning-light changes (its items), a settled generation.
        Listens beside the session's own callbacks (`session.listen`), whenever it is called."""
        changes = StatusChanges()
        self._monotonic = True
        self._reconnecting = False
        seen_connected = False

        def on_item(item, t: float) -> None:
            status1 = getattr(item, "status1", None)
            if isinstance(status1, int):
                for kind, text, _on in changes.update(status1):
                    self.record_event(kind, text, t)

        def on_state(state) -> None:
            nonlocal seen_connected
            phase = getattr(state, "phase", state)
            name = str(getattr(phase, "value", getattr(phase, "name", phase))).lower()
            if getattr(state, "connected", False) or name == "streaming":
                if name == "streaming":
                    self.went_live = True
                if not seen_connected:
                    seen_connected = True
                    kind = EventKind.RECONNECT if self._reconnecting else EventKind.CONNECTED
                    self.record_event(kind, name)
            elif ("reconnect" in name or "lost" in name or "disconnect" in name) and seen_connected:
                self.record_event(EventKind.DISCONNECTED, name)
                seen_connected = False
                self._reconnecting = True

        def on_generation(generation) -> None:
            # The link settled another generation: the current scale changes from here (replay follows).
            self.record_event(EventKind.GENERATION, str(int(generation)))

        session.listen("bytes", self.record_bytes)
        session.listen("state", on_state)
        session.listen("item", on_item)
        session.listen("generation", on_generation)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything recorded so far is committed. False on timeout or failure."""
        if self._closed or self._failed:
            return not self._failed
        with self._flush_done:
            self._flush_seq += 1
            wanted = self._flush_seq
        self._queue.put(("flush", wanted))
        self._wake.set()
        deadline = time.monotonic() + timeout
        with self._flush_done:
            while self._flushed_seq < wanted and not self._failed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._flush_done.wait(left)
        return not self._failed

    def close(self, *, keep: bool = True) -> None:
        """Commit what is queued and close the file. `keep=False` deletes it afterwards (with its
        WAL side files): for a connection that never went live, e.g. `close(keep=r.went_live)`."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._wake.set()
            self._thread.join(timeout=10)
            _WRITING.discard(self._key)
        if not keep:
            remove_recording(self.path)

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----------------------------------------------------------------- internals
    def _wall(self, t: float | None) -> float:
        if t is None:
            return time.time()
        return t + self._wall_minus_mono if self._monotonic else t

    def _put(self, row) -> None:
        if self._queue.qsize() >= MAX_PENDING_ROWS:
            # The disk cannot keep up: say so once per stretch of losses, never lose data silently.
            if not self._falling_behind:
                self._falling_behind = True
                self._warn(Message("The recording {name} cannot keep up with the data (slow disk?); some "
                                   "received bytes are not stored. The live view continues.",
                                   name=self.path.name))
            self.dropped_rows += 1
            return
        self._falling_behind = False
        self._queue.put(row)

    def _warn(self, message: str) -> None:
        warning = RecordingWarning(message)
        self.warnings.append(warning)
        if self.on_warning is not None:
            try:
                self.on_warning(warning)
            except Exception:  # a broken listener must not kill the writer thread
                pass

    def _fail(self, exc: Exception) -> None:
        self._failed = True
        if self.max_bytes and "full" in str(exc).lower():
            size = self.path.stat().st_size if self.path.exists() else self.max_bytes
            self._warn(Message("The recording {name} reached its size limit ({limit}, file {size}) and "
                               "stopped. The live view continues.", name=self.path.name,
                               limit=Quantity(self.max_bytes / 1e6, "MB", 0),
                               size=Quantity(size / 1e6, "MB", 1)))
        else:
            self._warn(_describe_sqlite_error(exc, self.path))
        with self._flush_done:
            self._flush_done.notify_all()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed transaction survives a killed process (not power loss).
        db.execute("PRAGMA synchronous=NORMAL")
        if self.max_bytes:
            page = db.execute("PRAGMA page_size").fetchone()[0]
            db.execute(f"PRAGMA max_page_count={max(int(self.max_bytes // page), 8)}")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", self._meta.items())
        db.execute("COMMIT")
        return db

    def _run(self) -> None:
        try:
            db = self._open()
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
            self._drain()
            return
        pending: list[list[Any]] = []
        last_row_t = 0.0
        last_commit = time.monotonic()
        stop = False
        while not stop:
            flush_requests: list[int] = []
            try:
                if self._queue.empty():  # (a backlog is written on at once)
                    self._wake.wait(self._commit_interval / 2)
                self._wake.clear()
                item = self._queue.get_nowait()
                while True:
                    if item is None:
                        stop = True
                    elif item[0] == "flush":
                        flush_requests.append(item[1])
                    else:
                        t, kind, data = item
                        last = pending[-1] if pending else None
                        if (kind == RX and self.coalesce_s > 0 and last is not None and last[1] == RX
                                and t - last[0] <= self.coalesce_s and len(last[2]) < 8192):
                            last[2] += data  # one row per message, not one per BLE notification
                        else:
                            pending.append([t, kind, bytearray(data) if kind == RX else data])
                    if len(pending) >= 5000:
                        break
                    item = self._queue.get_nowait()
            except queue.Empty:
                pass
            now = time.monotonic()
            if pending and (stop or flush_requests or now - last_commit >= self._commit_interval
                            or len(pending) >= 5000):
                try:
                    db.execute("BEGIN")
                    db.executemany("INSERT INTO log(t, kind, data, crc) VALUES (?, ?, ?, ?)",
                                   [(t, kind, bytes(data), zlib.crc32(data)) for t, kind, data in pending])
                    db.execute("COMMIT")
                    self.rows_written += len(pending)
                    last_row_t = max(last_row_t, *(row[0] for row in pending))
                except (sqlite3.Error, OSError) as exc:
                    try:
                        db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                    self.dropped_rows += len(pending)
                    pending.clear()
                    self._fail(exc)
                    break
                pending.clear()
                last_commit = now
            elif not pending:
                last_commit = now
            if flush_requests:
                with self._flush_done:
                    self._flushed_seq = max(self._flushed_seq, *flush_requests)
                    self._flush_done.notify_all()
        try:
            if not self._failed:
                # closed properly: a reader can tell this recording from one whose writer was killed
                # (and the time of its last row: a copy cut short later says how much of it is missing)
                db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                               [("ended_at", repr(time.time())), ("last_row_at", repr(last_row_t))])
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
        except sqlite3.Error:
            pass
        self._drain()

    def _drain(self) -> None:
        """After a failure: swallow what is queued so memory doesn't grow; answer flushes."""
        while not self._closed:
            item = self._queue.get()
            if item is None:
                break
            if item[0] != "flush":
                self.dropped_rows += 1
        with self._flush_done:
            self._flushed_seq = self._flush_seq
            self._flush_done.notify_all()


# --------------------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class Entry:
    """One row of a recording: received bytes (`kind == "rx"`) or an event."""

    t: float
    kind: str
    data: bytes

    @property
    def is_bytes(self) -> bool:
        return self.kind == RX

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass
class RecordingInfo:
    path: Path
    wire: str
    generation: int
    description: str
    started_at: float
    meta: dict[str, str] = field(default_factory=dict)


def _clock(t: float | None) -> str:
    return _dt.datetime.fromtimestamp(t).strftime("%H:%M:%S") if t is not None else "--:--:--"


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


#: the line for a damaged recording of which no row is left (the command line words it its own way)
NO_ROW_READ = "{name} is damaged: no row of it could be read; lost: {lost}."


@dataclass(frozen=True)
class RecordingLoss:
    """What a damaged (cut, overwritten) recording lost; its good rows are all read."""

    missing_bytes: int  # the end of the file that is gone (0: not cut, damaged inside)
    bad_rows: int  # rows that could not be read or failed their checksum
    rows_kept: int
    last_good: float | None  # time of the last good row
    lost_s: float | None  # how much time after the last good row is gone (None: unknown)
    estimated: bool  # lost_s worked out from the missing bytes, not from the recorded end time

    def message(self, name: str) -> Message:
        parts = []
        if self.lost_s is not None and self.lost_s >= 0.05:
            seconds = Quantity(self.lost_s, "s", 0 if self.lost_s >= 10 else 1)
            if self.estimated:
                parts.append(Message("about the last {seconds}", seconds=seconds))
            else:
                parts.append(Message("the last {seconds}", seconds=seconds))
        if self.missing_bytes:
            parts.append(Message("{size} cut off its end",
                                 size=Quantity(self.missing_bytes / 1000, "kB", 1)))
        if self.bad_rows:
            parts.append(Message("{count} damaged row(s)", count=self.bad_rows))
        if self.last_good is None:
            return Message(NO_ROW_READ, name=name,
                           lost=Joined(parts) if parts else Message("everything"))
        return Message("{name} is damaged: read up to {end} (its last good row), the rest skipped; lost: "
                       "{lost}.", name=name, end=_clock(self.last_good),
                       lost=Joined(parts) if parts else Message("nothing readable"))


def _missing_bytes(path: Path) -> int:
    """How many bytes are missing at the end of a database file cut short (0: whole, or can't tell).

    SQLite's header says how many pages the file has; a copy or a disk that stopped halfway leaves
    fewer (or a part of a page). While a WAL holds pages the header may lag behind: can't tell."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return 0
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00") or _wal_in_use(path):
        return 0
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512:
        return 0
    pages = int.from_bytes(head[28:32], "big")
    whole = head[24:28] == head[92:96] and pages > 0  # the page count is valid (SQLite's own rule)
    expected = pages * page if whole else -(-size // page) * page
    return max(expected - size, 0)


def _wal_in_use(path: Path) -> bool:
    """The recording has a write-ahead log with content: its writer is running or was killed."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def _being_written(path: Path, writer: str) -> bool:
    """True while the recording's writer (this process, or another one on this computer) runs."""
    if str(path.resolve()) in _WRITING:
        return True
    host, _, pid = writer.rpartition(" ")
    if not pid.isdigit() or int(pid) == os.getpid():
        return False  # this process: it would be in _WRITING
    if host != socket.gethostname():
        return False  # written elsewhere and copied here: nobody is writing it now
    return _process_alive(int(pid))


def being_written(path: str | os.PathLike[str]) -> bool:
    """True while a `Recorder` (in this process, or another one on this computer) is writing the
    recording: its header has no end yet and its writer runs. False for a closed recording, one
    left unclosed by a killed writer, and anything that can't be read."""
    path = Path(path)
    if str(path.resolve()) in _WRITING:
        return True
    meta = _header_of(path)
    return meta is not None and meta.get("ended_at") == "" and _being_written(path, meta.get("writer", ""))


def _header_of(path: str | os.PathLike[str]) -> dict[str, str] | None:
    """A recording's header (its meta table), read only; None when it can't be read."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)  # (a name may hold "?")
        try:
            return dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return None


def seal_copy(path: str | os.PathLike[str], *, copied_at: float) -> bool:
    """Mark a copy of a recording taken while it was being written (an export for support) as a
    whole recording that ended at `copied_at` (or at its last row, if later): `meta.ended_at`,
    `meta.last_row_at` and `meta.copied_at`, so its reader does not take it for a recording whose
    writer was killed. The rows are not touched; a copy whose header already has an end is left as
    it is (False). Raises sqlite3.Error."""
    db = sqlite3.connect(str(path))
    try:
        with db:
            ended = db.execute("SELECT value FROM meta WHERE key = 'ended_at'").fetchone()
            if ended is None or ended[0] != "":
                return False
            last = db.execute("SELECT max(t) FROM log").fetchone()[0]
            last_row = float(last) if last is not None else 0.0
            db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           [("ended_at", repr(max(copied_at, last_row))), ("last_row_at", repr(last_row)),
                            ("copied_at", repr(copied_at))])
        return True
    finally:
        db.close()


def _header_start(path: Path, meta: dict[str, str]) -> float:
    text = meta.get("started_at", "0") or "0"
    value = _float(text)
    if value is None:
        raise RecordingCorrupt(Message("{name} has a damaged header: its start time “{value}” is not a time.",
                                       name=path.name, value=text))
    return value


def _header_generation(path: Path, meta: dict[str, str]) -> int:
    text = meta.get("generation", "2") or "2"
    if text.strip() not in ("2", "3"):
        raise RecordingCorrupt(Message("{name} has a damaged header: its generation “{value}” is not 2 or 3.",
                                       name=path.name, value=text))
    return int(text)


def _header_wire(path: Path, meta: dict[str, str]) -> str:
    text = meta.get("wire", "ascii") or "ascii"
    if text not in ("ascii", "frame"):
        raise RecordingCorrupt(Message("{name} has a damaged header: its wire “{value}” is neither ascii nor "
                                       "frame.", name=path.name, value=text))
    return text


class RecordingReader:
    """Reads a recording written by `Recorder`, also one left behind by a killed process.

    Damaged rows (bad CRC, unreadable pages) are skipped; each skip is described in `warnings`.
    """

    BATCH = 4000

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.warnings: list[RecordingWarning] = []
        self._db: sqlite3.Connection  # opened by _connect below, before any use
        if not self.path.is_file():
            raise RecordingCorrupt(Message("No recording at {path}.", path=self.path))
        missing = _missing_bytes(self.path)  # before SQLite opens it (and maybe replays its WAL)
        left_open = _wal_in_use(self.path)
        recovered = False
        try:
            meta = self._connect(recovery=False)
        except sqlite3.DatabaseError as exc:
            # A file cut short (crash while copying, full disk) fails SQLite's size check; in
            # recovery mode the pages that are there can still be read.
            try:
                meta = self._connect(recovery=True)
            except sqlite3.DatabaseError:
                raise RecordingCorrupt(Message("{name} is not a readable SmartBMS recording ({reason}).",
                                               name=self.path.name, reason=str(exc))) from exc
            recovered = True
        if "schema_version" not in meta:
            raise RecordingCorrupt(Message("{name} is not a SmartBMS recording (no header).",
                                           name=self.path.name))
        self.info = RecordingInfo(
            path=self.path,
            wire=_header_wire(self.path, meta),
            generation=_header_generation(self.path, meta),
            description=meta.get("description", ""),
            started_at=_header_start(self.path, meta),
            meta=meta,
        )
        self._bounds: tuple[float, float] | None = None
        self.tail_damaged = False
        #: what a damaged file lost (None: the file is whole); see `_salvage`
        self.loss: RecordingLoss | None = None
        #: True when the recording's writer stopped without closing it (killed, power cut)
        self.unclosed = False
        if recovered or missing:
            self._salvage(missing)
        self._check_wire()
        ended = meta.get("ended_at")
        stopped = ended == "" or (ended is None and left_open)
        if stopped and not _being_written(self.path, meta.get("writer", "")):
            self.unclosed = True
            _first, last = self.time_range()
            self.warnings.append(RecordingWarning(Message(
                "{name} was not closed: its recording stopped abruptly at {end} (the program was "
                "killed or the computer lost power); what arrived just before that may be missing.",
                name=self.path.name, end=_clock(last))))

    def _connect(self, recovery: bool) -> dict[str, str]:
        if getattr(self, "_db", None) is not None:
            self._db.close()
        # Opened read-write when possible so SQLite can replay the WAL of a killed writer.
        if os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK):
            self._db = sqlite3.connect(str(self.path), check_same_thread=False)
        else:
            self._db = sqlite3.connect(f"{self.path.as_uri()}?immutable=1", uri=True, check_same_thread=False)
        if recovery:
            self._db.execute("PRAGMA writable_schema=ON")  # only to get past the size check; never written
            self._db.execute("PRAGMA query_only=ON")
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def _salvage(self, missing: int) -> None:
        """Copy every good row of a damaged file, in order, into a private temporary database and
        read that from now on (so every query sees clean rows), and describe what was lost."""
        src = self._db
        dst = sqlite3.connect("", check_same_thread=False)  # a temporary file, gone when closed
        dst.executescript(_SCHEMA)
        dst.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", self.info.meta.items())
        bad = 0
        kept = 0
        first_t: float | None = None
        last_t: float | None = None
        last_id = 0
        batch: list = []

        def take(row) -> None:
            nonlocal bad, kept, first_t, last_t
            row_id, t, kind, data, crc = row
            if (not isinstance(data, bytes) or not isinstance(t, float) or not math.isfinite(t)
                    or not isinstance(kind, str) or zlib.crc32(data) != crc):
                bad += 1
                return
            batch.append(row)
            kept += 1
            first_t = t if first_t is None else first_t
            last_t = t
            if len(batch) >= self.BATCH:
                dst.executemany("INSERT INTO log(id, t, kind, data, crc) VALUES (?, ?, ?, ?, ?)", batch)
                batch.clear()

        while True:
            try:
                rows = src.execute("SELECT id, t, kind, data, crc FROM log WHERE id > ? ORDER BY id LIMIT ?",
                                   (last_id, self.BATCH)).fetchall()
                failed = False
            except sqlite3.DatabaseError:
                rows, failed = [], True
            trusted = True
            for row in rows:
                if not isinstance(row[0], int) or row[0] <= last_id:
                    trusted = False  # rows of a damaged page, out of order: read on one by one
                    break
                last_id = row[0]
                take(row)
            if not failed and trusted:
                if len(rows) < self.BATCH:
                    break
                continue
            found, next_id, skipped, _end = self._rows_one_by_one(last_id)
            bad += skipped
            if not found:
                break
            for row in found:
                last_id = row[0]
                take(row)
        if batch:
            dst.executemany("INSERT INTO log(id, t, kind, data, crc) VALUES (?, ?, ?, ?, ?)", batch)
        dst.commit()
        src.close()
        self._db = dst
        self.tail_damaged = False
        ended = _float(self.info.meta.get("last_row_at"))
        lost_s: float | None = None
        estimated = False
        bad = max(bad, last_id - kept)  # row ids count up from 1: every id not kept is a row lost
        if last_t is not None and ended is not None and ended >= last_t:
            lost_s = ended - last_t
        elif last_t is not None and first_t is not None and missing and last_t > first_t:
            size = self.path.stat().st_size
            lost_s = missing * (last_t - first_t) / max(size, 1)  # at the rate of what is left
            estimated = True
        self.loss = RecordingLoss(missing_bytes=missing, bad_rows=bad, rows_kept=kept, last_good=last_t,
                                  lost_s=lost_s, estimated=estimated)
        self.warnings.append(RecordingWarning(self.loss.message(self.path.name)))

    def _check_wire(self) -> None:
        """A header that names the wrong wire (frame for ASCII data, or the reverse) is an error:
        nothing would decode, and an empty replay or export would only puzzle."""
        try:
            rows = self._db.execute("SELECT data FROM log WHERE kind = ? ORDER BY id LIMIT 50", (RX,)).fetchall()
        except sqlite3.DatabaseError:
            return
        sample = b"".join(bytes(r[0]) for r in rows if isinstance(r[0], bytes))
        if len(sample) < 64:
            return
        text = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13)) / len(sample)
        if self.info.wire == "frame" and text > 0.97:
            raise RecordingCorrupt(Message(
                "{name} says it holds serial frames, but its data are ASCII text records: its header is "
                "wrong, so it can't be replayed or exported.", name=self.path.name))
        if self.info.wire == "ascii" and text < 0.8:
            raise RecordingCorrupt(Message(
                "{name} says it holds ASCII text records, but its data are binary (serial frames?): its "
                "header is wrong, so it can't be replayed or exported.", name=self.path.name))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RecordingReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def query(self, sql: str, params: tuple = ()) -> list:
        """The rows of one query. Where the file turns out damaged inside (a page SQLite can't read),
        its good rows are first copied to a clean private database (as for a cut file) and the
        query is asked there: every caller sees the same good rows."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError:
            if not self.repair():
                raise
        return self._db.execute(sql, params).fetchall()

    def repair(self) -> bool:
        """Read the good rows only from now on (see `query`). False when that was done already."""
        if self.loss is not None:
            return False
        self._bounds = None
        self._salvage(0)
        return True

    def time_range(self) -> tuple[float, float]:
        """(first, last) time of the recording; (started_at, started_at) when it is empty."""
        if self._bounds is None:
            start = self.info.started_at
            first, last = self.query("SELECT min(t), max(t) FROM log")[0]
            if not all(v is None or (isinstance(v, float) and math.isfinite(v)) for v in (first, last)):
                # a damaged page with something else than a time in it
                if self.repair():
                    return self.time_range()
                first = last = None
            self._bounds = (first if first is not None else start, last if last is not None else start)
        return self._bounds

    def entries(self, since: float | None = None, *, first_id: int | None = None,
                end_id: int | None = None) -> Iterator[Entry]:
        """Every good row in order (from `since` on, or rows [first_id, end_id)). Damaged rows are
        skipped with a warning."""
        self.warnings = [w for w in self.warnings if not getattr(w, "_from_entries", False)]
        self.tail_damaged = False
        last_id = 0
        if since is not None:
            last_id = self._id_before(since)
        if first_id is not None:
            last_id = max(last_id, first_id - 1)
        bad_rows = 0
        first_bad_after: float | None = None
        last_good_t: float | None = None
        one_by_one = False  # set where the pages can't be read in batches (or hand out rows out of order)
        while True:
            rows = None
            if not one_by_one:
                try:
                    rows = self._db.execute(
                        "SELECT id, t, kind, data, crc FROM log WHERE id > ? ORDER BY id LIMIT ?",
                        (last_id, self.BATCH)).fetchall()
                except sqlite3.DatabaseError:
                    pass
            if rows is None:
                rows, _probed, skipped, _stop = self._rows_one_by_one(last_id)
                bad_rows += skipped
                if skipped and first_bad_after is None:
                    first_bad_after = last_good_t
                one_by_one = False  # past the damaged stretch: batches again
            if not rows:
                break
            finished = False
            for row_id, t, kind, data, crc in rows:
                if end_id is not None and row_id >= end_id:
                    finished = True
                    break
                if not isinstance(row_id, int) or row_id <= last_id:
                    # a damaged page hands out rows out of order: go on row by row, never read rows twice
                    bad_rows += 1
                    if first_bad_after is None:
                        first_bad_after = last_good_t
                    one_by_one = True
                    break
                last_id = row_id
                if not isinstance(data, bytes) or zlib.crc32(data) != crc or not isinstance(t, float):
                    bad_rows += 1
                    if first_bad_after is None:
                        first_bad_after = last_good_t
                    continue
                last_good_t = t
                if since is not None and t < since:
                    continue
                yield Entry(t, kind, data)
            if finished:
                break
        if bad_rows or self.tail_damaged:
            where = (_dt.datetime.fromtimestamp((first_bad_after or 0) if bad_rows else (last_good_t or 0))
                     .strftime("%H:%M:%S") if (first_bad_after or last_good_t) else Message("the start"))
            parts = []
            if bad_rows:
                parts.append(Message("{count} damaged row(s) skipped", count=bad_rows))
            if self.tail_damaged:
                parts.append(Message("its unreadable end skipped"))
            warning = RecordingWarning(Message(
                "{name} is damaged after {where}: {what}; everything readable is shown.", name=self.path.name,
                where=where, what=Joined(parts)))
            warning._from_entries = True  # type: ignore[attr-defined]  # (marks it as found while reading)
            self.warnings.append(warning)

    def _id_before(self, t: float) -> int:
        """The id just before the first row at or after `t` (rows are in time order)."""
        try:
            rows = self.query("SELECT min(id) FROM log WHERE t >= ?", (t,))
        except sqlite3.DatabaseError:
            return 0
        row = rows[0] if rows else None
        return max((row[0] or 0) - 1, 0) if row and row[0] is not None else 1 << 62

    def time_of(self, row_id: int) -> float:
        try:
            rows = self.query("SELECT t FROM log WHERE id >= ? ORDER BY id LIMIT 1", (row_id,))
        except sqlite3.DatabaseError:
            rows = []
        return float(rows[0][0]) if rows and isinstance(rows[0][0], float) else self.info.started_at

    def generation_at(self, t: float) -> int:
        """The generation (current scale) in force at time `t`."""
        try:
            rows = self.query("SELECT data FROM log WHERE kind = ? AND t <= ? ORDER BY id DESC LIMIT 1",
                              (EventKind.GENERATION.value, t))
            return int(bytes(rows[0][0]).decode()) if rows else self.info.generation
        except (sqlite3.DatabaseError, ValueError, TypeError):
            return self.info.generation

    def _rows_one_by_one(self, after_id: int) -> tuple[list, int, int, bool]:
        """Read a damaged stretch row by row. Returns (rows, next_id, skipped, reached_end);
        `skipped` counts unreadable rows between good ones; a damaged end sets `tail_damaged`."""
        rows = []
        skipped = 0
        errors_since_good = 0
        row_id = after_id
        misses = 0
        while misses < self.BATCH:
            row_id += 1
            try:
                row = self._db.execute("SELECT id, t, kind, data, crc FROM log WHERE id = ?",
                                       (row_id,)).fetchone()
            except sqlite3.DatabaseError:
                errors_since_good += 1
                misses += 1
                continue
            if row is None:
                misses += 1
                continue
            misses = 0
            skipped += errors_since_good
            errors_since_good = 0
            rows.append(row)
            if len(rows) >= self.BATCH:
                return rows, row_id, skipped, False
        if errors_since_good:
            self.tail_damaged = True
        return rows, row_id, skipped, True

    def bytes_entries(self) -> Iterator[Entry]:
        return (e for e in self.entries() if e.is_bytes)

    def events(self) -> list[Entry]:
        """The event rows only (fast: the bytes are not read)."""
        try:
            rows = self.query("SELECT t, kind, data, crc FROM log WHERE kind != ? ORDER BY id", (RX,))
        except sqlite3.DatabaseError:
            return [e for e in self.entries() if not e.is_bytes]
        return [Entry(t, kind, data) for t, kind, data, crc in rows
                if isinstance(data, bytes) and zlib.crc32(data) == crc and isinstance(t, float)
                and isinstance(kind, str)]


def open_recording(path: str | os.PathLike[str]) -> RecordingReader:
    return RecordingReader(path)


def recording_files(path: str | os.PathLike[str], *, shm: bool = True) -> tuple[Path, ...]:
    """A recording's files on disk: the database, SQLite's `-wal` and (unless `shm=False`) `-shm`."""
    base = Path(path)
    sides = ("-wal", "-shm") if shm else ("-wal",)
    return (base, *(base.with_name(base.name + side) for side in sides))


def remove_recording(path: str | os.PathLike[str]) -> None:
    """Delete a recording and SQLite's side files (`-wal`, `-shm`); missing files are fine."""
    for candidate in recording_files(path):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def is_simulated(path: str | os.PathLike[str]) -> bool:
    """True for a recording of the built-in simulator (its meta says so; recordings made before
    the flag existed are recognised by the description the window gives them)."""
    meta = _header_of(path)
    if meta is None:
        return False  # unreadable: not ours to judge, keep it
    if "simulated" in meta:
        return meta["simulated"] == "1"
    return meta.get("description", "").startswith("Simulator")


def prune_simulator_recordings(folder: str | os.PathLike[str], *, older_than_s: float = 7 * 86400,
                               now: float | None = None) -> list[Path]:
    """Delete recordings of the built-in simulator last written more than `older_than_s` ago.

    The window records every connection, and it starts on the simulator when no battery was
    chosen: without this the folder would fill with demo sessions. Recordings of real batteries
    are never deleted here. Returns the paths removed."""
    cutoff = (time.time() if now is None else now) - older_than_s
    removed = []
    for path in list_recordings(folder):
        try:
            old = path.stat().st_mtime < cutoff
        except OSError:
            continue
        if old and is_simulated(path):
            remove_recording(path)
            removed.append(path)
    return removed


def list_recordings(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Recordings in a folder, newest first."""
    base = Path(folder) if folder is not None else default_folder()
    if not base.is_dir():
        return []
    return sorted(base.glob(f"*{FILE_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)


def event_json(**values) -> str:
    """Event text as compact JSON (used for settings-written events: names and new values)."""
    return json.dumps(values, separators=(",", ":"), sort_keys=True)


class StatusChanges:
    """Relay and warning-light changes in a stream of status1 bytes (C records, frames).

    `update(status1)` returns the changes as (EventKind, text, on); the first byte seen only
    sets the starting point. The same class marks the plots and writes recorded events, so a
    replay shows the same markers as the live view did.
    """

    def __init__(self) -> None:
        self.last: int | None = None

    def update(self, status1: int) -> list[tuple[EventKind, str, bool]]:
        from ..protocol.status import relays, warning_lights

        previous, self.last = self.last, status1
        if previous is None or previous == status1:
            return []
        out: list[tuple[EventKind, str, bool]] = []
        old_relays, new_relays = relays(previous), relays(status1)
        for name, was, now in zip(("Charge", "Load"), old_relays, new_relays):
            if was != now:
                out.append((EventKind.RELAY, f"{name} {'allowed' if now else 'switched off'}", now))
        old_lights, new_lights = warning_lights(previous), warning_lights(status1)
        for light, now in new_lights.items():
            if old_lights[light] != now:
                out.append((EventKind.WARNING_LIGHT, f"Warning {light.label} {'on' if now else 'off'}", now))
        return out
