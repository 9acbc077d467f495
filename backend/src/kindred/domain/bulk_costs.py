"""Placement cost records from a finance system's extract: child, provider, a weekly amount or
an amount for a period, dates and funder.

The natural key is (child id, provider, start date). An amount for a period is stored as the
weekly rate it works out to (amount × 7 ÷ days, to the nearest penny), because a placement cost
is weekly; the report of the preview shows the rate before anything is written.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kindred.domain import bulk_cells as cells
from kindred.domain.bulk_rows import Column, RowProblems

KINDS = {
    "placement": "placement",
    "placement_fee": "placement",
    "therapy": "therapy",
    "education_support": "education_support",
    "education": "education_support",
    "transport": "transport",
    "other": "other",
}
FUNDERS = {
    "social_care": "social_care",
    "childrens_social_care": "social_care",
    "children_s_social_care": "social_care",
    "csc": "social_care",
    "la": "social_care",
    "health": "health",
    "nhs": "health",
    "icb": "health",
    "education": "education",
    "send": "education",
}


@dataclass(frozen=True, slots=True)
class CostRow:
    child: str
    provider: str
    kind: str
    description: str
    weekly_pence: int
    funder: str
    start_date: date
    end_date: date | None


COST_COLUMNS = (
    Column(
        "child_id",
        "The child's local id (CHILD in the SSDA903 return) as Kindred holds it.",
        "C100234",
        required=True,
        aliases=("child", "local_child_id"),
    ),
    Column(
        "provider",
        "Who is paid: the provider's name or code in the finance system.",
        "Brightpath Fostering",
        required=True,
        aliases=("supplier", "provider_name"),
    ),
    Column(
        "kind",
        "placement (default), therapy, education_support, transport or other.",
        "placement",
        aliases=("cost_type", "type"),
    ),
    Column("description", "Free text shown with the cost.", "Weekly fee incl. allowance"),
    Column(
        "weekly_amount",
        "The weekly amount in pounds (e.g. 850 or £1,234.50). Give this or period_amount.",
        "850.00",
        aliases=("weekly_cost", "amount_per_week"),
    ),
    Column(
        "period_amount",
        "An amount for the whole period from start_date to end_date "
        "(both needed); stored as its weekly rate.",
        "3400.00",
        aliases=("period_cost", "amount"),
    ),
    Column(
        "start_date",
        "First day the amount applies (dd/mm/yyyy).",
        "01/04/2025",
        required=True,
        aliases=("from", "date_from"),
    ),
    Column(
        "end_date", "Last day it applies; empty while it still runs.", "", aliases=("to", "date_to")
    ),
    Column(
        "funder",
        "social_care (default), health or education.",
        "social_care",
        aliases=("funded_by",),
    ),
)


def weekly_rate(period_pence: int, start: date, end: date) -> int:
    """The weekly rate of an amount spread over `start`..`end` inclusive, to the nearest penny."""
    days = (end - start).days + 1
    return int((Decimal(period_pence) * 7 / days).quantize(Decimal(1), ROUND_HALF_UP))


def check_cost(row: RowProblems, *, known_children: Collection[str]) -> CostRow | None:
    """One cost row, or None with every problem recorded on `row`."""
    child = row.need("child_id", lambda c: cells.text(c, max_length=40), "")
    provider = row.need("provider", lambda c: cells.text(c, max_length=120), "")
    kind = row.read("kind", lambda c: cells.choice(c, KINDS, what="kind of cost"), "placement")
    description = row.read("description", lambda c: cells.text(c, max_length=200), "")
    weekly = row.read("weekly_amount", cells.pence, None)
    period = row.read("period_amount", cells.pence, None)
    start = row.need("start_date", cells.day, date.min)
    end = row.read("end_date", cells.day, None)
    funder = row.read("funder", lambda c: cells.choice(c, FUNDERS, what="funder"), "social_care")
    if child and child not in known_children:
        row.add("child_id", f"{child!r} is not a child Kindred holds for this council")
    if end is not None and start != date.min and end < start:
        row.add("end_date", "is before start_date")
    blank = [cells.is_blank(row.cells.get(name)) for name in ("weekly_amount", "period_amount")]
    if all(blank):
        row.add("weekly_amount", "is empty; give weekly_amount or period_amount")
    elif not any(blank):
        row.add("period_amount", "is given with weekly_amount; give one of them")
    elif period is not None and end is None:
        row.add("end_date", "is empty; a period_amount needs the period's end")
    if row.errors:
        return None
    if weekly is None:
        assert period is not None
        assert end is not None
        weekly = weekly_rate(period, start, end)
    return CostRow(child, provider, kind, description, weekly, funder, start, end)
