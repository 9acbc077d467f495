"""Queries for matching: the households matrix source rows, a child's needs, exclusions."""

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import distinct_on, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kindred.domain.matching import Household as MatchableHousehold
from kindred.models.assessment import Assessment, AssessmentDomain
from kindred.models.household import (
    CapacityProfile,
    CarersGeneration,
    Household,
    HouseholdExclusion,
    HouseholdStatus,
)
from kindred.models.organisation import Organisation

Agency = aliased(Organisation)


async def carers_generation(db: AsyncSession) -> int:
    """The council's change counter for households and capacities (0 before any)."""
    return int(await db.scalar(select(CarersGeneration.generation)) or 0)


async def matchable_households(db: AsyncSession) -> list[MatchableHousehold]:
    """Every active household with a capacity profile, with its newest capacity."""
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
    rows = await db.execute(
        select(
            Household.id,
            latest.c.levels,
            Household.age_min,
            Household.age_max,
            Household.approved_types,
            Household.vacancies,
            Household.agency_id,
            Household.weekly_fee_pence,
            Household.easting,
            Household.northing,
        )
        .join(latest, latest.c.household_id == Household.id)
        .where(Household.status == HouseholdStatus.active)
    )
    return [
        MatchableHousehold(
            household_id=str(row.id),
            capacity=tuple(row.levels),
            age_min=row.age_min,
            age_max=row.age_max,
            approved_types=frozenset(row.approved_types),
            vacancies=row.vacancies,
            in_house=row.agency_id is None,
            weekly_fee_pence=row.weekly_fee_pence,
            easting=row.easting,
            northing=row.northing,
        )
        for row in rows
    ]


async def assessment_framework_version(db: AsyncSession, assessment_id: uuid.UUID) -> str:
    version = await db.scalar(
        select(Assessment.framework_version).where(Assessment.id == assessment_id)
    )
    assert version is not None, "a child's latest assessment always exists"
    return version


async def assessment_levels(db: AsyncSession, assessment_id: uuid.UUID) -> dict[str, int]:
    rows = await db.execute(
        select(AssessmentDomain.domain_key, AssessmentDomain.need_level).where(
            AssessmentDomain.assessment_id == assessment_id
        )
    )
    return {key: level for key, level in rows if level is not None}


async def excluded_household_ids(db: AsyncSession, child_id: uuid.UUID) -> set[uuid.UUID]:
    rows = await db.scalars(
        select(HouseholdExclusion.household_id).where(HouseholdExclusion.child_id == child_id)
    )
    return set(rows)


@dataclass(frozen=True, slots=True)
class HouseholdSummaryRow:
    id: uuid.UUID
    reference: str
    name: str
    postcode: str | None
    agency_id: uuid.UUID | None
    agency_name: str | None


async def household_summaries(
    db: AsyncSession, household_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, HouseholdSummaryRow]:
    if not household_ids:
        return {}
    rows = await db.execute(
        select(
            Household.id,
            Household.reference,
            Household.name,
            Household.postcode,
            Household.agency_id,
            Agency.name,
        )
        .outerjoin(Agency, Agency.id == Household.agency_id)
        .where(Household.id.in_(household_ids))
    )
    return {row[0]: HouseholdSummaryRow(*row) for row in rows}


@dataclass(frozen=True, slots=True)
class ExclusionRow:
    household_id: uuid.UUID
    household_name: str
    reason: str


async def exclusions(db: AsyncSession, child_id: uuid.UUID) -> list[ExclusionRow]:
    rows = await db.execute(
        select(HouseholdExclusion.household_id, Household.name, HouseholdExclusion.reason)
        .join(Household, Household.id == HouseholdExclusion.household_id)
        .where(HouseholdExclusion.child_id == child_id)
        .order_by(Household.name)
    )
    return [ExclusionRow(*row) for row in rows]


async def household_exists(db: AsyncSession, household_id: uuid.UUID) -> bool:
    return (await db.scalar(select(Household.id).where(Household.id == household_id))) is not None


async def save_exclusion(
    db: AsyncSession,
    tenant_id: uuid.UUID,
    child_id: uuid.UUID,
    household_id: uuid.UUID,
    reason: str,
) -> None:
    await db.execute(
        insert(HouseholdExclusion)
        .values(tenant_id=tenant_id, child_id=child_id, household_id=household_id, reason=reason)
        .on_conflict_do_update(
            index_elements=[HouseholdExclusion.child_id, HouseholdExclusion.household_id],
            set_={"reason": reason},
        )
    )


async def remove_exclusion(db: AsyncSession, child_id: uuid.UUID, household_id: uuid.UUID) -> bool:
    result = await db.execute(
        delete(HouseholdExclusion).where(
            HouseholdExclusion.child_id == child_id,
            HouseholdExclusion.household_id == household_id,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
