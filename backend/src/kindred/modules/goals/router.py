"""Goals in a child's plan, each linked to a needs domain, with dated progress notes."""

import uuid
from typing import Annotated

from fastapi import APIRouter, status

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now, Today
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.modules.goals import service
from kindred.modules.goals.schemas import GoalCreate, GoalRead, GoalUpdate, ProgressCreate

router = APIRouter(tags=["goals"])

Planner = Annotated[Actor, require(Action.manage_goals)]


@router.get(
    "/children/{child_id}/goals",
    summary="List a child's goals",
    description="Newest first, each with its progress notes (newest first).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_goals(child_id: uuid.UUID, actor: Planner, db: DbSession) -> list[GoalRead]:
    return await service.list_goals(db, actor, child_id)


@router.post(
    "/children/{child_id}/goals",
    status_code=status.HTTP_201_CREATED,
    summary="Add a goal",
    description="A goal linked to a domain of the current needs framework (`domain_key`), "
    "with a title of 1–200 characters and an optional target date.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def create_goal(
    child_id: uuid.UUID, body: GoalCreate, actor: Planner, db: DbSession
) -> GoalRead:
    return await service.create_goal(db, actor, child_id, body)


@router.patch(
    "/goals/{goal_id}",
    summary="Change a goal",
    description="Send only the fields to change, with the `version` you read. If someone else "
    "changed the goal since, the answer is 409 with the goal as it is now in `current`.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def update_goal(
    goal_id: uuid.UUID, body: GoalUpdate, actor: Planner, now: Now, db: DbSession
) -> GoalRead:
    return await service.update_goal(db, actor, goal_id, body, now=now)


@router.post(
    "/goals/{goal_id}/progress",
    status_code=status.HTTP_201_CREATED,
    summary="Note progress towards a goal",
    description="A dated note (1–5,000 characters) on a day up to today. Answers with the "
    "whole goal and its notes.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def add_progress(
    goal_id: uuid.UUID, body: ProgressCreate, actor: Planner, today: Today, db: DbSession
) -> GoalRead:
    return await service.add_progress(db, actor, goal_id, body, today=today)
