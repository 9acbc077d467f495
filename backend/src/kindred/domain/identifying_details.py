"""The scanner that keeps identifying details out of what agencies read.

A referral's free text reaches partner agencies as typed, so before it is submitted and again
before it is shared, every text agencies will see is scanned for the child's and family's names
as held in the record, dates, postcodes, street addresses, school names, phone numbers, e-mail
addresses, NHS numbers and UPNs. A finding quotes the exact words and says what to write instead;
nothing is ever rewritten here, least of all the young person's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kindred.domain.identifying_patterns import DetailKind, Span, pattern_spans

ADVICE: Mapping[DetailKind, str] = {
    DetailKind.NAME: 'Write "the young person", "they" or a relationship such as "their '
    'mother" instead of a name.',
    DetailKind.DATE: 'Leave out exact dates: give an age or a time such as "since the summer".',
    DetailKind.POSTCODE: 'Describe the area broadly, such as "the north of the county", '
    "instead of a postcode.",
    DetailKind.ADDRESS: 'Describe the area, such as "near their home area", not the street.',
    DetailKind.SCHOOL: 'Write "their current school" and roughly where it is, not its name.',
    DetailKind.PHONE: "Leave contact details out; agencies reach the council through Kindred.",
    DetailKind.EMAIL: "Leave contact details out; agencies reach the council through Kindred.",
    DetailKind.NHS_NUMBER: "Leave identifiers out; they stay in the council's record.",
    DetailKind.UPN: "Leave identifiers out; they stay in the council's record.",
}
KIND_NAMES: Mapping[DetailKind, str] = {
    DetailKind.NAME: "a name",
    DetailKind.DATE: "a date",
    DetailKind.POSTCODE: "a postcode",
    DetailKind.ADDRESS: "a street address",
    DetailKind.SCHOOL: "a school's name",
    DetailKind.PHONE: "a phone number",
    DetailKind.EMAIL: "an e-mail address",
    DetailKind.NHS_NUMBER: "an NHS number",
    DetailKind.UPN: "a unique pupil number",
}


@dataclass(frozen=True, slots=True)
class HeldPerson:
    """A person whose names the record holds: the child, or a family member."""

    given_name: str
    family_name: str
    preferred_name: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifying detail in one field: the words as written, and what to do instead."""

    field: str
    kind: DetailKind
    words: str
    start: int
    end: int

    @property
    def advice(self) -> str:
        return ADVICE[self.kind]

    @property
    def message(self) -> str:
        """The field-level message a practitioner reads next to the field."""
        return f"“{self.words}” looks like {KIND_NAMES[self.kind]}. {self.advice}"


_POSSESSIVE = r"(?:['’][sS]|['’])?"
_MIN_NAME_LENGTH = 2
COMMON_WORD_NAMES = frozenset(
    {
        "may",
        "will",
        "mark",
        "hope",
        "grace",
        "faith",
        "joy",
        "rose",
        "bill",
        "frank",
        "sunny",
        "summer",
        "iris",
        "ivy",
        "amber",
        "pat",
        "sue",
        "guy",
        "dawn",
        "eve",
        "april",
        "june",
        "august",
        "harper",
        "taylor",
        "hunter",
        "chase",
        "rich",
        "read",
        "brown",
        "white",
        "green",
        "black",
        "grey",
        "gray",
        "young",
        "king",
        "wood",
        "hill",
        "little",
        "long",
        "short",
        "price",
        "cook",
        "baker",
        "bell",
        "hall",
        "moss",
        "stone",
        "field",
        "lamb",
        "fox",
        "day",
        "page",
        "wise",
        "sharp",
        "best",
        "love",
        "friend",
        "hart",
        "bird",
        "park",
        "lane",
        "north",
        "south",
        "east",
        "west",
        "rivers",
        "river",
        "brook",
        "storm",
        "sky",
        "star",
        "dean",
        "miles",
        "penny",
        "holly",
        "heather",
        "lily",
        "daisy",
        "poppy",
        "autumn",
        "winter",
        "angel",
        "honey",
        "sage",
        "reed",
        "marsh",
        "fisher",
        "walker",
        "turner",
        "carter",
        "mason",
        "archer",
        "patience",
        "constance",
        "prudence",
        "victor",
        "noble",
        "major",
        "rush",
        "cross",
        "church",
        "house",
        "well",
        "wells",
        "banks",
        "case",
        "example",
        "sample",
        "child",
        "person",
        "mum",
        "dad",
        "nan",
    }
)
"""Names that are also everyday words: matched only as written with a capital ("Will", "WILL"),
so a child called May or Young does not turn every "may" or "young person" into a finding."""


def _parts(name: str | None) -> list[str]:
    """A name and, for a double-barrelled or two-word one, each of its parts."""
    if not name or not name.strip():
        return []
    name = " ".join(name.split())
    pieces = [piece for piece in re.split(r"[\s-]+", name) if len(piece) >= _MIN_NAME_LENGTH]
    return [name, *pieces] if len(pieces) > 1 else pieces


def _token(name: str) -> str:
    """A name as a pattern: any case, or for an everyday word only capitalised or in capitals."""
    if name.lower() in COMMON_WORD_NAMES:
        return f"(?:{re.escape(name[:1].upper() + name[1:].lower())}|{re.escape(name.upper())})"
    return f"(?i:{re.escape(name)})"


def _name_forms(person: HeldPerson) -> set[str]:
    """Every way a person's name is likely to be written, as regular expressions."""
    givens = _parts(person.given_name) + _parts(person.preferred_name)
    families = _parts(person.family_name)
    forms = {_token(name) for name in givens + families}
    for family in families:
        surname = _token(family)
        forms |= {rf"{_token(given)}\s+{surname}" for given in givens}
        # An initial and a surname: "R. Murphy", "R Murphy".
        forms |= {rf"{re.escape(given[0].upper())}\.?\s+{surname}" for given in givens}
    return forms


def _names_pattern(people: Sequence[HeldPerson]) -> re.Pattern[str] | None:
    forms: set[str] = set()
    for person in people:
        forms |= _name_forms(person)
    if not forms:
        return None
    # Longest first, so "Ruby Murphy" is one finding rather than two.
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternatives}){_POSSESSIVE}(?![\w])")


def _name_spans(text: str, names: re.Pattern[str] | None) -> Iterable[Span]:
    if names is None:
        return ()
    return (Span(m.start(), m.end(), DetailKind.NAME) for m in names.finditer(text))


def _without_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Earliest first; of spans that overlap, the one starting first (the longest, if tied)."""
    ordered = sorted(spans, key=lambda span: (span.start, span.start - span.end))
    kept: list[Span] = []
    for span in ordered:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def find_identifying_details(
    texts: Mapping[str, str], people: Sequence[HeldPerson]
) -> tuple[Finding, ...]:
    """Every identifying detail in each text, by field in the order given, then by position."""
    names = _names_pattern(people)
    findings: list[Finding] = []
    for field, text in texts.items():
        spans = [*_name_spans(text, names), *pattern_spans(text)]
        findings += [
            Finding(field, span.kind, text[span.start : span.end], span.start, span.end)
            for span in _without_overlaps(spans)
        ]
    return tuple(findings)
