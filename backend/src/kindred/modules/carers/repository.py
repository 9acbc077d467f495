"""Every query about fostering households, their capacity history and training."""

import uuid
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kindred.core.pagination import PageParams
from kindred.models.household import CapacityProfile, Household, TrainingRecord
from kindred.models.organisation import Organisation


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    household: Household
    agency_name: str | None
    capacity: CapacityProfile | None


@dataclass(frozen=True, slots=True)
class HouseholdFilters:
    status: str | None
    in_house: bool | None
    approved_type: str | None
    with_vacancy: bool | None
    q: str | None


Agency = aliased(Organisation)


def _latest_capacity() -> ScalarSelect[uuid.UUID]:
    """Each household's newest capacity profile (by effective date, then recording time)."""
    return (
        select(CapacityProfile.id)
        .where(CapacityProfile.household_id == Household.id)
        .order_by(CapacityProfile.effective_from.desc(), CapacityProfile.recorded_at.desc())
        .limit(1)
        .correlate(Household)
        .scalar_subquery()
    )


def _with_details() -> Select[Household, str, CapacityProfile]:
    return (
        select(Household, Agency.name, CapacityProfile)
        .outerjoin(Agency, Agency.id == Household.agency_id)
        .outerjoin(CapacityProfile, CapacityProfile.id == _latest_capacity())
    )


def households(filters: HouseholdFilters) -> Select[Household, str, CapacityProfile]:
    """Every household of the list with these filters, in its order."""
    query = _with_details()
    if filters.status:
        query = query.where(Household.status == filters.status)
    if filters.in_house is not None:
        query = query.where(
            Household.agency_id.is_(None) if filters.in_house else Household.agency_id.is_not(None)
        )
    if filters.approved_type:
        query = query.where(Household.approved_types.contains([filters.approved_type]))
    if filters.with_vacancy:
        query = query.where(Household.vacancies > 0)
    if filters.q:
        pattern = f"%{filters.q.strip().replace('%', '').replace('_', '')}%"
        query = query.where(or_(Household.name.ilike(pattern), Household.reference.ilike(pattern)))
    return query.order_by(Household.name, Household.id)


async def list_households(
    db: AsyncSession, filters: HouseholdFilters, page: PageParams
) -> tuple[list[HouseholdRow], int]:
    query = households(filters)
    total = await db.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = await db.execute(query.offset(page.offset).limit(page.page_size))
    return [HouseholdRow(row[0], row[1], row[2]) for row in rows], int(total)


async def get_household(db: AsyncSession, household_id: uuid.UUID) -> HouseholdRow | None:
    row = (await db.execute(_with_details().where(Household.id == household_id))).one_or_none()
    return HouseholdRow(row[0], row[1], row[2]) if row else None


async def capacity_history(db: AsyncSession, household_id: uuid.UUID) -> list[CapacityProfile]:
    rows = await db.scalars(
        select(CapacityProfile)
        .where(CapacityProfile.household_id == household_id)
        .order_by(CapacityProfile.effective_from.desc(), CapacityProfile.recorded_at.desc())
    )
    return list(rows)


async def training(db: AsyncSession, household_id: uuid.UUID) -> list[TrainingRecord]:
    rows = await db.scalars(
        select(TrainingRecord)
        .where(TrainingRecord.household_id == household_id)
        .order_by(TrainingRecord.completed_on.desc())
    )
    return list(rows)


async def reference_taken(
    db: AsyncSession, reference: str, *, other_than: uuid.UUID | None = None
) -> bool:
    query = select(Household.id).where(Household.reference == reference)
    if other_than is not None:
        query = query.where(Household.id != other_than)
    return (await db.scalar(query.limit(1))) is not None


async def is_agency(db: AsyncSession, organisation_id: uuid.UUID) -> bool:
    kind = await db.scalar(select(Organisation.kind).where(Organisation.id == organisation_id))
    return kind == "agency"


async def add(db: AsyncSession, record: Household | CapacityProfile | TrainingRecord) -> None:
    db.add(record)
    await db.flush()
