"""A postcode typed by a person: normalised and placed, or refused with a clear message."""

import asyncio

from kindred.core.errors import FieldError, InvalidInput
from kindred.geography.postcode_area import Location
from kindred.geography.postcodes import normalise_postcode, postcode_directory


async def locate_postcode_input(
    postcode: str | None, *, field: str
) -> tuple[str | None, Location | None]:
    """(`LS1 4AB`, its location) for a full known postcode; (None, None) when left empty.

    A malformed or unknown postcode is a 422 naming `field`. The first look-up in an area reads
    its file, so it runs in a worker thread.
    """
    if postcode is None or not postcode.strip():
        return None, None
    normal = normalise_postcode(postcode)
    location = await asyncio.to_thread(postcode_directory().locate, normal) if normal else None
    if normal is None or location is None:
        message = (
            "Enter a full UK postcode, like LS1 4AB"
            if normal is None
            else f"We could not find {normal} in the postcode directory"
        )
        raise InvalidInput("Check the postcode.", errors=[FieldError(field=field, message=message)])
    return normal, location
