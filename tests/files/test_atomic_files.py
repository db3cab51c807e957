"""Files are written all or nothing: a write that fails (here: a real file-size limit of the
operating system, which fails like a full disk) leaves the earlier version and no debris."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from smartbms_gui import files


def test_the_new_content_replaces_the_old_with_normal_permissions(tmp_path):
    target = tmp_path / "backup.json"
    target.write_text("old")
    files.write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == files._MODE
        files.write_text(target, "secret", private=True)
        assert target.stat().st_mode & 0o777 == 0o600


def test_bytes_replace_the_old_content_as_text_does(tmp_path):
    target = tmp_path / "cache.bin"
    target.write_bytes(b"old")
    files.write_bytes(target, b"\x00new\r\n", private=True)
    assert target.read_bytes() == b"\x00new\r\n"  # as given: no encoding, no newline translation
    assert [p.name for p in tmp_path.iterdir()] == ["cache.bin"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_an_exception_while_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("earlier export")
    with pytest.raises(RuntimeError), files.replacing(target) as handle:
        handle.write("half a file")
        raise RuntimeError("the export was cancelled")
    assert target.read_text() == "earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path):
    target = tmp_path / "backup.json"
    target.write_text("earlier backup")
    code = textwrap.dedent(f"""
        import resource, signal, sys
        from smartbms_gui import files
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG, as a full disk fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            files.write_text({str(target)!r}, "x" * 100_000)
        except OSError as exc:
            print(files.describe_write_error(exc, {str(target)!r}))
            sys.exit(3)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "disk is full" in done.stdout and "unchanged" in done.stdout
    assert target.read_text() == "earlier backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_a_missing_folder_is_a_clear_message(tmp_path):
    target = tmp_path / "no-such-folder" / "backup.json"
    with pytest.raises(OSError) as caught:
        files.write_text(target, "x")
    assert "does not exist" in files.describe_write_error(caught.value, target)
