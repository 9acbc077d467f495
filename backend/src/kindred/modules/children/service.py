"""Use cases for children's records: list a caseload, read, create and change a child."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import CASEWORK_ROLES, ensure_visible, scope_of
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput
from kindred.core.pagination import Page, PageParams
from kindred.domain.people import age_in_years, date_of_birth_problem, months_before
from kindred.geography.postcode_input import locate_postcode_input
from kindred.models.child import Child
from kindred.modules.children import repository
from kindred.modules.children.repository import ChildRow
from kindred.modules.children.schemas import (
    ChildCreate,
    ChildFilters,
    ChildListItem,
    ChildRead,
    ChildUpdate,
    PersonRef,
    TeamRef,
    Trend,
)

STALE_CHILD = (
    "Someone else changed this child's record since you opened it. Their version is "
    "included; review it and apply your change again."
)


def _trend(row: ChildRow) -> Trend | None:
    latest, previous = row.child.latest_score, row.child.previous_score
    if latest is None or previous is None:
        return None
    return Trend.up if latest > previous else Trend.down if latest < previous else Trend.same


def list_item(row: ChildRow, today: date) -> ChildListItem:
    """One caseload row as the list (and its export) shows it."""
    child = row.child
    return ChildListItem(
        id=child.id,
        given_name=child.given_name,
        family_name=child.family_name,
        preferred_name=child.preferred_name,
        date_of_birth=child.date_of_birth,
        age=age_in_years(child.date_of_birth, today),
        local_child_id=child.local_child_id,
        care_status=child.care_status,
        placement_type=child.placement_type,
        team=TeamRef(id=child.team_id, name=row.team_name),
        allocated_worker=(
            PersonRef(id=child.allocated_worker_id, display_name=row.worker_name)
            if child.allocated_worker_id and row.worker_name
            else None
        ),
        restricted=child.restricted,
        latest_score=child.latest_score,
        trend=_trend(row),
        latest_actionable=child.latest_actionable,
        last_assessed_on=child.last_assessed_on,
    )


def _read(row: ChildRow, today: date) -> ChildRead:
    child = row.child
    return ChildRead(
        **list_item(row, today).model_dump(),
        sex=child.sex,
        gender=child.gender,
        ethnicity=child.ethnicity,
        upn=child.upn,
        home_postcode=child.home_postcode,
        legal_status=child.legal_status,
        previous_score=child.previous_score,
        latest_assessment_id=child.latest_assessment_id,
        version=child.version,
        created_at=child.created_at,
        updated_at=child.updated_at,
    )


async def list_children(
    db: AsyncSession, actor: Actor, filters: ChildFilters, page: PageParams, *, today: date
) -> Page[ChildListItem]:
    """The children the actor may see, filtered, sorted and paged."""
    since = (
        months_before(today, filters.not_assessed_in_months)
        if filters.not_assessed_in_months
        else None
    )
    rows, total = await repository.list_children(
        db, scope_of(actor), filters, page, not_assessed_since=since
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="children",
        details={"filters": filters.model_dump(mode="json", exclude_none=True), "count": len(rows)},
    )
    return Page.of([list_item(row, today) for row in rows], total, page)


async def _visible_row(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> ChildRow:
    """The child with their team and worker, if the actor may see them (`visible_child`)."""
    row = await repository.get_child(db, child_id)
    await ensure_visible(db, actor, child_id, row.child if row else None)
    assert row is not None
    return row


async def get_child(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, *, today: date
) -> ChildRead:
    row = await _visible_row(db, actor, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="child",
        resource_id=child_id,
        child_id=child_id,
    )
    return _read(row, today)


async def _check_case_links(
    db: AsyncSession, actor: Actor, team_id: uuid.UUID | None, worker_id: uuid.UUID | None
) -> None:
    errors: list[FieldError] = []
    if team_id is not None and (
        team_id not in actor.team_ids or not await repository.team_exists(db, team_id)
    ):
        errors.append(FieldError(field="body.team_id", message="Choose one of your own teams."))
    if worker_id is not None:
        role = await repository.caseworker_role(db, worker_id)
        if role is None or role not in CASEWORK_ROLES:
            errors.append(
                FieldError(
                    field="body.allocated_worker_id",
                    message="Allocate to an active practitioner or manager of this council.",
                )
            )
    if errors:
        raise InvalidInput("Check the team and allocated worker.", errors=errors)


def _check_date_of_birth(date_of_birth: date | None, today: date) -> None:
    problem = date_of_birth_problem(date_of_birth, today) if date_of_birth else None
    if problem:
        raise InvalidInput(
            "Check the date of birth.",
            errors=[FieldError(field="body.date_of_birth", message=problem)],
        )


async def _check_local_id(
    db: AsyncSession, local_child_id: str, other_than: uuid.UUID | None = None
) -> None:
    if await repository.local_id_taken(db, local_child_id, other_than=other_than):
        raise Conflict(
            f"Another child in this council already has the local id {local_child_id}.",
            errors=[FieldError(field="body.local_child_id", message="Already in use.")],
        )


async def create_child(
    db: AsyncSession, actor: Actor, body: ChildCreate, *, today: date
) -> ChildRead:
    """Create a child in one of the actor's teams; a restricted child is granted to its workers."""
    scope_of(actor)
    await _check_case_links(db, actor, body.team_id, body.allocated_worker_id)
    _check_date_of_birth(body.date_of_birth, today)
    await _check_local_id(db, body.local_child_id)
    fields = body.model_dump(exclude={"home_postcode"}) | await _home(body.home_postcode)
    child = await repository.add_child(db, Child(tenant_id=actor.tenant_id, **fields))
    if child.restricted:
        await repository.grant_access(db, child, _named_workers(actor, child))
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="child",
        resource_id=child.id,
        child_id=child.id,
    )
    return await get_child_after_change(db, child.id, today)


async def _home(postcode: str | None) -> dict[str, object]:
    """The child's home postcode, normalised, and where it is (for distances in matching)."""
    normal, location = await locate_postcode_input(postcode, field="body.home_postcode")
    return {
        "home_postcode": normal,
        "home_easting": location.easting if location else None,
        "home_northing": location.northing if location else None,
    }


def _named_workers(actor: Actor, child: Child) -> set[uuid.UUID]:
    named = {actor.id}
    if child.allocated_worker_id:
        named.add(child.allocated_worker_id)
    return named


async def get_child_after_change(db: AsyncSession, child_id: uuid.UUID, today: date) -> ChildRead:
    row = await repository.get_child(db, child_id)
    assert row is not None
    return _read(row, today)


async def _stale(db: AsyncSession, actor: Actor, child_id: uuid.UUID, today: date) -> Conflict:
    """A 409 with the record as it is now; showing it is an audited read."""
    current = await get_child_after_change(db, child_id, today)
    await audit.record_conflict_read(
        db, actor=actor, resource_type="child", resource_id=child_id, child_id=child_id
    )
    return stale_version.conflict(STALE_CHILD, current)


async def update_child(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: ChildUpdate, *, today: date
) -> ChildRead:
    """Change the fields sent, if nobody else changed the record since `version` was read."""
    row = await _visible_row(db, actor, child_id)
    child = row.child
    if body.version != child.version:
        raise await _stale(db, actor, child_id, today)
    _check_date_of_birth(body.date_of_birth, today)
    changes = body.model_dump(exclude_unset=True, exclude={"version", "home_postcode"})
    if "home_postcode" in body.model_fields_set:
        changes |= await _home(body.home_postcode)
    await _check_case_links(db, actor, body.team_id, body.allocated_worker_id)
    if "local_child_id" in changes:
        await _check_local_id(db, changes["local_child_id"], other_than=child.id)
    async with stale_version.versioned_change(db, lambda: _stale(db, actor, child_id, today)):
        for field, value in changes.items():
            setattr(child, field, value)
    if child.restricted:
        await repository.grant_access(db, child, _named_workers(actor, child))
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="child",
        resource_id=child.id,
        child_id=child.id,
        details={"fields": sorted(changes)},
    )
    return await get_child_after_change(db, child.id, today)
