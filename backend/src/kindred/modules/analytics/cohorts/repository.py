"""Queries behind cohort comparisons and needs over time.

Set-based: one query per figure, grouped in PostgreSQL where it can be, never one per child.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Date,
    Float,
    String,
    Subquery,
    and_,
    case,
    cast,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.analytics import AgeBand
from kindred.domain.cohorts import birth_dates_in
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Team
from kindred.modules.analytics.cohorts.schemas import CohortGrouping

_GROUP_COLUMNS = {
    CohortGrouping.team: Child.team_id,
    CohortGrouping.sex: Child.sex,
    CohortGrouping.ethnicity: Child.ethnicity,
    CohortGrouping.placement_type: Child.placement_type,
}


def _age_band(today: date) -> ColumnElement[str | None]:
    """`analytics.age_band` of the child on `today`, in SQL."""
    bands = []
    for band in AgeBand:
        born_after, born_by = birth_dates_in(band, today)
        born = Child.date_of_birth <= born_by
        bands.append(
            (
                born if born_after is None else and_(born, Child.date_of_birth > born_after),
                band.value,
            )
        )
    return case(*bands, else_=None)


async def scores_by(
    db: AsyncSession, cohort: ColumnElement[bool], group_by: CohortGrouping, today: date
) -> dict[str | None, list[float]]:
    """The latest approved scores of the cohort's scored children, per value of `group_by`
    (as text; empty: not recorded). Gathered into arrays in PostgreSQL: one row per group."""
    key = (
        _age_band(today)
        if group_by is CohortGrouping.age_band
        else cast(_GROUP_COLUMNS[group_by], String)
    )
    rows = await db.execute(
        select(key, func.array_agg(cast(Child.latest_score, Float)))
        .where(cohort, Child.latest_score.is_not(None))
        .group_by(key)
    )
    return {row[0]: list(row[1]) for row in rows}


async def team_names(db: AsyncSession, team_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await db.execute(select(Team.id, Team.name).where(Team.id.in_(team_ids)))
    return {row[0]: row[1] for row in rows}


@dataclass(frozen=True, slots=True)
class QuarterLevels:
    starts_on: date
    domain_key: str
    children: int
    level_total: int


def _assessments_per_quarter(cohort: ColumnElement[bool]) -> Subquery:
    """Each child's last approved assessment (by assessment date, then approval) in each
    calendar quarter it was assessed in."""
    assessed = func.coalesce(Assessment.assessed_on, cast(Assessment.approved_at, Date))
    quarter = cast(func.date_trunc("quarter", assessed), Date).label("starts_on")
    return (
        select(Assessment.id, Assessment.child_id, quarter)
        .join(Child, Child.id == Assessment.child_id)
        .where(cohort, Assessment.status == AssessmentStatus.approved)
        .ext(distinct_on(Assessment.child_id, quarter))
        .order_by(Assessment.child_id, quarter, assessed.desc(), Assessment.approved_at.desc())
        .subquery()
    )


async def levels_by_quarter(
    db: AsyncSession, cohort: ColumnElement[bool], domain_keys: Sequence[str]
) -> tuple[dict[date, int], list[QuarterLevels]]:
    """Children assessed per quarter, and per quarter and domain their need levels' total."""
    latest = _assessments_per_quarter(cohort)
    children = await db.execute(
        select(latest.c.starts_on, func.count()).group_by(latest.c.starts_on)
    )
    levels = await db.execute(
        select(
            latest.c.starts_on,
            AssessmentDomain.domain_key,
            func.count(AssessmentDomain.need_level),
            func.sum(AssessmentDomain.need_level),
        )
        .join(AssessmentDomain, AssessmentDomain.assessment_id == latest.c.id)
        .where(
            AssessmentDomain.domain_key.in_(list(domain_keys)),
            AssessmentDomain.need_level.is_not(None),
        )
        .group_by(latest.c.starts_on, AssessmentDomain.domain_key)
    )
    return (
        {row[0]: row[1] for row in children},
        [QuarterLevels(row[0], row[1], row[2], int(row[3])) for row in levels],
    )
