"""The dataclass code cache (smartbms_gui/code_cache.py): the classes made through it are the classes
Python makes, a start after the first compiles none of them again, and a file that cannot be used
costs the compilations, nothing else."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import time
from importlib.util import MAGIC_NUMBER

import pytest

from smartbms_gui import code_cache
from smartbms_gui.app import STARTUP_PROBE_ENV

# Made in a fresh interpreter with or without the cache: what each class does, as JSON.
CLASSES = textwrap.dedent("""
    import dataclasses, json, sys
    from smartbms_gui import code_cache
    cache = code_cache.install(sys.argv[1]) if sys.argv[1] != "-" else None

    @dataclasses.dataclass(frozen=True)
    class Reading:
        cell: int
        volts: float = 3.3
        note: str = dataclasses.field(default="", repr=False, compare=False)
        tags: tuple = ()

    @dataclasses.dataclass
    class Settings:
        values: dict = dataclasses.field(default_factory=dict)
        name: str = "pack"

    @dataclasses.dataclass(frozen=True, order=True)
    class Version:
        major: int
        minor: int = 0

    a, b = Reading(1, 3.2, "x"), Reading(1, 3.2, "y")
    try:
        a.cell = 2
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    s = Settings()
    s.values["vmax"] = 3.65
    out = {
        "repr": [repr(a), repr(s), repr(Version(1, 2))],
        "equal_ignoring_note": a == b, "hash_equal": hash(a) == hash(b), "frozen": frozen,
        "replace": repr(dataclasses.replace(a, volts=3.4)), "asdict": dataclasses.asdict(s),
        "settings_hashable": Settings.__hash__ is not None, "order": Version(1, 2) < Version(2, 0),
        "fields": [f.name for f in dataclasses.fields(Reading)],
        "compiled": cache.compiled if cache else None, "loaded": cache.loaded if cache else None,
    }
    if cache is not None:
        cache.save()
    print(json.dumps(out))
""")


def make_classes(tmp_path, cache_file) -> dict:
    result = subprocess.run([sys.executable, "-c", CLASSES, str(cache_file)], capture_output=True, text=True,
                            timeout=60, check=False, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.splitlines()[-1])


def behaviour(out: dict) -> dict:
    return {k: v for k, v in out.items() if k not in ("compiled", "loaded")}


def test_classes_made_through_the_cache_are_the_classes_python_makes(tmp_path):
    plain = make_classes(tmp_path, "-")
    cache_file = tmp_path / "cache" / code_cache.FILE_NAME
    first = make_classes(tmp_path, cache_file)  # compiles and writes
    assert first["compiled"] > 10 and first["loaded"] == 0 and cache_file.exists()
    second = make_classes(tmp_path, cache_file)  # reads: compiles nothing
    assert second["compiled"] == 0 and second["loaded"] == first["compiled"]
    assert behaviour(plain) == behaviour(first) == behaviour(second)
    assert plain["repr"][0] == "Reading(cell=1, volts=3.2, tags=())" and plain["equal_ignoring_note"]


@pytest.mark.parametrize("content, problem", [
    (b"", "written by another Python"),
    (b"\x00\x01\x02\x03not marshal", "written by another Python"),
    (MAGIC_NUMBER + b"\xff\xfe garbage", "damaged"),
    (MAGIC_NUMBER, "damaged"),  # cut short after the header
    (MAGIC_NUMBER + __import__("marshal").dumps({"def f(): pass": "not code"}), "damaged"),
    (MAGIC_NUMBER + __import__("marshal").dumps(["a", "list"]), "damaged"),
])
def test_a_file_that_cannot_be_used_is_ignored_and_written_again(tmp_path, content, problem):
    cache_file = tmp_path / code_cache.FILE_NAME
    cache_file.write_bytes(content)
    cache = code_cache.CodeCache(cache_file)
    cache.load()
    assert cache.problem is not None and cache.problem.startswith(problem) and cache.codes == {}
    out = make_classes(tmp_path, cache_file)  # the classes work; the file is replaced by a good one
    assert out["repr"][0] == "Reading(cell=1, volts=3.2, tags=())" and out["compiled"] > 10
    again = code_cache.CodeCache(cache_file)
    again.load()
    assert again.problem is None and again.loaded == out["compiled"]


def test_install_in_this_process_is_undone_by_uninstall(tmp_path):
    cache = code_cache.install(tmp_path / code_cache.FILE_NAME)
    try:
        assert code_cache.installed_cache() is cache and code_cache.install(tmp_path / "other") is cache

        @dataclasses.dataclass(frozen=True)
        class Pair:
            left: int
            right: int = 2

        assert cache.compiled >= 5 and Pair(1) == Pair(1, 2) and repr(Pair(3)).endswith("Pair(left=3, right=2)")
    finally:
        code_cache.uninstall()
    assert code_cache.installed_cache() is None and "exec" not in vars(dataclasses)


def test_a_cache_folder_that_cannot_be_written_raises_and_leaves_no_part_file(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    cache = code_cache.CodeCache(blocked / code_cache.FILE_NAME)
    cache.code_for("x = 1")
    with pytest.raises(OSError):
        cache.save()
    assert list(tmp_path.iterdir()) == [blocked]


def test_the_window_writes_the_cache_once_and_the_next_start_compiles_nothing(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_STATE_HOME=str(tmp_path / "s"), XDG_DATA_HOME=str(tmp_path / "d"),
               XDG_CACHE_HOME=str(tmp_path / "k"), **{STARTUP_PROBE_ENV: "1"})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = [sys.executable, "-m", "smartbms_gui.app", "--simulator"]
    first = subprocess.run(start, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr[-2000:]
    written = list((tmp_path / "k").rglob(code_cache.FILE_NAME))
    assert len(written) == 1
    cache = code_cache.CodeCache(written[0])
    cache.load()
    assert cache.problem is None and cache.loaded > 100  # the start's dataclasses
    stamp = written[0].stat().st_mtime_ns
    time.sleep(0.01)  # a rewrite would show in the time stamp
    second = subprocess.run(start, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert second.returncode == 0, second.stderr[-2000:]
    assert written[0].stat().st_mtime_ns == stamp  # everything came from the file: nothing to write

    # under python -B nothing is written, as no .pyc file is
    written[0].unlink()
    third = subprocess.run([sys.executable, "-B", *start[1:]], env=env, capture_output=True, text=True,
                           timeout=120, check=False)
    assert third.returncode == 0, third.stderr[-2000:]
    assert not written[0].exists()


def test_past_its_limit_a_save_keeps_only_what_the_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(code_cache, "MAX_ENTRIES", 3)
    path = tmp_path / code_cache.FILE_NAME
    old = code_cache.CodeCache(path)
    for n in range(4):  # texts of classes an earlier version of the app had
        old.code_for(f"x = {n}")
    old.save()
    cache = code_cache.CodeCache(path)
    cache.load()
    assert cache.loaded == 4
    cache.code_for("x = 1")  # still used
    cache.code_for("y = 2")  # new in this version
    assert cache.save()
    again = code_cache.CodeCache(path)
    again.load()
    assert sorted(again.codes) == ["x = 1", "y = 2"]
