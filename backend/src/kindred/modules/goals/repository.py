"""Every query about goals and their progress notes."""

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kindred.models.goal import Goal, GoalProgress
from kindred.models.user import User


@dataclass(frozen=True, slots=True)
class ProgressRow:
    progress: GoalProgress
    author_name: str


@dataclass(frozen=True, slots=True)
class GoalRow:
    goal: Goal
    creator_name: str
    progress: Sequence[ProgressRow]


Creator = aliased(User)
Author = aliased(User)


async def get_goal(db: AsyncSession, goal_id: uuid.UUID) -> Goal | None:
    return await db.scalar(
        select(Goal).where(Goal.id == goal_id).execution_options(populate_existing=True)
    )


async def _progress(
    db: AsyncSession, goal_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[ProgressRow]]:
    found: dict[uuid.UUID, list[ProgressRow]] = defaultdict(list)
    if not goal_ids:
        return found
    rows = await db.execute(
        select(GoalProgress, Author.display_name)
        .join(Author, Author.id == GoalProgress.author_id)
        .where(GoalProgress.goal_id.in_(set(goal_ids)))
        .order_by(
            GoalProgress.noted_on.desc(), GoalProgress.created_at.desc(), GoalProgress.id.desc()
        )
    )
    for progress, name in rows:
        found[progress.goal_id].append(ProgressRow(progress, name))
    return found


async def goals_with_progress(
    db: AsyncSession, *, child_id: uuid.UUID | None = None, goal_id: uuid.UUID | None = None
) -> list[GoalRow]:
    """A child's goals (newest first), or one goal, each with its notes: two queries."""
    query = (
        select(Goal, Creator.display_name)
        .join(Creator, Creator.id == Goal.created_by)
        .order_by(Goal.created_at.desc(), Goal.id.desc())
        .execution_options(populate_existing=True)
    )
    if child_id is not None:
        query = query.where(Goal.child_id == child_id)
    if goal_id is not None:
        query = query.where(Goal.id == goal_id)
    goals = (await db.execute(query)).all()
    progress = await _progress(db, [goal.id for goal, _ in goals])
    return [GoalRow(goal, name, progress.get(goal.id, [])) for goal, name in goals]


async def add(db: AsyncSession, row: Goal | GoalProgress) -> None:
    db.add(row)
    await db.flush()
