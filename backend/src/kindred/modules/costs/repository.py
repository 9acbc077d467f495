"""Every query about cost records."""

import uuid
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.costs import Frequency
from kindred.models.cost import CostRecord
from kindred.models.placement import Placement


def weekly_running_on(today: date) -> ColumnElement[bool]:
    """Weekly amounts (fees and packages) that have started and not yet ended on `today`."""
    return and_(
        CostRecord.frequency == Frequency.weekly,
        CostRecord.start_date <= today,
        or_(CostRecord.end_date.is_(None), CostRecord.end_date >= today),
    )


async def child_records(db: AsyncSession, child_id: uuid.UUID) -> list[CostRecord]:
    """A child's cost records, newest first."""
    rows = await db.scalars(
        select(CostRecord)
        .where(CostRecord.child_id == child_id)
        .order_by(CostRecord.start_date.desc(), CostRecord.created_at.desc())
    )
    return list(rows)


def records_of(child_id: uuid.UUID | None) -> Select[CostRecord]:
    """One child's cost records newest first, or the council's every child's in turn."""
    query = select(CostRecord)
    if child_id is not None:
        query = query.where(CostRecord.child_id == child_id)
    else:
        query = query.order_by(CostRecord.child_id)
    return query.order_by(CostRecord.start_date.desc(), CostRecord.created_at.desc())


async def get_record(db: AsyncSession, record_id: uuid.UUID) -> CostRecord | None:
    return await db.scalar(select(CostRecord).where(CostRecord.id == record_id))


async def placement_child(db: AsyncSession, placement_id: uuid.UUID) -> uuid.UUID | None:
    return await db.scalar(select(Placement.child_id).where(Placement.id == placement_id))


async def add(db: AsyncSession, record: CostRecord) -> None:
    db.add(record)
    await db.flush()
    await db.refresh(record)
