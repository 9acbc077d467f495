"""A child's needs over time."""

import uuid
from typing import Annotated

from fastapi import APIRouter

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, NotAuthenticated, NotFound, problem_responses
from kindred.modules.needs_history import service
from kindred.modules.needs_history.schemas import NeedsHistory

router = APIRouter(tags=["assessments"])


@router.get(
    "/children/{child_id}/needs-history",
    summary="Read a child's needs over time",
    description="One point per approved assessment, oldest first: its levels, score, "
    "actionable count, highest need and the change in each domain since the point before. "
    "Each point keeps the figures it was approved with, under its own framework version.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_needs_history(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_assessment)], db: DbSession
) -> NeedsHistory:
    return await service.needs_history(db, actor, child_id)
