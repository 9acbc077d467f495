"""Queries behind placement stability and distance from home: counts grouped in PostgreSQL."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Integer, and_, case, cast, extract, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.cohorts import SCORE_BAND_WIDTH, SCORE_BANDS
from kindred.domain.distance_from_home import FAR_FROM_HOME_METRES
from kindred.domain.stability import Band
from kindred.models.child import Child
from kindred.models.placement import Placement


def _score_band() -> ColumnElement[int | None]:
    """`cohorts.score_band_index` of the child's latest score, in SQL; NULL when not assessed."""
    index = func.least(
        cast(func.floor(Child.latest_score / SCORE_BAND_WIDTH), Integer), len(SCORE_BANDS) - 1
    )
    return case((Child.latest_score.is_(None), None), else_=index)


async def child_years(
    db: AsyncSession, cohort: ColumnElement[bool], first_year: int, last_year: int
) -> dict[tuple[int, Band], int]:
    """Per (year, score band): the children with an episode running on a day of that year."""
    years = select(func.generate_series(first_year, last_year).label("year")).subquery("years")
    band = _score_band()
    overlaps = and_(
        Placement.start_date <= func.make_date(years.c.year, 12, 31),
        or_(Placement.end_date.is_(None), Placement.end_date >= func.make_date(years.c.year, 1, 1)),
    )
    rows = await db.execute(
        select(years.c.year, band, func.count(func.distinct(Placement.child_id)))
        .select_from(Placement)
        .join(Child, Child.id == Placement.child_id)
        .join(years, overlaps)
        .where(cohort)
        .group_by(years.c.year, band)
    )
    return {(row[0], row[1]): row[2] for row in rows}


async def moves(
    db: AsyncSession, cohort: ColumnElement[bool], first_year: int, last_year: int
) -> dict[tuple[int, Band, str], int]:
    """Per (year, score band, reason): episodes ending that year with a change of placement."""
    year = cast(extract("year", Placement.end_date), Integer)
    band = _score_band()
    rows = await db.execute(
        select(year, band, Placement.reason_for_change, func.count())
        .join(Child, Child.id == Placement.child_id)
        .where(
            cohort,
            Placement.ended_with_move,
            Placement.end_date >= date(first_year, 1, 1),
            Placement.end_date <= date(last_year, 12, 31),
        )
        .group_by(year, band, Placement.reason_for_change)
    )
    return {(row[0], row[1], row[2] or ""): row[3] for row in rows}


@dataclass(frozen=True, slots=True)
class DistanceCounts:
    placement_type: str
    far: int
    near: int
    unknown: int


async def current_distances(db: AsyncSession, cohort: ColumnElement[bool]) -> list[DistanceCounts]:
    """Per placement type, the cohort's current episodes over, within and at unknown distance."""
    known = Placement.distance_m.is_not(None)
    far = Placement.distance_m > FAR_FROM_HOME_METRES
    rows = await db.execute(
        select(
            Placement.placement_type,
            func.count().filter(far),
            func.count().filter(known, ~far),
            func.count().filter(~known),
        )
        .join(Child, Child.id == Placement.child_id)
        .where(cohort, Placement.end_date.is_(None))
        .group_by(Placement.placement_type)
        .order_by(Placement.placement_type)
    )
    return [DistanceCounts(row[0], row[1], row[2], row[3]) for row in rows]
