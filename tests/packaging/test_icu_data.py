"""The Linux bundle's trimmed ICU data library (packaging/icu_data.py): the common data format is read
and written byte for byte, the trim keeps the root locale and the app's languages, and Qt loaded
with the trimmed library still collates, changes case and names time zones in German."""

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import icu_data
import pytest
from packaging_paths import PACKAGING


def _package(names_and_bytes):
    """A small common data package as ICU's pkgdata writes one (header: size, magic, UDataInfo)."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\x01\0\0\0", b"\x03\0\0\0")
    header = struct.pack("<H2s", 32, b"\xda\x27") + info
    header += b"\0" * (32 - len(header))
    return icu_data.CommonData(header=header, items=tuple(names_and_bytes))


def test_a_package_written_is_read_back_item_for_item():
    items = [("icudt73l/coll/de.res", b"\x01" * 16), ("icudt73l/cnvalias.icu", b"\x02" * 32),
             ("icudt73l/zone/root.res", b"\x03" * 48)]
    blob = icu_data.serialize(_package(items))
    assert icu_data.parse(blob).items == tuple(items)
    # every item starts 16-byte aligned (ICU reads them in place)
    count = struct.unpack_from("<I", blob, 32)[0]
    offsets = [struct.unpack_from("<II", blob, 36 + 8 * index)[1] for index in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)


def test_an_item_of_odd_length_is_padded_to_the_next_item():
    blob = icu_data.serialize(_package([("icudt73l/a.icu", b"abc"), ("icudt73l/b.icu", b"de")]))
    items = dict(icu_data.parse(blob).items)
    assert items["icudt73l/a.icu"] == b"abc" + b"\0" * 13
    assert items["icudt73l/b.icu"].startswith(b"de")


@pytest.mark.parametrize("damage", ["short", "magic", "format", "toc", "name"])
def test_bytes_that_are_not_a_package_are_refused_with_a_reason(damage):
    blob = bytearray(icu_data.serialize(_package([("icudt73l/a.icu", b"x" * 16)])))
    if damage == "short":
        blob = blob[:20]
    elif damage == "magic":
        blob[2] = 0
    elif damage == "format":
        blob[12:16] = b"ToCP"
    elif damage == "toc":
        blob[32:36] = struct.pack("<I", 10_000)
    elif damage == "name":
        blob = blob[:44] + b"icudt73l/a.icu"  # the name runs to the end, no terminator
    with pytest.raises(icu_data.IcuDataError):
        icu_data.parse(bytes(blob))


@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/root.res", True),
    ("icudt73l/de.res", True),
    ("icudt73l/de_AT.res", True),
    ("icudt73l/nl_BE.res", True),
    ("icudt73l/en_GB.res", True),
    ("icudt73l/coll/de.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/zone/de.res", True),
    ("icudt73l/zone/pool.res", True),  # shared by every locale of the folder
    ("icudt73l/res_index.res", True),
    ("icudt73l/supplementalData.res", True),  # not a locale: shared data
    ("icudt73l/likelySubtags.res", True),
    ("icudt73l/unames.icu", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/brkitr/word.brk", True),
    ("icudt73l/fr.res", False),
    ("icudt73l/zh_Hant_HK.res", False),
    ("icudt73l/coll/zh.res", False),
    ("icudt73l/zone/haw.res", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/ibm-1390_P110-2003.cnv", False),
    ("icudt73l/translit/root.res", False),
])
def test_what_the_trim_keeps(name, kept):
    assert icu_data.keep_item(name) is kept


def test_the_library_name_gives_the_symbol():
    assert icu_data.symbol_name(Path("libicudata.so.73")) == "icudt73_dat"
    assert icu_data.symbol_name(Path("libicudata.so.74.2")) == "icudt74_dat"
    with pytest.raises(icu_data.IcuDataError):
        icu_data.symbol_name(Path("libicuuc.so.73"))


def _qt_icu_data():
    if not sys.platform.startswith("linux"):
        pytest.skip("PySide6 carries ICU only on Linux")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    for tool in ("nm", "readelf"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (binutils) is not installed")
    return found[0]


def test_pyside6s_icu_data_is_read_and_written_back_byte_for_byte():
    library = _qt_icu_data()
    symbol, data = icu_data.read_library(library)
    offset, size = icu_data.symbol_extent(library, symbol)
    with open(library, "rb") as stream:
        stream.seek(offset)
        original = stream.read(size)
    assert len(data.items) > 1000
    assert icu_data.serialize(data) == original


# Run in a fresh interpreter with the trimmed library loaded first (the dynamic linker then takes it
# for QtCore's libicudata.so.NN); prints the library in use and what the self-check finds.
CHILD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCollator, QLocale
import smartbms_launcher
maps = open("/proc/self/maps").read()
print("loaded:", sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line}))
print("problems:", smartbms_launcher._locale_problems())
words = ["Zebra", "Äpfel", "apfel", "Birne", "öl", "Ostern"]
print("fr:", sorted(words, key=QCollator(QLocale("fr_FR")).sortKey))
"""


def _run_on_trimmed(tmp_path, keep=icu_data.keep_item):
    """Trim PySide6's ICU data with `keep`, then run CHILD with it loaded: (PySide6's library, the
    trimmed one, items before, items after, the child's output)."""
    library = _qt_icu_data()
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler to link the trimmed library")
    target, before, after = icu_data.trim_library(library, tmp_path, keep=keep)
    env = dict(os.environ, LD_PRELOAD=str(target), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, str(PACKAGING)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return library, target, before, after, result.stdout


def test_qt_with_the_trimmed_library_collates_and_names_time_zones_in_german(tmp_path):
    library, target, before, after, output = _run_on_trimmed(tmp_path)
    assert target.name == library.name
    assert after < before
    assert target.stat().st_size < library.stat().st_size / 4, "the trim should drop most of ICU's data"
    lines = dict(line.split(": ", 1) for line in output.splitlines())
    assert lines["loaded"] == repr([str(target)])
    assert lines["problems"] == "[]"
    # a language without data falls back to the root collation: still a sensible order
    assert lines["fr"] == repr(["apfel", "Äpfel", "Birne", "öl", "Ostern", "Zebra"])


def test_a_trim_that_drops_german_is_caught_by_the_self_check(tmp_path):
    *_, output = _run_on_trimmed(tmp_path, keep=lambda name: icu_data.keep_item(name, {"root", "en"}))
    assert "German name of Europe/Amsterdam" in output
