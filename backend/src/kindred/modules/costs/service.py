"""Use cases for costs: a child's cost records, and what their care cost over a period."""

import uuid
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child, visible_record
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput
from kindred.domain import costs
from kindred.domain.people import months_before
from kindred.models.cost import CostRecord
from kindred.modules.costs import repository
from kindred.modules.costs.schemas import (
    ByFunder,
    ByKind,
    CostRecordCreate,
    CostRecordRead,
    CostRecordUpdate,
    PeriodCostRead,
    record_problems,
)

NO_SUCH_RECORD = "There is no cost record with this id, or you do not have access to the child."
STALE_RECORD = (
    "Someone else changed this cost record since you opened it. Their version is included; "
    "review it and apply your change again."
)


def _read(record: CostRecord) -> CostRecordRead:
    return CostRecordRead.model_validate(record, from_attributes=True)


def as_domain(record: CostRecord) -> costs.CostRecord:
    return costs.CostRecord(
        start=record.start_date,
        end=record.end_date,
        amount_pence=record.amount_pence,
        frequency=record.frequency,
        funder=record.funder,
        kind=record.kind,
    )


async def list_records(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> list[CostRecordRead]:
    """A child's placement fees and support packages, newest first."""
    await visible_child(db, actor, child_id)
    records = await repository.child_records(db, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="cost_records",
        child_id=child_id,
        details={"count": len(records)},
    )
    return [_read(record) for record in records]


async def _check_placement(
    db: AsyncSession, child_id: uuid.UUID, placement_id: uuid.UUID | None
) -> None:
    if placement_id is not None and await repository.placement_child(db, placement_id) != child_id:
        raise InvalidInput(
            "Choose one of this child's placement episodes.",
            errors=[FieldError(field="body.placement_id", message="Not one of the child's.")],
        )


async def create_record(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: CostRecordCreate
) -> CostRecordRead:
    """Record a weekly fee or a support package (a fee change is a new record)."""
    await visible_child(db, actor, child_id)
    await _check_placement(db, child_id, body.placement_id)
    record = CostRecord(
        tenant_id=actor.tenant_id,
        child_id=child_id,
        created_by=actor.user_id,
        **body.model_dump(exclude={"description"}),
        description=body.description or "",
    )
    await repository.add(db, record)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="cost_record",
        resource_id=record.id,
        child_id=child_id,
    )
    return _read(record)


async def _stale(db: AsyncSession, actor: Actor, record_id: uuid.UUID) -> Conflict:
    """A 409 with the record as it is now; showing it is an audited read."""
    current = await repository.get_record(db, record_id)
    assert current is not None
    await db.refresh(current)
    await audit.record_conflict_read(
        db,
        actor=actor,
        resource_type="cost_record",
        resource_id=record_id,
        child_id=current.child_id,
    )
    return stale_version.conflict(STALE_RECORD, _read(current))


async def update_record(
    db: AsyncSession, actor: Actor, record_id: uuid.UUID, body: CostRecordUpdate
) -> CostRecordRead:
    """Change a record (for example end a fee on the day before the new one starts)."""
    record = await visible_record(
        db,
        actor,
        await repository.get_record(db, record_id),
        resource_type="cost_record",
        record_id=record_id,
        not_found=NO_SUCH_RECORD,
    )
    if body.version != record.version:
        raise await _stale(db, actor, record_id)
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    if "description" in changes:
        changes["description"] = changes["description"] or ""
    start = changes.get("start_date", record.start_date)
    end = changes.get("end_date", record.end_date)
    problems = record_problems(record.kind, record.frequency, start, end)
    if problems:
        raise InvalidInput(
            "Check the record's dates.",
            errors=[FieldError(field=f"body.{name}", message=text) for name, text in problems],
        )
    async with stale_version.versioned_change(db, lambda: _stale(db, actor, record_id)):
        for name, value in changes.items():
            setattr(record, name, value)
    await db.refresh(record)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="cost_record",
        resource_id=record.id,
        child_id=record.child_id,
        details={"fields": sorted(changes)},
    )
    return _read(record)


def default_period(today: date) -> tuple[date, date]:
    """The twelve months to today."""
    return months_before(today, 12) + timedelta(days=1), today


async def period_cost(
    db: AsyncSession,
    actor: Actor,
    child_id: uuid.UUID,
    start: date | None,
    end: date | None,
    *,
    today: date,
) -> PeriodCostRead:
    """The cost of the child's care from `start` to `end` (inclusive), by funder and kind."""
    default_start, default_end = default_period(today if end is None else end)
    end = end or default_end
    start = start or default_start
    if start > end:
        raise InvalidInput(
            "The period ends before it starts.",
            errors=[FieldError(field="query.from", message="Must be on or before `to`.")],
        )
    await visible_child(db, actor, child_id)
    records = [as_domain(record) for record in await repository.child_records(db, child_id)]
    cost = costs.cost_over_period(records, start, end)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="costs",
        child_id=child_id,
        details={"from": start.isoformat(), "to": end.isoformat()},
    )
    return PeriodCostRead(
        child_id=child_id,
        from_date=start,
        to_date=end,
        days=cost.days,
        total_pence=cost.total_pence,
        by_funder=ByFunder(**{funder.value: pence for funder, pence in cost.by_funder.items()}),
        by_kind=ByKind(**{kind.value: pence for kind, pence in cost.by_kind.items()}),
        current_weekly_pence=costs.weekly_cost_on(records, today),
        records=len(records),
    )
