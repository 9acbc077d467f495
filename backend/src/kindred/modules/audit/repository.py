"""The audit log search; row-level security shows only the caller's tenant's events."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.audit import AuditEvent


@dataclass(frozen=True, slots=True)
class AuditSearch:
    child_id: uuid.UUID | None
    actor_user_id: uuid.UUID | None
    action: str | None
    outcome: str | None
    since: datetime | None  # inclusive
    before: datetime | None  # exclusive
    limit: int
    offset: int


async def search_events(db: AsyncSession, search: AuditSearch) -> tuple[list[AuditEvent], int]:
    """One page of matching events, newest first, and how many match in all."""
    conditions: list[ColumnElement[bool]] = []
    if search.child_id is not None:
        conditions.append(AuditEvent.child_id == search.child_id)
    if search.actor_user_id is not None:
        conditions.append(AuditEvent.actor_user_id == search.actor_user_id)
    if search.action is not None:
        conditions.append(AuditEvent.action == search.action)
    if search.outcome is not None:
        conditions.append(AuditEvent.outcome == search.outcome)
    if search.since is not None:
        conditions.append(AuditEvent.occurred_at >= search.since)
    if search.before is not None:
        conditions.append(AuditEvent.occurred_at < search.before)
    total = await db.scalar(select(func.count()).select_from(AuditEvent).where(*conditions))
    events = await db.scalars(
        select(AuditEvent)
        .where(*conditions)
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
        .limit(search.limit)
        .offset(search.offset)
    )
    return list(events), total or 0
