"""Fostering households from a council's carer records: terms of approval, places, languages,
faith, fee, and capacity per needs domain in the framework's own levels and words.

The natural key is the household's reference: loading the same file again changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kindred.domain import bulk_cells as cells
from kindred.domain.bulk_rows import Column, RowProblems
from kindred.domain.framework import Framework

APPROVAL_TYPES = {
    "emergency": "emergency",
    "short_term": "short_term",
    "short_break": "respite",
    "short_breaks": "respite",
    "long_term": "long_term",
    "permanent": "long_term",
    "respite": "respite",
    "parent_and_child": "parent_and_child",
    "siblings": "siblings",
    "sibling_group": "siblings",
    "kinship": "kinship",
    "family_and_friends": "kinship",
}
STATUSES = {"active": "active", "on_hold": "on_hold", "closed": "closed"}


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    reference: str
    name: str
    status: str
    age_min: int
    age_max: int
    places: int
    vacancies: int
    approved_types: tuple[str, ...]
    postcode: str | None
    languages: tuple[str, ...]
    faith: str | None
    other_children: int
    weekly_fee_pence: int
    notes: str
    capacity: tuple[int, ...] | None
    """Levels in framework order, or None when the row gives no capacity."""
    capacity_from: date


def capacity_column(key: str) -> str:
    return f"capacity_{key}"


def household_columns(framework: Framework) -> tuple[Column, ...]:
    """The columns of a households file; capacity has one column per needs domain."""
    levels = "; ".join(f"{info.level} {info.label.lower()}" for info in framework.levels)
    return (
        Column(
            "reference",
            "The council's reference for the household; unique; the key that "
            "matches a row to the household already held.",
            "FC-1042",
            required=True,
        ),
        Column(
            "name",
            "How the household is known (e.g. the carers' names).",
            "The Okafor household",
            required=True,
            aliases=("household", "household_name"),
        ),
        Column("status", "active, on_hold or closed (default active).", "active"),
        Column(
            "age_min",
            "Youngest age approved for, 0–25.",
            "0",
            required=True,
            aliases=("min_age", "age_from"),
        ),
        Column(
            "age_max",
            "Oldest age approved for, 0–25.",
            "17",
            required=True,
            aliases=("max_age", "age_to"),
        ),
        Column("places", "Children approved for at once, 1–6.", "2", required=True),
        Column("vacancies", "Places free now, 0 to places (default 0).", "1"),
        Column(
            "approved_types",
            "Terms of approval, separated by ';': emergency, short_term, "
            "long_term, respite (short breaks), parent_and_child, siblings, kinship.",
            "short_term; long_term",
            required=True,
            aliases=("approval", "approval_types"),
        ),
        Column("postcode", "The household's full postcode (places it for distance).", "LS1 4AP"),
        Column(
            "languages",
            "Languages spoken at home, separated by ';' (at most 10).",
            "English; Polish",
        ),
        Column("faith", "The household's faith, if any.", "Catholic", aliases=("religion",)),
        Column("other_children", "Children already living there, 0–12 (default 0).", "1"),
        Column(
            "weekly_fee",
            "Weekly fee in pounds, e.g. 450 or £1,234.50.",
            "450.00",
            required=True,
            aliases=("fee", "weekly_fee_gbp"),
        ),
        Column("notes", "Anything else worth knowing (free text).", ""),
        *(
            Column(
                capacity_column(domain.key),
                f"Capacity for {domain.name.lower()}: the highest "
                f"level of need the household can meet, 0–4 or its words ({levels}). Give "
                "every domain or none.",
                "2",
                aliases=(domain.name, f"capacity {domain.name}"),
            )
            for domain in framework.domains
        ),
        Column(
            "capacity_from",
            "The date the capacity applies from (default: the day of the "
            "load). A new capacity is recorded only when the levels change.",
            "01/04/2025",
        ),
    )


def level_options(framework: Framework) -> dict[str, int]:
    """A need level as a number or in the framework's words (`moderate`, `2 moderate`)."""
    options: dict[str, int] = {}
    for info in framework.levels:
        label = cells.normal_name(info.label)
        options |= {str(info.level): info.level, label: info.level}
        options[f"{info.level}_{label}"] = info.level
    return options


def household_checker(
    framework: Framework, *, today: date
) -> Callable[[RowProblems], HouseholdRow | None]:
    """The row check for a file, with what every row shares worked out once."""
    levels = level_options(framework)
    keys = tuple(capacity_column(key) for key in framework.domain_keys)

    def level(cell: cells.Cell) -> int:
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            return cells.whole_number(cell, low=0, high=4)
        return cells.choice(cell, levels, what="level 0–4")

    def capacity(row: RowProblems) -> tuple[int, ...] | None:
        given = [key for key in keys if not cells.is_blank(row.cells.get(key))]
        if not given:
            return None
        if len(given) < len(keys):
            for key in keys:
                if key not in given:
                    row.add(key, "is empty; give a capacity for every domain, or for none")
            return None
        return tuple(row.need(key, level, 0) for key in keys)

    return lambda row: _check_household(row, capacity, today)


def _line(limit: int) -> cells.Parser[str]:
    return lambda cell: cells.text(cell, max_length=limit)


def _count(low: int, high: int) -> cells.Parser[int]:
    return lambda cell: cells.whole_number(cell, low=low, high=high)


_REFERENCE, _NAME, _POSTCODE, _FAITH = _line(40), _line(120), _line(10), _line(60)
_AGE, _PLACES, _VACANCIES, _OTHER_CHILDREN = (
    _count(0, 25),
    _count(1, 6),
    _count(0, 6),
    _count(0, 12),
)


def _check_household(
    row: RowProblems,
    capacity_of: Callable[[RowProblems], tuple[int, ...] | None],
    today: date,
) -> HouseholdRow | None:
    """One household row, or None with every problem recorded on `row`."""
    reference = row.need("reference", _REFERENCE, "")
    name = row.need("name", _NAME, "")
    status = row.read("status", lambda c: cells.choice(c, STATUSES, what="status"), "active")
    age_min = row.need("age_min", _AGE, 0)
    age_max = row.need("age_max", _AGE, 25)
    places = row.need("places", _PLACES, 1)
    vacancies = row.read("vacancies", _VACANCIES, 0)
    types = row.need(
        "approved_types",
        lambda c: cells.choices(c, APPROVAL_TYPES, what="type of approval"),
        ["long_term"],
    )
    postcode = row.read("postcode", _POSTCODE, "") or None
    languages: list[str] = row.read(
        "languages", lambda c: cells.items(c, max_items=10, max_length=40), []
    )
    faith = row.read("faith", _FAITH, "") or None
    other_children = row.read("other_children", _OTHER_CHILDREN, 0)
    fee = row.need("weekly_fee", cells.pence, 0)
    notes = row.read("notes", lambda c: cells.text(c, max_length=5000, multiline=True), "")
    capacity = capacity_of(row)
    capacity_from = row.read("capacity_from", cells.day, today)
    if age_min > age_max:
        row.add("age_max", f"is younger than age_min ({age_min})")
    if vacancies > places:
        row.add("vacancies", f"is more than the places approved ({places})")
    if capacity is not None and capacity_from > today:
        row.add("capacity_from", "is in the future")
    if row.errors:
        return None
    return HouseholdRow(
        reference,
        name,
        status,
        age_min,
        age_max,
        places,
        vacancies,
        tuple(sorted(set(types))),
        postcode,
        tuple(languages),
        faith,
        other_children,
        fee,
        notes,
        capacity,
        capacity_from,
    )
