"""The SSDA903 return's files beyond Header and Episodes: UASC, Reviews, Missing, OC2, OC3 and
PlacedAdoption, each row read on its own into a `ChildRecord` kept against the child.

Column names are the DfE's file layouts, as the DfE-commissioned validator reads them
(SocialFinanceDigitalLabs/quality-lac-data-beta-validator, `validator903/config.py`,
`column_names`); the code lists and rule texts cited are that validator's rules 120, 133 and 167.
Same principles as Episodes: a row whose meaning is clear is kept, a broken rule is a warning,
and only a row with no child id or no usable key date is rejected here (an unknown child is
rejected when the return is read as a whole, `ssda903_import`).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from kindred.domain.ssda903_csv import DateProblem, parse_date
from kindred.domain.ssda903_rows import MAX_CHILD_ID, Problem, RowReader


class ChildFile(StrEnum):
    """The optional files of a return, by the names the DfE's validator gives them."""

    uasc = "uasc"
    reviews = "reviews"
    missing = "missing"
    oc2 = "oc2"
    oc3 = "oc3"
    placed_adoption = "placed_adoption"


REVIEW_PARTICIPATION = MappingProxyType(
    {
        "PN0": "Child under 4 at the time of the review",
        "PN1": "Attended and spoke for themselves",
        "PN2": "Attended; an advocate spoke for them",
        "PN3": "Attended and conveyed their view symbolically",
        "PN4": "Attended but did not convey their view",
        "PN5": "Did not attend; briefed an advocate",
        "PN6": "Did not attend; conveyed their feelings by a facilitative medium",
        "PN7": "Did not attend; their views were not conveyed",
    }
)
MISSING_KIND = MappingProxyType({"M": "Missing", "A": "Away from placement without authorisation"})
IN_TOUCH = MappingProxyType(
    {
        "YES": "In touch",
        "NO": "Not in touch",
        "DIED": "Died",
        "REFU": "Refuses contact",
        "NREQ": "No longer requires services",
        "RHOM": "Returned home",
    }
)
ACTIVITY = frozenset({"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6"})
ACCOMMODATION = frozenset(
    {f"{letter}{suitable}" for letter in "BCDEGHKRTUVWYZ" for suitable in "12"} | {"S2", "X2", "0"}
)
REASON_PLACED_CEASED = frozenset({"RD1", "RD2", "RD3", "RD4"})

RULES = MappingProxyType(
    {
        "120": "The reason for the reversal of the decision that the child should be placed for "
        "adoption code is not valid.",
        "133": "Data entry for accommodation after leaving care is invalid.",
        "167": "Data entry for participation is invalid or blank.",
    }
)

COLUMNS: Mapping[ChildFile, tuple[str, ...]] = MappingProxyType(
    {
        ChildFile.uasc: ("CHILD", "SEX", "DOB", "DUC"),
        ChildFile.reviews: ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
        ChildFile.missing: ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
        ChildFile.oc2: (
            "CHILD",
            "DOB",
            "SDQ_SCORE",
            "SDQ_REASON",
            "CONVICTED",
            "HEALTH_CHECK",
            "IMMUNISATIONS",
            "TEETH_CHECK",
            "HEALTH_ASSESSMENT",
            "SUBSTANCE_MISUSE",
            "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED",
        ),
        ChildFile.oc3: ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
        ChildFile.placed_adoption: (
            "CHILD",
            "DOB",
            "DATE_PLACED",
            "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED",
        ),
    }
)
KEY_DATE: Mapping[ChildFile, str | None] = MappingProxyType(
    {
        ChildFile.uasc: "DOB",
        ChildFile.reviews: "REVIEW",
        ChildFile.missing: "MIS_START",
        ChildFile.oc2: None,
        ChildFile.oc3: None,
        ChildFile.placed_adoption: "DATE_PLACED",
    }
)
"""The date a record is matched by (with the child and kind); None: the collection year's end,
as OC2 and OC3 describe the child at the end of the year."""

_OC2_FLAGS = (
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
)
MAX_SDQ_SCORE = 40


def required_columns(kind: ChildFile) -> tuple[str, ...]:
    """The columns a file cannot be read without: the child and the record's date."""
    key = KEY_DATE[kind]
    return ("CHILD",) if key is None else ("CHILD", key)


@dataclass(frozen=True, slots=True)
class ChildRecord:
    """One row of an optional file: matched by child, kind, date and code (the code only for
    Missing, whose M and A spells may start the same day)."""

    kind: ChildFile
    line: int
    child: str
    on: date
    code: str
    details: dict[str, str | None]


def _coded(
    row: RowReader, column: str, codes: frozenset[str] | Mapping[str, str], rule: str | None
) -> str | None:
    value = row.text(column, limit=10)
    if value is None:
        return None
    if value.upper() in codes:
        return value.upper()
    cited = f"{rule}: {RULES[rule]}" if rule else None
    row.warnings.append(
        Problem(f"{column} {value!r} is not an SSDA903 code; it was left out", column, cited)
    )
    return None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _ended(row: RowReader, start: date | None, end_column: str) -> date | None:
    """An end date, rejected when it is before the start."""
    end = row.day(end_column)
    if start and end and end < start:
        row.rejections.append(
            Problem(f"{end_column} {end:%d/%m/%Y} is before {start:%d/%m/%Y}", end_column)
        )
    return end


def _ceases(row: RowReader) -> date | None:
    """DUC, the day the child stops being an unaccompanied asylum-seeker (often their 18th
    birthday, so in the future); one that is not a date is left out with a warning."""
    value = row.text("DUC")
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateProblem as problem:
        row.warnings.append(Problem(f"DUC {value!r} {problem}; it was left out", "DUC"))
        return None


def _details(kind: ChildFile, row: RowReader, on: date | None) -> tuple[str, dict[str, str | None]]:
    """The record's code and what it holds, each value checked (a bad one left out); `on` is
    the record's key date."""
    if kind is ChildFile.uasc:
        return "", {"duc": _iso(_ceases(row))}
    if kind is ChildFile.reviews:
        participation = _coded(row, "REVIEW_CODE", REVIEW_PARTICIPATION, "167")
        if row.record.get("REVIEW_CODE") is None:
            row.warnings.append(
                Problem("REVIEW_CODE is empty", "REVIEW_CODE", f"167: {RULES['167']}")
            )
        return "", {"participation": participation}
    if kind is ChildFile.missing:
        missing = row.text("MISSING", limit=4)
        code = (missing or "M").upper()
        if code not in MISSING_KIND:
            message = f"MISSING {missing!r} is not M or A; taken as missing"
            row.warnings.append(Problem(message, "MISSING"))
            code = "M"
        elif row.record.get("MISSING") is None:
            row.warnings.append(Problem("MISSING is empty; taken as missing", "MISSING"))
        return code, {"end": _iso(_ended(row, on, "MIS_END"))}
    if kind is ChildFile.oc2:
        return "", {
            "sdq_score": _sdq_score(row),
            "sdq_reason": row.text("SDQ_REASON", limit=10),
        } | {flag.lower(): _flag(row, flag) for flag in _OC2_FLAGS}
    if kind is ChildFile.oc3:
        return "", {
            "in_touch": _coded(row, "IN_TOUCH", IN_TOUCH, None),
            "activity": _coded(row, "ACTIV", ACTIVITY, None),
            "accommodation": _coded(row, "ACCOM", ACCOMMODATION, "133"),
        }
    return "", {
        "ceased": _iso(_ended(row, on, "DATE_PLACED_CEASED")),
        "reason_ceased": _coded(row, "REASON_PLACED_CEASED", REASON_PLACED_CEASED, "120"),
    }


def _flag(row: RowReader, column: str) -> str | None:
    value = row.text(column, limit=4)
    if value is None or value in {"0", "1"}:
        return value
    row.warnings.append(Problem(f"{column} {value!r} must be 1, 0 or empty; left out", column))
    return None


def _sdq_score(row: RowReader) -> str | None:
    value = row.text("SDQ_SCORE", limit=4)
    if value is None or (value.isdigit() and int(value) <= MAX_SDQ_SCORE):
        return value
    message = f"SDQ_SCORE {value!r} is not a whole number from 0 to {MAX_SDQ_SCORE}; left out"
    row.warnings.append(Problem(message, "SDQ_SCORE"))
    return None


def child_record(kind: ChildFile, row: RowReader, year_end: date) -> ChildRecord | None:
    """A row of one of the optional files, or None when it is rejected. `year_end` (31 March of
    the return's collection year) dates OC2 and OC3 rows, which carry no date of their own."""
    child = row.text("CHILD", required=True, limit=MAX_CHILD_ID)
    key = KEY_DATE[kind]
    on = year_end if key is None else row.day(key, required=True)
    code, details = _details(kind, row, on)
    if row.rejections or child is None or on is None:
        return None
    return ChildRecord(kind, row.record.line, child, on, code, details)
