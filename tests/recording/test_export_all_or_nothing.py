"""An export that cannot finish (a real file-size limit of the operating system, which fails like a
full disk) leaves the earlier export of that name as it was, no half file, and a clear message."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from recording_sim import ascii_run

from smartbms_gui.device.recording import Recorder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE (POSIX)")


def _run_with_file_limit(body: str, limit: int) -> subprocess.CompletedProcess:
    code = "import resource, signal\n" \
           "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails (EFBIG)\n" \
           f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n" + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_csv_export_on_a_full_disk_keeps_the_earlier_export(tmp_path):
    with Recorder(tmp_path / "r.smartbms-recording", coalesce_s=0.0) as recorder:
        for t, data in ascii_run(300, cells=32):  # a CSV of ~150 kB
            recorder.record_bytes(data, t)
    out = tmp_path / "r.csv"
    out.write_text("an earlier export, edited by hand\n")
    done = _run_with_file_limit(f"""
        from smartbms_gui.device.export import ExportError, export_csv
        try:
            export_csv({str(recorder.path)!r}, {str(out)!r})
        except ExportError as exc:
            print(exc)
            raise SystemExit(3)
    """, limit=65536)  # room to read the recording (its WAL index is 32 kB), not to write the CSV
    assert done.returncode == 3, done.stdout + done.stderr
    assert "disk is full" in done.stdout and "unchanged" in done.stdout
    assert out.read_text() == "an earlier export, edited by hand\n"
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv" or p.name.endswith(".part"))
    assert leftovers == ["r.csv"]


def test_settings_save_on_a_full_disk_keeps_the_earlier_backup(tmp_path):
    backup = tmp_path / "site.json"
    backup.write_text('{"an": "earlier backup"}')
    done = _run_with_file_limit(f"""
        import os, sys
        os.environ["SMARTBMS_PIN"] = "1234"
        from smartbms_gui.cli import main
        sys.exit(main(["settings", "save", {str(backup)!r}, "--force", "--simulator"]))
    """, limit=256)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "disk is full" in done.stderr and done.stderr.count("\n") == 1
    assert backup.read_text() == '{"an": "earlier backup"}'
    assert [p.name for p in tmp_path.iterdir()] == ["site.json"]
