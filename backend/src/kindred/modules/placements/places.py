"""Postcodes as councils hold them, placed on the map as well as they can be.

A full known postcode is placed exactly; a partial one (`LS1 4`, the SSDA903 habit) at its
sector's centroid; anything else is kept as given, unplaced, with a warning. A postcode never
makes an episode invalid.
"""

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kindred.domain.placements import Place, Precision
from kindred.geography.postcodes import normalise_postcode, normalise_sector, postcode_directory

MAX_POSTCODE = 10


@dataclass(frozen=True, slots=True)
class PlacedPostcode:
    text: str
    precision: Precision
    place: Place | None

    @property
    def warning(self) -> str | None:
        if self.precision is not Precision.unknown:
            return None
        return f"The postcode {self.text!r} could not be placed, so the distance is unknown."


def place_postcode(text: str | None) -> PlacedPostcode | None:
    """Place one postcode (reads the directory's files on first use of an area: blocking)."""
    if text is None or not text.strip():
        return None
    directory = postcode_directory()
    full = normalise_postcode(text)
    if full is not None:
        location = directory.locate(full)
        if location is not None:
            return PlacedPostcode(
                full, Precision.postcode, Place(location.easting, location.northing)
            )
        return PlacedPostcode(full, Precision.unknown, None)
    sector = normalise_sector(text)
    if sector is not None:
        centroid = directory.sector_centroid(sector)
        if centroid is not None:
            return PlacedPostcode(
                sector, Precision.sector, Place(centroid.easting, centroid.northing)
            )
        return PlacedPostcode(sector, Precision.unknown, None)
    given = re.sub(r"\s+", " ", text.strip().upper())[:MAX_POSTCODE]
    return PlacedPostcode(given, Precision.unknown, None)


def place_postcodes(texts: Iterable[str | None]) -> dict[str, PlacedPostcode]:
    """Place many postcodes at once, each distinct text once."""
    placed: dict[str, PlacedPostcode] = {}
    for text in texts:
        if text and text not in placed:
            found = place_postcode(text)
            if found is not None:
                placed[text] = found
    return placed


async def place_postcode_async(text: str | None) -> PlacedPostcode | None:
    return await asyncio.to_thread(place_postcode, text)
