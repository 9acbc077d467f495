"""The query for market analytics' supply: active households with their newest capacity."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.household import CapacityProfile, Household


@dataclass(frozen=True, slots=True)
class Supply:
    """Active households with a capacity profile: capacity rows, places and vacancies."""

    capacity: list[list[int]]
    places: list[int]
    vacancies: list[int]


async def household_supply(db: AsyncSession, domain_count: int) -> Supply:
    """Every active household's newest capacity with its approved places and vacancies."""
    latest = (
        select(CapacityProfile.household_id, CapacityProfile.levels)
        .ext(distinct_on(CapacityProfile.household_id))
        .order_by(
            CapacityProfile.household_id,
            CapacityProfile.effective_from.desc(),
            CapacityProfile.recorded_at.desc(),
        )
        .subquery()
    )
    rows = (
        await db.execute(
            select(latest.c.levels, Household.places, Household.vacancies)
            .join(latest, latest.c.household_id == Household.id)
            .where(
                Household.status == "active",
                func.cardinality(latest.c.levels) == domain_count,
            )
        )
    ).all()
    return Supply(
        capacity=[list(row[0]) for row in rows],
        places=[row[1] for row in rows],
        vacancies=[row[2] for row in rows],
    )
