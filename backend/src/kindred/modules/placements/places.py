"""Postcodes as councils hold them, placed on the map as well as they can be.

A full known postcode is placed exactly; a partial one (`LS1 4`, the SSDA903 habit) at its
sector's centroid; anything else is kept as given, unplaced, with a warning. A postcode never
makes an episode invalid.
"""

import asyncio
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


def _read(text: str) -> tuple[str, Precision]:
    """A postcode's normal form, and the best it could be placed as if the directory knows it."""
    full = normalise_postcode(text)
    if full is not None:
        return full, Precision.postcode
    sector = normalise_sector(text)
    if sector is not None:
        return sector, Precision.sector
    return " ".join(text.upper().split())[:MAX_POSTCODE], Precision.unknown


def place_postcodes(texts: Iterable[str | None]) -> dict[str, PlacedPostcode]:
    """Place many postcodes at once, each distinct text once (blank ones are left out).

    Full postcodes are found an area at a time in one vectorised search; the first use of an
    area reads its file (blocking: call it from a worker thread in async code).
    """
    reads = {text: _read(text) for text in texts if text and text.strip()}
    directory = postcode_directory()
    located = directory.locate_normalised(
        normal for normal, precision in reads.values() if precision is Precision.postcode
    )
    placed: dict[str, PlacedPostcode] = {}
    for text, (normal, precision) in reads.items():
        if precision is Precision.postcode:
            location = located.get(normal)
        elif precision is Precision.sector:
            location = directory.sector_centroid(normal)
        else:
            location = None
        placed[text] = (
            PlacedPostcode(normal, precision, Place(location.easting, location.northing))
            if location is not None
            else PlacedPostcode(normal, Precision.unknown, None)
        )
    return placed


def place_postcode(text: str | None) -> PlacedPostcode | None:
    """Place one postcode; None when it is blank."""
    return place_postcodes([text]).get(text) if text else None


async def place_postcode_async(text: str | None) -> PlacedPostcode | None:
    return await asyncio.to_thread(place_postcode, text)
