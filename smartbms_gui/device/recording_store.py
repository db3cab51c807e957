"""The recordings folder as a person sees it: which recordings there are, how big and how old, and the
size/age limit that keeps it from filling the disk.

The window records every connection that went live (`device/recording.py`). `tidy()` deletes the
oldest recordings once the folder holds more than the user's size limit or when they are older than
the age limit (both set in Preferences; 0 = no limit). The recording being written is never touched.
No Qt: the Recordings window and the bridge use it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smartbms_gui.device.recording import list_recordings, recording_files, remove_recording

log = logging.getLogger(__name__)

MB = 1_000_000
DAY_S = 86_400.0


@dataclass(frozen=True)
class Limits:
    """How much the recordings folder may hold. None (or 0 in the preferences): no limit."""

    max_bytes: int | None = None
    max_age_s: float | None = None

    @classmethod
    def from_preferences(cls, max_mb: int, max_days: int) -> Limits:
        return cls(max_bytes=int(max_mb) * MB if max_mb and max_mb > 0 else None,
                   max_age_s=float(max_days) * DAY_S if max_days and max_days > 0 else None)


@dataclass(frozen=True)
class RecordingFile:
    """One recording in the folder."""

    path: Path
    size_bytes: int  # the file and SQLite's side files (-wal, -shm)
    started_at: float  # wall-clock seconds (the recording's header; else the file's time)
    modified_at: float  # last written
    description: str  # "BLE 123\SmartBMS 4711", "Simulator 16 cells", a serial port
    simulated: bool


def recording_size(path: str | os.PathLike[str]) -> int:
    """Bytes on disk of a recording with its -wal and -shm side files (0 when gone)."""
    total = 0
    for candidate in recording_files(path):
        try:
            total += candidate.stat().st_size
        except OSError:
            pass
    return total


def last_written(path: str | os.PathLike[str]) -> float:
    """When a recording was last written (0.0 when gone). While it is being written, its rows go to
    SQLite's -wal file first, so that file's time counts too (not the -shm's: reading changes it)."""
    times = [0.0]
    for candidate in recording_files(path, shm=False):
        try:
            times.append(candidate.stat().st_mtime)
        except OSError:
            pass
    return max(times)


def describe(path: str | os.PathLike[str]) -> RecordingFile:
    """The facts of one recording; an unreadable header falls back to the file's own times."""
    path = Path(path)
    modified = last_written(path)
    size = recording_size(path)
    meta: dict[str, str] = {}
    try:
        # immutable: no locks and no -shm file left behind by this look (the header is written once,
        # at the start; a recording still in its first half second may not show it yet)
        db = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True, timeout=0.5)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    except sqlite3.Error as exc:
        log.debug("recording header of %s unreadable: %s", path, exc)
    try:
        started = float(meta.get("started_at") or modified)
    except ValueError:
        started = modified
    description = meta.get("description", "")
    flag = meta.get("simulated")
    simulated = flag == "1" or (not flag and description.startswith("Simulator"))
    return RecordingFile(path, size, started, modified, description, simulated)


def scan(folder: str | os.PathLike[str] | None = None) -> list[RecordingFile]:
    """Every recording in the folder, newest first."""
    found = []
    for path in list_recordings(folder):
        found.append(describe(path))
    return sorted(found, key=lambda r: r.modified_at, reverse=True)


def total_size(recordings: Iterable[RecordingFile]) -> int:
    return sum(r.size_bytes for r in recordings)


def tidy(folder: str | os.PathLike[str] | None, limits: Limits, *,
         keep: Iterable[str | os.PathLike[str]] = (), now: float | None = None) -> list[Path]:
    """Delete recordings past the age limit, then the oldest until the folder fits the size limit.

    `keep` (the recording being written) is never deleted, nor counted against the others' room
    beyond its own size. Returns the paths deleted, oldest first."""
    if limits.max_bytes is None and limits.max_age_s is None:
        return []
    now = time.time() if now is None else now
    kept = {Path(p).resolve() for p in keep}
    recordings = sorted(scan(folder), key=lambda r: r.modified_at)  # oldest first
    removed: list[Path] = []

    def delete(recording: RecordingFile) -> None:
        remove_recording(recording.path)
        removed.append(recording.path)
        log.info("recording %s deleted by the recordings limit", recording.path.name)

    remaining = []
    for recording in recordings:
        protected = recording.path.resolve() in kept
        if not protected and limits.max_age_s is not None and now - recording.modified_at > limits.max_age_s:
            delete(recording)
        else:
            remaining.append(recording)
    if limits.max_bytes is not None:
        total = total_size(remaining)
        for recording in remaining:
            if total <= limits.max_bytes:
                break
            if recording.path.resolve() in kept:
                continue
            delete(recording)
            total -= recording.size_bytes
    return removed
