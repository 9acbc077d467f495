"""Every query about cost records."""

import uuid
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    any_,
    delete,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.costs import Frequency
from kindred.models.cost import CostRecord
from kindred.models.cost_assumption import PlacementCostAssumption
from kindred.models.placement import Placement


def weekly_running_on(today: date) -> ColumnElement[bool]:
    """Weekly amounts (fees and packages) that have started and not yet ended on `today`."""
    return and_(
        CostRecord.frequency == Frequency.weekly,
        CostRecord.start_date <= today,
        or_(CostRecord.end_date.is_(None), CostRecord.end_date >= today),
    )


def weekly_costs_running(today: date) -> Subquery:
    """Per child (`child_id`), the weekly amounts running `today`, summed (`weekly`, pence)."""
    return (
        select(
            CostRecord.child_id.label("child_id"),
            func.sum(CostRecord.amount_pence).label("weekly"),
        )
        .where(weekly_running_on(today))
        .group_by(CostRecord.child_id)
        .subquery()
    )


async def placement_fees_running(
    db: AsyncSession, child_ids: Collection[uuid.UUID], today: date
) -> dict[uuid.UUID, int]:
    """Per child, the weekly placement fees running `today`, in pence (children with none left out).

    Support packages are not counted: they would go on after a move to a family.
    """
    if not child_ids:
        return {}
    rows = await db.execute(
        select(CostRecord.child_id, func.sum(CostRecord.amount_pence))
        .where(
            CostRecord.child_id == any_(literal(list(child_ids), ARRAY(CostRecord.child_id.type))),
            CostRecord.kind == "placement",
            weekly_running_on(today),
        )
        .group_by(CostRecord.child_id)
    )
    return {child_id: int(total) for child_id, total in rows.all()}


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


async def weekly_cost_assumptions(db: AsyncSession, tenant_id: uuid.UUID) -> dict[str, int]:
    """The council's own weekly cost per placement type, where an admin has set one."""
    rows = await db.execute(
        select(
            PlacementCostAssumption.placement_type, PlacementCostAssumption.weekly_cost_pence
        ).where(PlacementCostAssumption.tenant_id == tenant_id)
    )
    return {row[0]: row[1] for row in rows}


async def replace_weekly_cost_assumptions(
    db: AsyncSession,
    tenant_id: uuid.UUID,
    costs: Sequence[tuple[str, int]],
    updated_by: uuid.UUID,
) -> None:
    """The council's assumptions become exactly `costs` (placement type, weekly pence)."""
    await db.execute(
        delete(PlacementCostAssumption).where(PlacementCostAssumption.tenant_id == tenant_id)
    )
    db.add_all(
        PlacementCostAssumption(
            tenant_id=tenant_id,
            placement_type=code,
            weekly_cost_pence=pence,
            updated_by=updated_by,
        )
        for code, pence in costs
    )
    await db.flush()
