"""Invitation codes, sign-in names, PINs and "About me" sharing: the pure rules."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.about_me import SECTIONS, ratings_differ, shareable
from kindred.domain.young_people import (
    CODE_ALPHABET,
    CODE_LENGTH,
    USERNAME_PATTERN,
    birthday_pins,
    format_code,
    normalise_code,
    pin_problems,
    username_from,
    username_stem,
)

codes = st.text(alphabet=CODE_ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH)


def test_the_alphabet_has_no_look_alikes() -> None:
    assert not set("01IOL") & set(CODE_ALPHABET)
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET) == 31


@given(codes)
def test_a_shown_code_reads_back_as_itself(code: str) -> None:
    shown = format_code(code)

    assert shown[4] == "-"
    assert normalise_code(shown) == code
    assert normalise_code(shown.lower().replace("-", " ")) == code


@pytest.mark.parametrize(
    "typed", ["", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFG0", "ABCD-EFGI", "ÄBCD-EFGH"]
)
def test_what_cannot_be_a_code_is_none(typed: str) -> None:
    assert normalise_code(typed) is None


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Amara", "amara"),
        ("Zoë Anne", "zoe-anne"),
        ("O'Brien", "o-brien"),
        ("李", "me"),
        ("Maximilian-Alexander Fitzgerald", "maximilian-alexander"),
    ],
)
def test_username_stems_are_plain_lowercase(name: str, stem: str) -> None:
    assert username_stem(name) == stem
    assert USERNAME_PATTERN.fullmatch(username_from(stem, "k7p3"))


@pytest.mark.parametrize(
    "pin",
    [
        "12345",
        "000000",
        "123456",
        "456789",
        "890123",
        "654321",
        "210987",
        "121212",
        "123123",
        "147258",
        "112233",
    ],
)
def test_guessable_pins_are_refused(pin: str) -> None:
    assert pin_problems(pin) != []


@pytest.mark.parametrize("pin", ["583920", "204817", "9051736", "31415926"])
def test_ordinary_pins_are_fine(pin: str) -> None:
    assert pin_problems(pin) == []


def test_a_birthday_is_not_a_pin() -> None:
    birthday = birthday_pins(date(2011, 3, 14))

    assert {"140311", "14032011", "20110314", "031411"} <= birthday
    assert pin_problems("14032011", guessable=birthday) != []
    assert pin_problems("583920", guessable=birthday) == []


def test_only_written_sections_they_did_not_hide_are_shareable() -> None:
    sections = dict.fromkeys(SECTIONS, "") | {
        "good_at": "  Drawing  ",
        "helps_when_hard": "Music",
        "goals_soon": "   ",
    }

    shared = shareable(sections, {"helps_when_hard": False})

    assert [(entry.section, entry.text) for entry in shared] == [("good_at", "Drawing")]


@pytest.mark.parametrize(
    ("worker", "own", "differs"),
    [(1, 3, True), (2, 2, False), (None, 3, False), (2, None, False), (0, 4, True)],
)
def test_ratings_differ_only_when_both_rated(
    worker: int | None, own: int | None, differs: bool
) -> None:
    assert ratings_differ(worker, own) is differs
