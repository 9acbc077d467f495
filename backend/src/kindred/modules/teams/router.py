"""Council teams: /teams."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.modules.teams import service
from kindred.modules.teams.schemas import TeamCreate, TeamFilters, TeamRead, TeamUpdate

router = APIRouter(prefix="/teams", tags=["teams"])

Admin = Annotated[Actor, require(Action.manage_teams)]


@router.get(
    "",
    summary="List teams",
    description="Every team of your council, sorted by name, with how many people are in each "
    "(not ended). Not paginated: a council has tens of teams, not thousands. Filter by `q`, "
    "part of the name. Council staff only.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def list_teams(
    _: Annotated[Actor, require(Action.read_teams)],
    db: DbSession,
    filters: Annotated[TeamFilters, Query()],
) -> list[TeamRead]:
    return await service.list_teams(db, filters)


@router.post(
    "",
    status_code=201,
    summary="Create a team",
    description="Adds a team to your council. Names are 1–120 characters, trimmed, and unique "
    "in the council ignoring case (409). Council admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden, Conflict, InvalidInput),
)
async def create_team(body: TeamCreate, actor: Admin, db: DbSession) -> TeamRead:
    return await service.create_team(db, actor, body)


@router.patch(
    "/{team_id}",
    summary="Rename a team",
    description="Changes a team's name (unique in the council ignoring case, 409). "
    "Council admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, Conflict, InvalidInput),
)
async def update_team(
    team_id: uuid.UUID, body: TeamUpdate, actor: Admin, db: DbSession
) -> TeamRead:
    return await service.update_team(db, actor, team_id, body)
