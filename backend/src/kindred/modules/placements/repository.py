"""Every query about placement episodes."""

import uuid

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.household import Household
from kindred.models.placement import Placement

# SQLSTATEs: an exclusion constraint (overlapping episodes) or a unique key (same start day).
CLASH_STATES = frozenset({"23P01", "23505"})


async def child_placements(db: AsyncSession, child_id: uuid.UUID) -> list[Placement]:
    """A child's episodes, newest first."""
    rows = await db.scalars(
        select(Placement)
        .where(Placement.child_id == child_id)
        .order_by(Placement.start_date.desc())
    )
    return list(rows)


def placements_with_household(child_id: uuid.UUID | None) -> Select[Placement, str]:
    """Episodes with their household's name: one child's newest first, or the council's every
    child's in turn."""
    query = select(Placement, Household.name).outerjoin(
        Household, Household.id == Placement.household_id
    )
    if child_id is not None:
        return query.where(Placement.child_id == child_id).order_by(Placement.start_date.desc())
    return query.order_by(Placement.child_id, Placement.start_date.desc())


async def get_placement(db: AsyncSession, placement_id: uuid.UUID) -> Placement | None:
    return await db.scalar(select(Placement).where(Placement.id == placement_id))


async def household_names(db: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = await db.execute(select(Household.id, Household.name).where(Household.id.in_(ids)))
    return {row.id: row.name for row in rows}


async def add(db: AsyncSession, placement: Placement) -> None:
    db.add(placement)
    await db.flush()


def is_clash(error: IntegrityError) -> bool:
    """Whether the database refused a write because two episodes of a child overlap."""
    return getattr(error.orig, "sqlstate", None) in CLASH_STATES
