"""What a child's care cost over a period, computed day by day from dated cost records.

A cost record is either a weekly amount (a placement fee, a weekly support package) charged for
every day from its start date to its end date, both inclusive (no end date: still running), or a
one-off amount charged on its start date. Money is integer pence throughout.

Exactness: a weekly amount costs `weekly / 7` pence a day, which is rarely a whole number of
pence. Costs are therefore accumulated exactly, in sevenths of a penny (`weekly_pence × days`
sevenths for a weekly record, `7 × amount` for a one-off), and rounded once, at the very end,
half up to whole pence. So the exact cost of a period is additive (splitting a period at any
day, or the records into groups, never changes the exact total), a weekly record over exactly
7k days costs exactly k weeks, and nothing is ever lost or invented by intermediate rounding.
Rounded figures of parts may differ from the rounded whole by less than a penny per part.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Funder(StrEnum):
    social_care = "social_care"
    health = "health"
    education = "education"


class CostKind(StrEnum):
    placement = "placement"
    therapy = "therapy"
    education_support = "education_support"
    transport = "transport"
    other = "other"


class Frequency(StrEnum):
    weekly = "weekly"
    one_off = "one_off"


SEVENTHS_PER_PENNY = 7
"""Costs accumulate in sevenths of a penny: a weekly amount's day is exactly weekly sevenths."""


@dataclass(frozen=True, slots=True)
class CostRecord:
    """One dated amount in pence: weekly from `start` to `end` (inclusive), or once on `start`."""

    start: date
    end: date | None
    amount_pence: int
    frequency: Frequency
    funder: Funder
    kind: CostKind

    def __post_init__(self) -> None:
        if self.amount_pence < 0:
            raise ValueError("a cost is never negative")
        if self.end is not None and self.end < self.start:
            raise ValueError("a cost record cannot end before it starts")


@dataclass(frozen=True, slots=True)
class PeriodCost:
    """The cost of a period, in pence (rounded once, half up) and exactly in sevenths."""

    start: date
    end: date
    total_pence: int
    total_sevenths: int
    by_funder: Mapping[Funder, int]
    by_kind: Mapping[CostKind, int]
    days: int


def round_sevenths(sevenths: int) -> int:
    """Whole pence from sevenths of a penny, rounded half up (costs are never negative)."""
    return (2 * sevenths + SEVENTHS_PER_PENNY) // (2 * SEVENTHS_PER_PENNY)


def days_charged(record: CostRecord, start: date, end: date) -> int:
    """How many days of [start, end] (inclusive) a weekly record covers."""
    first = max(start, record.start)
    last = end if record.end is None else min(end, record.end)
    return max(0, (last - first).days + 1)


def record_sevenths(record: CostRecord, start: date, end: date) -> int:
    """The exact cost of one record over [start, end], in sevenths of a penny."""
    if end < start:
        raise ValueError("a period cannot end before it starts")
    if record.frequency is Frequency.one_off:
        return record.amount_pence * SEVENTHS_PER_PENNY if start <= record.start <= end else 0
    return record.amount_pence * days_charged(record, start, end)


def cost_over_period(records: Iterable[CostRecord], start: date, end: date) -> PeriodCost:
    """The cost of every record over [start, end] inclusive, by funder and by kind.

    Each breakdown is rounded from its own exact sum, so its parts can differ from the rounded
    total by a penny or so; the exact sevenths always agree.
    """
    if end < start:
        raise ValueError("a period cannot end before it starts")
    by_funder = dict.fromkeys(Funder, 0)
    by_kind = dict.fromkeys(CostKind, 0)
    total = 0
    for record in records:
        sevenths = record_sevenths(record, start, end)
        total += sevenths
        by_funder[record.funder] += sevenths
        by_kind[record.kind] += sevenths
    return PeriodCost(
        start=start,
        end=end,
        total_pence=round_sevenths(total),
        total_sevenths=total,
        by_funder={funder: round_sevenths(value) for funder, value in by_funder.items()},
        by_kind={kind: round_sevenths(value) for kind, value in by_kind.items()},
        days=(end - start).days + 1,
    )


def weekly_cost_on(records: Iterable[CostRecord], day: date) -> int:
    """The weekly amounts running on `day`, summed, in pence (one-off amounts are not weekly)."""
    return sum(
        record.amount_pence
        for record in records
        if record.frequency is Frequency.weekly
        and record.start <= day
        and (record.end is None or day <= record.end)
    )
