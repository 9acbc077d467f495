"""Placing postcodes as councils hold them: real ones from the ONS directory, partial and mangled.

The fast, indexed placing is checked against a plain reference: the directory's rows read
straight from the package's files, sectors averaged with `math.fsum`.
"""

import math
import re
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache

import brotli
import msgpack
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindred.domain.placements import Place, Precision
from kindred.geography import postcodes
from kindred.geography.postcode_area import Location, PostcodeArea
from kindred.geography.postcodes import PostcodeDirectory, postcode_directory
from kindred.modules.placements.places import PlacedPostcode, place_postcode, place_postcodes

LS1_4AB = Place(430191.0, 433246.0)
DRAWN_FROM = ("L", "E", "W", "Y")
"""Areas the property draws from: one- and two-letter areas, `EC1A`/`W1A` outward codes."""


@pytest.mark.parametrize(
    ("given", "text", "precision"),
    [
        ("LS1 4AB", "LS1 4AB", Precision.postcode),
        ("ls1 4ab", "LS1 4AB", Precision.postcode),
        ("LS14AB", "LS1 4AB", Precision.postcode),
        ("  ls1   4ab ", "LS1 4AB", Precision.postcode),
        ("LS1\u00a04AB", "LS1 4AB", Precision.postcode),  # a non-breaking space pasted in
        ("LS1 4AB\r", "LS1 4AB", Precision.postcode),  # a CRLF file's carriage return
        ("LS1 4", "LS1 4", Precision.sector),
        (" ls1  4 ", "LS1 4", Precision.sector),
        ("ls14", "LS14", Precision.unknown),  # a district (LS14), not the sector LS1 4
        ("LS1", "LS1", Precision.unknown),  # a district: too coarse to place
        ("ZZ9 9ZZ", "ZZ9 9ZZ", Precision.unknown),
        ("ZZ9 9", "ZZ9 9", Precision.unknown),
        ("L69 5WX", "L69 5WX", Precision.unknown),  # in the directory, without a grid reference
        ("LS78 1", "LS78 1", Precision.unknown),  # a sector none of whose postcodes is located
        ("JE2 6TD", "JE2 6TD", Precision.unknown),  # Jersey: no postcode has a grid reference
        ("QA1 1AA", "QA1 1AA", Precision.unknown),  # shaped right, but no area file for Q
        ("QA1 1", "QA1 1", Precision.unknown),
        ("not a postcode", "NOT A POST", Precision.unknown),
        ("'LS1 4AB", "'LS1 4AB", Precision.unknown),  # Excel's text-forcing apostrophe kept
        ('="LS1 4AB"', '="LS1 4AB"', Precision.unknown),  # an Excel formula export
        ("4.3E+05", "4.3E+05", Precision.unknown),  # a number Excel reformatted
        ("LS١ 4AB", "LS١ 4AB", Precision.unknown),  # an Arabic-Indic digit: never in the directory
    ],
)
def test_postcodes_are_placed_as_precisely_as_they_allow(
    given: str, text: str, precision: Precision
) -> None:
    placed = place_postcodes([given])[given]

    assert (placed.text, placed.precision) == (text, precision)
    if precision is Precision.unknown:
        assert placed.place is None
        assert placed.warning is not None
    else:
        assert placed.place is not None
        assert placed.warning is None


def test_a_full_postcode_is_placed_on_its_grid_reference() -> None:
    assert place_postcode("ls1 4ab") == PlacedPostcode("LS1 4AB", Precision.postcode, LS1_4AB)


def test_a_sector_with_unlocated_postcodes_is_placed_at_its_located_ones() -> None:
    placed = place_postcode("L69 5")

    assert placed is not None
    assert placed.place is not None
    assert math.isfinite(placed.place.easting)
    assert math.isfinite(placed.place.northing)


def test_an_area_indexes_its_rows_in_any_order_and_skips_the_unlocated() -> None:
    nan = math.nan
    area = PostcodeArea.from_columns(
        [b"M1  1AF", b"LS1 4AD", b"LS1 4AB", b"M1  1AE"],
        [b"E08000003", nan, b"E08000035", b"E08000003"],
        [nan, 3.0, 1.0, 5.0],
        [9.0, 4.0, 2.0, 6.0],
    )

    assert area.locate(["LS1 4AB", "LS1 4AD", "M1  1AE", "M1  1AF", "ZZ9 9ZZ"]) == [
        Location(1.0, 2.0, "E08000035"),
        Location(3.0, 4.0, None),
        Location(5.0, 6.0, "E08000003"),
        None,
        None,
    ]
    assert area.sectors == {"LS1 4": Location(2.0, 3.0, None), "M1 1": Location(5.0, 6.0, None)}


def test_blank_texts_are_left_out_and_repeats_placed_once() -> None:
    placed = place_postcodes([None, "", "  ", "LS1 4AB", "LS1 4AB", "ls1 4ab"])

    assert list(placed) == ["LS1 4AB", "ls1 4ab"]
    assert place_postcode("  ") is None
    assert place_postcode(None) is None


def test_an_area_is_read_once_however_many_threads_ask_at_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str] = []
    read_area = postcodes._read_area
    started = threading.Barrier(8)

    def counted(letter: str) -> PostcodeArea:
        reads.append(letter)
        return read_area(letter)

    monkeypatch.setattr(postcodes, "_read_area", counted)
    directory = PostcodeDirectory()

    def locate(_: int) -> Location | None:
        started.wait()
        return directory.locate("YO1 7HH")

    with ThreadPoolExecutor(8) as pool:
        found = set(pool.map(locate, range(8)))

    assert reads == ["Y"]
    assert len(found) == 1
    assert found != {None}


@dataclass(frozen=True)
class Reference:
    """One area's located postcodes and each sector's points, read the plain way."""

    postcodes: dict[str, tuple[float, float]]
    sectors: dict[str, list[tuple[float, float]]]


@cache
def reference(letter: str) -> Reference:
    source = postcodes._data_dir() / f"postcodes_{letter}.msgpack.br"
    if not source.is_file():
        return Reference({}, {})
    table = msgpack.unpackb(brotli.decompress(source.read_bytes()), raw=False)["data"]
    located: dict[str, tuple[float, float]] = {}
    sectors: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for raw, easting, northing in zip(
        table["pcd"], table["oseast1m"], table["osnrth1m"], strict=True
    ):
        if math.isnan(easting) or math.isnan(northing):
            continue
        postcode = " ".join([raw[:-3].strip(), raw[-3:]])
        located[postcode] = (easting, northing)
        sectors[postcode[:-2]].append((easting, northing))
    return Reference(located, dict(sectors))


def reference_place(text: str) -> tuple[str, Precision, tuple[float, float] | None]:
    """What placing `text` should give: full, then sector, then kept as given (10 characters)."""
    spaced = re.sub(r"\s+", " ", text.strip().upper())
    compact = spaced.replace(" ", "")
    if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", compact):
        full = f"{compact[:-3]} {compact[-3:]}"
        point = reference(full[0]).postcodes.get(full)
        return full, Precision.postcode if point else Precision.unknown, point
    if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d", spaced):
        points = reference(spaced[0]).sectors.get(spaced)
        if not points:
            return spaced, Precision.unknown, None
        centroid = (
            math.fsum(e for e, _ in points) / len(points),
            math.fsum(n for _, n in points) / len(points),
        )
        return spaced, Precision.sector, centroid
    return spaced[:10], Precision.unknown, None


@cache
def _drawn_postcodes() -> tuple[str, ...]:
    return tuple(sorted(p for letter in DRAWN_FROM for p in reference(letter).postcodes))


SPACES = st.sampled_from(["", " ", "  ", "\t", "\u00a0"])


@st.composite
def postcode_texts(draw: st.DrawFn) -> str:
    """A directory postcode as a council might hold it: whole, partial, mangled or changed."""
    drawn = _drawn_postcodes()  # indexed: sampled_from would scan 500,000 items every draw
    postcode = drawn[draw(st.integers(0, len(drawn) - 1))]
    outward, inward = postcode.split()
    inward = draw(
        st.sampled_from([inward, inward[0], ""])  # full, sector, district
        | st.builds(lambda c: inward[:2] + c, st.sampled_from("ABDXYZ"))  # maybe unknown
    )
    text = draw(SPACES) + outward + draw(SPACES) + inward + draw(SPACES)
    return text.lower() if draw(st.booleans()) else text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(postcode_texts() | st.text(max_size=12), min_size=1, max_size=20))
def test_fast_placing_equals_the_plain_reference(texts: list[str]) -> None:
    placed = place_postcodes(texts)

    for text in texts:
        if not text.strip():
            assert text not in placed
            continue
        normal, precision, point = reference_place(text)
        found = placed[text]
        assert (found.text, found.precision) == (normal, precision)
        if point is None:
            assert found.place is None
        else:
            assert found.place is not None
            assert math.isclose(found.place.easting, point[0], rel_tol=1e-12)
            assert math.isclose(found.place.northing, point[1], rel_tol=1e-12)


def test_the_process_wide_directory_agrees_with_the_reference_for_every_sector() -> None:
    directory = postcode_directory()
    for letter in DRAWN_FROM:
        for sector, points in reference(letter).sectors.items():
            centroid = directory.sector_centroid(sector)
            assert centroid is not None, sector
            assert math.isclose(centroid.easting, math.fsum(e for e, _ in points) / len(points))
            assert math.isclose(centroid.northing, math.fsum(n for _, n in points) / len(points))
