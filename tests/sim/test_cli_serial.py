"""`smartbms-sim --serial`: a real process, a real pseudo-terminal, a real serial client."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

serial = pytest.importorskip("serial")

from smartbms_gui.protocol.frame import FrameDecoder
from smartbms_gui.sim import cli

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


def default_sigint() -> None:
    """In the child: Ctrl-C acts as in a terminal. A test run started in the background (`pytest &`,
    CI wrappers) hands its children SIGINT ignored, and the simulator would then never stop."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_serial_cli_prints_a_path_a_serial_client_reads_frames_from():
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartbms_gui.sim.cli", "--serial", "--cells", "8", "--seed", "3", "--speed", "10"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    try:
        path = proc.stdout.readline().strip()
        assert path.startswith("/dev/"), path
        decoder = FrameDecoder()
        frames = []
        with serial.Serial(path, 9600, timeout=0.2) as port:
            deadline = time.monotonic() + 20.0  # a condition waited for; the limit only ends a failing run
            while time.monotonic() < deadline and len(frames) < 4:
                data = port.read(256)
                if data:
                    frames += decoder.feed(data, time.monotonic())
        assert len(frames) >= 4
        assert {f.cell_count for f in frames} == {8}
        cells = [f.cell for f in frames]
        assert len(set(cells)) == len(cells)  # one new cell per frame
        assert all(20.0 < f.pack_voltage_v < 35.0 for f in frames)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0
    assert "Traceback" not in err


def test_cli_rejects_bad_arguments_with_a_message(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--serial", "--cells", "300"])
    assert "2 to 255 cells" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--serial", "--fault", "no_such_fault"])
    assert "unknown fault" in capsys.readouterr().err


def test_cli_lists_faults(capsys):
    assert cli.main(["--list-faults"]) == 0
    out = capsys.readouterr().out
    assert "cell_over_voltage" in out and "device_reboot" in out


def test_serial_cli_count_serves_one_pseudo_terminal_per_pack():
    """`--count 3`: three paths, one per line; each pty carries its own pack (states of charge differ)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartbms_gui.sim.cli", "--serial", "--count", "3", "--cells", "8",
         "--seed", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    try:
        paths = [proc.stdout.readline().strip() for _ in range(3)]
        assert all(p.startswith("/dev/") for p in paths) and len(set(paths)) == 3, paths
        socs = []
        for path in paths:
            decoder = FrameDecoder()
            frames = []
            with serial.Serial(path, 9600, timeout=0.2) as port:
                deadline = time.monotonic() + 20.0  # the limit only ends a failing run
                while time.monotonic() < deadline and not frames:
                    data = port.read(256)
                    if data:
                        frames += decoder.feed(data, time.monotonic())
            assert frames and frames[0].cell_count == 8
            socs.append(frames[0].soc_pct)
        assert len(set(socs)) == 3, socs
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0
    assert "Traceback" not in err and "a site of 3 8-cell" in err


def test_cli_rejects_a_bad_count(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--ble", "--count", "0"])
    assert "count must be 1 to 16" in capsys.readouterr().err
