"""Queries behind the value summary and edge of care."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.assessment import Assessment
from kindred.models.child import Child
from kindred.modules.costs.api import weekly_costs_running


@dataclass(frozen=True, slots=True)
class InCareTotals:
    children: int
    assessed: int
    score_total: Decimal
    with_cost: int
    weekly_pence: int
    scored_and_costed_score: Decimal
    scored_and_costed_weekly_pence: int


async def in_care_totals(
    db: AsyncSession, cohort: ColumnElement[bool], today: date
) -> InCareTotals:
    """Counts, scores and weekly costs running today of the cohort, in one pass."""
    weekly = weekly_costs_running(today)
    costed = weekly.c.weekly > 0
    scored = Child.latest_score.is_not(None)
    row = (
        await db.execute(
            select(
                func.count(),
                func.count(Child.latest_score),
                func.coalesce(func.sum(Child.latest_score), 0),
                func.count().filter(costed),
                func.coalesce(func.sum(weekly.c.weekly), 0),
                func.coalesce(func.sum(Child.latest_score).filter(costed), 0),
                func.coalesce(func.sum(weekly.c.weekly).filter(scored, costed), 0),
            )
            .select_from(Child)
            .outerjoin(weekly, weekly.c.child_id == Child.id)
            .where(cohort)
        )
    ).one()
    return InCareTotals(
        row[0], row[1], Decimal(row[2]), row[3], int(row[4]), Decimal(row[5]), int(row[6])
    )


async def count_children(db: AsyncSession, cohort: ColumnElement[bool]) -> int:
    return await db.scalar(select(func.count()).select_from(Child).where(cohort)) or 0


async def scores_and_highest_levels(
    db: AsyncSession, cohort: ColumnElement[bool]
) -> list[tuple[Decimal | None, int | None]]:
    """Each child's latest approved score and highest need level (empty: not assessed)."""
    rows = await db.execute(
        select(Child.latest_score, Assessment.highest_level)
        .outerjoin(Assessment, Assessment.id == Child.latest_assessment_id)
        .where(cohort)
    )
    return [(row[0], row[1]) for row in rows]
