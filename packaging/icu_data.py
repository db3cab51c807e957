"""Linux bundles: a smaller ICU data library for Qt (issue 16: the one-folder bundle's size).

PySide6's Linux wheels link QtCore to ICU, whose data library (libicudata.so.NN) is ~31 MB: every
locale's collation, names, units and currencies, 200 legacy text converters, the word-break
dictionaries of Chinese, Japanese, Thai, Khmer, Lao and Burmese, and transliteration. Qt uses ICU for
collation (QCollator, QString.localeAwareCompare), locale-aware upper/lower case and time-zone names;
the app is offered in English, Dutch and German.

This module keeps from that library what those need for the root locale and for en, nl and de
(ICU falls back to the root locale for any other language, as it does for a language it has no data
for), drops the rest, and links a new library with the same name and the same single symbol. The
library's data is ICU's "common data" package (a .dat file, format "CmnD" 1): a header, a table of
contents sorted by item name, the names, then each item 16-byte aligned. The format is read and
written here; nothing of ICU's own tools is needed, only a C compiler to link the result.

Pure Python but for `build_library` (runs `cc`) and `symbol_extent` (runs `nm`); used by
packaging/smartbms.spec, tested in tests/packaging/test_icu_data.py.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

# The languages whose locale data a bundle keeps ("root" is ICU's fallback for every locale).
KEEP_LANGUAGES = frozenset({"root", "en", "nl", "de"})

# Item folders dropped whole: Qt never transliterates.
DROPPED_FOLDERS = frozenset({"translit"})

_MAGIC = b"\xda\x27"
_COMMON_DATA_FORMAT = b"CmnD"
_ALIGN = 16
_NAMES_PADDING = b"\xaa"  # what ICU's pkgdata fills the gap after the names with
# A locale's item name: a 2-3 letter language with optional script/region/variant parts
# ("de", "de_AT", "zh_Hant_HK", "root"); everything else ("supplementalData", "pool", "ucadata")
# is shared data.
_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]+)*)$")
_SHARED_RESOURCES = frozenset({"pool", "res_index"})


class IcuDataError(ValueError):
    """The bytes are not an ICU common data package this module understands."""


@dataclass(frozen=True)
class CommonData:
    """An ICU common data package: its header (copied as it is) and its items by name, in order."""

    header: bytes
    items: tuple[tuple[str, bytes], ...]


def parse(blob: bytes) -> CommonData:
    """Read a common data package (the bytes of libicudata's icudtNN_dat symbol)."""
    if len(blob) < 32:
        raise IcuDataError("too short for an ICU data header")
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != _MAGIC or blob[4 + 8:4 + 12] != _COMMON_DATA_FORMAT:
        raise IcuDataError("not an ICU common data package (magic or data format)")
    if blob[4 + 4] != 0:  # isBigEndian
        raise IcuDataError("big-endian ICU data is not handled")
    if header_size >= len(blob):
        raise IcuDataError("header runs past the end")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    if toc + 4 + 8 * count > len(blob):
        raise IcuDataError("table of contents runs past the end")
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = toc + name_offset
        name_end = blob.find(b"\0", name_start)
        if name_end < 0:
            raise IcuDataError(f"item {index}: name not terminated")
        start = toc + data_offset
        end = toc + entries[index + 1][1] if index + 1 < count else len(blob)
        if not toc < start <= end <= len(blob):
            raise IcuDataError(f"item {index}: data outside the package")
        items.append((blob[name_start:name_end].decode("ascii"), blob[start:end]))
    return CommonData(header=blob[:header_size], items=tuple(items))


def _pad(size: int) -> int:
    return -size % _ALIGN


def serialize(data: CommonData) -> bytes:
    """The package's bytes: header, table of contents, names (then padding), items 16-aligned.
    Item bytes keep any padding they were read with, so parse → serialize gives back the input."""
    count = len(data.items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in data.items)
    names_start = 4 + 8 * count
    first_item = names_start + len(names)
    first_item += _pad(len(data.header) + first_item)
    toc = bytearray(struct.pack("<I", count))
    name_offset, data_offset = names_start, first_item
    body = bytearray()
    for name, item in data.items:
        toc += struct.pack("<II", name_offset, data_offset)
        name_offset += len(name) + 1
        padding = _pad(len(item))
        body += item + b"\0" * padding
        data_offset += len(item) + padding
    head = bytes(toc) + names
    head += _NAMES_PADDING * (first_item - len(head))
    return data.header + head + bytes(body)


def _split(name: str) -> tuple[str, str, str]:
    """("coll", "de_AT", "res") from "icudt73l/coll/de_AT.res"; folder "" at the top level."""
    parts = name.split("/")[1:]
    folder = "/".join(parts[:-1])
    stem, _, suffix = parts[-1].rpartition(".")
    return folder, stem, suffix


def keep_item(name: str, languages: AbstractSet[str] = KEEP_LANGUAGES) -> bool:
    """Whether a trimmed package keeps this item (see the module's docstring)."""
    folder, stem, suffix = _split(name)
    if folder.split("/")[0] in DROPPED_FOLDERS:
        return False
    if suffix == "cnv":  # legacy text converters; UTF-8/16/32, ASCII and Latin-1 are built into ICU
        return False
    if suffix == "dict":  # word-break dictionaries (CJK, Thai, Khmer, Lao, Burmese)
        return False
    if suffix == "res" and stem not in _SHARED_RESOURCES and _LOCALE.match(stem):
        return stem.split("_")[0] in languages
    return True


def trimmed(data: CommonData, keep: Callable[[str], bool] = keep_item) -> CommonData:
    return CommonData(header=data.header, items=tuple(item for item in data.items if keep(item[0])))


def symbol_name(library: Path) -> str:
    """"icudt73_dat" for libicudata.so.73."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)(\..*)?", library.name)
    if match is None:
        raise IcuDataError(f"{library.name} is not named libicudata.so.NN")
    return f"icudt{match.group(1)}_dat"


def symbol_extent(library: Path, symbol: str) -> tuple[int, int]:
    """(file offset, size) of the data symbol in the library (its address and size from `nm`,
    mapped to a file offset through the section that holds it, from `readelf`)."""
    listing = subprocess.run(["nm", "-D", "-S", str(library)], check=True, capture_output=True,
                             text=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise IcuDataError(f"{library.name} has no symbol {symbol}")
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], check=True, capture_output=True,
                              text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) >= 6 and fields[0].startswith("[") and fields[0] != "[Nr]":
            try:
                section_address, section_offset, section_size = (int(value, 16) for value in fields[3:6])
            except ValueError:
                continue
            if section_address <= address and address + size <= section_address + section_size:
                return section_offset + address - section_address, size
    raise IcuDataError(f"no section of {library.name} holds {symbol}")


def read_library(library: Path) -> tuple[str, CommonData]:
    """(symbol name, package) of a libicudata.so.NN."""
    symbol = symbol_name(library)
    offset, size = symbol_extent(library, symbol)
    with open(library, "rb") as stream:
        stream.seek(offset)
        blob = stream.read(size)
    return symbol, parse(blob)


def build_library(data: CommonData, symbol: str, soname: str, out_dir: Path) -> Path:
    """Link a shared library named `soname` whose one exported symbol `symbol` holds the package."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("no C compiler (cc) to link the trimmed ICU data library")
    out_dir.mkdir(parents=True, exist_ok=True)
    blob_path = out_dir / f"{symbol}.dat"
    blob_path.write_bytes(serialize(data))
    source = out_dir / f"{symbol}.S"
    source.write_text(
        '.section .note.GNU-stack,"",@progbits\n'
        '.section .rodata\n'
        f'.globl {symbol}\n'
        f'.type {symbol}, @object\n'
        '.balign 16\n'
        f'{symbol}:\n'
        f'.incbin "{blob_path.name}"\n'
        f'.size {symbol}, .-{symbol}\n'
    )
    target = out_dir / soname
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target),
                    source.name], check=True, cwd=out_dir)
    return target


def trim_library(library: Path, out_dir: Path,
                 keep: Callable[[str], bool] = keep_item) -> tuple[Path, int, int]:
    """A trimmed copy of a libicudata.so.NN in out_dir: (its path, items before, items after)."""
    symbol, data = read_library(library)
    smaller = trimmed(data, keep)
    return build_library(smaller, symbol, library.name, out_dir), len(data.items), len(smaller.items)
