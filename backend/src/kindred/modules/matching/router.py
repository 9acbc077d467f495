"""A child's matches, and the households that must never be proposed for them."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.modules.matching import service
from kindred.modules.matching.schemas import (
    RANKING_RULE,
    ExclusionCreate,
    ExclusionRead,
    MatchesRead,
    MatchParams,
)

router = APIRouter(prefix="/children/{child_id}", tags=["matching"])


@router.get(
    "/matches",
    summary="Rank households for a child",
    description="Compares the child's latest approved needs with every active household's "
    "current capacity, per domain: met (capacity ≥ need), support (gap of 1: training or "
    "support needed) or unmet (gap of 2 or more). Households failing a hard filter (approved "
    "ages, placement type, vacancies for the whole sibling group, an exclusion, the distance "
    "limit, in-house only) are left out, or listed with reasons when `include_excluded=true`. "
    + RANKING_RULE
    + " 409 when the child has no approved assessment.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def matches(
    child_id: uuid.UUID,
    params: Annotated[MatchParams, Query()],
    actor: Annotated[Actor, require(Action.read_child)],
    today: Today,
    db: DbSession,
) -> MatchesRead:
    return await service.match_child(db, actor, child_id, params, today=today)


@router.get(
    "/exclusions",
    summary="Households never to propose for this child",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_exclusions(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_child)], db: DbSession
) -> list[ExclusionRead]:
    return await service.list_exclusions(db, actor, child_id)


@router.post(
    "/exclusions",
    status_code=status.HTTP_201_CREATED,
    summary="Exclude a household for this child",
    description="With the reason (for example a known connection). Sending it again updates "
    "the reason. Returns the child's exclusions.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def exclude_household(
    child_id: uuid.UUID,
    body: ExclusionCreate,
    actor: Annotated[Actor, require(Action.update_child)],
    db: DbSession,
) -> list[ExclusionRead]:
    return await service.exclude_household(db, actor, child_id, body)


@router.delete(
    "/exclusions/{household_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Lift an exclusion",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def remove_exclusion(
    child_id: uuid.UUID,
    household_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.update_child)],
    db: DbSession,
) -> None:
    await service.remove_exclusion(db, actor, child_id, household_id)
