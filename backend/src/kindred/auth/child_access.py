"""Record-level rules for children: which children an actor may see.

Practitioners see the children of their teams and those allocated to them; managers see their
teams' children; a restricted child only by the people named on it. Nobody else in a council
(admins, commissioners) sees a named child. The same rule is given as data (`ChildScope`), as
SQL for list queries (`visible_to`) and as a predicate for one record (`can_see_child`, applied
by `visible_child`), so they cannot disagree. Every module that shows a child's record asks here.
"""

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor, ActorKind
from kindred.core.errors import Forbidden, NotFound
from kindred.models.child import Child, ChildAccessGrant
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role

CASEWORK_ROLES = frozenset({Role.practitioner, Role.manager})
NO_SUCH_CHILD = "There is no child with this id, or you do not have access to their record."


@dataclass(frozen=True, slots=True)
class ChildScope:
    """The children visible to one actor: in these teams, or allocated to this worker."""

    user_id: uuid.UUID
    team_ids: frozenset[uuid.UUID]
    include_allocated: bool


@dataclass(frozen=True, slots=True)
class ChildFacts:
    """What the rule needs to know about one child."""

    team_id: uuid.UUID
    allocated_worker_id: uuid.UUID | None
    restricted: bool
    granted_user_ids: Collection[uuid.UUID]


def child_scope(actor: Actor) -> ChildScope | None:
    """The actor's visible children as a filter; None when they may see no named child."""
    if (
        actor.kind is not ActorKind.user
        or actor.organisation_kind is not OrganisationKind.council
        or actor.role not in CASEWORK_ROLES
    ):
        return None
    return ChildScope(
        user_id=actor.id,
        team_ids=actor.team_ids,
        include_allocated=actor.role is Role.practitioner,
    )


def can_see_child(actor: Actor, child: ChildFacts) -> bool:
    scope = child_scope(actor)
    if scope is None:
        return False
    if child.restricted:
        return scope.user_id in child.granted_user_ids
    in_team = child.team_id in scope.team_ids
    allocated = scope.include_allocated and child.allocated_worker_id == scope.user_id
    return in_team or allocated


def scope_of(actor: Actor, records: str = "children's records") -> ChildScope:
    """The children the actor may see; 403 for a role that sees no child's `records`."""
    scope = child_scope(actor)
    if scope is None:
        raise Forbidden(f"Your role does not give access to {records}.")
    return scope


def visible_to(scope: ChildScope) -> ColumnElement[bool]:
    """SQL for `can_see_child`: restricted children by grant only, others by team or allocation."""
    granted = exists().where(
        ChildAccessGrant.child_id == Child.id, ChildAccessGrant.user_id == scope.user_id
    )
    by_case: ColumnElement[bool] = Child.team_id.in_(scope.team_ids) if scope.team_ids else false()
    if scope.include_allocated:
        by_case = or_(by_case, Child.allocated_worker_id == scope.user_id)
    return or_(and_(Child.restricted.is_(False), by_case), and_(Child.restricted, granted))


async def granted_user_ids(db: AsyncSession, child_id: uuid.UUID) -> set[uuid.UUID]:
    """The people named on a restricted child."""
    rows = await db.scalars(
        select(ChildAccessGrant.user_id).where(ChildAccessGrant.child_id == child_id)
    )
    return set(rows)


async def visible_child(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> Child:
    """Load a child the actor may see; otherwise 404 (audited), never a hint it exists."""
    child = await db.scalar(select(Child).where(Child.id == child_id))
    return await ensure_visible(db, actor, child_id, child)


async def ensure_visible(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, child: Child | None
) -> Child:
    """`visible_child` for a child already loaded (None when there is no such child)."""
    if child is not None:
        grants = await granted_user_ids(db, child.id) if child.restricted else set()
        facts = ChildFacts(child.team_id, child.allocated_worker_id, child.restricted, grants)
        if can_see_child(actor, facts):
            return child
    await audit.record_denied(
        db,
        actor=actor,
        resource_type="child",
        resource_id=child_id,
        child_id=child_id if child else None,
    )
    raise NotFound(NO_SUCH_CHILD, keep_changes=True)


class ChildRecord(Protocol):
    """A record that belongs to one child's file (an assessment, a goal)."""

    @property
    def child_id(self) -> uuid.UUID: ...


RecordT = TypeVar("RecordT", bound=ChildRecord)


async def visible_record(
    db: AsyncSession,
    actor: Actor,
    record: RecordT | None,
    *,
    resource_type: str,
    record_id: uuid.UUID,
    not_found: str,
) -> RecordT:
    """A child's record the actor may see; otherwise 404 in the record's own words (audited),
    the same whether the record is missing or its child is out of the actor's reach."""
    if record is None:
        await audit.record_denied(
            db, actor=actor, resource_type=resource_type, resource_id=record_id
        )
        raise NotFound(not_found, keep_changes=True)
    try:
        await visible_child(db, actor, record.child_id)
    except NotFound:
        raise NotFound(not_found, keep_changes=True) from None
    return record
