"""Postcodes from the ONS directory: normalised, located, and partial ones placed at sectors."""

import pytest

from kindred.geography.postcodes import normalise_postcode, normalise_sector, postcode_directory


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("ls14ab", "LS1 4AB"),
        ("  SW1A   1AA ", "SW1A 1AA"),
        ("m1 1ae", "M1 1AE"),
        ("EC1A1BB", "EC1A 1BB"),
        ("LS1 4", None),
        ("12345", None),
        ("", None),
        ("LS1 4ABC", None),
    ],
)
def test_normalise_postcode(given: str, expected: str | None) -> None:
    assert normalise_postcode(given) == expected


def test_normalise_sector() -> None:
    assert normalise_sector(" ls1  4 ") == "LS1 4"
    assert normalise_sector("LS1 4AB") is None


def test_a_real_postcode_is_on_the_national_grid() -> None:
    westminster = postcode_directory().locate("sw1a 1aa")

    assert westminster is not None
    assert 528_000 < westminster.easting < 531_000
    assert 178_000 < westminster.northing < 181_000
    assert westminster.local_authority == "E09000033"


def test_unknown_and_malformed_postcodes_are_not_found() -> None:
    directory = postcode_directory()

    assert directory.locate("ZZ9 9ZZ") is None
    assert directory.locate("not a postcode") is None


def test_a_partial_postcode_is_placed_at_its_sector_centroid() -> None:
    directory = postcode_directory()
    centroid = directory.sector_centroid("LS1 4")
    member = directory.locate("LS1 4AB")

    assert centroid is not None
    assert member is not None
    assert abs(centroid.easting - member.easting) < 2_000
    assert abs(centroid.northing - member.northing) < 2_000
    assert directory.sector_centroid("ZZ9 9") is None
