"""Prevent auto-lock holds a real inhibit process and releases it; without one it says why."""

import os
import shutil
import stat
import subprocess
import sys
import time

import pytest

from smartbms_gui.views import awake
from smartbms_gui.views.awake import AwakeInhibitor


def _fake_tool(folder, name):
    # A stand-in for systemd-inhibit / caffeinate that records its arguments and then waits, like them.
    script = folder / name
    sleep = shutil.which("sleep")
    script.write_text(f"#!/bin/sh\necho \"$@\" > '{folder}/args'\nexec {sleep} 30\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


class _PatientPopen(subprocess.Popen):
    def wait(self, timeout=None):
        return super().wait(None if timeout is None else max(timeout, 15.0))


def _written_line(path, timeout_s=15.0):
    """The line the stand-in wrote, once whole: waited for (a process start on a busy machine can take
    seconds); the shell creates the file before it writes, so an empty file is not the answer yet."""
    deadline = time.monotonic() + timeout_s
    while True:
        text = path.read_text() if path.exists() else ""
        if text.endswith("\n"):
            return text
        assert time.monotonic() < deadline, f"the stand-in wrote no arguments within {timeout_s:g} s"
        time.sleep(0.02)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script stand-in")
@pytest.mark.parametrize("platform,tool", [("linux", "systemd-inhibit"), ("darwin", "caffeinate")])
def test_inhibit_process_is_held_while_connected_and_ended_on_release(tmp_path, monkeypatch, qapp, platform, tool):
    _fake_tool(tmp_path, tool)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    inhibitor = AwakeInhibitor(platform=platform)
    monkeypatch.setattr(inhibitor, "_acquire_dbus", lambda: False)  # no session bus in CI
    assert inhibitor.acquire()
    assert inhibitor.active and inhibitor.method == tool
    process = inhibitor._process
    assert process.poll() is None
    args = _written_line(tmp_path / "args")
    if tool == "caffeinate":
        assert f"-w {os.getpid()}" in args
    else:
        assert "--what=idle:sleep" in args and "--mode=block" in args
    assert inhibitor.acquire()  # twice is a no-op
    assert inhibitor._process is process
    inhibitor.release()
    assert process.poll() is not None
    assert not inhibitor.active
    inhibitor.release()  # safe twice


def test_without_any_inhibit_tool_the_note_says_so(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PATH", str(tmp_path))
    inhibitor = AwakeInhibitor(platform="linux")
    monkeypatch.setattr(inhibitor, "_acquire_dbus", lambda: False)
    assert not inhibitor.acquire()
    assert not inhibitor.active
    assert "systemd-inhibit" in inhibitor.note


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script stand-in")
def test_a_tool_that_dies_at_once_is_not_taken_for_a_lock(tmp_path, monkeypatch, qapp):
    script = tmp_path / "systemd-inhibit"
    script.write_text("#!/bin/sh\necho 'Failed to inhibit: Access denied' >&2\nexit 1\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    inhibitor = AwakeInhibitor(platform="linux")
    monkeypatch.setattr(inhibitor, "_acquire_dbus", lambda: False)
    # The inhibitor gives its child 0.2 s to fail; a shell start on a busy machine can take longer
    # than that, and then this stand-in would be taken for a lock. The handling of a child that
    # died is what is tested here, so the child gets all the time it needs to die (wait returns
    # as soon as it has).
    monkeypatch.setattr(awake.subprocess, "Popen", _PatientPopen)
    assert not inhibitor.acquire()
    assert "Access denied" in inhibitor.note


def test_windows_uses_set_thread_execution_state(monkeypatch, qapp):
    calls = []
    inhibitor = AwakeInhibitor(platform="win32")
    monkeypatch.setattr(AwakeInhibitor, "_set_execution_state", staticmethod(lambda f: calls.append(f) or True))
    assert inhibitor.acquire()
    inhibitor.release()
    assert calls == [0x80000003, 0x80000000]
