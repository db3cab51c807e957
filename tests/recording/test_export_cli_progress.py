"""`smartbms export` shows how far it is on a terminal's stderr, and nothing extra for a script:
stdout and the JSON contract are the same either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from recording_sim import ascii_run

from smartbms_gui.device.recording import Recorder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal (POSIX)")


def _smartbms(*args: str, stderr) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "smartbms_gui.cli", *args], stdout=subprocess.PIPE,
                          stderr=stderr, timeout=120, env=env)


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec") / "r.smartbms-recording"
    with Recorder(path, coalesce_s=0.0) as recorder:
        for t, data in ascii_run(900, cells=128, step=1.0):  # an export of a second or two
            recorder.record_bytes(data, t)
    return path


def test_progress_on_a_terminal_then_wiped(recording, tmp_path):
    main, terminal = os.openpty()
    try:
        done = _smartbms("export", str(recording), "-o", str(tmp_path / "out.csv"), "--json", stderr=terminal)
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(main)
    assert done.returncode == 0, seen
    text = seen.decode()
    shares = [int(part.split(": ")[-1].split(" %")[0]) for part in text.split("\r") if " %" in part]
    assert shares and shares[-1] == 100 and shares == sorted(shares), text
    assert text.endswith("\r") and text.split("\r")[-2].strip() == ""  # the line is wiped at the end
    result = json.loads(done.stdout)
    assert set(result) == {"path", "rows", "cells", "columns"} and result["cells"] == 128


def test_nothing_extra_for_a_script(recording, tmp_path):
    done = _smartbms("export", str(recording), "-o", str(tmp_path / "out.csv"), stderr=subprocess.PIPE)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode().startswith("Wrote ")
