"""Needs profiles a council already holds (child, assessment date, level and strength per
domain, evidence, approver), loaded as approved history and scored as an approval scores.

The natural key is (child id, assessment date).
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kindred.domain import bulk_cells as cells
from kindred.domain.bulk_households import level_options
from kindred.domain.bulk_rows import Column, RowProblems
from kindred.domain.framework import Framework
from kindred.domain.scoring import summarise_needs


@dataclass(frozen=True, slots=True)
class ProfileRow:
    child: str
    assessed_on: date
    approver: str
    """The approver's e-mail address, as a user of the council."""
    summary: str
    levels: tuple[int, ...]
    strengths: tuple[str, ...]
    evidence: tuple[str, ...]
    """Per domain, in framework order."""
    score: Decimal
    actionable: int
    highest: int


def level_column(key: str) -> str:
    return f"{key}_level"


def strength_column(key: str) -> str:
    return f"{key}_strength"


def evidence_column(key: str) -> str:
    return f"{key}_evidence"


def profile_columns(framework: Framework) -> tuple[Column, ...]:
    """The columns of a needs profiles file: three per needs domain."""
    levels = "; ".join(f"{info.level} {info.label.lower()}" for info in framework.levels)
    strengths = ", ".join(info.key for info in framework.strength_levels)
    per_domain = tuple(
        column
        for domain in framework.domains
        for column in (
            Column(
                level_column(domain.key),
                f"Level of need in {domain.name.lower()}, 0–4 or its words ({levels}).",
                "2",
                required=True,
                aliases=(domain.name,),
            ),
            Column(
                strength_column(domain.key),
                f"Strength in {domain.name.lower()}: {strengths} (default none).",
                "useful",
            ),
            Column(
                evidence_column(domain.key),
                f"What the level of {domain.name.lower()} rests on (free text).",
                "Settled at school since March",
            ),
        )
    )
    return (
        Column(
            "child_id",
            "The child's local id (CHILD in the SSDA903 return) as Kindred holds it.",
            "C100234",
            required=True,
            aliases=("child", "local_child_id"),
        ),
        Column(
            "assessment_date",
            "The day the profile was assessed (dd/mm/yyyy); with the "
            "child, the key that matches a row to a profile already loaded.",
            "14/03/2024",
            required=True,
            aliases=("assessed_on", "date"),
        ),
        Column(
            "approver",
            "The e-mail address of the council user who approved it (their "
            "account may be deactivated).",
            "manager@council.example",
            required=True,
            aliases=("approved_by",),
        ),
        Column("summary", "A summary of the profile (free text).", ""),
        *per_domain,
    )


def profile_checker(
    framework: Framework,
    *,
    known_children: Collection[str],
    approvers: Collection[str],
    today: date,
) -> Callable[[RowProblems], ProfileRow | None]:
    """The row check for a file, with what every row shares worked out once."""
    levels = level_options(framework)
    strengths = {
        cells.normal_name(info.label): info.key.value for info in framework.strength_levels
    }
    strengths |= {info.key.value: info.key.value for info in framework.strength_levels}
    keys = framework.domain_keys

    def level(cell: cells.Cell) -> int:
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            return cells.whole_number(cell, low=0, high=4)
        return cells.choice(cell, levels, what="level 0–4")

    def strength(cell: cells.Cell) -> str:
        return cells.choice(cell, strengths, what="strength")

    def evidence(cell: cells.Cell) -> str:
        return cells.text(cell, max_length=5000, multiline=True)

    def check(row: RowProblems) -> ProfileRow | None:
        child = row.need("child_id", lambda c: cells.text(c, max_length=40), "")
        assessed_on = row.need("assessment_date", cells.day, today)
        approver = row.need("approver", lambda c: cells.text(c, max_length=254).lower(), "")
        summary = row.read("summary", evidence, "")
        found = tuple(row.need(level_column(key), level, 0) for key in keys)
        strength_of = tuple(row.read(strength_column(key), strength, "none") for key in keys)
        evidence_of = tuple(row.read(evidence_column(key), evidence, "") for key in keys)
        if child and child not in known_children:
            row.add("child_id", f"{child!r} is not a child Kindred holds for this council")
        if approver and approver not in approvers:
            row.add("approver", f"{approver!r} is not a user of this council")
        if assessed_on > today:
            row.add("assessment_date", "is in the future")
        if row.errors:
            return None
        figures = summarise_needs(dict(zip(keys, found, strict=True)), framework)
        return ProfileRow(
            child,
            assessed_on,
            approver,
            summary,
            found,
            strength_of,
            evidence_of,
            Decimal(str(figures.score)),
            figures.actionable,
            figures.highest.level,
        )

    return check
