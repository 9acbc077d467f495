"""Use cases for goals in a child's plan: list, add, change, and note progress."""

import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child, visible_record
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput
from kindred.domain.framework import Framework
from kindred.models.goal import Goal, GoalProgress
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import current_framework
from kindred.modules.goals import repository
from kindred.modules.goals.repository import GoalRow
from kindred.modules.goals.schemas import (
    GoalCreate,
    GoalRead,
    GoalUpdate,
    ProgressCreate,
    ProgressRead,
)

RESOURCE = "goal"
NO_SUCH_GOAL = "There is no goal with this id, or you do not have access to it."
STALE_GOAL = (
    "Someone else changed this goal since you opened it. Their version is in `current`; "
    "review it and apply your change again."
)


def _domain_name(framework: Framework, key: str) -> str:
    try:
        return framework.domain(key).name
    except KeyError:
        return key


def _read(row: GoalRow, framework: Framework) -> GoalRead:
    goal = row.goal
    return GoalRead(
        id=goal.id,
        child_id=goal.child_id,
        domain_key=goal.domain_key,
        domain_name=_domain_name(framework, goal.domain_key),
        title=goal.title,
        target_date=goal.target_date,
        status=goal.status,
        created_by=PersonRef(id=goal.created_by, display_name=row.creator_name),
        created_at=goal.created_at,
        updated_at=goal.updated_at,
        version=goal.version,
        progress=[
            ProgressRead(
                id=item.progress.id,
                noted_on=item.progress.noted_on,
                note=item.progress.note,
                author=PersonRef(id=item.progress.author_id, display_name=item.author_name),
                created_at=item.progress.created_at,
            )
            for item in row.progress
        ],
    )


async def _read_one(db: AsyncSession, actor: Actor, goal_id: uuid.UUID) -> GoalRead:
    rows = await repository.goals_with_progress(db, goal_id=goal_id)
    assert rows, "the goal was loaded in this transaction"
    return _read(rows[0], await current_framework(db, actor.tenant_id))


async def _visible_goal(db: AsyncSession, actor: Actor, goal_id: uuid.UUID) -> Goal:
    """Load a goal whose child the actor may see; otherwise 404 (audited)."""
    goal = await repository.get_goal(db, goal_id)
    return await visible_record(
        db, actor, goal, resource_type=RESOURCE, record_id=goal_id, not_found=NO_SUCH_GOAL
    )


async def list_goals(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> list[GoalRead]:
    """A child's goals, newest first, each with its progress notes."""
    await visible_child(db, actor, child_id)
    rows = await repository.goals_with_progress(db, child_id=child_id)
    framework = await current_framework(db, actor.tenant_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=RESOURCE,
        child_id=child_id,
        details={"count": len(rows)},
    )
    return [_read(row, framework) for row in rows]


async def create_goal(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: GoalCreate
) -> GoalRead:
    """Add a goal linked to a domain of the current framework."""
    await visible_child(db, actor, child_id)
    framework = await current_framework(db, actor.tenant_id)
    if body.domain_key not in framework.domain_keys:
        raise InvalidInput(
            f"{body.domain_key!r} is not a domain of the needs framework.",
            errors=[FieldError(field="body.domain_key", message="Choose one of the domains.")],
        )
    goal = Goal(
        tenant_id=actor.tenant_id,
        child_id=child_id,
        domain_key=body.domain_key,
        title=body.title,
        target_date=body.target_date,
        status=body.status,
        created_by=actor.id,
    )
    await repository.add(db, goal)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=goal.id,
        child_id=child_id,
    )
    return await _read_one(db, actor, goal.id)


async def _stale(db: AsyncSession, actor: Actor, goal_id: uuid.UUID) -> Conflict:
    """A 409 with the goal as it is now; showing it is an audited read."""
    current = await _read_one(db, actor, goal_id)
    await audit.record_conflict_read(
        db, actor=actor, resource_type=RESOURCE, resource_id=goal_id, child_id=current.child_id
    )
    return stale_version.conflict(STALE_GOAL, current)


async def update_goal(
    db: AsyncSession, actor: Actor, goal_id: uuid.UUID, body: GoalUpdate, *, now: datetime
) -> GoalRead:
    """Change the fields sent, if nobody else changed the goal since `version` was read."""
    goal = await _visible_goal(db, actor, goal_id)
    if body.version != goal.version:
        raise await _stale(db, actor, goal_id)
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    async with stale_version.versioned_change(db, lambda: _stale(db, actor, goal_id)):
        for field, value in changes.items():
            setattr(goal, field, value)
        goal.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=RESOURCE,
        resource_id=goal_id,
        child_id=goal.child_id,
        details={"fields": sorted(changes)},
    )
    return await _read_one(db, actor, goal_id)


async def add_progress(
    db: AsyncSession, actor: Actor, goal_id: uuid.UUID, body: ProgressCreate, *, today: date
) -> GoalRead:
    """Note progress towards a goal on a day up to today."""
    goal = await _visible_goal(db, actor, goal_id)
    if body.noted_on > today:
        raise InvalidInput(
            "Progress can be noted for today or earlier.",
            errors=[FieldError(field="body.noted_on", message="Not in the future.")],
        )
    progress = GoalProgress(
        tenant_id=actor.tenant_id,
        goal_id=goal.id,
        noted_on=body.noted_on,
        note=body.note,
        author_id=actor.id,
    )
    await repository.add(db, progress)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="goal_progress",
        resource_id=progress.id,
        child_id=goal.child_id,
        details={"goal_id": str(goal_id)},
    )
    return await _read_one(db, actor, goal_id)
