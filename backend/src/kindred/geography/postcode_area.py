"""One postcode area's part of the ONS Postcode Directory, indexed for fast look-ups.

The directory's columns are turned into NumPy arrays once: postcodes as sorted 7-byte keys in
the directory's own `pcd` form (`LS1 4AB`, `M1  1AE`, `EC1A1BB`), so a batch of postcodes is
found with one vectorised binary search instead of millions of Python objects; and each
sector's centroid is computed once, so a partial postcode is one dict look-up.
Postcodes without a grid reference (NaN in the directory) are not located and take no part in
their sector's centroid.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

KEY_WIDTH = 7
"""Characters in the directory's `pcd` column: the outward code padded to four, then the inward."""
SECTOR_WIDTH = KEY_WIDTH - 2
"""A sector is a key without the inward code's two letters (`LS1 4`, `M1  1`)."""


@dataclass(frozen=True, slots=True)
class Location:
    """A point on the British National Grid, and the local authority it lies in."""

    easting: float
    northing: float
    local_authority: str | None


def directory_key(postcode: str) -> str:
    """`M1 1AE` → `M1  1AE`: a normalised postcode as the directory keys it."""
    return f"{postcode[:-4]:<4}{postcode[-3:]}"


def _sector_name(key: str) -> str:
    """`M1  1` → `M1 1`: a sector key as people write it."""
    return f"{key[:-1].rstrip()} {key[-1]}"


@dataclass(frozen=True, slots=True)
class PostcodeArea:
    """The located postcodes of one area, and the centroid of each of its sectors."""

    keys: npt.NDArray[np.bytes_]
    eastings: npt.NDArray[np.float64]
    northings: npt.NDArray[np.float64]
    authorities: npt.NDArray[np.bytes_]
    sectors: Mapping[str, Location]

    @classmethod
    def from_columns(
        cls,
        postcodes: Sequence[bytes],
        authorities: Sequence[bytes | float],
        eastings: Sequence[float | None],
        northings: Sequence[float | None],
    ) -> "PostcodeArea":
        """Index the directory's `pcd`, `laua`, `oseast1m` and `osnrth1m` columns.

        Text columns come as ASCII bytes, as msgpack gives them without decoding (cheaper). The
        rows are sorted here rather than trusting the file's order, which the search needs.
        """
        keys = np.array(postcodes, dtype=f"S{KEY_WIDTH}")
        order = np.argsort(keys, kind="stable")
        east = np.array(eastings, dtype=np.float64)[order]
        north = np.array(northings, dtype=np.float64)[order]
        located = ~(np.isnan(east) | np.isnan(north))
        codes = np.array(authorities, dtype=np.bytes_)
        codes[codes == b"nan"] = b""  # where the directory has no authority code (a NaN)
        keys, east, north = keys[order][located], east[located], north[located]
        return cls(
            keys=keys,
            eastings=east,
            northings=north,
            authorities=codes[order][located],
            sectors=_sector_centroids(keys, east, north),
        )

    def locate(self, keys: Sequence[str]) -> list[Location | None]:
        """Each directory key's location, or None where the area does not hold it."""
        if not keys or not len(self.keys):
            return [None] * len(keys)
        wanted = np.array(keys, dtype=f"S{KEY_WIDTH}")
        found = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        hits = self.keys[found] == wanted
        east, north = self.eastings[found].tolist(), self.northings[found].tolist()
        codes = self.authorities[found].tolist()
        return [
            Location(e, n, code.decode() or None) if hit else None
            for hit, e, n, code in zip(hits.tolist(), east, north, codes, strict=True)
        ]


def _sector_centroids(
    keys: npt.NDArray[np.bytes_],
    eastings: npt.NDArray[np.float64],
    northings: npt.NDArray[np.float64],
) -> dict[str, Location]:
    """The mean position of each sector's located postcodes (keys sorted, so sectors are runs)."""
    sectors, starts, counts = np.unique(
        keys.astype(f"S{SECTOR_WIDTH}"), return_index=True, return_counts=True
    )
    east = np.add.reduceat(eastings, starts) / counts
    north = np.add.reduceat(northings, starts) / counts
    return {
        _sector_name(sector.decode()): Location(e, n, None)
        for sector, e, n in zip(sectors.tolist(), east.tolist(), north.tolist(), strict=True)
    }
