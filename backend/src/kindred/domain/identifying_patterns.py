"""What identifying details look like in English free text: the patterns the scanner runs.

Each pattern is tuned to catch what practitioners actually write ("12 Elm Road", "NS1 4AB",
"3rd April 2012", "Oakfield Academy") while leaving alone what a placement referral needs to say
("Manchester", "aged 12", "since 2019", "a school near the coast"). Identifiers with a check
digit (NHS numbers, UPNs) are confirmed by it, so ordinary long numbers are not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class DetailKind(StrEnum):
    """The kinds of identifying detail the scanner recognises."""

    NAME = "name"
    DATE = "date"
    POSTCODE = "postcode"
    ADDRESS = "address"
    SCHOOL = "school"
    PHONE = "phone"
    EMAIL = "email"
    NHS_NUMBER = "nhs_number"
    UPN = "upn"


@dataclass(frozen=True, slots=True)
class Span:
    """Where in a text a detail was found: `text[start:end]` is the detail, as written."""

    start: int
    end: int
    kind: DetailKind


Accept = Callable[[re.Match[str]], tuple[int, int] | None]
"""Whether a match is a detail, and which part of it to quote."""


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATES = re.compile(
    rf"""
    \b(?:
        \d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})      # 3/4/2012, 03.04.12
      | \d{{4}}-\d{{1,2}}-\d{{1,2}}                          # 2012-04-03
      | {_DAY}\s+(?:of\s+)?{_MONTHS}\.?(?:,?\s+\d{{4}})?     # 3 April 2012, 3rd of April
      | {_MONTHS}\.?\s+{_DAY}(?:,?\s+\d{{4}})?               # April 3rd 2012, April 3
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Postcodes: the full form in any case; the outward code alone ("NS1") or with the sector digit
# ("NS1 4") only in capitals, and for an outward code alone only with a two-letter area, since
# "A1" and "M6" are usually roads. Inward letters never include C, I, K, M, O or V.
_FULL_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b(?<!\d(?:st|nd|rd|th))", re.IGNORECASE
)
_POSTCODE_SECTOR = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d\b(?!\s*[A-Za-z]{2}\b)")
_OUTWARD_CODE = re.compile(r"\b[A-Z]{2}\d[A-Z\d]?\b")
_NOT_POSTCODES = frozenset(
    {"KS1", "KS2", "KS3", "KS4", "KS5", "CO2", "MP3", "MP4", "PS4", "PS5", "SE5", "GP1"}
)  # Key stages, carbon dioxide, devices and the like that look like outward codes.

_STREET_TYPES = (
    r"(?:Road|Rd|Street|St|Close|Avenue|Ave|Lane|Drive|Way|Crescent|Place|Court|Gardens"
    r"|Terrace|Grove|Walk|Row|Hill|Square|Mews|Rise|Parade|View)"
)
_NAMED_STREET_TYPES = r"(?:Road|Street|Close|Avenue|Lane|Drive|Crescent|Terrace|Grove|Gardens|Mews)"
_TITLE_WORD = r"[A-Z][a-z'’-]+"
_ADDRESSES = re.compile(
    rf"""
    \b(?:[Ff]lat\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+(?:{_TITLE_WORD}\s+){{1,3}}{_STREET_TYPES}\b
  | \b(?:{_TITLE_WORD}\s+){{1,2}}{_NAMED_STREET_TYPES}\b
    """,
    re.VERBOSE,
)

_SCHOOL_TYPES = r"(?:Academy|School|Primary|College|Grammar|Infants|Juniors|High)"
_SCHOOLS = re.compile(rf"\b(?:(?:St\.?|{_TITLE_WORD})\s+){{1,4}}{_SCHOOL_TYPES}(?:\s+School)?\b")
_GENERIC_SCHOOL_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "her",
        "his",
        "their",
        "my",
        "our",
        "your",
        "this",
        "that",
        "new",
        "old",
        "local",
        "current",
        "previous",
        "secondary",
        "primary",
        "high",
        "special",
        "mainstream",
        "residential",
        "boarding",
        "independent",
        "state",
        "private",
        "village",
        "community",
        "virtual",
        "forest",
        "sunday",
        "nursery",
        "infant",
        "junior",
        "middle",
        "upper",
        "lower",
        "grammar",
        "faith",
        "catholic",
        "church",
        "free",
        "sixth",
        "form",
        "further",
        "education",
        "alternative",
        "provision",
        "day",
        "art",
        "drama",
        "dance",
        "music",
        "driving",
        "summer",
        "holiday",
        "after",
        "before",
        "at",
        "in",
        "to",
        "from",
        "of",
        "near",
        "attends",
        "same",
        "academy",
        "school",
        "college",
        "pupil",
        "referral",
        "unit",
        "and",
        "or",
    }
)

_PHONES = re.compile(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d(?:[\s)-]?\d){8,9}(?!\d)")
_EMAILS = re.compile(r"\b[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\b")
_NHS_NUMBERS = re.compile(r"(?<![\w+])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)")
_UPNS = re.compile(r"\b[A-Z]\d{12}\b|\b[A-Z]\d{11}[A-Z]\b", re.IGNORECASE)
_UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number's modulus 11 check: weights 10 to 2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 10:
        return False
    return (0 if check == 11 else check) == int(digits[9])


def upn_is_valid(upn: str) -> bool:
    """The DfE unique pupil number's check letter: weights 2 to 13, remainder of 23."""
    upn = upn.upper()
    if len(upn) != 13 or not upn[0].isalpha() or not upn[1:12].isdigit():
        return False
    values = [int(c) if c.isdigit() else _UPN_CHECK_LETTERS.find(c) for c in upn[1:]]
    if min(values) < 0:
        return False
    total = sum(value * weight for value, weight in zip(values, range(2, 14), strict=True))
    return _UPN_CHECK_LETTERS[total % 23] == upn[0]


def _digits(text: str) -> str:
    return "".join(character for character in text if character.isdigit())


def _phone_is_plausible(text: str) -> bool:
    digits = _digits(text)
    if text.lstrip().startswith("+"):
        digits = "0" + digits[2:].lstrip("0")
    return len(digits) in (10, 11) and digits[1] != "0"


def _school_is_named(text: str) -> bool:
    words = re.findall(r"[A-Za-z'’.]+", text)
    return any(word.lower().rstrip(".") not in _GENERIC_SCHOOL_WORDS for word in words[:-1])


def _school_span(match: re.Match[str]) -> tuple[int, int] | None:
    """Drop leading generic words ("The", "Her") so the quote is the school's name."""
    start = match.start()
    for word in re.finditer(r"\S+", match.group()):
        if word.group().lower() not in _GENERIC_SCHOOL_WORDS or word.group() == "St":
            break
        start = match.start() + word.end() + 1
    if not _school_is_named(match.string[start : match.end()]):
        return None
    return start, match.end()


def _accept_all(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span()


def _when(test: Callable[[str], bool]) -> Accept:
    def check(match: re.Match[str]) -> tuple[int, int] | None:
        return match.span() if test(match.group()) else None

    return check


_RULES: tuple[tuple[re.Pattern[str], DetailKind, Accept], ...] = (
    (_EMAILS, DetailKind.EMAIL, _accept_all),
    (_UPNS, DetailKind.UPN, _when(upn_is_valid)),
    (_PHONES, DetailKind.PHONE, _when(_phone_is_plausible)),
    (_NHS_NUMBERS, DetailKind.NHS_NUMBER, _when(lambda text: nhs_number_is_valid(_digits(text)))),
    (_DATES, DetailKind.DATE, _accept_all),
    (_FULL_POSTCODE, DetailKind.POSTCODE, _accept_all),
    (_POSTCODE_SECTOR, DetailKind.POSTCODE, _accept_all),
    (_OUTWARD_CODE, DetailKind.POSTCODE, _when(lambda text: text not in _NOT_POSTCODES)),
    (_ADDRESSES, DetailKind.ADDRESS, _accept_all),
    (_SCHOOLS, DetailKind.SCHOOL, _school_span),
)


def pattern_spans(text: str) -> Iterator[Span]:
    """Every place in `text` that one of the patterns matches (spans may overlap)."""
    for pattern, kind, accept in _RULES:
        for match in pattern.finditer(text):
            span = accept(match)
            if span is not None:
                yield Span(span[0], span[1], kind)
