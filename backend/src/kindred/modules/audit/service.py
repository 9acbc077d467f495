"""Admins search their council's audit log; every search is itself audited."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import FieldError, InvalidInput
from kindred.core.pagination import Page, PageParams
from kindred.models.audit import AuditEvent
from kindred.modules.audit import repository
from kindred.modules.audit.schemas import AuditEventRead, AuditFilters

# Timestamps are stored to the microsecond, so "up to and including t" is "before t + 1µs".
_RESOLUTION = timedelta(microseconds=1)


def _start(moment: date) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time.min, tzinfo=UTC)


def _end_exclusive(moment: date) -> datetime:
    if isinstance(moment, datetime):
        return moment + _RESOLUTION
    return datetime.combine(moment + timedelta(days=1), time.min, tzinfo=UTC)


def _read(event: AuditEvent) -> AuditEventRead:
    return AuditEventRead(
        id=event.id,
        occurred_at=event.occurred_at,
        actor_user_id=event.actor_user_id,
        actor_client_id=event.actor_client_id,
        actor_label=event.actor_label,
        action=event.action,
        resource_type=event.resource_type,
        resource_id=event.resource_id,
        child_id=event.child_id,
        outcome=event.outcome,
        request_id=event.request_id,
        details=event.details,
    )


async def search(
    db: AsyncSession, actor: Actor, filters: AuditFilters, paging: PageParams
) -> Page[AuditEventRead]:
    """One page of the council's audit events, newest first; the search is recorded."""
    since = _start(filters.from_) if filters.from_ is not None else None
    before = _end_exclusive(filters.to) if filters.to is not None else None
    if since is not None and before is not None and since >= before:
        raise InvalidInput(
            "`from` is after `to`.",
            errors=[FieldError(field="query.from", message="Must not be after `to`.")],
        )
    events, total = await repository.search_events(
        db,
        repository.AuditSearch(
            child_id=filters.child_id,
            actor_user_id=filters.user_id,
            action=filters.action.value if filters.action else None,
            outcome=filters.outcome.value if filters.outcome else None,
            since=since,
            before=before,
            limit=paging.page_size,
            offset=paging.offset,
        ),
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="audit_events",
        child_id=filters.child_id,
        details={
            "filters": filters.model_dump(mode="json", by_alias=True, exclude_none=True),
            "page": paging.page,
            "results": len(events),
        },
    )
    return Page.of([_read(event) for event in events], total, paging)
