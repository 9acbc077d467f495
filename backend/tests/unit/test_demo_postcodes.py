"""The demo households' and children's postcodes are real, and where the demo says they are."""

import pytest

from kindred.geography.postcodes import postcode_directory
from kindred.seed.demo_households import DEMO_POSTCODES, DemoPostcode

ALL = [(slug, place) for slug, places in DEMO_POSTCODES.items() for place in places]


@pytest.mark.parametrize(("slug", "place"), ALL, ids=[place.postcode for _, place in ALL])
def test_each_demo_postcode_is_in_the_ons_directory(slug: str, place: DemoPostcode) -> None:
    location = postcode_directory().locate(place.postcode)

    assert location is not None, f"{place.postcode} ({slug}) is not in the directory"
    assert (round(location.easting), round(location.northing)) == (place.easting, place.northing)


def test_each_council_has_its_own_area() -> None:
    areas = {
        slug: {place.postcode.split()[0][:2] for place in places}
        for slug, places in DEMO_POSTCODES.items()
    }
    assert areas == {"northshire": {"LS"}, "southvale": {"BS"}}
    assert all(len(places) >= 10 for places in DEMO_POSTCODES.values())
