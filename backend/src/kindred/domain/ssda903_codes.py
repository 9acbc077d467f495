"""The DfE's SSDA903 code lists per collection year, and the DfE validation rules Kindred cites.

Real returns repeat episodes that began years ago, coded as they were then (a `T1` temporary
placement of 2019, say), so a code is checked against the lists of the years the episode ran in,
not only today's. The lists are data (`ssda903_codes.json`, each span naming the DfE guidance it
comes from); `code_lists()` reads them once and `parse_code_lists` is the pure part.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class CodeLists:
    first_year: int
    latest_year: int
    rules: Mapping[str, str]
    """DfE validation rule number → its text."""
    valid: Mapping[str, Mapping[int, frozenset[str]]]
    """Column → collection year → the codes valid that year."""

    def known(self, column: str, code: str) -> bool:
        """Whether `code` is valid for `column` in any collection year."""
        return any(code in codes for codes in self.valid[column].values())

    def valid_between(self, column: str, code: str, first: date, last: date) -> bool:
        """Whether `code` is valid in a collection year from `first`'s to `last`'s."""
        years = range(self.year_of(first), self.year_of(last) + 1)
        return any(code in self.valid[column].get(year, frozenset()) for year in years)

    def year_of(self, day: date) -> int:
        """The collection year holding `day` (named by the year it ends on 31 March), kept
        within the years the lists cover."""
        year = day.year + 1 if day.month >= 4 else day.year
        return min(max(year, self.first_year), self.latest_year)

    def rule(self, number: str) -> str:
        return self.rules[number]


def parse_code_lists(document: Mapping[str, Any]) -> CodeLists:
    """Code lists from the JSON document: spans of years expanded to one set per year."""
    first, latest = int(document["first_year"]), int(document["latest_year"])
    valid: dict[str, dict[int, frozenset[str]]] = {}
    for column, spans in document["lists"].items():
        years: dict[int, set[str]] = {year: set() for year in range(first, latest + 1)}
        for span in spans:
            last = latest if span["last_year"] is None else int(span["last_year"])
            for year in range(int(span["first_year"]), last + 1):
                years[year] |= set(span["codes"])
        valid[column] = {year: frozenset(codes) for year, codes in years.items()}
    return CodeLists(first, latest, dict(document["rules"]), valid)


@cache
def code_lists() -> CodeLists:
    """The lists shipped with Kindred (read once)."""
    text = resources.files("kindred.domain").joinpath("ssda903_codes.json").read_text("utf-8")
    return parse_code_lists(json.loads(text))
