"""The identifying-details scanner: realistic texts that must be caught, and ones that must not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.identifying_details import (
    ADVICE,
    Finding,
    HeldPerson,
    find_identifying_details,
)
from kindred.domain.identifying_patterns import DetailKind, nhs_number_is_valid, upn_is_valid

RUBY = HeldPerson(given_name="Ruby", family_name="Murphy", preferred_name="Rubes")
MOTHER = HeldPerson(given_name="Sarah", family_name="Murphy-Clarke")
PEOPLE = [RUBY, MOTHER]


def found(text: str, people: list[HeldPerson] | None = None) -> list[tuple[DetailKind, str]]:
    findings = find_identifying_details({"text": text}, PEOPLE if people is None else people)
    return [(finding.kind, finding.words) for finding in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Near Ruby Murphy's school, Oakfield Academy, 12 Elm Road NS1 4AB",
            [
                (DetailKind.NAME, "Ruby Murphy's"),
                (DetailKind.SCHOOL, "Oakfield Academy"),
                (DetailKind.ADDRESS, "12 Elm Road"),
                (DetailKind.POSTCODE, "NS1 4AB"),
            ],
        ),
        ("RUBY likes drawing", [(DetailKind.NAME, "RUBY")]),
        ("rubes calms down with music", [(DetailKind.NAME, "rubes")]),
        ("R. Murphy is settled", [(DetailKind.NAME, "R. Murphy")]),
        ("Her mum Sarah visits", [(DetailKind.NAME, "Sarah")]),
        ("Letters from Mrs Murphy-Clarke", [(DetailKind.NAME, "Murphy-Clarke")]),
        ("Clarke family time on Sundays", [(DetailKind.NAME, "Clarke")]),
        ("Born 3/4/2012", [(DetailKind.DATE, "3/4/2012")]),
        ("DOB 03.04.12", [(DetailKind.DATE, "03.04.12")]),
        ("born on 3 April 2012", [(DetailKind.DATE, "3 April 2012")]),
        ("born 2012-04-03", [(DetailKind.DATE, "2012-04-03")]),
        ("born April 3rd 2012", [(DetailKind.DATE, "April 3rd 2012")]),
        ("swims on 14 March", [(DetailKind.DATE, "14 March")]),
        ("birthday is the 3rd of April", [(DetailKind.DATE, "3rd of April")]),
        ("postcode ns1 4ab", [(DetailKind.POSTCODE, "ns1 4ab")]),
        ("lives in NS1", [(DetailKind.POSTCODE, "NS1")]),
        ("lives in NS1 4 sector", [(DetailKind.POSTCODE, "NS1 4")]),
        ("lives in SW1A 1AA", [(DetailKind.POSTCODE, "SW1A 1AA")]),
        ("at 4 Cedar Close", [(DetailKind.ADDRESS, "4 Cedar Close")]),
        ("Flat 2, 17 Upper Mill Lane", [(DetailKind.ADDRESS, "Flat 2, 17 Upper Mill Lane")]),
        ("lives on Elm Road", [(DetailKind.ADDRESS, "Elm Road")]),
        ("goes to St Mary's Primary", [(DetailKind.SCHOOL, "St Mary's Primary")]),
        ("goes to The Oakfield High School", [(DetailKind.SCHOOL, "Oakfield High School")]),
        ("starts at Northshire College", [(DetailKind.SCHOOL, "Northshire College")]),
        ("mum on 07700 900123", [(DetailKind.PHONE, "07700 900123")]),
        ("ring +44 161 496 0000", [(DetailKind.PHONE, "+44 161 496 0000")]),
        ("office 0161 496 0000", [(DetailKind.PHONE, "0161 496 0000")]),
        ("e-mail ruby.m@example.com", [(DetailKind.EMAIL, "ruby.m@example.com")]),
        ("NHS number 943 476 5919", [(DetailKind.NHS_NUMBER, "943 476 5919")]),
        ("UPN H801200001001", [(DetailKind.UPN, "H801200001001")]),
    ],
)
def test_identifying_details_are_found(text: str, expected: list[tuple[DetailKind, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Would like to stay near Manchester.",
        "Aged 12, in care since 2019, for 3 years; contact 2 times a week for 90 minutes.",
        "Ideally a school near the coast, or a local secondary school.",
        "Goes to Forest School on Fridays; the Virtual School head supports her.",
        "Doing well in KS2 reading; Year 10 options in the 2nd term; starts at 3pm.",
        "Lives 20 miles from the M6 and the A1; enjoys 2 long walks.",
        "Attended 3 family court hearings; the Secondary School team helped.",
        "Reference NS-R-0042, budget £950 a week, 943 476 5918 is not an NHS number.",
        "B123456789012 is not a real UPN, and 1234567890 is just a number.",
        "Hope, faith and patience help her most.",
    ],
)
def test_ordinary_referral_words_are_not_flagged(text: str) -> None:
    assert found(text) == []


def test_a_name_that_is_an_everyday_word_is_found_only_capitalised() -> None:
    may = HeldPerson(given_name="May", family_name="Young")
    assert found("She may need a young person's advocate.", [may]) == []
    assert found("May Young likes YOUNG adults; MAY's room", [may]) == [
        (DetailKind.NAME, "May Young"),
        (DetailKind.NAME, "YOUNG"),
        (DetailKind.NAME, "MAY's"),
    ]


def test_findings_name_their_field_and_keep_fields_in_order() -> None:
    findings = find_identifying_details(
        {"what_helps": "Ruby likes music", "location_preferences": "Near NS1"}, [RUBY]
    )
    assert [(f.field, f.words) for f in findings] == [
        ("what_helps", "Ruby"),
        ("location_preferences", "NS1"),
    ]


def test_the_message_quotes_the_words_and_says_what_to_write_instead() -> None:
    finding = Finding("what_helps", DetailKind.NAME, "Ruby", 0, 4)
    assert "“Ruby”" in finding.message
    assert finding.advice in finding.message
    assert "the young person" in finding.advice


def test_every_kind_has_advice() -> None:
    assert set(ADVICE) == set(DetailKind)


def test_check_digits() -> None:
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("94347659")
    assert upn_is_valid("H801200001001")
    assert not upn_is_valid("A801200001001")


# --- properties ------------------------------------------------------------------------------

BENIGN_WORDS = (
    "she",
    "he",
    "they",
    "likes",
    "music",
    "calm",
    "space",
    "football",
    "the",
    "a",
    "needs",
    "support",
    "with",
    "school",
    "near",
    "coast",
    "family",
    "time",
    "weekly",
    "aged",
    "12",
    "since",
    "2019",
    "Manchester",
    "Leeds",
    "county",
    "north",
    "carer",
    "patient",
    "routine",
    "swimming",
    "bedtime",
    "story",
    "and",
    "in",
    "on",
    "for",
    "3",
    "years",
    "months",
    "town",
)
benign_text = st.lists(st.sampled_from(BENIGN_WORDS), max_size=30).map(" ".join)
name_part = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10).map(
    str.capitalize
)


@given(benign_text)
def test_benign_text_of_common_words_is_never_flagged(text: str) -> None:
    assert found(text) == []


@given(benign_text, benign_text, name_part, name_part)
def test_a_held_name_inserted_anywhere_is_found(
    before: str, after: str, given_name: str, family_name: str
) -> None:
    person = HeldPerson(given_name=given_name, family_name=family_name)
    text = f"{before} {given_name} {after}".strip()
    names = [words.lower() for kind, words in found(text, [person]) if kind is DetailKind.NAME]
    assert any(given_name.lower() in words for words in names)


@given(st.text(max_size=200))
def test_findings_quote_the_exact_words_of_the_text(text: str) -> None:
    for finding in find_identifying_details({"field": text}, PEOPLE):
        assert text[finding.start : finding.end] == finding.words
        assert finding.words.strip()
